//! The scale bar: a round number of kilometres and how many pixels it
//! spans, for the middle of the view at its zoom.
//!
//! A conformal conic keeps scale the same in every direction at a point but
//! not from point to point (about 4% larger at the region's north and south
//! edges than on its standard parallels), so the bar is true at the view's
//! centre, where the reader looks, and is recomputed as they pan and zoom.

use crate::projection::{Projection, EARTH_RADIUS_KM};
use crate::viewport::{ScreenRect, Viewport};

/// What the scale bar shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    /// The length it stands for: 1, 2 or 5 times a power of ten.
    pub km: f64,
    /// Its length on screen, in CSS pixels.
    pub px: f64,
}

/// The longest round length (1, 2 or 5 × 10ⁿ km) that fits in `max_px`
/// pixels at the centre of `viewport`, shown in `frame`; `None` if the
/// frame has no size yet.
///
/// ```
/// use atlas_core::map::VIEW_WIDTH;
/// use atlas_core::projection::Projection;
/// use atlas_core::scale_bar::scale_bar;
/// use atlas_core::viewport::{ScreenRect, Viewport};
/// let projection = Projection::for_region(VIEW_WIDTH);
/// let frame = ScreenRect { left: 0.0, top: 0.0, width: 1000.0, height: 700.0 };
/// let full = scale_bar(&projection, &Viewport::full(projection.size), &frame, 120.0).unwrap();
/// // Over 5 km a pixel: 500 km in some 90 px.
/// assert_eq!(full.km, 500.0);
/// assert!(full.px > 80.0 && full.px < 100.0, "{}", full.px);
/// let zoomed = Viewport::full(projection.size).zoomed(8.0, [500.0, 350.0]);
/// assert!(scale_bar(&projection, &zoomed, &frame, 120.0).unwrap().km < full.km);
/// ```
pub fn scale_bar(projection: &Projection, viewport: &Viewport, frame: &ScreenRect, max_px: f64) -> Option<ScaleBar> {
    if !(frame.width > 0.0 && frame.height > 0.0 && max_px > 0.0) {
        return None;
    }
    let km_per_px = projection.km_per_unit(viewport.centre()) * viewport.units_per_pixel(frame);
    if !(km_per_px > 0.0 && km_per_px.is_finite()) {
        return None;
    }
    let longest = km_per_px * max_px;
    // The power of ten at or below the longest length (a loop rather than
    // `log10`, which the browser's build would otherwise link for this alone).
    let mut power = 1.0;
    while power * 10.0 <= longest {
        power *= 10.0;
    }
    while power > longest && power > 1e-6 {
        power /= 10.0;
    }
    let km = [5.0, 2.0, 1.0].into_iter().map(|m| m * power).find(|&km| km <= longest).unwrap_or(power);
    Some(ScaleBar { km, px: km / km_per_px })
}

/// The great-circle distance between two points (degrees), in kilometres,
/// on the sphere the projection uses: what a scale bar should agree with.
///
/// ```
/// use atlas_core::scale_bar::great_circle_km;
/// // One degree of latitude.
/// assert!((great_circle_km([140.0, 45.0], [140.0, 46.0]) - 111.19).abs() < 0.01);
/// ```
pub fn great_circle_km([lon1, lat1]: [f64; 2], [lon2, lat2]: [f64; 2]) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::VIEW_WIDTH;

    fn frame(width: f64, height: f64) -> ScreenRect {
        ScreenRect { left: 0.0, top: 0.0, width, height }
    }

    /// Distances measured with the bar against the great circle, over
    /// stretches worth measuring: La Pérouse Strait between Cape Sōya and
    /// Cape Crillon (about 42 km), the Nemuro Strait from Cape Nosappu to
    /// Kunashir's south tip, Vladivostok to Khabarovsk (about 650 km).
    #[test]
    fn the_bar_measures_known_distances_at_the_view_centre() {
        let p = Projection::for_region(VIEW_WIDTH);
        let screen = frame(1000.0, 700.0);
        for (name, a, b, zoom, km) in [
            ("La Pérouse Strait", [141.94, 45.52], [141.93, 45.90], 16.0, 42.0),
            ("Nosappu to Kunashir", [145.82, 43.39], [145.43, 43.66], 16.0, 42.0),
            ("Vladivostok to Khabarovsk", [131.89, 43.12], [135.07, 48.48], 3.0, 650.0),
        ] {
            let (pa, pb) = (p.project(a), p.project(b));
            let mid = [(pa[0] + pb[0]) / 2.0, (pa[1] + pb[1]) / 2.0];
            let view = Viewport::full(p.size).zoomed(zoom, mid);
            let bar = scale_bar(&p, &view, &screen, 150.0).expect("a bar");
            let px = (pa[0] - pb[0]).hypot(pa[1] - pb[1]) / view.units_per_pixel(&screen);
            let measured = px * bar.km / bar.px;
            let true_km = great_circle_km(a, b);
            assert!((true_km - km).abs() / km < 0.05, "{name}: the great circle says {true_km:.1} km");
            assert!(
                (measured - true_km).abs() / true_km < 0.01,
                "{name}: the bar measures {measured:.1} km of {true_km:.1}"
            );
        }
    }

    #[test]
    fn the_bar_is_a_round_length_that_fits_and_shrinks_as_the_view_zooms() {
        let p = Projection::for_region(VIEW_WIDTH);
        let screen = frame(1000.0, 700.0);
        let mut previous = f64::INFINITY;
        for zoom in [1.0, 1.5, 2.0, 4.0, 8.0, 16.0] {
            let view = Viewport::full(p.size).zoomed(zoom, [600.0, 350.0]);
            let bar = scale_bar(&p, &view, &screen, 120.0).expect("a bar");
            let mantissa = bar.km / 10f64.powf(bar.km.log10().floor());
            assert!([1.0, 2.0, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-9), "{} km is not round", bar.km);
            assert!(bar.px <= 120.0 + 1e-9 && bar.px > 120.0 * 0.4, "zoom {zoom}: {} px", bar.px);
            assert!(bar.km <= previous, "zoom {zoom}: {} km after {previous}", bar.km);
            previous = bar.km;
        }
        assert_eq!(scale_bar(&p, &Viewport::full(p.size), &frame(0.0, 0.0), 120.0), None);
    }

    #[test]
    fn the_bar_is_longer_in_kilometres_off_the_standard_parallels() {
        // The same pixels stand for fewer km at 46°N (between the standard
        // parallels, where the cone shrinks) than at 35°N (on one).
        let p = Projection::for_region(VIEW_WIDTH);
        let at_46 = p.km_per_unit(p.project([133.5, 46.0]));
        let at_35 = p.km_per_unit(p.project([133.5, 35.0]));
        assert!(at_46 > at_35, "{at_46} vs {at_35}");
    }
}
