//! Distances on the ground, in kilometres, between a point and a polygon.

use super::{polygon_contains, LonLat, MultiPolygon};

/// Kilometres per degree of latitude (mean).
const KM_PER_DEGREE: f64 = 111.2;

/// The distance in kilometres from `point` to the nearest part of
/// `polygons` (0 inside), using a local flat approximation that is accurate
/// to a few per cent over the tens of kilometres the validator cares about.
///
/// ```
/// use atlas_core::geometry::distance::distance_km;
/// let square = vec![vec![vec![[140.0, 45.0], [141.0, 45.0], [141.0, 46.0], [140.0, 46.0], [140.0, 45.0]]]];
/// assert_eq!(distance_km([140.5, 45.5], &square), 0.0);
/// let d = distance_km([140.5, 46.1], &square); // a tenth of a degree north
/// assert!((d - 11.1).abs() < 0.2, "{d}");
/// ```
pub fn distance_km(point: LonLat, polygons: &MultiPolygon) -> f64 {
    if polygons.iter().any(|p| polygon_contains(p, point)) {
        return 0.0;
    }
    let kx = KM_PER_DEGREE * point[1].to_radians().cos();
    let flat = |p: LonLat| [(p[0] - point[0]) * kx, (p[1] - point[1]) * KM_PER_DEGREE];
    let mut best = f64::INFINITY;
    for ring in polygons.iter().flatten() {
        for w in ring.windows(2) {
            let (a, b) = (flat(w[0]), flat(w[1]));
            let ab = [b[0] - a[0], b[1] - a[1]];
            let len2 = ab[0] * ab[0] + ab[1] * ab[1];
            let t = if len2 > 0.0 { (-(a[0] * ab[0] + a[1] * ab[1]) / len2).clamp(0.0, 1.0) } else { 0.0 };
            let c = [a[0] + t * ab[0], a[1] + t * ab[1]];
            best = best.min(c[0].hypot(c[1]));
        }
    }
    best
}
