use atlas_core::i18n::{text, Text};
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::shared::{Loaded, Shared};

#[derive(Properties, PartialEq)]
pub struct SourceRefsProps {
    pub data: Shared<Loaded>,
    pub ids: Vec<String>,
    pub lang: Lang,
    /// Within a sentence: no "Sources:" lead and no line of its own.
    #[prop_or_default]
    pub inline: bool,
}

/// A record's citations: each source id as a link to the page, with a
/// visible mark when a fact rests on unverified general knowledge.
#[function_component(SourceRefs)]
pub fn source_refs(props: &SourceRefsProps) -> Html {
    let atlas = &props.data.atlas;
    let lang = props.lang;
    let refs = props.ids.iter().map(|id| {
        let source = atlas.source(id);
        let title = source.map(|s| s.title.clone()).unwrap_or_default();
        match source {
            Some(s) if s.unverified => html! {
                <span class="source unverified" title={title}>{ text(lang, Text::Unverified) }</span>
            },
            Some(s) => match &s.url {
                Some(url) => html! {
                    <a class="source" href={url.clone()} title={title} target="_blank" rel="noopener noreferrer">{ id.clone() }</a>
                },
                None => html! { <span class="source" title={title}>{ id.clone() }</span> },
            },
            None => html! { <span class="source">{ id.clone() }</span> },
        }
    });
    if props.inline {
        html! { <span class="sources inline">{ "(" }{ for refs }{ ")" }</span> }
    } else {
        html! { <span class="sources">{ format!("{}: ", text(lang, Text::Sources)) }{ for refs }</span> }
    }
}
