//! A standalone SVG of the map as the reader sees it: the part of the map
//! in view, the units in their colours and, in the claims view, their
//! hatches; the selected unit outlined; the border rivers and the lines in
//! force; the year's sites with their symbols; the labels; the scale bar;
//! the whole key; the date and the attribution. The app downloads it as SVG, or draws it onto a canvas for
//! PNG.
//!
//! The map keeps its own coordinates inside a nested `<svg>` whose viewBox
//! is the reader's view, which also clips it; labels, pins and the key are
//! written outside it in the image's pixels, so that they keep the sizes
//! they have on screen whatever the zoom.

use std::fmt::Write;

use crate::atlas::Atlas;
use crate::colour::NO_HOLDER;
use crate::compare::Change;
use crate::i18n::scale_length;
use crate::key::KeyRow;
use crate::labels::{LabelKind, PlacedLabel, LINE_STEP_EM, PLACE_DOT_PX};
use crate::map::MapGeometry;
use crate::map::VIEW_WIDTH;
use crate::model::SiteKind;
use crate::path::PATH_TRANSFORM;
use crate::projection::Projection;
use crate::scale_bar::scale_bar;
use crate::scene::MapLayers;
use crate::search::name_in;
use crate::settings::Lang;
use crate::viewport::{ScreenRect, Viewport};

/// What to draw, already decided by the app's state.
pub struct ExportScene<'a> {
    /// The map's colours, hatches and lines of the moment.
    pub layers: &'a MapLayers,
    /// The part of the map in view.
    pub view: Viewport,
    /// The unit selected (position in `Atlas::units`), outlined as on the map.
    pub selected: Option<usize>,
    /// Sites to pin (positions in `Atlas::sites`).
    pub sites: &'a [usize],
    /// The names as the map places them ([`crate::labels::plan`]), placed
    /// for the image's own pixels ([`export_units_per_px`]).
    pub labels: &'a [PlacedLabel],
    /// "Frontier Atlas — end of 1945".
    pub title: &'a str,
    /// The key's rows and what each says ([`crate::key`]).
    pub key: &'a [(KeyRow, String)],
    pub attribution: &'a str,
    /// The language of the scale bar's length and the rivers' names.
    pub lang: Lang,
}

/// Escapes text for XML, so that names from the record stay text.
///
/// ```
/// use atlas_core::export::xml_escape;
/// assert_eq!(xml_escape("<img src=x onerror=alert(1)> & \"q\""), "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;");
/// ```
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The map's width in the image, in pixels; its height follows the view.
pub const MAP_WIDTH: f64 = 1000.0;
/// Width of the key's column beside the map.
const KEY_WIDTH: f64 = 320.0;
const HEADER: f64 = 56.0;
const FOOTER: f64 = 40.0;
/// Height of one row of the key.
const KEY_ROW: f64 = 24.0;
/// The land outside the units, as the page's stylesheet paints it.
const CONTEXT_FILL: &str = "#ece9e2";

/// A site symbol's fill and stroke, as the page's stylesheet draws them
/// (`.site-battle circle` and so on in `assets/style.css`; a native test
/// holds the two together).
///
/// ```
/// use atlas_core::export::site_symbol;
/// use atlas_core::model::SiteKind;
/// assert_eq!(site_symbol(SiteKind::Battle), ("#b00020", "#fff"));
/// ```
pub fn site_symbol(kind: SiteKind) -> (&'static str, &'static str) {
    match kind {
        SiteKind::Battle => ("#b00020", "#fff"),
        SiteKind::Incident => ("#fff", "#b00020"),
        SiteKind::Landing => ("#1f5fa8", "#fff"),
        SiteKind::Occupation => ("#fff", "#222"),
    }
}

/// A line's stroke colour and dashes in pixels, as the page's stylesheet
/// draws it: the 1945 Kushiro–Rumoi demand in dark red dots, borders and
/// demarcations in black dashes.
///
/// ```
/// use atlas_core::export::line_stroke;
/// assert_eq!(line_stroke("kushiro-rumoi-1945"), ("#8c2c37", "2 3"));
/// assert_eq!(line_stroke("sakhalin-50n"), ("#111", "6 3"));
/// ```
pub fn line_stroke(line_id: &str) -> (&'static str, &'static str) {
    match line_id {
        "kushiro-rumoi-1945" => ("#8c2c37", "2 3"),
        _ => ("#111", "6 3"),
    }
}

/// Map units per pixel of the exported image for a view: the labels are
/// placed for this, so that they keep on the image the sizes they have on
/// screen and none overlaps another.
///
/// ```
/// use atlas_core::export::{export_units_per_px, MAP_WIDTH};
/// use atlas_core::viewport::Viewport;
/// let full = Viewport::full([1000.0, 700.0]);
/// assert_eq!(export_units_per_px(full), 1000.0 / MAP_WIDTH);
/// ```
pub fn export_units_per_px(view: Viewport) -> f64 {
    view.width / MAP_WIDTH
}

/// The sea's colour, behind the map and in the halo of the seas' names.
const SEA: &str = "#dbe7ef";

/// The scene as a complete SVG document.
pub fn export_svg(atlas: &Atlas, map: &MapGeometry, scene: &ExportScene) -> String {
    let view = scene.view;
    // Image pixels per map unit.
    let k = MAP_WIDTH / view.width.max(f64::EPSILON);
    let map_h = view.height * k;
    let total_w = MAP_WIDTH + KEY_WIDTH;
    let key_h = 40.0 + KEY_ROW * scene.key.len() as f64;
    let total_h = HEADER + map_h.max(key_h) + FOOTER;
    // A map point in the image's pixels, if it is in view.
    let to_image = |[x, y]: [f64; 2]| -> Option<(f64, f64)> {
        view.contains([x, y]).then_some(((x - view.x) * k, HEADER + (y - view.y) * k))
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{total_w}" height="{total_h:.0}" viewBox="0 0 {total_w} {total_h:.0}" font-family="sans-serif">"#
    );
    write_patterns(&mut s, atlas, scene);
    let _ = write!(s, r##"<rect width="{total_w}" height="{total_h:.0}" fill="#ffffff"/>"##);
    let _ = write!(
        s,
        r##"<text x="16" y="36" font-size="24" font-weight="bold" fill="#1d3557">{}</text>"##,
        xml_escape(scene.title)
    );
    write_map(&mut s, atlas, map, scene, map_h);
    for &i in scene.sites {
        let (Some(site), Some(&at)) = (atlas.sites().get(i), map.sites.get(i)) else { continue };
        let Some((x, y)) = to_image(at) else { continue };
        let (fill, stroke) = site_symbol(site.kind);
        let _ =
            write!(s, r#"<circle cx="{x:.1}" cy="{y:.1}" r="5" fill="{fill}" stroke="{stroke}" stroke-width="2"/>"#);
    }
    write_rivers(&mut s, map, scene, &to_image);
    write_labels(&mut s, atlas, scene, &to_image, k);
    write_scale_bar(&mut s, scene, map_h);
    write_key(&mut s, atlas, scene);
    let _ = write!(
        s,
        r##"<text x="16" y="{:.0}" font-size="12" fill="#5b6470">{}</text>"##,
        total_h - 14.0,
        xml_escape(scene.attribution)
    );
    s.push_str("</svg>");
    s
}

/// The border rivers' names along their course, as the page writes them
/// (the rivers themselves are drawn with the map).
fn write_rivers(
    s: &mut String,
    map: &MapGeometry,
    scene: &ExportScene,
    to_image: &dyn Fn([f64; 2]) -> Option<(f64, f64)>,
) {
    for river in &map.rivers {
        let [x, y, angle] = river.label;
        let Some((x, y)) = to_image([x, y]) else { continue };
        let _ = write!(
            s,
            r##"<text transform="translate({x:.1},{y:.1}) rotate({angle:.0}) translate(0,-4)" font-size="10" font-style="italic" text-anchor="middle" fill="#1d4f7a" stroke="#ffffff" stroke-width="2" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
            xml_escape(name_in(&river.names, scene.lang))
        );
    }
}

/// The scale bar at the map's bottom left, true at the view's centre as on
/// the page ([`crate::scale_bar`]), measured in the image's pixels.
fn write_scale_bar(s: &mut String, scene: &ExportScene, map_h: f64) {
    let frame = ScreenRect { left: 0.0, top: 0.0, width: MAP_WIDTH, height: map_h };
    let Some(bar) = scale_bar(&Projection::for_region(VIEW_WIDTH), &scene.view, &frame, 150.0) else { return };
    let (x, y) = (16.0, HEADER + map_h - 16.0);
    let _ = write!(
        s,
        r##"<g class="scale-bar" data-km="{:.0}" data-px="{:.2}"><path d="M{x:.1},{:.1}V{y:.1}H{:.1}V{:.1}" fill="none" stroke="#1b1f24" stroke-width="2"/><text x="{:.1}" y="{:.1}" font-size="12" fill="#1b1f24" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">{}</text></g>"##,
        bar.km,
        bar.px,
        y - 7.0,
        x + bar.px,
        y - 7.0,
        x + bar.px + 5.0,
        y + 1.0,
        xml_escape(&scale_length(scene.lang, bar.km))
    );
}

/// The names, as the page draws them: units in the black or white ink
/// their fill carries at 4.5:1 or more, haloed in the fill; seas italic
/// blue-grey haloed in the sea; towns dark, haloed in white, by their dot.
fn write_labels(
    s: &mut String,
    atlas: &Atlas,
    scene: &ExportScene,
    to_image: &dyn Fn([f64; 2]) -> Option<(f64, f64)>,
    k: f64,
) {
    for label in scene.labels {
        let Some((x, y)) = to_image([label.x, label.y]) else { continue };
        let (fill, halo, italic) = match label.kind {
            LabelKind::Unit => {
                let fill = scene.layers.fill_colour(atlas, label.item);
                (fill.label_ink().to_string(), fill.to_string(), true)
            }
            LabelKind::Water => ("#3f5a72".to_string(), SEA.to_string(), true),
            LabelKind::Place => ("#1b1f24".to_string(), "#ffffff".to_string(), false),
        };
        if label.kind == LabelKind::Place {
            if let Some((px, py)) = to_image(label.point) {
                let _ = write!(s, r##"<circle cx="{px:.1}" cy="{py:.1}" r="{PLACE_DOT_PX}" fill="#1b1f24"/>"##);
            }
        }
        let _ = write!(
            s,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{:.1}"{} text-anchor="{}" dominant-baseline="central" fill="{fill}" stroke="{halo}" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke">"#,
            label.font * k,
            if italic { r#" font-style="italic""# } else { "" },
            label.slot.text_anchor()
        );
        for (i, line) in label.lines.iter().enumerate() {
            let dy = if i == 0 { "0".to_string() } else { format!("{LINE_STEP_EM}em") };
            let _ = write!(s, r#"<tspan x="{x:.1}" dy="{dy}">{}</tspan>"#, xml_escape(line));
        }
        s.push_str("</text>");
    }
}

/// One hatch per claimant: in the map's tenths for the units (scaled by
/// 1/zoom, as the page does, so the stripes keep their size in the image),
/// and in pixels for the key's swatches.
fn write_patterns(s: &mut String, atlas: &Atlas, scene: &ExportScene) {
    let claimants = scene.key.iter().filter_map(|(row, _)| match row {
        KeyRow::Claimant(i) => atlas.polities().get(*i),
        _ => None,
    });
    s.push_str("<defs>");
    let zoom = scene.view.zoom().max(0.01);
    for p in claimants {
        let (id, colour) = (&p.id, p.colour);
        let _ = write!(
            s,
            r#"<pattern id="hatch-{id}" patternUnits="userSpaceOnUse" width="64" height="64" patternTransform="rotate(45) scale({:.4})"><rect width="26" height="64" fill="{colour}"/></pattern>"#,
            1.0 / zoom
        );
        let _ = write!(
            s,
            r#"<pattern id="key-hatch-{id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="3" height="6" fill="{colour}"/></pattern>"#
        );
    }
    s.push_str("</defs>");
}

/// The map itself, clipped to the view: sea, context land, graticule,
/// units, hatches, the selected unit's outline and the lines.
fn write_map(s: &mut String, atlas: &Atlas, map: &MapGeometry, scene: &ExportScene, map_h: f64) {
    let v = scene.view;
    let _ = write!(
        s,
        r#"<svg x="0" y="{HEADER}" width="{MAP_WIDTH}" height="{map_h:.1}" viewBox="{:.2} {:.2} {:.2} {:.2}" preserveAspectRatio="none">"#,
        v.x, v.y, v.width, v.height
    );
    // Strokes are given in the image's pixels, whatever the zoom.
    let _ = write!(
        s,
        r#"<rect x="-2000" y="-2000" width="5000" height="5000" fill="{SEA}"/><g transform="{PATH_TRANSFORM}">"#
    );
    for d in &map.context {
        let _ = write!(
            s,
            r##"<path d="{d}" fill="{CONTEXT_FILL}" stroke="#b9b4aa" stroke-width="0.6" vector-effect="non-scaling-stroke"/>"##
        );
    }
    let _ = write!(
        s,
        r##"<path d="{}" fill="none" stroke="#9fb3c2" stroke-width="0.5" stroke-dasharray="2 3" vector-effect="non-scaling-stroke"/>"##,
        map.graticule
    );
    for path in &map.units {
        let colour = scene.layers.fill_colour(atlas, path.unit);
        let _ = write!(
            s,
            r##"<path d="{}" fill="{colour}" stroke="#4a4a4a" stroke-width="0.7" vector-effect="non-scaling-stroke"/>"##,
            path.d
        );
    }
    for path in &map.units {
        for p in scene.layers.claimants.get(path.unit).into_iter().flatten().filter_map(|&i| atlas.polities().get(i)) {
            let _ = write!(s, r#"<path d="{}" fill="url(#hatch-{})" opacity="0.85"/>"#, path.d, p.id);
        }
    }
    // Comparing: changed hands in orange over a dark casing, a new regime
    // of the same state dashed, as the page's stylesheet outlines them.
    for path in &map.units {
        let outline = match scene.layers.changes.get(path.unit) {
            Some(Change::ChangedHands) => {
                r##"<path d="{}" fill="none" stroke="#111111" stroke-width="5.5" vector-effect="non-scaling-stroke"/><path d="{}" fill="none" stroke="#ff9f1c" stroke-width="3.5" vector-effect="non-scaling-stroke"/>"##
            }
            Some(Change::RegimeChanged) => {
                r##"<path d="{}" fill="none" stroke="#1d2b3a" stroke-width="2.5" stroke-dasharray="6 3" vector-effect="non-scaling-stroke"/>"##
            }
            _ => continue,
        };
        s.push_str(&outline.replace("{}", &path.d));
    }
    for river in &map.rivers {
        let _ = write!(
            s,
            r##"<path d="{}" fill="none" stroke="#3f7fb5" stroke-width="1.6" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>"##,
            river.d
        );
    }
    if let Some(path) = scene.selected.and_then(|u| map.units.iter().find(|p| p.unit == u)) {
        let _ = write!(
            s,
            r##"<path d="{}" fill="none" stroke="#000000" stroke-width="2.5" vector-effect="non-scaling-stroke"/>"##,
            path.d
        );
    }
    for &i in &scene.layers.lines {
        let (Some(line), Some(d)) = (atlas.lines().get(i), map.lines.get(i)) else { continue };
        let (stroke, dashes) = line_stroke(&line.id);
        let _ = write!(
            s,
            r#"<path d="{d}" fill="none" stroke="{stroke}" stroke-width="2.2" stroke-dasharray="{dashes}" vector-effect="non-scaling-stroke"/>"#
        );
    }
    s.push_str("</g></svg>");
}

/// The key beside the map: a swatch, line or symbol per row, and its words.
fn write_key(s: &mut String, atlas: &Atlas, scene: &ExportScene) {
    let lx = MAP_WIDTH + 20.0;
    for (n, (row, words)) in scene.key.iter().enumerate() {
        let y = HEADER + 20.0 + KEY_ROW * n as f64;
        match *row {
            KeyRow::Outline(Change::ChangedHands) => {
                let _ = write!(
                    s,
                    r##"<rect x="{lx}" y="{y}" width="18" height="18" fill="#ffffff" stroke="#111111" stroke-width="5.5"/><rect x="{lx}" y="{y}" width="18" height="18" fill="none" stroke="#ff9f1c" stroke-width="3.5"/>"##
                );
            }
            KeyRow::Outline(_) => {
                let _ = write!(
                    s,
                    r##"<rect x="{lx}" y="{y}" width="18" height="18" fill="#ffffff" stroke="#1d2b3a" stroke-width="2" stroke-dasharray="4 2"/>"##
                );
            }
            KeyRow::Polity(i) => {
                let colour = atlas.polities().get(i).map_or(NO_HOLDER, |p| p.colour);
                let _ =
                    write!(s, r##"<rect x="{lx}" y="{y}" width="18" height="18" fill="{colour}" stroke="#555555"/>"##);
            }
            KeyRow::Claimant(i) => {
                let id = atlas.polities().get(i).map_or("", |p| p.id.as_str());
                let _ = write!(
                    s,
                    r##"<rect x="{lx}" y="{y}" width="18" height="18" fill="#ffffff" stroke="#555555"/><rect x="{lx}" y="{y}" width="18" height="18" fill="url(#key-hatch-{id})"/>"##
                );
            }
            KeyRow::Line(i) => {
                let (stroke, dashes) = atlas.lines().get(i).map_or(line_stroke(""), |l| line_stroke(&l.id));
                let _ = write!(
                    s,
                    r#"<line x1="{lx}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{stroke}" stroke-width="2.2" stroke-dasharray="{dashes}"/>"#,
                    y + 9.0,
                    lx + 18.0,
                    y + 9.0
                );
            }
            KeyRow::Site(kind) => {
                let (fill, stroke) = site_symbol(kind);
                let stroke = if stroke == "#fff" { "#222" } else { stroke };
                let _ = write!(
                    s,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="5" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>"#,
                    lx + 9.0,
                    y + 9.0
                );
            }
            KeyRow::Context => {
                let _ = write!(
                    s,
                    r##"<rect x="{lx}" y="{y}" width="18" height="18" fill="{CONTEXT_FILL}" stroke="#555555"/>"##
                );
            }
        }
        let _ = write!(
            s,
            r##"<text x="{}" y="{}" font-size="14" fill="#1b1f24">{}</text>"##,
            lx + 26.0,
            y + 14.0,
            xml_escape(words)
        );
    }
}
