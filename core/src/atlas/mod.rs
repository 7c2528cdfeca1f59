//! The record, checked and indexed: the [`Atlas`] every query runs on.
//!
//! This module holds the types and the indexes; [`rules`] holds the rules a
//! record must keep to be loaded. Reading the record from its files, and
//! the rules of its outlines, are build-time work in the `atlas-build`
//! crate: the browser gets the record already parsed, in the bundle.

pub mod rules;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::{DataError, DataErrors, Rule};
use crate::model::{Event, Line, Place, Polity, Site, Source, State, Treaty, Unit, Water};

/// The first day the atlas covers. Every unit's control starts here.
pub const FIRST_YEAR: i32 = 1850;

/// One of the data files of `geo/data/`, by which a breach is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataFile {
    States,
    Polities,
    Units,
    Events,
    Sites,
    Treaties,
    Sources,
    Places,
    Waters,
    Shapes,
    Context,
    Lines,
    Rivers,
}

impl DataFile {
    /// Every file of `geo/data/`, in load order.
    pub const ALL: [DataFile; 13] = [
        DataFile::States,
        DataFile::Polities,
        DataFile::Units,
        DataFile::Events,
        DataFile::Sites,
        DataFile::Treaties,
        DataFile::Sources,
        DataFile::Places,
        DataFile::Waters,
        DataFile::Shapes,
        DataFile::Context,
        DataFile::Lines,
        DataFile::Rivers,
    ];

    /// The file's name inside `geo/data/`.
    pub fn file_name(self) -> &'static str {
        match self {
            DataFile::States => "states.json",
            DataFile::Polities => "polities.json",
            DataFile::Units => "units.json",
            DataFile::Events => "events.json",
            DataFile::Sites => "sites.json",
            DataFile::Treaties => "treaties.json",
            DataFile::Sources => "sources.json",
            DataFile::Places => "places.json",
            DataFile::Waters => "waters.json",
            DataFile::Shapes => "units.geojson",
            DataFile::Context => "context.geojson",
            DataFile::Lines => "lines.geojson",
            DataFile::Rivers => "rivers.geojson",
        }
    }
}

/// The record as its files hold it: what the build packs into the bundle
/// the browser loads, and what an [`Atlas`] checks and indexes. Outlines
/// are not part of it; they ship projected, in the bundle's map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub states: Vec<State>,
    pub polities: Vec<Polity>,
    pub units: Vec<Unit>,
    /// Sorted by date once in an [`Atlas`].
    pub events: Vec<Event>,
    pub sites: Vec<Site>,
    pub treaties: Vec<Treaty>,
    pub sources: Vec<Source>,
    pub places: Vec<Place>,
    /// The named seas, gulfs and straits.
    pub waters: Vec<Water>,
    /// The lines' metadata, from the properties of `lines.geojson`.
    pub lines: Vec<Line>,
}

/// The whole record, checked and indexed. Immutable once loaded; the app
/// keeps it behind an `Rc`.
#[derive(Debug, Default)]
pub struct Atlas {
    record: Record,
    state_index: HashMap<String, usize>,
    /// For every polity, the position of its state in [`Atlas::states`]
    /// (`usize::MAX` never survives loading: an unknown state is a breach).
    polity_state: Vec<usize>,
    polity_index: HashMap<String, usize>,
    unit_index: HashMap<String, usize>,
    site_index: HashMap<String, usize>,
    treaty_index: HashMap<String, usize>,
    source_index: HashMap<String, usize>,
}

fn index_ids<'a>(
    file: DataFile,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<DataError>,
) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    for (i, id) in ids.enumerate() {
        if index.insert(id.to_string(), i).is_some() {
            errors.push(DataError::new(
                file.file_name(),
                id,
                Rule::DuplicateId,
                format!("the id '{id}' is used twice"),
            ));
        }
    }
    index
}

impl Atlas {
    /// Indexes a record however it was read (from its files at build time,
    /// from the bundle in the browser) and checks every rule of
    /// [`rules`]: references, sources, dates, control without gaps.
    /// Returns every breach found, each naming its file, record and rule.
    ///
    /// ```
    /// use atlas_core::atlas::{Atlas, Record};
    /// let record = atlas_build::testing::real_atlas().record().clone();
    /// assert!(Atlas::from_record(record).is_ok());
    /// assert!(Atlas::from_record(Record::default()).is_ok(), "an empty record breaks no rule");
    /// ```
    pub fn from_record(record: Record) -> Result<Atlas, DataErrors> {
        let mut record = record;
        let mut errors = Vec::new();
        record.events.sort_by_key(|e| (e.date.first_day(), e.date.last_day()));
        let r = &record;
        let state_index = index_ids(DataFile::States, r.states.iter().map(|s| s.id.as_str()), &mut errors);
        let polity_state =
            r.polities.iter().map(|p| state_index.get(&p.state).copied().unwrap_or(usize::MAX)).collect();
        let polity_index = index_ids(DataFile::Polities, r.polities.iter().map(|p| p.id.as_str()), &mut errors);
        let unit_index = index_ids(DataFile::Units, r.units.iter().map(|u| u.id.as_str()), &mut errors);
        let site_index = index_ids(DataFile::Sites, r.sites.iter().map(|s| s.id.as_str()), &mut errors);
        let treaty_index = index_ids(DataFile::Treaties, r.treaties.iter().map(|t| t.id.as_str()), &mut errors);
        let source_index = index_ids(DataFile::Sources, r.sources.iter().map(|s| s.id.as_str()), &mut errors);
        index_ids(DataFile::Events, r.events.iter().map(|e| e.id.as_str()), &mut errors);
        index_ids(DataFile::Places, r.places.iter().map(|p| p.id.as_str()), &mut errors);
        index_ids(DataFile::Waters, r.waters.iter().map(|w| w.id.as_str()), &mut errors);
        index_ids(DataFile::Lines, r.lines.iter().map(|l| l.id.as_str()), &mut errors);

        let atlas = Atlas {
            record,
            state_index,
            polity_state,
            polity_index,
            unit_index,
            site_index,
            treaty_index,
            source_index,
        };
        errors.extend(rules::check_record(&atlas));
        if errors.is_empty() {
            Ok(atlas)
        } else {
            Err(DataErrors(errors))
        }
    }

    /// The record itself, as its files hold it.
    pub fn record(&self) -> &Record {
        &self.record
    }

    pub fn states(&self) -> &[State] {
        &self.record.states
    }

    pub fn state(&self, id: &str) -> Option<&State> {
        self.state_index.get(id).map(|&i| &self.record.states[i])
    }

    /// The position in [`Atlas::states`] of the state the polity at
    /// `polity` (a position in [`Atlas::polities`]) is a regime of.
    ///
    /// ```
    /// # let atlas = atlas_build::testing::real_atlas();
    /// let of = |id| atlas.polity_position(id).and_then(|p| atlas.state_of(p));
    /// assert_eq!(of("russian-empire"), of("soviet-union"));
    /// assert_ne!(of("japan"), of("manchukuo"));
    /// ```
    pub fn state_of(&self, polity: usize) -> Option<usize> {
        self.polity_state.get(polity).copied().filter(|&s| s < self.record.states.len())
    }

    pub fn polities(&self) -> &[Polity] {
        &self.record.polities
    }

    pub fn units(&self) -> &[Unit] {
        &self.record.units
    }

    /// Every event, by date.
    pub fn events(&self) -> &[Event] {
        &self.record.events
    }

    pub fn sites(&self) -> &[Site] {
        &self.record.sites
    }

    pub fn treaties(&self) -> &[Treaty] {
        &self.record.treaties
    }

    pub fn sources(&self) -> &[Source] {
        &self.record.sources
    }

    pub fn places(&self) -> &[Place] {
        &self.record.places
    }

    /// The named seas, gulfs and straits.
    pub fn waters(&self) -> &[Water] {
        &self.record.waters
    }

    pub fn lines(&self) -> &[Line] {
        &self.record.lines
    }

    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.unit_index.get(id).map(|&i| &self.record.units[i])
    }

    /// The position of a unit in [`Atlas::units`].
    pub fn unit_position(&self, id: &str) -> Option<usize> {
        self.unit_index.get(id).copied()
    }

    pub fn polity(&self, id: &str) -> Option<&Polity> {
        self.polity_index.get(id).map(|&i| &self.record.polities[i])
    }

    /// The position of a polity in [`Atlas::polities`].
    pub fn polity_position(&self, id: &str) -> Option<usize> {
        self.polity_index.get(id).copied()
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.site_index.get(id).map(|&i| &self.record.sites[i])
    }

    pub fn treaty(&self, id: &str) -> Option<&Treaty> {
        self.treaty_index.get(id).map(|&i| &self.record.treaties[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).map(|&i| &self.record.sources[i])
    }
}
