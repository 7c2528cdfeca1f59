//! Drawing geometry as SVG path data: a sink that receives projected points
//! and writes the `d` attribute, rounding to a tenth of a viewBox unit and
//! dropping points that round onto their predecessor.

use std::fmt::Write;

use crate::geometry::{LonLat, MultiPolygon};
use crate::projection::Projection;

/// Builds one SVG path's `d` attribute.
///
/// ```
/// use atlas_core::path::PathSink;
/// let mut sink = PathSink::default();
/// sink.line_start();
/// sink.point([0.0, 0.0]);
/// sink.point([10.04, 0.0]);
/// sink.point([10.0, 5.0]);
/// sink.ring_end();
/// assert_eq!(sink.finish(), "M0,0L10,0L10,5Z");
/// ```
#[derive(Debug, Default)]
pub struct PathSink {
    d: String,
    first: bool,
    last: Option<(i64, i64)>,
}

impl PathSink {
    /// Starts a new subpath.
    pub fn line_start(&mut self) {
        self.first = true;
        self.last = None;
    }

    /// Adds a point in viewBox units.
    pub fn point(&mut self, [x, y]: [f64; 2]) {
        let q = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
        if self.last == Some(q) {
            return;
        }
        self.last = Some(q);
        let cmd = if self.first { 'M' } else { 'L' };
        self.first = false;
        let _ = write!(self.d, "{cmd}{},{}", Tenths(q.0), Tenths(q.1));
    }

    /// Closes the current subpath.
    pub fn ring_end(&mut self) {
        self.d.push('Z');
    }

    /// The path data written so far.
    pub fn finish(self) -> String {
        self.d
    }
}

/// A number of tenths written as a short decimal (`105` as `10.5`, `100` as `10`).
struct Tenths(i64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (whole, frac) = (self.0.abs() / 10, self.0.abs() % 10);
        if frac == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{frac}")
        }
    }
}

/// The path data of a multipolygon in a projection.
pub fn polygons_path(polygons: &MultiPolygon, projection: &Projection) -> String {
    let mut sink = PathSink::default();
    for ring in polygons.iter().flatten() {
        sink.line_start();
        // The closing point repeats the first; `Z` draws that edge.
        for p in &ring[..ring.len().saturating_sub(1)] {
            sink.point(projection.project(*p));
        }
        sink.ring_end();
    }
    sink.finish()
}

/// The path data of open lines in a projection.
pub fn lines_path(lines: &[Vec<LonLat>], projection: &Projection) -> String {
    let mut sink = PathSink::default();
    for line in lines {
        sink.line_start();
        for p in line {
            sink.point(projection.project(*p));
        }
    }
    sink.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_negative_and_fractional_tenths() {
        let mut sink = PathSink::default();
        sink.line_start();
        sink.point([-0.5, 12.34]);
        sink.point([-0.5, 12.36]);
        assert_eq!(sink.finish(), "M-0.5,12.3L-0.5,12.4");
    }

    #[test]
    fn drops_points_that_round_together() {
        let mut sink = PathSink::default();
        sink.line_start();
        sink.point([1.0, 1.0]);
        sink.point([1.01, 1.02]);
        sink.point([2.0, 1.0]);
        assert_eq!(sink.finish(), "M1,1L2,1");
    }
}
