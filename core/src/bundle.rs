//! The one file the browser loads: `data/atlas.bin`.
//!
//! The build (crate `atlas-build`) validates the record in `geo/data/` in
//! full, projects its outlines ([`CompiledMap`]), and packs both into a bundle with
//! [postcard](https://docs.rs/postcard), a compact binary form of the same
//! serde types. The browser fetches one file instead of ten, decodes it
//! without parsing text or numbers, and checks what is cheap to check
//! (schema, references, dates, and that the map fits the record); the
//! geometry rules already ran at build time. Against the JSON and GeoJSON
//! files it replaces, the bundle is about a third of the size compressed,
//! and the JSON parser stays out of the WebAssembly.

use serde::{Deserialize, Serialize};

use crate::atlas::{Atlas, Record};
use crate::error::{DataError, DataErrors, Rule};
use crate::map::{CompiledMap, MapGeometry};

/// The bundle's file name, in `data/` beside the page.
pub const FILE_NAME: &str = "atlas.bin";

/// The bundle's format. A file of another format is refused by name
/// rather than misread (a cached `atlas.bin` from an older build, say).
pub const FORMAT: u32 = 4;

/// What `atlas.bin` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// [`FORMAT`], first, so that it can be read before anything else.
    pub format: u32,
    pub record: Record,
    pub map: CompiledMap,
}

fn refused(rule: Rule, detail: impl Into<String>) -> DataErrors {
    DataErrors(vec![DataError::new(FILE_NAME, "(file)", rule, detail)])
}

/// Loads the bundle (the browser's whole way in): decodes it, checks the
/// record's rules ([`Atlas::from_record`]; the outlines' rules ran at build
/// time), and builds the map from its compiled outlines.
///
/// ```
/// use atlas_core::bundle::load_bundle;
/// let bytes = atlas_build::testing::real_bundle();
/// let (atlas, map) = load_bundle(&bytes).unwrap();
/// assert_eq!(map.units.len(), atlas.units().len());
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
    let atlas = Atlas::from_record(bundle.record)?;
    let map = MapGeometry::from_compiled(&atlas, bundle.map)?;
    Ok((atlas, map))
}
