//! The legend's rows on the real record: the polities, the lines in force,
//! the kinds of site pinned and, in the claims view, the claimants hatched.

use atlas_build::testing::real_atlas;
use atlas_core::i18n::{hatched_claimed_by, site_kind_name};
use atlas_core::model::SiteKind;
use atlas_core::query::end_of_year;
use atlas_core::scene::{site_kinds_shown, MapLayers, YearMarks};
use atlas_core::search::name_in;
use atlas_core::settings::{Lang, SeenFrom, View};

#[test]
fn the_key_of_1939_shows_the_50th_parallel_and_the_khalkhin_gol_battle() {
    let atlas = real_atlas();
    let layers = MapLayers::compute(&atlas, end_of_year(1939), View::Control, SeenFrom::Neutral, None);
    let lines: Vec<&str> = layers.lines.iter().map(|&i| atlas.lines()[i].id.as_str()).collect();
    assert!(lines.iter().any(|id| id.contains("50")), "the 50th parallel is in force in 1939: {lines:?}");
    let marks = YearMarks::compute(&atlas, 1939);
    assert!(marks.sites.iter().any(|&i| atlas.sites()[i].id == "khalkhin-gol"));
    let kinds = site_kinds_shown(&atlas, &marks.sites);
    assert!(kinds.contains(&SiteKind::Battle), "{kinds:?}");
    // The control view hatches nothing.
    assert!(layers.claimants_shown(atlas.polities().len()).is_empty());
}

#[test]
fn the_key_of_the_claims_view_in_2020_names_japan_as_claimant() {
    let atlas = real_atlas();
    let layers = MapLayers::compute(&atlas, end_of_year(2020), View::Claims, SeenFrom::Neutral, None);
    let claimants = layers.claimants_shown(atlas.polities().len());
    let japan = atlas.polity_position("japan").unwrap();
    assert!(claimants.contains(&japan), "{claimants:?}");
    let name = name_in(&atlas.polities()[japan].names, Lang::En);
    assert_eq!(hatched_claimed_by(Lang::En, name), "hatched: claimed by Japan");
}

#[test]
fn the_site_kinds_come_in_a_fixed_order_without_repeats() {
    let atlas = real_atlas();
    let all: Vec<usize> = (0..atlas.sites().len()).collect();
    let kinds = site_kinds_shown(&atlas, &all);
    assert_eq!(kinds, vec![SiteKind::Battle, SiteKind::Incident, SiteKind::Landing, SiteKind::Occupation]);
    for &lang in Lang::ALL {
        for k in &kinds {
            assert!(!site_kind_name(lang, *k).is_empty());
        }
    }
    assert!(site_kinds_shown(&atlas, &[]).is_empty());
}
