use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use atlas_core::compare::Change;
use atlas_core::i18n::{around, event_caption_date, scale_label, scale_length, text, unit_tooltip, Frame, Text};
use atlas_core::inset::{scale_bar_left, southern_kurils_inset};
use atlas_core::keyboard::{nearest_in_direction, Direction};
use atlas_core::labels::{plan_within, LabelKind, PlacedLabel, LINE_STEP_EM, PLACE_DOT_PX};
use atlas_core::map::{Bounds, VIEW_WIDTH};
use atlas_core::path::PATH_TRANSFORM;
use atlas_core::projection::Projection;
use atlas_core::reach::{hit_areas, TARGET_POINTER_PX, TARGET_TOUCH_PX};
use atlas_core::scale_bar::scale_bar;
use atlas_core::scene::{MapLayers, YearMarks};
use atlas_core::search::name_in;
use atlas_core::settings::Lang;
use atlas_core::viewport::{wheel_zoom_factor, ScreenRect, Viewport};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::inset::{inset_map, InsetMapProps};
use crate::components::{Dispatch, Moment, LEGEND_HEADING_ID};
use crate::shared::{Loaded, Shared};
use crate::state::{Action, MapItem};

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub data: Shared<Loaded>,
    /// Names and pins of the year shown.
    pub marks: Rc<YearMarks>,
    /// Holders, fills, claimants and changes of the moment shown.
    pub layers: Rc<MapLayers>,
    pub selected: Option<usize>,
    /// For every unit, whether the highlighted event concerns it.
    pub highlight_units: Rc<Vec<bool>>,
    /// Sites of the highlighted event, by position in `Atlas::sites`.
    pub highlight_sites: Rc<Vec<usize>>,
    pub viewport: Viewport,
    /// The home view (the map fitted to its frame), where the inset is placed.
    pub home: Viewport,
    /// The event the reader is on, captioned over the map.
    pub current_event: Option<usize>,
    /// The item with the keyboard focus, named over the map.
    pub map_focus: Option<MapItem>,
    /// The map's one Tab stop (see `AtlasState::map_tab_stop`).
    pub tab_stop: MapItem,
    /// The moment shown, read when a site marker is activated (a shared
    /// cell, so that the map does not re-render on every year for it).
    pub moment: Shared<RefCell<Moment>>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// Pointers currently pressed on the map, for dragging and pinching.
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    /// How far the pointer has travelled since it went down, in pixels; a
    /// press that travelled is a drag, not a click.
    travelled: f64,
}

fn screen_rect(node: &NodeRef) -> Option<ScreenRect> {
    let element = node.cast::<web_sys::Element>()?;
    let r = element.get_bounding_client_rect();
    Some(ScreenRect { left: r.left(), top: r.top(), width: r.width(), height: r.height() })
}

/// The unit a DOM event happened on, from the `data-unit-index` of its target.
fn unit_of(event: &Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let shape = target.closest("[data-unit-index]").ok()??;
    shape.get_attribute("data-unit-index")?.parse().ok()
}

/// The map item a DOM event happened on: a unit's shape or a site's pin.
fn item_of(event: &Event) -> Option<MapItem> {
    unit_of(event).map(MapItem::Unit).or_else(|| site_of(event).map(MapItem::Site))
}

/// The pins shown: the year's and the highlighted event's, in `Atlas::sites` order.
fn shown_sites(marks: &YearMarks, highlighted: &[usize], site_count: usize) -> Vec<usize> {
    (0..site_count).filter(|i| marks.sites.contains(i) || highlighted.contains(i)).collect()
}

/// The map: static land and graticule, one recoloured shape per unit, the
/// lines and sites of the year, place labels, and pan and zoom.
///
/// It takes no year, only what the year decides (layers and marks,
/// compared by value), so a year that changes nothing on the map does not
/// render it at all; each layer below is a component of its own, redrawn
/// only when what it draws changes; and the handlers depend only on the
/// viewport, so they are not rebuilt as the slider moves. The map's
/// accessible description is the legend's heading ("End of 1946").
#[function_component(MapView)]
pub fn map_view(props: &MapViewProps) -> Html {
    let svg = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);
    let viewport = props.viewport;
    let zoom = viewport.zoom();
    let marks = props.marks.clone();
    // The map's size on screen and whether the device has touch, measured
    // after the first frame and on every resize, for the small units' hit areas.
    let screen = use_state(|| None::<(f64, f64, bool)>);
    {
        let (svg, screen, dispatch) = (svg.clone(), screen.clone(), props.dispatch.clone());
        let focus = props.data.map.focus();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(r) = screen_rect(&svg) {
                    let touch = gloo::utils::window().navigator().max_touch_points() > 0;
                    screen.set(Some((r.width, r.height, touch)));
                    // The home view fills this frame (no letterbox on a phone).
                    dispatch.dispatch(Action::FitFrame { frame: [r.width, r.height], focus });
                }
            };
            measure();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    // Labels are sized in screen pixels, so they wait for the map's size
    // on screen (one frame); rounded so that a pan's float noise does not
    // place them again.
    let labels_upp = screen.map(|(width, height, _)| {
        let upp = viewport.units_per_pixel(&ScreenRect { left: 0.0, top: 0.0, width, height });
        (upp * 1e4).round() / 1e4
    });
    // The key's box over the map, in pixels from the frame's top-left,
    // measured after the key has drawn its rows for the moment (an effect
    // runs once the whole page is committed) and kept only when it moved.
    // On a phone the key sits below the map, and the box falls outside it.
    let key_box = use_state_eq(|| None::<[f64; 4]>);
    {
        let (svg, key_box) = (svg.clone(), key_box.clone());
        use_effect_with((props.layers.clone(), props.marks.clone(), *screen), move |_| {
            let legend = gloo::utils::document().query_selector("section.legend").ok().flatten();
            if let (Some(frame), Some(legend)) = (screen_rect(&svg), legend) {
                let r = legend.get_bounding_client_rect();
                let (l, t) = (r.left() - frame.left, r.top() - frame.top);
                key_box.set(Some([l, t, l + r.width(), t + r.height()].map(|x| x.round())));
            }
        });
    }
    // What lies over the map's names: the zoom buttons (top right, as the
    // stylesheet places them), the key and the inset, in viewBox units.
    let covered = {
        let data = props.data.clone();
        use_memo((*screen, viewport, props.home, *key_box), move |(screen, viewport, home, key_box)| {
            let Some((width, height, _)) = *screen else { return Vec::new() };
            let frame = ScreenRect { left: 0.0, top: 0.0, width, height };
            let to_map = |[l, t, r, b]: [f64; 4]| {
                let [x0, y0] = viewport.screen_to_map(&frame, [l, t]);
                let [x1, y1] = viewport.screen_to_map(&frame, [r, b]);
                [x0, y0, x1, y1]
            };
            let mut boxes = vec![to_map([width - ZOOM_BUTTONS_PX[0], 0.0, width, ZOOM_BUTTONS_PX[1]])];
            boxes.extend(key_box.map(to_map));
            if let Some((inset, _)) = southern_kurils_inset(&data.atlas, &data.map, [width, height], viewport, home) {
                let r = inset.rect;
                boxes.push(to_map([r.left, r.top, r.left + r.width, r.top + r.height]));
            }
            boxes
        })
    };
    let hit_layer = screen.map(|(width, height, touch)| {
        let upp = viewport.units_per_pixel(&ScreenRect { left: 0.0, top: 0.0, width, height });
        (upp, if touch { TARGET_TOUCH_PX } else { TARGET_POINTER_PX })
    });

    let onwheel = {
        let (svg, dispatch) = (svg.clone(), props.dispatch.clone());
        use_callback(viewport, move |e: WheelEvent, viewport| {
            let Some(rect) = screen_rect(&svg) else {
                return;
            };
            e.prevent_default();
            let factor = wheel_zoom_factor(e.delta_y(), e.delta_mode());
            let at = viewport.screen_to_map(&rect, [f64::from(e.client_x()), f64::from(e.client_y())]);
            dispatch.dispatch(Action::ZoomAt { factor, at });
        })
    };
    let onpointerdown = {
        let gesture = gesture.clone();
        use_callback((), move |e: PointerEvent, _| {
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() {
                g.travelled = 0.0;
            }
            g.pointers.insert(e.pointer_id(), (f64::from(e.client_x()), f64::from(e.client_y())));
        })
    };
    let onpointermove = {
        let (svg, gesture, dispatch) = (svg.clone(), gesture.clone(), props.dispatch.clone());
        use_callback(viewport, move |e: PointerEvent, viewport| {
            let mut g = gesture.borrow_mut();
            let Some(&(px, py)) = g.pointers.get(&e.pointer_id()) else {
                return;
            };
            let Some(rect) = screen_rect(&svg) else {
                return;
            };
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let scale = viewport.units_per_pixel(&rect);
            if g.pointers.len() == 1 {
                g.travelled += (x - px).hypot(y - py);
                if g.travelled > 4.0 {
                    // Capture only once it is a drag, so that a click still
                    // lands on the shape under the pointer.
                    if let Some(el) = svg.cast::<web_sys::Element>() {
                        let _ = el.set_pointer_capture(e.pointer_id());
                    }
                    dispatch.dispatch(Action::Pan { dx: (px - x) * scale, dy: (py - y) * scale });
                }
            } else if let Some(&(ox, oy)) = g.pointers.iter().find(|(id, _)| **id != e.pointer_id()).map(|(_, p)| p) {
                let before = (px - ox).hypot(py - oy);
                let after = (x - ox).hypot(y - oy);
                if before > 1.0 {
                    let mid = viewport.screen_to_map(&rect, [(x + ox) / 2.0, (y + oy) / 2.0]);
                    g.travelled += 10.0;
                    dispatch.dispatch(Action::ZoomAt { factor: after / before, at: mid });
                }
            }
            g.pointers.insert(e.pointer_id(), (x, y));
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        use_callback((), move |e: PointerEvent, _| {
            gesture.borrow_mut().pointers.remove(&e.pointer_id());
        })
    };
    let onclick = {
        let (gesture, dispatch) = (gesture.clone(), props.dispatch.clone());
        use_callback((), move |e: MouseEvent, _| {
            if gesture.borrow().travelled > 4.0 {
                return;
            }
            if let Some(unit) = unit_of(&e) {
                dispatch.dispatch(Action::Select(Some(unit)));
            }
        })
    };
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        use_callback((), move |e: KeyboardEvent, _| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(unit) = unit_of(&e) {
                    e.prevent_default();
                    dispatch.dispatch(Action::Select(Some(unit)));
                }
            }
        })
    };
    // The keyboard inside the map, the one Tab stop: arrows move the focus
    // to the nearest unit or pin that way (from the anchors, in the core),
    // + and − zoom around the focused item. Enter and Space are the
    // units' and pins' own (they open a history or an event).
    let onmapkeydown = {
        let (data, dispatch, marks, highlighted) =
            (props.data.clone(), props.dispatch.clone(), props.marks.clone(), props.highlight_sites.clone());
        use_callback((viewport, marks, highlighted), move |e: KeyboardEvent, (viewport, marks, highlighted)| {
            let Some(item) = item_of(&e) else {
                return;
            };
            let map = &data.map;
            let sites = shown_sites(marks, highlighted, map.sites.len());
            let mut items: Vec<MapItem> = map.units.iter().map(|u| MapItem::Unit(u.unit)).collect();
            items.extend(sites.iter().map(|&s| MapItem::Site(s)));
            let point = |item: &MapItem| match *item {
                MapItem::Unit(u) => map.units.iter().find(|p| p.unit == u).map(|p| p.anchor),
                MapItem::Site(s) => map.sites.get(s).copied(),
            };
            let here = point(&item).unwrap_or_else(|| viewport.centre());
            let key = e.key();
            let factor = match key.as_str() {
                "+" | "=" => Some(1.5),
                "-" | "_" | "−" => Some(1.0 / 1.5),
                _ => None,
            };
            if let Some(factor) = factor {
                e.prevent_default();
                dispatch.dispatch(Action::ZoomAt { factor, at: here });
                return;
            }
            let Some(direction) = Direction::from_key(&key) else {
                return;
            };
            e.prevent_default();
            let points: Vec<[f64; 2]> = items.iter().map(|i| point(i).unwrap_or([f64::NAN, f64::NAN])).collect();
            let Some(from) = items.iter().position(|i| *i == item) else {
                return;
            };
            let Some((target, [x, y])) =
                nearest_in_direction(&points, from, direction).and_then(|to| Some((items.get(to)?, *points.get(to)?)))
            else {
                return;
            };
            // An arrow may lead off the zoomed view: follow the focus there.
            if !viewport.contains([x, y]) {
                let [cx, cy] = viewport.centre();
                dispatch.dispatch(Action::Pan { dx: x - cx, dy: y - cy });
            }
            // Moving the DOM focus is this handler's side effect; the focus
            // event that follows tells the reducer.
            let selector = match *target {
                MapItem::Unit(u) => format!("[data-unit-index=\"{u}\"]"),
                MapItem::Site(s) => format!("[data-site-index=\"{s}\"]"),
            };
            let element = gloo::utils::document().query_selector(&selector).ok().flatten();
            if let Some(element) = element {
                focus_element(&element);
            }
        })
    };
    let onfocusin = {
        let dispatch = props.dispatch.clone();
        use_callback((), move |e: FocusEvent, _| dispatch.dispatch(Action::FocusMapItem(item_of(&e))))
    };
    let onfocusout = {
        let dispatch = props.dispatch.clone();
        use_callback((), move |e: FocusEvent, _| {
            // Only when the focus leaves the map's items, not between them.
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.closest("[data-unit-index], [data-site-index]").ok().flatten().is_some());
            if !inside {
                dispatch.dispatch(Action::FocusMapItem(None));
            }
        })
    };
    let zoom_in = {
        let dispatch = props.dispatch.clone();
        use_callback(viewport, move |_: MouseEvent, viewport| {
            dispatch.dispatch(Action::ZoomAt { factor: 1.5, at: viewport.centre() })
        })
    };
    let zoom_out = {
        let dispatch = props.dispatch.clone();
        use_callback(viewport, move |_: MouseEvent, viewport| {
            dispatch.dispatch(Action::ZoomAt { factor: 1.0 / 1.5, at: viewport.centre() })
        })
    };
    let reset = {
        let dispatch = props.dispatch.clone();
        use_callback((), move |_: MouseEvent, _| dispatch.dispatch(Action::ResetView))
    };

    let lang = props.lang;
    let view_box = AttrValue::from(viewport.view_box());
    html! {
        <figure class="map-frame" onkeydown={onmapkeydown} {onfocusin} {onfocusout}>
            // Three stacked layers, so that a year change repaints only the
            // units: the static land below, the labels and pins above.
            <svg class="map-layer map-base" viewBox={view_box.clone()} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
                <StaticLayers data={props.data.clone()} />
                <HatchPatterns data={props.data.clone()} zoom={zoom} />
            </svg>
            <svg
                ref={svg}
                class="map"
                viewBox={view_box.clone()}
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-label={text(lang, Text::MapLabel)}
                aria-describedby={LEGEND_HEADING_ID}
                onwheel={onwheel.clone()}
                onpointerdown={onpointerdown.clone()}
                onpointermove={onpointermove.clone()}
                onpointerup={onpointerup.clone()}
                onpointercancel={onpointerup.clone()}
            >
                <UnitsLayer
                    data={props.data.clone()}
                    layers={props.layers.clone()}
                    marks={marks.clone()}
                    selected={props.selected}
                    highlight_units={props.highlight_units.clone()}
                    tab_stop={props.tab_stop}
                    lang={lang}
                    onclick={onclick.clone()}
                    {onkeydown}
                />
            </svg>
            <svg class="map-layer map-overlay" viewBox={view_box} preserveAspectRatio="xMidYMid meet">
                { rivers_layer(&props.data, labels_upp.unwrap_or(1.0 / zoom), lang) }
                <LinesLayer data={props.data.clone()} lines={props.layers.clone()} />
                if let Some(units_per_px) = labels_upp {
                    <LabelsLayer data={props.data.clone()} layers={props.layers.clone()} marks={marks.clone()} highlight_sites={props.highlight_sites.clone()} zoom={zoom} {units_per_px} view={viewport} covered={covered.clone()} lang={lang} />
                }
                <SitesLayer data={props.data.clone()} marks={marks} highlight_sites={props.highlight_sites.clone()} zoom={zoom} lang={lang} moment={props.moment.clone()} tab_stop={props.tab_stop} dispatch={props.dispatch.clone()} />
                if let Some((units_per_px, target_px)) = hit_layer {
                    <HitLayer data={props.data.clone()} marks={props.marks.clone()} {units_per_px} {target_px} {lang} {onclick} {onwheel} {onpointerdown} {onpointermove} {onpointerup} />
                }
                <FocusLabel data={props.data.clone()} marks={props.marks.clone()} item={props.map_focus} units_per_px={labels_upp.unwrap_or(1.0 / zoom)} lang={lang} />
            </svg>
            <MapCaption data={props.data.clone()} event={props.current_event} lang={lang} />
            if let Some(frame) = *screen {
                { inset_map(InsetMapProps { data: &props.data, layers: &props.layers, marks: &props.marks, viewport, home: props.home, frame, lang, dispatch: &props.dispatch }) }
                { scale_bar_view(&viewport, frame.0, frame.1, lang) }
            }
            <div class="zoom-controls" role="group" aria-label={text(lang, Text::Zoom)}>
                <button type="button" onclick={zoom_in} aria-label={text(lang, Text::ZoomIn)} title={text(lang, Text::ZoomIn)}>{ "+" }</button>
                <button type="button" onclick={zoom_out} aria-label={text(lang, Text::ZoomOut)} title={text(lang, Text::ZoomOut)}>{ "−" }</button>
                <button type="button" onclick={reset} aria-label={text(lang, Text::ZoomReset)} title={text(lang, Text::ZoomReset)}>{ "⤢" }</button>
            </div>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct UnitsLayerProps {
    data: Shared<Loaded>,
    layers: Rc<MapLayers>,
    marks: Rc<YearMarks>,
    selected: Option<usize>,
    highlight_units: Rc<Vec<bool>>,
    tab_stop: MapItem,
    lang: Lang,
    onclick: Callback<MouseEvent>,
    onkeydown: Callback<KeyboardEvent>,
}

/// The units, filled with their holders' colours, and the hatches of other
/// claimants over them. Clicks and keys are handled once, on the group.
#[function_component(UnitsLayer)]
fn units_layer(props: &UnitsLayerProps) -> Html {
    let atlas = &props.data.atlas;
    let lang = props.lang;
    let layers = &props.layers;
    let polity_name =
        |p: Option<usize>| p.and_then(|p| atlas.polities().get(p)).map(|p| name_in(&p.names, lang).to_string());
    let shapes = props.data.map.units.iter().map(|path| {
        let i = path.unit;
        let unit = &atlas.units()[i];
        let holder = layers.holders.get(i).copied().flatten();
        let fill = layers.fills.get(i).copied().flatten();
        let holder_id = holder.and_then(|p| atlas.polities().get(p)).map(|p| p.id.clone()).unwrap_or_default();
        let shown = fill.and_then(|p| atlas.polities().get(p));
        let colour = layers.fill_colour(atlas, i).to_string();
        let claimants = layers.claimants.get(i).map(Vec::as_slice).unwrap_or_default();
        let claimed_by: Vec<&str> =
            claimants.iter().filter_map(|p| atlas.polities().get(*p)).map(|p| p.id.as_str()).collect();
        let name = props.marks.unit_name(atlas, i).map(|n| name_in(n, lang)).unwrap_or(&unit.label);
        let claimant_names: Vec<String> = claimants.iter().filter_map(|p| polity_name(Some(*p))).collect();
        let shown_as = if fill != holder { Some(polity_name(fill).unwrap_or_default()) } else { None };
        let label =
            unit_tooltip(lang, name, &polity_name(holder).unwrap_or_default(), shown_as.as_deref(), &claimant_names);
        html! {
            <UnitShape
                key={unit.id.clone()}
                data={props.data.clone()}
                index={i}
                holder_id={AttrValue::from(holder_id)}
                shown_id={AttrValue::from(shown.map(|p| p.id.clone()).unwrap_or_default())}
                colour={AttrValue::from(colour)}
                label={AttrValue::from(label)}
                claimed_by={(!claimed_by.is_empty()).then(|| AttrValue::from(claimed_by.join(" ")))}
                change={layers.changes.get(i).copied().unwrap_or_default()}
                selected={props.selected == Some(i)}
                highlighted={props.highlight_units.get(i).copied().unwrap_or(false)}
                tab_stop={props.tab_stop == MapItem::Unit(i)}
            />
        }
    });
    // Other claimants hatch over the fill, one layer per claimant.
    let hatches = layers
        .claimants
        .iter()
        .enumerate()
        .flat_map(|(i, claimants)| claimants.iter().filter_map(move |p| atlas.polities().get(*p).map(|polity| (i, polity))))
        .map(|(i, polity)| {
            html! {
                <path key={format!("{}-{}", atlas.units()[i].id, polity.id)} class="claim-hatch" d={props.data.unit_paths[i].clone()} fill={format!("url(#hatch-{})", polity.id)} />
            }
        });
    html! {
        <>
            <g class="units" transform={PATH_TRANSFORM} onclick={props.onclick.clone()} onkeydown={props.onkeydown.clone()}>{ for shapes }</g>
            <g class="claims" transform={PATH_TRANSFORM} aria-hidden="true">{ for hatches }</g>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct HitLayerProps {
    data: Shared<Loaded>,
    marks: Rc<YearMarks>,
    /// ViewBox units per screen pixel at the current zoom.
    units_per_px: f64,
    /// The smallest target, in screen pixels (24, or 44 for touch).
    target_px: f64,
    lang: Lang,
    onclick: Callback<MouseEvent>,
    onwheel: Callback<WheelEvent>,
    /// The map's own pointer handlers, so that a drag or pinch begun on a
    /// hit area pans or zooms the map as anywhere else.
    onpointerdown: Callback<PointerEvent>,
    onpointermove: Callback<PointerEvent>,
    onpointerup: Callback<PointerEvent>,
}

/// Invisible hit areas for the units too small to click or tap
/// (`atlas_core::reach::hit_areas`): a disc of the target size around each
/// anchor, split with its small neighbours by the nearer anchor, constant
/// on screen as the map zooms. They lie above the site pins, so that a pin
/// on a small island (Kunashir in 1945) never takes the island's clicks;
/// such a pin is still reached by the keyboard and from the events list.
/// A click on one opens the unit through the units' own handler.
#[function_component(HitLayer)]
fn hit_layer(props: &HitLayerProps) -> Html {
    let (atlas, lang) = (&props.data.atlas, props.lang);
    let areas = hit_areas(&props.data.map.units, props.units_per_px, props.target_px);
    let shapes = areas.iter().filter_map(|area| {
        let unit = atlas.units().get(area.unit)?;
        let name = props.marks.unit_name(atlas, area.unit).map(|n| name_in(n, lang)).unwrap_or(&unit.label);
        Some(html! {
            <path key={unit.id.clone()} class="unit-hit" d={area.path_data()} data-hit-unit={props.data.unit_ids[area.unit].clone()} data-unit-index={area.unit.to_string()}>
                <title>{ name.to_string() }</title>
            </path>
        })
    });
    html! {
        <g class="unit-hits" aria-hidden="true" onclick={props.onclick.clone()} onwheel={props.onwheel.clone()} onpointerdown={props.onpointerdown.clone()} onpointermove={props.onpointermove.clone()} onpointerup={props.onpointerup.clone()} onpointercancel={props.onpointerup.clone()}>{ for shapes }</g>
    }
}

/// The border rivers (the Argun, Amur, Ussuri, Tumen and Yalu), drawn over
/// the units' shared border that they are, each named along its course.
/// For the eye only: the borders' holders are the units' to tell. (A
/// plain function rather than a component: ten elements, which the
/// overlay redraws with the zoom anyway, are not worth a component's code.)
/// The names are sized in screen pixels (`units_per_px`), 11 px like every
/// name on the map, so that they stay legible on a phone.
fn rivers_layer(data: &Loaded, units_per_px: f64, lang: Lang) -> Html {
    let rivers = &data.map.rivers;
    let font = format!("{:.2}", RIVER_FONT_PX * units_per_px);
    html! {
        <g class="rivers" aria-hidden="true">
            <g transform={PATH_TRANSFORM}>
                { for rivers.iter().map(|r| html! { <path class="river" data-river={r.river.clone()} d={r.d.clone()} /> }) }
            </g>
            { for rivers.iter().map(|r| {
                let [x, y, angle] = r.label;
                // Set off the line by half a line's height, on its upper side.
                html! {
                    <text class="river-label" data-river-label={r.river.clone()} font-size={font.clone()}
                        transform={format!("translate({x:.1},{y:.1}) rotate({angle:.0}) translate(0,{:.2})", -4.0 * units_per_px)}>
                        { name_in(&r.names, lang).to_string() }
                    </text>
                }
            }) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct LinesLayerProps {
    pub(crate) data: Shared<Loaded>,
    /// Compared by value: the lines in force change a handful of times.
    pub(crate) lines: Rc<MapLayers>,
}

/// The lines in force: the 50th parallel, the 38th, the armistice line.
#[function_component(LinesLayer)]
pub(crate) fn lines_layer(props: &LinesLayerProps) -> Html {
    let (atlas, map) = (&props.data.atlas, &props.data.map);
    let lines =
        props.lines.lines.iter().filter_map(|&i| Some((atlas.lines().get(i)?, map.lines.get(i)?))).map(|(line, d)| {
            html! {
                <path key={line.id.clone()} class="border-line" data-line={line.id.clone()} d={d.clone()}>
                    <title>{ format!("{}: {}", line.name, line.description) }</title>
                </path>
            }
        });
    html! { <g class="lines" transform={PATH_TRANSFORM}>{ for lines }</g> }
}

#[derive(Properties, PartialEq)]
pub(crate) struct LabelsLayerProps {
    pub(crate) data: Shared<Loaded>,
    /// The fills, which decide each unit label's ink and halo.
    pub(crate) layers: Rc<MapLayers>,
    pub(crate) marks: Rc<YearMarks>,
    /// Sites of the highlighted event, pinned even outside their years,
    /// which labels keep clear of too.
    pub(crate) highlight_sites: Rc<Vec<usize>>,
    pub(crate) zoom: f64,
    /// ViewBox units per screen pixel: labels are sized in pixels.
    pub(crate) units_per_px: f64,
    /// The part of the map in view: no name is cut by its edge.
    pub(crate) view: Viewport,
    /// What lies over the map (the zoom buttons, the inset), in viewBox
    /// units: no name is hidden under it.
    pub(crate) covered: Rc<Vec<Bounds>>,
    pub(crate) lang: Lang,
}

/// The map's names, placed by `atlas_core::labels::plan` so that none
/// overlaps another or a pin and none is under 11 px on screen: units under
/// their names of the year, the seas and straits, and the towns, more of
/// them as the reader zooms in, and only names wholly in view (none cut by
/// the frame's edge). Placement is redone only when the names, the pins,
/// the zoom, the view or the language change (not on a slider step that
/// changes neither names nor pins).
#[function_component(LabelsLayer)]
pub(crate) fn labels_layer(props: &LabelsLayerProps) -> Html {
    let (atlas, lang) = (&props.data.atlas, props.lang);
    let placed = {
        let data = props.data.clone();
        // The part of the map in view, to a tenth of a unit (so that a
        // pan's float noise does not place the names again).
        let v = props.view;
        let tenth = |x: f64| (x * 10.0).round() / 10.0;
        let area = [tenth(v.x), tenth(v.y), tenth(v.x + v.width), tenth(v.y + v.height)];
        let deps = (
            props.marks.clone(),
            props.highlight_sites.clone(),
            props.zoom,
            props.units_per_px,
            lang,
            area,
            props.covered.clone(),
        );
        use_memo(deps, move |(marks, highlighted, zoom, upp, lang, area, covered)| {
            let pins = shown_sites(marks, highlighted, data.map.sites.len());
            plan_within(&data.atlas, &data.map, marks, *lang, *zoom, *upp, &pins, *area, covered)
        })
    };
    let text = |label: &PlacedLabel| {
        let (x, y) = (format!("{:.1}", label.x), format!("{:.1}", label.y));
        let lines = label.lines.iter().enumerate().map(|(i, line)| {
            let dy = if i == 0 { "0".to_string() } else { format!("{LINE_STEP_EM}em") };
            html! { <tspan x={x.clone()} dy={dy}>{ line.clone() }</tspan> }
        });
        (x.clone(), y, lines.collect::<Html>())
    };
    let mut units = Vec::new();
    let mut waters = Vec::new();
    let mut places = Vec::new();
    for label in placed.iter() {
        let font = format!("{:.2}", label.font);
        let anchor = label.slot.text_anchor();
        let (x, y, lines) = text(label);
        match label.kind {
            LabelKind::Unit => {
                let Some(unit) = atlas.units().get(label.item) else { continue };
                // Ink picked for the fill (black or white, at least 4.5:1),
                // haloed in the fill itself, so the label keeps that
                // contrast where it runs over a border, the sea or a hatch.
                let fill = props.layers.fill_colour(atlas, label.item);
                units.push(html! {
                    <text key={unit.id.clone()} class="unit-label" data-label={unit.id.clone()} {x} {y} text-anchor={anchor} font-size={font} fill={fill.label_ink().to_string()} stroke={fill.to_string()}>{ lines }</text>
                });
            }
            LabelKind::Water => {
                let Some(water) = atlas.waters().get(label.item) else { continue };
                let class = classes!("water-label", format!("water-{}", water.kind.as_str()));
                waters.push(html! {
                    <text key={water.id.clone()} {class} data-label={water.id.clone()} {x} {y} text-anchor={anchor} font-size={font}>{ lines }</text>
                });
            }
            LabelKind::Place => {
                let Some(place) = atlas.places().get(label.item) else { continue };
                let [px, py] = label.point;
                places.push(html! {
                    <g key={place.id.clone()} class="place" data-label={place.id.clone()}>
                        <circle cx={format!("{px:.1}")} cy={format!("{py:.1}")} r={format!("{:.2}", PLACE_DOT_PX * props.units_per_px)} />
                        <text {x} {y} text-anchor={anchor} font-size={font}>{ lines }</text>
                    </g>
                });
            }
        }
    }
    html! {
        <>
            <g class="water-labels" aria-hidden="true">{ for waters }</g>
            <g class="unit-labels" aria-hidden="true">{ for units }</g>
            <g class="places" aria-hidden="true">{ for places }</g>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SitesLayerProps {
    data: Shared<Loaded>,
    marks: Rc<YearMarks>,
    /// Sites of the highlighted event, pinned even outside their years.
    highlight_sites: Rc<Vec<usize>>,
    zoom: f64,
    lang: Lang,
    moment: Shared<RefCell<Moment>>,
    tab_stop: MapItem,
    dispatch: Dispatch,
}

/// The site a DOM event happened on, from the `data-site-index` of its target.
fn site_of(event: &Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let marker = target.closest("[data-site-index]").ok()??;
    marker.get_attribute("data-site-index")?.parse().ok()
}

/// Pins for the year's battles and incidents, and for the highlighted
/// event's. A pin opens its event (the one naming the site nearest in date
/// to the year shown) on a click, Enter or Space.
///
/// Where a pin lies over a small unit (Shumshu, Kunashir), the pin's hit
/// area is its drawn circle only, five pixels across at any zoom; the rest
/// of the unit around it still takes the unit's clicks. Clicks never fall
/// through the pin: one target, one meaning.
#[function_component(SitesLayer)]
fn sites_layer(props: &SitesLayerProps) -> Html {
    let (atlas, map, lang) = (&props.data.atlas, &props.data.map, props.lang);
    let open_event = {
        let (data, moment, dispatch) = (props.data.clone(), props.moment.clone(), props.dispatch.clone());
        move |site: usize| {
            let year = moment.borrow().year;
            let atlas = &data.atlas;
            let years = i32::MIN..=i32::MAX;
            if let Some(action) = atlas.event_for_site(site, year).and_then(|e| Action::go_to_event(atlas, e, &years)) {
                dispatch.dispatch(action);
            }
        }
    };
    let onclick = {
        let open_event = open_event.clone();
        use_callback((), move |e: MouseEvent, _| {
            if let Some(site) = site_of(&e) {
                open_event(site);
            }
        })
    };
    let onkeydown = use_callback((), move |e: KeyboardEvent, _| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(site) = site_of(&e) {
                e.prevent_default();
                open_event(site);
            }
        }
    });
    let marker = 5.0 / props.zoom;
    let highlighted = &props.highlight_sites;
    let sites = shown_sites(&props.marks, highlighted, atlas.sites().len())
        .into_iter()
        .filter_map(|i| Some((i, atlas.sites().get(i)?)))
        .map(|(i, site)| {
            let [x, y] = map.sites[i];
            let dates = match &site.to {
                Some(to) => format!("{} – {}", site.from, to),
                None => site.from.to_string(),
            };
            let tip = format!("{} ({}): {}", name_in(&site.names, lang), dates, site.outcome);
            let opens = atlas.event_for_site(i, site.from.year).is_some();
            let label = if opens { format!("{tip} — {}", text(lang, Text::OpenSiteEvent)) } else { tip.clone() };
            let class =
                classes!("site", format!("site-{}", site.kind.as_str()), highlighted.contains(&i).then_some("highlighted"));
            html! {
                <g key={site.id.clone()} class={class} data-site={site.id.clone()} data-site-index={i.to_string()} transform={format!("translate({x:.1},{y:.1})")}
                    tabindex={if props.tab_stop == MapItem::Site(i) { "0" } else { "-1" }} role={if opens { "button" } else { "img" }} aria-label={label}>
                    <circle r={format!("{:.2}", marker)} />
                    <title>{ tip }</title>
                </g>
            }
        });
    html! { <g class="sites" {onclick} {onkeydown}>{ for sites }</g> }
}

/// Gives an element the focus (an `Element`, since SVG shapes are not
/// `HtmlElement`s, through the `focus` every element has).
fn focus_element(element: &web_sys::Element) {
    if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    } else if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

#[derive(Properties, PartialEq)]
struct FocusLabelProps {
    data: Shared<Loaded>,
    marks: Rc<YearMarks>,
    item: Option<MapItem>,
    /// ViewBox units per screen pixel: the name is 13 px on any screen.
    units_per_px: f64,
    lang: Lang,
}

/// The name of the unit or pin holding the keyboard focus, over it, even
/// where its label is hidden at this zoom (a small island), so that a
/// keyboard reader sees where the arrows took them; screen readers hear
/// the item's own label.
#[function_component(FocusLabel)]
fn focus_label(props: &FocusLabelProps) -> Html {
    let (atlas, map, lang) = (&props.data.atlas, &props.data.map, props.lang);
    let named = match props.item {
        Some(MapItem::Unit(u)) => map.units.iter().find(|p| p.unit == u).and_then(|p| {
            let unit = atlas.units().get(u)?;
            let name = props.marks.unit_name(atlas, u).map(|n| name_in(n, lang)).unwrap_or(&unit.label);
            Some((name.to_string(), p.anchor))
        }),
        Some(MapItem::Site(s)) => {
            atlas.sites().get(s).zip(map.sites.get(s)).map(|(site, p)| (name_in(&site.names, lang).to_string(), *p))
        }
        None => None,
    };
    let Some((name, [x, y])) = named else {
        return html! {};
    };
    let upp = props.units_per_px;
    html! {
        <text class="focus-label" aria-hidden="true" x={format!("{x:.1}")} y={format!("{:.2}", y - 10.0 * upp)} font-size={format!("{:.2}", 13.0 * upp)}>{ name }</text>
    }
}

/// The longest bar under 120 px (90 on a phone).
const SCALE_BAR_MAX_PX: f64 = 120.0;
/// The box of the zoom buttons from the frame's top-right corner, in CSS
/// pixels (the stylesheet's `.zoom-controls`: three 2.75 rem buttons 0.25
/// rem apart, 0.5 rem in), with a little room: names keep clear of it.
const ZOOM_BUTTONS_PX: [f64; 2] = [60.0, 156.0];
/// The rivers' names on screen, in CSS pixels: the labels' least size.
const RIVER_FONT_PX: f64 = 11.0;

/// A scale bar in kilometres, true at the centre of the view
/// (`atlas_core::scale_bar`), in the map's bottom-right corner; it follows
/// the zoom and, as the scale changes with latitude, the pan.
/// The map's frame is `width` by `height` pixels.
fn scale_bar_view(viewport: &Viewport, width: f64, height: f64, lang: Lang) -> Html {
    let projection = Projection::for_region(VIEW_WIDTH);
    let frame = ScreenRect { left: 0.0, top: 0.0, width, height };
    let max_px = if width < 500.0 { SCALE_BAR_MAX_PX * 0.75 } else { SCALE_BAR_MAX_PX };
    let Some(bar) = scale_bar(&projection, viewport, &frame, max_px) else {
        return html! {};
    };
    let px = bar.px;
    html! {
        <svg class={classes!("scale-bar", scale_bar_left(width).then_some("scale-bar-left"))} width={format!("{:.0}", px + 60.0)} height="22" role="img" aria-label={scale_label(lang, bar.km)}
            data-km={format!("{:.0}", bar.km)} data-px={format!("{px:.2}")}>
            <path class="scale-bar-line" d={format!("M1.5,8V15H{:.2}V8", px + 1.5)} />
            <text x={format!("{:.1}", px + 6.0)} y="16">{ scale_length(lang, bar.km) }</text>
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct MapCaptionProps {
    data: Shared<Loaded>,
    event: Option<usize>,
    lang: Lang,
}

/// One dated line over the map naming the current event ("1 Sep 1945 —
/// Soviet forces occupy Kunashir and Shikotan"), announced as it changes.
/// The title is the record's, in English, and marked so; the date and the
/// words around it are the interface's.
#[function_component(MapCaption)]
fn map_caption(props: &MapCaptionProps) -> Html {
    let lang = props.lang;
    let event = props.event.and_then(|i| props.data.atlas.events().get(i));
    let record_lang = (lang != Lang::En).then_some("en");
    html! {
        <div class="map-caption-region" role="status" aria-live="polite" aria-atomic="true">
            if let Some(event) = event {
                <p class="map-caption" data-event={event.id.clone()}>
                    <span class="sr-only">{ text(lang, Text::CurrentEvent) }</span>
                    <time>{ event_caption_date(lang, &event.date) }</time>
                    <span lang={record_lang}>{ event.title.clone() }</span>
                    { around(lang, Frame::EventCaption).1 }
                </p>
            }
        </div>
    }
}

/// The main map's pixels per viewBox unit at the full view on a desktop,
/// which the hatches' size is set for; the inset scales its own to match.
pub(crate) const HATCH_FULL_VIEW_PX_PER_UNIT: f64 = 0.86;

#[derive(Properties, PartialEq)]
pub(crate) struct HatchPatternsProps {
    pub data: Shared<Loaded>,
    pub zoom: f64,
    /// The patterns' ids are `{prefix}-{polity}`: the inset has its own.
    #[prop_or(AttrValue::Static("hatch"))]
    pub prefix: AttrValue,
}

/// The claims view's hatches, one pattern per polity. They fill paths
/// drawn in tenths (see `atlas_core::path`), so a tile of 64 is 6.4 map
/// units: about 5.5 px apart with 2.3 px stripes at the full view of a
/// desktop screen, fine enough to read as hatching on a narrow island. Scaled by 1/zoom, they keep that size on screen when zoomed in.
#[function_component(HatchPatterns)]
pub(crate) fn hatch_patterns(props: &HatchPatternsProps) -> Html {
    let transform = format!("rotate(45) scale({:.4})", 1.0 / props.zoom.max(0.01));
    html! {
        <defs>
            { for props.data.atlas.polities().iter().map(|p| html! {
                <pattern id={format!("{}-{}", props.prefix, p.id)} patternUnits="userSpaceOnUse" width="64" height="64" patternTransform={transform.clone()}>
                    <rect width="26" height="64" fill={p.colour.to_string()} />
                </pattern>
            }) }
        </defs>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct StaticLayersProps {
    pub(crate) data: Shared<Loaded>,
}

/// Context land and the graticule: they never change, and since the record
/// is compared by pointer this component renders once.
#[function_component(StaticLayers)]
pub(crate) fn static_layers(props: &StaticLayersProps) -> Html {
    let map = &props.data.map;
    html! {
        <g class="static">
            <rect class="sea" x="-2000" y="-2000" width="5000" height="5000" />
            <g transform={PATH_TRANSFORM}>
                { for map.context.iter().map(|d| html! { <path class="context-land" d={d.clone()} /> }) }
                <path class="graticule" d={map.graticule.clone()} />
            </g>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct UnitShapeProps {
    /// The shape's path comes from here, so that comparing props never
    /// compares path strings.
    data: Shared<Loaded>,
    index: usize,
    holder_id: AttrValue,
    shown_id: AttrValue,
    colour: AttrValue,
    label: AttrValue,
    claimed_by: Option<AttrValue>,
    /// How the unit changed since the compared year: outlined only if it did.
    change: Change,
    selected: bool,
    highlighted: bool,
    /// Whether this shape is the map's one Tab stop (the others are reached by arrows).
    tab_stop: bool,
}

/// The outline class of a unit that changed since the compared year
/// (`change-hands` solid, `change-regime` dashed; none if unchanged).
pub(crate) fn change_class(change: Change) -> Option<&'static str> {
    match change {
        Change::Unchanged => None,
        Change::ChangedHands => Some("change-hands"),
        Change::RegimeChanged => Some("change-regime"),
    }
}

/// One territorial unit. A year change only touches its fill, holder and label.
#[function_component(UnitShape)]
fn unit_shape(props: &UnitShapeProps) -> Html {
    let class = classes!(
        "unit",
        props.selected.then_some("selected"),
        props.highlighted.then_some("highlighted"),
        change_class(props.change)
    );
    html! {
        <path
            class={class}
            d={props.data.unit_paths[props.index].clone()}
            fill={props.colour.clone()}
            data-unit={props.data.unit_ids[props.index].clone()}
            data-unit-index={props.index.to_string()}
            data-holder={props.holder_id.clone()}
            data-shown-as={props.shown_id.clone()}
            data-claimed-by={props.claimed_by.clone()}
            data-change={props.change.is_change().then_some(props.change.as_str())}
            tabindex={if props.tab_stop { "0" } else { "-1" }}
            role="button"
            aria-pressed={if props.selected { "true" } else { "false" }}
            aria-label={props.label.clone()}
        >
            <title>{ props.label.clone() }</title>
        </path>
    }
}
