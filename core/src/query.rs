//! Time queries: who held what, when, and what happened in a year.
//!
//! The map shows the situation at the end of the selected year, so most
//! queries take a year and ask about its last day; [`Atlas::control_on`]
//! answers for any single day.

use crate::atlas::Atlas;
use crate::date::{day_number, DayNumber, HistDate};
use crate::model::{Claim, ControlPeriod, Event, Government, Names, PeriodName, Place, Polity, Treaty, Unit};
use crate::settings::SeenFrom;

/// The last day of a year, the day the year view shows.
pub fn end_of_year(year: i32) -> DayNumber {
    day_number(year, 12, 31)
}

fn covers(from: &HistDate, to: Option<&HistDate>, day: DayNumber) -> bool {
    from.first_day() <= day && to.is_none_or(|t| day < t.first_day())
}

impl Atlas {
    /// The control period in force on a day.
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
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

    /// For every unit, in [`Atlas::units`] order, the position of its
    /// holder on a given day.
    pub fn holders_on(&self, day: DayNumber) -> Vec<Option<usize>> {
        self.units().iter().map(|u| self.control_on(u, day).and_then(|p| self.polity_position(&p.holder))).collect()
    }

    /// The polity a unit is coloured with on `day` when the map follows
    /// `seen_from`'s official maps: the unit's latest `official_maps` entry
    /// for that government in force on `day`, or else its holder.
    ///
    /// Per the record, Japan's maps show the four southern Kuril units as
    /// Japanese, and, once the San Francisco treaty took effect (28 Apr
    /// 1952), southern Sakhalin and the Kurils north of Iturup as
    /// undetermined. Russia's maps follow present control in this region.
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
    /// use atlas_core::date::day_number;
    /// use atlas_core::settings::SeenFrom;
    /// let kunashir = atlas.unit("kunashir").unwrap();
    /// let today = day_number(2026, 1, 1);
    /// assert_eq!(atlas.shown_as(kunashir, today, SeenFrom::Neutral), atlas.polity_position("russia"));
    /// assert_eq!(atlas.shown_as(kunashir, today, SeenFrom::Japan), atlas.polity_position("japan"));
    /// ```
    pub fn shown_as(&self, unit: &Unit, day: DayNumber, seen_from: SeenFrom) -> Option<usize> {
        let actual = || self.control_on(unit, day).and_then(|p| self.polity_position(&p.holder));
        let government = match seen_from {
            SeenFrom::Neutral => return actual(),
            SeenFrom::Japan => Government::Japan,
            SeenFrom::Russia => Government::Russia,
        };
        unit.official_maps
            .iter()
            .filter(|v| v.government == government && v.from.is_none_or(|f| f.first_day() <= day))
            .max_by_key(|v| v.from.map(|f| f.first_day()))
            .map_or_else(actual, |v| self.polity_position(&v.shown_as))
    }

    /// The claimants (positions in [`Atlas::polities`]) of a unit on `day`
    /// other than `holder`, each once, in the order of the unit's claims.
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
    /// use atlas_core::date::day_number;
    /// let kunashir = atlas.unit("kunashir").unwrap();
    /// let claimants = atlas.other_claimants(kunashir, day_number(2000, 1, 1), atlas.polity_position("russia"));
    /// assert_eq!(claimants, vec![atlas.polity_position("japan").unwrap()]);
    /// ```
    pub fn other_claimants(&self, unit: &Unit, day: DayNumber, holder: Option<usize>) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for claimant in claims_on(unit, day).filter_map(|c| self.polity_position(&c.claimant)) {
            if Some(claimant) != holder && !out.contains(&claimant) {
                out.push(claimant);
            }
        }
        out
    }

    /// The event whose date ends soonest after `day` (by the last day its
    /// date can mean, so a year-only event counts at the year's end).
    pub fn next_event_after(&self, day: DayNumber) -> Option<usize> {
        self.events()
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date.last_day() > day)
            .min_by_key(|(i, e)| (e.date.last_day(), *i))
            .map(|(i, _)| i)
    }

    /// The event whose date ends latest before `day`.
    pub fn previous_event_before(&self, day: DayNumber) -> Option<usize> {
        self.events()
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date.last_day() < day)
            .max_by_key(|(i, e)| (e.date.last_day(), *i))
            .map(|(i, _)| i)
    }

    /// Events that happened in `year` (or, for spans, that were under way in it), by date.
    pub fn events_in_year(&self, year: i32) -> impl Iterator<Item = &Event> {
        self.events().iter().filter(move |e| e.in_year(year))
    }

    /// Positions in [`Atlas::lines`] of the lines in force on a day.
    pub fn line_positions_on(&self, day: DayNumber) -> impl Iterator<Item = usize> + '_ {
        self.lines().iter().enumerate().filter(move |(_, l)| covers(&l.from, l.to.as_ref(), day)).map(|(i, _)| i)
    }

    /// Every event linked to a unit, by date.
    pub fn events_for_unit<'a>(&'a self, unit_id: &'a str) -> impl Iterator<Item = &'a Event> {
        self.events().iter().filter(move |e| e.units.iter().any(|u| u == unit_id))
    }

    /// The event a site's marker opens: of the events that name the site,
    /// the one nearest in date to `year` (the year the map shows; earlier
    /// first on a tie), so a marker pinned for the highlighted event of
    /// another year still opens the right one.
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
    /// let site = atlas.sites().iter().position(|s| s.id == "khalkhin-gol").unwrap();
    /// let event = atlas.event_for_site(site, 1939).unwrap();
    /// assert_eq!(atlas.events()[event].date.year, 1939);
    /// ```
    pub fn event_for_site(&self, site: usize, year: i32) -> Option<usize> {
        let site_id = &self.sites().get(site)?.id;
        self.events()
            .iter()
            .enumerate()
            .filter(|(_, e)| e.sites.iter().any(|s| s == site_id))
            .min_by_key(|(i, e)| ((e.date.year - year).unsigned_abs(), e.date.year, *i))
            .map(|(i, _)| i)
    }

    /// Every treaty that concerns a unit, by signature date.
    pub fn treaties_for_unit(&self, unit_id: &str) -> Vec<&Treaty> {
        let mut treaties: Vec<&Treaty> =
            self.treaties().iter().filter(|t| t.units.iter().any(|u| u == unit_id)).collect();
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

/// Claims on a unit standing on `day`, whatever their claimant.
fn claims_on(unit: &Unit, day: DayNumber) -> impl Iterator<Item = &Claim> {
    unit.claims.iter().filter(move |c| covers(&c.from, c.to.as_ref(), day))
}

/// The position of the name in force on `day`: from its first day
/// (inclusive) to the first day of its end (exclusive).
fn period_name_on(names: &[PeriodName], day: DayNumber) -> Option<usize> {
    names.iter().position(|n| {
        n.from.as_ref().is_none_or(|f| f.first_day() <= day) && n.to.as_ref().is_none_or(|t| day < t.first_day())
    })
}
