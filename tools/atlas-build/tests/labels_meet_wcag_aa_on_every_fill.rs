//! Text on every fill meets WCAG 2.x AA for small text (4.5:1): the map
//! writes each unit's label in the ink `Colour::label_ink` picks for its
//! fill, and haloes it in the fill itself, so the label's contrast is the
//! ink's against the fill wherever it runs.

use atlas_core::colour::{NO_HOLDER, WCAG_AA_SMALL_TEXT};

#[test]
fn every_polity_fill_carries_its_label_ink_at_aa() {
    let atlas = atlas_build::testing::real_atlas();
    let fills = atlas.polities().iter().map(|p| (p.id.as_str(), p.colour)).chain([("no holder", NO_HOLDER)]);
    let failing: Vec<String> = fills
        .map(|(id, fill)| (id, fill, fill.label_ink(), fill.label_ink().contrast_ratio(fill)))
        .filter(|(_, _, _, ratio)| *ratio < WCAG_AA_SMALL_TEXT)
        .map(|(id, fill, ink, ratio)| format!("{id}: {ink} on {fill} is {ratio:.2}:1"))
        .collect();
    assert!(failing.is_empty(), "labels below AA:\n{}", failing.join("\n"));
}
