use atlas_core::date::DayNumber;
use atlas_core::i18n::{text, Text};
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::components::Dispatch;
use crate::shared::{Loaded, Shared};
use crate::state::{Action, SPEEDS};

#[derive(Properties, PartialEq)]
pub struct TimeControlsProps {
    pub data: Shared<Loaded>,
    pub year: i32,
    /// The day the map shows.
    pub day: DayNumber,
    pub min: i32,
    pub max: i32,
    pub playing: bool,
    pub speed: usize,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// A small icon drawn in SVG, so that it needs no font with the glyph.
fn icon(d: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d={d} fill="currentColor" /></svg>
    }
}

const PLAY: &str = "M4 2l10 6-10 6z";
const PAUSE: &str = "M3 2h4v12H3zM9 2h4v12H9z";
const PREVIOUS: &str = "M2 2h2v12H2zM14 2v12L5 8z";
const NEXT: &str = "M12 2h2v12h-2zM2 2v12l9-6z";
const BACK: &str = "M8 2v12L1 8zM15 2v12L8 8z";
const FORWARD: &str = "M8 2v12l7-6zM1 2v12l7-6z";

/// Play and pause, a speed, one year back and forward, and the previous
/// and next event, which show the map as it stood right after the event.
#[function_component(TimeControls)]
pub fn time_controls(props: &TimeControlsProps) -> Html {
    let lang = props.lang;
    let atlas = &props.data.atlas;
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    // "Right after" an event is the last day its date can mean.
    let go_to = |event: Option<usize>| {
        event.and_then(|i| atlas.events.get(i).map(|e| (i, e))).map(|(i, e)| Action::GoToEvent {
            year: e.date.year,
            day: e.date.last_day(),
            event: i,
        })
    };
    let previous = go_to(atlas.previous_event_before(props.day))
        .filter(|a| matches!(a, Action::GoToEvent { year, .. } if *year >= props.min));
    let next = go_to(atlas.next_event_after(props.day))
        .filter(|a| matches!(a, Action::GoToEvent { year, .. } if *year <= props.max));
    let onspeed = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Ok(speed) = select.value().parse::<usize>() {
                    dispatch.dispatch(Action::SetSpeed(speed));
                }
            }
        })
    };
    let play_label = if props.playing { text(lang, Text::Pause) } else { text(lang, Text::Play) };
    html! {
        <div class="time-controls" role="group" aria-label={text(lang, Text::Year)}>
            <button type="button" class="play" onclick={send(Action::TogglePlay)} aria-label={play_label} title={play_label}>
                { icon(if props.playing { PAUSE } else { PLAY }) }
            </button>
            <label class="speed">
                <span class="sr-only">{ text(lang, Text::Speed) }</span>
                <select onchange={onspeed} aria-label={text(lang, Text::Speed)}>
                    { for SPEEDS.iter().enumerate().map(|(i, s)| html! {
                        <option value={i.to_string()} selected={i == props.speed}>{ format!("{s}×") }</option>
                    }) }
                </select>
            </label>
            <button type="button" onclick={send(Action::StepYear(-1))} disabled={props.year <= props.min} aria-label={text(lang, Text::StepBack)} title={text(lang, Text::StepBack)}>{ icon(BACK) }</button>
            <button type="button" onclick={send(Action::StepYear(1))} disabled={props.year >= props.max} aria-label={text(lang, Text::StepForward)} title={text(lang, Text::StepForward)}>{ icon(FORWARD) }</button>
            <button type="button" class="event-nav" disabled={previous.is_none()} onclick={previous.map(send).unwrap_or_default()} aria-label={text(lang, Text::PreviousEvent)} title={text(lang, Text::PreviousEvent)}>{ icon(PREVIOUS) }</button>
            <button type="button" class="event-nav" disabled={next.is_none()} onclick={next.map(send).unwrap_or_default()} aria-label={text(lang, Text::NextEvent)} title={text(lang, Text::NextEvent)}>{ icon(NEXT) }</button>
        </div>
    }
}
