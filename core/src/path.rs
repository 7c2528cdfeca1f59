//! Drawing geometry as SVG path data: a sink that receives projected points
//! and writes the `d` attribute.
//!
//! Path data is written in whole tenths of a viewBox unit, relative to the
//! previous point, and drawn under [`PATH_TRANSFORM`]. A tenth of a unit is
//! under a fifth of a pixel at full view, finer than the simplification of
//! the outlines; relative integers are less than half the size of absolute
//! decimals, before and after compression. Coordinates are rounded before
//! they are differenced, so neighbouring units that share a border share
//! every rounded point of it: no slivers open between them.

use std::fmt::Write;

/// How many path units make one viewBox unit.
pub const PATH_UNITS_PER_VIEW_UNIT: f64 = 10.0;

/// The transform under which path data from [`PathSink`] is drawn.
pub const PATH_TRANSFORM: &str = "scale(0.1)";

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
/// // In tenths, relative to the point before: right 100, then down 50.
/// assert_eq!(sink.finish(), "M0 0l100 0 0 50z");
/// ```
#[derive(Debug, Default)]
pub struct PathSink {
    d: String,
    /// Whether the next point starts a subpath.
    first: bool,
    /// Points written to the current subpath so far.
    count: usize,
    /// The current point, in tenths.
    at: Option<(i64, i64)>,
    /// Where the current subpath started: a closed ring returns there.
    start: (i64, i64),
}

impl PathSink {
    /// Starts a new subpath.
    pub fn line_start(&mut self) {
        self.first = true;
        self.count = 0;
    }

    /// Adds a point in viewBox units.
    pub fn point(&mut self, [x, y]: [f64; 2]) {
        let q = ((x * PATH_UNITS_PER_VIEW_UNIT).round() as i64, (y * PATH_UNITS_PER_VIEW_UNIT).round() as i64);
        if self.count > 0 && self.at == Some(q) {
            return;
        }
        match (self.first, self.at) {
            (true, None) => {
                self.d.push('M');
                self.number(q.0);
                self.number(q.1);
            }
            (true, Some(at)) => {
                self.d.push('m');
                self.number(q.0 - at.0);
                self.number(q.1 - at.1);
            }
            (false, at) => {
                let at = at.unwrap_or(q);
                if self.count == 1 {
                    self.d.push('l');
                }
                self.number(q.0 - at.0);
                self.number(q.1 - at.1);
            }
        }
        if self.first {
            self.start = q;
        }
        self.first = false;
        self.count += 1;
        self.at = Some(q);
    }

    /// Closes the current subpath; the current point returns to its start.
    pub fn ring_end(&mut self) {
        self.d.push('z');
        self.at = Some(self.start);
    }

    /// The path data written so far.
    pub fn finish(self) -> String {
        self.d
    }

    /// Writes a number, with a space before it only where it would
    /// otherwise run into the previous one (a minus sign separates too).
    fn number(&mut self, n: i64) {
        if n >= 0 && self.d.ends_with(|c: char| c.is_ascii_digit()) {
            self.d.push(' ');
        }
        let _ = write!(self.d, "{n}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Subpaths to draw: their points, and whether each is a closed ring.
    type Subpaths<'a> = &'a [(&'a [[f64; 2]], bool)];

    fn path(subpaths: Subpaths) -> String {
        let mut sink = PathSink::default();
        for (points, closed) in subpaths {
            sink.line_start();
            for p in *points {
                sink.point(*p);
            }
            if *closed {
                sink.ring_end();
            }
        }
        sink.finish()
    }

    #[test]
    fn writes_tenths_relative_to_the_point_before() {
        let cases: &[(&str, Subpaths, &str)] = &[
            ("negative start, tenth step", &[(&[[-0.5, 12.34], [-0.5, 12.36]], false)], "M-5 123l0 1"),
            ("minus signs separate", &[(&[[1.0, 1.0], [0.0, 0.0], [0.5, 2.0]], false)], "M10 10l-10-10 5 20"),
            (
                "points that round together are dropped",
                &[(&[[1.0, 1.0], [1.01, 1.02], [2.0, 1.0]], false)],
                "M10 10l10 0",
            ),
            (
                "a second ring starts from where the first closed",
                &[(&[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]], true), (&[[5.0, 5.0], [6.0, 5.0], [6.0, 6.0]], true)],
                "M0 0l10 0 0 10zm50 50l10 0 0 10z",
            ),
            (
                "an open line continues from its last point",
                &[(&[[0.0, 0.0], [1.0, 0.0]], false), (&[[3.0, 0.0], [4.0, 0.0]], false)],
                "M0 0l10 0m20 0l10 0",
            ),
        ];
        for (name, subpaths, expected) in cases {
            assert_eq!(path(subpaths), *expected, "{name}");
        }
    }

    /// Shared borders must round to the same points in both units, or
    /// slivers of sea open between them.
    #[test]
    fn neighbours_sharing_a_border_share_its_rounded_points() {
        let absolute = |d: &str| -> Vec<(i64, i64)> {
            let mut at = (0, 0);
            let numbers: Vec<i64> = d
                .replace(['M', 'l', 'z'], " ")
                .replace('-', " -")
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            numbers
                .chunks(2)
                .map(|c| {
                    at = (at.0 + c[0], at.1 + c[1]);
                    at
                })
                .collect()
        };
        let border = [[3.12345, 2.71234], [4.05, 2.95]];
        let a = path(&[(&[[0.0, 0.0], border[0], border[1]], true)]);
        let b = path(&[(&[[9.99, 9.99], border[1], border[0]], true)]);
        let (a, b) = (absolute(&a), absolute(&b));
        assert!(a.contains(&(31, 27)) && b.contains(&(31, 27)) && a.contains(&(41, 30)) && b.contains(&(41, 30)));
    }
}
