use atlas_core::i18n::{text, Text};
use atlas_core::settings::{Lang, SeenFrom, View};
use yew::prelude::*;

use crate::components::Dispatch;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ViewControlsProps {
    pub view: View,
    pub seen_from: SeenFrom,
    pub lang: Lang,
    pub compare: Option<i32>,
    pub min: i32,
    pub max: i32,
    pub dispatch: Dispatch,
}

fn seen_label(lang: Lang, seen: SeenFrom) -> &'static str {
    match seen {
        SeenFrom::Neutral => text(lang, Text::Neutral),
        SeenFrom::Japan => text(lang, Text::JapanMaps),
        SeenFrom::Russia => text(lang, Text::RussiaMaps),
    }
}

fn lang_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Ja => "日本語",
        Lang::Ru => "Русский",
    }
}

/// Control or claims, whose official maps, a year to compare with, and the
/// interface language.
#[function_component(ViewControls)]
pub fn view_controls(props: &ViewControlsProps) -> Html {
    let lang = props.lang;
    let select = |f: fn(&str) -> Option<Action>| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Some(action) = f(&select.value()) {
                    dispatch.dispatch(action);
                }
            }
        })
    };
    let set_view = |view: View| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetView(view)))
    };
    let toggle_compare = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleCompare))
    };
    let set_compare = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if let Ok(year) = input.value().trim().parse::<i32>() {
                    dispatch.dispatch(Action::SetCompare(Some(year)));
                }
            }
        })
    };
    html! {
        <div class="view-controls">
            <div class="segmented" role="group" aria-label={text(lang, Text::View)}>
                { for View::ALL.iter().map(|v| {
                    let label = if *v == View::Control { text(lang, Text::Control) } else { text(lang, Text::Claims) };
                    html! {
                        <button type="button" data-view={v.as_str()} aria-pressed={if props.view == *v { "true" } else { "false" }} onclick={set_view(*v)}>{ label }</button>
                    }
                }) }
            </div>
            <label class="field">
                <span>{ text(lang, Text::SeenFrom) }</span>
                <select id="seen-from" onchange={select(|v| SeenFrom::parse(v).map(Action::SetSeenFrom))}>
                    { for SeenFrom::ALL.iter().map(|s| html! {
                        <option value={s.as_str()} selected={props.seen_from == *s}>{ seen_label(lang, *s) }</option>
                    }) }
                </select>
            </label>
            <button type="button" class="compare-toggle" aria-pressed={if props.compare.is_some() { "true" } else { "false" }} onclick={toggle_compare}>
                { text(lang, Text::Compare) }
            </button>
            if let Some(compare) = props.compare {
                <label class="field">
                    <span class="sr-only">{ text(lang, Text::Compare) }</span>
                    <input id="compare-year" type="number" inputmode="numeric" min={props.min.to_string()} max={props.max.to_string()} value={compare.to_string()} onchange={set_compare} aria-label={text(lang, Text::Compare)} />
                </label>
            }
            <label class="field">
                <span>{ text(lang, Text::Language) }</span>
                <select id="lang" onchange={select(|v| Lang::parse(v).map(Action::SetLang))}>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.as_str()} lang={l.as_str()} selected={props.lang == *l}>{ lang_label(*l) }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}
