//! What the map shows at one moment, derived from the record and the
//! reader's choices: every unit's holder and colour, its other claimants,
//! how it changed since a compared year, and the lines in force.
//! Recomputed when the moment or a choice changes; the geometry never is.
//!
//! Both structures are small and compared by value: most years change no
//! holder, no name and no pin, and a map layer whose input compares equal
//! is not redrawn at all.

use crate::atlas::Atlas;
use crate::colour::{Colour, NO_HOLDER};
use crate::compare::{self, Change};
use crate::date::DayNumber;
use crate::model::{Names, SiteKind};
use crate::query::end_of_year;
use crate::search::name_in;
use crate::settings::{Lang, SeenFrom, View};

/// The map's colouring for one moment and one set of choices.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayers {
    /// For every unit, its de-facto holder (position in `Atlas::polities`).
    pub holders: Vec<Option<usize>>,
    /// For every unit, the polity whose colour fills it (differs from the
    /// holder on Japan's official maps).
    pub fills: Vec<Option<usize>>,
    /// For every unit, the other polities claiming it (claims view only).
    pub claimants: Vec<Vec<usize>>,
    /// For every unit, how its holder changed since the compared year
    /// (all `Unchanged` when not comparing).
    pub changes: Vec<Change>,
    /// Holders at the end of the compared year, if comparing.
    pub compare_holders: Option<Vec<Option<usize>>>,
    /// Lines in force (positions in `Atlas::lines`).
    pub lines: Vec<usize>,
}

impl MapLayers {
    /// Derives the layers for `day`.
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
    /// use atlas_core::query::end_of_year;
    /// use atlas_core::scene::MapLayers;
    /// use atlas_core::settings::{SeenFrom, View};
    /// let layers = MapLayers::compute(&atlas, end_of_year(1946), View::Claims, SeenFrom::Neutral, Some(1939));
    /// let kunashir = atlas.units().iter().position(|u| u.id == "kunashir").unwrap();
    /// assert_eq!(layers.changes[kunashir], atlas_core::compare::Change::ChangedHands);
    /// assert_eq!(layers.claimants[kunashir], vec![atlas.polity_position("japan").unwrap()]);
    /// ```
    pub fn compute(atlas: &Atlas, day: DayNumber, view: View, seen_from: SeenFrom, compare: Option<i32>) -> MapLayers {
        let holders = atlas.holders_on(day);
        let fills: Vec<Option<usize>> = atlas.units().iter().map(|u| atlas.shown_as(u, day, seen_from)).collect();
        let claimants = atlas
            .units()
            .iter()
            .zip(&fills)
            .map(|(u, fill)| if view == View::Claims { atlas.other_claimants(u, day, *fill) } else { Vec::new() })
            .collect();
        let compare_holders = compare.map(|y| atlas.holders_on(end_of_year(y)));
        let changes = match &compare_holders {
            Some(before) => compare::compare_holders(atlas, before, &holders),
            None => vec![Change::Unchanged; holders.len()],
        };
        let lines = atlas.line_positions_on(day).collect();
        MapLayers { holders, fills, claimants, changes, compare_holders, lines }
    }

    /// The colour that fills the unit at position `unit` of `Atlas::units`:
    /// its polity's, or the grey of no holder.
    pub fn fill_colour(&self, atlas: &Atlas, unit: usize) -> Colour {
        self.fills.get(unit).copied().flatten().and_then(|p| atlas.polities().get(p)).map_or(NO_HOLDER, |p| p.colour)
    }

    /// The polities that fill at least one unit, in `polities.json` order:
    /// the legend.
    pub fn legend(&self, polity_count: usize) -> Vec<usize> {
        let mut shown = vec![false; polity_count];
        for p in self.fills.iter().flatten() {
            if let Some(s) = shown.get_mut(*p) {
                *s = true;
            }
        }
        shown.iter().enumerate().filter(|(_, s)| **s).map(|(i, _)| i).collect()
    }

    /// The polities hatched on at least one unit (claims view only), in
    /// `polities.json` order: the legend's "hatched: claimed by" rows.
    pub fn claimants_shown(&self, polity_count: usize) -> Vec<usize> {
        let mut shown = vec![false; polity_count];
        for p in self.claimants.iter().flatten() {
            if let Some(s) = shown.get_mut(*p) {
                *s = true;
            }
        }
        shown.iter().enumerate().filter(|(_, s)| **s).map(|(i, _)| i).collect()
    }
}

/// The kinds of site symbol pinned among `sites` (positions in
/// `Atlas::sites`), in the order battle, incident, landing, occupation:
/// the legend's symbol rows.
pub fn site_kinds_shown(atlas: &Atlas, sites: &[usize]) -> Vec<SiteKind> {
    [SiteKind::Battle, SiteKind::Incident, SiteKind::Landing, SiteKind::Occupation]
        .into_iter()
        .filter(|k| sites.iter().filter_map(|&i| atlas.sites().get(i)).any(|s| s.kind == *k))
        .collect()
}

/// What the map writes and pins for one year, besides colours: the name
/// each unit and place bears, and the sites whose fighting falls in it.
/// Stored as positions, not strings, so that comparing two years is cheap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearMarks {
    /// For every unit, which of its `names_by_period` it bears (`None`: its own names).
    pub unit_names: Vec<Option<usize>>,
    /// For every place, which of its names it bears (`None`: not founded yet).
    pub place_names: Vec<Option<usize>>,
    /// Positions in `Atlas::sites` of the year's pins.
    pub sites: Vec<usize>,
}

impl YearMarks {
    /// Derives the marks for the end of `year`.
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
    /// use atlas_core::scene::YearMarks;
    /// // Nothing is renamed and no battle begins or ends between 1960 and 1961.
    /// assert_eq!(YearMarks::compute(&atlas, 1960), YearMarks::compute(&atlas, 1961));
    /// // Karafuto became Southern Sakhalin.
    /// assert_ne!(YearMarks::compute(&atlas, 1939).unit_names, YearMarks::compute(&atlas, 1950).unit_names);
    /// ```
    pub fn compute(atlas: &Atlas, year: i32) -> YearMarks {
        YearMarks {
            unit_names: atlas.units().iter().map(|u| atlas.unit_name_period(u, year)).collect(),
            place_names: atlas.places().iter().map(|p| atlas.place_name_period(p, year)).collect(),
            sites: atlas.sites().iter().enumerate().filter(|(_, s)| s.in_year(year)).map(|(i, _)| i).collect(),
        }
    }

    /// The names the unit at position `unit` of `Atlas::units` bears.
    pub fn unit_name<'a>(&self, atlas: &'a Atlas, unit: usize) -> Option<&'a Names> {
        let record = atlas.units().get(unit)?;
        let period = self.unit_names.get(unit).copied().flatten();
        Some(period.and_then(|i| record.names_by_period.get(i)).map_or(&record.names, |n| &n.names))
    }

    /// The label the map writes on the unit at position `unit` of
    /// `Atlas::units`: in English its short label, in Japanese and Russian
    /// its name of the year (樺太 in 1939).
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
    /// use atlas_core::scene::YearMarks;
    /// use atlas_core::settings::Lang;
    /// let south = atlas.units().iter().position(|u| u.id == "sakhalin-south").unwrap();
    /// assert_eq!(YearMarks::compute(&atlas, 1939).unit_label(&atlas, south, Lang::Ja).as_deref(), Some("樺太"));
    /// ```
    pub fn unit_label(&self, atlas: &Atlas, unit: usize, lang: Lang) -> Option<String> {
        let record = atlas.units().get(unit)?;
        Some(match (lang, self.unit_name(atlas, unit)) {
            (Lang::En, _) | (_, None) => record.label.clone(),
            (_, Some(names)) => name_in(names, lang).to_string(),
        })
    }

    /// The names the place at position `place` of `Atlas::places` bears,
    /// or `None` before it was founded.
    pub fn place_name<'a>(&self, atlas: &'a Atlas, place: usize) -> Option<&'a Names> {
        let period = self.place_names.get(place).copied().flatten()?;
        Some(&atlas.places().get(place)?.names.get(period)?.names)
    }
}
