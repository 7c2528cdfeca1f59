//! The one root state of the atlas and the actions that change it.
//!
//! The reducer is pure: it knows nothing of the browser. The URL, the
//! document language and the play timer follow the state in effects (see
//! `components::atlas_view`).

use std::ops::RangeInclusive;
use std::rc::Rc;

use atlas_core::date::DayNumber;
use atlas_core::map::Bounds;
use atlas_core::query::end_of_year;
use atlas_core::settings::{Lang, SeenFrom, View};
use atlas_core::viewport::Viewport;
use yew::Reducible;

/// How many years "Play" advances per second, by speed setting.
pub const SPEEDS: [u32; 3] = [1, 2, 5];

/// Something on the map that takes the keyboard focus: a unit's shape or a
/// site's pin, by position in `Atlas::units` or `Atlas::sites`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapItem {
    Unit(usize),
    Site(usize),
}

/// Everything the reader has chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct AtlasState {
    /// The map shows the situation at the end of this year…
    pub year: i32,
    /// …or on this precise day of it (after "Next event", say).
    pub day: Option<DayNumber>,
    /// The years the slider offers: 1850 to the current year.
    pub years: RangeInclusive<i32>,
    /// The unit whose history is open, by position in `Atlas::units`.
    pub selected: Option<usize>,
    /// The event under the pointer or keyboard focus, by position in `Atlas::events`.
    pub hovered_event: Option<usize>,
    /// The event the reader chose, kept highlighted until another is chosen.
    pub pinned_event: Option<usize>,
    /// The part of the map in view.
    pub viewport: Viewport,
    /// The view the map opens in and "Reset view" returns to: the map
    /// fitted to its frame ([`Viewport::fitting_frame`]), the whole map
    /// until the frame is measured.
    pub home: Viewport,
    /// The map item holding the keyboard focus, if any: its name shows
    /// over the map, and it is the map's one Tab stop.
    pub map_focus: Option<MapItem>,
    /// Whether "Play" is advancing the years.
    pub playing: bool,
    /// Index into [`SPEEDS`].
    pub speed: usize,
    pub view: View,
    pub seen_from: SeenFrom,
    pub lang: Lang,
    /// A second year to compare with.
    pub compare: Option<i32>,
    unit_count: usize,
}

/// What the URL asks for, with ids already resolved to positions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlRequest {
    pub year: Option<i32>,
    pub day: Option<DayNumber>,
    pub unit: Option<usize>,
    pub view: Option<View>,
    pub seen_from: Option<SeenFrom>,
    pub lang: Option<Lang>,
    pub compare: Option<i32>,
}

/// What the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Move to a year (clamped to the slider's range), at its end.
    SetYear(i32),
    /// Move by a number of years.
    StepYear(i32),
    /// Show the map on the day of an event and keep the event highlighted.
    GoToEvent {
        year: i32,
        day: DayNumber,
        event: usize,
    },
    /// Start or stop playing.
    TogglePlay,
    /// One tick of the play timer: the next year, or stop at the last.
    Tick,
    SetSpeed(usize),
    SetView(View),
    SetSeenFrom(SeenFrom),
    SetLang(Lang),
    SetCompare(Option<i32>),
    /// Start comparing with ten years earlier, or stop comparing.
    ToggleCompare,
    /// Open a unit's history, or close it with `None`.
    Select(Option<usize>),
    /// Highlight an event's units and sites while it is hovered or focused.
    HoverEvent(Option<usize>),
    /// Keep an event highlighted (or stop, if it already is).
    TogglePin(usize),
    /// A search result was chosen: go to its year (or into the years its
    /// name was in use), select its unit, pin its event, and bring it into view.
    Choose {
        year: Option<i32>,
        in_use: Option<(i32, i32)>,
        unit: Option<usize>,
        event: Option<usize>,
        bounds: Option<Bounds>,
    },
    /// Zoom by a factor around a map point.
    ZoomAt {
        factor: f64,
        at: [f64; 2],
    },
    /// Pan by map units.
    Pan {
        dx: f64,
        dy: f64,
    },
    /// Go back to the home view.
    ResetView,
    /// The map's frame was measured (`frame` in pixels, after the first
    /// frame and on every resize): fit the home view to it around `focus`
    /// (a map point), and go there if the reader had not moved away.
    FitFrame {
        frame: [f64; 2],
        focus: [f64; 2],
    },
    /// The keyboard focus arrived on a map item, or left the map.
    FocusMapItem(Option<MapItem>),
    /// Adopt what a (changed) URL hash says.
    ApplyUrl(UrlRequest),
    /// Close what is open: playing first, then the pinned event, then the history panel.
    Escape,
}

impl Action {
    /// Going to an event: the map as it stood right after it (the last day
    /// its date can mean), if its year is in `years`.
    pub fn go_to_event(atlas: &atlas_core::Atlas, event: usize, years: &RangeInclusive<i32>) -> Option<Action> {
        let e = atlas.events().get(event)?;
        years.contains(&e.date.year).then(|| Action::GoToEvent { year: e.date.year, day: e.date.last_day(), event })
    }
}

impl AtlasState {
    /// The state the atlas opens in.
    pub fn new(years: RangeInclusive<i32>, default_year: i32, unit_count: usize, map_size: [f64; 2]) -> AtlasState {
        let year = default_year.clamp(*years.start(), *years.end());
        AtlasState {
            year,
            day: None,
            years,
            selected: None,
            hovered_event: None,
            pinned_event: None,
            viewport: Viewport::full(map_size),
            home: Viewport::full(map_size),
            map_focus: None,
            playing: false,
            speed: 0,
            view: View::default(),
            seen_from: SeenFrom::default(),
            lang: Lang::default(),
            compare: None,
            unit_count,
        }
    }

    /// The day the map shows.
    pub fn shown_day(&self) -> DayNumber {
        self.day.unwrap_or_else(|| end_of_year(self.year))
    }

    /// The event the reader is on: the one "Next" or "Previous event" (or a
    /// site marker) moved the map to. Derived rather than stored: it is the
    /// pinned event while the map shows a precise day, since only going to
    /// an event sets both, and moving the year lets both go.
    pub fn current_event(&self) -> Option<usize> {
        self.day.and(self.pinned_event)
    }

    /// The map's one Tab stop (a roving tabindex): the focused item, else
    /// the selected unit, else the first unit, so that Tab enters the map
    /// once and arrows move within it.
    pub fn map_tab_stop(&self) -> MapItem {
        self.map_focus.or(self.selected.map(MapItem::Unit)).unwrap_or(MapItem::Unit(0))
    }

    /// The event to highlight on the map, if any.
    pub fn highlighted_event(&self) -> Option<usize> {
        self.hovered_event.or(self.pinned_event)
    }

    fn clamp_year(&self, year: i32) -> i32 {
        year.clamp(*self.years.start(), *self.years.end())
    }

    fn move_to_year(&mut self, year: i32) {
        let year = self.clamp_year(year);
        if year != self.year || self.day.is_some() {
            self.year = year;
            self.day = None;
            // An event belongs to its moment; moving on lets it go.
            self.hovered_event = None;
            self.pinned_event = None;
        }
    }
}

impl Reducible for AtlasState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetYear(year) => next.move_to_year(year),
            Action::StepYear(delta) => next.move_to_year(self.year.saturating_add(delta)),
            Action::GoToEvent { year, day, event } => {
                next.move_to_year(year);
                if next.year == year {
                    next.day = Some(day);
                    next.pinned_event = Some(event);
                }
                next.playing = false;
            }
            Action::TogglePlay => {
                next.playing = !self.playing;
                // Playing from the last year starts again from the first.
                if next.playing && self.year >= *self.years.end() {
                    next.move_to_year(*self.years.start());
                }
            }
            Action::Tick => {
                if !self.playing {
                    return self;
                }
                if self.year >= *self.years.end() {
                    next.playing = false;
                } else {
                    next.move_to_year(self.year + 1);
                }
            }
            Action::SetSpeed(speed) => next.speed = speed.min(SPEEDS.len() - 1),
            Action::SetView(view) => next.view = view,
            Action::SetSeenFrom(seen) => next.seen_from = seen,
            Action::SetLang(lang) => next.lang = lang,
            Action::SetCompare(compare) => next.compare = compare.map(|y| self.clamp_year(y)),
            Action::ToggleCompare => {
                next.compare = match self.compare {
                    Some(_) => None,
                    None if self.year > *self.years.start() => Some(self.clamp_year(self.year - 10)),
                    None => Some(self.clamp_year(self.year + 10)),
                };
            }
            Action::Select(unit) => next.selected = unit.filter(|&u| u < self.unit_count),
            Action::HoverEvent(event) => next.hovered_event = event,
            Action::TogglePin(event) => {
                next.pinned_event = if self.pinned_event == Some(event) { None } else { Some(event) };
            }
            Action::Choose { year, in_use, unit, event, bounds } => {
                if let Some(year) = year {
                    next.move_to_year(year);
                } else if let Some((first, last)) = in_use.filter(|(first, last)| first <= last) {
                    if !(first..=last).contains(&self.year) {
                        next.move_to_year(self.year.clamp(first, last));
                    }
                }
                if let Some(bounds) = bounds {
                    next.viewport = Viewport::fitting_shaped(self.viewport.size, bounds, self.home.aspect());
                }
                if unit.is_some() {
                    next.selected = unit.filter(|&u| u < self.unit_count);
                }
                next.pinned_event = event;
                next.playing = false;
            }
            Action::ZoomAt { factor, at } => next.viewport = self.viewport.zoomed(factor, at),
            Action::Pan { dx, dy } => next.viewport = self.viewport.panned(dx, dy),
            Action::ResetView => next.viewport = self.home,
            Action::FitFrame { frame, focus } => {
                let home = Viewport::fitting_frame(self.viewport.size, frame, focus);
                if self.viewport == self.home {
                    next.viewport = home;
                }
                next.home = home;
            }
            Action::FocusMapItem(item) => {
                next.map_focus = item.filter(|item| !matches!(item, MapItem::Unit(u) if *u >= self.unit_count));
            }
            Action::ApplyUrl(request) => {
                if let Some(year) = request.year {
                    next.move_to_year(year);
                }
                // A day is kept only if it falls in the year shown.
                next.day = request.day.filter(|d| end_of_year(next.year - 1) < *d && *d <= end_of_year(next.year));
                next.selected = request.unit.filter(|&u| u < self.unit_count);
                next.view = request.view.unwrap_or_default();
                next.seen_from = request.seen_from.unwrap_or_default();
                next.lang = request.lang.unwrap_or_default();
                next.compare = request.compare.map(|y| self.clamp_year(y));
            }
            Action::Escape => {
                if self.playing {
                    next.playing = false;
                } else if self.pinned_event.is_some() {
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
    use atlas_core::date::day_number;

    fn state() -> Rc<AtlasState> {
        Rc::new(AtlasState::new(1850..=2026, 1945, 20, [1000.0, 700.0]))
    }

    #[test]
    fn years_are_clamped_to_the_slider() {
        let cases = [(1700, 1850), (1850, 1850), (1946, 1946), (2026, 2026), (99_999, 2026)];
        for (asked, got) in cases {
            assert_eq!(state().reduce(Action::SetYear(asked)).year, got, "asked {asked}");
        }
        assert_eq!(state().reduce(Action::StepYear(-1)).year, 1944);
        assert_eq!(state().reduce(Action::StepYear(i32::MAX)).year, 2026);
    }

    #[test]
    fn changing_year_releases_the_event_and_the_day() {
        let day = day_number(1945, 9, 2);
        let s = state().reduce(Action::GoToEvent { year: 1945, day, event: 3 }).reduce(Action::HoverEvent(Some(4)));
        assert_eq!((s.highlighted_event(), s.shown_day()), (Some(4), day));
        let s = s.reduce(Action::SetYear(1946));
        assert_eq!((s.highlighted_event(), s.day), (None, None));
    }

    #[test]
    fn play_advances_one_year_per_tick_and_stops_at_the_end() {
        let s = state().reduce(Action::SetYear(2025)).reduce(Action::TogglePlay);
        assert!(s.playing);
        let s = s.reduce(Action::Tick);
        assert_eq!((s.year, s.playing), (2026, true));
        let s = s.reduce(Action::Tick);
        assert_eq!((s.year, s.playing), (2026, false));
        // Play from the end starts over.
        let s = s.reduce(Action::TogglePlay);
        assert_eq!((s.year, s.playing), (1850, true));
        // A tick when paused changes nothing.
        let paused = state();
        assert!(Rc::ptr_eq(&paused, &Rc::clone(&paused).reduce(Action::Tick)));
    }

    #[test]
    fn escape_stops_play_then_the_pin_then_the_panel() {
        let s = state().reduce(Action::Select(Some(2))).reduce(Action::TogglePin(7)).reduce(Action::TogglePlay);
        let s = s.reduce(Action::Escape);
        assert_eq!((s.playing, s.pinned_event, s.selected), (false, Some(7), Some(2)));
        let s = s.reduce(Action::Escape);
        assert_eq!((s.pinned_event, s.selected), (None, Some(2)));
        let s = s.reduce(Action::Escape);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn the_url_sets_every_key_and_unknown_units_are_dropped() {
        let request = UrlRequest {
            year: Some(1956),
            day: Some(day_number(1956, 10, 19)),
            unit: Some(99),
            view: Some(View::Claims),
            seen_from: Some(SeenFrom::Japan),
            lang: Some(Lang::Ru),
            compare: Some(1700),
        };
        let s = state().reduce(Action::ApplyUrl(request));
        assert_eq!((s.year, s.day, s.selected), (1956, Some(day_number(1956, 10, 19)), None));
        assert_eq!((s.view, s.seen_from, s.lang, s.compare), (View::Claims, SeenFrom::Japan, Lang::Ru, Some(1850)));
        // A day outside the year is ignored.
        let s = state().reduce(Action::ApplyUrl(UrlRequest {
            year: Some(1950),
            day: Some(day_number(1945, 9, 2)),
            ..UrlRequest::default()
        }));
        assert_eq!(s.day, None);
    }

    #[test]
    fn the_current_event_is_the_one_gone_to_until_the_year_moves() {
        let day = day_number(1945, 9, 1);
        let s = state().reduce(Action::GoToEvent { year: 1945, day, event: 3 });
        assert_eq!(s.current_event(), Some(3));
        // Hovering another event highlights it but does not move the reader.
        let s = s.reduce(Action::HoverEvent(Some(4)));
        assert_eq!((s.current_event(), s.highlighted_event()), (Some(3), Some(4)));
        // A pin chosen in the list at the end of a year is not a moment gone to.
        assert_eq!(state().reduce(Action::TogglePin(5)).current_event(), None);
        assert_eq!(s.reduce(Action::StepYear(1)).current_event(), None);
    }

    #[test]
    fn choosing_a_hit_brings_it_into_view_and_keeps_its_name_in_use() {
        let kwantung = [300.0, 500.0, 320.0, 516.0];
        let choose = |in_use| Action::Choose { year: None, in_use, unit: Some(2), event: None, bounds: Some(kwantung) };
        // "Port Arthur" was the name until 1954: from 2000 the atlas goes back to 1954…
        let s = state().reduce(Action::SetYear(2000)).reduce(choose(Some((i32::MIN, 1954))));
        assert_eq!((s.year, s.selected), (1954, Some(2)));
        assert_eq!(s.viewport, Viewport::fitting([1000.0, 700.0], kwantung));
        assert!(s.viewport.zoom() > 4.0);
        // …and in 1945, when the name was in use, it keeps the year.
        assert_eq!(state().reduce(choose(Some((i32::MIN, 1954)))).year, 1945);
        assert_eq!(state().reduce(choose(Some((1960, 2026)))).year, 1960);
    }

    #[test]
    fn the_home_view_fits_the_frame_and_reset_returns_there() {
        let phone = Action::FitFrame { frame: [388.0, 438.0], focus: [520.0, 380.0] };
        let s = state().reduce(phone.clone());
        let home = Viewport::fitting_frame([1000.0, 700.0], [388.0, 438.0], [520.0, 380.0]);
        assert_eq!((s.viewport, s.home), (home, home));
        // Zoomed in, a new measure (the phone turned) moves home but not the view…
        let zoomed = s.reduce(Action::ZoomAt { factor: 2.0, at: [500.0, 300.0] });
        let turned = Rc::clone(&zoomed).reduce(Action::FitFrame { frame: [844.0, 300.0], focus: [520.0, 380.0] });
        assert_eq!(turned.viewport, zoomed.viewport);
        assert!(turned.home.aspect() < 1.0);
        // …and Reset view goes to the home of the frame as it is now.
        assert_eq!(turned.reduce(Action::ResetView).viewport.aspect(), 300.0 / 844.0);
        // A search on the phone keeps the frame's shape.
        let kwantung = Some([300.0, 500.0, 320.0, 516.0]);
        let found = state().reduce(phone).reduce(Action::Choose {
            year: None,
            in_use: None,
            unit: None,
            event: None,
            bounds: kwantung,
        });
        assert!((found.viewport.aspect() - home.aspect()).abs() < 1e-9);
    }

    #[test]
    fn the_map_has_one_tab_stop_that_follows_the_focus() {
        let s = state();
        assert_eq!(s.map_tab_stop(), MapItem::Unit(0));
        let s = s.reduce(Action::Select(Some(4)));
        assert_eq!(s.map_tab_stop(), MapItem::Unit(4));
        let s = s.reduce(Action::FocusMapItem(Some(MapItem::Site(2))));
        assert_eq!(s.map_tab_stop(), MapItem::Site(2));
        // Leaving the map goes back to the selection; an unknown unit is ignored.
        let s = s.reduce(Action::FocusMapItem(None));
        assert_eq!(s.map_tab_stop(), MapItem::Unit(4));
        assert_eq!(s.reduce(Action::FocusMapItem(Some(MapItem::Unit(99)))).map_focus, None);
    }

    #[test]
    fn unchanged_state_keeps_its_pointer() {
        let s = state();
        assert!(Rc::ptr_eq(&s, &Rc::clone(&s).reduce(Action::SetYear(1945))));
        assert!(Rc::ptr_eq(&s, &Rc::clone(&s).reduce(Action::HoverEvent(None))));
    }
}
