//! The label placer on the real record and map: at the default view on a
//! desktop and on a phone, in the years the reports were about.

use atlas_build::testing::real_atlas_and_map;
use atlas_core::labels::{plan, text_width_em, LabelKind, PlacedLabel, MIN_FONT_PX, PIN_RADIUS_PX};
use atlas_core::map::MapGeometry;
use atlas_core::scene::YearMarks;
use atlas_core::settings::Lang;
use atlas_core::viewport::{ScreenRect, Viewport};
use atlas_core::Atlas;

/// The map's size on screen at the default view: 1440×900 (the map column
/// of the desktop layout) and 390×844 (a phone, the map full width).
const DESKTOP: (f64, f64) = (930.0, 614.0);
const PHONE: (f64, f64) = (356.0, 250.0);

fn upp(map: &MapGeometry, (width, height): (f64, f64), zoom: f64) -> f64 {
    let full = Viewport::full(map.size);
    let view = full.zoomed(zoom, full.centre());
    view.units_per_pixel(&ScreenRect { left: 0.0, top: 0.0, width, height })
}

fn placed(atlas: &Atlas, map: &MapGeometry, year: i32, lang: Lang, screen: (f64, f64), zoom: f64) -> Vec<PlacedLabel> {
    let marks = YearMarks::compute(atlas, year);
    plan(atlas, map, &marks, lang, zoom, upp(map, screen, zoom), &marks.sites)
}

fn overlaps(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn find(labels: &[PlacedLabel], kind: LabelKind, item: usize) -> Option<&PlacedLabel> {
    labels.iter().find(|l| l.kind == kind && l.item == item)
}

#[test]
fn no_two_labels_overlap_and_none_is_under_eleven_pixels() {
    let (atlas, map) = real_atlas_and_map();
    for (screen, name) in [(DESKTOP, "1440x900"), (PHONE, "390x844")] {
        for year in [1855, 1905, 1939, 1945, 2020] {
            for lang in [Lang::En, Lang::Ja, Lang::Ru] {
                for zoom in [1.0, 2.0, 4.0, 8.0] {
                    let labels = placed(&atlas, &map, year, lang, screen, zoom);
                    let upp = upp(&map, screen, zoom);
                    assert!(!labels.is_empty(), "{name} {year} {lang:?} ×{zoom}: some label is placed");
                    for (i, a) in labels.iter().enumerate() {
                        let px = a.font / upp;
                        assert!(
                            px >= MIN_FONT_PX - 1e-9,
                            "{name} {year} ×{zoom}: '{}' is {px:.1} px",
                            a.lines.join(" ")
                        );
                        for b in &labels[i + 1..] {
                            assert!(
                                !overlaps(&a.bounds, &b.bounds),
                                "{name} {year} {lang:?} ×{zoom}: '{}' overlaps '{}'",
                                a.lines.join(" "),
                                b.lines.join(" ")
                            );
                        }
                    }
                }
            }
        }
    }
}

/// The reported collisions, each at the view it was reported at: the unit
/// keeps its label, and the town beside it goes elsewhere or yields.
#[test]
fn a_town_yields_to_the_unit_it_collided_with() {
    let (atlas, map) = real_atlas_and_map();
    let unit = |id: &str| atlas.units().iter().position(|u| u.id == id).unwrap();
    let place = |id: &str| atlas.places().iter().position(|p| p.id == id).unwrap();
    let cases = [
        ("Khabarovsk and S. Sakhalin, desktop", 1905, DESKTOP, "khabarovsk", "sakhalin-south"),
        ("Khabarovsk and S. Sakhalin, phone", 1905, PHONE, "khabarovsk", "sakhalin-south"),
        ("Khabarovsk and S. Sakhalin, 2020", 2020, DESKTOP, "khabarovsk", "sakhalin-south"),
        ("Sapporo and Hokkaido, desktop", 1945, DESKTOP, "sapporo", "hokkaido"),
        ("Sapporo and Hokkaido, phone", 1945, PHONE, "sapporo", "hokkaido"),
        ("Toyohara and Karafuto, phone", 1939, PHONE, "yuzhno-sakhalinsk", "sakhalin-south"),
    ];
    for (what, year, screen, town, region) in cases {
        for lang in [Lang::En, Lang::Ja, Lang::Ru] {
            let labels = placed(&atlas, &map, year, lang, screen, 1.0);
            let region_label = find(&labels, LabelKind::Unit, unit(region));
            let region_label = region_label.unwrap_or_else(|| panic!("{what} {lang:?}: {region} is labelled"));
            if let Some(town_label) = find(&labels, LabelKind::Place, place(town)) {
                assert!(!overlaps(&town_label.bounds, &region_label.bounds), "{what} {lang:?}: the town is clear");
            }
        }
    }
}

/// Zoomed in three times on the frontier (southern Sakhalin, Hokkaido,
/// the southern Kurils, then Korea), more towns are named in the view than
/// the full view names in the same stretch of map.
#[test]
fn zooming_in_names_more_towns() {
    let (atlas, map) = real_atlas_and_map();
    let unit = |id: &str| map.units[atlas.units().iter().position(|u| u.id == id).unwrap()].anchor;
    for screen in [DESKTOP, PHONE] {
        for year in [1905, 1945, 2020] {
            for around in ["sakhalin-south", "hokkaido", "korea-north"] {
                let full = Viewport::full(map.size);
                let view = full.zoomed(3.0, unit(around));
                let towns_in_view = |zoom: f64| {
                    let marks = YearMarks::compute(&atlas, year);
                    let labels = plan(&atlas, &map, &marks, Lang::En, zoom, upp(&map, screen, zoom), &marks.sites);
                    labels.iter().filter(|l| l.kind == LabelKind::Place && view.contains(l.point)).count()
                };
                let (before, after) = (towns_in_view(1.0), towns_in_view(3.0));
                assert!(after > before, "{year} {screen:?} around {around}: {after} towns at ×3, {before} before");
            }
        }
    }
}

/// The seas at the default view: all four on a desktop; on a phone's
/// narrow map the Sea of Okhotsk and the Pacific, the Sea of Japan
/// (East Sea) once zoomed in to 2× (the full view has no room for
/// its two names between Korea, Hokkaido and Honshu); the straits as the
/// reader zooms in.
#[test]
fn the_seas_are_named() {
    let (atlas, map) = real_atlas_and_map();
    let water = |id: &str| atlas.waters().iter().position(|w| w.id == id).unwrap();
    let cases: [((f64, f64), f64, &[&str]); 3] = [
        (DESKTOP, 1.0, &["okhotsk", "sea-of-japan", "pacific", "yellow-sea"]),
        (PHONE, 1.0, &["pacific"]),
        (PHONE, 2.0, &["sea-of-japan"]),
    ];
    for (screen, zoom, seas) in cases {
        for year in [1855, 1905, 1945, 2020] {
            for lang in [Lang::En, Lang::Ja, Lang::Ru] {
                let labels = placed(&atlas, &map, year, lang, screen, zoom);
                for id in seas {
                    assert!(
                        find(&labels, LabelKind::Water, water(id)).is_some(),
                        "{year} {lang:?} {screen:?} ×{zoom}: {id} is named"
                    );
                }
                let seas_named = labels.iter().filter(|l| l.kind == LabelKind::Water).count();
                assert!(seas_named >= 2, "{year} {lang:?} {screen:?} ×{zoom}: {seas_named} seas named");
            }
        }
    }
    let labels = placed(&atlas, &map, 2020, Lang::En, DESKTOP, 2.0);
    assert!(find(&labels, LabelKind::Water, water("la-perouse")).is_some(), "La Pérouse at ×2");
    let labels = placed(&atlas, &map, 2020, Lang::En, DESKTOP, 4.0);
    assert!(find(&labels, LabelKind::Water, water("nemuro")).is_some(), "Nemuro Strait at ×4");
}

#[test]
fn no_label_covers_a_pin() {
    let (atlas, map) = real_atlas_and_map();
    for year in [1904, 1905, 1938, 1939, 1945] {
        let marks = YearMarks::compute(&atlas, year);
        for screen in [DESKTOP, PHONE] {
            let upp = upp(&map, screen, 1.0);
            let labels = plan(&atlas, &map, &marks, Lang::En, 1.0, upp, &marks.sites);
            for &s in &marks.sites {
                let [x, y] = map.sites[s];
                let r = PIN_RADIUS_PX * upp;
                let pin = [x - r, y - r, x + r, y + r];
                for l in &labels {
                    assert!(
                        !overlaps(&l.bounds, &pin),
                        "{year}: '{}' covers {}",
                        l.lines.join(" "),
                        atlas.sites()[s].id
                    );
                }
            }
        }
    }
}

#[test]
fn text_widths_are_estimated_per_script() {
    let cases = [
        ("樺太", 2.0, 2.0),
        ("Sapporo", 3.8, 5.0),
        ("Хабаровск", 5.0, 7.0),
        ("S. Sakhalin", 5.5, 7.5),
        ("日本海 (東海)", 6.0, 8.0),
    ];
    for (text, least, most) in cases {
        let w = text_width_em(text);
        assert!((least..=most).contains(&w), "{text}: {w} em");
    }
}
