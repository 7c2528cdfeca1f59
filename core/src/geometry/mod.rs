//! Plain geographic geometry: rings of longitude/latitude pairs, read from
//! GeoJSON. No projection here; see [`crate::projection`].

pub mod distance;
pub mod intersection;

use serde::Deserialize;

use crate::date::HistDate;

/// A longitude/latitude pair in degrees (east and north positive).
pub type LonLat = [f64; 2];
/// A closed ring: the first point repeats as the last.
pub type Ring = Vec<LonLat>;
/// An outer ring followed by its holes.
pub type Polygon = Vec<Ring>;
/// Several polygons (an island group, a mainland with its islands).
pub type MultiPolygon = Vec<Polygon>;

/// The map's region, in degrees. Everything drawn lies inside it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

/// From Lake Baikal to Kamchatka, from Tsushima to the Sea of Okhotsk.
pub const REGION: Region = Region { west: 104.0, east: 163.0, south: 30.0, north: 62.0 };

impl Region {
    /// Whether a point lies inside the region (edges included).
    ///
    /// ```
    /// use atlas_core::geometry::REGION;
    /// assert!(REGION.contains([145.85, 44.12])); // Kunashir
    /// assert!(!REGION.contains([-70.74, 43.08])); // Portsmouth, New Hampshire
    /// ```
    pub fn contains(&self, [lon, lat]: LonLat) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }
}

/// The shape of one territorial unit.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitShape {
    pub unit: String,
    pub polygons: MultiPolygon,
}

/// Land outside the atlas's units (the rest of China and Russia), drawn in
/// a neutral tone for context.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextShape {
    pub name: String,
    pub polygons: MultiPolygon,
}

/// A border or demarcation line drawn in the years it applied.
#[derive(Clone, Debug, PartialEq, serde::Serialize, Deserialize)]
pub struct BorderLine {
    pub id: String,
    pub name: String,
    pub description: String,
    pub from: HistDate,
    pub to: Option<HistDate>,
    pub sources: Vec<String>,
    pub paths: Vec<Vec<LonLat>>,
}

/// Why a GeoJSON geometry could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeometryError {
    /// The geometry is of a type the file does not allow here.
    WrongType { expected: &'static str, found: &'static str },
    /// A position has fewer than two numbers.
    ShortPosition,
    /// A ring has fewer than four positions or is not closed.
    OpenRing,
}

impl std::fmt::Display for GeometryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GeometryError::WrongType { expected, found } => write!(f, "expected a {expected}, found a {found}"),
            GeometryError::ShortPosition => write!(f, "a position has fewer than two coordinates"),
            GeometryError::OpenRing => write!(f, "a ring is not closed or has fewer than four positions"),
        }
    }
}

/// A GeoJSON position: longitude, latitude and optionally more numbers.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Position(pub Vec<f64>);

/// The GeoJSON geometries the atlas reads (RFC 7946 §3.1), typed.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "type", content = "coordinates")]
pub enum Geometry {
    Point(Position),
    LineString(Vec<Position>),
    MultiLineString(Vec<Vec<Position>>),
    Polygon(Vec<Vec<Position>>),
    MultiPolygon(Vec<Vec<Vec<Position>>>),
}

impl Geometry {
    fn type_name(&self) -> &'static str {
        match self {
            Geometry::Point(_) => "Point",
            Geometry::LineString(_) => "LineString",
            Geometry::MultiLineString(_) => "MultiLineString",
            Geometry::Polygon(_) => "Polygon",
            Geometry::MultiPolygon(_) => "MultiPolygon",
        }
    }
}

/// A GeoJSON Feature with typed properties.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Feature<P> {
    #[serde(rename = "type")]
    pub kind: FeatureTag,
    pub properties: P,
    pub geometry: Option<Geometry>,
}

/// A GeoJSON FeatureCollection with typed properties.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FeatureCollection<P> {
    #[serde(rename = "type")]
    pub kind: FeatureCollectionTag,
    pub features: Vec<Feature<P>>,
}

/// The only `type` a Feature may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum FeatureTag {
    Feature,
}

/// The only `type` a FeatureCollection may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum FeatureCollectionTag {
    FeatureCollection,
}

fn to_lonlat(position: &Position) -> Result<LonLat, GeometryError> {
    match position.0.as_slice() {
        [lon, lat, ..] => Ok([*lon, *lat]),
        _ => Err(GeometryError::ShortPosition),
    }
}

fn to_ring(positions: &[Position]) -> Result<Ring, GeometryError> {
    let ring: Ring = positions.iter().map(to_lonlat).collect::<Result<_, _>>()?;
    if ring.len() < 4 || ring.first() != ring.last() {
        return Err(GeometryError::OpenRing);
    }
    Ok(ring)
}

/// Reads a GeoJSON Polygon or MultiPolygon as a [`MultiPolygon`].
pub fn multipolygon_from(geometry: &Geometry) -> Result<MultiPolygon, GeometryError> {
    let polygon = |rings: &Vec<Vec<Position>>| rings.iter().map(|r| to_ring(r)).collect::<Result<Polygon, _>>();
    match geometry {
        Geometry::Polygon(rings) => Ok(vec![polygon(rings)?]),
        Geometry::MultiPolygon(polys) => polys.iter().map(polygon).collect(),
        other => Err(GeometryError::WrongType { expected: "Polygon or MultiPolygon", found: other.type_name() }),
    }
}

/// Reads a GeoJSON LineString or MultiLineString as a list of paths.
pub fn lines_from(geometry: &Geometry) -> Result<Vec<Vec<LonLat>>, GeometryError> {
    let line = |ps: &Vec<Position>| ps.iter().map(to_lonlat).collect::<Result<Vec<_>, _>>();
    match geometry {
        Geometry::LineString(ps) => Ok(vec![line(ps)?]),
        Geometry::MultiLineString(ls) => ls.iter().map(line).collect(),
        other => Err(GeometryError::WrongType { expected: "LineString or MultiLineString", found: other.type_name() }),
    }
}

/// The signed area of a ring in square degrees (positive when
/// counter-clockwise), by the shoelace formula.
pub fn ring_area(ring: &[LonLat]) -> f64 {
    ring.windows(2).map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1]).sum::<f64>() / 2.0
}

/// Whether a point lies inside a polygon (even-odd rule over all rings).
pub fn polygon_contains(polygon: &Polygon, [x, y]: LonLat) -> bool {
    let mut inside = false;
    for ring in polygon {
        for w in ring.windows(2) {
            let ([x1, y1], [x2, y2]) = (w[0], w[1]);
            if (y1 > y) != (y2 > y) && x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 {
                inside = !inside;
            }
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> Polygon {
        vec![vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0], [0.0, 0.0]]]
    }

    #[test]
    fn area_is_signed_by_winding() {
        assert_eq!(ring_area(&square()[0]), 4.0);
        let mut cw = square()[0].clone();
        cw.reverse();
        assert_eq!(ring_area(&cw), -4.0);
    }

    #[test]
    fn contains_respects_holes() {
        let mut with_hole = square();
        with_hole.push(vec![[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]]);
        assert!(polygon_contains(&with_hole, [0.2, 0.2]));
        assert!(!polygon_contains(&with_hole, [1.0, 1.0]));
        assert!(!polygon_contains(&with_hole, [3.0, 1.0]));
    }

    #[test]
    fn refuses_open_rings_and_wrong_types() {
        let open: Geometry =
            serde_json::from_str(r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#).unwrap();
        assert_eq!(multipolygon_from(&open), Err(GeometryError::OpenRing));
        let point: Geometry = serde_json::from_str(r#"{"coordinates":[1,2],"type":"Point"}"#).unwrap();
        assert!(matches!(multipolygon_from(&point), Err(GeometryError::WrongType { found: "Point", .. })));
        let short: Geometry = serde_json::from_str(r#"{"type":"LineString","coordinates":[[1],[2,3]]}"#).unwrap();
        assert_eq!(lines_from(&short), Err(GeometryError::ShortPosition));
    }
}
