use std::rc::Rc;

use atlas_core::i18n::{text, Text};
use atlas_core::scene::MapLayers;
use atlas_core::search::name_in;
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::components::Dispatch;
use crate::shared::{Loaded, Shared};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ChangesPanelProps {
    pub data: Shared<Loaded>,
    pub year: i32,
    pub compare: i32,
    pub layers: Rc<MapLayers>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// What changed hands between the compared year and the year shown.
#[function_component(ChangesPanel)]
pub fn changes_panel(props: &ChangesPanelProps) -> Html {
    let atlas = &props.data.atlas;
    let lang = props.lang;
    let name = |p: Option<usize>| {
        p.and_then(|p| atlas.polities().get(p)).map(|p| name_in(&p.names, lang).to_string()).unwrap_or_default()
    };
    let before = props.layers.compare_holders.clone().unwrap_or_default();
    let rows: Vec<Html> = props
        .layers
        .changed
        .iter()
        .enumerate()
        .filter(|(_, c)| **c)
        .map(|(i, _)| {
            let unit = &atlas.units()[i];
            let dispatch = props.dispatch.clone();
            let open = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(Some(i))));
            html! {
                <li key={unit.id.clone()} data-changed-unit={unit.id.clone()}>
                    <button type="button" class="unit-link" onclick={open}>{ name_in(&unit.names, lang).to_string() }</button>
                    { format!(" {} → {}", name(before.get(i).copied().flatten()), name(props.layers.holders.get(i).copied().flatten())) }
                </li>
            }
        })
        .collect();
    let (a, b) = (props.compare.min(props.year), props.compare.max(props.year));
    html! {
        <section class="changes" role="region" aria-label={format!("{} {}–{}", text(lang, Text::Changes), a, b)}>
            <h2>{ format!("{}: {} → {}", text(lang, Text::Changes), props.compare, props.year) }</h2>
            if rows.is_empty() {
                <p>{ text(lang, Text::NoChanges) }</p>
            } else {
                <ul>{ for rows }</ul>
            }
        </section>
    }
}
