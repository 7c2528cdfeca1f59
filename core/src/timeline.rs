//! A unit's control as a timeline a reader can step through: one span per
//! holder in turn (consecutive periods of one holder merged, so that a
//! change of basis is not a change on the bar), each placed along the
//! slider's years and given the year its button moves the slider to.
//!
//! ```
//! use atlas_core::timeline::control_spans;
//! let atlas = atlas_build::testing::real_atlas();
//! let kunashir = atlas.unit("kunashir").unwrap();
//! let spans = control_spans(kunashir, 2026);
//! let holders: Vec<&str> = spans.iter().map(|s| s.holder.as_str()).collect();
//! assert_eq!(holders.last(), Some(&"russia"));
//! ```

use crate::date::{day_number, DayNumber, HistDate};
use crate::model::Unit;
use crate::query::end_of_year;
use crate::FIRST_YEAR;

/// One holder's time on a unit, as the timeline draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlSpan {
    /// The holder's polity id.
    pub holder: String,
    pub from: HistDate,
    /// `None` while it lasts.
    pub to: Option<HistDate>,
    /// Where the span starts along the bar, in percent of its width.
    pub start_percent: f64,
    /// How much of the bar it takes, in percent (never less than a sliver,
    /// so that a short span is still there to be seen and pressed).
    pub width_percent: f64,
    /// The year its button shows: the first whose end falls inside the
    /// span, as the map shows the end of a year; the year it began if it
    /// began and ended within one year.
    pub year: i32,
    /// Whether the span holds the end of `year_shown`.
    pub current: bool,
}

/// The narrowest a span is drawn, in percent of the bar.
pub const MIN_WIDTH_PERCENT: f64 = 0.6;

/// The unit's control from 1850 to the end of `last_year`, holder by holder,
/// with `current` marking the span that holds the end of `year_shown`.
pub fn control_spans_at(unit: &Unit, last_year: i32, year_shown: i32) -> Vec<ControlSpan> {
    let start: DayNumber = day_number(FIRST_YEAR, 1, 1);
    let end: DayNumber = end_of_year(last_year.max(FIRST_YEAR)) + 1;
    let width = (end - start).max(1) as f64;
    let mut spans: Vec<ControlSpan> = Vec::new();
    for period in &unit.control {
        match spans.last_mut() {
            Some(last) if last.holder == period.holder => last.to = period.to,
            _ => spans.push(ControlSpan {
                holder: period.holder.clone(),
                from: period.from,
                to: period.to,
                start_percent: 0.0,
                width_percent: 0.0,
                year: period.from.year,
                current: false,
            }),
        }
    }
    let shown = end_of_year(year_shown);
    for span in &mut spans {
        let first = span.from.first_day().max(start);
        let last = span.to.as_ref().map_or(end, |t| t.first_day().min(end));
        span.start_percent = (first - start) as f64 / width * 100.0;
        span.width_percent = ((last - first) as f64 / width * 100.0).max(MIN_WIDTH_PERCENT);
        // The span holds the end of a year when that day is on or after its
        // start and before the next holder's first day.
        let holds =
            |day: DayNumber| day >= span.from.first_day() && span.to.as_ref().is_none_or(|t| day < t.first_day());
        span.year = if holds(end_of_year(span.from.year)) { span.from.year } else { span.from.year + 1 };
        if !holds(end_of_year(span.year)) {
            span.year = span.from.year;
        }
        span.current = holds(shown);
    }
    spans
}

/// Where the end of `year` falls along the bar, in percent: the mark of
/// the year the map shows.
///
/// ```
/// use atlas_core::timeline::year_percent;
/// assert!(year_percent(1850, 2026) < 0.6);
/// assert!(year_percent(2026, 2026) > 99.9);
/// assert!((year_percent(1937, 2026) - 50.0).abs() < 0.5);
/// ```
pub fn year_percent(year: i32, last_year: i32) -> f64 {
    let start = day_number(FIRST_YEAR, 1, 1);
    let end = end_of_year(last_year.max(FIRST_YEAR)) + 1;
    let day = (end_of_year(year) + 1).clamp(start, end);
    (day - start) as f64 / (end - start).max(1) as f64 * 100.0
}

/// [`control_spans_at`] with no year marked current.
pub fn control_spans(unit: &Unit, last_year: i32) -> Vec<ControlSpan> {
    control_spans_at(unit, last_year, FIRST_YEAR - 1)
}
