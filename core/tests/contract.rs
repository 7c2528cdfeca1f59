//! The public contract that deep links and end-to-end tests rely on: the
//! ids of units, polities, sites and treaties, and what the record covers.

use std::collections::BTreeSet;

use atlas_build::testing::real_atlas;
use atlas_core::query::end_of_year;

const UNITS: [&str; 19] = [
    "sakhalin-north",
    "sakhalin-south",
    "kunashir",
    "iturup",
    "shikotan",
    "habomai",
    "kurils-north",
    "hokkaido",
    "japan-home",
    "kwantung",
    "manchuria",
    "jehol",
    "korea-north",
    "korea-south",
    "primorye",
    "amur",
    "transbaikal",
    "kamchatka",
    "outer-mongolia",
];
const POLITIES: [&str; 15] = [
    "japan",
    "russian-empire",
    "far-eastern-republic",
    "soviet-russia",
    "soviet-union",
    "russia",
    "joint-russia-japan",
    "qing",
    "china-roc",
    "manchukuo",
    "china-prc",
    "korea",
    "north-korea",
    "south-korea",
    "mongolia",
];
const SITES: [&str; 8] =
    ["port-arthur", "mukden", "tsushima", "nikolayevsk", "mukden-incident", "lake-khasan", "khalkhin-gol", "shumshu"];
/// The treaties the claim histories must be able to cite, with their signature years.
const TREATIES: [(&str, i32); 13] = [
    ("shimoda-1855", 1855),
    ("saint-petersburg-1875", 1875),
    ("portsmouth-1905", 1905),
    ("basic-convention-1925", 1925),
    ("neutrality-pact-1941", 1941),
    ("yalta-1945", 1945),
    ("annexation-decree-1946", 1946),
    ("san-francisco-1951", 1951),
    ("joint-declaration-1956", 1956),
    ("soviet-memorandum-1960", 1960),
    ("joint-communique-1991", 1991),
    ("tokyo-declaration-1993", 1993),
    ("irkutsk-2001", 2001),
];

#[test]
fn every_contract_unit_exists_with_names_in_three_languages() {
    let atlas = real_atlas();
    for id in UNITS {
        let unit = atlas.unit(id).unwrap_or_else(|| panic!("no unit {id}"));
        assert!(unit.names.ja.is_some() && unit.names.ru.is_some(), "{id} lacks a Japanese or Russian name");
    }
}

#[test]
fn every_contract_polity_holds_some_unit_at_some_year_end() {
    let atlas = real_atlas();
    let mut seen = BTreeSet::new();
    for year in 1850..=2026 {
        for p in atlas.holders_on(end_of_year(year)).into_iter().flatten() {
            seen.insert(atlas.polities()[p].id.clone());
        }
    }
    for id in POLITIES {
        assert!(atlas.polity(id).is_some(), "no polity {id}");
        assert!(seen.contains(id), "{id} never appears on the map");
    }
}

#[test]
fn every_contract_site_and_treaty_exists() {
    let atlas = real_atlas();
    for id in SITES {
        assert!(atlas.site(id).is_some(), "no site {id}");
    }
    for (id, year) in TREATIES {
        let treaty = atlas.treaty(id).unwrap_or_else(|| panic!("no treaty {id}"));
        assert_eq!(treaty.signed.year, year, "{id}");
    }
}

#[test]
fn the_record_spans_1850_to_today() {
    let atlas = real_atlas();
    assert!(atlas.events().len() >= 60, "only {} events", atlas.events().len());
    let first = atlas.events().first().map(|e| e.date.year).unwrap_or_default();
    let last = atlas.events().last().map(|e| e.date.year).unwrap_or_default();
    assert!(first <= 1855 && last >= 2020, "events run {first}–{last}");
}

/// Corrections of the seeds' known errors, as the record states them.
#[test]
fn seed_errors_are_corrected() {
    let atlas = real_atlas();
    let event = |id: &str| atlas.events().iter().find(|e| e.id == id).unwrap_or_else(|| panic!("no event {id}"));
    assert_eq!(event("1931-mukden-incident").date.year, 1931, "Manchuria was occupied in 1931, not 1922");
    assert_eq!(event("1936-anti-comintern-pact").date.to_data_string(), "1936-11-25", "not November 1935");
    assert_eq!(event("1898-russia-leases-port-arthur").date.year, 1898, "the lease dates from 1898, not 1897");
    let manchuria = atlas.unit("manchuria").unwrap();
    let soviet = manchuria.control.iter().find(|p| p.holder == "soviet-union").unwrap();
    assert!(soviet.note.as_deref().unwrap_or_default().contains("9 Aug"), "the invasion began on 9 Aug 1945");
}
