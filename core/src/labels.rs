//! Where the map writes its names: the units' labels, the towns' and the
//! seas' and straits', placed so that no two overlap and none covers a
//! site's pin, at every zoom and on every screen.
//!
//! Labels are sized in screen pixels, never in viewBox units: a label is
//! at least [`MIN_FONT_PX`] high on a phone as on a desktop, whatever the
//! zoom. So the room a name takes on the map depends on the screen, and
//! placement is redone when the zoom or the map's size on screen changes
//! (not when the map is panned: placement covers the whole map, so a pan
//! moves every label with its place and none jumps).
//!
//! The placer is greedy by rank ([`place_labels`]): the most important
//! label goes first, each one tries a few positions around its point
//! ([`Slot`]), and the first that collides with nothing already placed
//! (nor a pin, nor the map's edge) wins; a label with no free position is
//! dropped. Units are labelled first, then the seas, then the towns of
//! rank 1; the minor towns, the small islands and the straits come in
//! as the reader zooms in ([`shown_from_zoom`]).
//!
//! Text is not measured (the core has no fonts); its width is estimated
//! from its characters ([`text_width_em`]), generously, so that a label's
//! real box lies inside the box it was placed with.

use crate::atlas::Atlas;
use crate::map::{Bounds, MapGeometry};
use crate::model::{LabelSize, WaterKind};
use crate::scene::YearMarks;
use crate::search::name_in;
use crate::settings::Lang;

/// The smallest font any label is drawn in, in screen pixels.
pub const MIN_FONT_PX: f64 = 11.0;
/// A unit's label (Manchuria, Hokkaido), in screen pixels.
pub const UNIT_FONT_PX: f64 = 12.0;
/// A town of rank 1, in screen pixels.
pub const MAJOR_PLACE_FONT_PX: f64 = 11.5;
/// An ocean's label, in screen pixels.
pub const OCEAN_FONT_PX: f64 = 12.0;
/// A map narrower than this on screen, in pixels, draws every label at
/// [`MIN_FONT_PX`].
pub const COMPACT_MAP_PX: f64 = 600.0;
/// The radius of a town's dot, in screen pixels.
pub const PLACE_DOT_PX: f64 = 2.5;
/// Space between a town's dot and its name, in screen pixels.
const DOT_GAP_PX: f64 = 3.0;
/// Clear space kept around every label, in screen pixels, so that two
/// names never touch (and their halos never merge).
const PADDING_PX: f64 = 1.5;
/// The height of a line of text, in ems: the glyphs' ascent and descent.
pub const LINE_HEIGHT_EM: f64 = 1.25;
/// How far each further line of a label lies below the one before, in ems.
pub const LINE_STEP_EM: f64 = 1.1;

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LabelKind {
    /// A territorial unit, by its position in [`Atlas::units`].
    Unit,
    /// A town, by its position in [`Atlas::places`].
    Place,
    /// A sea or strait, by its position in [`Atlas::waters`].
    Water,
}

/// Where a label sits against its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Centred on the point, moved by `dx` half its width and `dy` its
    /// height (a unit's or a sea's label: `Shifted(0, 0)` first).
    Shifted(i8, i8),
    /// Centred above the point, clear of it.
    Above,
    /// Centred below the point, clear of it.
    Below,
    /// Beginning just right of the point (a town's usual place).
    Right,
    /// Ending just left of the point.
    Left,
}

impl Slot {
    /// The SVG `text-anchor` that draws a label at this slot.
    pub fn text_anchor(self) -> &'static str {
        match self {
            Slot::Right => "start",
            Slot::Left => "end",
            Slot::Shifted(..) | Slot::Above | Slot::Below => "middle",
        }
    }
}

/// The positions a label of each kind tries, in order: a town's name
/// beside its dot; a unit's or a sea's over its point, else moved off it
/// by up to its width or twice its height, so that the point stays under
/// or beside the name.
fn slots(kind: LabelKind) -> &'static [Slot] {
    match kind {
        LabelKind::Place => &[Slot::Right, Slot::Left, Slot::Above, Slot::Below],
        LabelKind::Unit | LabelKind::Water => &[
            Slot::Shifted(0, 0),
            Slot::Shifted(0, -1),
            Slot::Shifted(0, 1),
            Slot::Shifted(1, 0),
            Slot::Shifted(-1, 0),
            Slot::Shifted(1, -1),
            Slot::Shifted(-1, -1),
            Slot::Shifted(1, 1),
            Slot::Shifted(-1, 1),
            Slot::Shifted(0, -2),
            Slot::Shifted(0, 2),
        ],
    }
}

/// One name that may be written on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub kind: LabelKind,
    /// Position in the record's list of its kind.
    pub item: usize,
    /// Placed in ascending order (ties by the order given): 1 first.
    pub rank: u8,
    /// The point it names, in viewBox units (a unit's anchor, a town).
    pub point: [f64; 2],
    /// The lines of the label, drawn one below the other (a sea's second
    /// name goes under its first).
    pub lines: Vec<String>,
    pub font_px: f64,
    /// Whether a dot marks the point (a town), which must be clear too.
    pub dot: bool,
}

/// A name split into the lines it is written in: a unit's or a sea's
/// bracketed second name ("Sea of Japan (East Sea)") on a line of its own,
/// a town's name on one line.
///
/// ```
/// use atlas_core::labels::{label_lines, LabelKind};
/// assert_eq!(label_lines("Sea of Japan (East Sea)", LabelKind::Water), vec!["Sea of Japan", "(East Sea)"]);
/// assert_eq!(label_lines("ハルビン (哈爾浜)", LabelKind::Place), vec!["ハルビン (哈爾浜)"]);
/// ```
pub fn label_lines(text: &str, kind: LabelKind) -> Vec<String> {
    match (kind, text.split_once(" (")) {
        (LabelKind::Unit | LabelKind::Water, Some((first, rest))) if !first.is_empty() => {
            vec![first.to_string(), format!("({rest}")]
        }
        _ => vec![text.to_string()],
    }
}

/// A label placed on the map, in viewBox units for the zoom it was placed at.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    pub kind: LabelKind,
    pub item: usize,
    pub lines: Vec<String>,
    /// Where the text is anchored: `x` by [`Slot::text_anchor`], `y` the
    /// vertical middle of its first line (drawn with `dominant-baseline:
    /// central`; each further line [`LINE_STEP_EM`] lower).
    pub x: f64,
    pub y: f64,
    pub slot: Slot,
    /// The font size in viewBox units: the screen size times units per pixel.
    pub font: f64,
    /// The point the label names, where a town's dot is drawn.
    pub point: [f64; 2],
    /// The box the label was placed with (padding included), in viewBox units.
    pub bounds: Bounds,
}

/// The width of a text in ems, estimated from its characters for a
/// system sans-serif in italic: CJK ideographs and kana a full em, capitals
/// and wide Cyrillic most of one, narrow marks a third. Generous, so that
/// the drawn text fits the placed box.
///
/// ```
/// use atlas_core::labels::text_width_em;
/// assert!(text_width_em("樺太") == 2.0);
/// assert!(text_width_em("Hokkaido") > 4.0 && text_width_em("Hokkaido") < 6.0);
/// ```
pub fn text_width_em(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '\'' | '’' | '!' | '|' => 0.34,
            'i' | 'j' | 'l' | 'ı' | 'í' | 'ì' | 'I' | '(' | ')' | '[' | ']' | '-' | 'f' | 't' | 'r' => 0.42,
            'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'м' | 'ы' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'М' | 'Ы' | 'Д'
            | 'Ф' | 'ф' => 0.95,
            '—' | '–' | '〜' => 0.9,
            c if c.is_ascii_uppercase() => 0.75,
            c if c.is_ascii() => 0.64,
            // Hiragana, katakana, CJK ideographs, full-width forms.
            '\u{3000}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}' => 1.0,
            c if c.is_uppercase() => 0.78,
            _ => 0.68,
        })
        .sum()
}

/// The zoom from which a label of `rank` is written at all: rank 1 at
/// every zoom, rank 2 from 1.8×, rank 3 from 3×, rank 4 from 5×. The placer
/// still drops whatever has no room.
pub fn shown_from_zoom(rank: u8) -> f64 {
    match rank {
        0 | 1 => 1.0,
        2 => 1.8,
        3 => 3.0,
        _ => 5.0,
    }
}

fn overlaps(a: &Bounds, b: &Bounds) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn inside(a: &Bounds, area: &Bounds) -> bool {
    a[0] >= area[0] && a[1] >= area[1] && a[2] <= area[2] && a[3] <= area[3]
}

/// The box of a label at `slot`, and its anchor point, in viewBox units.
fn layout(c: &Candidate, slot: Slot, upp: f64) -> ([f64; 2], Bounds) {
    let font = c.font_px * upp;
    let widest = c.lines.iter().map(|l| text_width_em(l)).fold(0.0, f64::max);
    let line = LINE_HEIGHT_EM * font;
    let further = c.lines.len().saturating_sub(1) as f64;
    let (w, h) = (widest * font, line + LINE_STEP_EM * font * further);
    let pad = PADDING_PX * upp;
    let clear = if c.dot { (PLACE_DOT_PX + DOT_GAP_PX) * upp } else { 0.0 };
    let [px, py] = c.point;
    let (x, y) = match slot {
        Slot::Shifted(dx, dy) => (px + f64::from(dx) * w / 2.0, py + f64::from(dy) * h),
        Slot::Above => (px, py - clear - h / 2.0),
        Slot::Below => (px, py + clear + h / 2.0),
        Slot::Right => (px + clear, py),
        Slot::Left => (px - clear, py),
    };
    let left = match slot {
        Slot::Right => x,
        Slot::Left => x - w,
        _ => x - w / 2.0,
    };
    // The first line's middle, so that the lines stack below it.
    let first = y - h / 2.0 + line / 2.0;
    ([x, first], [left - pad, y - h / 2.0 - pad, left + w + pad, y + h / 2.0 + pad])
}

/// Places `candidates` greedily by rank. Each tries its [`Slot`]s in order
/// and takes the first whose box overlaps no label already placed, no
/// obstacle (site pins, in viewBox units) and no town's dot, and lies inside
/// the map (`size`, viewBox units); one that finds none is dropped. A
/// town's dot is placed with its name, and is itself kept clear.
/// `units_per_px` is the viewBox units one screen pixel spans at the zoom
/// shown, so that every box is sized in screen pixels.
///
/// ```
/// use atlas_core::labels::{place_labels, Candidate, LabelKind};
/// let town = |item, y: f64, rank| Candidate {
///     kind: LabelKind::Place, item, rank, point: [100.0, y], lines: vec!["Sapporo".into()], font_px: 11.0, dot: true,
/// };
/// // Two towns 20 px apart at one pixel a unit: both are named.
/// let placed = place_labels(&[town(0, 300.0, 1), town(1, 320.0, 2)], &[], [0.0, 0.0, 1000.0, 600.0], 1.0);
/// assert_eq!(placed.len(), 2);
/// // Ten times as far zoomed out they are 2 px apart: the second yields.
/// let placed = place_labels(&[town(0, 300.0, 1), town(1, 320.0, 2)], &[], [0.0, 0.0, 1000.0, 600.0], 10.0);
/// assert_eq!(placed.iter().map(|l| l.item).collect::<Vec<_>>(), vec![0]);
/// ```
pub fn place_labels(
    candidates: &[Candidate],
    obstacles: &[Bounds],
    area: Bounds,
    units_per_px: f64,
) -> Vec<PlacedLabel> {
    let upp = if units_per_px.is_finite() && units_per_px > 0.0 { units_per_px } else { 1.0 };
    // By rank, in the order given within a rank (a pass per rank rather
    // than a sort: a few dozen candidates, and no sort's code in the page).
    let order = (0..=u8::MAX).flat_map(|rank| candidates.iter().filter(move |c| c.rank == rank));
    let mut taken: Vec<Bounds> = obstacles.to_vec();
    let mut placed = Vec::new();
    for c in order {
        if !(c.point[0].is_finite() && c.point[1].is_finite()) || c.lines.iter().all(String::is_empty) {
            continue;
        }
        let dot = c.dot.then(|| {
            let r = (PLACE_DOT_PX + 0.5) * upp;
            [c.point[0] - r, c.point[1] - r, c.point[0] + r, c.point[1] + r]
        });
        if dot.is_some_and(|d| taken.iter().any(|t| overlaps(&d, t))) {
            continue;
        }
        let free = slots(c.kind).iter().find_map(|&slot| {
            let (at, bounds) = layout(c, slot, upp);
            (inside(&bounds, &area) && !taken.iter().any(|t| overlaps(&bounds, t))).then_some((slot, at, bounds))
        });
        let Some((slot, [x, y], bounds)) = free else {
            continue;
        };
        taken.push(bounds);
        taken.extend(dot);
        placed.push(PlacedLabel {
            kind: c.kind,
            item: c.item,
            lines: c.lines.clone(),
            x,
            y,
            slot,
            font: c.font_px * upp,
            point: c.point,
            bounds,
        });
    }
    placed
}

/// The radius of a site's pin on screen, in pixels (as the map draws it).
pub const PIN_RADIUS_PX: f64 = 5.0;

/// Every name the map may write for one year, language and zoom: the
/// units' labels (the small islands' from 3×), the towns that exist that
/// year under their names of the year, and the seas and straits, each
/// with its rank; within a rank, units first, then waters, then towns.
pub fn candidates(
    atlas: &Atlas,
    map: &MapGeometry,
    marks: &YearMarks,
    lang: Lang,
    zoom: f64,
    units_per_px: f64,
) -> Vec<Candidate> {
    // On a map under 600 px wide (a phone) every label takes the smallest
    // size: room, not hierarchy, is what is short there.
    let compact = map.size[0] / (zoom.max(1.0) * units_per_px) < COMPACT_MAP_PX;
    let mut out = Vec::new();
    for path in &map.units {
        let Some(unit) = atlas.units().get(path.unit) else {
            continue;
        };
        let small = unit.label_size == LabelSize::Small;
        let rank = if small { 3 } else { 1 };
        let Some(text) = marks.unit_label(atlas, path.unit, lang) else {
            continue;
        };
        if zoom >= shown_from_zoom(rank) {
            let font_px = if small || compact { MIN_FONT_PX } else { UNIT_FONT_PX };
            let lines = label_lines(&text, LabelKind::Unit);
            out.push(Candidate {
                kind: LabelKind::Unit,
                item: path.unit,
                rank,
                point: path.anchor,
                lines,
                font_px,
                dot: false,
            });
        }
    }
    for (i, water) in atlas.waters().iter().enumerate() {
        let Some(&point) = map.waters.get(i) else {
            continue;
        };
        if zoom >= shown_from_zoom(water.rank) {
            let font_px = if water.kind == WaterKind::Ocean && !compact { OCEAN_FONT_PX } else { MIN_FONT_PX };
            let lines = label_lines(name_in(&water.names, lang), LabelKind::Water);
            out.push(Candidate {
                kind: LabelKind::Water,
                item: i,
                rank: water.rank,
                point,
                lines,
                font_px,
                dot: false,
            });
        }
    }
    for (i, place) in atlas.places().iter().enumerate() {
        let (Some(names), Some(&point)) = (marks.place_name(atlas, i), map.places.get(i)) else {
            continue;
        };
        if zoom >= shown_from_zoom(place.rank) {
            let font_px = if place.rank <= 1 && !compact { MAJOR_PLACE_FONT_PX } else { MIN_FONT_PX };
            let lines = label_lines(name_in(names, lang), LabelKind::Place);
            out.push(Candidate { kind: LabelKind::Place, item: i, rank: place.rank, point, lines, font_px, dot: true });
        }
    }
    // Within a rank the placer keeps this order: units (in the record's
    // order, the frontier's own first: Sakhalin, the Kurils, Hokkaido),
    // then the seas (few, large, framing the map), then towns.
    out
}

/// The boxes of the pins shown (positions in [`Atlas::sites`]), in viewBox
/// units at `units_per_px`, which no label may cover.
pub fn pin_obstacles(map: &MapGeometry, sites: &[usize], units_per_px: f64) -> Vec<Bounds> {
    let r = (PIN_RADIUS_PX + 1.0) * units_per_px;
    sites.iter().filter_map(|&s| map.sites.get(s)).map(|&[x, y]| [x - r, y - r, x + r, y + r]).collect()
}

/// The labels the map writes for one year, language and zoom, on a map
/// shown at `units_per_px` viewBox units a screen pixel, clear of the
/// pins of `sites`.
///
/// ```
/// # let (atlas, map) = atlas_build::testing::real_atlas_and_map();
/// use atlas_core::labels::{plan, LabelKind};
/// use atlas_core::scene::YearMarks;
/// use atlas_core::settings::Lang;
/// let marks = YearMarks::compute(&atlas, 1905);
/// // The full view on a phone, about 2.8 units a pixel: some towns yield.
/// let phone = plan(&atlas, &map, &marks, Lang::En, 1.0, 2.8, &marks.sites);
/// let desktop = plan(&atlas, &map, &marks, Lang::En, 1.0, 1.07, &marks.sites);
/// let towns = |p: &[atlas_core::labels::PlacedLabel]| p.iter().filter(|l| l.kind == LabelKind::Place).count();
/// assert!(towns(&phone) < towns(&desktop));
/// ```
pub fn plan(
    atlas: &Atlas,
    map: &MapGeometry,
    marks: &YearMarks,
    lang: Lang,
    zoom: f64,
    units_per_px: f64,
    sites: &[usize],
) -> Vec<PlacedLabel> {
    plan_within(atlas, map, marks, lang, zoom, units_per_px, sites, [0.0, 0.0, map.size[0], map.size[1]], &[])
}

/// [`plan`] for the names wholly inside `area` (viewBox units): the part
/// of the map in view, so that no name is cut by the frame's edge (on a
/// phone, whose home view crops the map east and west, or zoomed in); and
/// clear of `covered`, the boxes of what lies over the map there (the zoom
/// buttons, the inset), so that none is hidden under them.
///
/// ```
/// # let (atlas, map) = atlas_build::testing::real_atlas_and_map();
/// use atlas_core::labels::{plan, plan_within};
/// use atlas_core::scene::YearMarks;
/// use atlas_core::settings::Lang;
/// let marks = YearMarks::compute(&atlas, 1945);
/// let east = [map.size[0] / 2.0, 0.0, map.size[0], map.size[1]];
/// let placed = plan_within(&atlas, &map, &marks, Lang::En, 1.0, 1.07, &marks.sites, east, &[]);
/// assert!(!placed.is_empty());
/// assert!(placed.iter().all(|l| l.bounds[0] >= east[0]));
/// assert!(placed.len() < plan(&atlas, &map, &marks, Lang::En, 1.0, 1.07, &marks.sites).len());
/// ```
#[allow(clippy::too_many_arguments)]
pub fn plan_within(
    atlas: &Atlas,
    map: &MapGeometry,
    marks: &YearMarks,
    lang: Lang,
    zoom: f64,
    units_per_px: f64,
    sites: &[usize],
    area: Bounds,
    covered: &[Bounds],
) -> Vec<PlacedLabel> {
    let candidates = candidates(atlas, map, marks, lang, zoom, units_per_px);
    let mut obstacles = pin_obstacles(map, sites, units_per_px);
    obstacles.extend_from_slice(covered);
    place_labels(&candidates, &obstacles, area, units_per_px)
}
