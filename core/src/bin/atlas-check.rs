//! `atlas-check`: validates the record in `geo/data/` and prints every
//! breach with its file, record and rule.
//!
//! Usage: `cargo run -p atlas-core --bin atlas-check [--unverified] [--ship | --print-map] [DATA_DIR]`
//! (default `geo/data`). Exits non-zero when the record is broken. With
//! `--unverified` it also lists every record that rests on general
//! knowledge not yet confirmed by a second source.
//!
//! With `--ship`, DATA_DIR is the build's staged copy of `geo/data`: once
//! the record there passes every rule, the outlines are projected into
//! `map.json`, the GeoJSON they came from is removed (the browser never
//! needs it), and `manifest.sha256` lists the SHA-256 of every file that
//! ships, so the tests can prove that what ships is what was checked.
//! With `--print-map` it prints the `map.json` it would write.

use std::path::PathBuf;
use std::process::ExitCode;

use atlas_core::map::CompiledMap;
use atlas_core::{Atlas, DataFile, DataFiles};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list_unverified = args.iter().any(|a| a == "--unverified");
    let ship = args.iter().any(|a| a == "--ship");
    let print_map = args.iter().any(|a| a == "--print-map");
    let dir = PathBuf::from(args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| "geo/data".into()));
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
        Ok(atlas) if print_map => {
            print!("{}", CompiledMap::compile(&atlas).to_json());
            ExitCode::SUCCESS
        }
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
            if ship {
                if let Err(e) = write_shipped(&dir, &files, &atlas) {
                    eprintln!("atlas-check: {e}");
                    return ExitCode::FAILURE;
                }
                println!("atlas-check: wrote {} and its manifest", dir.join(DataFile::Map.file_name()).display());
            }
            let unverified = unverified_records(&atlas);
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
    for u in &atlas.units {
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
    out.extend(atlas.events.iter().filter(|e| cites(&e.sources)).map(|e| format!("events.json: {}", e.id)));
    out.extend(atlas.sites.iter().filter(|s| cites(&s.sources)).map(|s| format!("sites.json: {}", s.id)));
    out.extend(atlas.treaties.iter().filter(|t| cites(&t.sources)).map(|t| format!("treaties.json: {}", t.id)));
    out.extend(atlas.places.iter().filter(|p| cites(&p.sources)).map(|p| format!("places.json: {}", p.id)));
    out
}

/// Turns the staged `geo/data` copy in `dir` into what ships: `map.json`
/// in place of the GeoJSON outlines, and the manifest of what ships.
fn write_shipped(dir: &std::path::Path, files: &DataFiles, atlas: &Atlas) -> Result<(), String> {
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"));
    let map = CompiledMap::compile(atlas).to_json();
    write(DataFile::Map.file_name(), &map)?;
    for file in [DataFile::Shapes, DataFile::Context] {
        std::fs::remove_file(dir.join(file.file_name())).map_err(|e| format!("{}: {e}", file.file_name()))?;
    }
    let files = files.clone().with(DataFile::Map, map);
    let manifest: String =
        DataFile::SHIPPED.iter().map(|f| format!("{}  {}\n", sha256_hex(files.text(*f)), f.file_name())).collect();
    write("manifest.sha256", &manifest)
}

/// The SHA-256 of a text, as lower-case hex (the format of `sha256sum`).
fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}
