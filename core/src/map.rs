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
//! it is. Lines, sites and places are few and are projected at load.

use serde::{Deserialize, Serialize};

use crate::atlas::Atlas;
use crate::error::{DataError, DataErrors, Rule};
use crate::geometry::{polygon_contains, ring_area, MultiPolygon};
use crate::path::{lines_path, polygons_path, PathSink};
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
}

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
    /// For every place, the unit it lies in (position in [`Atlas::units`]), if any.
    pub place_units: Vec<Option<usize>>,
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
    /// The unit each place lies in, found at build time (the browser has
    /// no polygons to test points against).
    pub places: Vec<CompiledPlace>,
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
}

/// The unit a place lies in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompiledPlace {
    pub place: String,
    #[serde(default)]
    pub unit: Option<String>,
}

impl CompiledMap {
    /// Projects the record's outlines (the build does this once).
    pub fn compile(atlas: &Atlas) -> CompiledMap {
        let projection = Projection::for_region(VIEW_WIDTH);
        let units = atlas
            .units
            .iter()
            .map(|unit| {
                let polygons: MultiPolygon = atlas
                    .shapes
                    .iter()
                    .filter(|s| s.unit == unit.id)
                    .flat_map(|s| s.polygons.iter().cloned())
                    .collect();
                let [x, y] = anchor_of(&polygons).map(|p| projection.project(p)).unwrap_or([0.0, 0.0]);
                CompiledUnit {
                    unit: unit.id.clone(),
                    d: polygons_path(&polygons, &projection),
                    anchor: [round_tenth(x), round_tenth(y)],
                }
            })
            .collect();
        let places = atlas
            .places
            .iter()
            .map(|place| CompiledPlace {
                place: place.id.clone(),
                unit: atlas
                    .shapes
                    .iter()
                    .find(|shape| shape.polygons.iter().any(|p| polygon_contains(p, [place.lon, place.lat])))
                    .map(|shape| shape.unit.clone()),
            })
            .collect();
        CompiledMap {
            size: projection.size.map(round_tenth),
            units,
            context: atlas.context.iter().map(|c| polygons_path(&c.polygons, &projection)).collect(),
            places,
        }
    }
}

fn round_tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The centroid of the largest outer ring, in longitude/latitude.
fn anchor_of(polygons: &MultiPolygon) -> Option<[f64; 2]> {
    let ring =
        polygons.iter().filter_map(|p| p.first()).max_by(|a, b| ring_area(a).abs().total_cmp(&ring_area(b).abs()))?;
    let area = ring_area(ring);
    if area.abs() < 1e-12 {
        return ring.first().copied();
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for w in ring.windows(2) {
        let cross = w[0][0] * w[1][1] - w[1][0] * w[0][1];
        cx += (w[0][0] + w[1][0]) * cross;
        cy += (w[0][1] + w[1][1]) * cross;
    }
    Some([cx / (6.0 * area), cy / (6.0 * area)])
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
    /// Projects every shape of a record loaded with its GeoJSON (the
    /// validator and the tests); the same as compiling it and loading that.
    pub fn build(atlas: &Atlas) -> Result<MapGeometry, DataErrors> {
        MapGeometry::from_compiled(atlas, CompiledMap::compile(atlas))
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
        let mut units: Vec<Option<UnitPath>> = vec![None; atlas.units.len()];
        for c in compiled.units {
            match atlas.units.iter().position(|u| u.id == c.unit) {
                Some(i) if units[i].is_none() => units[i] = Some(UnitPath { unit: i, d: c.d, anchor: c.anchor }),
                Some(_) => errors.push(DataError::new(file, &c.unit, Rule::DuplicateId, "the unit has two outlines")),
                None => errors.push(DataError::new(file, &c.unit, Rule::UnknownUnit, "the outline names no unit")),
            }
        }
        for (unit, path) in atlas.units.iter().zip(&units) {
            if path.is_none() {
                errors.push(DataError::new(file, &unit.id, Rule::MissingGeometry, "the unit has no outline"));
            }
        }
        let mut place_units = vec![None; atlas.places.len()];
        for c in &compiled.places {
            let place = atlas.places.iter().position(|p| p.id == c.place);
            let unit = c.unit.as_ref().map(|u| (u, atlas.units.iter().position(|x| &x.id == u)));
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
            lines: atlas.lines.iter().map(|l| lines_path(&l.paths, &projection)).collect(),
            sites: atlas.sites.iter().map(|s| projection.project([s.lon, s.lat])).collect(),
            places: atlas.places.iter().map(|p| projection.project([p.lon, p.lat])).collect(),
            place_units,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Rule;
    use crate::testing::real_atlas;

    #[test]
    fn every_unit_gets_a_path_inside_the_view() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas).unwrap();
        assert_eq!(map.units.len(), atlas.units.len());
        for (unit, path) in atlas.units.iter().zip(&map.units) {
            assert!(path.d.starts_with('M') && path.d.ends_with('z'), "{} has no closed path", unit.id);
            let [x, y] = path.anchor;
            assert!((0.0..=map.size[0]).contains(&x) && (0.0..=map.size[1]).contains(&y), "{} anchor {x},{y}", unit.id);
        }
    }

    #[test]
    fn kunashir_lies_east_of_sakhalin_s_south_and_south_of_it() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas).unwrap();
        let anchor = |id: &str| map.units[atlas.units.iter().position(|u| u.id == id).unwrap()].anchor;
        let (k, s) = (anchor("kunashir"), anchor("sakhalin-south"));
        assert!(k[0] > s[0] && k[1] > s[1], "kunashir {k:?} sakhalin-south {s:?}");
    }

    /// A shipped map that does not fit the record is refused with the
    /// file, the record and the rule named.
    #[test]
    fn a_map_that_does_not_fit_the_record_is_refused() {
        let atlas = real_atlas();
        let compiled = CompiledMap::compile(&atlas);
        type Edit = Box<dyn Fn(&mut CompiledMap)>;
        let cases: Vec<(&str, Edit, &str, Rule)> = vec![
            ("another projection", Box::new(|m| m.size[1] += 40.0), "size", Rule::StaleMap),
            (
                "Kunashir without an outline",
                Box::new(|m| m.units.retain(|u| u.unit != "kunashir")),
                "kunashir",
                Rule::MissingGeometry,
            ),
            ("an outline of no unit", Box::new(|m| m.units[0].unit = "atlantis".into()), "atlantis", Rule::UnknownUnit),
            (
                "Iturup twice",
                Box::new(|m| {
                    let iturup = m.units.iter().find(|u| u.unit == "iturup").cloned().unwrap();
                    m.units.push(iturup);
                }),
                "iturup",
                Rule::DuplicateId,
            ),
            (
                "a place in no unit of the record",
                Box::new(|m| m.places[0].unit = Some("atlantis".into())),
                "vladivostok",
                Rule::UnknownUnit,
            ),
        ];
        for (name, edit, record, rule) in cases {
            let mut broken = compiled.clone();
            edit(&mut broken);
            let errors = MapGeometry::from_compiled(&atlas, broken).expect_err(name);
            assert!(
                errors.0.iter().any(|e| e.file == "atlas.bin" && e.record == record && e.rule == rule),
                "{name}: {errors}"
            );
        }
    }

    #[test]
    fn toyohara_lies_in_southern_sakhalin() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas).unwrap();
        let place = atlas.places.iter().position(|p| p.id == "yuzhno-sakhalinsk").unwrap();
        let unit = map.place_units[place].map(|u| atlas.units[u].id.as_str());
        assert_eq!(unit, Some("sakhalin-south"));
    }
}
