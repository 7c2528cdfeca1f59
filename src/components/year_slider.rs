use atlas_core::date::DayNumber;
use atlas_core::i18n::{moment_label, text, Text};
use atlas_core::search::name_in;
use atlas_core::settings::Lang;
use gloo::events::EventListener;
use yew::prelude::*;

use crate::components::Dispatch;
use crate::shared::{Loaded, Shared};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct YearSliderProps {
    pub data: Shared<Loaded>,
    pub year: i32,
    /// The precise day shown, if not the end of the year.
    pub day: Option<DayNumber>,
    pub min: i32,
    pub max: i32,
    /// Whether to draw the event and treaty ticks (not in the first frame).
    #[prop_or(true)]
    pub ticks: bool,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// The year slider, with a tick for every year that has events and a taller
/// one for every treaty. It moves the map on every input event, not only on
/// release, so dragging animates the frontier. Arrows, PageUp/PageDown and
/// Home/End work as on any range input.
#[function_component(YearSlider)]
pub fn year_slider(props: &YearSliderProps) -> Html {
    // The slider's input events are handled by a listener of its own
    // rather than through Yew's delegation, which walks the event's path
    // on every step of a drag. Attached once: the dispatcher is stable.
    let input = use_node_ref();
    {
        let (input, dispatch) = (input.clone(), props.dispatch.clone());
        use_effect_with((), move |_| {
            let listener = input.cast::<web_sys::HtmlInputElement>().map(|element| {
                let target = element.clone();
                EventListener::new(&element, "input", move |_| {
                    if let Ok(year) = target.value().parse::<i32>() {
                        dispatch.dispatch(Action::SetYear(year));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let lang = props.lang;
    let shown = moment_label(lang, props.year, props.day);
    html! {
        <div class="year-slider">
            <label for="year-input">{ text(lang, Text::Year) }</label>
            <div class="slider-track">
                <input
                    id="year-input"
                    type="range"
                    min={props.min.to_string()}
                    max={props.max.to_string()}
                    step="1"
                    value={props.year.to_string()}
                    aria-valuetext={shown.clone()}
                    ref={input}
                />
                if props.ticks {
                    <SliderTicks data={props.data.clone()} min={props.min} max={props.max} lang={lang} />
                }
            </div>
            <output for="year-input" class="year-display">{ props.year }</output>
            <span class="year-range" aria-hidden="true">{ format!("{}–{}", props.min, props.max) }</span>
            <span class="shown-date">{ shown }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SliderTicksProps {
    data: Shared<Loaded>,
    min: i32,
    max: i32,
    /// For the treaties' names in their tooltips.
    lang: Lang,
}

/// A tick under the slider for every year with events, and a taller red one
/// for every treaty. Its props never change with the year, so it renders
/// once per language.
#[function_component(SliderTicks)]
fn slider_ticks(props: &SliderTicksProps) -> Html {
    let (min, max) = (props.min, props.max);
    let span = f64::from((max - min).max(1));
    let at = |y: i32| f64::from(y - min) / span * 100.0;
    let atlas = &props.data.atlas;
    let mut event_years: Vec<i32> =
        atlas.events().iter().map(|e| e.date.year).filter(|y| (min..=max).contains(y)).collect();
    event_years.dedup();
    let treaties = atlas.treaties().iter().filter(|t| (min..=max).contains(&t.signed.year));
    html! {
        <svg class="slider-ticks" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            { for event_years.iter().map(|y| html! { <line class="tick-event" x1={format!("{:.2}", at(*y))} x2={format!("{:.2}", at(*y))} y1="4" y2="10" /> }) }
            { for treaties.map(|t| html! {
                <line class="tick-treaty" data-treaty-year={t.signed.year.to_string()} x1={format!("{:.2}", at(t.signed.year))} x2={format!("{:.2}", at(t.signed.year))} y1="0" y2="10">
                    <title>{ format!("{}: {}", t.signed.year, name_in(&t.names, props.lang)) }</title>
                </line>
            }) }
        </svg>
    }
}
