//! The rules every record keeps, wherever it was read: references resolve,
//! every fact cites a source, dates are in order, Old Style dates convert
//! to the record's, a unit's control runs from 1850 to today without gap or
//! overlap, points lie in the map's region. One function per rule family;
//! [`check_record`] runs them all. The rules of the outlines (winding,
//! validity, a site near its unit) need the shapes, which only the build
//! has: they live in `atlas-build`.

use crate::atlas::{Atlas, DataFile, FIRST_YEAR};
use crate::date::{day_number, HistDate, OldStyleDate};
use crate::error::{DataError, Rule};
use crate::model::{Disagreement, Unit};
use crate::region::{LonLat, REGION};

/// Every breach of the record's rules, in file order.
pub fn check_record(atlas: &Atlas) -> Vec<DataError> {
    let mut c = Checker { atlas, errors: Vec::new() };
    c.polities();
    for unit in atlas.units() {
        c.control(unit);
        c.claims(unit);
        c.official_maps(unit);
    }
    c.events();
    c.sites();
    c.treaties();
    c.places();
    c.waters();
    c.lines();
    c.publishers();
    c.errors
}

/// The kinds of record another can name, each with its index.
#[derive(Clone, Copy)]
enum Kind {
    Unit,
    Polity,
    Site,
    Treaty,
    Source,
}

impl Kind {
    fn rule(self) -> Rule {
        match self {
            Kind::Unit => Rule::UnknownUnit,
            Kind::Polity => Rule::UnknownPolity,
            Kind::Site => Rule::UnknownSite,
            Kind::Treaty => Rule::UnknownTreaty,
            Kind::Source => Rule::UnknownSource,
        }
    }

    fn word(self) -> &'static str {
        match self {
            Kind::Unit => "unit",
            Kind::Polity => "polity",
            Kind::Site => "site",
            Kind::Treaty => "treaty",
            Kind::Source => "source",
        }
    }
}

struct Checker<'a> {
    atlas: &'a Atlas,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn push(&mut self, file: DataFile, record: &str, rule: Rule, detail: impl Into<String>) {
        self.errors.push(DataError::new(file.file_name(), record, rule, detail));
    }

    /// Every id names an existing record of its kind.
    fn refs(&mut self, file: DataFile, record: &str, ids: &[String], kind: Kind) {
        for id in ids {
            let known = match kind {
                Kind::Unit => self.atlas.unit(id).is_some(),
                Kind::Polity => self.atlas.polity(id).is_some(),
                Kind::Site => self.atlas.site(id).is_some(),
                Kind::Treaty => self.atlas.treaty(id).is_some(),
                Kind::Source => self.atlas.source(id).is_some(),
            };
            if !known {
                self.push(file, record, kind.rule(), format!("no {} has the id '{id}'", kind.word()));
            }
        }
    }

    /// At least one source is cited, and every one exists.
    fn sources(&mut self, file: DataFile, record: &str, sources: &[String]) {
        if sources.is_empty() {
            self.push(file, record, Rule::MissingSource, "no source is cited");
        }
        self.refs(file, record, sources, Kind::Source);
    }

    /// An end does not come before its start.
    fn order(&mut self, file: DataFile, record: &str, from: &HistDate, to: Option<&HistDate>) {
        if let Some(to) = to.filter(|to| to.last_day() < from.first_day()) {
            self.push(file, record, Rule::DateOrder, format!("ends {to} before it starts {from}"));
        }
    }

    fn point(&mut self, file: DataFile, record: &str, point: LonLat) {
        if !(point[0].is_finite() && point[1].is_finite() && REGION.contains(point)) {
            let r = REGION;
            self.push(
                file,
                record,
                Rule::OutsideRegion,
                format!(
                    "{:.3}°E {:.3}°N lies outside {}–{}°E, {}–{}°N",
                    point[0], point[1], r.west, r.east, r.south, r.north
                ),
            );
        }
    }

    /// The Old Style date converts to the record's Gregorian date.
    fn old_style(&mut self, file: DataFile, record: &str, old_style: Option<&OldStyleDate>, date: &HistDate) {
        let Some(old) = old_style else { return };
        let converted = old.to_gregorian();
        if converted != *date {
            self.push(
                file,
                record,
                Rule::OldStyle,
                format!("{} Old Style is {converted}, but the record says {date}", old.to_data_string()),
            );
        }
    }

    fn disagreement(&mut self, file: DataFile, record: &str, disagreement: Option<&Disagreement>) {
        let Some(d) = disagreement else { return };
        if d.readings.len() < 2 {
            self.push(
                file,
                record,
                Rule::Disagreement,
                format!("the disagreement about {} gives {} reading(s)", d.about, d.readings.len()),
            );
        }
        for r in &d.readings {
            self.sources(file, record, &r.sources);
        }
    }

    /// A unit's control periods run from 1 Jan 1850 to today, each starting
    /// where the one before ended, every one sourced.
    /// Every polity is a regime of a known state. (Why, with sources, is
    /// the build's rule, `MissingStateNote`: the bundle carries no notes.)
    fn polities(&mut self) {
        for polity in self.atlas.polities() {
            if self.atlas.state(&polity.state).is_none() {
                let detail = format!("no state in states.json has the id '{}'", polity.state);
                self.push(DataFile::Polities, &polity.id, Rule::UnknownState, detail);
            }
        }
    }

    fn control(&mut self, unit: &Unit) {
        let f = DataFile::Units;
        let start = day_number(FIRST_YEAR, 1, 1);
        if unit.control.is_empty() {
            self.push(f, &unit.id, Rule::ControlStart, "the unit has no control periods");
        }
        if let Some(first) = unit.control.first().filter(|first| first.from.first_day() != start) {
            self.push(
                f,
                &format!("{}/control[0]", unit.id),
                Rule::ControlStart,
                format!("the first period starts {}", first.from),
            );
        }
        let last = unit.control.len().saturating_sub(1);
        for (i, period) in unit.control.iter().enumerate() {
            let record = format!("{}/control[{i}]", unit.id);
            self.refs(f, &record, std::slice::from_ref(&period.holder), Kind::Polity);
            self.refs(f, &record, period.treaty.as_slice(), Kind::Treaty);
            self.sources(f, &record, &period.sources);
            self.old_style(f, &record, period.old_style.as_ref(), &period.from);
            self.disagreement(f, &record, period.disagreement.as_ref());
            match (&period.to, i == last) {
                (None, false) => self.push(f, &record, Rule::ControlOpenEnd, "a period other than the last has no end"),
                (Some(to), true) => self.push(
                    f,
                    &record,
                    Rule::ControlOpenEnd,
                    format!("the last period ends {to}; it must run to the present"),
                ),
                _ => {}
            }
            let Some(to) = &period.to else { continue };
            if to.first_day() <= period.from.first_day() {
                self.push(f, &record, Rule::DateOrder, format!("ends {to}, not after it starts {}", period.from));
            }
            if let Some(next) = unit.control.get(i + 1) {
                let (end, begin) = (to.first_day(), next.from.first_day());
                let rule = match end.cmp(&begin) {
                    std::cmp::Ordering::Less => Rule::ControlGap,
                    std::cmp::Ordering::Greater => Rule::ControlOverlap,
                    std::cmp::Ordering::Equal => continue,
                };
                self.push(f, &record, rule, format!("ends {to} but the next period starts {}", next.from));
            }
        }
    }

    fn claims(&mut self, unit: &Unit) {
        let f = DataFile::Units;
        for (i, claim) in unit.claims.iter().enumerate() {
            let record = format!("{}/claims[{i}]", unit.id);
            self.refs(f, &record, std::slice::from_ref(&claim.claimant), Kind::Polity);
            self.refs(f, &record, claim.treaty.as_slice(), Kind::Treaty);
            self.sources(f, &record, &claim.sources);
            self.order(f, &record, &claim.from, claim.to.as_ref());
        }
    }

    fn official_maps(&mut self, unit: &Unit) {
        let f = DataFile::Units;
        for (i, view) in unit.official_maps.iter().enumerate() {
            let record = format!("{}/official_maps[{i}]", unit.id);
            self.refs(f, &record, std::slice::from_ref(&view.shown_as), Kind::Polity);
            self.sources(f, &record, &view.sources);
        }
    }

    fn events(&mut self) {
        let f = DataFile::Events;
        for e in self.atlas.events() {
            self.refs(f, &e.id, &e.units, Kind::Unit);
            self.refs(f, &e.id, &e.sites, Kind::Site);
            self.refs(f, &e.id, e.treaty.as_slice(), Kind::Treaty);
            self.sources(f, &e.id, &e.sources);
            self.order(f, &e.id, &e.date, e.end.as_ref());
            self.old_style(f, &e.id, e.old_style.as_ref(), &e.date);
            self.disagreement(f, &e.id, e.disagreement.as_ref());
        }
    }

    fn sites(&mut self) {
        let f = DataFile::Sites;
        for s in self.atlas.sites() {
            self.refs(f, &s.id, &s.units, Kind::Unit);
            self.sources(f, &s.id, &s.sources);
            self.order(f, &s.id, &s.from, s.to.as_ref());
            self.point(f, &s.id, [s.lon, s.lat]);
            self.disagreement(f, &s.id, s.disagreement.as_ref());
        }
    }

    fn treaties(&mut self) {
        let f = DataFile::Treaties;
        for t in self.atlas.treaties() {
            self.refs(f, &t.id, &t.units, Kind::Unit);
            self.sources(f, &t.id, &t.sources);
            self.order(f, &t.id, &t.signed, t.in_force.as_ref());
            self.old_style(f, &t.id, t.old_style.as_ref(), &t.signed);
            self.disagreement(f, &t.id, t.disagreement.as_ref());
        }
    }

    fn places(&mut self) {
        let f = DataFile::Places;
        for p in self.atlas.places() {
            self.sources(f, &p.id, &p.sources);
            self.point(f, &p.id, [p.lon, p.lat]);
            for (i, n) in p.names.iter().enumerate() {
                if let Some(from) = &n.from {
                    self.order(f, &format!("{}/names[{i}]", p.id), from, n.to.as_ref());
                }
            }
        }
    }

    /// Every source a reader is shown names its publisher, so that a
    /// citation reads as a title and who stands behind it.
    fn publishers(&mut self) {
        for s in self.atlas.sources() {
            if !s.unverified && s.publisher.as_deref().is_none_or(|p| p.trim().is_empty()) {
                self.push(
                    DataFile::Sources,
                    &s.id,
                    Rule::SourceWithoutPublisher,
                    format!("'{}' names no publisher", s.title),
                );
            }
        }
    }

    /// Every water cites a source, lies in the region, and is named in
    /// every language the map is read in (a sea is labelled in each).
    fn waters(&mut self) {
        let f = DataFile::Waters;
        for w in self.atlas.waters() {
            self.sources(f, &w.id, &w.sources);
            self.point(f, &w.id, [w.lon, w.lat]);
            let missing: Vec<&str> =
                [("en", Some(&w.names.en)), ("ja", w.names.ja.as_ref()), ("ru", w.names.ru.as_ref())]
                    .into_iter()
                    .filter(|(_, name)| name.is_none_or(|n| n.trim().is_empty()))
                    .map(|(lang, _)| lang)
                    .collect();
            if !missing.is_empty() {
                self.push(f, &w.id, Rule::MissingTranslation, format!("no name in {}", missing.join(", ")));
            }
        }
    }

    fn lines(&mut self) {
        let f = DataFile::Lines;
        for line in self.atlas.lines() {
            self.sources(f, &line.id, &line.sources);
            self.order(f, &line.id, &line.from, line.to.as_ref());
        }
    }
}
