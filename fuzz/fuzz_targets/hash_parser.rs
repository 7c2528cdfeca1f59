//! Coverage-guided fuzzing of the URL hash parser: any bytes, no panic, and
//! what it parses stays in bounds and round-trips.
#![no_main]

use atlas_core::url::{format_hash, parse_hash};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let hash = String::from_utf8_lossy(data);
    let is_unit = |u: &str| u == "kunashir" || u == "iturup";
    let state = parse_hash(&hash, 1850..=2026, is_unit);
    if let Some(year) = state.year {
        assert!((1850..=2026).contains(&year));
    }
    assert_eq!(parse_hash(&format_hash(&state), 1850..=2026, is_unit), state);
});
