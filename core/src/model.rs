//! The record as it is written in `geo/data/`: typed, one struct per kind of
//! record, read with serde. Unknown fields are refused so that a misspelt
//! key is a schema error, not silently ignored data.

use serde::{Deserialize, Serialize};

use crate::colour::Colour;
use crate::date::{HistDate, OldStyleDate};

/// A name in the three languages the atlas speaks. English is required;
/// Japanese and Russian are given where the place or polity has one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub en: String,
    #[serde(default)]
    pub ja: Option<String>,
    #[serde(default)]
    pub ru: Option<String>,
}

/// One reading of a disputed fact, with the sources that give it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub reading: String,
    pub sources: Vec<String>,
}

/// Where sources disagree: what about, every reading with its sources, and
/// which one the atlas uses and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub about: String,
    pub readings: Vec<Reading>,
    pub used: String,
}

/// A state or authority that can hold or claim a unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Polity {
    pub id: String,
    pub names: Names,
    /// Fill colour on the map.
    pub colour: Colour,
    /// One sentence on what the polity was, shown in the legend's tooltip.
    pub description: String,
    /// The state this polity is a regime of (an id in `states.json`): the
    /// Russian Empire, the Soviet Union and the Russian Federation are all
    /// regimes of Russia. Comparing two years, land whose holder's state
    /// differs changed hands; land whose holder is another regime of the
    /// same state only changed regime.
    pub state: String,
    /// Why the polity is counted a regime of that state, with its sources.
    /// Required in `polities.json` (the build's rule `MissingStateNote`);
    /// the bundle leaves it out, since the page shows only the verdict.
    #[serde(default)]
    pub state_note: Option<StateNote>,
}

/// The reason a polity is counted a regime of its state, sourced: the
/// judgement is the atlas's and is said so (a puppet state is a state of its
/// own; governments contending for or succeeding one another in one country
/// are regimes of one state).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateNote {
    pub text: String,
    pub sources: Vec<String>,
}

/// A state whose regimes hold land on the map, or a condominium of two, or
/// the absence of a state: what "changed hands" is measured by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub id: String,
    pub names: Names,
}

/// A stretch of time during which one polity held a unit de facto.
///
/// A period runs from the first day of `from` up to, but not including, the
/// first day of `to`; `to: None` means it still holds today. Military
/// occupation counts as control by the occupier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ControlPeriod {
    pub from: HistDate,
    #[serde(default)]
    pub to: Option<HistDate>,
    pub holder: String,
    /// Why this polity held the unit: conquest, treaty, lease, occupation…
    pub basis: String,
    /// The treaty or act that began the period, if one did.
    #[serde(default)]
    pub treaty: Option<String>,
    pub sources: Vec<String>,
    /// A remark on the period, such as an estimate's basis.
    #[serde(default)]
    pub note: Option<String>,
    /// The start date as written in the Old Style (Julian) calendar, for
    /// Russian dates before February 1918; `from` holds its Gregorian equivalent.
    #[serde(default)]
    pub old_style: Option<OldStyleDate>,
    #[serde(default)]
    pub disagreement: Option<Disagreement>,
}

/// A claim of sovereignty over a unit, which may differ from control.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub claimant: String,
    pub from: HistDate,
    #[serde(default)]
    pub to: Option<HistDate>,
    pub basis: String,
    #[serde(default)]
    pub treaty: Option<String>,
    pub sources: Vec<String>,
}

/// Whose official maps an [`OfficialMapView`] describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Government {
    Japan,
    Russia,
}

/// How one government's official maps colour a unit, where they differ
/// from de-facto control: the four southern Kuril units drawn as Japanese
/// on Japan's maps, say. From `from` (always, if absent) until a later
/// entry for the same government takes over.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialMapView {
    pub government: Government,
    /// The polity whose colour those maps give the unit.
    pub shown_as: String,
    #[serde(default)]
    pub from: Option<HistDate>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// How large a unit's label is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelSize {
    #[default]
    Normal,
    /// For units too small to carry a full-size label (an island, a
    /// leased peninsula): smaller, and shown only once the map is zoomed in.
    Small,
}

/// A territorial unit: one coloured area of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub names: Names,
    /// A short name for the map's label.
    pub label: String,
    #[serde(default)]
    pub label_size: LabelSize,
    /// The names the unit went by in particular periods (Karafuto, Etorofu…).
    #[serde(default)]
    pub names_by_period: Vec<PeriodName>,
    /// What the unit covers, in a sentence.
    pub description: String,
    pub control: Vec<ControlPeriod>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Where the governments' official maps colour the unit otherwise
    /// than its de-facto holder.
    #[serde(default)]
    pub official_maps: Vec<OfficialMapView>,
}

/// A dated event, linked to the units and sites it concerns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: HistDate,
    #[serde(default)]
    pub end: Option<HistDate>,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub units: Vec<String>,
    #[serde(default)]
    pub sites: Vec<String>,
    #[serde(default)]
    pub treaty: Option<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// The date in the Old Style (Julian) calendar, where Russia used it.
    #[serde(default)]
    pub old_style: Option<OldStyleDate>,
    #[serde(default)]
    pub disagreement: Option<Disagreement>,
}

impl Event {
    /// Whether the event happened in `year`, or (for spans) was under way in it.
    pub fn in_year(&self, year: i32) -> bool {
        let last = self.end.as_ref().map_or(self.date.year, |end| end.year);
        self.date.year <= year && year <= last
    }
}

/// What happened at a site; each kind has its own map symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SiteKind {
    Battle,
    Incident,
    Landing,
    Occupation,
}

impl SiteKind {
    /// The kind's word in class names and in the data (`battle`).
    pub fn as_str(self) -> &'static str {
        match self {
            SiteKind::Battle => "battle",
            SiteKind::Incident => "incident",
            SiteKind::Landing => "landing",
            SiteKind::Occupation => "occupation",
        }
    }
}

/// A battle or incident site with a map pin.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub id: String,
    pub names: Names,
    pub kind: SiteKind,
    pub lon: f64,
    pub lat: f64,
    pub from: HistDate,
    #[serde(default)]
    pub to: Option<HistDate>,
    pub outcome: String,
    #[serde(default)]
    pub units: Vec<String>,
    /// Where the coordinates come from, and how far to trust them.
    pub coordinates_source: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub disagreement: Option<Disagreement>,
}

impl Site {
    /// Whether the fighting or incident falls in `year`.
    pub fn in_year(&self, year: i32) -> bool {
        let last = self.to.as_ref().map_or(self.from.year, |t| t.year);
        self.from.year <= year && year <= last
    }
}

/// A treaty, agreement or act that changed or defined control or claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treaty {
    pub id: String,
    pub names: Names,
    pub signed: HistDate,
    #[serde(default)]
    pub in_force: Option<HistDate>,
    pub place: String,
    pub summary: String,
    #[serde(default)]
    pub units: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// The signature date in the Old Style (Julian) calendar, where Russia used it.
    #[serde(default)]
    pub old_style: Option<OldStyleDate>,
    #[serde(default)]
    pub disagreement: Option<Disagreement>,
}

/// A work the record cites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The work's own title, as a reader would look it up: never an
    /// internal id, a file path or an editor's summary.
    pub title: String,
    /// Who publishes it ("Wikipedia", "Ministry of Foreign Affairs of
    /// Japan"); a copy of another work names both ("Wikipedia text at
    /// wikimili.com"). Every source names one but `unverified`.
    #[serde(default)]
    pub publisher: Option<String>,
    /// The year it was published, where the source says.
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default)]
    pub url: Option<String>,
    /// For the record's editors: what was read there. Not shown, and
    /// dropped from the bundle the page loads.
    #[serde(default)]
    pub note: Option<String>,
    /// True for sources that confirm nothing by themselves (general
    /// knowledge awaiting a second source); the page marks what rests on them.
    #[serde(default)]
    pub unverified: bool,
}

/// One name a place bore during a span of years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodName {
    #[serde(default)]
    pub from: Option<HistDate>,
    #[serde(default)]
    pub to: Option<HistDate>,
    pub names: Names,
}

/// A labelled town or city.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub lon: f64,
    pub lat: f64,
    /// 1 for the most important places, shown at every zoom.
    pub rank: u8,
    pub names: Vec<PeriodName>,
    pub sources: Vec<String>,
}

/// What kind of water a [`Water`] names, which decides how its label is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaterKind {
    Ocean,
    Sea,
    Gulf,
    Strait,
}

impl WaterKind {
    /// The kind as the record spells it (`strait`), for the page's classes.
    pub fn as_str(self) -> &'static str {
        match self {
            WaterKind::Ocean => "ocean",
            WaterKind::Sea => "sea",
            WaterKind::Gulf => "gulf",
            WaterKind::Strait => "strait",
        }
    }
}

/// A named sea, gulf or strait: one label on the water, placed by the same
/// rules as the towns' ([`crate::labels`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Water {
    pub id: String,
    pub kind: WaterKind,
    /// Where the label's centre goes: a point on the water.
    pub lon: f64,
    pub lat: f64,
    /// 1 for the oceans and seas named at every zoom, 2 and 3 for the
    /// gulfs and straits named as the reader zooms in.
    pub rank: u8,
    /// The name in every language of the atlas; where the sides name one
    /// water differently, the record says so in `note`.
    pub names: Names,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
}

/// A border or demarcation line drawn in the years it applied: the
/// properties of one feature of `lines.geojson`. Its course ships
/// projected, in the bundle's map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub from: HistDate,
    #[serde(default)]
    pub to: Option<HistDate>,
    #[serde(default)]
    pub sources: Vec<String>,
}
