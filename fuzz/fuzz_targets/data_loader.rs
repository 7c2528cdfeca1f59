//! Coverage-guided fuzzing of the data loaders; whatever arrives, the load
//! must succeed or return errors, never panic.
//!
//! The first byte picks the target. Even: the bundle the browser loads,
//! as the input itself and as the real bundle with the input written over
//! part of it (which reaches deeper than random bytes do). Odd: a file of
//! `geo/data/` chosen by the byte, replaced by the rest as text.
#![no_main]

use std::sync::OnceLock;

use atlas_core::bundle::load_bundle;
use atlas_build::testing::{real_bundle, real_files};
use atlas_core::DataFile;
use libfuzzer_sys::fuzz_target;

fn bundle() -> &'static [u8] {
    static BUNDLE: OnceLock<Vec<u8>> = OnceLock::new();
    BUNDLE.get_or_init(real_bundle)
}

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else { return };
    if first % 2 == 0 {
        let _ = load_bundle(rest);
        let mut patched = bundle().to_vec();
        let at = usize::from(*first) * patched.len() / 256;
        let end = (at + rest.len()).min(patched.len());
        patched[at..end].copy_from_slice(&rest[..end - at]);
        let _ = load_bundle(&patched);
    } else {
        let file = DataFile::ALL[usize::from(*first / 2) % DataFile::ALL.len()];
        let text = String::from_utf8_lossy(rest).into_owned();
        let _ = atlas_build::load(&real_files().with(file, text));
    }
});
