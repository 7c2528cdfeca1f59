//! A standalone SVG of the map as it stands: the units in their colours,
//! the lines and sites of the moment, place names, a legend, the date and
//! the attribution. The app downloads it as SVG, or draws it onto a canvas
//! for PNG.

use std::fmt::Write;

use crate::atlas::Atlas;
use crate::colour::{Colour, NO_HOLDER};
use crate::map::MapGeometry;
use crate::path::PATH_TRANSFORM;

/// What to draw, already decided by the app's state.
pub struct ExportScene<'a> {
    /// For every unit, the polity whose colour fills it.
    pub fills: &'a [Option<usize>],
    /// Lines in force (positions in `Atlas::lines`).
    pub lines: &'a [usize],
    /// Sites to pin (positions in `Atlas::sites`).
    pub sites: &'a [usize],
    /// Place labels: position in the map and name.
    pub labels: &'a [([f64; 2], String)],
    /// Unit labels: position in `Atlas::units` and text, written at the
    /// unit's anchor in the ink its fill carries.
    pub unit_labels: &'a [(usize, String)],
    /// "Frontier Atlas — end of 1945".
    pub title: &'a str,
    /// Legend rows: colour and name.
    pub legend: &'a [(String, String)],
    pub attribution: &'a str,
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

/// Width of the legend column beside the map.
const LEGEND_WIDTH: f64 = 300.0;
const HEADER: f64 = 56.0;
const FOOTER: f64 = 40.0;

/// The colour that fills a unit in the scene: its polity's, or the grey of no holder.
fn fill_colour(atlas: &Atlas, scene: &ExportScene, unit: usize) -> Colour {
    scene.fills.get(unit).copied().flatten().and_then(|p| atlas.polities().get(p)).map_or(NO_HOLDER, |p| p.colour)
}

/// The scene as a complete SVG document.
pub fn export_svg(atlas: &Atlas, map: &MapGeometry, scene: &ExportScene) -> String {
    let [w, h] = map.size;
    let total_w = w + LEGEND_WIDTH;
    let total_h = (h + HEADER + FOOTER).max(HEADER + FOOTER + 26.0 * scene.legend.len() as f64 + 40.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{total_w}" height="{total_h}" viewBox="0 0 {total_w} {total_h}" font-family="sans-serif">"#
    );
    let _ = write!(s, r##"<rect width="{total_w}" height="{total_h}" fill="#ffffff"/>"##);
    let _ = write!(
        s,
        r##"<text x="16" y="36" font-size="24" font-weight="bold" fill="#1d3557">{}</text>"##,
        xml_escape(scene.title)
    );
    let _ = write!(s, r##"<g transform="translate(0,{HEADER})"><rect width="{w}" height="{h}" fill="#dbe7ef"/>"##);
    // Path data is in tenths of the map's units (see `crate::path`), so
    // strokes and dashes inside this group are ten times what they look.
    let _ = write!(s, r#"<g transform="{PATH_TRANSFORM}">"#);
    for d in &map.context {
        let _ = write!(s, r##"<path d="{d}" fill="#ece9e2" stroke="#b9b4aa" stroke-width="6"/>"##);
    }
    let _ = write!(
        s,
        r##"<path d="{}" fill="none" stroke="#9fb3c2" stroke-width="5" stroke-dasharray="20 30"/>"##,
        map.graticule
    );
    for path in &map.units {
        let colour = fill_colour(atlas, scene, path.unit);
        let _ = write!(s, r##"<path d="{}" fill="{colour}" stroke="#4a4a4a" stroke-width="7"/>"##, path.d);
    }
    for &i in scene.lines {
        if let Some(d) = map.lines.get(i) {
            let _ = write!(
                s,
                r##"<path d="{d}" fill="none" stroke="#111111" stroke-width="22" stroke-dasharray="60 30"/>"##
            );
        }
    }
    s.push_str("</g>");
    for &i in scene.sites {
        if let Some([x, y]) = map.sites.get(i) {
            let _ = write!(
                s,
                r##"<circle cx="{x:.1}" cy="{y:.1}" r="4.5" fill="#b00020" stroke="#ffffff" stroke-width="1.5"/>"##
            );
        }
    }
    // As on the page: black or white ink, whichever the fill carries at
    // 4.5:1 or more, haloed in the fill.
    for (unit, text) in scene.unit_labels {
        let Some(path) = map.units.iter().find(|p| p.unit == *unit) else { continue };
        let [x, y] = path.anchor;
        let fill = fill_colour(atlas, scene, *unit);
        let _ = write!(
            s,
            r##"<text x="{x:.1}" y="{y:.1}" font-size="12" font-style="italic" text-anchor="middle" fill="{}" stroke="{fill}" stroke-width="2" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
            fill.label_ink(),
            xml_escape(text)
        );
    }
    for ([x, y], name) in scene.labels {
        let _ = write!(
            s,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="1.8" fill="#1b1f24"/><text x="{:.1}" y="{:.1}" font-size="11" fill="#1b1f24" stroke="#ffffff" stroke-width="2.5" paint-order="stroke">{}</text>"##,
            x + 3.0,
            y - 3.0,
            xml_escape(name)
        );
    }
    s.push_str("</g>");
    let lx = w + 20.0;
    for (i, (colour, name)) in scene.legend.iter().enumerate() {
        let y = HEADER + 20.0 + 26.0 * i as f64;
        let _ = write!(
            s,
            r##"<rect x="{lx}" y="{y}" width="18" height="18" fill="{}" stroke="#555555"/><text x="{}" y="{}" font-size="14" fill="#1b1f24">{}</text>"##,
            xml_escape(colour),
            lx + 26.0,
            y + 14.0,
            xml_escape(name)
        );
    }
    let _ = write!(
        s,
        r##"<text x="16" y="{}" font-size="12" fill="#5b6470">{}</text>"##,
        total_h - 14.0,
        xml_escape(scene.attribution)
    );
    s.push_str("</svg>");
    s
}
