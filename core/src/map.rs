//! The map's geometry, projected once.
//!
//! Everything here depends only on the record and the projection, never on
//! the selected year, so the app builds it once at load time and then only
//! recolours shapes as the year changes ("derive, don't store").

use crate::atlas::Atlas;
use crate::geometry::{ring_area, MultiPolygon};
use crate::path::{lines_path, polygons_path, PathSink};
use crate::projection::Projection;

/// The width of the SVG viewBox; the height follows from the projection.
pub const VIEW_WIDTH: f64 = 1000.0;

/// One unit's outline as SVG path data.
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
    /// Projects every shape of the record.
    pub fn build(atlas: &Atlas) -> MapGeometry {
        let projection = Projection::for_region(VIEW_WIDTH);
        let units = atlas
            .units
            .iter()
            .enumerate()
            .map(|(i, unit)| {
                let polygons: MultiPolygon = atlas
                    .shapes
                    .iter()
                    .filter(|s| s.unit == unit.id)
                    .flat_map(|s| s.polygons.iter().cloned())
                    .collect();
                let anchor = anchor_of(&polygons).map(|p| projection.project(p)).unwrap_or([0.0, 0.0]);
                UnitPath { unit: i, d: polygons_path(&polygons, &projection), anchor }
            })
            .collect();
        MapGeometry {
            size: projection.size,
            units,
            context: atlas.context.iter().map(|c| polygons_path(&c.polygons, &projection)).collect(),
            graticule: graticule(&projection),
            lines: atlas.lines.iter().map(|l| lines_path(&l.paths, &projection)).collect(),
            sites: atlas.sites.iter().map(|s| projection.project([s.lon, s.lat])).collect(),
            places: atlas.places.iter().map(|p| projection.project([p.lon, p.lat])).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::real_atlas;

    #[test]
    fn every_unit_gets_a_path_inside_the_view() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas);
        assert_eq!(map.units.len(), atlas.units.len());
        for (unit, path) in atlas.units.iter().zip(&map.units) {
            assert!(path.d.starts_with('M') && path.d.ends_with('Z'), "{} has no closed path", unit.id);
            let [x, y] = path.anchor;
            assert!((0.0..=map.size[0]).contains(&x) && (0.0..=map.size[1]).contains(&y), "{} anchor {x},{y}", unit.id);
        }
    }

    #[test]
    fn kunashir_lies_east_of_sakhalin_s_south_and_south_of_it() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas);
        let anchor = |id: &str| map.units[atlas.units.iter().position(|u| u.id == id).unwrap()].anchor;
        let (k, s) = (anchor("kunashir"), anchor("sakhalin-south"));
        assert!(k[0] > s[0] && k[1] > s[1], "kunashir {k:?} sakhalin-south {s:?}");
    }
}
