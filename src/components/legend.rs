use std::rc::Rc;

use yew::prelude::*;

use crate::shared::{Loaded, Shared};

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub data: Shared<Loaded>,
    pub year: i32,
    /// For every unit, the position of its holder in `Atlas::polities`.
    pub holders: Rc<Vec<Option<usize>>>,
}

/// The polities on the map in the selected year, with their colours.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let atlas = &props.data.atlas;
    let mut shown = vec![false; atlas.polities.len()];
    for p in props.holders.iter().flatten() {
        shown[*p] = true;
    }
    let items = atlas.polities.iter().zip(shown).filter(|(_, s)| *s).map(|(p, _)| {
        html! {
            <li key={p.id.clone()} data-polity={p.id.clone()} title={p.description.clone()}>
                <span class="swatch" style={format!("background:{}", p.colour)} aria-hidden="true"></span>
                { p.names.en.clone() }
            </li>
        }
    });
    let lines = atlas.lines_at_end_of(props.year).map(|l| {
        html! {
            <li key={l.id.clone()} data-legend-line={l.id.clone()} title={l.description.clone()}>
                <span class="swatch line" aria-hidden="true"></span>
                { l.name.clone() }
            </li>
        }
    });
    html! {
        <section class="legend" aria-label="Legend">
            <h2>{ format!("Control at the end of {}", props.year) }</h2>
            <ul>
                { for items }
                { for lines }
                <li class="legend-context"><span class="swatch context" aria-hidden="true"></span>{ "Land outside the atlas's units" }</li>
            </ul>
        </section>
    }
}
