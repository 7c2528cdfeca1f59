//! The core's queries, search, export and bundle on the real record, as the
//! app uses them: who held what and when, what the map and legend show,
//! what search finds, what the export writes, what the browser loads.

use atlas_build::compile::{compile_map, map_geometry};
use atlas_build::pack::{pack, to_bytes};
use atlas_build::testing::{real_atlas, real_atlas_and_map, real_bundle, real_full_record};
use atlas_core::bundle::load_bundle;
use atlas_core::compare::Change;
use atlas_core::date::day_number;
use atlas_core::map::{CompiledMap, MapGeometry};
use atlas_core::query::end_of_year;
use atlas_core::scene::{MapLayers, YearMarks};
use atlas_core::search::{search, HitKind};
use atlas_core::settings::{Lang, SeenFrom, View};
use atlas_core::viewport::Viewport;
use atlas_core::Rule;

/// Who held each unit at the end of a year, from the real record.
#[test]
fn holders_at_the_end_of_landmark_years() {
    let atlas = real_atlas();
    let cases = [
        ("sakhalin-south", 1850, "japan"),
        ("sakhalin-south", 1860, "joint-russia-japan"),
        ("sakhalin-south", 1880, "russian-empire"),
        ("sakhalin-south", 1905, "japan"),
        ("sakhalin-north", 1905, "russian-empire"),
        ("sakhalin-north", 1921, "japan"),
        ("sakhalin-north", 1925, "soviet-union"),
        ("sakhalin-south", 1945, "soviet-union"),
        ("sakhalin-south", 1992, "russia"),
        ("kurils-north", 1860, "russian-empire"),
        ("kurils-north", 1880, "japan"),
        ("kunashir", 1939, "japan"),
        ("kunashir", 1946, "soviet-union"),
        ("kunashir", 2026, "russia"),
        ("iturup", 1860, "japan"),
        ("habomai", 1950, "soviet-union"),
        ("hokkaido", 1946, "allied-occupation-japan"),
        ("hokkaido", 1952, "japan"),
        ("kwantung", 1900, "russian-empire"),
        ("kwantung", 1939, "japan"),
        ("kwantung", 1950, "soviet-union"),
        ("kwantung", 1960, "china-prc"),
        ("manchuria", 1931, "japan"),
        ("manchuria", 1939, "manchukuo"),
        ("manchuria", 1945, "soviet-union"),
        ("jehol", 1939, "manchukuo"),
        ("korea-north", 1939, "japan"),
        ("korea-north", 1946, "soviet-union"),
        ("korea-south", 1946, "united-states"),
        ("korea-north", 1950, "north-korea"),
        ("primorye", 1920, "japan"),
        ("lower-amur", 1921, "japan"),
        ("lower-amur", 1922, "soviet-union"),
        ("kamchatka", 1920, "white-russia"),
        ("jehol", 1947, "china-roc"),
        ("jehol", 1945, "chinese-communists"),
        ("manchuria", 1948, "chinese-communists"),
        ("manchuria", 1949, "china-prc"),
        ("primorye", 1923, "soviet-union"),
        ("transbaikal", 1921, "far-eastern-republic"),
        ("outer-mongolia", 1939, "mongolia"),
        ("kamchatka", 1939, "soviet-union"),
    ];
    for (unit, year, expected) in cases {
        let u = atlas.unit(unit).unwrap_or_else(|| panic!("no unit {unit}"));
        let holder = atlas.holder_at_end_of(u, year).map(|p| p.id.as_str());
        assert_eq!(holder, Some(expected), "{unit} at the end of {year}");
    }
}

#[test]
fn day_queries_see_short_periods() {
    let atlas = real_atlas();
    // The Japanese invasion of Sakhalin in July 1905 briefly put the north under Japan.
    let north = atlas.unit("sakhalin-north").unwrap();
    assert_eq!(atlas.control_on(north, day_number(1905, 8, 15)).unwrap().holder, "japan");
    assert_eq!(atlas.control_on(north, day_number(1905, 6, 1)).unwrap().holder, "russian-empire");
    // Red partisans held Nikolayevsk between the Japanese garrison and the Japanese return.
    let lower = atlas.unit("lower-amur").unwrap();
    assert_eq!(atlas.control_on(lower, day_number(1920, 4, 1)).unwrap().holder, "soviet-russia");
    // Habomai was the last unit occupied, on 3-5 Sep 1945.
    let habomai = atlas.unit("habomai").unwrap();
    assert_eq!(atlas.control_on(habomai, day_number(1945, 9, 2)).unwrap().holder, "japan");
}

#[test]
fn every_unit_has_a_holder_every_year() {
    let atlas = real_atlas();
    for year in 1850..=2026 {
        for (unit, holder) in atlas.units().iter().zip(atlas.holders_on(end_of_year(year))) {
            assert!(holder.is_some(), "{} has no holder at the end of {year}", unit.id);
        }
    }
}

#[test]
fn legend_lists_only_polities_on_the_map() {
    let atlas = real_atlas();
    let layers = MapLayers::compute(&atlas, end_of_year(1939), View::Control, SeenFrom::Neutral, None);
    let ids: Vec<&str> =
        layers.legend(atlas.polities().len()).iter().map(|p| atlas.polities()[*p].id.as_str()).collect();
    assert!(ids.contains(&"manchukuo") && ids.contains(&"japan") && ids.contains(&"soviet-union"));
    assert!(!ids.contains(&"russian-empire") && !ids.contains(&"china-prc"));
}

#[test]
fn year_lists_hold_the_year_s_events_and_sites() {
    let atlas = real_atlas();
    assert!(atlas.events_in_year(1945).count() >= 5);
    let marks = YearMarks::compute(&atlas, 1939);
    let sites: Vec<&str> = marks.sites.iter().map(|s| atlas.sites()[*s].id.as_str()).collect();
    assert!(sites.contains(&"khalkhin-gol"));
    let lines = |year| -> Vec<&str> {
        atlas.line_positions_on(end_of_year(year)).map(|l| atlas.lines()[l].id.as_str()).collect()
    };
    assert!(lines(1939).contains(&"sakhalin-50n"));
    assert!(!lines(1950).contains(&"sakhalin-50n"));
}

#[test]
fn japan_s_maps_differ_where_japan_says_they_do() {
    let atlas = real_atlas();
    let day = day_number(2026, 6, 1);
    let shown = |unit: &str, seen| {
        atlas.shown_as(atlas.unit(unit).unwrap(), day, seen).map(|p| atlas.polities()[p].id.as_str())
    };
    let cases = [
        ("kunashir", SeenFrom::Japan, "japan"),
        ("habomai", SeenFrom::Japan, "japan"),
        ("sakhalin-south", SeenFrom::Japan, "undetermined"),
        ("kurils-north", SeenFrom::Japan, "undetermined"),
        ("sakhalin-north", SeenFrom::Japan, "russia"),
        ("kunashir", SeenFrom::Russia, "russia"),
        ("kunashir", SeenFrom::Neutral, "russia"),
    ];
    for (unit, seen, expected) in cases {
        assert_eq!(shown(unit, seen), Some(expected), "{unit} {seen:?}");
    }
}

#[test]
fn claims_and_changes() {
    let atlas = real_atlas();
    let kunashir = atlas.unit("kunashir").unwrap();
    let day = day_number(2000, 1, 1);
    let holder = atlas.polity_position("russia");
    let others: Vec<&str> =
        atlas.other_claimants(kunashir, day, holder).iter().map(|p| atlas.polities()[*p].id.as_str()).collect();
    assert_eq!(others, ["japan"]);
    let layers = MapLayers::compute(&atlas, end_of_year(1946), View::Control, SeenFrom::Neutral, Some(1939));
    let changed: Vec<&str> = layers
        .changes
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == Change::ChangedHands)
        .map(|(u, _)| atlas.units()[u].id.as_str())
        .collect();
    for unit in ["kunashir", "sakhalin-south", "manchuria", "korea-south"] {
        assert!(changed.contains(&unit), "{unit} changed hands 1939-1946");
    }
    assert!(!changed.contains(&"sakhalin-north") && !changed.contains(&"outer-mongolia"));
    let hokkaido = atlas.unit_position("hokkaido").unwrap();
    assert_eq!(layers.changes[hokkaido], Change::RegimeChanged, "occupied Japan is still Japan");
}

#[test]
fn event_navigation_steps_through_dates() {
    let atlas = real_atlas();
    let shimoda = atlas.events().iter().position(|e| e.id == "1855-treaty-of-shimoda").unwrap();
    let day = atlas.events()[shimoda].date.last_day();
    let next = atlas.next_event_after(day).unwrap();
    assert!(atlas.events()[next].date.last_day() > day);
    let back = atlas.previous_event_before(atlas.events()[next].date.last_day()).unwrap();
    assert_eq!(atlas.events()[back].date.last_day(), day);
    assert_eq!(atlas.previous_event_before(day_number(1850, 1, 1)), None);
}

#[test]
fn unit_names_follow_the_year() {
    let atlas = real_atlas();
    let cases = [
        ("iturup", 1939, "Etorofu"),
        ("iturup", 1950, "Iturup"),
        ("sakhalin-south", 1939, "Karafuto"),
        ("manchuria", 1939, "Manchukuo"),
        ("sakhalin-north", 1939, "Northern Sakhalin"),
    ];
    for (unit, year, name) in cases {
        assert_eq!(atlas.unit_name_in(atlas.unit(unit).unwrap(), year).en, name, "{unit} {year}");
    }
}

#[test]
fn place_names_follow_the_year() {
    let atlas = real_atlas();
    let place = atlas.places().iter().find(|p| p.id == "yuzhno-sakhalinsk").unwrap();
    assert_eq!(atlas.place_name_in(place, 1939).unwrap().en, "Toyohara");
    assert_eq!(atlas.place_name_in(place, 1950).unwrap().en, "Yuzhno-Sakhalinsk");
    let vladivostok = atlas.places().iter().find(|p| p.id == "vladivostok").unwrap();
    assert!(atlas.place_name_in(vladivostok, 1855).is_none(), "Vladivostok was founded in 1860");
}

#[test]
fn every_unit_gets_a_path_inside_the_view() {
    let (atlas, map) = real_atlas_and_map();
    assert_eq!(map.units.len(), atlas.units().len());
    for (unit, path) in atlas.units().iter().zip(&map.units) {
        assert!(path.d.starts_with('M') && path.d.ends_with('z'), "{} has no closed path", unit.id);
        let [x, y] = path.anchor;
        assert!((0.0..=map.size[0]).contains(&x) && (0.0..=map.size[1]).contains(&y), "{} anchor {x},{y}", unit.id);
    }
}

#[test]
fn kunashir_lies_east_of_sakhalin_s_south_and_south_of_it() {
    let (atlas, map) = real_atlas_and_map();
    let anchor = |id: &str| map.units[atlas.units().iter().position(|u| u.id == id).unwrap()].anchor;
    let (k, s) = (anchor("kunashir"), anchor("sakhalin-south"));
    assert!(k[0] > s[0] && k[1] > s[1], "kunashir {k:?} sakhalin-south {s:?}");
}

/// A shipped map that does not fit the record is refused with the
/// file, the record and the rule named.
#[test]
fn a_map_that_does_not_fit_the_record_is_refused() {
    let full = real_full_record();
    let atlas = &full.atlas;
    let compiled = compile_map(&full);
    type Edit = Box<dyn Fn(&mut CompiledMap)>;
    let cases: Vec<(&str, Edit, &str, Rule)> = vec![
        ("another projection", Box::new(|m| m.size[1] += 40.0), "size", Rule::StaleMap),
        (
            "Kunashir without an outline",
            Box::new(|m| m.units.retain(|u| u.unit != "kunashir")),
            "kunashir",
            Rule::MissingGeometry,
        ),
        ("an outline of no unit", Box::new(|m| m.units[0].unit = "atlantis".into()), "atlantis", Rule::UnknownUnit),
        (
            "Iturup twice",
            Box::new(|m| {
                let iturup = m.units.iter().find(|u| u.unit == "iturup").cloned().unwrap();
                m.units.push(iturup);
            }),
            "iturup",
            Rule::DuplicateId,
        ),
        (
            "a place in no unit of the record",
            Box::new(|m| m.places[0].unit = Some("atlantis".into())),
            "vladivostok",
            Rule::UnknownUnit,
        ),
    ];
    for (name, edit, record, rule) in cases {
        let mut broken = compiled.clone();
        edit(&mut broken);
        let errors = MapGeometry::from_compiled(atlas, broken).expect_err(name);
        assert!(
            errors.0.iter().any(|e| e.file == "atlas.bin" && e.record == record && e.rule == rule),
            "{name}: {errors}"
        );
    }
}

#[test]
fn toyohara_lies_in_southern_sakhalin() {
    let (atlas, map) = real_atlas_and_map();
    let place = atlas.places().iter().position(|p| p.id == "yuzhno-sakhalinsk").unwrap();
    let unit = map.place_units[place].map(|u| atlas.units()[u].id.as_str());
    assert_eq!(unit, Some("sakhalin-south"));
}

#[test]
fn finds_places_by_any_name_in_any_language() {
    let (atlas, map) = real_atlas_and_map();
    let cases = [
        ("Toyohara", HitKind::Place, "yuzhno-sakhalinsk"),
        ("otomari", HitKind::Place, "korsakov"),
        ("Кунашир", HitKind::Unit, "kunashir"),
        ("択捉", HitKind::Unit, "iturup"),
        ("Etorofu", HitKind::Unit, "iturup"),
        ("Portsmouth", HitKind::Treaty, "portsmouth-1905"),
        ("Khasan", HitKind::Site, "lake-khasan"),
        ("Mukden", HitKind::Place, "shenyang"),
    ];
    for (query, kind, id) in cases {
        let hits = search(&atlas, &map, query, Lang::En, 12);
        assert!(hits.iter().any(|h| h.kind == kind && h.id == id), "{query}: {hits:?}");
    }
}

#[test]
fn historical_place_names_open_in_their_period() {
    let (atlas, map) = real_atlas_and_map();
    let hit = search(&atlas, &map, "Toyohara", Lang::En, 5).into_iter().find(|h| h.id == "yuzhno-sakhalinsk").unwrap();
    assert_eq!(hit.year, Some(1905));
    assert_eq!(hit.unit.map(|u| atlas.units()[u].id.as_str()), Some("sakhalin-south"));
}

#[test]
fn short_or_empty_queries_find_nothing() {
    let (atlas, map) = real_atlas_and_map();
    for q in ["", " ", "a", "<"] {
        assert!(search(&atlas, &map, q, Lang::En, 5).is_empty(), "{q:?}");
    }
}

#[test]
fn the_bundle_reads_back_what_was_packed() {
    let full = real_full_record();
    let (loaded, map) = load_bundle(&to_bytes(&pack(&full))).unwrap();
    // The record, less what stays at build time: the polities' state notes
    // and the sources' editors' notes.
    let mut expected = full.atlas.record().clone();
    assert!(full.atlas.polities().iter().all(|p| p.state_note.is_some()), "the build read every note");
    assert!(expected.sources.iter().all(|s| s.note.is_some()), "every source keeps what was read there");
    expected.polities.iter_mut().for_each(|p| p.state_note = None);
    expected.sources.iter_mut().for_each(|s| s.note = None);
    assert_eq!(loaded.record(), &expected);
    assert_eq!(map, map_geometry(&full).unwrap());
}

/// A damaged file is refused naming `atlas.bin`, never misread.
#[test]
fn a_damaged_bundle_is_refused_by_name() {
    let bytes = real_bundle();
    let mut other_format = bytes.clone();
    other_format[0] = (atlas_core::bundle::FORMAT + 1) as u8;
    let mut trailing = bytes.clone();
    trailing.push(0);
    let cases: [(&str, &[u8], Rule); 5] = [
        ("empty", &[], Rule::Syntax),
        ("cut in half", &bytes[..bytes.len() / 2], Rule::Syntax),
        ("one byte short", &bytes[..bytes.len() - 1], Rule::Syntax),
        ("another format", &other_format, Rule::StaleMap),
        ("a byte too many", &trailing, Rule::Syntax),
    ];
    for (name, damaged, rule) in cases {
        let errors = load_bundle(damaged).map(|_| ()).expect_err(name);
        assert!(errors.0.iter().all(|e| e.file == "atlas.bin"), "{name}: {errors}");
        assert!(errors.has(rule), "{name}: {errors}");
    }
}

/// References are still checked in the browser: a unit held by a
/// polity the record lacks is refused, naming the unit.
#[test]
fn a_bundle_whose_record_is_broken_is_refused() {
    let mut bundle = pack(&real_full_record());
    bundle.record.units[0].control[0].holder = "atlantis".into();
    let errors = load_bundle(&to_bytes(&bundle)).map(|_| ()).expect_err("unknown polity");
    assert!(errors.has(Rule::UnknownPolity), "{errors}");
}

/// Repeated claims by one claimant, even with another between them, name
/// it once (the bug: only adjacent repeats were dropped).
#[test]
fn other_claimants_name_each_claimant_once() {
    use atlas_core::Atlas;
    let mut record = real_atlas().record().clone();
    let kunashir = record.units.iter_mut().find(|u| u.id == "kunashir").unwrap();
    let japan = kunashir.claims.iter().find(|c| c.claimant == "japan").cloned().unwrap();
    let mut china = japan.clone();
    china.claimant = "china-roc".into();
    kunashir.claims.extend([china, japan]);
    let atlas = Atlas::from_record(record).unwrap();
    let unit = atlas.unit("kunashir").unwrap();
    let ids: Vec<&str> = atlas
        .other_claimants(unit, day_number(2000, 1, 1), atlas.polity_position("russia"))
        .iter()
        .map(|p| atlas.polities()[*p].id.as_str())
        .collect();
    assert_eq!(ids, ["japan", "china-roc"]);
}

/// The official-map policy comes from the record: Japan's maps change the
/// colour of southern Sakhalin on the day the San Francisco treaty took
/// effect, not before.
#[test]
fn japan_s_maps_follow_the_record_s_official_map_entries() {
    let atlas = real_atlas();
    let south = atlas.unit("sakhalin-south").unwrap();
    let shown =
        |y, m, d| atlas.shown_as(south, day_number(y, m, d), SeenFrom::Japan).map(|p| atlas.polities()[p].id.as_str());
    assert_eq!(shown(1952, 4, 27), Some("soviet-union"));
    assert_eq!(shown(1952, 4, 28), Some("undetermined"));
    let hokkaido = atlas.unit("hokkaido").unwrap();
    assert!(hokkaido.official_maps.is_empty());
    assert_eq!(
        atlas.shown_as(hokkaido, day_number(1946, 1, 1), SeenFrom::Japan),
        atlas.shown_as(hokkaido, day_number(1946, 1, 1), SeenFrom::Neutral)
    );
}

/// The history panel's lists: a unit's treaties by signature, its events by
/// date, and the holder and name it had at the end of the year shown.
#[test]
fn the_history_panel_s_queries_follow_the_record() {
    let atlas = real_atlas();
    let kunashir = atlas.unit("kunashir").unwrap();
    let treaties: Vec<&str> = atlas.treaties_for_unit("kunashir").iter().map(|t| t.id.as_str()).collect();
    assert_eq!(treaties.first(), Some(&"shimoda-1855"));
    assert!(treaties.contains(&"joint-declaration-1956") && treaties.contains(&"san-francisco-1951"));
    let signed: Vec<i64> = atlas.treaties_for_unit("kunashir").iter().map(|t| t.signed.first_day()).collect();
    assert!(signed.windows(2).all(|w| w[0] <= w[1]), "treaties by signature date");
    let events: Vec<&str> = atlas.events_for_unit("kunashir").map(|e| e.id.as_str()).collect();
    assert_eq!(events.first(), Some(&"1853-putyatin-s-mission-reaches-japan"));
    assert!(events.contains(&"1855-treaty-of-shimoda"));
    let cases = [(1939, "japan", "Kunashiri"), (1946, "soviet-union", "Kunashir"), (2026, "russia", "Kunashir")];
    for (year, holder, name) in cases {
        assert_eq!(atlas.holder_at_end_of(kunashir, year).map(|p| p.id.as_str()), Some(holder), "{year}");
        assert_eq!(atlas.unit_name_in(kunashir, year).en, name, "{year}");
    }
}

#[test]
fn a_battle_s_name_ranks_the_battle_first() {
    let (atlas, map) = real_atlas_and_map();
    let hits = search(&atlas, &map, "Nomonhan", Lang::En, 10);
    let first = hits.first().expect("Nomonhan finds something");
    assert_eq!((first.kind, first.id.as_str(), first.year), (HitKind::Site, "khalkhin-gol", Some(1939)), "{hits:?}");
    // Choosing the battle pins the battle's own event, of 1939.
    let event = first.event.and_then(|e| atlas.events().get(e)).expect("the battle opens its event");
    assert_eq!(event.date.year, 1939);
    assert!(hits.iter().any(|h| h.id == "1940-nomonhan-border-agreement"), "the agreement follows: {hits:?}");
}

#[test]
fn every_unit_s_box_holds_its_label_and_lies_on_the_map() {
    let (atlas, map) = real_atlas_and_map();
    for path in &map.units {
        let [min_x, min_y, max_x, max_y] = path.bounds;
        let [x, y] = path.anchor;
        let id = &atlas.units()[path.unit].id;
        assert!(min_x < max_x && min_y < max_y, "{id}: {:?}", path.bounds);
        assert!(
            (min_x..=max_x).contains(&x) && (min_y..=max_y).contains(&y),
            "{id}: {:?} {:?}",
            path.bounds,
            path.anchor
        );
        assert!(min_x >= -1.0 && max_x <= map.size[0] + 1.0 && min_y >= -1.0 && max_y <= map.size[1] + 1.0, "{id}");
    }
}

#[test]
fn port_arthur_brings_kwantung_into_view_in_a_year_of_its_name() {
    let (atlas, map) = real_atlas_and_map();
    let hit = search(&atlas, &map, "Port Arthur", Lang::En, 5).into_iter().find(|h| h.id == "port-arthur").unwrap();
    let kwantung = atlas.units().iter().position(|u| u.id == "kwantung").unwrap();
    assert_eq!(hit.unit, Some(kwantung));
    // Called Port Arthur until April 1955: the end of 1954 is its last year-end.
    assert_eq!((hit.year, hit.in_use), (None, Some((i32::MIN, 1954))));
    let bounds = hit.bounds.unwrap();
    assert_eq!(bounds, map.units[kwantung].bounds);
    let view = Viewport::fitting(map.size, bounds);
    let [min_x, min_y, max_x, max_y] = bounds;
    assert!(
        view.x <= min_x && max_x <= view.x + view.width && view.y <= min_y && max_y <= view.y + view.height,
        "{view:?}"
    );
    let share = ((max_x - min_x) / view.width).max((max_y - min_y) / view.height);
    assert!(share > 0.3, "Kwantung spans {share:.2} of the view");
}

#[test]
fn arrows_walk_the_frontier_from_unit_to_neighbouring_unit() {
    use atlas_core::keyboard::{nearest_in_direction, Direction};
    let (atlas, map) = real_atlas_and_map();
    let anchors: Vec<[f64; 2]> = map.units.iter().map(|u| u.anchor).collect();
    let at = |id: &str| map.units.iter().position(|u| atlas.units()[u.unit].id == id).unwrap();
    let id = |i: usize| atlas.units()[map.units[i].unit].id.as_str();
    let step = |from: &str, d| nearest_in_direction(&anchors, at(from), d).map(id);
    assert_eq!(step("sakhalin-south", Direction::Up), Some("sakhalin-north"));
    assert_eq!(step("sakhalin-north", Direction::Down), Some("sakhalin-south"));
    // Every unit can reach another by some arrow: nobody is stranded.
    for i in 0..anchors.len() {
        let directions = [Direction::Left, Direction::Right, Direction::Up, Direction::Down];
        assert!(directions.iter().any(|&d| nearest_in_direction(&anchors, i, d).is_some()), "{}", id(i));
    }
}

#[test]
fn a_unit_found_by_a_name_of_its_period_keeps_the_year_in_that_period() {
    let (atlas, map) = real_atlas_and_map();
    let hits = search(&atlas, &map, "Karafuto", Lang::En, 10);
    let hit = hits.iter().find(|h| h.kind == HitKind::Unit && h.id == "sakhalin-south").expect("the unit");
    let (first, last) = hit.in_use.expect("Karafuto is a name of 1905–1945");
    assert!(first <= 1907 && (1944..=1949).contains(&last), "{first}–{last}");
    // Found by its own name, a unit keeps whatever year is shown.
    let hit = search(&atlas, &map, "Kunashir", Lang::En, 10).into_iter().find(|h| h.id == "kunashir").unwrap();
    assert_eq!(hit.in_use, None);
}
