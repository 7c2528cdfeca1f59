//! Time queries: who held what, when, and what happened in a year.
//!
//! The map shows the situation at the end of the selected year, so most
//! queries take a year and ask about its last day; [`Atlas::control_on`]
//! answers for any single day.

use crate::atlas::Atlas;
use crate::date::{day_number, DayNumber, HistDate};
use crate::geometry::BorderLine;
use crate::model::{Claim, ControlPeriod, Event, Names, PeriodName, Place, Polity, Site, Source, Treaty, Unit};
use crate::settings::SeenFrom;

/// The four units Japan calls its Northern Territories.
pub const NORTHERN_TERRITORIES: [&str; 4] = ["kunashir", "iturup", "shikotan", "habomai"];

/// The polity id the record uses for "status undetermined" on Japan's maps.
pub const UNDETERMINED: &str = "undetermined";

/// A unit that changed hands between two dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Position in `Atlas::units`.
    pub unit: usize,
    pub before: Option<usize>,
    pub after: Option<usize>,
}

/// The last day of a year, the day the year view shows.
pub fn end_of_year(year: i32) -> DayNumber {
    day_number(year, 12, 31)
}

fn covers(from: &HistDate, to: Option<&HistDate>, day: DayNumber) -> bool {
    from.first_day() <= day && to.is_none_or(|t| day < t.first_day())
}

impl Atlas {
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.unit_index.get(id).map(|&i| &self.units[i])
    }

    pub fn polity(&self, id: &str) -> Option<&Polity> {
        self.polity_index.get(id).map(|&i| &self.polities[i])
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.site_index.get(id).map(|&i| &self.sites[i])
    }

    pub fn treaty(&self, id: &str) -> Option<&Treaty> {
        self.treaty_index.get(id).map(|&i| &self.treaties[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).map(|&i| &self.sources[i])
    }

    /// The position of a polity in [`Atlas::polities`].
    pub fn polity_position(&self, id: &str) -> Option<usize> {
        self.polity_index.get(id).copied()
    }

    /// The control period in force on a day.
    ///
    /// ```
    /// # let atlas = atlas_core::testing::real_atlas();
    /// use atlas_core::date::day_number;
    /// let shikotan = atlas.unit("shikotan").unwrap();
    /// // Japan surrendered on 2 Sep 1945; Shikotan had been occupied the day before.
    /// let period = atlas.control_on(shikotan, day_number(1945, 9, 2)).unwrap();
    /// assert_eq!(period.holder, "soviet-union");
    /// ```
    pub fn control_on<'a>(&self, unit: &'a Unit, day: DayNumber) -> Option<&'a ControlPeriod> {
        unit.control.iter().find(|p| covers(&p.from, p.to.as_ref(), day))
    }

    /// Who held a unit at the end of a year.
    pub fn holder_at_end_of(&self, unit: &Unit, year: i32) -> Option<&Polity> {
        self.control_on(unit, end_of_year(year)).and_then(|p| self.polity(&p.holder))
    }

    /// For every unit, in [`Atlas::units`] order, the position of the polity
    /// that held it at the end of `year`.
    pub fn holders_at_end_of(&self, year: i32) -> Vec<Option<usize>> {
        self.holders_on(end_of_year(year))
    }

    /// For every unit, the position of its holder on a given day.
    pub fn holders_on(&self, day: DayNumber) -> Vec<Option<usize>> {
        self.units.iter().map(|u| self.control_on(u, day).and_then(|p| self.polity_position(&p.holder))).collect()
    }

    /// The polity a unit is coloured with on `day` when the map follows
    /// `seen_from`'s official maps.
    ///
    /// Japan's maps show the four southern Kuril units as Japanese, and,
    /// once the San Francisco treaty took effect (28 Apr 1952), southern
    /// Sakhalin and the Kurils north of Iturup as undetermined. Russia's
    /// maps follow present control in this region.
    ///
    /// ```
    /// # let atlas = atlas_core::testing::real_atlas();
    /// use atlas_core::date::day_number;
    /// use atlas_core::settings::SeenFrom;
    /// let kunashir = atlas.unit("kunashir").unwrap();
    /// let today = day_number(2026, 1, 1);
    /// assert_eq!(atlas.shown_as(kunashir, today, SeenFrom::Neutral), atlas.polity_position("russia"));
    /// assert_eq!(atlas.shown_as(kunashir, today, SeenFrom::Japan), atlas.polity_position("japan"));
    /// ```
    pub fn shown_as(&self, unit: &Unit, day: DayNumber, seen_from: SeenFrom) -> Option<usize> {
        let actual = self.control_on(unit, day).and_then(|p| self.polity_position(&p.holder));
        match seen_from {
            SeenFrom::Neutral | SeenFrom::Russia => actual,
            SeenFrom::Japan => {
                if NORTHERN_TERRITORIES.contains(&unit.id.as_str()) {
                    self.polity_position("japan")
                } else if matches!(unit.id.as_str(), "sakhalin-south" | "kurils-north")
                    && day >= day_number(1952, 4, 28)
                {
                    self.polity_position(UNDETERMINED)
                } else {
                    actual
                }
            }
        }
    }

    /// Claims on a unit standing on `day`, whatever their claimant.
    pub fn claims_on<'a>(&self, unit: &'a Unit, day: DayNumber) -> impl Iterator<Item = &'a Claim> {
        unit.claims
            .iter()
            .filter(move |c| c.from.first_day() <= day && c.to.as_ref().is_none_or(|t| day < t.first_day()))
    }

    /// The claimants (positions in `Atlas::polities`) of a unit on `day`
    /// other than `holder`, without repeats.
    pub fn other_claimants(&self, unit: &Unit, day: DayNumber, holder: Option<usize>) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .claims_on(unit, day)
            .filter_map(|c| self.polity_position(&c.claimant))
            .filter(|p| Some(*p) != holder)
            .collect();
        out.dedup();
        out
    }

    /// The units whose holder differs between two days.
    pub fn changes_between(&self, before: DayNumber, after: DayNumber) -> Vec<Change> {
        self.holders_on(before)
            .into_iter()
            .zip(self.holders_on(after))
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(unit, (before, after))| Change { unit, before, after })
            .collect()
    }

    /// The event whose date ends soonest after `day` (by the last day its
    /// date can mean, so a year-only event counts at the year's end).
    pub fn next_event_after(&self, day: DayNumber) -> Option<usize> {
        self.events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date.last_day() > day)
            .min_by_key(|(i, e)| (e.date.last_day(), *i))
            .map(|(i, _)| i)
    }

    /// The event whose date ends latest before `day`.
    pub fn previous_event_before(&self, day: DayNumber) -> Option<usize> {
        self.events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date.last_day() < day)
            .max_by_key(|(i, e)| (e.date.last_day(), *i))
            .map(|(i, _)| i)
    }

    /// The polities holding at least one unit at the end of `year`, in the
    /// order of `polities.json`: the legend for that year.
    pub fn polities_holding_in(&self, year: i32) -> Vec<&Polity> {
        let mut shown = vec![false; self.polities.len()];
        for i in self.holders_at_end_of(year).into_iter().flatten() {
            shown[i] = true;
        }
        self.polities.iter().zip(shown).filter(|(_, s)| *s).map(|(p, _)| p).collect()
    }

    /// Events that happened in `year` (or, for spans, that were under way in it), by date.
    pub fn events_in_year(&self, year: i32) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.in_year(year))
    }

    /// Sites whose fighting or incident falls in `year`.
    pub fn sites_in_year(&self, year: i32) -> impl Iterator<Item = &Site> {
        self.sites.iter().filter(move |s| s.in_year(year))
    }

    /// Lines in force at the end of `year`.
    pub fn lines_at_end_of(&self, year: i32) -> impl Iterator<Item = &BorderLine> {
        self.lines_on(end_of_year(year))
    }

    /// Lines in force on a day.
    pub fn lines_on(&self, day: DayNumber) -> impl Iterator<Item = &BorderLine> {
        self.line_positions_on(day).map(|i| &self.lines[i])
    }

    /// Positions in [`Atlas::lines`] of the lines in force on a day.
    pub fn line_positions_on(&self, day: DayNumber) -> impl Iterator<Item = usize> + '_ {
        self.lines.iter().enumerate().filter(move |(_, l)| covers(&l.from, l.to.as_ref(), day)).map(|(i, _)| i)
    }

    /// Every event linked to a unit, by date.
    pub fn events_for_unit<'a>(&'a self, unit_id: &'a str) -> impl Iterator<Item = &'a Event> {
        self.events.iter().filter(move |e| e.units.iter().any(|u| u == unit_id))
    }

    /// Every treaty that concerns a unit, by signature date.
    pub fn treaties_for_unit(&self, unit_id: &str) -> Vec<&Treaty> {
        let mut treaties: Vec<&Treaty> =
            self.treaties.iter().filter(|t| t.units.iter().any(|u| u == unit_id)).collect();
        treaties.sort_by_key(|t| t.signed.first_day());
        treaties
    }

    /// The name a unit went by at the end of `year` (Karafuto in 1939,
    /// Southern Sakhalin in 1950), or its own names if none is recorded.
    pub fn unit_name_in<'a>(&self, unit: &'a Unit, year: i32) -> &'a Names {
        self.unit_name_period(unit, year).map_or(&unit.names, |i| &unit.names_by_period[i].names)
    }

    /// Which of a unit's `names_by_period` it went by at the end of `year`
    /// (`None`: its own names). Cheap to compare, so the map redraws a
    /// label only when the name changes.
    pub fn unit_name_period(&self, unit: &Unit, year: i32) -> Option<usize> {
        period_name_on(&unit.names_by_period, end_of_year(year))
    }

    /// The name a place bore at the end of `year`, or `None` before it was
    /// founded (Vladivostok before 1860).
    pub fn place_name_in<'a>(&self, place: &'a Place, year: i32) -> Option<&'a Names> {
        self.place_name_period(place, year).map(|i| &place.names[i].names)
    }

    /// Which of a place's names it bore at the end of `year`, or `None`
    /// before it was founded.
    pub fn place_name_period(&self, place: &Place, year: i32) -> Option<usize> {
        period_name_on(&place.names, end_of_year(year))
    }
}

/// The position of the name in force on `day`: from its first day
/// (inclusive) to the first day of its end (exclusive).
fn period_name_on(names: &[PeriodName], day: DayNumber) -> Option<usize> {
    names.iter().position(|n| {
        n.from.as_ref().is_none_or(|f| f.first_day() <= day) && n.to.as_ref().is_none_or(|t| day < t.first_day())
    })
}

#[cfg(test)]
mod tests {
    use super::end_of_year;
    use crate::date::day_number;
    use crate::settings::SeenFrom;
    use crate::testing::real_atlas;

    /// Who held each unit at the end of a year, from the real record.
    #[test]
    fn holders_at_the_end_of_landmark_years() {
        let atlas = real_atlas();
        let cases = [
            ("sakhalin-south", 1850, "japan"),
            ("sakhalin-south", 1860, "joint-russia-japan"),
            ("sakhalin-south", 1880, "russian-empire"),
            ("sakhalin-south", 1905, "japan"),
            ("sakhalin-north", 1905, "russian-empire"),
            ("sakhalin-north", 1921, "japan"),
            ("sakhalin-north", 1925, "soviet-union"),
            ("sakhalin-south", 1945, "soviet-union"),
            ("sakhalin-south", 1992, "russia"),
            ("kurils-north", 1860, "russian-empire"),
            ("kurils-north", 1880, "japan"),
            ("kunashir", 1939, "japan"),
            ("kunashir", 1946, "soviet-union"),
            ("kunashir", 2026, "russia"),
            ("iturup", 1860, "japan"),
            ("habomai", 1950, "soviet-union"),
            ("hokkaido", 1946, "allied-occupation-japan"),
            ("hokkaido", 1952, "japan"),
            ("kwantung", 1900, "russian-empire"),
            ("kwantung", 1939, "japan"),
            ("kwantung", 1950, "soviet-union"),
            ("kwantung", 1960, "china-prc"),
            ("manchuria", 1931, "japan"),
            ("manchuria", 1939, "manchukuo"),
            ("manchuria", 1945, "soviet-union"),
            ("jehol", 1939, "manchukuo"),
            ("korea-north", 1939, "japan"),
            ("korea-north", 1946, "soviet-union"),
            ("korea-south", 1946, "united-states"),
            ("korea-north", 1950, "north-korea"),
            ("primorye", 1920, "japan"),
            ("lower-amur", 1921, "japan"),
            ("lower-amur", 1922, "soviet-union"),
            ("kamchatka", 1920, "white-russia"),
            ("jehol", 1947, "china-roc"),
            ("jehol", 1945, "chinese-communists"),
            ("manchuria", 1948, "chinese-communists"),
            ("manchuria", 1949, "china-prc"),
            ("primorye", 1923, "soviet-union"),
            ("transbaikal", 1921, "far-eastern-republic"),
            ("outer-mongolia", 1939, "mongolia"),
            ("kamchatka", 1939, "soviet-union"),
        ];
        for (unit, year, expected) in cases {
            let u = atlas.unit(unit).unwrap_or_else(|| panic!("no unit {unit}"));
            let holder = atlas.holder_at_end_of(u, year).map(|p| p.id.as_str());
            assert_eq!(holder, Some(expected), "{unit} at the end of {year}");
        }
    }

    #[test]
    fn day_queries_see_short_periods() {
        let atlas = real_atlas();
        // The Japanese invasion of Sakhalin in July 1905 briefly put the north under Japan.
        let north = atlas.unit("sakhalin-north").unwrap();
        assert_eq!(atlas.control_on(north, day_number(1905, 8, 15)).unwrap().holder, "japan");
        assert_eq!(atlas.control_on(north, day_number(1905, 6, 1)).unwrap().holder, "russian-empire");
        // Red partisans held Nikolayevsk between the Japanese garrison and the Japanese return.
        let lower = atlas.unit("lower-amur").unwrap();
        assert_eq!(atlas.control_on(lower, day_number(1920, 4, 1)).unwrap().holder, "soviet-russia");
        // Habomai was the last unit occupied, on 3-5 Sep 1945.
        let habomai = atlas.unit("habomai").unwrap();
        assert_eq!(atlas.control_on(habomai, day_number(1945, 9, 2)).unwrap().holder, "japan");
    }

    #[test]
    fn every_unit_has_a_holder_every_year() {
        let atlas = real_atlas();
        for year in 1850..=2026 {
            for (unit, holder) in atlas.units.iter().zip(atlas.holders_at_end_of(year)) {
                assert!(holder.is_some(), "{} has no holder at the end of {year}", unit.id);
            }
        }
    }

    #[test]
    fn legend_lists_only_polities_on_the_map() {
        let atlas = real_atlas();
        let ids: Vec<&str> = atlas.polities_holding_in(1939).iter().map(|p| p.id.as_str()).collect();
        assert!(ids.contains(&"manchukuo") && ids.contains(&"japan") && ids.contains(&"soviet-union"));
        assert!(!ids.contains(&"russian-empire") && !ids.contains(&"china-prc"));
    }

    #[test]
    fn year_lists_hold_the_year_s_events_and_sites() {
        let atlas = real_atlas();
        assert!(atlas.events_in_year(1945).count() >= 5);
        let sites: Vec<&str> = atlas.sites_in_year(1939).map(|s| s.id.as_str()).collect();
        assert!(sites.contains(&"khalkhin-gol"));
        let lines: Vec<&str> = atlas.lines_at_end_of(1939).map(|l| l.id.as_str()).collect();
        assert!(lines.contains(&"sakhalin-50n"));
        assert_eq!(atlas.lines_at_end_of(1950).filter(|l| l.id == "sakhalin-50n").count(), 0);
    }

    #[test]
    fn japan_s_maps_differ_where_japan_says_they_do() {
        let atlas = real_atlas();
        let day = day_number(2026, 6, 1);
        let shown = |unit: &str, seen| {
            atlas.shown_as(atlas.unit(unit).unwrap(), day, seen).map(|p| atlas.polities[p].id.as_str())
        };
        let cases = [
            ("kunashir", SeenFrom::Japan, "japan"),
            ("habomai", SeenFrom::Japan, "japan"),
            ("sakhalin-south", SeenFrom::Japan, "undetermined"),
            ("kurils-north", SeenFrom::Japan, "undetermined"),
            ("sakhalin-north", SeenFrom::Japan, "russia"),
            ("kunashir", SeenFrom::Russia, "russia"),
            ("kunashir", SeenFrom::Neutral, "russia"),
        ];
        for (unit, seen, expected) in cases {
            assert_eq!(shown(unit, seen), Some(expected), "{unit} {seen:?}");
        }
    }

    #[test]
    fn claims_and_changes() {
        let atlas = real_atlas();
        let kunashir = atlas.unit("kunashir").unwrap();
        let day = day_number(2000, 1, 1);
        let holder = atlas.polity_position("russia");
        let others: Vec<&str> =
            atlas.other_claimants(kunashir, day, holder).iter().map(|p| atlas.polities[*p].id.as_str()).collect();
        assert_eq!(others, ["japan"]);
        let changed: Vec<&str> = atlas
            .changes_between(end_of_year(1939), end_of_year(1946))
            .iter()
            .map(|c| atlas.units[c.unit].id.as_str())
            .collect();
        for unit in ["kunashir", "sakhalin-south", "manchuria", "korea-south", "hokkaido"] {
            assert!(changed.contains(&unit), "{unit} changed hands 1939-1946");
        }
        assert!(!changed.contains(&"sakhalin-north") && !changed.contains(&"outer-mongolia"));
    }

    #[test]
    fn event_navigation_steps_through_dates() {
        let atlas = real_atlas();
        let shimoda = atlas.events.iter().position(|e| e.id == "1855-treaty-of-shimoda").unwrap();
        let day = atlas.events[shimoda].date.last_day();
        let next = atlas.next_event_after(day).unwrap();
        assert!(atlas.events[next].date.last_day() > day);
        let back = atlas.previous_event_before(atlas.events[next].date.last_day()).unwrap();
        assert_eq!(atlas.events[back].date.last_day(), day);
        assert_eq!(atlas.previous_event_before(day_number(1850, 1, 1)), None);
    }

    #[test]
    fn unit_names_follow_the_year() {
        let atlas = real_atlas();
        let cases = [
            ("iturup", 1939, "Etorofu"),
            ("iturup", 1950, "Iturup"),
            ("sakhalin-south", 1939, "Karafuto"),
            ("manchuria", 1939, "Manchukuo"),
            ("sakhalin-north", 1939, "Northern Sakhalin"),
        ];
        for (unit, year, name) in cases {
            assert_eq!(atlas.unit_name_in(atlas.unit(unit).unwrap(), year).en, name, "{unit} {year}");
        }
    }

    #[test]
    fn place_names_follow_the_year() {
        let atlas = real_atlas();
        let place = atlas.places.iter().find(|p| p.id == "yuzhno-sakhalinsk").unwrap();
        assert_eq!(atlas.place_name_in(place, 1939).unwrap().en, "Toyohara");
        assert_eq!(atlas.place_name_in(place, 1950).unwrap().en, "Yuzhno-Sakhalinsk");
        let vladivostok = atlas.places.iter().find(|p| p.id == "vladivostok").unwrap();
        assert!(atlas.place_name_in(vladivostok, 1855).is_none(), "Vladivostok was founded in 1860");
    }
}
