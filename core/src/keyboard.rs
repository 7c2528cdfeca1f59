//! Moving through the map by keyboard: from one unit (or pin) to the
//! nearest in the direction of an arrow key, from the anchors in the map's
//! geometry. Pure, so that which unit an arrow reaches is tested natively.

/// The direction of an arrow key. The map's y axis points down, as the
/// screen's does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// The direction of a `KeyboardEvent.key`, if it is an arrow.
    ///
    /// ```
    /// use atlas_core::keyboard::Direction;
    /// assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
    /// assert_eq!(Direction::from_key("Enter"), None);
    /// ```
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }

    /// A unit vector pointing this way, in map coordinates.
    fn vector(self) -> [f64; 2] {
        match self {
            Direction::Left => [-1.0, 0.0],
            Direction::Right => [1.0, 0.0],
            Direction::Up => [0.0, -1.0],
            Direction::Down => [0.0, 1.0],
        }
    }
}

/// How much a step sideways counts against a candidate, against a step
/// ahead: twice, so that "right" prefers the unit straight to the right
/// over a nearer one far above or below.
const SIDEWAYS_WEIGHT: f64 = 2.0;

/// The point nearest to `points[from]` in `direction`: of the points
/// ahead of it (strictly, along the arrow's axis), the one with the least
/// distance ahead plus [`SIDEWAYS_WEIGHT`] times the distance sideways;
/// on a tie, the first. `None` if nothing lies that way, so the focus stays.
///
/// ```
/// use atlas_core::keyboard::{nearest_in_direction, Direction};
/// //            0: here     1: right, level   2: right, nearer but far below
/// let points = [[0.0, 0.0], [10.0, 0.0], [4.0, 9.0]];
/// assert_eq!(nearest_in_direction(&points, 0, Direction::Right), Some(1));
/// assert_eq!(nearest_in_direction(&points, 0, Direction::Down), Some(2));
/// assert_eq!(nearest_in_direction(&points, 0, Direction::Left), None);
/// ```
pub fn nearest_in_direction(points: &[[f64; 2]], from: usize, direction: Direction) -> Option<usize> {
    let [x0, y0] = *points.get(from)?;
    let [dx, dy] = direction.vector();
    points
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, [x, y])| {
            let (rx, ry) = (x - x0, y - y0);
            let ahead = rx * dx + ry * dy;
            let sideways = (rx * dy - ry * dx).abs();
            (ahead > 0.0 && ahead.is_finite() && sideways.is_finite())
                .then_some((i, ahead + SIDEWAYS_WEIGHT * sideways))
        })
        .min_by(|(i, a), (j, b)| a.total_cmp(b).then(i.cmp(j)))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plus sign of points around a centre, and one far corner.
    const CROSS: [[f64; 2]; 6] = [[50.0, 50.0], [20.0, 50.0], [80.0, 50.0], [50.0, 20.0], [50.0, 80.0], [95.0, 5.0]];

    #[test]
    fn each_arrow_reaches_the_neighbour_on_that_side() {
        let cases = [(Direction::Left, 1), (Direction::Right, 2), (Direction::Up, 3), (Direction::Down, 4)];
        for (direction, expected) in cases {
            assert_eq!(nearest_in_direction(&CROSS, 0, direction), Some(expected), "{direction:?}");
        }
    }

    #[test]
    fn arrows_are_reversible_between_neighbours() {
        let pairs = [(Direction::Left, Direction::Right), (Direction::Up, Direction::Down)];
        for (there, back) in pairs.into_iter().flat_map(|(a, b)| [(a, b), (b, a)]) {
            let reached = nearest_in_direction(&CROSS, 0, there);
            assert_eq!(reached.and_then(|t| nearest_in_direction(&CROSS, t, back)), Some(0), "{there:?} then {back:?}");
        }
    }

    #[test]
    fn the_edge_keeps_the_focus_and_bad_input_finds_nothing() {
        assert_eq!(nearest_in_direction(&CROSS, 5, Direction::Right), None);
        assert_eq!(nearest_in_direction(&CROSS, 5, Direction::Up), None);
        assert_eq!(nearest_in_direction(&CROSS, 99, Direction::Up), None);
        assert_eq!(nearest_in_direction(&[[0.0, 0.0], [f64::NAN, 1.0]], 0, Direction::Down), None);
        // A point exactly level is not "up".
        assert_eq!(nearest_in_direction(&[[0.0, 0.0], [5.0, 0.0]], 0, Direction::Up), None);
    }

    #[test]
    fn up_prefers_the_point_more_nearly_straight_above() {
        // From (80, 50): the corner (95, 5) is 45 up and 15 aside (75), the
        // top of the cross 30 up and 30 aside (90).
        assert_eq!(nearest_in_direction(&CROSS, 2, Direction::Up), Some(5));
    }
}
