//! Comparing two years on the real record: which land changed hands between
//! states and which only changed its state's regime.

use atlas_build::testing::real_atlas;
use atlas_core::compare::{compare_holders, Change};
use atlas_core::query::end_of_year;

/// How one unit changed between the ends of two years.
fn change(earlier: i32, later: i32, unit: &str) -> Change {
    let atlas = real_atlas();
    let changes =
        compare_holders(&atlas, &atlas.holders_on(end_of_year(earlier)), &atlas.holders_on(end_of_year(later)));
    let Some(u) = atlas.unit_position(unit) else { panic!("no unit {unit}") };
    changes[u]
}

#[test]
fn each_unit_changes_as_the_record_says() {
    use Change::*;
    let cases = [
        // Portsmouth: southern Sakhalin from the Russian Empire to Japan.
        (1904, 1906, "sakhalin-south", ChangedHands),
        (1904, 1906, "sakhalin-north", Unchanged),
        (1904, 1906, "hokkaido", Unchanged),
        // Revolution and civil war: Russia's land under another regime of Russia.
        (1917, 1923, "kamchatka", RegimeChanged),
        (1917, 1923, "primorye", RegimeChanged),
        (1917, 1923, "amur", RegimeChanged),
        (1917, 1923, "transbaikal", RegimeChanged),
        // …except northern Sakhalin, under Japanese occupation in 1923.
        (1917, 1923, "sakhalin-north", ChangedHands),
        // 1945: the Kurils and southern Sakhalin to the Soviet Union; Japan
        // itself occupied, but still Japan.
        (1944, 1946, "kunashir", ChangedHands),
        (1944, 1946, "iturup", ChangedHands),
        (1944, 1946, "kurils-north", ChangedHands),
        (1944, 1946, "sakhalin-south", ChangedHands),
        (1944, 1946, "hokkaido", RegimeChanged),
        (1944, 1946, "japan-home", RegimeChanged),
        (1944, 1946, "kamchatka", Unchanged),
        // The Soviet Union's end: Russia continues it.
        (1990, 1992, "kunashir", RegimeChanged),
        (1990, 1992, "korea-north", Unchanged),
        // China's governments are regimes of one China; Manchukuo is a state of its own.
        (1911, 1913, "manchuria", RegimeChanged),
        (1931, 1933, "manchuria", ChangedHands),
        (1947, 1950, "manchuria", RegimeChanged),
        // Joseon Korea to Japan, then the two Korean states from occupation.
        (1904, 1911, "korea-south", ChangedHands),
        (1946, 1949, "korea-south", ChangedHands),
        (1946, 1949, "korea-north", ChangedHands),
    ];
    for (earlier, later, unit, expected) in cases {
        assert_eq!(change(earlier, later, unit), expected, "{unit} {earlier}→{later}");
    }
}

#[test]
fn a_year_compared_with_itself_changes_nothing() {
    let atlas = real_atlas();
    let holders = atlas.holders_on(end_of_year(1939));
    assert!(compare_holders(&atlas, &holders, &holders).iter().all(|c| *c == Change::Unchanged));
}

#[test]
fn not_every_unit_changes_between_1939_and_1946() {
    let atlas = real_atlas();
    let changes = compare_holders(&atlas, &atlas.holders_on(end_of_year(1939)), &atlas.holders_on(end_of_year(1946)));
    let unchanged = changes.iter().filter(|c| **c == Change::Unchanged).count();
    assert!(unchanged >= 3, "sakhalin-north, kamchatka, outer-mongolia… stay as they were; got {changes:?}");
}
