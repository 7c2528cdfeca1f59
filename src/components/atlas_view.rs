use std::rc::Rc;

use atlas_core::date::{civil_from_day_number, HistDate};
use atlas_core::i18n::{record_counts, text, year_announcement, Text};
use atlas_core::query::end_of_year;
use atlas_core::scene::YearMarks;
use atlas_core::settings::{Lang, View};
use atlas_core::url::{parse_hash, UrlState};
use atlas_core::FIRST_YEAR;
use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{location_hash, replace_hash};
use crate::components::{
    ChangesPanel, CompareMap, EventsPanel, HistoryPanel, Legend, MapLayers, MapView, SearchBox, ShareControls,
    TimeControls, ViewControls, YearSlider,
};
use crate::components::{Dispatch, Moment};
use crate::hooks::use_settle;
use crate::shared::{Loaded, Shared};
use crate::state::{Action, AtlasState, UrlRequest, SPEEDS};

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

fn read_url(data: &Loaded, hash: &str, last_year: i32) -> Option<UrlRequest> {
    let url = parse_hash(hash, FIRST_YEAR..=last_year, |u| data.atlas.unit(u).is_some());
    if url == UrlState::default() {
        return None;
    }
    Some(UrlRequest {
        year: url.year,
        day: url.date.map(|d| d.first_day()),
        unit: url.unit.and_then(|u| data.atlas.units().iter().position(|x| x.id == u)),
        view: url.view,
        seen_from: url.seen_from,
        lang: url.lang,
        compare: url.compare,
    })
}

fn url_of(state: &AtlasState, data: &Loaded) -> UrlState {
    UrlState {
        year: Some(state.year),
        date: state.day.map(|d| {
            let (y, m, dd) = civil_from_day_number(d);
            HistDate::ymd(y, m, dd)
        }),
        unit: state.selected.and_then(|i| data.atlas.units().get(i)).map(|u| u.id.clone()),
        view: Some(state.view),
        seen_from: Some(state.seen_from),
        lang: Some(state.lang),
        compare: state.compare,
    }
}

/// The whole atlas: owns the root state and lays out the map, the time
/// controls, the legend and the panels.
#[function_component(AtlasView)]
pub fn atlas_view(props: &AtlasViewProps) -> Html {
    let data = props.data.clone();
    let last_year = props.current_year.max(FIRST_YEAR);
    let state = {
        let data = data.clone();
        let hash = props.initial_hash.clone();
        use_reducer(move || {
            let initial =
                AtlasState::new(FIRST_YEAR..=last_year, DEFAULT_YEAR, data.atlas.units().len(), data.map.size);
            match read_url(&data, &hash, last_year) {
                Some(request) => yew::Reducible::reduce(Rc::new(initial), Action::ApplyUrl(request)).as_ref().clone(),
                None => initial,
            }
        })
    };
    let dispatch = state.dispatcher();

    // The URL and the events list follow the state once it rests (see
    // `hooks::Settle`); the URL is written in an effect, never by the reducer.
    let settled = use_settle(url_of(&state, &data), state.year);
    let events_year = settled.year;

    // The first frame shows the map, the slider and the legend; the other
    // controls and the panels follow one frame later, so that the map is
    // on screen before the rest of the page is built and laid out.
    let complete = use_state_eq(|| false);
    {
        let complete = complete.setter();
        use_effect_with((), move |_| {
            crate::browser::mark("atlas:rendered");
            crate::browser::after_next_frame(move || complete.set(true));
        });
    }
    let complete = *complete;

    // The document's language follows the interface's, for screen readers.
    use_effect_with(state.lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.as_str());
        }
    });

    // While playing, a timer advances the years.
    {
        let dispatch = dispatch.clone();
        use_effect_with((state.playing, state.speed), move |&(playing, speed)| {
            let timer = playing.then(|| {
                let every = 1000 / SPEEDS[speed.min(SPEEDS.len() - 1)];
                Interval::new(every, move || dispatch.dispatch(Action::Tick))
            });
            move || drop(timer)
        });
    }

    // A hash edited by hand (or a followed link) moves the atlas there. If
    // it says nothing the atlas can use, or nothing that changes the view,
    // the address goes back to the view's own (found by the storm test:
    // `#compare=99999` stayed in the address bar otherwise).
    {
        let data = data.clone();
        let dispatch = dispatch.clone();
        let view_hash = settled.hash.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    if let Some(request) = read_url(&data, &location_hash(), last_year) {
                        dispatch.dispatch(Action::ApplyUrl(request));
                    }
                    let view_hash = view_hash.clone();
                    Timeout::new(0, move || {
                        let latest = view_hash.get();
                        if !latest.is_empty() && location_hash() != latest {
                            replace_hash(&latest);
                        }
                    })
                    .forget();
                })
            });
            move || drop(listener)
        });
    }

    // On a phone the history is a sheet over the map; the width is read
    // again when the window is resized (or the phone turned).
    let narrow = use_state_eq(crate::browser::is_narrow);

    // Escape closes what is open, wherever the focus is. (One effect holds
    // both document-wide listeners: each effect costs code of its own.)
    {
        let dispatch = dispatch.clone();
        let narrow = narrow.setter();
        use_effect_with((), move |_| {
            let escape = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                if let Some(key) = event.dyn_ref::<KeyboardEvent>() {
                    if key.key() == "Escape" {
                        dispatch.dispatch(Action::Escape);
                    }
                }
            });
            let resize = web_sys::window()
                .map(|window| EventListener::new(&window, "resize", move |_| narrow.set(crate::browser::is_narrow())));
            move || drop((escape, resize))
        });
    }
    let narrow = *narrow;

    let day = state.shown_day();
    let layers = {
        let data = data.clone();
        use_memo((day, state.view, state.seen_from, state.compare), move |&(day, view, seen_from, compare)| {
            MapLayers::compute(&data.atlas, day, view, seen_from, compare)
        })
    };
    let marks = {
        let data = data.clone();
        use_memo(state.year, move |&year| YearMarks::compute(&data.atlas, year))
    };
    // The compared year's map: holders at its end, coloured as the main map
    // is seen from, in the control view (its outlines say what changed, not
    // what was claimed).
    let compared = {
        let data = data.clone();
        use_memo((state.compare, state.seen_from), move |&(compare, seen_from)| {
            compare.map(|year| {
                let atlas = &data.atlas;
                let layers = MapLayers::compute(atlas, end_of_year(year), View::Control, seen_from, None);
                (year, Rc::new(layers), Rc::new(YearMarks::compute(atlas, year)))
            })
        })
    };
    let changes = use_memo(layers.changes.clone(), |changes| changes.clone());
    let (highlight_units, highlight_sites) = {
        let data = data.clone();
        use_memo(state.highlighted_event(), move |event| {
            let atlas = &data.atlas;
            let mut units = vec![false; atlas.units().len()];
            let mut sites = Vec::new();
            if let Some(e) = event.and_then(|i| atlas.events().get(i)) {
                for u in &e.units {
                    if let Some(i) = atlas.units().iter().position(|x| &x.id == u) {
                        units[i] = true;
                    }
                }
                sites = e.sites.iter().filter_map(|s| atlas.sites().iter().position(|x| &x.id == s)).collect();
            }
            (Rc::new(units), Rc::new(sites))
        })
        .as_ref()
        .clone()
    };

    let atlas = &data.atlas;
    let lang = state.lang;
    // Announced once the slider rests, like the events list, not on every step of a drag.
    let event_count = atlas.events_in_year(events_year).count();
    let announcement = year_announcement(lang, events_year, event_count);
    // The exports read the moment when a button is pressed; an effect keeps
    // it current, so the share buttons need not re-render on every step.
    let moment = use_mut_ref(|| Moment {
        year: state.year,
        day: state.day,
        layers: layers.clone(),
        marks: marks.clone(),
        viewport: state.viewport,
        selected: state.selected,
    });
    {
        let moment = moment.clone();
        use_effect_with(
            (state.year, state.day, layers.clone(), marks.clone(), state.viewport, state.selected),
            move |(year, day, layers, marks, viewport, selected)| {
                *moment.borrow_mut() = Moment {
                    year: *year,
                    day: *day,
                    layers: layers.clone(),
                    marks: marks.clone(),
                    viewport: *viewport,
                    selected: *selected,
                };
            },
        );
    }
    let moment = Shared(moment);
    let selected_unit = state.selected;
    // "Previous" and "Next event" are derived here, so that the controls
    // re-render only when the step crosses an event, not on every year.
    // "Right after" an event is the last day its date can mean.
    let years = FIRST_YEAR..=last_year;
    let go_to = |event: Option<usize>| Action::go_to_event(atlas, event?, &years);
    let previous_event = go_to(atlas.previous_event_before(day));
    let next_event = go_to(atlas.next_event_after(day));
    html! {
        <div class={classes!("atlas", (state.view == View::Claims).then_some("claims-view"))} data-complete={complete.then_some("true")}>
            <a class="skip-link" href="#year-input">{ text(lang, Text::SkipToSlider) }</a>
            <Masthead data={data.clone()} lang={lang} dispatch={dispatch.clone()} />
            <main class="layout">
                <div class="map-column">
                    // The legend overlays the map's bottom-left corner (over
                    // China and the sea, clear of Sakhalin and the Kurils).
                    <div class={classes!("maps", compared.is_some().then_some("comparing"))}>
                    if let Some((year, compare_layers, compare_marks)) = compared.as_ref().clone() {
                        <CompareMap data={data.clone()} year={year} layers={compare_layers} marks={compare_marks} changes={changes.clone()} viewport={state.viewport} lang={lang} dispatch={dispatch.clone()} />
                    }
                    <div class="map-stack" data-map-year={state.compare.is_some().then(|| state.year.to_string())}>
                    <MapView
                        data={data.clone()}
                        marks={marks.clone()}
                        layers={layers.clone()}
                        selected={selected_unit}
                        highlight_units={highlight_units}
                        highlight_sites={highlight_sites}
                        viewport={state.viewport}
                        home={state.home}
                        current_event={state.current_event()}
                        map_focus={state.map_focus}
                        tab_stop={state.map_tab_stop()}
                        moment={moment.clone()}
                        lang={lang}
                        dispatch={dispatch.clone()}
                    />
                    if state.compare.is_some() {
                        <p class="map-year" aria-hidden="true">{ state.year.to_string() }</p>
                    }
                    <Legend data={data.clone()} year={state.year} day={state.day} layers={layers.clone()} marks={marks} lang={lang} />
                    </div>
                    </div>
                    <div class="time-panel">
                        <YearSlider data={data.clone()} year={state.year} day={state.day} min={FIRST_YEAR} max={last_year} ticks={complete} lang={lang} dispatch={dispatch.clone()} />
                        if complete {
                        <TimeControls
                            previous={previous_event}
                            next={next_event}
                            at_first={state.year <= FIRST_YEAR}
                            at_last={state.year >= last_year}
                            playing={state.playing}
                            speed={state.speed}
                            lang={lang}
                            dispatch={dispatch.clone()}
                        />
                        }
                    </div>
                    if complete {
                    <ViewControls view={state.view} seen_from={state.seen_from} lang={lang} compare={state.compare} min={FIRST_YEAR} max={last_year} dispatch={dispatch.clone()} />
                    }
                    if complete {
                    if let Some(compare) = state.compare {
                        <ChangesPanel data={data.clone()} year={state.year} compare={compare} layers={layers.clone()} lang={lang} dispatch={dispatch.clone()} />
                    }
                    <ShareControls data={data.clone()} moment={moment} lang={lang} />
                    }
                </div>
                <div class="panel-column">
                    if complete {
                    if let Some(unit) = selected_unit {
                        <HistoryPanel data={data.clone()} unit={unit} year={state.year} last_year={last_year} lang={lang} sheet={narrow} dispatch={dispatch.clone()} />
                    }
                    <EventsPanel data={data.clone()} year={events_year} pinned={state.pinned_event} current={state.current_event()} lang={lang} dispatch={dispatch.clone()} />
                    }
                </div>
            </main>
            if complete {
                <Colophon data={data.clone()} lang={lang} />
            }
            <div id="announcer" class="sr-only" role="status" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MastheadProps {
    data: Shared<Loaded>,
    lang: Lang,
    dispatch: Dispatch,
}

/// The title and the search box. Its props do not change with the year.
#[function_component(Masthead)]
fn masthead(props: &MastheadProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="masthead">
            <div>
                <h1>{ text(lang, Text::Title) }</h1>
                <p class="tagline">{ text(lang, Text::Tagline) }</p>
            </div>
            <SearchBox data={props.data.clone()} lang={lang} dispatch={props.dispatch.clone()} />
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct ColophonProps {
    data: Shared<Loaded>,
    lang: Lang,
}

/// What the record holds and where the base map comes from. Renders once
/// per language.
#[function_component(Colophon)]
fn colophon(props: &ColophonProps) -> Html {
    let (atlas, lang) = (&props.data.atlas, props.lang);
    html! {
        <footer class="colophon">
            <p>
                { record_counts(lang, atlas.units().len(), atlas.events().len(), atlas.sites().len(), atlas.treaties().len()) }
                { text(lang, Text::Colophon) }
            </p>
        </footer>
    }
}
