//! The history panel's timeline on the real record: holders in turn, the
//! year each button moves the slider to, and the span the map is showing.

use atlas_build::testing::real_atlas;
use atlas_core::timeline::{control_spans, control_spans_at, MIN_WIDTH_PERCENT};

/// (holder, the year its button shows) in order, per unit.
type Expected = &'static [(&'static str, i32)];

#[test]
fn each_holder_in_turn_with_the_year_its_button_shows() {
    let atlas = real_atlas();
    let cases: [(&str, Expected); 2] = [
        // Kunashir's two Soviet periods (occupation, then incorporation on
        // 2 Feb 1946) are one holder on the bar.
        ("kunashir", &[("japan", 1850), ("soviet-union", 1945), ("russia", 1991)]),
        // Northern Sakhalin: Japan's weeks of 1905 end before the year does,
        // and Soviet Russia's months of 1920 too, so each button shows the
        // year it began in; every other span holds the end of its first year.
        (
            "sakhalin-north",
            &[
                ("no-state", 1850),
                ("joint-russia-japan", 1855),
                ("russian-empire", 1875),
                ("japan", 1905),
                ("russian-empire", 1905),
                ("white-russia", 1918),
                ("soviet-russia", 1920),
                ("japan", 1920),
                ("soviet-union", 1925),
                ("russia", 1991),
            ],
        ),
    ];
    for (id, expected) in cases {
        let unit = atlas.unit(id).unwrap();
        let spans = control_spans(unit, 2026);
        let got: Vec<(&str, i32)> = spans.iter().map(|s| (s.holder.as_str(), s.year)).collect();
        assert_eq!(got, expected, "{id}");
    }
}

#[test]
fn the_spans_fill_the_bar_in_order_and_a_short_one_stays_visible() {
    let atlas = real_atlas();
    for unit in atlas.units() {
        let spans = control_spans(unit, 2026);
        assert!(spans.first().is_some_and(|s| s.start_percent == 0.0), "{} starts in 1850", unit.id);
        assert!(spans.last().is_some_and(|s| s.to.is_none()), "{} runs to today", unit.id);
        for pair in spans.windows(2) {
            assert!(pair[0].start_percent < pair[1].start_percent, "{}: in order", unit.id);
            assert_ne!(pair[0].holder, pair[1].holder, "{}: one span per holder in turn", unit.id);
        }
        for s in &spans {
            assert!(s.width_percent >= MIN_WIDTH_PERCENT, "{}: {} is visible", unit.id, s.holder);
            assert!(s.start_percent + s.width_percent <= 100.0 + MIN_WIDTH_PERCENT, "{}: inside the bar", unit.id);
        }
    }
}

#[test]
fn the_span_the_map_shows_is_marked_current() {
    let atlas = real_atlas();
    let kunashir = atlas.unit("kunashir").unwrap();
    let cases = [(1850, "japan"), (1944, "japan"), (1945, "soviet-union"), (1991, "russia"), (2026, "russia")];
    for (year, holder) in cases {
        let spans = control_spans_at(kunashir, 2026, year);
        let current: Vec<&str> = spans.iter().filter(|s| s.current).map(|s| s.holder.as_str()).collect();
        assert_eq!(current, [holder], "end of {year}");
    }
}
