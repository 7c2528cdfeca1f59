//! The inset of the southern Kurils: Kunashir, Iturup, Shikotan and the
//! Habomai group drawn at a large scale in a corner of the map, as maps of
//! the dispute carry them, where the main map shows them a few pixels
//! across.
//!
//! Everything here is arithmetic on the units' boxes and the frame: where
//! the inset goes, what part of the map it shows at what scale, whether it
//! is worth showing (not once the main map shows the islands as large, nor
//! where it would cover them), and its hit areas (the same
//! [`crate::reach::hit_areas`] as the main map's, at the inset's scale).

use crate::atlas::Atlas;
use crate::map::{Bounds, MapGeometry, UnitPath};
use crate::reach::{hit_areas, HitArea, TARGET_TOUCH_PX};
use crate::viewport::{ScreenRect, Viewport};

/// The margin around the islands' box, as a share of its larger side: room
/// for the names written beside Shikotan and below Habomai.
pub const LABEL_MARGIN: f64 = 0.12;

/// The units the inset shows, by record id, in the order they are labelled.
pub const SOUTHERN_KURILS: [&str; 4] = ["kunashir", "iturup", "shikotan", "habomai"];

/// The inset's gap from the frame's edges, and room kept below it for
/// the scale bar, in CSS pixels.
pub const MARGIN_PX: f64 = 8.0;
pub const BELOW_PX: f64 = 30.0;

/// Frames narrower than this (a phone's) have the scale bar bottom-left,
/// so that the inset can sit lower, clear of the islands.
pub const NARROW_FRAME_PX: f64 = 500.0;

/// Whether the scale bar goes bottom-left (a narrow frame) rather than
/// under the inset.
pub fn scale_bar_left(frame_width: f64) -> bool {
    frame_width < NARROW_FRAME_PX
}

/// The hit target inside the inset, in pixels: the inset is a view made
/// for reaching the islands, so its targets are a third larger than the
/// main map's 24 px (touch keeps 44, the most the islands' spacing allows).
pub const INSET_POINTER_PX: f64 = 32.0;

/// Where the inset is drawn and what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Inset {
    /// Its box in the map's frame, in pixels from the frame's top-left.
    pub rect: ScreenRect,
    /// The part of the map it shows, in viewBox units: `[x, y, width, height]`,
    /// of the same shape as `rect`.
    pub view: [f64; 4],
    /// Pixels per viewBox unit inside the inset.
    pub px_per_unit: f64,
}

impl Inset {
    /// Places the inset in the bottom-right corner of a frame `frame`
    /// pixels in size (above the scale bar), around `islands`, the box of
    /// the inset's units in viewBox units with a margin for their labels:
    /// as large as a fifth of the frame's width (200 px at most), and
    /// smaller where that would cover the islands themselves at the home
    /// view `home` (on a phone, where the cropped view brings them near
    /// the corner). `None` for a frame with no room for one 100 px wide.
    ///
    /// ```
    /// use atlas_core::inset::Inset;
    /// use atlas_core::viewport::Viewport;
    /// let home = Viewport::full([1000.0, 660.0]);
    /// let inset = Inset::place([1000.0, 660.0], [600.0, 400.0, 660.0, 450.0], &home).unwrap();
    /// assert!(inset.rect.left + inset.rect.width <= 1000.0 && inset.rect.top > 330.0);
    /// assert!(inset.px_per_unit > 2.5, "several times the main map's scale");
    /// ```
    pub fn place(frame: [f64; 2], islands: Bounds, home: &Viewport) -> Option<Inset> {
        let [fw, fh] = frame;
        let [x0, y0, x1, y1] = islands;
        let (w, h) = (x1 - x0, y1 - y0);
        if !(fw > 0.0 && fh > 0.0 && w > 0.0 && h > 0.0) {
            return None;
        }
        let largest = (fw * 0.2).clamp(150.0, 200.0).min(fw * 0.42);
        let mut width = largest;
        while width >= 100.0 {
            let height = width * h / w;
            let below = if scale_bar_left(fw) { 0.0 } else { BELOW_PX };
            let rect = ScreenRect { left: fw - MARGIN_PX - width, top: fh - below - MARGIN_PX - height, width, height };
            let inset = Inset { rect, view: [x0, y0, w, h], px_per_unit: width / w };
            if height + MARGIN_PX + below <= fh * 0.6 && inset.worth_showing(home, frame, islands) {
                return Some(inset);
            }
            width -= 10.0;
        }
        None
    }

    /// Whether the inset adds anything and hides nothing: the main map,
    /// showing `viewport` in `frame`, draws the islands (`islands`, in
    /// viewBox units) at under half the inset's scale, and their box on
    /// screen, widened by half a touch target (their hit areas reach that
    /// far), stays clear of the inset's.
    ///
    /// ```
    /// use atlas_core::inset::Inset;
    /// use atlas_core::viewport::Viewport;
    /// let islands = [600.0, 400.0, 660.0, 450.0];
    /// let full = Viewport::full([1000.0, 700.0]);
    /// let inset = Inset::place([1000.0, 700.0], islands, &full).unwrap();
    /// assert!(inset.worth_showing(&full, [1000.0, 700.0], islands));
    /// // Zoomed in on the islands, the main map shows them larger.
    /// assert!(!inset.worth_showing(&full.zoomed(8.0, [630.0, 425.0]), [1000.0, 700.0], islands));
    /// ```
    pub fn worth_showing(&self, viewport: &Viewport, frame: [f64; 2], islands: Bounds) -> bool {
        let screen = ScreenRect { left: 0.0, top: 0.0, width: frame[0], height: frame[1] };
        let main_px_per_unit = 1.0 / viewport.units_per_pixel(&screen);
        if main_px_per_unit * 2.0 > self.px_per_unit {
            return false;
        }
        let [x0, y0] = viewport.map_to_screen(&screen, [islands[0], islands[1]]);
        let [x1, y1] = viewport.map_to_screen(&screen, [islands[2], islands[3]]);
        let reach = TARGET_TOUCH_PX / 2.0;
        let [x0, y0, x1, y1] = [x0 - reach, y0 - reach, x1 + reach, y1 + reach];
        let r = &self.rect;
        x1 < r.left || x0 > r.left + r.width || y1 < r.top || y0 > r.top + r.height
    }

    /// The transform from viewBox units to pixels inside the inset.
    pub fn units_per_px(&self) -> f64 {
        1.0 / self.px_per_unit
    }

    /// The hit areas of the inset's units too small to reach at its
    /// scale, for a target of `target_px` pixels, in viewBox units.
    pub fn hit_areas(&self, units: &[UnitPath], target_px: f64) -> Vec<HitArea> {
        hit_areas(units, self.units_per_px(), target_px)
    }
}

/// The inset of the southern Kurils for a frame `frame` pixels in size at
/// `viewport` (home view `home`), with the islands' outlines, or `None`
/// where it has no room or is not worth showing ([`Inset::worth_showing`]).
/// The inset draws it; the map's names keep clear of it.
///
/// ```
/// # let (atlas, map) = atlas_build::testing::real_atlas_and_map();
/// use atlas_core::inset::southern_kurils_inset;
/// use atlas_core::viewport::Viewport;
/// let full = Viewport::full(map.size);
/// let (inset, units) = southern_kurils_inset(&atlas, &map, [1000.0, 660.0], &full, &full).unwrap();
/// assert_eq!(units.len(), 4);
/// assert!(inset.rect.left > 500.0);
/// ```
pub fn southern_kurils_inset(
    atlas: &Atlas,
    map: &MapGeometry,
    frame: [f64; 2],
    viewport: &Viewport,
    home: &Viewport,
) -> Option<(Inset, Vec<UnitPath>)> {
    let units: Vec<UnitPath> = SOUTHERN_KURILS
        .iter()
        .filter_map(|id| atlas.unit_position(id))
        .filter_map(|i| map.units.iter().find(|u| u.unit == i).cloned())
        .collect();
    let islands = padded_bounds(&units, LABEL_MARGIN)?;
    let inset = Inset::place(frame, islands, home)?;
    inset.worth_showing(viewport, frame, islands).then_some((inset, units))
}

/// The box around `units` (viewBox units), widened by `pad` of its larger
/// side on every side for labels, and by twice that at the bottom, where
/// Habomai, the smallest, lies by the edge: so that the inset's frame does
/// not cut its target. `None` if there are none.
pub fn padded_bounds<'a>(units: impl IntoIterator<Item = &'a UnitPath>, pad: f64) -> Option<Bounds> {
    let mut b = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
    for u in units {
        b = [b[0].min(u.bounds[0]), b[1].min(u.bounds[1]), b[2].max(u.bounds[2]), b[3].max(u.bounds[3])];
    }
    if !(b[0] < b[2] && b[1] < b[3]) {
        return None;
    }
    let m = (b[2] - b[0]).max(b[3] - b[1]) * pad;
    Some([b[0] - m, b[1] - m, b[2] + m, b[3] + 2.0 * m])
}
