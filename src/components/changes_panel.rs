use std::rc::Rc;

use atlas_core::compare::Change;
use atlas_core::i18n::{change_group_heading, text, Text};
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

/// What changed between the compared year and the year shown, in two
/// groups: land that changed hands between states (Japan to the Soviet
/// Union), and land whose state stayed but whose regime changed (the
/// Russian Empire to the Soviet Union). Each row opens the unit's history.
#[function_component(ChangesPanel)]
pub fn changes_panel(props: &ChangesPanelProps) -> Html {
    let atlas = &props.data.atlas;
    let lang = props.lang;
    let name = |p: Option<usize>| {
        p.and_then(|p| atlas.polities().get(p)).map(|p| name_in(&p.names, lang).to_string()).unwrap_or_default()
    };
    let before = props.layers.compare_holders.clone().unwrap_or_default();
    let rows = |kind: Change| -> Vec<Html> {
        props
            .layers
            .changes
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == kind)
            .filter_map(|(i, _)| Some((i, atlas.units().get(i)?)))
            .map(|(i, unit)| {
                let dispatch = props.dispatch.clone();
                let open = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(Some(i))));
                html! {
                    <li key={unit.id.clone()} data-changed-unit={unit.id.clone()}>
                        <button type="button" class="unit-link" onclick={open}>{ name_in(&unit.names, lang).to_string() }</button>
                        { format!(" {} → {}", name(before.get(i).copied().flatten()), name(props.layers.holders.get(i).copied().flatten())) }
                    </li>
                }
            })
            .collect()
    };
    let group = |kind: Change, label: Text, rows: Vec<Html>| {
        let id = format!("changes-{}", kind.as_str());
        html! {
            <section class={classes!("change-group", format!("change-group-{}", kind.as_str()))} data-change-group={kind.as_str()} aria-labelledby={id.clone()}>
                <h3 {id}>
                    <span class={classes!("outline-key", format!("outline-{}", kind.as_str()))} aria-hidden="true"></span>
                    { change_group_heading(lang, text(lang, label), rows.len()) }
                </h3>
                if rows.is_empty() {
                    <p>{ text(lang, Text::NoneInGroup) }</p>
                } else {
                    <ul>{ for rows }</ul>
                }
            </section>
        }
    };
    let hands = rows(Change::ChangedHands);
    let regime = rows(Change::RegimeChanged);
    let nothing = hands.is_empty() && regime.is_empty();
    let (a, b) = (props.compare.min(props.year), props.compare.max(props.year));
    html! {
        <section class="changes" role="region" aria-label={format!("{} {}–{}", text(lang, Text::Changes), a, b)}>
            <h2>{ format!("{}: {} → {}", text(lang, Text::Changes), props.compare, props.year) }</h2>
            if nothing {
                <p>{ text(lang, Text::NoChanges) }</p>
            } else {
                { group(Change::ChangedHands, Text::ChangedHands, hands) }
                { group(Change::RegimeChanged, Text::RegimeChanged, regime) }
            }
        </section>
    }
}
