//! Property tests: whatever text arrives through the URL or a data file, the
//! core answers with a value or a typed error, never a panic.

use atlas_build::testing::{real_bundle, real_file, real_files};
use atlas_core::bundle::load_bundle;
use atlas_core::url::{format_hash, parse_hash};
use atlas_core::DataFile;
use proptest::prelude::*;

fn is_unit(id: &str) -> bool {
    matches!(id, "kunashir" | "iturup" | "sakhalin-south")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    /// Any hash parses, and what it yields is inside the allowed ranges.
    #[test]
    fn any_hash_parses_within_bounds(hash in ".{0,120}") {
        let state = parse_hash(&hash, 1850..=2026, is_unit);
        if let Some(year) = state.year { prop_assert!((1850..=2026).contains(&year)); }
        if let Some(year) = state.compare { prop_assert!((1850..=2026).contains(&year)); }
        if let Some(unit) = &state.unit { prop_assert!(is_unit(unit)); }
        // What it writes back parses to the same state.
        prop_assert_eq!(parse_hash(&format_hash(&state), 1850..=2026, is_unit), state);
    }

    /// Hashes built from the real keys with arbitrary values never panic.
    #[test]
    fn keyed_hashes_parse(key in prop::sample::select(vec!["year", "date", "unit", "view", "seen-from", "lang", "compare"]), value in "\\PC{0,24}") {
        let state = parse_hash(&format!("#{key}={value}&year=1945"), 1850..=2026, is_unit);
        prop_assert!(state.year.is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Arbitrary text in place of any data file is a typed error, not a panic.
    #[test]
    fn arbitrary_file_text_is_refused(index in 0usize..10, text in "\\PC{0,200}") {
        let file = DataFile::ALL[index];
        prop_assert!(atlas_build::load(&real_files().with(file, text)).is_err());
    }

    /// A real file cut short or with a byte changed loads or fails cleanly.
    #[test]
    fn damaged_real_files_load_or_fail_cleanly(index in 0usize..10, cut in 0.0f64..1.0, at in 0.0f64..1.0, byte in 32u8..127) {
        let file = DataFile::ALL[index];
        let text = real_file(file);
        let end = (text.len() as f64 * cut) as usize;
        let truncated: String = text.char_indices().take_while(|(i, _)| *i < end).map(|(_, c)| c).collect();
        let _ = atlas_build::load(&real_files().with(file, truncated));
        let mut bytes = text.as_bytes().to_vec();
        let i = ((bytes.len() as f64 * at) as usize).min(bytes.len().saturating_sub(1));
        if bytes.get(i).is_some_and(|b| b.is_ascii()) {
            bytes[i] = byte;
        }
        if let Ok(changed) = String::from_utf8(bytes) {
            let _ = atlas_build::load(&real_files().with(file, changed));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// The bundle the browser loads, cut short or with bytes overwritten,
    /// loads or fails with a typed error; arbitrary bytes are refused.
    #[test]
    fn damaged_bundles_load_or_fail_cleanly(
        cut in 0.0f64..1.0,
        at in 0.0f64..1.0,
        patch in proptest::collection::vec(any::<u8>(), 1..16),
        noise in proptest::collection::vec(any::<u8>(), 0..256),
    ) {
        let bytes = real_bundle();
        let _ = load_bundle(&bytes[..(bytes.len() as f64 * cut) as usize]);
        let mut patched = bytes.clone();
        let start = ((patched.len() as f64 * at) as usize).min(patched.len() - patch.len());
        patched[start..start + patch.len()].copy_from_slice(&patch);
        let _ = load_bundle(&patched);
        prop_assert!(load_bundle(&noise).is_err());
    }
}
