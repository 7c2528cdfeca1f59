use atlas_core::i18n::{text, Text};
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::components::Dispatch;
use crate::hooks::use_action_on_click;
use crate::state::{Action, SPEEDS};

#[derive(Properties, PartialEq)]
pub struct TimeControlsProps {
    /// Where "Previous event" goes, if there is an earlier event in range.
    pub previous: Option<Action>,
    /// Where "Next event" goes.
    pub next: Option<Action>,
    /// Whether the map shows the slider's first year (no step back).
    pub at_first: bool,
    /// Whether it shows the last (no step forward).
    pub at_last: bool,
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
    let toggle = use_action_on_click(&props.dispatch, Some(Action::TogglePlay));
    let back = use_action_on_click(&props.dispatch, Some(Action::StepYear(-1)));
    let forward = use_action_on_click(&props.dispatch, Some(Action::StepYear(1)));
    let (has_previous, has_next) = (props.previous.is_some(), props.next.is_some());
    let previous = use_action_on_click(&props.dispatch, props.previous.clone());
    let next = use_action_on_click(&props.dispatch, props.next.clone());
    let onspeed = {
        let dispatch = props.dispatch.clone();
        use_callback((), move |e: Event, _| {
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
            <button type="button" class="play" onclick={toggle} aria-label={play_label} title={play_label}>
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
            <button type="button" onclick={back} disabled={props.at_first} aria-label={text(lang, Text::StepBack)} title={text(lang, Text::StepBack)}>{ icon(BACK) }</button>
            <button type="button" onclick={forward} disabled={props.at_last} aria-label={text(lang, Text::StepForward)} title={text(lang, Text::StepForward)}>{ icon(FORWARD) }</button>
            <button type="button" class="event-nav" disabled={!has_previous} onclick={previous} aria-label={text(lang, Text::PreviousEvent)} title={text(lang, Text::PreviousEvent)}>{ icon(PREVIOUS) }</button>
            <button type="button" class="event-nav" disabled={!has_next} onclick={next} aria-label={text(lang, Text::NextEvent)} title={text(lang, Text::NextEvent)}>{ icon(NEXT) }</button>
        </div>
    }
}
