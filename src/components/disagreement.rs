use atlas_core::model::Disagreement;
use yew::prelude::*;

use crate::components::SourceRefs;
use crate::shared::{Loaded, Shared};

#[derive(Properties, PartialEq)]
pub struct DisagreementNoteProps {
    pub data: Shared<Loaded>,
    pub disagreement: Disagreement,
}

/// Where sources disagree: every reading with its sources, and the one the
/// atlas uses.
#[function_component(DisagreementNote)]
pub fn disagreement_note(props: &DisagreementNoteProps) -> Html {
    let d = &props.disagreement;
    html! {
        <div class="disagreement" role="note">
            <p><strong>{ format!("Sources disagree on {}:", d.about) }</strong></p>
            <ul>
                { for d.readings.iter().map(|r| html! {
                    <li>{ r.reading.clone() }{ " " }<SourceRefs data={props.data.clone()} ids={r.sources.clone()} inline=true /></li>
                }) }
            </ul>
            <p>{ format!("The atlas uses {}", d.used) }</p>
        </div>
    }
}
