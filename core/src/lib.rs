//! The browser-free core of Frontier Atlas.
//!
//! Everything the atlas knows and computes lives here, in plain Rust with no
//! `yew` or `web-sys`: the typed record ([`model`]), its loading and
//! validation ([`atlas`], [`error`]), the bundle the browser loads
//! ([`bundle`]), time queries ([`query`]), the
//! projection ([`projection`]), geometry and SVG path drawing ([`geometry`],
//! [`path`], [`map`]) and the URL hash ([`url`]). The Yew app on top only
//! renders what these modules return.

pub mod atlas;
pub mod bundle;
pub mod date;
pub mod error;
pub mod export;
pub mod geometry;
pub mod i18n;
pub mod map;
pub mod model;
pub mod path;
pub mod projection;
pub mod query;
pub mod scene;
pub mod search;
pub mod settings;
pub mod url;
pub mod viewport;

pub use atlas::{Atlas, DataFile, DataFiles, FIRST_YEAR};
pub use error::{DataError, DataErrors, Rule};

/// The real record, compiled in, for tests and examples.
#[doc(hidden)]
pub mod testing {
    use crate::atlas::{Atlas, DataFile, DataFiles};

    /// The text of one file of `geo/data/`, as committed.
    pub fn real_file(file: DataFile) -> &'static str {
        match file {
            DataFile::Polities => include_str!("../../geo/data/polities.json"),
            DataFile::Units => include_str!("../../geo/data/units.json"),
            DataFile::Events => include_str!("../../geo/data/events.json"),
            DataFile::Sites => include_str!("../../geo/data/sites.json"),
            DataFile::Treaties => include_str!("../../geo/data/treaties.json"),
            DataFile::Sources => include_str!("../../geo/data/sources.json"),
            DataFile::Places => include_str!("../../geo/data/places.json"),
            DataFile::Shapes => include_str!("../../geo/data/units.geojson"),
            DataFile::Context => include_str!("../../geo/data/context.geojson"),
            DataFile::Lines => include_str!("../../geo/data/lines.geojson"),
        }
    }

    /// Every file of `geo/data/`, as committed.
    pub fn real_files() -> DataFiles {
        match DataFiles::read_with(|f| Ok::<_, ()>(real_file(f).to_string())) {
            Ok(files) => files,
            Err(()) => unreachable!("reading compiled-in text cannot fail"),
        }
    }

    /// What the build ships: the bundle packed from the committed record.
    pub fn real_bundle() -> Vec<u8> {
        crate::bundle::Bundle::pack(&real_atlas()).to_bytes()
    }

    /// The real record, loaded; panics with every breach if it is broken.
    pub fn real_atlas() -> Atlas {
        Atlas::load(&real_files()).unwrap_or_else(|e| panic!("the real record is broken:\n{e}"))
    }
}
