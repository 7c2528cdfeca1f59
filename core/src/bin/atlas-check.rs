//! `atlas-check`: validates the record in `geo/data/` and prints every
//! breach with its file, record and rule.
//!
//! Usage: `cargo run -p atlas-core --bin atlas-check [DATA_DIR]`
//! (default `geo/data`). Exits non-zero when the record is broken.

use std::path::PathBuf;
use std::process::ExitCode;

use atlas_core::{Atlas, DataFile, DataFiles};

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "geo/data".into()));
    let files = DataFiles::read_with(|file: DataFile| {
        let path = dir.join(file.file_name());
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    });
    let files = match files {
        Ok(files) => files,
        Err(e) => {
            eprintln!("atlas-check: {e}");
            return ExitCode::FAILURE;
        }
    };
    match Atlas::load(&files) {
        Ok(atlas) => {
            let years: std::collections::BTreeSet<i32> = atlas.events.iter().map(|e| e.date.year).collect();
            let periods: usize = atlas.units.iter().map(|u| u.control.len()).sum();
            let claims: usize = atlas.units.iter().map(|u| u.claims.len()).sum();
            println!(
                "atlas-check: {} is sound: {} units, {} control periods, {} claims, {} polities, {} events over {} years, {} sites, {} treaties, {} lines, {} places, {} sources",
                dir.display(),
                atlas.units.len(),
                periods,
                claims,
                atlas.polities.len(),
                atlas.events.len(),
                years.len(),
                atlas.sites.len(),
                atlas.treaties.len(),
                atlas.lines.len(),
                atlas.places.len(),
                atlas.sources.len()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("{e}");
            }
            eprintln!("atlas-check: {} breach(es) in {}", errors.0.len(), dir.display());
            ExitCode::FAILURE
        }
    }
}
