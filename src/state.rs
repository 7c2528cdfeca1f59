//! The one root state of the atlas and the actions that change it.
//!
//! The reducer is pure: it knows nothing of the browser. The URL and other
//! side effects follow the state in effects (see `components::atlas_view`).

use std::ops::RangeInclusive;
use std::rc::Rc;

use atlas_core::viewport::Viewport;
use yew::Reducible;

/// Everything the reader has chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct AtlasState {
    /// The map shows the situation at the end of this year.
    pub year: i32,
    /// The years the slider offers: 1850 to the current year.
    pub years: RangeInclusive<i32>,
    /// The unit whose history is open, by position in `Atlas::units`.
    pub selected: Option<usize>,
    /// The event under the pointer or keyboard focus, by position in `Atlas::events`.
    pub hovered_event: Option<usize>,
    /// The event the reader clicked, kept highlighted until another is chosen.
    pub pinned_event: Option<usize>,
    /// The part of the map in view.
    pub viewport: Viewport,
    unit_count: usize,
}

/// What the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Move to a year (clamped to the slider's range).
    SetYear(i32),
    /// Open a unit's history, or close it with `None`.
    Select(Option<usize>),
    /// Highlight an event's units and sites while it is hovered or focused.
    HoverEvent(Option<usize>),
    /// Keep an event highlighted (or stop, if it already is).
    TogglePin(usize),
    /// Zoom by a factor around a map point.
    ZoomAt { factor: f64, at: [f64; 2] },
    /// Pan by map units.
    Pan { dx: f64, dy: f64 },
    /// Show the whole map again.
    ResetView,
    /// Adopt what a (changed) URL hash says.
    ApplyUrl { year: Option<i32>, unit: Option<usize> },
    /// Close what is open: the pinned event first, then the history panel.
    Escape,
}

impl AtlasState {
    /// The state the atlas opens in.
    pub fn new(years: RangeInclusive<i32>, default_year: i32, unit_count: usize, map_size: [f64; 2]) -> AtlasState {
        let year = default_year.clamp(*years.start(), *years.end());
        AtlasState {
            year,
            years,
            selected: None,
            hovered_event: None,
            pinned_event: None,
            viewport: Viewport::full(map_size),
            unit_count,
        }
    }

    /// The event to highlight on the map, if any.
    pub fn highlighted_event(&self) -> Option<usize> {
        self.hovered_event.or(self.pinned_event)
    }

    fn clamp_year(&self, year: i32) -> i32 {
        year.clamp(*self.years.start(), *self.years.end())
    }
}

impl Reducible for AtlasState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetYear(year) => {
                let year = self.clamp_year(year);
                if year == self.year {
                    return self;
                }
                next.year = year;
                // An event belongs to its year; moving on lets it go.
                next.hovered_event = None;
                next.pinned_event = None;
            }
            Action::Select(unit) => next.selected = unit.filter(|&u| u < self.unit_count),
            Action::HoverEvent(event) => {
                if event == self.hovered_event {
                    return self;
                }
                next.hovered_event = event;
            }
            Action::TogglePin(event) => {
                next.pinned_event = if self.pinned_event == Some(event) { None } else { Some(event) };
            }
            Action::ZoomAt { factor, at } => next.viewport = self.viewport.zoomed(factor, at),
            Action::Pan { dx, dy } => next.viewport = self.viewport.panned(dx, dy),
            Action::ResetView => next.viewport = Viewport::full(self.viewport.size),
            Action::ApplyUrl { year, unit } => {
                if let Some(year) = year {
                    next.year = self.clamp_year(year);
                }
                next.selected = unit.filter(|&u| u < self.unit_count);
            }
            Action::Escape => {
                if self.pinned_event.is_some() {
                    next.pinned_event = None;
                } else {
                    next.selected = None;
                }
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<AtlasState> {
        Rc::new(AtlasState::new(1850..=2026, 1945, 19, [1000.0, 700.0]))
    }

    #[test]
    fn years_are_clamped_to_the_slider() {
        let cases = [(1700, 1850), (1850, 1850), (1946, 1946), (2026, 2026), (99_999, 2026)];
        for (asked, got) in cases {
            assert_eq!(state().reduce(Action::SetYear(asked)).year, got, "asked {asked}");
        }
    }

    #[test]
    fn changing_year_releases_the_event() {
        let s = state().reduce(Action::TogglePin(3)).reduce(Action::HoverEvent(Some(4)));
        assert_eq!(s.highlighted_event(), Some(4));
        let s = s.reduce(Action::SetYear(1946));
        assert_eq!(s.highlighted_event(), None);
    }

    #[test]
    fn escape_closes_the_pin_then_the_panel() {
        let s = state().reduce(Action::Select(Some(2))).reduce(Action::TogglePin(7));
        let s = s.reduce(Action::Escape);
        assert_eq!((s.pinned_event, s.selected), (None, Some(2)));
        let s = s.reduce(Action::Escape);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn unknown_units_are_not_selected() {
        assert_eq!(state().reduce(Action::Select(Some(19))).selected, None);
        let s = state().reduce(Action::ApplyUrl { year: Some(1905), unit: Some(99) });
        assert_eq!((s.year, s.selected), (1905, None));
    }

    #[test]
    fn unchanged_state_keeps_its_pointer() {
        let s = state();
        assert!(Rc::ptr_eq(&s, &Rc::clone(&s).reduce(Action::SetYear(1945))));
        assert!(Rc::ptr_eq(&s, &Rc::clone(&s).reduce(Action::HoverEvent(None))));
    }
}
