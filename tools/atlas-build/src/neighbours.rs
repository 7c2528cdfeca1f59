//! Which units are neighbours on the map: they share a border or face each
//! other across a strait. Only the build has the outlines, so only it can
//! tell; the palette rules ([`crate::colour_rules`]) need it to know which
//! polities are ever drawn side by side.

use geo::{BoundingRect, Distance, Euclidean, MapCoords, MultiPolygon, Polygon, Rect};

use crate::UnitShape;

/// How far apart two units may lie and still read as neighbours: the
/// widest strait that the map draws as a frontier between two holders.
/// On the simplified outlines La Pérouse (Sakhalin–Hokkaido) measures
/// 48 km, the Kuril straits and the Nemuro Strait less, and the Korea
/// Strait (Japan's home islands to Korea) 71 km; at 75 km all of them
/// count, and so does the mouth of Korea Bay between Kwantung and
/// northern Korea. The seas this map spans otherwise (the Sea of Japan,
/// the Yellow Sea, the Sea of Okhotsk) are hundreds of kilometres wide.
pub const NEIGHBOUR_KM: f64 = 75.0;

/// Kilometres per degree of latitude (mean, WGS 84).
const KM_PER_DEGREE: f64 = 111.2;

/// Two units (positions in `shapes`) and how far apart they lie, in km.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neighbours {
    pub units: [usize; 2],
    pub km: f64,
}

/// Longitude and latitude to kilometres on a sinusoidal projection: east–west
/// distances shrink with the cosine of the latitude, as they do on the
/// globe. Within a strait's width its error is a few per cent, far below
/// what [`NEIGHBOUR_KM`] cares about.
fn to_km(polygons: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    polygons.map_coords(|c| geo::coord! { x: c.x * c.y.to_radians().cos() * KM_PER_DEGREE, y: c.y * KM_PER_DEGREE })
}

/// Whether two rectangles, grown by `margin`, overlap: a cheap test that
/// spares the exact distance for polygons obviously far apart.
fn near(a: Rect<f64>, b: Rect<f64>, margin: f64) -> bool {
    a.min().x - margin <= b.max().x
        && b.min().x - margin <= a.max().x
        && a.min().y - margin <= b.max().y
        && b.min().y - margin <= a.max().y
}

/// The shortest distance between two shapes in km, if it is under `limit`.
fn distance_within(a: &[(Polygon<f64>, Rect<f64>)], b: &[(Polygon<f64>, Rect<f64>)], limit: f64) -> Option<f64> {
    let mut best: Option<f64> = None;
    for (pa, ra) in a {
        for (pb, rb) in b {
            if !near(*ra, *rb, best.unwrap_or(limit)) {
                continue;
            }
            let d = Euclidean.distance(pa, pb);
            if d <= limit && best.is_none_or(|x| d < x) {
                best = Some(d);
            }
        }
    }
    best
}

/// Every pair of units within [`NEIGHBOUR_KM`] of each other, each pair
/// once with the smaller position first, in order.
///
/// ```
/// let full = atlas_build::testing::real_full_record();
/// let position = |id: &str| full.shapes.iter().position(|s| s.unit == id).unwrap();
/// let pairs = atlas_build::neighbours::neighbouring_units(&full.shapes);
/// let are_neighbours = |a: &str, b: &str| {
///     let (a, b) = (position(a).min(position(b)), position(a).max(position(b)));
///     pairs.iter().any(|n| n.units == [a, b])
/// };
/// assert!(are_neighbours("sakhalin-south", "sakhalin-north"));   // the 50th parallel
/// assert!(are_neighbours("sakhalin-south", "hokkaido"));         // across La Pérouse
/// assert!(are_neighbours("kunashir", "iturup"));                 // across the Catherine Strait
/// assert!(!are_neighbours("kamchatka", "korea-south"));
/// ```
pub fn neighbouring_units(shapes: &[UnitShape]) -> Vec<Neighbours> {
    let projected: Vec<Vec<(Polygon<f64>, Rect<f64>)>> = shapes
        .iter()
        .map(|s| to_km(&s.polygons).0.into_iter().filter_map(|p| p.bounding_rect().map(|r| (p, r))).collect())
        .collect();
    let mut pairs = Vec::new();
    for (i, a) in projected.iter().enumerate() {
        for (j, b) in projected.iter().enumerate().skip(i + 1) {
            if let Some(km) = distance_within(a, b, NEIGHBOUR_KM) {
                pairs.push(Neighbours { units: [i, j], km });
            }
        }
    }
    pairs
}
