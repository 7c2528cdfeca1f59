use yew::prelude::*;

use crate::components::Dispatch;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct YearSliderProps {
    pub year: i32,
    pub min: i32,
    pub max: i32,
    pub dispatch: Dispatch,
}

/// The year slider. It moves the map on every input event, not only on
/// release, so dragging animates the frontier.
#[function_component(YearSlider)]
pub fn year_slider(props: &YearSliderProps) -> Html {
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Ok(year) = input.value().parse::<i32>() {
                dispatch.dispatch(Action::SetYear(year));
            }
        })
    };
    html! {
        <div class="year-slider">
            <label for="year-input">{ "Year" }</label>
            <input
                id="year-input"
                type="range"
                min={props.min.to_string()}
                max={props.max.to_string()}
                step="1"
                value={props.year.to_string()}
                aria-valuetext={format!("End of {}", props.year)}
                {oninput}
            />
            <output for="year-input" class="year-display" aria-live="polite">{ props.year }</output>
            <span class="year-range" aria-hidden="true">{ format!("{}–{}", props.min, props.max) }</span>
        </div>
    }
}
