//! The committed record, compiled in, for tests and doc examples.

use atlas_core::map::MapGeometry;
use atlas_core::{Atlas, DataFile};

use crate::files::DataFiles;
use crate::FullRecord;

/// The text of one file of `geo/data/`, as committed.
pub fn real_file(file: DataFile) -> &'static str {
    match file {
        DataFile::States => include_str!("../../../geo/data/states.json"),
        DataFile::Polities => include_str!("../../../geo/data/polities.json"),
        DataFile::Units => include_str!("../../../geo/data/units.json"),
        DataFile::Events => include_str!("../../../geo/data/events.json"),
        DataFile::Sites => include_str!("../../../geo/data/sites.json"),
        DataFile::Treaties => include_str!("../../../geo/data/treaties.json"),
        DataFile::Sources => include_str!("../../../geo/data/sources.json"),
        DataFile::Places => include_str!("../../../geo/data/places.json"),
        DataFile::Waters => include_str!("../../../geo/data/waters.json"),
        DataFile::Shapes => include_str!("../../../geo/data/units.geojson"),
        DataFile::Context => include_str!("../../../geo/data/context.geojson"),
        DataFile::Lines => include_str!("../../../geo/data/lines.geojson"),
        DataFile::Rivers => include_str!("../../../geo/data/rivers.geojson"),
    }
}

/// Every file of `geo/data/`, as committed.
pub fn real_files() -> DataFiles {
    match DataFiles::read_with(|f| Ok::<_, ()>(real_file(f).to_string())) {
        Ok(files) => files,
        Err(()) => unreachable!("reading compiled-in text cannot fail"),
    }
}

/// The real record with its outlines; panics with every breach if it is broken.
pub fn real_full_record() -> FullRecord {
    crate::load(&real_files()).unwrap_or_else(|e| panic!("the real record is broken:\n{e}"))
}

/// The real record, checked and indexed.
pub fn real_atlas() -> Atlas {
    real_full_record().atlas
}

/// The real record and its map, as the browser gets them from the bundle.
pub fn real_atlas_and_map() -> (Atlas, MapGeometry) {
    let full = real_full_record();
    let map = crate::compile::map_geometry(&full).unwrap_or_else(|e| panic!("the real map is broken:\n{e}"));
    (full.atlas, map)
}

/// What the build ships: the bundle packed from the committed record.
pub fn real_bundle() -> Vec<u8> {
    crate::pack::to_bytes(&crate::pack::pack(&real_full_record()))
}
