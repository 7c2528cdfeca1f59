//! The map's geometry, projected once.
//!
//! Everything here depends only on the record and the projection, never on
//! the selected year, so the app builds it once at load time and then only
//! recolours shapes as the year changes ("derive, don't store").
//!
//! The costly part, the outlines of units and context land, is projected
//! even earlier: at build time, into a [`CompiledMap`] that ships in the
//! bundle ([`crate::bundle`]) in place of the GeoJSON. The browser then
//! neither parses coordinates nor projects them; it takes the path data as
//! it is. Lines, sites, places and waters are few and are projected at load.

use serde::{Deserialize, Serialize};

use crate::atlas::Atlas;
use crate::error::{DataError, DataErrors, Rule};
use crate::model::Names;
use crate::path::PathSink;
use crate::projection::Projection;

/// The width of the SVG viewBox; the height follows from the projection.
pub const VIEW_WIDTH: f64 = 1000.0;

/// One unit's outline as SVG path data (see [`crate::path`] for its units).
#[derive(Clone, Debug, PartialEq)]
pub struct UnitPath {
    /// Position of the unit in [`Atlas::units`].
    pub unit: usize,
    pub d: String,
    /// Where the unit's label goes: the centroid of its largest polygon.
    pub anchor: [f64; 2],
    /// The unit's bounding box in viewBox units, so that search can bring
    /// it into view without parsing its path.
    pub bounds: Bounds,
}

/// A box in viewBox units: `[min_x, min_y, max_x, max_y]`.
pub type Bounds = [f64; 4];

/// Every shape of the map, projected into viewBox coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct MapGeometry {
    /// The viewBox's width and height.
    pub size: [f64; 2],
    /// One path per unit, in [`Atlas::units`] order.
    pub units: Vec<UnitPath>,
    /// Land outside the units.
    pub context: Vec<String>,
    /// Meridians every 5° and parallels every 5°.
    pub graticule: String,
    /// One path per line, in [`Atlas::lines`] order.
    pub lines: Vec<String>,
    /// One point per site, in [`Atlas::sites`] order.
    pub sites: Vec<[f64; 2]>,
    /// One point per place, in [`Atlas::places`] order.
    pub places: Vec<[f64; 2]>,
    /// One point per named water, in [`Atlas::waters`] order.
    pub waters: Vec<[f64; 2]>,
    /// For every place, the unit it lies in (position in [`Atlas::units`]), if any.
    pub place_units: Vec<Option<usize>>,
    /// The border rivers, drawn under the units' labels and named.
    pub rivers: Vec<CompiledRiver>,
}

/// The units' and context land's outlines projected at build time, as the
/// bundle carries them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompiledMap {
    /// The viewBox size the outlines were projected for.
    pub size: [f64; 2],
    /// One outline per unit of the record.
    pub units: Vec<CompiledUnit>,
    /// Land outside the units, one path per country.
    pub context: Vec<String>,
    /// One course per line of the record, densified before projection.
    pub lines: Vec<CompiledLine>,
    /// The unit each place lies in, found at build time (the browser has
    /// no polygons to test points against).
    pub places: Vec<CompiledPlace>,
    /// The border rivers of `rivers.geojson`.
    pub rivers: Vec<CompiledRiver>,
}

/// One border river's course, ready to draw, and where its name goes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompiledRiver {
    pub river: String,
    pub names: Names,
    /// SVG path data, in tenths of a viewBox unit ([`crate::path`]).
    pub d: String,
    /// The middle of its longest stretch, in viewBox units, and the
    /// direction of the river there in degrees (clockwise from east, turned
    /// to read left to right), so that the name runs along it.
    pub label: [f64; 3],
}

/// One unit's outline, ready to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompiledUnit {
    pub unit: String,
    /// SVG path data, in tenths of a viewBox unit ([`crate::path`]).
    pub d: String,
    /// Where the label goes: the centroid of the largest polygon, projected.
    pub anchor: [f64; 2],
    /// The outline's bounding box, projected (computed where the points
    /// are at hand, at build time, rather than parsed back from `d`).
    pub bounds: Bounds,
}

/// One line's course, ready to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompiledLine {
    pub line: String,
    /// SVG path data, in tenths of a viewBox unit ([`crate::path`]).
    pub d: String,
}

/// The unit a place lies in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompiledPlace {
    pub place: String,
    #[serde(default)]
    pub unit: Option<String>,
}

fn graticule(projection: &Projection) -> String {
    let mut sink = PathSink::default();
    let mut lon = 105.0;
    while lon <= 160.0 {
        sink.line_start();
        let mut lat = 30.0;
        while lat <= 62.0 {
            sink.point(projection.project([lon, lat]));
            lat += 0.5;
        }
        lon += 5.0;
    }
    let mut lat = 30.0;
    while lat <= 60.0 {
        sink.line_start();
        let mut lon = 104.0;
        while lon <= 163.0 {
            sink.point(projection.project([lon, lat]));
            lon += 0.5;
        }
        lat += 5.0;
    }
    sink.finish()
}

impl MapGeometry {
    /// The middle of the record's units: the mean of their label anchors,
    /// which leans to where the record has many units (the Kurils,
    /// Sakhalin, Korea) rather than to the map's empty edges. A view
    /// cropped to a tall frame ([`crate::viewport::Viewport::fitting_frame`])
    /// centres here.
    pub fn focus(&self) -> [f64; 2] {
        let anchors: Vec<[f64; 2]> =
            self.units.iter().map(|u| u.anchor).filter(|a| a.iter().all(|v| v.is_finite())).collect();
        if anchors.is_empty() {
            return [self.size[0] / 2.0, self.size[1] / 2.0];
        }
        let n = anchors.len() as f64;
        [anchors.iter().map(|a| a[0]).sum::<f64>() / n, anchors.iter().map(|a| a[1]).sum::<f64>() / n]
    }

    /// Takes the outlines compiled at build time and projects the rest.
    /// Fails, naming the bundle, if the map does not fit the record: a unit
    /// without an outline or an outline without a unit, or another
    /// projection (the bundle is stale; the build writes it afresh).
    pub fn from_compiled(atlas: &Atlas, compiled: CompiledMap) -> Result<MapGeometry, DataErrors> {
        let file = crate::bundle::FILE_NAME;
        let projection = Projection::for_region(VIEW_WIDTH);
        let mut errors = Vec::new();
        if compiled.size.iter().zip(projection.size).any(|(a, b)| (a - b).abs() > 0.1) {
            errors.push(DataError::new(
                file,
                "size",
                Rule::StaleMap,
                format!("compiled for a map of {:?}, not {:?}", compiled.size, projection.size),
            ));
        }
        let mut units: Vec<Option<UnitPath>> = vec![None; atlas.units().len()];
        for c in compiled.units {
            match atlas.unit_position(&c.unit) {
                Some(i) if units[i].is_none() => {
                    units[i] = Some(UnitPath { unit: i, d: c.d, anchor: c.anchor, bounds: c.bounds })
                }
                Some(_) => errors.push(DataError::new(file, &c.unit, Rule::DuplicateId, "the unit has two outlines")),
                None => errors.push(DataError::new(file, &c.unit, Rule::UnknownUnit, "the outline names no unit")),
            }
        }
        for (unit, path) in atlas.units().iter().zip(&units) {
            if path.is_none() {
                errors.push(DataError::new(file, &unit.id, Rule::MissingGeometry, "the unit has no outline"));
            }
        }
        let mut lines: Vec<Option<String>> = vec![None; atlas.lines().len()];
        for c in compiled.lines {
            match atlas.lines().iter().position(|l| l.id == c.line) {
                Some(i) if lines[i].is_none() => lines[i] = Some(c.d),
                Some(_) => errors.push(DataError::new(file, &c.line, Rule::DuplicateId, "the line has two courses")),
                None => errors.push(DataError::new(file, &c.line, Rule::StaleMap, "no such line in lines.geojson")),
            }
        }
        for (line, path) in atlas.lines().iter().zip(&lines) {
            if path.is_none() {
                errors.push(DataError::new(file, &line.id, Rule::MissingGeometry, "the line has no course"));
            }
        }
        let mut place_units = vec![None; atlas.places().len()];
        for c in &compiled.places {
            let place = atlas.places().iter().position(|p| p.id == c.place);
            let unit = c.unit.as_ref().map(|u| (u, atlas.unit_position(u)));
            match (place, unit) {
                (Some(p), None) => place_units[p] = None,
                (Some(p), Some((_, Some(u)))) => place_units[p] = Some(u),
                (Some(_), Some((id, None))) => {
                    errors.push(DataError::new(file, &c.place, Rule::UnknownUnit, format!("no unit '{id}'")))
                }
                (None, _) => {
                    errors.push(DataError::new(file, &c.place, Rule::StaleMap, "no such place in places.json"))
                }
            }
        }
        if !errors.is_empty() {
            return Err(DataErrors(errors));
        }
        Ok(MapGeometry {
            size: projection.size,
            units: units.into_iter().flatten().collect(),
            context: compiled.context,
            graticule: graticule(&projection),
            lines: lines.into_iter().flatten().collect(),
            sites: atlas.sites().iter().map(|s| projection.project([s.lon, s.lat])).collect(),
            places: atlas.places().iter().map(|p| projection.project([p.lon, p.lat])).collect(),
            waters: atlas.waters().iter().map(|w| projection.project([w.lon, w.lat])).collect(),
            place_units,
            rivers: compiled.rivers,
        })
    }
}
