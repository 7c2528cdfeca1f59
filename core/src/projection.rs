//! The map projection: a Lambert conformal conic, as a raw function on
//! radians plus one wrapper that scales and translates it into the SVG's
//! fixed viewBox (the shape of d3-geo's projections).

use std::f64::consts::FRAC_PI_4;

use crate::region::{LonLat, Region, REGION};

/// The raw spherical Lambert conformal conic, on radians, with the cone
/// touching the sphere at two standard parallels. `y` grows northwards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LambertConformalConic {
    n: f64,
    f: f64,
    rho0: f64,
    lambda0: f64,
}

impl LambertConformalConic {
    /// A projection with standard parallels `phi1`, `phi2`, centred on
    /// meridian `lon0` and parallel `lat0` (all in degrees).
    pub fn new(phi1: f64, phi2: f64, lon0: f64, lat0: f64) -> Self {
        let (p1, p2) = (phi1.to_radians(), phi2.to_radians());
        let t = |p: f64| (FRAC_PI_4 + p / 2.0).tan();
        let n = if (p1 - p2).abs() < 1e-9 { p1.sin() } else { (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln() };
        let f = p1.cos() * t(p1).powf(n) / n;
        let rho0 = f / t(lat0.to_radians()).powf(n);
        LambertConformalConic { n, f, rho0, lambda0: lon0.to_radians() }
    }

    /// Projects a point given in degrees onto the unit cone.
    pub fn project_raw(&self, [lon, lat]: LonLat) -> [f64; 2] {
        let phi = lat.to_radians().clamp(-1.5, 1.5);
        let rho = self.f / (FRAC_PI_4 + phi / 2.0).tan().powf(self.n);
        let theta = self.n * (lon.to_radians() - self.lambda0);
        [rho * theta.sin(), self.rho0 - rho * theta.cos()]
    }

    /// The inverse of [`LambertConformalConic::project_raw`]: the point, in
    /// degrees, at raw cone coordinates.
    pub fn unproject_raw(&self, [x, y]: [f64; 2]) -> LonLat {
        let dy = self.rho0 - y;
        let rho = self.n.signum() * x.hypot(dy);
        let theta = (x * self.n.signum()).atan2(dy * self.n.signum());
        let phi = 2.0 * (self.f / rho).powf(1.0 / self.n).atan() - std::f64::consts::FRAC_PI_2;
        [(theta / self.n + self.lambda0).to_degrees(), phi.to_degrees()]
    }

    /// The scale factor at latitude `lat` (degrees): how many times the
    /// cone stretches a short distance there, the same in every direction
    /// (the projection is conformal); 1 on the standard parallels.
    pub fn scale_factor(&self, lat: f64) -> f64 {
        let phi = lat.to_radians().clamp(-1.5, 1.5);
        let rho = self.f / (FRAC_PI_4 + phi / 2.0).tan().powf(self.n);
        self.n * rho / phi.cos()
    }
}

/// The mean radius of the Earth, in kilometres (the sphere the projection
/// and the distances are computed on).
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// The atlas's projection: the conic fitted to a viewBox `width` wide, with
/// SVG's y axis pointing down.
///
/// ```
/// use atlas_core::projection::Projection;
/// let p = Projection::for_region(1000.0);
/// let [x_west, _] = p.project([110.0, 45.0]);
/// let [x_east, _] = p.project([150.0, 45.0]);
/// assert!(x_west < x_east);
/// let [_, y_north] = p.project([130.0, 55.0]);
/// let [_, y_south] = p.project([130.0, 35.0]);
/// assert!(y_north < y_south, "north is up");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    raw: LambertConformalConic,
    scale: f64,
    dx: f64,
    dy: f64,
    /// The viewBox's width and height.
    pub size: [f64; 2],
}

impl Projection {
    /// The conic for the atlas's region (standard parallels 35°N and 57°N,
    /// one sixth in from each edge, which keeps scale error small over the
    /// whole region), fitted to `width`.
    pub fn for_region(width: f64) -> Projection {
        Projection::fitted(LambertConformalConic::new(35.0, 57.0, 133.5, 46.0), &REGION, width)
    }

    /// Scales and translates `raw` so that the edge of `region` fills `width`.
    pub fn fitted(raw: LambertConformalConic, region: &Region, width: f64) -> Projection {
        let mut min = [f64::INFINITY; 2];
        let mut max = [f64::NEG_INFINITY; 2];
        let steps = 64;
        for i in 0..=steps {
            let t = f64::from(i) / f64::from(steps);
            let lon = region.west + (region.east - region.west) * t;
            let lat = region.south + (region.north - region.south) * t;
            for p in [[lon, region.south], [lon, region.north], [region.west, lat], [region.east, lat]] {
                let [x, y] = raw.project_raw(p);
                min = [min[0].min(x), min[1].min(y)];
                max = [max[0].max(x), max[1].max(y)];
            }
        }
        let scale = width / (max[0] - min[0]);
        let height = ((max[1] - min[1]) * scale).round();
        Projection { raw, scale, dx: -min[0] * scale, dy: max[1] * scale, size: [width, height] }
    }

    /// Projects a longitude/latitude pair into viewBox coordinates.
    pub fn project(&self, p: LonLat) -> [f64; 2] {
        let [x, y] = self.raw.project_raw(p);
        [x * self.scale + self.dx, self.dy - y * self.scale]
    }

    /// The longitude and latitude at a viewBox point.
    pub fn unproject(&self, [x, y]: [f64; 2]) -> LonLat {
        self.raw.unproject_raw([(x - self.dx) / self.scale, (self.dy - y) / self.scale])
    }

    /// Kilometres on the ground per viewBox unit around a viewBox point.
    ///
    /// ```
    /// use atlas_core::projection::Projection;
    /// let p = Projection::for_region(1000.0);
    /// // Between 5 and 6 km a unit in the middle of the map, a little less
    /// // on the standard parallel of 35°N.
    /// let middle = p.km_per_unit([500.0, 350.0]);
    /// assert!(middle > 5.0 && middle < 6.5, "{middle}");
    /// assert!(p.km_per_unit(p.project([133.5, 35.0])) < middle);
    /// ```
    pub fn km_per_unit(&self, at: [f64; 2]) -> f64 {
        EARTH_RADIUS_KM / (self.scale * self.raw.scale_factor(self.latitude_at(at)))
    }

    /// The latitude at a viewBox point: the cone's scale depends on it
    /// alone. Found by bisection on the distance from the cone's apex, with
    /// the functions the forward projection already uses (the browser's
    /// build then links no inverse trigonometry for the scale bar); within
    /// 10⁻⁹° of [`Projection::unproject`].
    pub fn latitude_at(&self, [x, y]: [f64; 2]) -> f64 {
        let (rx, ry) = ((x - self.dx) / self.scale, (self.dy - y) / self.scale);
        let rho = rx.hypot(self.raw.rho0 - ry);
        let rho_of = |lat: f64| {
            let [px, py] = self.raw.project_raw([self.raw.lambda0.to_degrees(), lat]);
            px.hypot(self.raw.rho0 - py)
        };
        // ρ falls as the latitude rises (the apex is at the pole).
        let (mut south, mut north) = (-85.0, 89.9);
        for _ in 0..60 {
            let mid = (south + north) / 2.0;
            if rho_of(mid) > rho {
                south = mid;
            } else {
                north = mid;
            }
        }
        (south + north) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_corners_fill_the_view() {
        let p = Projection::for_region(1000.0);
        let [w, h] = p.size;
        assert_eq!(w, 1000.0);
        assert!(h > 500.0 && h < 1000.0, "height {h}");
        for corner in [[104.0, 30.0], [163.0, 30.0], [104.0, 62.0], [163.0, 62.0]] {
            let [x, y] = p.project(corner);
            assert!((-0.5..=w + 0.5).contains(&x) && (-0.5..=h + 0.5).contains(&y), "{corner:?} -> {x},{y}");
        }
    }

    #[test]
    fn unproject_inverts_project_across_the_region() {
        let p = Projection::for_region(1000.0);
        for point in [[104.0, 30.0], [145.85, 44.12], [163.0, 62.0], [133.5, 46.0], [121.2, 38.8]] {
            let back = p.unproject(p.project(point));
            assert!((back[0] - point[0]).abs() < 1e-9 && (back[1] - point[1]).abs() < 1e-9, "{point:?} -> {back:?}");
        }
    }

    #[test]
    fn latitude_at_agrees_with_unproject() {
        let p = Projection::for_region(1000.0);
        for point in [[500.0, 0.0], [120.0, 640.0], [683.8, 391.1], [999.0, 300.0]] {
            let [_, lat] = p.unproject(point);
            assert!((p.latitude_at(point) - lat).abs() < 1e-9, "{point:?}: {} vs {lat}", p.latitude_at(point));
        }
    }

    #[test]
    fn conformal_scale_is_equal_along_both_axes_on_a_standard_parallel() {
        let raw = LambertConformalConic::new(35.0, 57.0, 133.5, 46.0);
        let d = 1e-4;
        let a = raw.project_raw([133.5, 35.0]);
        let east = raw.project_raw([133.5 + d, 35.0]);
        let north = raw.project_raw([133.5, 35.0 + d]);
        let kx = (east[0] - a[0]).hypot(east[1] - a[1]) / (d.to_radians() * 35f64.to_radians().cos());
        let ky = (north[0] - a[0]).hypot(north[1] - a[1]) / d.to_radians();
        assert!((kx - ky).abs() < 1e-3, "kx {kx} ky {ky}");
        assert!((kx - 1.0).abs() < 1e-3, "true scale on a standard parallel, got {kx}");
    }
}
