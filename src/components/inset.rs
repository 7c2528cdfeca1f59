//! The inset of the southern Kurils: the four units of the dispute at a
//! large scale in the map's bottom-right corner (`atlas_core::inset`).

use atlas_core::i18n::{text, Text};
use atlas_core::inset::{southern_kurils_inset, INSET_POINTER_PX};
use atlas_core::map::UnitPath;
use atlas_core::path::PATH_TRANSFORM;
use atlas_core::reach::TARGET_TOUCH_PX;
use atlas_core::scene::{MapLayers, YearMarks};
use atlas_core::settings::Lang;
use atlas_core::viewport::Viewport;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::map_view::HatchPatterns;
use crate::components::Dispatch;
use crate::shared::{Loaded, Shared};
use crate::state::Action;

/// The inset's labels, in screen pixels.
const LABEL_PX: f64 = 11.0;

/// What the inset draws from: the map's own props and state.
pub struct InsetMapProps<'a> {
    pub data: &'a Shared<Loaded>,
    pub layers: &'a MapLayers,
    pub marks: &'a YearMarks,
    pub viewport: Viewport,
    pub home: Viewport,
    /// The map's frame in pixels and whether the device has touch.
    pub frame: (f64, f64, bool),
    pub lang: Lang,
    pub dispatch: &'a Dispatch,
}

/// The unit an event in the inset happened on.
fn inset_unit_of(event: &Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let shape = target.closest("[data-inset-unit-index]").ok()??;
    shape.get_attribute("data-inset-unit-index")?.parse().ok()
}

/// The southern Kurils at a large scale, coloured as the main map is for
/// the moment and view (claims hatched too), each unit named, and each
/// reachable by a click or tap over at least 32 px (44 on touch, where the
/// islands' spacing allows) with its own hit areas.
///
/// It is a duplicate view, hidden from screen readers and out of the Tab
/// order (`aria-hidden`): every unit in it is a button of the main map,
/// reached there by Tab and the arrows (the focused one named over the
/// map), with the same name and state. Exposing the inset as well would
/// list each island twice. What it adds is for the eye and the pointer:
/// a scale at which the islands can be seen and hit.
///
/// It gives way (`Inset::worth_showing`) once the main map draws the
/// islands at half its scale or more, or would lie under it. A plain
/// function of the map's render, not a component of its own: it redraws
/// with the map's layers and viewport anyway, and a component costs the
/// download more code.
pub fn inset_map(props: InsetMapProps) -> Html {
    let (atlas, map, lang) = (&props.data.atlas, &props.data.map, props.lang);
    let (fw, fh, touch) = props.frame;
    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(unit) = inset_unit_of(&e) {
                dispatch.dispatch(Action::Select(Some(unit)));
            }
        })
    };
    let Some((inset, units)) = southern_kurils_inset(atlas, map, [fw, fh], &props.viewport, &props.home) else {
        return html! {};
    };
    let [vx, vy, vw, vh] = inset.view;
    let upp = inset.units_per_px();
    // Neighbours in view (Hokkaido's Nemuro peninsula, Urup) are drawn
    // for context, filled as on the main map but not clickable here.
    let overlaps =
        |u: &UnitPath| u.bounds[2] > vx && u.bounds[0] < vx + vw && u.bounds[3] > vy && u.bounds[1] < vy + vh;
    let shapes = map.units.iter().filter(|u| overlaps(u)).map(|u| {
        let i = u.unit;
        let mine = units.iter().any(|k| k.unit == i);
        let fill = props.layers.fill_colour(atlas, i).to_string();
        let hatches = props.layers.claimants.get(i).into_iter().flatten().filter_map(|p| atlas.polities().get(*p)).map(|p| {
            html! { <path class="claim-hatch" d={props.data.unit_paths[i].clone()} fill={format!("url(#inset-hatch-{})", p.id)} /> }
        });
        html! {
            <>
                <path class={classes!("inset-unit", (!mine).then_some("inset-context"))} d={props.data.unit_paths[i].clone()} fill={fill}
                    data-inset-unit={mine.then(|| props.data.unit_ids[i].clone())} data-inset-unit-index={mine.then(|| i.to_string())} />
                { for hatches }
            </>
        }
    });
    let target = if touch { TARGET_TOUCH_PX } else { INSET_POINTER_PX };
    let hits = inset.hit_areas(&units, target).into_iter().map(|area| {
        html! {
            <path class="inset-hit" d={area.path_data()} data-inset-hit={props.data.unit_ids[area.unit].clone()} data-inset-unit-index={area.unit.to_string()} />
        }
    });
    let font = LABEL_PX * upp;
    let labels = units.iter().filter_map(|u| {
        // The map's own label (樺太-style names of the year in Japanese and
        // Russian), without a gloss in parentheses: the inset has room for
        // a short name only.
        let label = props.marks.unit_label(atlas, u.unit, lang)?;
        let name = label.split(" (").next().unwrap_or(&label).to_string();
        let [ax, ay] = u.anchor;
        let x1 = u.bounds[2];
        let w = (u.bounds[2] - u.bounds[0]) / upp;
        // On the island where it is wide enough for its name, else beside
        // it, to the east (open sea, for Shikotan and Habomai).
        let (x, y, anchor) =
            if w > 50.0 { (ax, ay + font * 0.35, "middle") } else { (x1 + 3.0 * upp, ay + font * 0.35, "start") };
        // A name written beside its island that would run past the inset's
        // edge (Малая Курильская гряда) breaks at the space nearest its
        // middle, and a line still too long is squeezed to fit.
        let room_px = (vx + vw - x) / upp - 4.0;
        let estimate = |line: &str| line.chars().count() as f64 * LABEL_PX * 0.6;
        let lines: Vec<String> = match name.char_indices().filter(|(_, c)| *c == ' ').map(|(i, _)| i).min_by_key(|i| i.abs_diff(name.len() / 2)) {
            Some(cut) if anchor == "start" && estimate(&name) > room_px => vec![name[..cut].to_string(), name[cut + 1..].to_string()],
            _ => vec![name],
        };
        let first_y = y - (lines.len() - 1) as f64 * font * 0.55;
        let tspans = lines.iter().enumerate().map(|(i, line)| {
            let squeeze = (anchor == "start" && estimate(line) > room_px).then(|| format!("{:.2}", room_px * upp));
            html! {
                <tspan x={format!("{x:.2}")} y={format!("{:.2}", first_y + i as f64 * font * 1.1)} textLength={squeeze.clone()} lengthAdjust={squeeze.map(|_| "spacingAndGlyphs")}>{ line.clone() }</tspan>
            }
        });
        Some(html! {
            <text class="inset-label" font-size={format!("{font:.2}")} text-anchor={anchor} data-inset-label={props.data.unit_ids[u.unit].clone()}>{ for tspans }</text>
        })
    });
    // The hatches' tiles, scaled so that their stripes are as far apart on
    // screen as on the main map's full view.
    let hatch_zoom = inset.px_per_unit / crate::components::map_view::HATCH_FULL_VIEW_PX_PER_UNIT;
    html! {
        <svg class="inset" width={format!("{:.0}", inset.rect.width)} height={format!("{:.0}", inset.rect.height)}
            style={format!("left:{:.0}px;top:{:.0}px", inset.rect.left, inset.rect.top)}
            viewBox={format!("{vx:.2} {vy:.2} {vw:.2} {vh:.2}")} aria-hidden="true" {onclick}>
            <HatchPatterns data={props.data.clone()} zoom={hatch_zoom} prefix="inset-hatch" />
            <rect class="sea" x={format!("{vx:.2}")} y={format!("{vy:.2}")} width={format!("{vw:.2}")} height={format!("{vh:.2}")} />
            <g transform={PATH_TRANSFORM}>{ for shapes }</g>
            <g class="inset-labels">{ for labels }</g>
            <text class="inset-title" x={format!("{:.2}", vx + 4.0 * upp)} y={format!("{:.2}", vy + 13.0 * upp)} font-size={format!("{:.2}", 11.0 * upp)}>{ text(lang, Text::SouthernKurils) }</text>
            <g class="inset-hits">{ for hits }</g>
        </svg>
    }
}
