//! The one error type of the data layer.
//!
//! Every breach names the file, the record and the rule it broke, so that a
//! failing build or a failing page tells the editor exactly where to look.

use std::fmt;

/// A rule of the record, as the validator checks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The file is not valid JSON or GeoJSON.
    Syntax,
    /// The JSON does not have the shape the schema expects.
    Schema,
    /// Two records of one kind share an id.
    DuplicateId,
    /// A unit's control history does not start on 1 Jan 1850.
    ControlStart,
    /// One control period ends before the next begins.
    ControlGap,
    /// One control period ends after the next begins.
    ControlOverlap,
    /// A period that is not the last has no end, or the last one ends.
    ControlOpenEnd,
    /// A record names a unit that does not exist.
    UnknownUnit,
    /// A record names a polity that does not exist.
    UnknownPolity,
    /// A record names a site that does not exist.
    UnknownSite,
    /// A record names a treaty that does not exist.
    UnknownTreaty,
    /// A record cites a source that does not exist.
    UnknownSource,
    /// A record cites no source at all.
    MissingSource,
    /// A record's end comes before its start.
    DateOrder,
    /// A coordinate lies outside the map's region.
    OutsideRegion,
    /// A unit has no shape in `units.geojson`, or a shape names no unit.
    MissingGeometry,
    /// An Old Style date does not convert to the record's Gregorian date.
    OldStyle,
    /// A disagreement gives fewer than two readings.
    Disagreement,
    /// A site lies more than 30 km from every unit it names.
    SiteAwayFromUnit,
    /// A ring's winding breaks RFC 7946 (outer rings counter-clockwise, holes clockwise).
    Winding,
    /// A ring crosses itself.
    SelfIntersection,
    /// A hole of a polygon is not inside its outer ring.
    HoleOutsideShell,
    /// Two rings of one polygon cross or share a stretch of border.
    RingsCross,
    /// Two polygons of one shape overlap or share a stretch of border.
    PolygonsOverlap,
    /// Two polities that meet on the map (side by side, in turn, or as fill
    /// and claim hatch) have colours too close for some reader to tell apart.
    ColoursTooClose,
    /// A polity names a state that `states.json` does not hold.
    UnknownState,
    /// A polity does not say why it is counted a regime of its state.
    MissingStateNote,
    /// A text readers see shows a file path, an internal word ("seed",
    /// "GK", "audit") or a bare source id.
    InternalText,
    /// A source (other than `unverified`) names no publisher.
    SourceWithoutPublisher,
    /// A name the map writes lacks one of the atlas's languages.
    MissingTranslation,
    /// A water's label point lies on land (a unit or the context land).
    WaterOnLand,
    /// The bundle does not fit the record or the projection it is drawn in, or is of another format.
    StaleMap,
}

impl Rule {
    /// The rule in words, as printed by the validator.
    pub fn describe(&self) -> &'static str {
        match self {
            Rule::Syntax => "the file must be valid JSON",
            Rule::Schema => "the record must match the schema",
            Rule::DuplicateId => "ids must be unique",
            Rule::ControlStart => "control must start on 1850-01-01",
            Rule::ControlGap => "control periods must leave no gap",
            Rule::ControlOverlap => "control periods must not overlap",
            Rule::ControlOpenEnd => "only the last control period may be open-ended, and it must be",
            Rule::UnknownUnit => "every unit named must exist",
            Rule::UnknownPolity => "every polity named must exist",
            Rule::UnknownSite => "every site named must exist",
            Rule::UnknownTreaty => "every treaty named must exist",
            Rule::UnknownSource => "every source cited must exist",
            Rule::MissingSource => "every record must cite a source",
            Rule::DateOrder => "an end must not come before its start",
            Rule::OutsideRegion => "coordinates must lie inside the map's region",
            Rule::MissingGeometry => "every unit must have a shape, and every shape a unit",
            Rule::OldStyle => "an Old Style date must convert to the record's date",
            Rule::Disagreement => "a disagreement must give at least two readings",
            Rule::SiteAwayFromUnit => "a site must lie within 30 km of a unit it names",
            Rule::Winding => "outer rings must run counter-clockwise and holes clockwise (RFC 7946)",
            Rule::SelfIntersection => "a ring must not cross itself",
            Rule::HoleOutsideShell => "a polygon's holes must lie inside its outer ring",
            Rule::RingsCross => "the rings of a polygon must not cross or share a stretch of border",
            Rule::PolygonsOverlap => "the polygons of one shape must not overlap or share a stretch of border",
            Rule::ColoursTooClose => {
                "polities that meet on the map must differ by ΔE00 10 for normal vision and 6 under each simulated colour blindness"
            }
            Rule::UnknownState => "every polity's state must exist in states.json",
            Rule::MissingStateNote => "every polity must say, with sources, why it is a regime of its state",
            Rule::InternalText => {
                "a text readers see must not show a file path, an internal word (seed, GK, audit) or a bare source id"
            }
            Rule::SourceWithoutPublisher => "every source but general knowledge must name its publisher",
            Rule::MissingTranslation => "a name written on the map must be given in English, Japanese and Russian",
            Rule::WaterOnLand => "a sea's or strait's label point must lie on the water",
            Rule::StaleMap => "the bundle must be built from this record and projection (the build writes it)",
        }
    }
}

/// One breach of the record's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The data file, relative to `geo/data/` (`units.json`).
    pub file: String,
    /// The record's id, or a path to it when it has none (`kunashir/control[3]`).
    pub record: String,
    pub rule: Rule,
    /// What exactly is wrong, in words.
    pub detail: String,
}

impl DataError {
    pub fn new(file: &str, record: impl Into<String>, rule: Rule, detail: impl Into<String>) -> DataError {
        DataError { file: file.to_string(), record: record.into(), rule, detail: detail.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {} ({:?}: {})", self.file, self.record, self.detail, self.rule, self.rule.describe())
    }
}

impl std::error::Error for DataError {}

/// Every breach found in one load, in file order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DataErrors(pub Vec<DataError>);

impl DataErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether any breach is of `rule`.
    pub fn has(&self, rule: Rule) -> bool {
        self.0.iter().any(|e| e.rule == rule)
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}
