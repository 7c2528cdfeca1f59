use atlas_core::i18n::{around, Frame};
use atlas_core::model::Disagreement;
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::components::SourceRefs;
use crate::shared::{Loaded, Shared};

#[derive(Properties, PartialEq)]
pub struct DisagreementNoteProps {
    pub data: Shared<Loaded>,
    pub disagreement: Disagreement,
    pub lang: Lang,
}

/// A text from the record inside an interface sentence: the record is in
/// English, which screen readers are told when the interface is not.
fn framed(lang: Lang, frame: Frame, record_text: &str) -> Html {
    let (before, after) = around(lang, frame);
    let record_lang = (lang != Lang::En).then_some("en");
    html! { <>{ before }<span lang={record_lang}>{ record_text.to_string() }</span>{ after }</> }
}

/// Where sources disagree: every reading with its sources, and the one the
/// atlas uses.
#[function_component(DisagreementNote)]
pub fn disagreement_note(props: &DisagreementNoteProps) -> Html {
    let (d, lang) = (&props.disagreement, props.lang);
    let record_lang = (lang != Lang::En).then_some("en");
    html! {
        <div class="disagreement" role="note">
            <p><strong>{ framed(lang, Frame::SourcesDisagree, &d.about) }</strong></p>
            <ul>
                { for d.readings.iter().map(|r| html! {
                    <li><span lang={record_lang}>{ r.reading.clone() }</span>{ " " }<SourceRefs data={props.data.clone()} ids={r.sources.clone()} lang={lang} inline=true /></li>
                }) }
            </ul>
            <p>{ framed(lang, Frame::AtlasUses, &d.used) }</p>
        </div>
    }
}
