//! Compiling the map: the outlines of units, context land and lines
//! projected once, at build time, into SVG path data for the bundle.

use atlas_core::map::{
    Bounds, CompiledLine, CompiledMap, CompiledPlace, CompiledRiver, CompiledUnit, MapGeometry, VIEW_WIDTH,
};
use atlas_core::path::PathSink;
use atlas_core::projection::Projection;
use atlas_core::DataErrors;
use geo::{Area, Centroid, Contains, Densify, Euclidean, LineString, MultiLineString, MultiPolygon, Point, Polygon};

use crate::FullRecord;

/// The longest stretch of a line, in degrees, drawn as one straight
/// segment: lines are densified in longitude and latitude before they are
/// projected, so that a parallel (the 38th, the 50th) stays a parallel,
/// curved as the projection curves it, at any zoom.
pub const LINE_STEP_DEGREES: f64 = 0.25;

/// The path data of a multipolygon in a projection.
pub fn polygons_path(polygons: &MultiPolygon<f64>, projection: &Projection) -> String {
    let mut sink = PathSink::default();
    for ring in polygons.iter().flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors())) {
        sink.line_start();
        // The closing point repeats the first; `z` draws that edge.
        let points = &ring.0[..ring.0.len().saturating_sub(1)];
        for c in points {
            sink.point(projection.project([c.x, c.y]));
        }
        sink.ring_end();
    }
    sink.finish()
}

/// The path data of open lines, densified, in a projection.
///
/// ```
/// use atlas_build::compile::lines_path;
/// use atlas_core::projection::Projection;
/// use geo::{line_string, MultiLineString};
/// // The 38th parallel across Korea, written as its two ends.
/// let parallel = MultiLineString::new(vec![line_string![(x: 124.6, y: 38.0), (x: 129.0, y: 38.0)]]);
/// let d = lines_path(&parallel, &Projection::for_region(1000.0));
/// // Drawn through every quarter degree, not as one chord.
/// assert!(d.matches(' ').count() > 17, "{d}");
/// ```
pub fn lines_path(lines: &MultiLineString<f64>, projection: &Projection) -> String {
    let mut sink = PathSink::default();
    for line in Euclidean.densify(lines, LINE_STEP_DEGREES) {
        sink.line_start();
        for c in line.coords() {
            sink.point(projection.project([c.x, c.y]));
        }
    }
    sink.finish()
}

/// A river's course as path data: its points as they are (geo-build
/// traced them along the units' own boundary arcs, so they lie on the
/// borders drawn), not densified.
pub fn rivers_path(lines: &MultiLineString<f64>, projection: &Projection) -> String {
    let mut sink = PathSink::default();
    for line in lines {
        sink.line_start();
        for c in line.coords() {
            sink.point(projection.project([c.x, c.y]));
        }
    }
    sink.finish()
}

/// Where a river's name goes: halfway along its longest stretch (on the
/// map), turned along the chord of the stretch's middle fifth, so that it
/// follows the river without following every bend; never upside down.
pub fn river_label(lines: &MultiLineString<f64>, projection: &Projection) -> [f64; 3] {
    let projected: Vec<Vec<[f64; 2]>> =
        lines.iter().map(|l| l.coords().map(|c| projection.project([c.x, c.y])).collect()).collect();
    let length = |l: &[[f64; 2]]| l.windows(2).map(|w| (w[1][0] - w[0][0]).hypot(w[1][1] - w[0][1])).sum::<f64>();
    let Some(longest) = projected.iter().max_by(|a, b| length(a).total_cmp(&length(b))) else {
        return [0.0; 3];
    };
    let total = length(longest);
    let at = |share: f64| -> [f64; 2] {
        let mut left = total * share;
        for w in longest.windows(2) {
            let step = (w[1][0] - w[0][0]).hypot(w[1][1] - w[0][1]);
            if step >= left && step > 0.0 {
                let t = left / step;
                return [w[0][0] + t * (w[1][0] - w[0][0]), w[0][1] + t * (w[1][1] - w[0][1])];
            }
            left -= step;
        }
        longest.last().copied().unwrap_or([0.0, 0.0])
    };
    let [x, y] = at(0.5);
    let (a, b) = (at(0.4), at(0.6));
    let mut angle = (b[1] - a[1]).atan2(b[0] - a[0]).to_degrees();
    if angle > 90.0 {
        angle -= 180.0;
    } else if angle < -90.0 {
        angle += 180.0;
    }
    [round_tenth(x), round_tenth(y), angle.round()]
}

fn round_tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Where a unit's label goes: the centroid of its largest outer ring
/// (holes ignored: a lake does not move the label), in longitude/latitude.
fn anchor_of(polygons: &MultiPolygon<f64>) -> Option<[f64; 2]> {
    let ring: &LineString<f64> =
        polygons.iter().map(Polygon::exterior).max_by(|a, b| ring_area(a).total_cmp(&ring_area(b)))?;
    let centroid = Polygon::new(ring.clone(), vec![]).centroid()?;
    Some([centroid.x(), centroid.y()])
}

fn ring_area(ring: &LineString<f64>) -> f64 {
    Polygon::new(ring.clone(), vec![]).unsigned_area()
}

/// The bounding box of a multipolygon's outer rings once projected, in
/// viewBox units, rounded outwards to tenths. The projection bends
/// meridians, so the box is taken over the projected points, not projected
/// from the box in degrees.
pub fn projected_bounds(polygons: &MultiPolygon<f64>, projection: &Projection) -> Bounds {
    let mut bounds = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
    for c in polygons.iter().flat_map(|p| p.exterior().coords()) {
        let [x, y] = projection.project([c.x, c.y]);
        bounds = [bounds[0].min(x), bounds[1].min(y), bounds[2].max(x), bounds[3].max(y)];
    }
    if bounds.iter().all(|b| b.is_finite()) {
        [
            (bounds[0] * 10.0).floor() / 10.0,
            (bounds[1] * 10.0).floor() / 10.0,
            (bounds[2] * 10.0).ceil() / 10.0,
            (bounds[3] * 10.0).ceil() / 10.0,
        ]
    } else {
        [0.0; 4]
    }
}

/// Projects the record's outlines and lines, and finds the unit each place
/// lies in (the browser has no polygons to test points against).
pub fn compile_map(full: &FullRecord) -> CompiledMap {
    let projection = Projection::for_region(VIEW_WIDTH);
    let atlas = &full.atlas;
    let units = atlas
        .units()
        .iter()
        .map(|unit| {
            let polygons: MultiPolygon<f64> =
                full.shapes.iter().filter(|s| s.unit == unit.id).flat_map(|s| s.polygons.iter().cloned()).collect();
            let [x, y] = anchor_of(&polygons).map(|p| projection.project(p)).unwrap_or([0.0, 0.0]);
            CompiledUnit {
                unit: unit.id.clone(),
                d: polygons_path(&polygons, &projection),
                anchor: [round_tenth(x), round_tenth(y)],
                bounds: projected_bounds(&polygons, &projection),
            }
        })
        .collect();
    let places = atlas
        .places()
        .iter()
        .map(|place| CompiledPlace {
            place: place.id.clone(),
            unit: full
                .shapes
                .iter()
                .find(|shape| shape.polygons.contains(&Point::new(place.lon, place.lat)))
                .map(|shape| shape.unit.clone()),
        })
        .collect();
    let lines = full
        .lines
        .iter()
        .map(|course| CompiledLine { line: course.line.clone(), d: lines_path(&course.paths, &projection) })
        .collect();
    let rivers = full
        .rivers
        .iter()
        .map(|r| CompiledRiver {
            river: r.river.clone(),
            names: r.names.clone(),
            d: rivers_path(&r.paths, &projection),
            label: river_label(&r.paths, &projection),
        })
        .collect();
    CompiledMap {
        size: projection.size.map(round_tenth),
        rivers,
        units,
        context: full.context.iter().map(|c| polygons_path(&c.polygons, &projection)).collect(),
        lines,
        places,
    }
}

/// The map the browser would build from the bundle, built directly (for
/// the tests and the validator).
pub fn map_geometry(full: &FullRecord) -> Result<MapGeometry, DataErrors> {
    MapGeometry::from_compiled(&full.atlas, compile_map(full))
}
