use std::rc::Rc;

use atlas_core::compare::Change;
use atlas_core::i18n::compare_map_label;
use atlas_core::path::PATH_TRANSFORM;
use atlas_core::scene::{MapLayers, YearMarks};
use atlas_core::search::name_in;
use atlas_core::settings::Lang;
use atlas_core::viewport::{wheel_zoom_factor, ScreenRect, Viewport};
use yew::prelude::*;

use crate::components::map_view::{change_class, LabelsLayer, LinesLayer, StaticLayers};
use crate::components::Dispatch;
use crate::shared::{Loaded, Shared};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct CompareMapProps {
    pub data: Shared<Loaded>,
    /// The earlier year, named on the map.
    pub year: i32,
    /// Holders and fills at the end of the earlier year (control view).
    pub layers: Rc<MapLayers>,
    /// Names of the earlier year.
    pub marks: Rc<YearMarks>,
    /// How each unit changed up to the year shown on the main map, so that
    /// both maps outline the same units.
    pub changes: Rc<Vec<Change>>,
    /// The main map's viewport: the two maps pan and zoom together.
    pub viewport: Viewport,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// The earlier year's map, drawn beside the main map while comparing: the
/// same land, lines and labels, the units filled with their holders at the
/// end of that year, and the changed units outlined as on the main map. It
/// shares the main map's viewport: dragging or wheeling over it pans and
/// zooms both. It is a picture, not a second set of controls: its units
/// are not focusable (the main map and the changes list are the way in),
/// and its accessible name says which year it shows.
#[function_component(CompareMap)]
pub fn compare_map(props: &CompareMapProps) -> Html {
    let svg = use_node_ref();
    // The pointer dragging this map and where it last was. A pinch is the
    // main map's: only one pointer drags here.
    let dragging = use_mut_ref(|| None::<(i32, f64, f64)>);
    let viewport = props.viewport;
    // The handlers change with the viewport, as this map's props do: plain
    // callbacks, rebuilt when it re-renders.
    let rect = {
        let svg = svg.clone();
        move || {
            svg.cast::<web_sys::Element>().map(|el| {
                let r = el.get_bounding_client_rect();
                ScreenRect { left: r.left(), top: r.top(), width: r.width(), height: r.height() }
            })
        }
    };
    // The map's size on screen, measured after the first frame and on every
    // resize: its labels are sized in screen pixels, as the main map's.
    let size = use_state(|| None::<(f64, f64)>);
    {
        let (rect, size) = (rect.clone(), size.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(r) = rect() {
                    size.set(Some((r.width, r.height)));
                }
            };
            measure();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    let labels_upp = size.map(|(width, height)| {
        let upp = viewport.units_per_pixel(&ScreenRect { left: 0.0, top: 0.0, width, height });
        (upp * 1e4).round() / 1e4
    });
    let no_highlight = use_memo((), |_| Vec::new());
    let nothing_over = use_memo((), |_| Vec::new());
    let onwheel = {
        let (rect, dispatch) = (rect.clone(), props.dispatch.clone());
        Callback::from(move |e: WheelEvent| {
            let Some(rect) = rect() else {
                return;
            };
            e.prevent_default();
            let factor = wheel_zoom_factor(e.delta_y(), e.delta_mode());
            let at = viewport.screen_to_map(&rect, [f64::from(e.client_x()), f64::from(e.client_y())]);
            dispatch.dispatch(Action::ZoomAt { factor, at });
        })
    };
    // Down, move, up and cancel in one handler: a drag pans both maps.
    let onpointer = {
        let (svg, dispatch) = (svg.clone(), props.dispatch.clone());
        Callback::from(move |e: PointerEvent| {
            let (id, x, y) = (e.pointer_id(), f64::from(e.client_x()), f64::from(e.client_y()));
            let mut dragging = dragging.borrow_mut();
            match (e.type_().as_str(), *dragging) {
                ("pointerdown", None) => {
                    if let Some(el) = svg.cast::<web_sys::Element>() {
                        let _ = el.set_pointer_capture(id);
                    }
                    *dragging = Some((id, x, y));
                }
                ("pointermove", Some((drag, px, py))) if drag == id => {
                    if let Some(rect) = rect() {
                        let scale = viewport.units_per_pixel(&rect);
                        dispatch.dispatch(Action::Pan { dx: (px - x) * scale, dy: (py - y) * scale });
                    }
                    *dragging = Some((id, x, y));
                }
                ("pointerup" | "pointercancel", Some((drag, _, _))) if drag == id => *dragging = None,
                _ => {}
            }
        })
    };

    let (atlas, lang) = (&props.data.atlas, props.lang);
    let layers = &props.layers;
    let shapes = props.data.map.units.iter().map(|path| {
        let i = path.unit;
        let unit = &atlas.units()[i];
        let change = props.changes.get(i).copied().unwrap_or_default();
        let holder = layers.holders.get(i).copied().flatten().and_then(|p| atlas.polities().get(p));
        let name = props.marks.unit_name(atlas, i).map(|n| name_in(n, lang)).unwrap_or(&unit.label);
        let title = match holder {
            Some(p) => format!("{name}: {}", name_in(&p.names, lang)),
            None => name.to_string(),
        };
        html! {
            <path
                key={unit.id.clone()}
                class={classes!("unit", "compare-unit", change_class(change))}
                d={props.data.unit_paths[i].clone()}
                fill={layers.fill_colour(atlas, i).to_string()}
                data-compare-unit={props.data.unit_ids[i].clone()}
                data-holder={holder.map(|p| p.id.clone())}
                data-change={change.is_change().then_some(change.as_str())}
            >
                <title>{ title }</title>
            </path>
        }
    });
    // Its own key of fills, since the main map's key names the later year's.
    let key = layers.legend(atlas.polities().len()).into_iter().filter_map(|p| atlas.polities().get(p)).map(|p| {
        html! {
            <li key={p.id.clone()} data-compare-polity={p.id.clone()} title={p.description.clone()}>
                <span class="swatch" style={format!("background:{}", p.colour)} aria-hidden="true"></span>
                { name_in(&p.names, lang).to_string() }
            </li>
        }
    });
    let label = compare_map_label(lang, props.year);
    let view_box = AttrValue::from(viewport.view_box());
    html! {
        <figure class="map-frame compare-frame" data-map-year={props.year.to_string()}>
            <svg
                ref={svg}
                class="compare-map"
                viewBox={view_box}
                preserveAspectRatio="xMidYMid meet"
                role="img"
                aria-label={label.clone()}
                {onwheel}
                onpointerdown={onpointer.clone()}
                onpointermove={onpointer.clone()}
                onpointerup={onpointer.clone()}
                onpointercancel={onpointer}
            >
                <StaticLayers data={props.data.clone()} />
                <g class="units" transform={PATH_TRANSFORM}>{ for shapes }</g>
                <LinesLayer data={props.data.clone()} lines={props.layers.clone()} />
                if let Some(units_per_px) = labels_upp {
                    <LabelsLayer data={props.data.clone()} layers={props.layers.clone()} marks={props.marks.clone()} highlight_sites={no_highlight.clone()} zoom={viewport.zoom()} {units_per_px} view={viewport} covered={nothing_over.clone()} lang={lang} />
                }
            </svg>
            <figcaption class="map-year" aria-hidden="true">{ props.year.to_string() }</figcaption>
            <ul class="compare-key" aria-label={label}>{ for key }</ul>
        </figure>
    }
}
