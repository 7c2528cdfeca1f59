//! The exported image on the real record: what the reader sees, in view,
//! with the whole key; and its symbols and lines as the page's stylesheet
//! draws them.

use atlas_build::testing::real_atlas_and_map;
use atlas_core::export::{export_svg, export_units_per_px, line_stroke, site_symbol, xml_escape, ExportScene};
use atlas_core::key::{key_row_text, key_rows, KeyRow};
use atlas_core::labels::plan_within;
use atlas_core::model::SiteKind;
use atlas_core::query::end_of_year;
use atlas_core::scene::{MapLayers, YearMarks};
use atlas_core::settings::{Lang, SeenFrom, View};
use atlas_core::viewport::Viewport;

/// The export of `year` in `view`, with `selected` and the labels given.
fn export(year: i32, view: View, viewport: Option<Viewport>, selected: Option<&str>) -> String {
    let (atlas, map) = real_atlas_and_map();
    let layers = MapLayers::compute(&atlas, end_of_year(year), view, SeenFrom::Neutral, None);
    let marks = YearMarks::compute(&atlas, year);
    let key: Vec<(KeyRow, String)> =
        key_rows(&atlas, &layers, &marks.sites).into_iter().map(|r| (r, key_row_text(&atlas, r, Lang::En))).collect();
    let position = |id: &str| atlas.units().iter().position(|u| u.id == id);
    let view = viewport.unwrap_or(Viewport::full(map.size));
    let area = [view.x, view.y, view.x + view.width, view.y + view.height];
    let labels =
        plan_within(&atlas, &map, &marks, Lang::En, view.zoom(), export_units_per_px(view), &marks.sites, area, &[]);
    let scene = ExportScene {
        layers: &layers,
        view,
        selected: selected.and_then(position),
        sites: &marks.sites,
        labels: &labels,
        title: &format!("Frontier Atlas — end of {year}"),
        key: &key,
        attribution: "Natural Earth (public domain)",
        lang: Lang::En,
    };
    export_svg(&atlas, &map, &scene)
}

#[test]
fn the_export_of_1945_is_a_whole_document_with_the_date_key_and_attribution() {
    let svg = export(1945, View::Control, None, None);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.ends_with("</svg>"));
    for needle in ["end of 1945", "Soviet Union", "Japan", "Natural Earth", ">Primorye</tspan>", ">Vladivostok</tspan>"]
    {
        assert!(svg.contains(needle), "the export lacks {needle}");
    }
    // The key names the kinds of site pinned in 1945 with their symbols.
    let (fill, _) = site_symbol(SiteKind::Battle);
    assert!(svg.contains(">Battle</text>") && svg.contains(&format!(r#"fill="{fill}""#)));
}

#[test]
fn the_export_of_the_claims_view_in_2020_hatches_kunashir_and_names_japan_as_claimant() {
    let svg = export(2020, View::Claims, None, None);
    assert!(svg.contains(r#"<pattern id="hatch-japan""#));
    assert!(svg.contains(r#"fill="url(#hatch-japan)""#), "a unit is hatched for Japan");
    assert!(svg.contains(r#"fill="url(#key-hatch-japan)""#), "the key shows the hatch");
    assert!(svg.contains(">hatched: claimed by Japan</text>"));
    // The control view hatches nothing.
    assert!(!export(2020, View::Control, None, None).contains("url(#hatch-"));
}

#[test]
fn the_export_draws_the_lines_in_force_and_outlines_the_selected_unit() {
    let plain = export(1939, View::Control, None, None);
    let (stroke, dashes) = line_stroke("sakhalin-50n");
    assert!(plain.contains(&format!(r#"stroke="{stroke}" stroke-width="2.2" stroke-dasharray="{dashes}""#)));
    let selected = export(1939, View::Control, None, Some("kunashir"));
    assert_eq!(selected.matches(r##"stroke="#000000" stroke-width="2.5""##).count(), 1);
    assert_eq!(plain.matches(r##"stroke="#000000" stroke-width="2.5""##).count(), 0);
}

#[test]
fn a_zoomed_export_shows_the_view_and_only_the_labels_in_it() {
    let (_, map) = real_atlas_and_map();
    // Zoomed on Kunashir as search brings it into view: its label is in
    // view, Primorye's is not.
    let atlas = atlas_build::testing::real_atlas();
    let kunashir = atlas.units().iter().position(|u| u.id == "kunashir").unwrap();
    let view = Viewport::fitting(map.size, map.units[kunashir].bounds);
    assert!(view.zoom() > 4.0, "{view:?}");
    let svg = export(1945, View::Control, Some(view), None);
    assert!(svg.contains(&format!(r#"viewBox="{:.2} {:.2} {:.2} {:.2}""#, view.x, view.y, view.width, view.height)));
    assert!(svg.contains(">Kunashir</tspan>"), "{svg}");
    assert!(!svg.contains(">Primorye</tspan>"), "Primorye lies outside the view");
}

/// The rules of `assets/style.css` for one selector, as written.
fn css_rule(css: &str, selector: &str) -> String {
    let at = css.find(&format!("{selector} {{")).unwrap_or_else(|| panic!("no rule for {selector}"));
    let body = &css[at..];
    body[..body.find('}').unwrap_or(body.len())].to_string()
}

#[test]
fn the_export_draws_site_symbols_and_lines_as_the_page_stylesheet_does() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/style.css")).unwrap();
    for (kind, selector) in [
        (SiteKind::Battle, ".site-battle circle"),
        (SiteKind::Landing, ".site-landing circle"),
        (SiteKind::Occupation, ".site-occupation circle"),
        // An incident has the plain site symbol.
        (SiteKind::Incident, ".site circle"),
    ] {
        let rule = css_rule(&css, selector);
        let (fill, stroke) = site_symbol(kind);
        assert!(
            rule.contains(&format!("fill: {fill};")) && rule.contains(&format!("stroke: {stroke};")),
            "{kind:?}: {rule}"
        );
    }
    for (line, selector) in
        [("kushiro-rumoi-1945", ".border-line[data-line=\"kushiro-rumoi-1945\"]"), ("korea-38n", ".border-line")]
    {
        let rule = css_rule(&css, selector);
        let (stroke, dashes) = line_stroke(line);
        assert!(
            rule.contains(&format!("stroke: {stroke};")) && rule.contains(&format!("stroke-dasharray: {dashes};")),
            "{line}: {rule}"
        );
    }
}

#[test]
fn comparing_1944_with_1946_exports_the_outlines_and_their_key() {
    let (atlas, map) = real_atlas_and_map();
    let layers = MapLayers::compute(&atlas, end_of_year(1946), View::Control, SeenFrom::Neutral, Some(1944));
    let marks = YearMarks::compute(&atlas, 1946);
    let key: Vec<(KeyRow, String)> =
        key_rows(&atlas, &layers, &marks.sites).into_iter().map(|r| (r, key_row_text(&atlas, r, Lang::En))).collect();
    assert!(key.iter().any(|(r, _)| matches!(r, KeyRow::Outline(_))), "{key:?}");
    let scene = ExportScene {
        layers: &layers,
        view: Viewport::full(map.size),
        selected: None,
        sites: &marks.sites,
        labels: &[],
        title: "Frontier Atlas — 1944 and 1946",
        key: &key,
        attribution: "",
        lang: Lang::En,
    };
    let svg = export_svg(&atlas, &map, &scene);
    let changed_hands = layers.changes.iter().filter(|c| **c == atlas_core::compare::Change::ChangedHands).count();
    assert!(changed_hands > 0);
    // One orange outline per unit that changed hands, and one in the key.
    assert_eq!(svg.matches(r##"stroke="#ff9f1c""##).count(), changed_hands + 1);
    for (_, words) in &key {
        assert!(svg.contains(&format!(">{}</text>", xml_escape(words))), "the key lacks {words}");
    }
}

#[test]
fn the_export_carries_the_rivers_and_a_scale_bar_true_at_the_view() {
    let (_, map) = real_atlas_and_map();
    let full = export(1945, View::Control, None, None);
    for river in ["Amur", "Ussuri", "Yalu"] {
        assert!(full.contains(&format!(">{river}</text>")), "the export names the {river}");
    }
    assert_eq!(full.matches(r##"stroke="#3f7fb5""##).count(), map.rivers.len());
    // A bar of a round length, shorter when zoomed in.
    let km = |svg: &str| -> f64 {
        let at =
            svg.find(r#"class="scale-bar" data-km=""#).expect("a scale bar") + r#"class="scale-bar" data-km=""#.len();
        svg[at..svg[at..].find('"').map(|e| at + e).unwrap()].parse().unwrap()
    };
    let atlas = atlas_build::testing::real_atlas();
    let kunashir = atlas.units().iter().position(|u| u.id == "kunashir").unwrap();
    let zoomed = export(1945, View::Control, Some(Viewport::fitting(map.size, map.units[kunashir].bounds)), None);
    assert!(km(&zoomed) < km(&full), "{} km zoomed against {} km", km(&zoomed), km(&full));
    assert!([1.0, 2.0, 5.0].iter().any(|m| (km(&full) / m).log10().fract().abs() < 1e-9), "{}", km(&full));
}
