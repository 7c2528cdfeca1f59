//! Packing the bundle the browser loads, and its manifest.

use atlas_core::bundle::{Bundle, FORMAT};

use crate::compile::compile_map;
use crate::FullRecord;

/// The bundle for a record checked in full. What the page never shows
/// stays behind: the polities' state notes (the page shows which state a
/// polity is a regime of, not the reasoning, which the build has checked)
/// and the sources' editors' notes (what was read where).
pub fn pack(full: &FullRecord) -> Bundle {
    let mut record = full.atlas.record().clone();
    for polity in &mut record.polities {
        polity.state_note = None;
    }
    for source in &mut record.sources {
        source.note = None;
    }
    Bundle { format: FORMAT, record, map: compile_map(full) }
}

/// The bundle's bytes, as `data/atlas.bin` holds them.
pub fn to_bytes(bundle: &Bundle) -> Vec<u8> {
    // Writing into a growing vector fails only if the allocator does.
    postcard::to_allocvec(bundle).unwrap_or_default()
}

/// The SHA-256 of some bytes, as lower-case hex (the format of `sha256sum`).
///
/// ```
/// assert_eq!(
///     atlas_build::pack::sha256_hex(b"abc"),
///     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// );
/// ```
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
