//! The border rivers, traced along Natural Earth's boundaries: where a
//! treaty puts a border on a river (the Argun, the Amur and the Ussuri
//! between China and Russia, the Yalu and the Tumen between China and
//! Korea), the admin-0 boundary between the two countries is the river's
//! course. So the rivers come from the same arcs, simplified the same
//! way, as the units' outlines, and lie exactly on the borders drawn.
//!
//! `geo/src/rivers.json` names each river and says between which
//! countries, and from where to where along their boundary, it runs.

use std::collections::HashSet;

use atlas_core::model::Names;
use geo::Coord;
use geojson::{Feature, Geometry, GeometryValue, JsonObject, Position};
use serde::Deserialize;
use serde_json::Value;

use crate::{country_geometry, round, Topology};

#[derive(Deserialize)]
pub struct Rivers {
    rivers: Vec<River>,
}

#[derive(Deserialize)]
struct River {
    river: String,
    names: Names,
    courses: Vec<Course>,
}

/// One stretch of a river along one boundary.
#[derive(Deserialize)]
struct Course {
    between: [String; 2],
    from: [f64; 2],
    to: [f64; 2],
}

/// The arcs a country's outline uses, by index.
fn arcs_of(topology: &Topology, country: &str) -> Result<HashSet<usize>, String> {
    fn walk(value: &Value, out: &mut HashSet<usize>) {
        match value {
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    out.insert(if i < 0 { !i as usize } else { i as usize });
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = HashSet::new();
    walk(&country_geometry(topology, country)?.arcs, &mut out);
    Ok(out)
}

fn distance2(c: &Coord<f64>, [x, y]: [f64; 2]) -> f64 {
    (c.x - x).powi(2) + (c.y - y).powi(2)
}

/// The stretch of the two countries' shared boundary between the vertices
/// nearest `from` and `to`, running from `from`.
fn stretch(topology: &Topology, arcs: &[Vec<Coord<f64>>], course: &Course) -> Result<Vec<Coord<f64>>, String> {
    let [a, b] = &course.between;
    let (mine, theirs) = (arcs_of(topology, a)?, arcs_of(topology, b)?);
    let mut shared: Vec<usize> = mine.intersection(&theirs).copied().collect();
    shared.sort_unstable();
    // The arc holding both ends closest: a boundary can be several arcs
    // (China and Russia meet in the Altai too).
    let nearest = |arc: &[Coord<f64>], p: [f64; 2]| {
        arc.iter().enumerate().map(|(i, c)| (i, distance2(c, p))).min_by(|x, y| x.1.total_cmp(&y.1))
    };
    let (arc, i, j) = shared
        .iter()
        .filter_map(|&k| {
            let (i, di) = nearest(&arcs[k], course.from)?;
            let (j, dj) = nearest(&arcs[k], course.to)?;
            Some((k, i, j, di + dj))
        })
        .min_by(|x, y| x.3.total_cmp(&y.3))
        .map(|(k, i, j, _)| (k, i, j))
        .ok_or_else(|| format!("{a} and {b} share no boundary"))?;
    let part: Vec<Coord<f64>> =
        if i <= j { arcs[arc][i..=j].to_vec() } else { arcs[arc][j..=i].iter().rev().copied().collect() };
    if part.len() < 2 {
        return Err(format!("{a}–{b}: {:?} and {:?} meet the boundary at one vertex", course.from, course.to));
    }
    Ok(part)
}

/// One feature per river: a LineString, or a MultiLineString where its
/// stretches do not join, with its id and names.
pub fn river_features(topology: &Topology, arcs: &[Vec<Coord<f64>>], rivers: &Rivers) -> Result<Vec<Feature>, String> {
    let mut features = Vec::new();
    for river in &rivers.rivers {
        let mut lines: Vec<Vec<Position>> = Vec::new();
        for course in &river.courses {
            let part = stretch(topology, arcs, course).map_err(|e| format!("{}: {e}", river.river))?;
            let mut positions: Vec<Position> = Vec::new();
            for c in part {
                let p = Position::from(vec![round(c.x), round(c.y)]);
                if positions.last() != Some(&p) {
                    positions.push(p);
                }
            }
            match lines.last_mut() {
                // A stretch that starts where the last ended continues it.
                Some(last) if last.last() == positions.first() => last.extend(positions.into_iter().skip(1)),
                _ => lines.push(positions),
            }
        }
        let geometry = if lines.len() == 1 {
            GeometryValue::LineString { coordinates: lines.remove(0) }
        } else {
            GeometryValue::MultiLineString { coordinates: lines }
        };
        let mut properties = JsonObject::new();
        properties.insert("river".into(), Value::from(river.river.clone()));
        properties.insert("names".into(), serde_json::to_value(&river.names).map_err(|e| e.to_string())?);
        features.push(Feature {
            geometry: Some(Geometry::new(geometry)),
            properties: Some(properties),
            ..Feature::default()
        });
    }
    Ok(features)
}
