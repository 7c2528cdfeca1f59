use atlas_core::i18n::{text, Text};
use atlas_core::search::{search, HitKind, SearchHit};
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::components::Dispatch;
use crate::shared::{Loaded, Shared};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub data: Shared<Loaded>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// The kind of a hit as the page's markup names it (`data-hit-kind`), the
/// same in every language.
fn kind_id(kind: HitKind) -> &'static str {
    match kind {
        HitKind::Unit => "territory",
        HitKind::Place => "place",
        HitKind::Site => "battle or incident",
        HitKind::Event => "event",
        HitKind::Treaty => "treaty",
    }
}

/// The kind of a hit as the reader sees it.
fn kind_label(lang: Lang, kind: HitKind) -> &'static str {
    let label = match kind {
        HitKind::Unit => Text::HitTerritory,
        HitKind::Place => Text::HitPlace,
        HitKind::Site => Text::HitSite,
        HitKind::Event => Text::HitEvent,
        HitKind::Treaty => Text::HitTreaty,
    };
    text(lang, label)
}

/// A search box over places, territories, events, treaties and sites
/// (an ARIA combobox): choosing a result moves the year, selects it and
/// brings it into view.
#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let query = use_state(String::new);
    let active = use_state(|| 0usize);
    let hits = {
        let data = props.data.clone();
        let lang = props.lang;
        use_memo(((*query).clone(), lang), move |(q, lang)| search(&data.atlas, &data.map, q, *lang, 10))
    };
    let choose = {
        let dispatch = props.dispatch.clone();
        let query = query.clone();
        move |hit: &SearchHit| {
            dispatch.dispatch(Action::Choose {
                year: hit.year,
                in_use: hit.in_use,
                unit: hit.unit,
                event: hit.event,
                bounds: hit.bounds,
            });
            query.set(String::new());
        }
    };
    let oninput = {
        let (query, active) = (query.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                query.set(input.value());
                active.set(0);
            }
        })
    };
    let onkeydown = {
        let (hits, active, choose, query) = (hits.clone(), active.clone(), choose.clone(), query.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !hits.is_empty() => {
                e.prevent_default();
                active.set((*active + 1) % hits.len());
            }
            "ArrowUp" if !hits.is_empty() => {
                e.prevent_default();
                active.set((*active + hits.len() - 1) % hits.len());
            }
            "Enter" => {
                if let Some(hit) = hits.get(*active) {
                    e.prevent_default();
                    choose(hit);
                }
            }
            "Escape" => query.set(String::new()),
            _ => {}
        })
    };
    let lang = props.lang;
    let expanded = !hits.is_empty();
    let options = hits.iter().enumerate().map(|(i, hit)| {
        let choose = choose.clone();
        let hit_for_click = hit.clone();
        let onclick = Callback::from(move |_: MouseEvent| choose(&hit_for_click));
        let detail = if hit.detail.chars().count() > 60 { String::new() } else { hit.detail.clone() };
        html! {
            <li id={format!("search-option-{i}")} role="option" aria-selected={if i == *active { "true" } else { "false" }}
                class={classes!("search-option", (i == *active).then_some("active"))} data-hit-kind={kind_id(hit.kind)} data-hit-id={hit.id.clone()} {onclick}>
                <span class="hit-label">{ hit.label.clone() }</span>
                <span class="hit-kind">{ format!(" · {}", kind_label(lang, hit.kind)) }</span>
                if !detail.is_empty() { <span class="hit-detail">{ format!(" · {detail}") }</span> }
            </li>
        }
    });
    let no_results = query.trim().chars().count() >= 2 && hits.is_empty();
    html! {
        <div class="search">
            <label for="search-input" class="sr-only">{ text(lang, Text::Search) }</label>
            <input
                id="search-input"
                type="search"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-expanded={if expanded { "true" } else { "false" }}
                aria-activedescendant={expanded.then(|| format!("search-option-{}", *active))}
                placeholder={text(lang, Text::SearchPlaceholder)}
                value={(*query).clone()}
                {oninput}
                {onkeydown}
            />
            <ul id="search-results" role="listbox" aria-label={text(lang, Text::Search)} hidden={!expanded}>{ for options }</ul>
            if no_results {
                <p class="search-empty" role="status">{ text(lang, Text::NoResults) }</p>
            }
        </div>
    }
}
