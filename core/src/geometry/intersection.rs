//! Whether a ring crosses itself.
//!
//! Segments are bucketed in a grid so that only near ones are compared,
//! which keeps the check fast on rings of thousands of points.

use std::collections::HashMap;

use super::LonLat;

fn orientation(a: LonLat, b: LonLat, c: LonLat) -> f64 {
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
}

fn on_segment(a: LonLat, b: LonLat, p: LonLat) -> bool {
    p[0] >= a[0].min(b[0]) && p[0] <= a[0].max(b[0]) && p[1] >= a[1].min(b[1]) && p[1] <= a[1].max(b[1])
}

/// Whether segments `a1–a2` and `b1–b2` share any point.
pub fn segments_intersect(a1: LonLat, a2: LonLat, b1: LonLat, b2: LonLat) -> bool {
    let d1 = orientation(b1, b2, a1);
    let d2 = orientation(b1, b2, a2);
    let d3 = orientation(a1, a2, b1);
    let d4 = orientation(a1, a2, b2);
    if ((d1 > 0.0 && d2 < 0.0) || (d1 < 0.0 && d2 > 0.0)) && ((d3 > 0.0 && d4 < 0.0) || (d3 < 0.0 && d4 > 0.0)) {
        return true;
    }
    (d1 == 0.0 && on_segment(b1, b2, a1))
        || (d2 == 0.0 && on_segment(b1, b2, a2))
        || (d3 == 0.0 && on_segment(a1, a2, b1))
        || (d4 == 0.0 && on_segment(a1, a2, b2))
}

/// The start of the first segment that meets a non-adjacent segment of the
/// same closed ring, if any. See [`crossing_segments`].
///
/// ```
/// use atlas_core::geometry::intersection::first_self_intersection;
/// let square = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]];
/// assert_eq!(first_self_intersection(&square), None);
/// let bow_tie = [[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]];
/// assert!(first_self_intersection(&bow_tie).is_some());
/// ```
pub fn first_self_intersection(ring: &[LonLat]) -> Option<LonLat> {
    crossing_segments(ring).map(|(i, _)| ring[i])
}

/// The first pair of non-adjacent segments `(i, j)`, `i < j`, of a closed
/// ring that meet, where segment `i` runs from `ring[i]` to `ring[i + 1]`.
pub fn crossing_segments(ring: &[LonLat]) -> Option<(usize, usize)> {
    let n = ring.len().saturating_sub(1);
    if n < 4 {
        return None;
    }
    let (mut min, mut max) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for p in ring {
        min = [min[0].min(p[0]), min[1].min(p[1])];
        max = [max[0].max(p[0]), max[1].max(p[1])];
    }
    let side = ((max[0] - min[0]).max(max[1] - min[1]) / (n as f64).sqrt()).max(1e-9);
    let cell = |v: f64, lo: f64| ((v - lo) / side).floor() as i64;
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for i in 0..n {
        let (a, b) = (ring[i], ring[i + 1]);
        for cx in cell(a[0].min(b[0]), min[0])..=cell(a[0].max(b[0]), min[0]) {
            for cy in cell(a[1].min(b[1]), min[1])..=cell(a[1].max(b[1]), min[1]) {
                grid.entry((cx, cy)).or_default().push(i);
            }
        }
    }
    let adjacent = |i: usize, j: usize| j == i + 1 || (i == 0 && j == n - 1);
    let mut cells: Vec<&Vec<usize>> = grid.values().collect();
    // Check cells in a fixed order so that the answer does not depend on hashing.
    cells.sort_unstable();
    let mut found: Option<(usize, usize)> = None;
    for segments in cells {
        for (k, &i) in segments.iter().enumerate() {
            for &j in &segments[k + 1..] {
                let (i, j) = (i.min(j), i.max(j));
                if i != j && !adjacent(i, j) && segments_intersect(ring[i], ring[i + 1], ring[j], ring[j + 1]) {
                    found = Some(found.map_or((i, j), |f| f.min((i, j))));
                }
            }
        }
    }
    found
}
