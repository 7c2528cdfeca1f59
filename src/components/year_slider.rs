use atlas_core::date::{civil_from_day_number, DayNumber, HistDate};
use atlas_core::i18n::{text, Text};
use atlas_core::settings::Lang;
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
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// The year slider, with a tick for every year that has events and a taller
/// one for every treaty. It moves the map on every input event, not only on
/// release, so dragging animates the frontier. Arrows, PageUp/PageDown and
/// Home/End work as on any range input.
#[function_component(YearSlider)]
pub fn year_slider(props: &YearSliderProps) -> Html {
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            if let Ok(year) = input.value().parse::<i32>() {
                dispatch.dispatch(Action::SetYear(year));
            }
        })
    };
    let ticks = {
        let data = props.data.clone();
        let (min, max) = (props.min, props.max);
        use_memo((data, min, max), |(data, min, max)| {
            let span = f64::from((max - min).max(1));
            let at = |y: i32| f64::from(y - min) / span * 100.0;
            let mut event_years: Vec<i32> =
                data.atlas.events.iter().map(|e| e.date.year).filter(|y| (*min..=*max).contains(y)).collect();
            event_years.dedup();
            let treaty_years: Vec<(i32, String)> = data
                .atlas
                .treaties
                .iter()
                .filter(|t| (*min..=*max).contains(&t.signed.year))
                .map(|t| (t.signed.year, t.names.en.clone()))
                .collect();
            html! {
                <svg class="slider-ticks" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    { for event_years.iter().map(|y| html! { <line class="tick-event" x1={format!("{:.2}", at(*y))} x2={format!("{:.2}", at(*y))} y1="4" y2="10" /> }) }
                    { for treaty_years.iter().map(|(y, name)| html! {
                        <line class="tick-treaty" data-treaty-year={y.to_string()} x1={format!("{:.2}", at(*y))} x2={format!("{:.2}", at(*y))} y1="0" y2="10"><title>{ format!("{y}: {name}") }</title></line>
                    }) }
                </svg>
            }
        })
    };
    let lang = props.lang;
    let shown = match props.day {
        Some(day) => {
            let (y, m, d) = civil_from_day_number(day);
            HistDate::ymd(y, m, d).to_string()
        }
        None => format!("{} {}", text(lang, Text::EndOf), props.year),
    };
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
                    {oninput}
                />
                { (*ticks).clone() }
            </div>
            <output for="year-input" class="year-display">{ props.year }</output>
            <span class="year-range" aria-hidden="true">{ format!("{}–{}", props.min, props.max) }</span>
            <span class="shown-date">{ shown }</span>
        </div>
    }
}
