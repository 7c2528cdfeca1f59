//! Hit areas for units too small to click: an invisible circle around the
//! anchor of every unit whose box on screen is narrower or shorter than a
//! target (24 px for a mouse, 44 px for touch), sized in screen pixels so
//! that it stays the same size as the reader zooms.
//!
//! Where two small units lie close together (Kunashir, Shikotan and the
//! Habomai group, 9 px apart at the default view), their circles are split
//! fairly, by the nearer anchor: each circle is cut along the perpendicular
//! bisector between its anchor and every other small unit's ([`hit_areas`],
//! a Voronoi cell within the circle), so they never overlap.

use crate::map::UnitPath;

/// The hit target for a mouse or pen, in screen pixels.
pub const TARGET_POINTER_PX: f64 = 24.0;
/// The hit target for touch, in screen pixels.
pub const TARGET_TOUCH_PX: f64 = 44.0;

/// One hit area: the unit's hit circle cut by its neighbours', as a
/// polygon in viewBox units.
#[derive(Clone, Debug, PartialEq)]
pub struct HitArea {
    /// Position of the unit in [`crate::Atlas::units`].
    pub unit: usize,
    pub points: Vec<[f64; 2]>,
}

impl HitArea {
    /// The polygon as SVG path data, in viewBox units.
    pub fn path_data(&self) -> String {
        let mut d = String::new();
        for (i, [x, y]) in self.points.iter().enumerate() {
            d.push_str(&format!("{}{x:.2},{y:.2}", if i == 0 { "M" } else { "L" }));
        }
        d.push('Z');
        d
    }
}

/// Corners of the polygon that stands for a circle.
const CIRCLE_SIDES: usize = 32;

/// The hit areas of the units whose on-screen box is smaller than
/// `target_px` either way: a `target_px` circle around each anchor, cut by
/// the bisector with every other small unit's anchor, so that the nearer
/// anchor wins each point.
///
/// ```
/// use atlas_core::map::UnitPath;
/// use atlas_core::reach::hit_areas;
/// let unit = |unit, x: f64| UnitPath { unit, d: String::new(), anchor: [x, 0.0], bounds: [x - 1.0, -1.0, x + 1.0, 1.0] };
/// let areas = hit_areas(&[unit(0, 0.0), unit(1, 10.0)], 1.0, 24.0);
/// // The left one reaches 12 left of its anchor but only 5 right of it.
/// let xs = |a: &atlas_core::reach::HitArea| a.points.iter().map(|p| p[0]).fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
/// let (lo, hi) = xs(&areas[0]);
/// assert!((lo + 12.0).abs() < 1e-9 && (hi - 5.0).abs() < 1e-9);
/// ```
pub fn hit_areas(units: &[UnitPath], units_per_px: f64, target_px: f64) -> Vec<HitArea> {
    let small: Vec<&UnitPath> = units
        .iter()
        .filter(|u| is_small(u, units_per_px * target_px) && u.anchor.iter().all(|v| v.is_finite()))
        .collect();
    if !(units_per_px > 0.0 && units_per_px.is_finite() && target_px > 0.0) {
        return Vec::new();
    }
    let radius = units_per_px * target_px / 2.0;
    small
        .iter()
        .map(|u| {
            let [cx, cy] = u.anchor;
            let mut points: Vec<[f64; 2]> = (0..CIRCLE_SIDES)
                .map(|k| {
                    let a = std::f64::consts::TAU * k as f64 / CIRCLE_SIDES as f64;
                    [cx + radius * a.cos(), cy + radius * a.sin()]
                })
                .collect();
            for other in small.iter().filter(|o| o.unit != u.unit) {
                points = keep_nearer(&points, u.anchor, other.anchor);
            }
            HitArea { unit: u.unit, points }
        })
        .filter(|a| a.points.len() >= 3)
        .collect()
}

fn is_small(u: &UnitPath, target: f64) -> bool {
    let [x0, y0, x1, y1] = u.bounds;
    (x1 - x0) < target || (y1 - y0) < target
}

/// The part of a convex polygon nearer `own` than `other` (Sutherland–Hodgman
/// against the perpendicular bisector).
fn keep_nearer(points: &[[f64; 2]], own: [f64; 2], other: [f64; 2]) -> Vec<[f64; 2]> {
    // Signed side: positive on `own`'s side of the bisector.
    let (nx, ny) = (own[0] - other[0], own[1] - other[1]);
    let (mx, my) = ((own[0] + other[0]) / 2.0, (own[1] + other[1]) / 2.0);
    let side = |p: [f64; 2]| (p[0] - mx) * nx + (p[1] - my) * ny;
    if nx == 0.0 && ny == 0.0 {
        return points.to_vec();
    }
    let mut out = Vec::with_capacity(points.len() + 1);
    for (i, &p) in points.iter().enumerate() {
        let q = points[(i + 1) % points.len()];
        let (sp, sq) = (side(p), side(q));
        if sp >= 0.0 {
            out.push(p);
        }
        if (sp >= 0.0) != (sq >= 0.0) {
            let t = sp / (sp - sq);
            out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
        }
    }
    out
}
