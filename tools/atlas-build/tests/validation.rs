//! The validator on broken copies of the real record: one fixture per rule,
//! each asserting the file, the record and the rule the breach names.

use atlas_build::testing::{real_file, real_files};
use atlas_core::{DataError, DataFile, Rule};
use serde_json::{json, Value};

/// The real file parsed, changed by `edit`, and written back.
fn edited(file: DataFile, edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(real_file(file)).expect("the committed file is JSON");
    edit(&mut value);
    value.to_string()
}

fn unit<'a>(units: &'a mut Value, id: &str) -> &'a mut Value {
    units.as_array_mut().unwrap().iter_mut().find(|u| u["id"] == id).unwrap()
}

/// Southern Sakhalin (the first feature of `units.geojson`) with more
/// polygons added to its MultiPolygon.
fn sakhalin_south_with(polygons: Vec<Value>) -> String {
    edited(DataFile::Shapes, |g| {
        let coordinates = g["features"][0]["geometry"]["coordinates"].as_array_mut().unwrap();
        coordinates.extend(polygons);
    })
}

fn errors_with(file: DataFile, text: String) -> Vec<DataError> {
    match atlas_build::load(&real_files().with(file, text)) {
        Ok(_) => panic!("the broken {} loaded", file.file_name()),
        Err(errors) => errors.0,
    }
}

#[test]
fn the_real_record_is_sound() {
    let full = atlas_build::load(&real_files()).unwrap_or_else(|e| panic!("{e}"));
    assert!(full.atlas.events().len() >= 60);
    assert!(full.atlas.sites().len() >= 8);
}

#[test]
fn each_broken_fixture_is_caught_with_file_record_and_rule() {
    type Case = (&'static str, DataFile, Box<dyn FnOnce() -> String>, &'static str, &'static str, Rule);
    let cases: Vec<Case> = vec![
        (
            "a gap in Kunashir's control",
            DataFile::Units,
            Box::new(|| edited(DataFile::Units, |u| unit(u, "kunashir")["control"][1]["from"] = json!("1945-09-02"))),
            "units.json",
            "kunashir/control[0]",
            Rule::ControlGap,
        ),
        (
            "an overlap in Iturup's control",
            DataFile::Units,
            Box::new(|| edited(DataFile::Units, |u| unit(u, "iturup")["control"][1]["from"] = json!("1945-08-20"))),
            "units.json",
            "iturup/control[0]",
            Rule::ControlOverlap,
        ),
        (
            "control starting after 1850",
            DataFile::Units,
            Box::new(|| edited(DataFile::Units, |u| unit(u, "hokkaido")["control"][0]["from"] = json!("1851"))),
            "units.json",
            "hokkaido/control[0]",
            Rule::ControlStart,
        ),
        (
            "an open end before the last period",
            DataFile::Units,
            Box::new(|| {
                edited(DataFile::Units, |u| {
                    unit(u, "shikotan")["control"][0].as_object_mut().unwrap().remove("to").map(|_| ()).unwrap()
                })
            }),
            "units.json",
            "shikotan/control[0]",
            Rule::ControlOpenEnd,
        ),
        (
            "an unknown holder",
            DataFile::Units,
            Box::new(|| edited(DataFile::Units, |u| unit(u, "habomai")["control"][0]["holder"] = json!("atlantis"))),
            "units.json",
            "habomai/control[0]",
            Rule::UnknownPolity,
        ),
        (
            "an unknown treaty",
            DataFile::Units,
            Box::new(|| {
                edited(DataFile::Units, |u| unit(u, "kunashir")["control"][0]["treaty"] = json!("treaty-of-nowhere"))
            }),
            "units.json",
            "kunashir/control[0]",
            Rule::UnknownTreaty,
        ),
        (
            "a period without sources",
            DataFile::Units,
            Box::new(|| edited(DataFile::Units, |u| unit(u, "kamchatka")["control"][0]["sources"] = json!([]))),
            "units.json",
            "kamchatka/control[0]",
            Rule::MissingSource,
        ),
        (
            "an event naming an unknown unit",
            DataFile::Events,
            Box::new(|| edited(DataFile::Events, |e| e[0]["units"] = json!(["atlantis"]))),
            "events.json",
            "1850-nevelskoy-founds-nikolayevsky-post",
            Rule::UnknownUnit,
        ),
        (
            "an event naming an unknown site",
            DataFile::Events,
            Box::new(|| edited(DataFile::Events, |e| e[0]["sites"] = json!(["el-dorado"]))),
            "events.json",
            "1850-nevelskoy-founds-nikolayevsky-post",
            Rule::UnknownSite,
        ),
        (
            "an event citing an unknown source",
            DataFile::Events,
            Box::new(|| edited(DataFile::Events, |e| e[0]["sources"] = json!(["P999"]))),
            "events.json",
            "1850-nevelskoy-founds-nikolayevsky-post",
            Rule::UnknownSource,
        ),
        (
            "an event ending before it starts",
            DataFile::Events,
            Box::new(|| edited(DataFile::Events, |e| e[0]["end"] = json!("1849"))),
            "events.json",
            "1850-nevelskoy-founds-nikolayevsky-post",
            Rule::DateOrder,
        ),
        (
            "a site outside the region",
            DataFile::Sites,
            Box::new(|| edited(DataFile::Sites, |s| s[0]["lon"] = json!(-70.74))),
            "sites.json",
            "port-arthur-raid",
            Rule::OutsideRegion,
        ),
        (
            "two polities with one id",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| p[1]["id"] = json!("japan"))),
            "polities.json",
            "japan",
            Rule::DuplicateId,
        ),
        (
            "a polity of a state that does not exist",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| p[1]["state"] = json!("kingdom-of-ezo"))),
            "polities.json",
            "ezo-republic",
            Rule::UnknownState,
        ),
        (
            "a polity that does not say why it is a regime of its state",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| p[7]["state_note"]["text"] = json!(" "))),
            "polities.json",
            "far-eastern-republic",
            Rule::MissingStateNote,
        ),
        (
            "a state note citing no source",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| p[3]["state_note"]["sources"] = json!([]))),
            "polities.json",
            "manchukuo",
            Rule::MissingStateNote,
        ),
        (
            "a polity with no state note",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| drop(p[5].as_object_mut().unwrap().remove("state_note")))),
            "polities.json",
            "russian-empire",
            Rule::MissingStateNote,
        ),
        (
            "a state note citing an unknown source",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| p[0]["state_note"]["sources"] = json!(["C999"]))),
            "polities.json",
            "japan",
            Rule::UnknownSource,
        ),
        (
            "a polity with no state",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| drop(p[0].as_object_mut().unwrap().remove("state")))),
            "polities.json",
            "japan",
            Rule::Schema,
        ),
        (
            "two states with one id",
            DataFile::States,
            Box::new(|| edited(DataFile::States, |s| s[1]["id"] = json!("japan"))),
            "states.json",
            "japan",
            Rule::DuplicateId,
        ),
        (
            "a colour that is not #rrggbb",
            DataFile::Polities,
            Box::new(|| edited(DataFile::Polities, |p| p[0]["colour"] = json!("red"))),
            "polities.json",
            "japan",
            Rule::Schema,
        ),
        (
            "an impossible date",
            DataFile::Events,
            Box::new(|| real_file(DataFile::Events).replacen("\"1850-08-13\"", "\"1850-02-30\"", 1)),
            "events.json",
            "1850-nevelskoy-founds-nikolayevsky-post",
            Rule::Schema,
        ),
        (
            "a misspelt key",
            DataFile::Sites,
            Box::new(|| real_file(DataFile::Sites).replacen("\"outcome\"", "\"outcom\"", 1)),
            "sites.json",
            "port-arthur-raid",
            Rule::Schema,
        ),
        (
            "a truncated file",
            DataFile::Treaties,
            Box::new(|| real_file(DataFile::Treaties)[..500].to_string()),
            "treaties.json",
            "line",
            Rule::Syntax,
        ),
        (
            "a unit without a shape",
            DataFile::Shapes,
            Box::new(|| {
                edited(DataFile::Shapes, |g| {
                    g["features"].as_array_mut().unwrap().retain(|f| f["properties"]["unit"] != "jehol")
                })
            }),
            "units.geojson",
            "jehol",
            Rule::MissingGeometry,
        ),
        (
            "a shape of an unknown unit",
            DataFile::Shapes,
            Box::new(|| edited(DataFile::Shapes, |g| g["features"][0]["properties"]["unit"] = json!("atlantis"))),
            "units.geojson",
            "atlantis",
            Rule::UnknownUnit,
        ),
        (
            "an Old Style date that does not convert",
            DataFile::Treaties,
            Box::new(|| edited(DataFile::Treaties, |t| t[0]["old_style"] = json!("1855-01-27"))),
            "treaties.json",
            "shimoda-1855",
            Rule::OldStyle,
        ),
        (
            "a disagreement with one reading",
            DataFile::Events,
            Box::new(|| {
                edited(DataFile::Events, |e| {
                    let event = e.as_array_mut().unwrap().iter_mut().find(|x| x.get("disagreement").is_some()).unwrap();
                    event["id"] = json!("one-sided");
                    event["disagreement"]["readings"].as_array_mut().unwrap().truncate(1);
                })
            }),
            "events.json",
            "one-sided",
            Rule::Disagreement,
        ),
        (
            "a site far from the unit it names",
            DataFile::Sites,
            Box::new(|| {
                edited(DataFile::Sites, |s| {
                    let shumshu = s.as_array_mut().unwrap().iter_mut().find(|x| x["id"] == "shumshu").unwrap();
                    shumshu["units"] = json!(["kunashir"]);
                })
            }),
            "sites.json",
            "shumshu",
            Rule::SiteAwayFromUnit,
        ),
        (
            "an outer ring wound clockwise",
            DataFile::Shapes,
            Box::new(|| {
                edited(DataFile::Shapes, |g| {
                    let ring = &mut g["features"][0]["geometry"]["coordinates"][0][0];
                    ring.as_array_mut().unwrap().reverse();
                })
            }),
            "units.geojson",
            "sakhalin-south/polygon[0]/ring[0]",
            Rule::Winding,
        ),
        (
            "a ring that crosses itself",
            DataFile::Shapes,
            Box::new(|| {
                sakhalin_south_with(vec![json!([[
                    [142.0, 46.0],
                    [142.2, 46.2],
                    [142.2, 46.0],
                    [142.0, 46.2],
                    [142.0, 46.0]
                ]])])
            }),
            "units.geojson",
            "sakhalin-south/polygon[",
            Rule::SelfIntersection,
        ),
        (
            "a line outside the region",
            DataFile::Lines,
            Box::new(|| {
                edited(DataFile::Lines, |g| g["features"][0]["geometry"]["coordinates"][0] = json!([10.0, 45.0]))
            }),
            "lines.geojson",
            "iturup-urup-1855",
            Rule::OutsideRegion,
        ),
        (
            "a river outside the region",
            DataFile::Rivers,
            Box::new(|| {
                edited(DataFile::Rivers, |g| g["features"][1]["geometry"]["coordinates"][0] = json!([10.0, 45.0]))
            }),
            "rivers.geojson",
            "amur",
            Rule::OutsideRegion,
        ),
        (
            "a river without names",
            DataFile::Rivers,
            Box::new(|| {
                edited(DataFile::Rivers, |g| {
                    g["features"][4]["properties"].as_object_mut().map(|p| p.remove("names"));
                })
            }),
            "rivers.geojson",
            "features[4]",
            Rule::Schema,
        ),
        (
            "a hole outside its outer ring",
            DataFile::Shapes,
            Box::new(|| {
                sakhalin_south_with(vec![json!([
                    [[142.0, 46.0], [142.2, 46.0], [142.2, 46.2], [142.0, 46.2], [142.0, 46.0]],
                    [[143.0, 47.0], [143.0, 47.1], [143.1, 47.1], [143.1, 47.0], [143.0, 47.0]]
                ])])
            }),
            "units.geojson",
            "sakhalin-south/polygon[",
            Rule::HoleOutsideShell,
        ),
        (
            "two holes that overlap",
            DataFile::Shapes,
            Box::new(|| {
                sakhalin_south_with(vec![json!([
                    [[142.0, 46.0], [142.2, 46.0], [142.2, 46.2], [142.0, 46.2], [142.0, 46.0]],
                    [[142.05, 46.05], [142.05, 46.1], [142.1, 46.1], [142.1, 46.05], [142.05, 46.05]],
                    [[142.08, 46.08], [142.08, 46.15], [142.15, 46.15], [142.15, 46.08], [142.08, 46.08]]
                ])])
            }),
            "units.geojson",
            "sakhalin-south/polygon[",
            Rule::RingsCross,
        ),
        (
            "two islands of one unit overlapping",
            DataFile::Shapes,
            Box::new(|| {
                sakhalin_south_with(vec![
                    json!([[[142.0, 46.0], [142.2, 46.0], [142.2, 46.2], [142.0, 46.2], [142.0, 46.0]]]),
                    json!([[[142.1, 46.1], [142.3, 46.1], [142.3, 46.3], [142.1, 46.3], [142.1, 46.1]]]),
                ])
            }),
            "units.geojson",
            "sakhalin-south/polygon[",
            Rule::PolygonsOverlap,
        ),
        (
            "an Old Style date known only to the month",
            DataFile::Treaties,
            Box::new(|| edited(DataFile::Treaties, |t| t[0]["old_style"] = json!("1855-01"))),
            "treaties.json",
            "shimoda-1855",
            Rule::Schema,
        ),
        (
            "a site of no known kind",
            DataFile::Sites,
            Box::new(|| edited(DataFile::Sites, |s| s[0]["kind"] = json!("skirmish"))),
            "sites.json",
            "port-arthur-raid",
            Rule::Schema,
        ),
        (
            "an official map naming an unknown polity",
            DataFile::Units,
            Box::new(|| {
                edited(DataFile::Units, |u| unit(u, "kunashir")["official_maps"][0]["shown_as"] = json!("atlantis"))
            }),
            "units.json",
            "kunashir/official_maps[0]",
            Rule::UnknownPolity,
        ),
        (
            "an official map without a source",
            DataFile::Units,
            Box::new(|| {
                edited(DataFile::Units, |u| unit(u, "sakhalin-south")["official_maps"][0]["sources"] = json!([]))
            }),
            "units.json",
            "sakhalin-south/official_maps[0]",
            Rule::MissingSource,
        ),
        (
            // The audit's case: a green a deuteranope cannot tell from Japan's pink.
            "Korea in a colour that deuteranopia merges with Japan's",
            DataFile::Polities,
            Box::new(|| {
                edited(DataFile::Polities, |p| {
                    let korea = p.as_array_mut().unwrap().iter_mut().find(|x| x["id"] == "korea").unwrap();
                    korea["colour"] = json!("#73a57d");
                })
            }),
            "polities.json",
            "korea",
            Rule::ColoursTooClose,
        ),
        (
            // The bug of issue 11: S0's title showed readers a seed's file path.
            "a source title naming a file of the workshop",
            DataFile::Sources,
            Box::new(|| {
                edited(DataFile::Sources, |s| {
                    s[0]["title"] = json!("Seed document: encyclopedia article (shared/seeds/000_827b8aa17a6b5ac3.txt)")
                })
            }),
            "sources.json",
            "S0",
            Rule::InternalText,
        ),
        (
            "a control period's basis pointing at a data file",
            DataFile::Units,
            Box::new(|| {
                edited(DataFile::Units, |u| {
                    unit(u, "kunashir")["control"][0]["basis"] = json!("As recorded in geo/data/treaties.json.")
                })
            }),
            "units.json",
            "kunashir/control[0]",
            Rule::InternalText,
        ),
        (
            "an event's note speaking of a seed",
            DataFile::Events,
            Box::new(|| edited(DataFile::Events, |e| e[0]["note"] = json!("A seed gives another day."))),
            "events.json",
            "1850-nevelskoy-founds-nikolayevsky-post",
            Rule::InternalText,
        ),
        (
            "a disagreement's conclusion citing a source by its bare id",
            DataFile::Events,
            Box::new(|| {
                edited(DataFile::Events, |e| {
                    let events = e.as_array_mut().unwrap();
                    let port_arthur = events.iter_mut().find(|x| x["id"] == "1955-soviets-leave-port-arthur").unwrap();
                    port_arthur["disagreement"]["used"] = json!("16 Apr 1955: P11 gives the day.");
                })
            }),
            "events.json",
            "1955-soviets-leave-port-arthur",
            Rule::InternalText,
        ),
        (
            "a source without a publisher",
            DataFile::Sources,
            Box::new(|| {
                edited(DataFile::Sources, |s| {
                    let p01 = s.as_array_mut().unwrap().iter_mut().find(|x| x["id"] == "P01").unwrap();
                    p01.as_object_mut().unwrap().remove("publisher");
                })
            }),
            "sources.json",
            "P01",
            Rule::SourceWithoutPublisher,
        ),
        (
            // Hokkaido's interior, not the sea.
            "the Sea of Okhotsk's label set down on Hokkaido",
            DataFile::Waters,
            Box::new(|| {
                edited(DataFile::Waters, |w| {
                    let okhotsk = w.as_array_mut().unwrap().iter_mut().find(|x| x["id"] == "okhotsk").unwrap();
                    okhotsk["lon"] = json!(142.8);
                    okhotsk["lat"] = json!(43.5);
                })
            }),
            "waters.json",
            "okhotsk",
            Rule::WaterOnLand,
        ),
        (
            "a strait with no Russian name",
            DataFile::Waters,
            Box::new(|| {
                edited(DataFile::Waters, |w| {
                    let tatar = w.as_array_mut().unwrap().iter_mut().find(|x| x["id"] == "tatar").unwrap();
                    tatar["names"].as_object_mut().unwrap().remove("ru");
                })
            }),
            "waters.json",
            "tatar",
            Rule::MissingTranslation,
        ),
        (
            "a sea citing a source that does not exist",
            DataFile::Waters,
            Box::new(|| edited(DataFile::Waters, |w| w[0]["sources"] = json!(["WA99"]))),
            "waters.json",
            "pacific",
            Rule::UnknownSource,
        ),
        (
            "a water of no known kind",
            DataFile::Waters,
            Box::new(|| edited(DataFile::Waters, |w| w[0]["kind"] = json!("lagoon"))),
            "waters.json",
            "pacific",
            Rule::Schema,
        ),
        (
            "a strait off the map",
            DataFile::Waters,
            Box::new(|| edited(DataFile::Waters, |w| w[0]["lon"] = json!(-5.6))),
            "waters.json",
            "pacific",
            Rule::OutsideRegion,
        ),
    ];
    for (what, file, text, expected_file, record, rule) in cases {
        let errors = errors_with(file, text());
        let found = errors.iter().any(|e| e.file == expected_file && e.rule == rule && e.record.starts_with(record));
        assert!(
            found,
            "{what}: expected {expected_file} / {record} / {rule:?}, got:\n{}",
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
        );
    }
}

#[test]
fn breaches_read_as_file_record_rule() {
    let text = edited(DataFile::Units, |u| unit(u, "kunashir")["control"][1]["from"] = json!("1945-09-02"));
    let message = errors_with(DataFile::Units, text)[0].to_string();
    assert!(
        message.starts_with("units.json: kunashir/control[0]: ends 1 Sep 1945 but the next period starts 2 Sep 1945"),
        "{message}"
    );
    assert!(message.contains("no gap"), "{message}");
}

/// A polity added to the record is held to the palette rule like the rest:
/// a new holder of Shikotan in Russia's blue all but exactly is refused,
/// the breach naming it, the vision and both colours.
#[test]
fn a_new_polity_in_a_clashing_colour_is_refused() {
    let polities = edited(DataFile::Polities, |p| {
        let mut new = p[0].clone();
        new["id"] = json!("new-state");
        new["names"] = json!({ "en": "New State" });
        new["colour"] = json!("#4280b5");
        p.as_array_mut().unwrap().push(new);
    });
    let units = edited(DataFile::Units, |u| {
        let control = unit(u, "shikotan")["control"].as_array_mut().unwrap();
        let mut next = control.last().unwrap().clone();
        control.last_mut().unwrap()["to"] = json!("2030");
        next["from"] = json!("2030");
        next["holder"] = json!("new-state");
        control.push(next);
    });
    let files = real_files().with(DataFile::Polities, polities).with(DataFile::Units, units);
    let errors = match atlas_build::load(&files) {
        Ok(_) => panic!("the clashing polity was accepted"),
        Err(errors) => errors.0,
    };
    let clash = errors.iter().find(|e| e.rule == Rule::ColoursTooClose && e.record == "new-state");
    let clash = clash.unwrap_or_else(|| panic!("no clash reported: {errors:?}"));
    assert_eq!(clash.file, "polities.json");
    for needle in ["russia (#3e7cb1)", "new-state (#4280b5)", "normal vision", "shikotan", "on 2030-01-01"] {
        assert!(clash.detail.contains(needle), "{needle} missing from: {}", clash.detail);
    }
}
