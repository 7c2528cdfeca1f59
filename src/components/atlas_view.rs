use std::rc::Rc;

use atlas_core::url::{format_hash, parse_hash, UrlState};
use atlas_core::FIRST_YEAR;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{location_hash, replace_hash};
use crate::components::{EventsPanel, HistoryPanel, Legend, MapView, YearSlider};
use crate::shared::{Loaded, Shared};
use crate::state::{Action, AtlasState};

/// The year the atlas opens at when the URL names none: the year the
/// frontier moved most.
pub const DEFAULT_YEAR: i32 = 1945;

#[derive(Properties, PartialEq)]
pub struct AtlasViewProps {
    pub data: Shared<Loaded>,
    /// The slider's last year.
    pub current_year: i32,
    /// The URL hash the page opened with.
    #[prop_or_default]
    pub initial_hash: AttrValue,
}

fn read_url(data: &Loaded, hash: &str, last_year: i32) -> (Option<i32>, Option<usize>) {
    let UrlState { year, unit } = parse_hash(hash, FIRST_YEAR..=last_year, |u| data.atlas.unit(u).is_some());
    let unit = unit.and_then(|u| data.atlas.units.iter().position(|x| x.id == u));
    (year, unit)
}

/// The whole atlas: owns the root state and lays out the map, the slider,
/// the legend and the panels.
#[function_component(AtlasView)]
pub fn atlas_view(props: &AtlasViewProps) -> Html {
    let data = props.data.clone();
    let last_year = props.current_year.max(FIRST_YEAR);
    let state = {
        let data = data.clone();
        let hash = props.initial_hash.clone();
        use_reducer(move || {
            let atlas = &data.atlas;
            let initial = AtlasState::new(FIRST_YEAR..=last_year, DEFAULT_YEAR, atlas.units.len(), data.map.size);
            let (year, unit) = read_url(&data, &hash, last_year);
            if year.is_none() && unit.is_none() {
                return initial;
            }
            yew::Reducible::reduce(Rc::new(initial), Action::ApplyUrl { year, unit }).as_ref().clone()
        })
    };
    let dispatch = state.dispatcher();

    // The URL follows the state; it is written in an effect, never by the reducer.
    {
        let data = data.clone();
        use_effect_with((state.year, state.selected), move |&(year, selected)| {
            let unit = selected.and_then(|i| data.atlas.units.get(i)).map(|u| u.id.clone());
            replace_hash(&format_hash(&UrlState { year: Some(year), unit }));
        });
    }

    // A hash edited by hand (or a followed link) moves the atlas there.
    {
        let data = data.clone();
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    let (year, unit) = read_url(&data, &location_hash(), last_year);
                    if year.is_some() || unit.is_some() {
                        dispatch.dispatch(Action::ApplyUrl { year, unit });
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Escape closes what is open, wherever the focus is.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                if let Some(key) = event.dyn_ref::<KeyboardEvent>() {
                    if key.key() == "Escape" {
                        dispatch.dispatch(Action::Escape);
                    }
                }
            });
            move || drop(listener)
        });
    }

    let atlas = &data.atlas;
    let holders = {
        let data = data.clone();
        use_memo(state.year, move |&year| data.atlas.holders_at_end_of(year))
    };
    let (highlight_units, highlight_sites) = {
        let data = data.clone();
        use_memo(state.highlighted_event(), move |event| {
            let atlas = &data.atlas;
            let mut units = vec![false; atlas.units.len()];
            let mut sites = Vec::new();
            if let Some(e) = event.and_then(|i| atlas.events.get(i)) {
                for u in &e.units {
                    if let Some(i) = atlas.units.iter().position(|x| &x.id == u) {
                        units[i] = true;
                    }
                }
                sites = e.sites.iter().filter_map(|s| atlas.sites.iter().position(|x| &x.id == s)).collect();
            }
            (Rc::new(units), Rc::new(sites))
        })
        .as_ref()
        .clone()
    };

    let selected_unit = state.selected;
    html! {
        <div class="atlas">
            <header class="masthead">
                <h1>{ "Frontier Atlas" }</h1>
                <p class="tagline">{ "Japan and Russia in the Far East, 1850 to today: who held each territory, who claimed it, and why." }</p>
            </header>
            <main class="layout">
                <div class="map-column">
                    <MapView
                        data={data.clone()}
                        year={state.year}
                        holders={holders.clone()}
                        selected={selected_unit}
                        highlight_units={highlight_units}
                        highlight_sites={highlight_sites}
                        viewport={state.viewport}
                        dispatch={dispatch.clone()}
                    />
                    <YearSlider year={state.year} min={FIRST_YEAR} max={last_year} dispatch={dispatch.clone()} />
                    <Legend data={data.clone()} year={state.year} holders={holders} />
                </div>
                <div class="panel-column">
                    if let Some(unit) = selected_unit {
                        <HistoryPanel data={data.clone()} unit={unit} year={state.year} dispatch={dispatch.clone()} />
                    }
                    <EventsPanel data={data.clone()} year={state.year} pinned={state.pinned_event} dispatch={dispatch.clone()} />
                </div>
            </main>
            <footer class="colophon">
                <p>
                    { format!("{} units, {} events, {} sites, {} treaties. ", atlas.units.len(), atlas.events.len(), atlas.sites.len(), atlas.treaties.len()) }
                    { "Base geography: Natural Earth 1:10m (public domain). Historical boundaries are approximate. Every period, claim and event cites its source; facts marked “unverified” rest on general knowledge awaiting a second source." }
                </p>
            </footer>
        </div>
    }
}
