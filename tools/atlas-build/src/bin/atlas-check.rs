//! `atlas-check`: validates the record in `geo/data/` and prints every
//! breach with its file, record and rule.
//!
//! Usage: `cargo run -p atlas-build --bin atlas-check [--unverified] [--ship | --print-bundle] [DATA_DIR]`
//! (default `geo/data`). Exits non-zero when the record is broken. With
//! `--unverified` it also lists every record that rests on general
//! knowledge not yet confirmed by a second source.
//!
//! With `--ship`, DATA_DIR is the build's staged copy of `geo/data`: once
//! the record there passes every rule, it is packed with its projected
//! outlines into `atlas.bin` (see `atlas_core::bundle`), the files it came
//! from are removed (the browser loads only the bundle), and
//! `manifest.sha256` records the bundle's SHA-256, so the tests can prove
//! that what ships is what was checked. With `--print-bundle` it writes the
//! bundle it would ship to standard output.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use atlas_build::pack::{pack, sha256_hex, to_bytes};
use atlas_build::{DataFiles, FullRecord};
use atlas_core::{Atlas, DataFile};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list_unverified = args.iter().any(|a| a == "--unverified");
    let ship = args.iter().any(|a| a == "--ship");
    let print_bundle = args.iter().any(|a| a == "--print-bundle");
    let dir = PathBuf::from(args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| "geo/data".into()));
    let files = match DataFiles::read_dir(&dir) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("atlas-check: {e}");
            return ExitCode::FAILURE;
        }
    };
    match atlas_build::load(&files) {
        Ok(full) if print_bundle => match std::io::stdout().write_all(&to_bytes(&pack(&full))) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("atlas-check: {e}");
                ExitCode::FAILURE
            }
        },
        Ok(full) => {
            let atlas = &full.atlas;
            let years: std::collections::BTreeSet<i32> = atlas.events().iter().map(|e| e.date.year).collect();
            let periods: usize = atlas.units().iter().map(|u| u.control.len()).sum();
            let claims: usize = atlas.units().iter().map(|u| u.claims.len()).sum();
            println!(
                "atlas-check: {} is sound: {} units, {} control periods, {} claims, {} polities, {} events over {} years, {} sites, {} treaties, {} lines, {} places, {} waters, {} sources",
                dir.display(),
                atlas.units().len(),
                periods,
                claims,
                atlas.polities().len(),
                atlas.events().len(),
                years.len(),
                atlas.sites().len(),
                atlas.treaties().len(),
                atlas.lines().len(),
                atlas.places().len(),
                atlas.waters().len(),
                atlas.sources().len()
            );
            if ship {
                if let Err(e) = write_shipped(&dir, &full) {
                    eprintln!("atlas-check: {e}");
                    return ExitCode::FAILURE;
                }
                println!("atlas-check: packed {}", dir.join(atlas_core::bundle::FILE_NAME).display());
            }
            let unverified = unverified_records(atlas);
            println!(
                "atlas-check: {} record(s) cite only general knowledge somewhere (marked \"unverified\" on the page)",
                unverified.len()
            );
            if list_unverified {
                for line in unverified {
                    println!("  {line}");
                }
            }
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

/// Every record citing the `unverified` pseudo-source, as `file: record`.
fn unverified_records(atlas: &Atlas) -> Vec<String> {
    let cites = |sources: &[String]| sources.iter().any(|s| s == "unverified");
    let mut out = Vec::new();
    for u in atlas.units() {
        for (i, p) in u.control.iter().enumerate() {
            if cites(&p.sources) {
                out.push(format!("units.json: {}/control[{i}] ({} from {})", u.id, p.holder, p.from));
            }
        }
        for (i, c) in u.claims.iter().enumerate() {
            if cites(&c.sources) {
                out.push(format!("units.json: {}/claims[{i}] ({} from {})", u.id, c.claimant, c.from));
            }
        }
    }
    out.extend(atlas.events().iter().filter(|e| cites(&e.sources)).map(|e| format!("events.json: {}", e.id)));
    out.extend(atlas.sites().iter().filter(|s| cites(&s.sources)).map(|s| format!("sites.json: {}", s.id)));
    out.extend(atlas.treaties().iter().filter(|t| cites(&t.sources)).map(|t| format!("treaties.json: {}", t.id)));
    out.extend(atlas.places().iter().filter(|p| cites(&p.sources)).map(|p| format!("places.json: {}", p.id)));
    out.extend(atlas.waters().iter().filter(|w| cites(&w.sources)).map(|w| format!("waters.json: {}", w.id)));
    out
}

/// Turns the staged `geo/data` copy in `dir` into what ships: the bundle
/// in place of the files it was packed from, and its manifest.
fn write_shipped(dir: &std::path::Path, full: &FullRecord) -> Result<(), String> {
    let bundle = to_bytes(&pack(full));
    let name = atlas_core::bundle::FILE_NAME;
    std::fs::write(dir.join(name), &bundle).map_err(|e| format!("{name}: {e}"))?;
    for file in DataFile::ALL {
        std::fs::remove_file(dir.join(file.file_name())).map_err(|e| format!("{}: {e}", file.file_name()))?;
    }
    let manifest = format!("{}  {name}\n", sha256_hex(&bundle));
    std::fs::write(dir.join("manifest.sha256"), manifest).map_err(|e| format!("manifest.sha256: {e}"))
}
