//! Regenerates `geo/data/units.geojson` and `geo/data/context.geojson` from
//! Natural Earth 1:10m (npm `world-atlas@2.0.2`, public domain) and the
//! authored groups in `geo/src/regions.json`.
//!
//! Run from the repository root: `cargo run -p geo-build`. With `--check`
//! it writes nothing and fails if the committed files differ from what it
//! would write, which is how the tests prove the data reproducible.
//!
//! The steps: decode the TopoJSON arcs; simplify each shared arc once, so
//! neighbouring countries keep a common border; assemble the countries'
//! polygons; clip them to the region; hand each polygon part to a group by
//! its centroid; cut the parts of groups that need it (Sakhalin at 50°N,
//! mainland Russia and China into units) with the authored clip polygons;
//! round to three decimals (about 100 m) and wind rings per RFC 7946. The
//! GeoJSON is written with the `geojson` crate.

mod rivers;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use atlas_core::region::REGION;
use geo::algorithm::orient::{Direction, Orient};
use geo::{
    Area, BooleanOps, Centroid, Contains, Coord, Intersects, Line, LineString, MultiPolygon, Point, Polygon, Simplify,
};
use geojson::{Feature, FeatureCollection, Geometry, GeometryValue, JsonObject, Position};
use serde::Deserialize;
use serde_json::Value;

/// Simplification tolerance in degrees (about 1 km): under half a pixel at
/// the map's full extent, and still smooth at 8x zoom.
const TOLERANCE: f64 = 0.01;
/// Parts smaller than this (square degrees, about 6 km²) are dropped,
/// except in units marked `keep_every_island` in `geo/src/regions.json`.
const MIN_PART_AREA: f64 = 0.0008;

#[derive(Deserialize)]
struct Regions {
    groups: Vec<Group>,
}

#[derive(Deserialize)]
struct Group {
    id: String,
    countries: Vec<String>,
    #[serde(default)]
    take: Option<Vec<[f64; 2]>>,
    #[serde(default)]
    context: Option<String>,
    units: Vec<UnitRule>,
}

#[derive(Deserialize)]
struct UnitRule {
    unit: String,
    #[serde(default)]
    clip: Option<Vec<[f64; 2]>>,
    #[serde(default)]
    minus: Vec<String>,
    /// Keep every Natural Earth island of the unit, however small (the
    /// Kurils, where each island is part of the dispute).
    #[serde(default)]
    keep_every_island: bool,
}

#[derive(Deserialize)]
pub(crate) struct Topology {
    arcs: Vec<Vec<[i64; 2]>>,
    transform: Transform,
    objects: BTreeMap<String, GeometryCollection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
pub(crate) struct GeometryCollection {
    geometries: Vec<TopoGeometry>,
}

#[derive(Deserialize)]
pub(crate) struct TopoGeometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    pub(crate) arcs: Value,
    #[serde(default)]
    properties: BTreeMap<String, Value>,
}

fn polygon_of(ring: &[[f64; 2]]) -> Polygon<f64> {
    Polygon::new(LineString::from(ring.iter().map(|&[x, y]| Coord { x, y }).collect::<Vec<_>>()), vec![])
}

/// Decodes delta-encoded, quantised arcs into degrees and simplifies each.
fn decode_arcs(topology: &Topology) -> Vec<Vec<Coord<f64>>> {
    let [sx, sy] = topology.transform.scale;
    let [tx, ty] = topology.transform.translate;
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            let coords: Vec<Coord<f64>> = arc
                .iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    Coord { x: x as f64 * sx + tx, y: y as f64 * sy + ty }
                })
                .collect();
            let simplified = LineString::from(coords.clone()).simplify(TOLERANCE);
            // A small closed island can collapse under simplification; it
            // then keeps its full detail, which is small anyway.
            let closed = coords.first() == coords.last();
            if closed && simplified.0.len() < 4 {
                coords
            } else {
                simplified.0
            }
        })
        .collect()
}

fn ring_from(arcs: &[Vec<Coord<f64>>], indices: &Value) -> Option<LineString<f64>> {
    let mut coords: Vec<Coord<f64>> = Vec::new();
    for index in indices.as_array()? {
        let i = index.as_i64()?;
        let arc: Vec<Coord<f64>> =
            if i >= 0 { arcs[i as usize].clone() } else { arcs[(!i) as usize].iter().rev().copied().collect() };
        // Consecutive arcs share their joining point.
        let skip = usize::from(!coords.is_empty());
        coords.extend(arc.into_iter().skip(skip));
    }
    Some(LineString::from(coords))
}

fn polygon_from(arcs: &[Vec<Coord<f64>>], rings: &Value) -> Option<Polygon<f64>> {
    let mut rings = rings.as_array()?.iter().filter_map(|r| ring_from(arcs, r));
    let exterior = rings.next()?;
    Some(Polygon::new(exterior, rings.collect()))
}

/// A country of the topology, by its Natural Earth name.
pub(crate) fn country_geometry<'a>(topology: &'a Topology, name: &str) -> Result<&'a TopoGeometry, String> {
    let countries = topology.objects.get("countries").ok_or("the topology has no 'countries' object")?;
    countries
        .geometries
        .iter()
        .find(|g| g.properties.get("name").and_then(Value::as_str) == Some(name))
        .ok_or_else(|| format!("Natural Earth has no country named {name}"))
}

fn country_parts(topology: &Topology, arcs: &[Vec<Coord<f64>>], name: &str) -> Result<Vec<Polygon<f64>>, String> {
    let geometry = country_geometry(topology, name)?;
    let polygons: Vec<Polygon<f64>> = match geometry.kind.as_str() {
        "Polygon" => polygon_from(arcs, &geometry.arcs).into_iter().collect(),
        "MultiPolygon" => {
            geometry.arcs.as_array().into_iter().flatten().filter_map(|p| polygon_from(arcs, p)).collect()
        }
        other => return Err(format!("{name} is a {other}, not a polygon")),
    };
    let region = polygon_of(&REGION.corners());
    Ok(polygons.into_iter().flat_map(|p| p.intersection(&region).0).collect())
}

pub(crate) fn round(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// Rounds, drops repeated points, and returns the rings of one polygon as
/// GeoJSON coordinates, or nothing if the outer ring degenerates.
fn polygon_coordinates(polygon: &Polygon<f64>) -> Option<Vec<Vec<Position>>> {
    let ring = |ls: &LineString<f64>| -> Option<Vec<[f64; 2]>> {
        let mut out: Vec<[f64; 2]> = Vec::new();
        for c in ls.coords() {
            let p = [round(c.x), round(c.y)];
            if out.last() != Some(&p) {
                out.push(p);
            }
        }
        if out.first() != out.last() {
            let first = out[0];
            out.push(first);
        }
        untwist(&mut out);
        let distinct: HashSet<(i64, i64)> =
            out.iter().map(|p| ((p[0] * 1000.0) as i64, (p[1] * 1000.0) as i64)).collect();
        (distinct.len() >= 3).then_some(out)
    };
    let mut rings = vec![ring(polygon.exterior())?];
    rings.extend(polygon.interiors().iter().filter_map(ring));
    Some(rings.into_iter().map(|r| r.into_iter().map(|p| Position::from(p.to_vec())).collect()).collect())
}

/// The first pair of non-adjacent segments `(i, j)`, `i < j`, of a closed
/// ring that meet, where segment `i` runs from `ring[i]` to `ring[i + 1]`.
/// Only rings that `geo` finds to cross themselves are searched.
fn crossing_segments(ring: &[[f64; 2]]) -> Option<(usize, usize)> {
    use geo::Validation;
    let n = ring.len().saturating_sub(1);
    let line_string: LineString<f64> = ring.iter().map(|&[x, y]| Coord { x, y }).collect();
    if n < 4 || Polygon::new(line_string, vec![]).is_valid() {
        return None;
    }
    let segment =
        |i: usize| Line::new(Coord { x: ring[i][0], y: ring[i][1] }, Coord { x: ring[i + 1][0], y: ring[i + 1][1] });
    let adjacent = |i: usize, j: usize| j == i + 1 || (i == 0 && j == n - 1);
    (0..n).find_map(|i| ((i + 1)..n).find(|&j| !adjacent(i, j) && segment(i).intersects(&segment(j))).map(|j| (i, j)))
}

/// Rounding can fold a sliver where a coast wiggles across a cut line into a
/// tiny loop that crosses itself. Cut such loops out (the shorter way round)
/// until the ring is simple, so that every ring passes the validator.
fn untwist(ring: &mut Vec<[f64; 2]>) {
    for _ in 0..1000 {
        let Some((i, j)) = crossing_segments(ring) else { return };
        let n = ring.len() - 1;
        if j - i <= n / 2 {
            // Drop the vertices between the two crossing segments.
            ring.drain(i + 1..=j);
        } else {
            // The loop runs through the ring's start: keep the part between.
            let kept: Vec<[f64; 2]> = ring[i + 1..=j].to_vec();
            *ring = kept;
            let first = ring[0];
            ring.push(first);
        }
        if ring.len() < 4 {
            return;
        }
    }
}

/// One GeoJSON feature: a MultiPolygon of the parts, with one property.
fn feature(key: &str, value: &str, parts: &[Polygon<f64>]) -> Option<Feature> {
    let mut sorted: Vec<Polygon<f64>> = parts.iter().map(|p| p.orient(Direction::Default)).collect();
    // Largest part first, so that readers and diffs see the main landmass first.
    sorted.sort_by(|a, b| b.unsigned_area().total_cmp(&a.unsigned_area()));
    let coordinates: Vec<Vec<Vec<Position>>> = sorted.iter().filter_map(polygon_coordinates).collect();
    if coordinates.is_empty() {
        return None;
    }
    let mut properties = JsonObject::new();
    properties.insert(key.to_string(), Value::from(value));
    Some(Feature {
        geometry: Some(Geometry::new(GeometryValue::MultiPolygon { coordinates })),
        properties: Some(properties),
        ..Feature::default()
    })
}

/// A FeatureCollection as committed: one feature a line, so that a change
/// to one unit shows in a diff as a change to one line.
fn collection(features: Vec<Feature>) -> Result<String, String> {
    let lines: Vec<String> =
        features.into_iter().map(|f| serde_json::to_string(&f).map_err(|e| e.to_string())).collect::<Result<_, _>>()?;
    let empty = serde_json::to_string(&FeatureCollection { bbox: None, features: vec![], foreign_members: None })
        .map_err(|e| e.to_string())?;
    // `{"type":"FeatureCollection","features":[]}`, opened to hold the lines.
    let (head, tail) = empty.split_once("[]").ok_or("unexpected FeatureCollection shape")?;
    Ok(format!("{head}[\n{}\n]{tail}\n", lines.join(",\n")))
}

struct Output {
    units: String,
    context: String,
    rivers: String,
    report: Vec<String>,
}

fn build(root: &Path) -> Result<Output, String> {
    let topo_path = root.join("node_modules/world-atlas/countries-10m.json");
    let topo_text = std::fs::read_to_string(&topo_path)
        .map_err(|e| format!("{}: {e} (run `npm ci` first; the README's commands do)", topo_path.display()))?;
    let topology: Topology = serde_json::from_str(&topo_text).map_err(|e| format!("{}: {e}", topo_path.display()))?;
    let regions_path = root.join("geo/src/regions.json");
    let regions: Regions = serde_json::from_str(
        &std::fs::read_to_string(&regions_path).map_err(|e| format!("{}: {e}", regions_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", regions_path.display()))?;

    let rivers_path = root.join("geo/src/rivers.json");
    let rivers: rivers::Rivers = serde_json::from_str(
        &std::fs::read_to_string(&rivers_path).map_err(|e| format!("{}: {e}", rivers_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", rivers_path.display()))?;

    let arcs = decode_arcs(&topology);
    let mut report = Vec::new();
    let mut unit_features = Vec::new();
    let mut context_features = Vec::new();
    let mut taken: BTreeMap<String, HashSet<usize>> = BTreeMap::new();
    let mut parts_by_country: BTreeMap<String, Vec<Polygon<f64>>> = BTreeMap::new();
    for group in &regions.groups {
        for country in &group.countries {
            if !parts_by_country.contains_key(country) {
                parts_by_country.insert(country.clone(), country_parts(&topology, &arcs, country)?);
            }
        }
    }

    // Groups with a 'take' polygon choose first; a group without one takes
    // what is left of its countries.
    let mut order: Vec<&Group> = regions.groups.iter().filter(|g| g.take.is_some()).collect();
    order.extend(regions.groups.iter().filter(|g| g.take.is_none()));
    let mut group_parts: BTreeMap<String, Vec<Polygon<f64>>> = BTreeMap::new();
    for group in &order {
        let take = group.take.as_deref().map(polygon_of);
        let mut mine = Vec::new();
        for country in &group.countries {
            let used = taken.entry(country.clone()).or_default();
            for (i, part) in parts_by_country[country].iter().enumerate() {
                if used.contains(&i) {
                    continue;
                }
                let centroid: Point<f64> = part.centroid().unwrap_or(Point::new(0.0, 0.0));
                if take.as_ref().is_none_or(|t| t.contains(&centroid)) {
                    used.insert(i);
                    mine.push(part.clone());
                }
            }
        }
        group_parts.insert(group.id.clone(), mine);
    }

    // Every Kuril island of Natural Earth must land in a Kuril unit: an
    // island in the chain's box that fell to the mainland group means a
    // 'take' polygon missed it.
    let kuril_box = polygon_of(&[[145.0, 43.2], [157.9, 43.2], [157.9, 51.2], [145.0, 51.2], [145.0, 43.2]]);
    for part in group_parts.get("russia-mainland").into_iter().flatten() {
        if let Some(c) = part.centroid().filter(|c| kuril_box.contains(c)) {
            return Err(format!("a Russian island at {:.3}°E {:.3}°N belongs to no Kuril unit; widen a 'take' polygon in geo/src/regions.json", c.x(), c.y()));
        }
    }

    for group in &regions.groups {
        let parts = &group_parts[&group.id];
        let whole = MultiPolygon::new(parts.clone());
        let clips: BTreeMap<&str, MultiPolygon<f64>> = group
            .units
            .iter()
            .filter_map(|u| u.clip.as_deref().map(|c| (u.unit.as_str(), MultiPolygon::new(vec![polygon_of(c)]))))
            .collect();
        let mut claimed = MultiPolygon::new(vec![]);
        for rule in &group.units {
            let mut shape = match &clips.get(rule.unit.as_str()) {
                Some(clip) => {
                    let mut clip = (*clip).clone();
                    for other in &rule.minus {
                        let minus = clips.get(other.as_str()).ok_or_else(|| {
                            format!("{}: 'minus' names {other}, which has no clip in this group", rule.unit)
                        })?;
                        clip = clip.difference(minus);
                    }
                    whole.intersection(&clip)
                }
                None => whole.clone(),
            };
            claimed = claimed.union(&shape);
            let keep_all = rule.keep_every_island;
            let before = shape.0.len();
            shape.0.retain(|p| keep_all || p.unsigned_area() >= MIN_PART_AREA);
            report.push(format!(
                "{:<15} {:>4} parts ({} small ones dropped)",
                rule.unit,
                shape.0.len(),
                before - shape.0.len()
            ));
            let f = feature("unit", &rule.unit, &shape.0)
                .ok_or_else(|| format!("{}: the unit came out empty", rule.unit))?;
            unit_features.push(f);
        }
        if let Some(name) = &group.context {
            let mut rest = whole.difference(&claimed);
            rest.0.retain(|p| p.unsigned_area() >= MIN_PART_AREA * 4.0);
            if let Some(f) = feature("name", name, &rest.0) {
                context_features.push(f);
            }
        }
    }
    let river_features = rivers::river_features(&topology, &arcs, &rivers)?;
    report.push(format!("{} border rivers", river_features.len()));
    Ok(Output {
        units: collection(unit_features)?,
        context: collection(context_features)?,
        rivers: collection(river_features)?,
        report,
    })
}

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let root = PathBuf::from(std::env::var("ATLAS_ROOT").unwrap_or_else(|_| ".".into()));
    let output = match build(&root) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("geo-build: {e}");
            return ExitCode::FAILURE;
        }
    };
    let targets = [
        ("geo/data/units.geojson", &output.units),
        ("geo/data/context.geojson", &output.context),
        ("geo/data/rivers.geojson", &output.rivers),
    ];
    if check {
        let mut same = true;
        for (path, text) in targets {
            let committed = std::fs::read_to_string(root.join(path)).unwrap_or_default();
            if committed != *text {
                eprintln!("geo-build --check: {path} differs from what geo-build writes; run `cargo run -p geo-build`");
                same = false;
            }
        }
        if !same {
            return ExitCode::FAILURE;
        }
        println!("geo-build --check: geo/data matches Natural Earth, geo/src/regions.json and geo/src/rivers.json byte for byte");
        return ExitCode::SUCCESS;
    }
    for line in &output.report {
        println!("{line}");
    }
    for (path, text) in targets {
        if let Err(e) = std::fs::write(root.join(path), text) {
            eprintln!("geo-build: {path}: {e}");
            return ExitCode::FAILURE;
        }
        println!("wrote {path} ({} bytes)", text.len());
    }
    ExitCode::SUCCESS
}
