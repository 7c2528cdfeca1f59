use atlas_core::i18n::{text, Text};
use atlas_core::model::Source;
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::shared::{Loaded, Shared};

/// Who published a source, with the year where the source gives one:
/// "The Japan Times, 2004".
fn imprint(source: &Source) -> Option<String> {
    match (&source.publisher, source.year) {
        (Some(p), Some(y)) => Some(format!("{p}, {y}")),
        (Some(p), None) => Some(p.clone()),
        (None, Some(y)) => Some(y.to_string()),
        (None, None) => None,
    }
}

/// One source as a reader cites it: its title (a link where it has an
/// address) and, after it, its publisher and year. The record's texts are
/// English, so the citation is marked `lang="en"` on a Japanese or Russian page.
pub fn citation(source: &Source, lang: Lang) -> Html {
    let text_lang = (lang != Lang::En).then_some("en");
    let title = match &source.url {
        Some(url) => html! {
            <a class="source" href={url.clone()} target="_blank" rel="noopener noreferrer">{ source.title.clone() }</a>
        },
        None => html! { <span class="source">{ source.title.clone() }</span> },
    };
    html! {
        <span class="citation" lang={text_lang}>
            { title }
            if let Some(imprint) = imprint(source) {
                { " " }<span class="imprint">{ format!("({imprint})") }</span>
            }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceRefsProps {
    pub data: Shared<Loaded>,
    pub ids: Vec<String>,
    pub lang: Lang,
    /// Within a sentence: no "Sources:" lead and no line of its own.
    #[prop_or_default]
    pub inline: bool,
}

/// A record's citations: each source by its title and publisher, linked to
/// the page where it has one, with a visible mark where a fact rests on
/// unverified general knowledge. A reader never sees the record's ids.
#[function_component(SourceRefs)]
pub fn source_refs(props: &SourceRefsProps) -> Html {
    let atlas = &props.data.atlas;
    let lang = props.lang;
    let known = props.ids.iter().filter_map(|id| atlas.source(id));
    let refs = known.enumerate().map(|(i, source)| {
        let cited = if source.unverified {
            html! { <span class="source unverified" title={source.title.clone()}>{ text(lang, Text::Unverified) }</span> }
        } else {
            citation(source, lang)
        };
        html! { <>if i > 0 { { "; " } }{ cited }</> }
    });
    if props.inline {
        html! { <span class="sources inline">{ "(" }{ for refs }{ ")" }</span> }
    } else {
        html! { <span class="sources">{ format!("{}: ", text(lang, Text::Sources)) }{ for refs }</span> }
    }
}
