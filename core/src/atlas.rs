//! Loading the record: parse every data file, check every rule, and index
//! the result for the time queries in [`crate::query`].

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::date::{day_number, old_style_to_gregorian, HistDate};
use crate::error::{DataError, DataErrors, Rule};
use crate::geometry::distance::distance_km;
use crate::geometry::intersection::first_self_intersection;
use crate::geometry::ring_area;
use crate::geometry::{
    lines_from, multipolygon_from, BorderLine, ContextShape, FeatureCollection, LonLat, MultiPolygon, UnitShape, REGION,
};
use crate::model::{Disagreement, Event, Place, Polity, Site, Source, Treaty, Unit};

/// The first day the atlas covers. Every unit's control starts here.
pub const FIRST_YEAR: i32 = 1850;

/// One of the data files the atlas loads from `geo/data/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataFile {
    Polities,
    Units,
    Events,
    Sites,
    Treaties,
    Sources,
    Places,
    Shapes,
    Context,
    Lines,
}

impl DataFile {
    /// Every file of `geo/data/`, in load order.
    pub const ALL: [DataFile; 10] = [
        DataFile::Polities,
        DataFile::Units,
        DataFile::Events,
        DataFile::Sites,
        DataFile::Treaties,
        DataFile::Sources,
        DataFile::Places,
        DataFile::Shapes,
        DataFile::Context,
        DataFile::Lines,
    ];

    /// The file's name inside `geo/data/` (and `data/` in the build).
    pub fn file_name(self) -> &'static str {
        match self {
            DataFile::Polities => "polities.json",
            DataFile::Units => "units.json",
            DataFile::Events => "events.json",
            DataFile::Sites => "sites.json",
            DataFile::Treaties => "treaties.json",
            DataFile::Sources => "sources.json",
            DataFile::Places => "places.json",
            DataFile::Shapes => "units.geojson",
            DataFile::Context => "context.geojson",
            DataFile::Lines => "lines.geojson",
        }
    }
}

/// The text of every data file, indexed by [`DataFile`].
#[derive(Clone, Debug)]
pub struct DataFiles {
    texts: HashMap<DataFile, String>,
}

impl DataFiles {
    /// Collects the texts of every file of `geo/data/` from a function that reads one file.
    pub fn read_with<E>(mut read: impl FnMut(DataFile) -> Result<String, E>) -> Result<DataFiles, E> {
        let mut texts = HashMap::new();
        for file in DataFile::ALL {
            texts.insert(file, read(file)?);
        }
        Ok(DataFiles { texts })
    }

    /// The text of one file (empty if it was never read).
    pub fn text(&self, file: DataFile) -> &str {
        self.texts.get(&file).map(String::as_str).unwrap_or("")
    }

    /// Replaces one file's text, as the tests do to break the record.
    pub fn with(mut self, file: DataFile, text: impl Into<String>) -> DataFiles {
        self.texts.insert(file, text.into());
        self
    }
}

/// The record as its files hold it: what the build packs into the bundle
/// the browser loads, and what an [`Atlas`] checks and indexes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub polities: Vec<Polity>,
    pub units: Vec<Unit>,
    /// Sorted by date once in an [`Atlas`].
    pub events: Vec<Event>,
    pub sites: Vec<Site>,
    pub treaties: Vec<Treaty>,
    pub sources: Vec<Source>,
    pub places: Vec<Place>,
    pub lines: Vec<BorderLine>,
}

/// The whole record, checked and indexed. Immutable once loaded; the app
/// keeps it behind an `Rc`. Its [`Record`]'s fields read as its own
/// (`atlas.units`), through `Deref`.
#[derive(Debug, Default)]
pub struct Atlas {
    pub record: Record,
    /// The units' outlines in longitude and latitude. Empty in the browser
    /// ([`Checks::Shipped`]), which gets them projected, in the bundle.
    pub shapes: Vec<UnitShape>,
    /// Land outside the units, likewise empty in the browser.
    pub context: Vec<ContextShape>,
    pub(crate) polity_index: HashMap<String, usize>,
    pub(crate) unit_index: HashMap<String, usize>,
    pub(crate) site_index: HashMap<String, usize>,
    pub(crate) treaty_index: HashMap<String, usize>,
    pub(crate) source_index: HashMap<String, usize>,
}

fn parse_json<T: DeserializeOwned>(file: DataFile, text: &str, errors: &mut Vec<DataError>) -> Option<T> {
    let name = file.file_name();
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(e) => {
            let rule = if e.is_syntax() || e.is_eof() { Rule::Syntax } else { Rule::Schema };
            errors.push(DataError::new(name, format!("line {} column {}", e.line(), e.column()), rule, e.to_string()));
            None
        }
    }
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

#[derive(serde::Deserialize)]
struct UnitProperties {
    unit: String,
}

#[derive(serde::Deserialize)]
struct ContextProperties {
    name: String,
}

#[derive(serde::Deserialize)]
struct LineProperties {
    id: String,
    name: String,
    #[serde(default)]
    description: String,
    from: HistDate,
    #[serde(default)]
    to: Option<HistDate>,
    #[serde(default)]
    sources: Vec<String>,
}

/// Reads a file of MultiPolygon features, each named by its properties
/// (`name_of`), reporting a bad or missing geometry by that name.
fn read_multipolygons<P: DeserializeOwned>(
    file: DataFile,
    text: &str,
    errors: &mut Vec<DataError>,
    name_of: impl Fn(P) -> String,
) -> Vec<(String, MultiPolygon)> {
    let Some(collection) = parse_json::<FeatureCollection<P>>(file, text, errors) else {
        return Vec::new();
    };
    let mut shapes = Vec::new();
    for feature in collection.features {
        let name = name_of(feature.properties);
        match feature.geometry.as_ref().map(multipolygon_from) {
            Some(Ok(polygons)) => shapes.push((name, polygons)),
            Some(Err(e)) => errors.push(DataError::new(file.file_name(), name, Rule::Schema, e.to_string())),
            None => errors.push(DataError::new(
                file.file_name(),
                name,
                Rule::MissingGeometry,
                "the feature has no geometry",
            )),
        }
    }
    shapes
}

fn read_shapes(text: &str, errors: &mut Vec<DataError>) -> Vec<UnitShape> {
    read_multipolygons(DataFile::Shapes, text, errors, |p: UnitProperties| p.unit)
        .into_iter()
        .map(|(unit, polygons)| UnitShape { unit, polygons })
        .collect()
}

fn read_context(text: &str, errors: &mut Vec<DataError>) -> Vec<ContextShape> {
    read_multipolygons(DataFile::Context, text, errors, |p: ContextProperties| p.name)
        .into_iter()
        .map(|(name, polygons)| ContextShape { name, polygons })
        .collect()
}

fn read_lines(text: &str, errors: &mut Vec<DataError>) -> Vec<BorderLine> {
    let file = DataFile::Lines;
    let Some(collection) = parse_json::<FeatureCollection<LineProperties>>(file, text, errors) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for feature in collection.features {
        let p = feature.properties;
        match feature.geometry.as_ref().map(lines_from) {
            Some(Ok(paths)) => lines.push(BorderLine {
                id: p.id,
                name: p.name,
                description: p.description,
                from: p.from,
                to: p.to,
                sources: p.sources,
                paths,
            }),
            Some(Err(e)) => errors.push(DataError::new(file.file_name(), p.id, Rule::Schema, e.to_string())),
            None => {
                errors.push(DataError::new(file.file_name(), p.id, Rule::MissingGeometry, "the line has no geometry"))
            }
        }
    }
    lines
}

impl std::ops::Deref for Atlas {
    type Target = Record;
    fn deref(&self) -> &Record {
        &self.record
    }
}

/// Checks the references, sources and dates shared by every kind of record.
struct Checker<'a> {
    atlas: &'a Atlas,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn refs(&mut self, file: DataFile, record: &str, ids: &[String], rule: Rule) {
        let index = match rule {
            Rule::UnknownUnit => &self.atlas.unit_index,
            Rule::UnknownPolity => &self.atlas.polity_index,
            Rule::UnknownSite => &self.atlas.site_index,
            Rule::UnknownTreaty => &self.atlas.treaty_index,
            _ => &self.atlas.source_index,
        };
        let kind = match rule {
            Rule::UnknownUnit => "unit",
            Rule::UnknownPolity => "polity",
            Rule::UnknownSite => "site",
            Rule::UnknownTreaty => "treaty",
            _ => "source",
        };
        for id in ids {
            if !index.contains_key(id) {
                self.errors.push(DataError::new(
                    file.file_name(),
                    record,
                    rule,
                    format!("no {kind} has the id '{id}'"),
                ));
            }
        }
    }

    fn sources(&mut self, file: DataFile, record: &str, sources: &[String]) {
        if sources.is_empty() {
            self.errors.push(DataError::new(file.file_name(), record, Rule::MissingSource, "no source is cited"));
        }
        self.refs(file, record, sources, Rule::UnknownSource);
    }

    fn order(&mut self, file: DataFile, record: &str, from: &HistDate, to: Option<&HistDate>) {
        if let Some(to) = to {
            if to.last_day() < from.first_day() {
                self.errors.push(DataError::new(
                    file.file_name(),
                    record,
                    Rule::DateOrder,
                    format!("ends {to} before it starts {from}"),
                ));
            }
        }
    }

    fn point(&mut self, file: DataFile, record: &str, point: LonLat) {
        if !(point[0].is_finite() && point[1].is_finite() && REGION.contains(point)) {
            self.errors.push(DataError::new(
                file.file_name(),
                record,
                Rule::OutsideRegion,
                format!(
                    "{:.3}°E {:.3}°N lies outside {}–{}°E, {}–{}°N",
                    point[0], point[1], REGION.west, REGION.east, REGION.south, REGION.north
                ),
            ));
        }
    }
}

impl Checker<'_> {
    fn old_style(&mut self, file: DataFile, record: &str, old_style: Option<&String>, date: &HistDate) {
        let Some(text) = old_style else { return };
        match old_style_to_gregorian(text) {
            Ok(converted) if converted == *date => {}
            Ok(converted) => self.errors.push(DataError::new(
                file.file_name(),
                record,
                Rule::OldStyle,
                format!("{text} Old Style is {converted}, but the record says {date}"),
            )),
            Err(e) => self.errors.push(DataError::new(file.file_name(), record, Rule::OldStyle, e.to_string())),
        }
    }

    fn disagreement(&mut self, file: DataFile, record: &str, disagreement: Option<&Disagreement>) {
        let Some(d) = disagreement else { return };
        if d.readings.len() < 2 {
            self.errors.push(DataError::new(
                file.file_name(),
                record,
                Rule::Disagreement,
                format!("the disagreement about {} gives {} reading(s)", d.about, d.readings.len()),
            ));
        }
        for r in &d.readings {
            self.sources(file, record, &r.sources);
        }
    }

    /// Winding and self-intersection of every ring of a shape.
    fn rings(&mut self, file: DataFile, record: &str, polygons: &[crate::geometry::Polygon]) {
        for (p, polygon) in polygons.iter().enumerate() {
            for (r, ring) in polygon.iter().enumerate() {
                let area = ring_area(ring);
                if (r == 0 && area <= 0.0) || (r > 0 && area >= 0.0) {
                    let which = if r == 0 { "outer ring" } else { "hole" };
                    self.errors.push(DataError::new(
                        file.file_name(),
                        format!("{record}/polygon[{p}]/ring[{r}]"),
                        Rule::Winding,
                        format!("the {which} winds the wrong way (signed area {area:.5})"),
                    ));
                }
                if let Some(at) = first_self_intersection(ring) {
                    self.errors.push(DataError::new(
                        file.file_name(),
                        format!("{record}/polygon[{p}]/ring[{r}]"),
                        Rule::SelfIntersection,
                        format!("the ring crosses itself near {:.3}°E {:.3}°N", at[0], at[1]),
                    ));
                }
            }
        }
    }
}

/// How far a site may lie from the units it names (a battle at sea, a
/// landing just offshore).
pub const SITE_TOLERANCE_KM: f64 = 30.0;

fn check_colour(colour: &str) -> bool {
    colour.len() == 7 && colour.starts_with('#') && colour[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// How much of the record's rules a load checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checks {
    /// Every rule, geometry included: the validator, the tests and the build.
    Full,
    /// The browser, loading the bundle the build packed after validating
    /// the record in full: the outlines come projected, so no shape is read
    /// and no geometry rule is checked; schema, references and dates are.
    /// [`Atlas::shapes`] and [`Atlas::context`] stay empty.
    Shipped,
}

fn validate(atlas: &Atlas, checks: Checks) -> Vec<DataError> {
    let mut c = Checker { atlas, errors: Vec::new() };
    let start = day_number(FIRST_YEAR, 1, 1);

    for p in &atlas.polities {
        if !check_colour(&p.colour) {
            c.errors.push(DataError::new(
                "polities.json",
                &p.id,
                Rule::BadColour,
                format!("'{}' is not #rrggbb", p.colour),
            ));
        }
    }

    for unit in &atlas.units {
        let f = DataFile::Units;
        if unit.control.is_empty() {
            c.errors.push(DataError::new(
                f.file_name(),
                &unit.id,
                Rule::ControlStart,
                "the unit has no control periods",
            ));
        }
        if let Some(first) = unit.control.first() {
            if first.from.first_day() != start {
                c.errors.push(DataError::new(
                    f.file_name(),
                    format!("{}/control[0]", unit.id),
                    Rule::ControlStart,
                    format!("the first period starts {}", first.from),
                ));
            }
        }
        let last = unit.control.len().saturating_sub(1);
        for (i, period) in unit.control.iter().enumerate() {
            let record = format!("{}/control[{i}]", unit.id);
            c.refs(f, &record, std::slice::from_ref(&period.holder), Rule::UnknownPolity);
            c.refs(f, &record, period.treaty.as_slice(), Rule::UnknownTreaty);
            c.sources(f, &record, &period.sources);
            c.old_style(f, &record, period.old_style.as_ref(), &period.from);
            c.disagreement(f, &record, period.disagreement.as_ref());
            match (&period.to, i == last) {
                (None, false) => c.errors.push(DataError::new(
                    f.file_name(),
                    &record,
                    Rule::ControlOpenEnd,
                    "a period other than the last has no end",
                )),
                (Some(to), true) => c.errors.push(DataError::new(
                    f.file_name(),
                    &record,
                    Rule::ControlOpenEnd,
                    format!("the last period ends {to}; it must run to the present"),
                )),
                _ => {}
            }
            if let Some(to) = &period.to {
                if to.first_day() <= period.from.first_day() {
                    c.errors.push(DataError::new(
                        f.file_name(),
                        &record,
                        Rule::DateOrder,
                        format!("ends {to}, not after it starts {}", period.from),
                    ));
                }
                if let Some(next) = unit.control.get(i + 1) {
                    let (end, begin) = (to.first_day(), next.from.first_day());
                    if end < begin {
                        c.errors.push(DataError::new(
                            f.file_name(),
                            &record,
                            Rule::ControlGap,
                            format!("ends {to} but the next period starts {}", next.from),
                        ));
                    } else if end > begin {
                        c.errors.push(DataError::new(
                            f.file_name(),
                            &record,
                            Rule::ControlOverlap,
                            format!("ends {to} but the next period starts {}", next.from),
                        ));
                    }
                }
            }
        }
        for (i, claim) in unit.claims.iter().enumerate() {
            let record = format!("{}/claims[{i}]", unit.id);
            c.refs(f, &record, std::slice::from_ref(&claim.claimant), Rule::UnknownPolity);
            c.refs(f, &record, claim.treaty.as_slice(), Rule::UnknownTreaty);
            c.sources(f, &record, &claim.sources);
            c.order(f, &record, &claim.from, claim.to.as_ref());
        }
    }

    for e in &atlas.events {
        let f = DataFile::Events;
        c.refs(f, &e.id, &e.units, Rule::UnknownUnit);
        c.refs(f, &e.id, &e.sites, Rule::UnknownSite);
        c.refs(f, &e.id, e.treaty.as_slice(), Rule::UnknownTreaty);
        c.sources(f, &e.id, &e.sources);
        c.order(f, &e.id, &e.date, e.end.as_ref());
        c.old_style(f, &e.id, e.old_style.as_ref(), &e.date);
        c.disagreement(f, &e.id, e.disagreement.as_ref());
    }

    for s in &atlas.sites {
        let f = DataFile::Sites;
        c.refs(f, &s.id, &s.units, Rule::UnknownUnit);
        c.sources(f, &s.id, &s.sources);
        c.order(f, &s.id, &s.from, s.to.as_ref());
        c.point(f, &s.id, [s.lon, s.lat]);
        c.disagreement(f, &s.id, s.disagreement.as_ref());
        if checks == Checks::Full && !s.units.is_empty() {
            let nearest = s
                .units
                .iter()
                .flat_map(|u| atlas.shapes.iter().filter(move |shape| &shape.unit == u))
                .map(|shape| distance_km([s.lon, s.lat], &shape.polygons))
                .fold(f64::INFINITY, f64::min);
            if nearest > SITE_TOLERANCE_KM && nearest.is_finite() {
                c.errors.push(DataError::new(
                    f.file_name(),
                    &s.id,
                    Rule::SiteAwayFromUnit,
                    format!("lies {nearest:.0} km from the nearest of {}", s.units.join(", ")),
                ));
            }
        }
    }

    for t in &atlas.treaties {
        let f = DataFile::Treaties;
        c.refs(f, &t.id, &t.units, Rule::UnknownUnit);
        c.sources(f, &t.id, &t.sources);
        c.order(f, &t.id, &t.signed, t.in_force.as_ref());
        c.old_style(f, &t.id, t.old_style.as_ref(), &t.signed);
        c.disagreement(f, &t.id, t.disagreement.as_ref());
    }

    for p in &atlas.places {
        let f = DataFile::Places;
        c.sources(f, &p.id, &p.sources);
        c.point(f, &p.id, [p.lon, p.lat]);
        for (i, n) in p.names.iter().enumerate() {
            if let (Some(from), to) = (&n.from, n.to.as_ref()) {
                c.order(f, &format!("{}/names[{i}]", p.id), from, to);
            }
        }
    }

    for line in &atlas.lines {
        let f = DataFile::Lines;
        c.sources(f, &line.id, &line.sources);
        c.order(f, &line.id, &line.from, line.to.as_ref());
        if let Some(p) = line.paths.iter().flatten().find(|p| !REGION.contains(**p)) {
            c.point(f, &line.id, *p);
        }
    }

    if checks == Checks::Shipped {
        return c.errors;
    }
    let shaped: HashSet<&str> = atlas.shapes.iter().map(|s| s.unit.as_str()).collect();
    for unit in &atlas.units {
        if !shaped.contains(unit.id.as_str()) {
            c.errors.push(DataError::new("units.geojson", &unit.id, Rule::MissingGeometry, "the unit has no shape"));
        }
    }
    for shape in &atlas.shapes {
        let f = DataFile::Shapes;
        if !atlas.unit_index.contains_key(&shape.unit) {
            c.errors.push(DataError::new(
                f.file_name(),
                &shape.unit,
                Rule::UnknownUnit,
                format!("the shape names no unit of units.json ('{}')", shape.unit),
            ));
        }
        // A small tolerance keeps points that the generator placed exactly
        // on the region's edge from failing on rounding.
        if let Some(p) = shape.polygons.iter().flatten().flatten().find(|[lon, lat]| {
            *lon < REGION.west - 1e-6
                || *lon > REGION.east + 1e-6
                || *lat < REGION.south - 1e-6
                || *lat > REGION.north + 1e-6
        }) {
            c.point(f, &shape.unit, *p);
        }
        c.rings(f, &shape.unit, &shape.polygons);
    }
    for context in &atlas.context {
        c.rings(DataFile::Context, &context.name, &context.polygons);
    }
    c.errors
}

impl Atlas {
    /// Parses, checks every rule, and indexes the record.
    ///
    /// Returns every breach found, each naming its file, record and rule.
    pub fn load(files: &DataFiles) -> Result<Atlas, DataErrors> {
        Atlas::load_with(files, Checks::Full)
    }

    /// Parses, checks and indexes the record, with a choice of how much to check.
    pub fn load_with(files: &DataFiles, checks: Checks) -> Result<Atlas, DataErrors> {
        let mut errors = Vec::new();
        let polities: Option<Vec<Polity>> = parse_json(DataFile::Polities, files.text(DataFile::Polities), &mut errors);
        let units: Option<Vec<Unit>> = parse_json(DataFile::Units, files.text(DataFile::Units), &mut errors);
        let events: Option<Vec<Event>> = parse_json(DataFile::Events, files.text(DataFile::Events), &mut errors);
        let sites: Option<Vec<Site>> = parse_json(DataFile::Sites, files.text(DataFile::Sites), &mut errors);
        let treaties: Option<Vec<Treaty>> = parse_json(DataFile::Treaties, files.text(DataFile::Treaties), &mut errors);
        let sources: Option<Vec<Source>> = parse_json(DataFile::Sources, files.text(DataFile::Sources), &mut errors);
        let places: Option<Vec<Place>> = parse_json(DataFile::Places, files.text(DataFile::Places), &mut errors);
        let (shapes, context) = match checks {
            Checks::Full => (
                read_shapes(files.text(DataFile::Shapes), &mut errors),
                read_context(files.text(DataFile::Context), &mut errors),
            ),
            Checks::Shipped => (Vec::new(), Vec::new()),
        };
        let lines = read_lines(files.text(DataFile::Lines), &mut errors);

        let (Some(polities), Some(units), Some(events), Some(sites), Some(treaties), Some(sources), Some(places)) =
            (polities, units, events, sites, treaties, sources, places)
        else {
            return Err(DataErrors(errors));
        };
        if !errors.is_empty() {
            return Err(DataErrors(errors));
        }
        let record = Record { polities, units, events, sites, treaties, sources, places, lines };
        Atlas::from_record(record, shapes, context, checks)
    }

    /// Indexes and checks a record already parsed, with its outlines (none
    /// in the browser).
    pub fn from_record(
        record: Record,
        shapes: Vec<UnitShape>,
        context: Vec<ContextShape>,
        checks: Checks,
    ) -> Result<Atlas, DataErrors> {
        let mut record = record;
        let mut errors = Vec::new();
        record.events.sort_by_key(|e| (e.date.first_day(), e.date.last_day()));
        let r = &record;
        let polity_index = index_ids(DataFile::Polities, r.polities.iter().map(|p| p.id.as_str()), &mut errors);
        let unit_index = index_ids(DataFile::Units, r.units.iter().map(|u| u.id.as_str()), &mut errors);
        let site_index = index_ids(DataFile::Sites, r.sites.iter().map(|s| s.id.as_str()), &mut errors);
        let treaty_index = index_ids(DataFile::Treaties, r.treaties.iter().map(|t| t.id.as_str()), &mut errors);
        let source_index = index_ids(DataFile::Sources, r.sources.iter().map(|s| s.id.as_str()), &mut errors);
        index_ids(DataFile::Events, r.events.iter().map(|e| e.id.as_str()), &mut errors);
        index_ids(DataFile::Places, r.places.iter().map(|p| p.id.as_str()), &mut errors);
        index_ids(DataFile::Lines, r.lines.iter().map(|l| l.id.as_str()), &mut errors);

        let atlas = Atlas { record, shapes, context, polity_index, unit_index, site_index, treaty_index, source_index };
        errors.extend(validate(&atlas, checks));
        if errors.is_empty() {
            Ok(atlas)
        } else {
            Err(DataErrors(errors))
        }
    }
}
