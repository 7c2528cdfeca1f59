//! The rule of the texts a reader sees (`Rule::InternalText`): names,
//! descriptions, bases, summaries, notes, disagreements and the sources'
//! titles and publishers carry no file path ("geo/data/units.json",
//! "../shared/seeds/…"), no word of the project's own workshop ("seed",
//! "GK", "audit") and no bare source id ("P91", "S0"): a reader cannot
//! follow any of them. Editors' fields the page never shows (a source's
//! `note`, a site's `coordinates_source`) are not checked.
//!
//! ```
//! use atlas_build::text_rules::internal_fragment;
//! assert_eq!(internal_fragment("One seed says 1905."), Some("seed".to_string()));
//! assert_eq!(internal_fragment("Read (shared/seeds/000.txt)."), Some("shared/seeds/000.txt".to_string()));
//! assert_eq!(internal_fragment("Rows marked GK are unverified."), Some("GK".to_string()));
//! assert_eq!(internal_fragment("As P91 says"), Some("P91".to_string()));
//! assert_eq!(internal_fragment("Soviet/Russian control, 1945/46, and/or"), None);
//! ```

use atlas_core::atlas::Record;
use atlas_core::model::{Disagreement, Names};
use atlas_core::{DataError, DataFile, Rule};

/// Folders of the project a path in a text would start with.
const PROJECT_FOLDERS: [&str; 9] =
    ["geo/", "shared/", "src/", "core/", "tools/", "tests/", "data/", "scripts/", "assets/"];

/// Endings of the project's files.
const FILE_ENDINGS: [&str; 8] = [".json", ".geojson", ".txt", ".rs", ".md", ".bin", ".mjs", ".toml"];

/// Words of the workshop, matched as whole words, any case (but `GK`,
/// matched as written, so that no ordinary word is caught).
const INTERNAL_WORDS: [&str; 4] = ["seed", "seeds", "audit", "audited"];

/// The first fragment of `text` a reader should not see: a file path, an
/// internal word or a bare source id.
pub fn internal_fragment(text: &str) -> Option<String> {
    text.split_whitespace().find_map(|token| {
        // Quotes and brackets around a word and the stop after it go; a
        // leading "../" stays, so that a relative path is still one.
        let word = token
            .trim_start_matches(|c: char| !(c.is_alphanumeric() || "./_".contains(c)))
            .trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
        let lower = word.to_lowercase();
        let path = word.starts_with("../")
            || word.starts_with("./")
            || PROJECT_FOLDERS.iter().any(|f| lower.starts_with(f))
            || FILE_ENDINGS.iter().any(|e| lower.ends_with(e) && lower.len() > e.len());
        let internal = INTERNAL_WORDS.contains(&lower.as_str()) || word == "GK";
        (path || internal || is_source_id(word)).then(|| word.to_string())
    })
}

/// `P91`, `S0`, `W14`: the record's ids for its sources.
fn is_source_id(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('P' | 'S' | 'W')) && word.len() > 1 && chars.all(|c| c.is_ascii_digit())
}

struct TextChecker {
    errors: Vec<DataError>,
}

impl TextChecker {
    fn text(&mut self, file: DataFile, record: &str, field: &str, text: &str) {
        if let Some(fragment) = internal_fragment(text) {
            self.errors.push(DataError::new(
                file.file_name(),
                record,
                Rule::InternalText,
                format!("the {field} shows readers '{fragment}'"),
            ));
        }
    }

    fn optional(&mut self, file: DataFile, record: &str, field: &str, text: Option<&String>) {
        if let Some(text) = text {
            self.text(file, record, field, text);
        }
    }

    fn names(&mut self, file: DataFile, record: &str, names: &Names) {
        self.text(file, record, "name", &names.en);
        self.optional(file, record, "Japanese name", names.ja.as_ref());
        self.optional(file, record, "Russian name", names.ru.as_ref());
    }

    fn disagreement(&mut self, file: DataFile, record: &str, disagreement: Option<&Disagreement>) {
        let Some(d) = disagreement else { return };
        self.text(file, record, "disagreement", &d.about);
        for r in &d.readings {
            self.text(file, record, "disagreement's reading", &r.reading);
        }
        self.text(file, record, "disagreement's conclusion", &d.used);
    }
}

/// Every reader-facing text of the record that shows a file path, an
/// internal word or a bare source id, each breach naming file, record and
/// field.
pub fn check_texts(record: &Record) -> Vec<DataError> {
    let mut c = TextChecker { errors: Vec::new() };
    for p in &record.polities {
        c.names(DataFile::Polities, &p.id, &p.names);
        c.text(DataFile::Polities, &p.id, "description", &p.description);
    }
    for u in &record.units {
        let file = DataFile::Units;
        c.names(file, &u.id, &u.names);
        c.text(file, &u.id, "description", &u.description);
        for (i, n) in u.names_by_period.iter().enumerate() {
            c.names(file, &format!("{}/names_by_period[{i}]", u.id), &n.names);
        }
        for (i, p) in u.control.iter().enumerate() {
            let record = format!("{}/control[{i}]", u.id);
            c.text(file, &record, "basis", &p.basis);
            c.optional(file, &record, "note", p.note.as_ref());
            c.disagreement(file, &record, p.disagreement.as_ref());
        }
        for (i, claim) in u.claims.iter().enumerate() {
            c.text(file, &format!("{}/claims[{i}]", u.id), "basis", &claim.basis);
        }
        for (i, m) in u.official_maps.iter().enumerate() {
            c.optional(file, &format!("{}/official_maps[{i}]", u.id), "note", m.note.as_ref());
        }
    }
    for e in &record.events {
        let file = DataFile::Events;
        c.text(file, &e.id, "title", &e.title);
        c.text(file, &e.id, "summary", &e.summary);
        c.optional(file, &e.id, "note", e.note.as_ref());
        c.disagreement(file, &e.id, e.disagreement.as_ref());
    }
    for s in &record.sites {
        c.names(DataFile::Sites, &s.id, &s.names);
        c.text(DataFile::Sites, &s.id, "outcome", &s.outcome);
        c.disagreement(DataFile::Sites, &s.id, s.disagreement.as_ref());
    }
    for t in &record.treaties {
        let file = DataFile::Treaties;
        c.names(file, &t.id, &t.names);
        c.text(file, &t.id, "place", &t.place);
        c.text(file, &t.id, "summary", &t.summary);
        c.optional(file, &t.id, "note", t.note.as_ref());
        c.disagreement(file, &t.id, t.disagreement.as_ref());
    }
    for s in &record.sources {
        c.text(DataFile::Sources, &s.id, "title", &s.title);
        c.optional(DataFile::Sources, &s.id, "publisher", s.publisher.as_ref());
    }
    for p in &record.places {
        for (i, n) in p.names.iter().enumerate() {
            c.names(DataFile::Places, &format!("{}/names[{i}]", p.id), &n.names);
        }
    }
    for l in &record.lines {
        c.text(DataFile::Lines, &l.id, "name", &l.name);
        c.text(DataFile::Lines, &l.id, "description", &l.description);
    }
    c.errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_a_reader_cannot_follow_are_found_and_ordinary_text_passes() {
        let cases: [(&str, Option<&str>); 12] = [
            ("Seed document (shared/seeds/000_827b8aa17a6b5ac3.txt)", Some("Seed")),
            ("see ../shared/research/history-reference.md", Some("../shared/research/history-reference.md")),
            ("as geo/data/units.json records", Some("geo/data/units.json")),
            ("the units.json entry", Some("units.json")),
            ("Rows marked GK are unverified.", Some("GK")),
            ("An audit found the date wrong.", Some("audit")),
            ("(P91)", Some("P91")),
            ("S0, the article", Some("S0")),
            // Ordinary words and forms that merely look close pass.
            ("Soviet/Russian control in 1945/46, and/or the Gk. text", None),
            ("Seedlings of the treaty; the P-38 and the S-400", None),
            ("Sakhalin's 50°N line; Ōtomari (Korsakov)", None),
            ("Wikipedia text at wikimili.com", None),
        ];
        for (text, expected) in cases {
            assert_eq!(internal_fragment(text).as_deref(), expected, "{text}");
        }
    }
}
