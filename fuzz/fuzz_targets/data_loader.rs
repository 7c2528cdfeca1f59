//! Coverage-guided fuzzing of the data loader: the first byte picks a data
//! file, the rest replaces its text; the load must succeed or return errors,
//! never panic.
#![no_main]

use atlas_core::testing::real_files;
use atlas_core::{Atlas, DataFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else { return };
    let file = DataFile::ALL[usize::from(*first) % DataFile::ALL.len()];
    let text = String::from_utf8_lossy(rest).into_owned();
    let _ = Atlas::load(&real_files().with(file, text));
});
