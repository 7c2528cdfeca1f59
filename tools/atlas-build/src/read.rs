//! Reading `geo/data/`: the JSON files record by record (so that a schema
//! error names the record, not only a line), and the GeoJSON files through
//! the `geojson` crate into `geo` types.

use atlas_core::atlas::Record;
use atlas_core::model::Line;
use atlas_core::region::REGION;
use atlas_core::{DataError, DataErrors, DataFile, Rule};
use geo::{LineString, MultiLineString, MultiPolygon, Polygon};
use geojson::{Feature, GeoJson, GeometryValue, Position};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use crate::files::DataFiles;
use crate::{ContextShape, LineCourse, RiverCourse, UnitShape};

/// Everything `geo/data/` holds, parsed but not yet checked.
#[derive(Debug)]
pub struct ReadRecord {
    pub record: Record,
    pub shapes: Vec<UnitShape>,
    pub context: Vec<ContextShape>,
    pub lines: Vec<LineCourse>,
    pub rivers: Vec<RiverCourse>,
}

/// Parses every file. Fails with every syntax and schema breach found, in
/// file order; the rules are checked afterwards.
pub fn read_all(files: &DataFiles) -> Result<ReadRecord, DataErrors> {
    let mut errors = Vec::new();
    let states = records(DataFile::States, files, &mut errors);
    let polities = records(DataFile::Polities, files, &mut errors);
    let units = records(DataFile::Units, files, &mut errors);
    let events = records(DataFile::Events, files, &mut errors);
    let sites = records(DataFile::Sites, files, &mut errors);
    let treaties = records(DataFile::Treaties, files, &mut errors);
    let sources = records(DataFile::Sources, files, &mut errors);
    let places = records(DataFile::Places, files, &mut errors);
    let waters = records(DataFile::Waters, files, &mut errors);
    let shapes = read_unit_shapes(files.text(DataFile::Shapes), &mut errors);
    let context = read_context(files.text(DataFile::Context), &mut errors);
    let (lines, courses) = read_lines(files.text(DataFile::Lines), &mut errors);
    let rivers = read_rivers(files.text(DataFile::Rivers), &mut errors);
    let (
        Some(states),
        Some(polities),
        Some(units),
        Some(events),
        Some(sites),
        Some(treaties),
        Some(sources),
        Some(places),
        Some(waters),
    ) = (states, polities, units, events, sites, treaties, sources, places, waters)
    else {
        return Err(DataErrors(errors));
    };
    if !errors.is_empty() {
        return Err(DataErrors(errors));
    }
    let record = Record { states, polities, units, events, sites, treaties, sources, places, waters, lines };
    Ok(ReadRecord { record, shapes, context, lines: courses, rivers })
}

fn json_error(file: DataFile, e: &serde_json::Error) -> DataError {
    let rule = if e.is_syntax() || e.is_eof() { Rule::Syntax } else { Rule::Schema };
    DataError::new(file.file_name(), format!("line {} column {}", e.line(), e.column()), rule, e.to_string())
}

/// Reads a JSON array of records, each into `T`. A record that does not
/// fit the schema is named by its id (or its position, if it has none).
fn records<T: DeserializeOwned>(file: DataFile, files: &DataFiles, errors: &mut Vec<DataError>) -> Option<Vec<T>> {
    let values: Vec<Value> = match serde_json::from_str(files.text(file)) {
        Ok(values) => values,
        Err(e) => {
            errors.push(json_error(file, &e));
            return None;
        }
    };
    let mut out = Vec::with_capacity(values.len());
    let mut sound = true;
    for (i, value) in values.into_iter().enumerate() {
        let name = value.get("id").and_then(Value::as_str).map_or_else(|| format!("[{i}]"), str::to_string);
        match serde_json::from_value(value) {
            Ok(record) => out.push(record),
            Err(e) => {
                errors.push(DataError::new(file.file_name(), name, Rule::Schema, e.to_string()));
                sound = false;
            }
        }
    }
    sound.then_some(out)
}

/// The features of a GeoJSON FeatureCollection.
fn features(file: DataFile, text: &str, errors: &mut Vec<DataError>) -> Vec<Feature> {
    match text.parse::<GeoJson>() {
        Ok(GeoJson::FeatureCollection(collection)) => collection.features,
        Ok(_) => {
            errors.push(DataError::new(
                file.file_name(),
                "(file)",
                Rule::Schema,
                "the file is not a FeatureCollection",
            ));
            Vec::new()
        }
        Err(geojson::Error::MalformedGeoJson(e)) => {
            errors.push(json_error(file, &e));
            Vec::new()
        }
        Err(e) => {
            errors.push(DataError::new(file.file_name(), "(file)", Rule::Schema, e.to_string()));
            Vec::new()
        }
    }
}

/// A feature's properties, typed.
fn properties<P: DeserializeOwned>(feature: &Feature) -> Result<P, serde_json::Error> {
    serde_json::from_value(Value::Object(feature.properties.clone().unwrap_or_default()))
}

/// Why a GeoJSON geometry could not be used.
fn ring_of(positions: &[Position]) -> Result<LineString<f64>, String> {
    if positions.len() < 4 || positions.first() != positions.last() {
        return Err("a ring is not closed or has fewer than four positions".into());
    }
    Ok(positions.iter().map(|p| (p[0], p[1])).collect())
}

fn polygon_of(rings: &[Vec<Position>]) -> Result<Polygon<f64>, String> {
    let mut rings = rings.iter().map(|r| ring_of(r));
    let exterior = rings.next().ok_or("a polygon has no ring")??;
    Ok(Polygon::new(exterior, rings.collect::<Result<_, _>>()?))
}

/// Reads a Polygon or MultiPolygon, refusing open rings and short positions.
fn multipolygon_of(geometry: &GeometryValue) -> Result<MultiPolygon<f64>, String> {
    match geometry {
        GeometryValue::Polygon { coordinates } => Ok(MultiPolygon::new(vec![polygon_of(coordinates)?])),
        GeometryValue::MultiPolygon { coordinates } => {
            Ok(MultiPolygon::new(coordinates.iter().map(|p| polygon_of(p)).collect::<Result<_, _>>()?))
        }
        other => Err(format!("expected a Polygon or MultiPolygon, found a {}", other.type_name())),
    }
}

/// Reads a LineString or MultiLineString.
fn lines_of(geometry: &GeometryValue) -> Result<MultiLineString<f64>, String> {
    let line = |positions: &[Position]| -> LineString<f64> { positions.iter().map(|p| (p[0], p[1])).collect() };
    match geometry {
        GeometryValue::LineString { coordinates } => Ok(MultiLineString::new(vec![line(coordinates)])),
        GeometryValue::MultiLineString { coordinates } => {
            Ok(MultiLineString::new(coordinates.iter().map(|l| line(l)).collect()))
        }
        other => Err(format!("expected a LineString or MultiLineString, found a {}", other.type_name())),
    }
}

#[derive(Deserialize)]
struct UnitProperties {
    unit: String,
}

#[derive(Deserialize)]
struct ContextProperties {
    name: String,
}

/// Reads a file of (Multi)Polygon features, each named by its properties
/// (`name_of`), reporting a bad or missing geometry by that name.
fn read_polygons<P: DeserializeOwned>(
    file: DataFile,
    text: &str,
    errors: &mut Vec<DataError>,
    name_of: impl Fn(P) -> String,
) -> Vec<(String, MultiPolygon<f64>)> {
    let mut shapes = Vec::new();
    for (i, feature) in features(file, text, errors).iter().enumerate() {
        let name = match properties(feature) {
            Ok(p) => name_of(p),
            Err(e) => {
                errors.push(DataError::new(file.file_name(), format!("features[{i}]"), Rule::Schema, e.to_string()));
                continue;
            }
        };
        match feature.geometry.as_ref().map(|g| multipolygon_of(&g.value)) {
            Some(Ok(polygons)) => shapes.push((name, polygons)),
            Some(Err(e)) => errors.push(DataError::new(file.file_name(), name, Rule::Schema, e)),
            None => errors.push(DataError::new(
                file.file_name(),
                name,
                Rule::MissingGeometry,
                "the feature has no geometry",
            )),
        }
    }
    shapes
}

fn read_unit_shapes(text: &str, errors: &mut Vec<DataError>) -> Vec<UnitShape> {
    read_polygons(DataFile::Shapes, text, errors, |p: UnitProperties| p.unit)
        .into_iter()
        .map(|(unit, polygons)| UnitShape { unit, polygons })
        .collect()
}

fn read_context(text: &str, errors: &mut Vec<DataError>) -> Vec<ContextShape> {
    read_polygons(DataFile::Context, text, errors, |p: ContextProperties| p.name)
        .into_iter()
        .map(|(name, polygons)| ContextShape { name, polygons })
        .collect()
}

/// Reads `lines.geojson`: each feature's properties are a [`Line`] of the
/// record, its geometry the line's course.
fn read_lines(text: &str, errors: &mut Vec<DataError>) -> (Vec<Line>, Vec<LineCourse>) {
    let file = DataFile::Lines;
    let (mut lines, mut courses) = (Vec::new(), Vec::new());
    for (i, feature) in features(file, text, errors).iter().enumerate() {
        let line: Line = match properties(feature) {
            Ok(line) => line,
            Err(e) => {
                errors.push(DataError::new(file.file_name(), format!("features[{i}]"), Rule::Schema, e.to_string()));
                continue;
            }
        };
        match feature.geometry.as_ref().map(|g| lines_of(&g.value)) {
            Some(Ok(paths)) => {
                courses.push(LineCourse { line: line.id.clone(), paths });
                lines.push(line);
            }
            Some(Err(e)) => errors.push(DataError::new(file.file_name(), &line.id, Rule::Schema, e)),
            None => errors.push(DataError::new(
                file.file_name(),
                &line.id,
                Rule::MissingGeometry,
                "the line has no geometry",
            )),
        }
    }
    (lines, courses)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RiverProperties {
    river: String,
    names: atlas_core::model::Names,
}

/// Reads `rivers.geojson` (written by geo-build): each feature a river's
/// id and names and its course, which must lie in the map's region.
fn read_rivers(text: &str, errors: &mut Vec<DataError>) -> Vec<RiverCourse> {
    let file = DataFile::Rivers;
    let mut rivers = Vec::new();
    for (i, feature) in features(file, text, errors).iter().enumerate() {
        let p: RiverProperties = match properties(feature) {
            Ok(p) => p,
            Err(e) => {
                errors.push(DataError::new(file.file_name(), format!("features[{i}]"), Rule::Schema, e.to_string()));
                continue;
            }
        };
        match feature.geometry.as_ref().map(|g| lines_of(&g.value)) {
            Some(Ok(paths)) => {
                let outside = paths.iter().flat_map(|l| l.coords()).find(|c| !REGION.contains_within([c.x, c.y], 0.01));
                if let Some(c) = outside {
                    errors.push(DataError::new(
                        file.file_name(),
                        &p.river,
                        Rule::OutsideRegion,
                        format!("{:.3}°E {:.3}°N", c.x, c.y),
                    ));
                } else {
                    rivers.push(RiverCourse { river: p.river, names: p.names, paths });
                }
            }
            Some(Err(e)) => errors.push(DataError::new(file.file_name(), &p.river, Rule::Schema, e)),
            None => errors.push(DataError::new(
                file.file_name(),
                &p.river,
                Rule::MissingGeometry,
                "the river has no geometry",
            )),
        }
    }
    rivers
}
