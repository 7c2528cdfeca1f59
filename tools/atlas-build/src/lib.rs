//! The build-time side of Frontier Atlas: everything the browser never
//! needs. It reads `geo/data/` (JSON with serde_json, GeoJSON with the
//! `geojson` crate), checks the record's rules ([`atlas_core::atlas::rules`])
//! and the outlines' ([`outline_rules`], with the `geo` crate), compiles the
//! map into SVG path data ([`compile`]) and packs the bundle the page loads
//! ([`pack`]). The `atlas-check` command is its front end; the Trunk build
//! runs it before and after compiling the app.
//!
//! ```
//! let full = atlas_build::testing::real_full_record();
//! assert!(full.atlas.unit("kunashir").is_some());
//! assert_eq!(full.shapes.len(), full.atlas.units().len());
//! ```

pub mod colour_rules;
pub mod compile;
pub mod files;
pub mod neighbours;
pub mod outline_rules;
pub mod pack;
pub mod read;
pub mod testing;
pub mod text_rules;

use atlas_core::{Atlas, DataError, DataErrors, DataFile, Rule};
use geo::{MultiLineString, MultiPolygon};

pub use files::DataFiles;

/// The shape of one territorial unit, in longitude and latitude.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitShape {
    pub unit: String,
    pub polygons: MultiPolygon<f64>,
}

/// Land outside the atlas's units (the rest of China and Russia), drawn in
/// a neutral tone for context.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextShape {
    pub name: String,
    pub polygons: MultiPolygon<f64>,
}

/// The course of one line of `lines.geojson`, in longitude and latitude.
#[derive(Clone, Debug, PartialEq)]
pub struct LineCourse {
    pub line: String,
    pub paths: MultiLineString<f64>,
}

/// One border river of `rivers.geojson`, in longitude and latitude.
#[derive(Clone, Debug, PartialEq)]
pub struct RiverCourse {
    pub river: String,
    pub names: atlas_core::model::Names,
    pub paths: MultiLineString<f64>,
}

/// The record with its outlines, every rule checked: what the validator
/// reports on and what the build compiles and packs.
#[derive(Debug)]
pub struct FullRecord {
    pub atlas: Atlas,
    pub shapes: Vec<UnitShape>,
    pub context: Vec<ContextShape>,
    pub lines: Vec<LineCourse>,
    pub rivers: Vec<RiverCourse>,
}

/// Reads every file of `geo/data/`, checks every rule of the record and of
/// its outlines, and indexes the result. Returns every breach found, each
/// naming its file, record and rule.
/// Rule `MissingStateNote`: every polity says, in `state_note`, why it is
/// counted a regime of its state, citing sources that exist. Checked here,
/// not in the core, because the bundle leaves the notes out.
fn state_notes(record: &atlas_core::atlas::Record) -> Vec<DataError> {
    let file = DataFile::Polities.file_name();
    let mut errors = Vec::new();
    for polity in &record.polities {
        let problem = match &polity.state_note {
            None => Some("no state_note says why it is a regime of its state"),
            Some(note) if note.text.trim().is_empty() => Some("state_note.text is empty"),
            Some(note) if note.sources.is_empty() => Some("state_note cites no source"),
            Some(_) => None,
        };
        if let Some(problem) = problem {
            errors.push(DataError::new(file, &polity.id, Rule::MissingStateNote, problem));
        }
        for source in polity.state_note.iter().flat_map(|n| &n.sources) {
            if !record.sources.iter().any(|s| &s.id == source) {
                let detail = format!("state_note cites no source with the id '{source}'");
                errors.push(DataError::new(file, &polity.id, Rule::UnknownSource, detail));
            }
        }
    }
    errors
}

pub fn load(files: &DataFiles) -> Result<FullRecord, DataErrors> {
    let read = read::read_all(files)?;
    let mut errors = outline_rules::check_outlines(&read.record, &read.shapes, &read.context, &read.lines);
    errors.extend(state_notes(&read.record));
    errors.extend(text_rules::check_texts(&read.record));
    match Atlas::from_record(read.record) {
        Ok(atlas) if errors.is_empty() => {
            // The palette rule needs both the indexed record and sound outlines.
            let clashes = colour_rules::check_colours(&atlas, &read.shapes);
            if !clashes.is_empty() {
                return Err(DataErrors(clashes));
            }
            Ok(FullRecord { atlas, shapes: read.shapes, context: read.context, lines: read.lines, rivers: read.rivers })
        }
        Ok(_) => Err(DataErrors(errors)),
        Err(DataErrors(record_errors)) => {
            let mut all = record_errors;
            all.append(&mut errors);
            Err(DataErrors(all))
        }
    }
}
