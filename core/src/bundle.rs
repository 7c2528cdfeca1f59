//! The one file the browser loads: `data/atlas.bin`.
//!
//! The build validates the record in `geo/data/` in full, projects its
//! outlines ([`CompiledMap`]), and packs both into a bundle with
//! [postcard](https://docs.rs/postcard), a compact binary form of the same
//! serde types. The browser fetches one file instead of ten, decodes it
//! without parsing text or numbers, and checks what is cheap to check
//! (schema, references, dates, and that the map fits the record); the
//! geometry rules already ran at build time. Against the JSON and GeoJSON
//! files it replaces, the bundle is about a third of the size compressed,
//! and the JSON parser stays out of the WebAssembly.

use serde::{Deserialize, Serialize};

use crate::atlas::{Atlas, Checks, Record};
use crate::error::{DataError, DataErrors, Rule};
use crate::map::{CompiledMap, MapGeometry};

/// The bundle's file name, in `data/` beside the page.
pub const FILE_NAME: &str = "atlas.bin";

/// The bundle's format. A file of another format is refused by name
/// rather than misread (a cached `atlas.bin` from an older build, say).
pub const FORMAT: u32 = 1;

/// What `atlas.bin` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// [`FORMAT`], first, so that it can be read before anything else.
    pub format: u32,
    pub record: Record,
    pub map: CompiledMap,
}

impl Bundle {
    /// Packs a record loaded in full (with its GeoJSON outlines).
    pub fn pack(atlas: &Atlas) -> Bundle {
        Bundle { format: FORMAT, record: atlas.record.clone(), map: CompiledMap::compile(atlas) }
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        // Writing into a growing vector fails only if the allocator does.
        postcard::to_allocvec(self).unwrap_or_default()
    }
}

fn refused(rule: Rule, detail: impl Into<String>) -> DataErrors {
    DataErrors(vec![DataError::new(FILE_NAME, "(file)", rule, detail)])
}

/// Loads the bundle (the browser's whole way in): decodes it, checks the
/// record as [`Checks::Shipped`], and builds the map from its outlines.
///
/// ```
/// use atlas_core::bundle::load_bundle;
/// let bytes = atlas_core::testing::real_bundle();
/// let (atlas, map) = load_bundle(&bytes).unwrap();
/// assert!(atlas.shapes.is_empty());
/// assert_eq!(map.units.len(), atlas.units.len());
/// assert!(load_bundle(&bytes[..bytes.len() / 2]).is_err());
/// ```
pub fn load_bundle(bytes: &[u8]) -> Result<(Atlas, MapGeometry), DataErrors> {
    let (format, _) = postcard::take_from_bytes::<u32>(bytes).map_err(|e| refused(Rule::Syntax, e.to_string()))?;
    if format != FORMAT {
        return Err(refused(
            Rule::StaleMap,
            format!("the file is of format {format}, the atlas reads format {FORMAT}"),
        ));
    }
    let (bundle, rest) = postcard::take_from_bytes::<Bundle>(bytes)
        .map_err(|e| refused(Rule::Syntax, format!("{e}: cut short or corrupted")))?;
    if !rest.is_empty() {
        return Err(refused(Rule::Syntax, format!("{} unexpected bytes after the end", rest.len())));
    }
    let atlas = Atlas::from_record(bundle.record, Vec::new(), Vec::new(), Checks::Shipped)?;
    let map = MapGeometry::from_compiled(&atlas, bundle.map)?;
    Ok((atlas, map))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{real_atlas, real_bundle};

    #[test]
    fn the_bundle_reads_back_what_was_packed() {
        let atlas = real_atlas();
        let packed = Bundle::pack(&atlas);
        let (loaded, map) = load_bundle(&packed.to_bytes()).unwrap();
        assert_eq!(loaded.record, atlas.record);
        assert_eq!(map, MapGeometry::build(&atlas).unwrap());
    }

    /// A damaged file is refused naming `atlas.bin`, never misread.
    #[test]
    fn a_damaged_bundle_is_refused_by_name() {
        let bytes = real_bundle();
        let mut other_format = bytes.clone();
        other_format[0] = 2;
        let mut trailing = bytes.clone();
        trailing.push(0);
        let cases: [(&str, &[u8], Rule); 5] = [
            ("empty", &[], Rule::Syntax),
            ("cut in half", &bytes[..bytes.len() / 2], Rule::Syntax),
            ("one byte short", &bytes[..bytes.len() - 1], Rule::Syntax),
            ("another format", &other_format, Rule::StaleMap),
            ("a byte too many", &trailing, Rule::Syntax),
        ];
        for (name, damaged, rule) in cases {
            let errors = load_bundle(damaged).map(|_| ()).expect_err(name);
            assert!(errors.0.iter().all(|e| e.file == "atlas.bin"), "{name}: {errors}");
            assert!(errors.has(rule), "{name}: {errors}");
        }
    }

    /// References are still checked in the browser: a unit held by a
    /// polity the record lacks is refused, naming the unit.
    #[test]
    fn a_bundle_whose_record_is_broken_is_refused() {
        let mut bundle = Bundle::pack(&real_atlas());
        bundle.record.units[0].control[0].holder = "atlantis".into();
        let errors = load_bundle(&bundle.to_bytes()).map(|_| ()).expect_err("unknown polity");
        assert!(errors.has(Rule::UnknownPolity), "{errors}");
    }
}
