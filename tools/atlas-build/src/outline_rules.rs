//! The rules of the outlines, which only the build can check because only
//! it has the shapes: every unit has one and every shape a unit; rings wind
//! per RFC 7946; polygons are valid (`geo`'s `Validation`: no ring crosses
//! itself, holes lie inside their shell, rings do not cross, the polygons
//! of one shape do not overlap); coordinates
//! lie in the region; a site lies near the units it names. One function
//! per rule family; [`check_outlines`] runs them all.

use std::collections::HashSet;

use atlas_core::atlas::Record;
use atlas_core::region::REGION;
use atlas_core::{DataError, DataFile, Rule};
use geo::algorithm::validation::{GeometryIndex, InvalidMultiPolygon, InvalidPolygon, RingRole};
use geo::{
    Closest, Contains, CoordsIter, Distance, Haversine, HaversineClosestPoint, MultiPolygon, Point, Validation, Winding,
};

use crate::{ContextShape, LineCourse, UnitShape};

/// How far a site may lie from the units it names (a battle at sea, a
/// landing just offshore).
pub const SITE_TOLERANCE_KM: f64 = 30.0;

/// Every breach of the outlines' rules.
pub fn check_outlines(
    record: &Record,
    shapes: &[UnitShape],
    context: &[ContextShape],
    lines: &[LineCourse],
) -> Vec<DataError> {
    let mut errors = shapes_match_units(record, shapes);
    for shape in shapes {
        errors.extend(shape_in_region(DataFile::Shapes, &shape.unit, &shape.polygons));
        errors.extend(rings_wind_by_rfc_7946(DataFile::Shapes, &shape.unit, &shape.polygons));
        errors.extend(polygons_are_valid(DataFile::Shapes, &shape.unit, &shape.polygons));
    }
    for land in context {
        errors.extend(rings_wind_by_rfc_7946(DataFile::Context, &land.name, &land.polygons));
        errors.extend(polygons_are_valid(DataFile::Context, &land.name, &land.polygons));
    }
    errors.extend(lines_in_region(lines));
    errors.extend(sites_near_their_units(record, shapes));
    errors.extend(waters_on_water(record, shapes, context));
    errors
}

fn breach(file: DataFile, record: impl Into<String>, rule: Rule, detail: impl Into<String>) -> DataError {
    DataError::new(file.file_name(), record, rule, detail)
}

/// Every unit of `units.json` has a shape, and every shape names a unit.
pub fn shapes_match_units(record: &Record, shapes: &[UnitShape]) -> Vec<DataError> {
    let shaped: HashSet<&str> = shapes.iter().map(|s| s.unit.as_str()).collect();
    let units: HashSet<&str> = record.units.iter().map(|u| u.id.as_str()).collect();
    let mut errors: Vec<DataError> = record
        .units
        .iter()
        .filter(|u| !shaped.contains(u.id.as_str()))
        .map(|u| breach(DataFile::Shapes, &u.id, Rule::MissingGeometry, "the unit has no shape"))
        .collect();
    errors.extend(shapes.iter().filter(|s| !units.contains(s.unit.as_str())).map(|s| {
        breach(
            DataFile::Shapes,
            &s.unit,
            Rule::UnknownUnit,
            format!("the shape names no unit of units.json ('{}')", s.unit),
        )
    }));
    errors
}

fn outside(point: [f64; 2]) -> String {
    let r = REGION;
    format!("{:.3}°E {:.3}°N lies outside {}–{}°E, {}–{}°N", point[0], point[1], r.west, r.east, r.south, r.north)
}

/// A shape's first coordinate outside the region, if any. A small
/// tolerance keeps points that the generator placed exactly on the
/// region's edge from failing on rounding.
pub fn shape_in_region(file: DataFile, name: &str, polygons: &MultiPolygon<f64>) -> Option<DataError> {
    let stray = polygons.coords_iter().find(|c| !REGION.contains_within([c.x, c.y], 1e-6))?;
    Some(breach(file, name, Rule::OutsideRegion, outside([stray.x, stray.y])))
}

/// Every line runs inside the region.
pub fn lines_in_region(lines: &[LineCourse]) -> Vec<DataError> {
    lines
        .iter()
        .filter_map(|l| {
            let stray = l.paths.coords_iter().find(|c| !REGION.contains([c.x, c.y]))?;
            Some(breach(DataFile::Lines, &l.line, Rule::OutsideRegion, outside([stray.x, stray.y])))
        })
        .collect()
}

fn ring_name(name: &str, polygon: usize, ring: usize) -> String {
    format!("{name}/polygon[{polygon}]/ring[{ring}]")
}

/// Outer rings run counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
pub fn rings_wind_by_rfc_7946(file: DataFile, name: &str, polygons: &MultiPolygon<f64>) -> Vec<DataError> {
    let mut errors = Vec::new();
    for (p, polygon) in polygons.iter().enumerate() {
        if !polygon.exterior().is_ccw() {
            errors.push(breach(file, ring_name(name, p, 0), Rule::Winding, "the outer ring winds clockwise"));
        }
        for (h, hole) in polygon.interiors().iter().enumerate() {
            if !hole.is_cw() {
                errors.push(breach(file, ring_name(name, p, h + 1), Rule::Winding, "the hole winds counter-clockwise"));
            }
        }
    }
    errors
}

/// The shape is valid as `geo` defines it (the OGC simple-feature rules),
/// each problem mapped onto a rule of the record: within a polygon, no ring
/// crosses itself, holes lie inside the outer ring and rings do not cross;
/// between the polygons of one shape, none overlaps or shares a stretch of
/// border with another (they would draw as one, or leave a seam).
pub fn polygons_are_valid(file: DataFile, name: &str, polygons: &MultiPolygon<f64>) -> Vec<DataError> {
    let ring = |role: &RingRole| match role {
        RingRole::Exterior => 0,
        RingRole::Interior(i) => i + 1,
    };
    polygons
        .validation_errors()
        .into_iter()
        .map(|problem| {
            let (record, rule) = match &problem {
                InvalidMultiPolygon::InvalidPolygon(GeometryIndex(p), inner) => {
                    let (r, rule) = match inner {
                        InvalidPolygon::SelfIntersection(role) => (ring(role), Rule::SelfIntersection),
                        InvalidPolygon::TooFewPointsInRing(role) => (ring(role), Rule::Schema),
                        InvalidPolygon::NonFiniteCoord(role, _) => (ring(role), Rule::OutsideRegion),
                        InvalidPolygon::InteriorRingNotContainedInExteriorRing(role) => {
                            (ring(role), Rule::HoleOutsideShell)
                        }
                        InvalidPolygon::IntersectingRingsOnALine(a, _)
                        | InvalidPolygon::IntersectingRingsOnAnArea(a, _) => (ring(a), Rule::RingsCross),
                    };
                    (ring_name(name, *p, r), rule)
                }
                InvalidMultiPolygon::ElementsOverlaps(GeometryIndex(p), _)
                | InvalidMultiPolygon::ElementsTouchOnALine(GeometryIndex(p), _) => {
                    (format!("{name}/polygon[{p}]"), Rule::PolygonsOverlap)
                }
            };
            breach(file, record, rule, problem.to_string())
        })
        .collect()
}

/// The distance in kilometres along the Earth's surface from a point to
/// the nearest part of a shape (0 inside it).
///
/// ```
/// use atlas_build::outline_rules::distance_km;
/// use geo::{polygon, MultiPolygon};
/// let square = MultiPolygon::new(vec![polygon![(x: 140.0, y: 45.0), (x: 141.0, y: 45.0), (x: 141.0, y: 46.0), (x: 140.0, y: 46.0)]]);
/// assert_eq!(distance_km([140.5, 45.5], &square), 0.0);
/// let d = distance_km([140.5, 46.1], &square); // a tenth of a degree north
/// assert!((d - 11.1).abs() < 0.2, "{d}");
/// ```
pub fn distance_km(point: [f64; 2], shape: &MultiPolygon<f64>) -> f64 {
    let from = Point::new(point[0], point[1]);
    match shape.haversine_closest_point(&from) {
        Closest::Intersection(_) => 0.0,
        Closest::SinglePoint(nearest) => Haversine.distance(from, nearest) / 1000.0,
        Closest::Indeterminate => f64::INFINITY,
    }
}

/// A site lies within [`SITE_TOLERANCE_KM`] of one of the units it names.
pub fn sites_near_their_units(record: &Record, shapes: &[UnitShape]) -> Vec<DataError> {
    let mut errors = Vec::new();
    for site in record.sites.iter().filter(|s| !s.units.is_empty()) {
        let nearest = site
            .units
            .iter()
            .flat_map(|u| shapes.iter().filter(move |shape| &shape.unit == u))
            .map(|shape| distance_km([site.lon, site.lat], &shape.polygons))
            .fold(f64::INFINITY, f64::min);
        if nearest > SITE_TOLERANCE_KM && nearest.is_finite() {
            errors.push(breach(
                DataFile::Sites,
                &site.id,
                Rule::SiteAwayFromUnit,
                format!("lies {nearest:.0} km from the nearest of {}", site.units.join(", ")),
            ));
        }
    }
    errors
}

/// A water's label point lies on the water: in no unit's outline and in
/// no context land, so that "Sea of Okhotsk" is written on the sea. The
/// error names the land the point fell on.
pub fn waters_on_water(record: &Record, shapes: &[UnitShape], context: &[ContextShape]) -> Vec<DataError> {
    let land = shapes
        .iter()
        .map(|s| (s.unit.as_str(), &s.polygons))
        .chain(context.iter().map(|c| (c.name.as_str(), &c.polygons)));
    let land: Vec<(&str, &MultiPolygon<f64>)> = land.collect();
    record
        .waters
        .iter()
        .filter_map(|water| {
            let point = Point::new(water.lon, water.lat);
            let (name, _) = land.iter().find(|(_, polygons)| polygons.contains(&point))?;
            Some(breach(
                DataFile::Waters,
                &water.id,
                Rule::WaterOnLand,
                format!("{:.3}°E {:.3}°N lies on {name}", water.lon, water.lat),
            ))
        })
        .collect()
}
