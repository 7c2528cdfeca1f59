use std::rc::Rc;

use atlas_core::i18n::{text, Text};
use atlas_core::settings::Lang;
use atlas_core::url::parse_hash;
use atlas_core::FIRST_YEAR;
use yew::prelude::*;

use crate::browser::{current_year, location_hash};
use crate::components::AtlasView;
use crate::loader::{load_atlas, LoadError};
use crate::shared::{Loaded, Shared};

#[derive(Clone, PartialEq)]
enum LoadState {
    Loading,
    Ready(Shared<Loaded>),
    Failed(Rc<LoadError>),
}

/// The language the address asks for. Read before the record is there, so
/// only the language is taken: years and units wait for the atlas.
fn requested_lang() -> Lang {
    parse_hash(&location_hash(), FIRST_YEAR..=FIRST_YEAR, |_| false).lang.unwrap_or_default()
}

/// Loads the record, then shows the atlas, or a plain message saying what
/// could not be loaded, in the language the address asks for.
#[function_component(App)]
pub fn app() -> Html {
    let load = use_state(|| LoadState::Loading);
    {
        let load = load.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let result = load_atlas("data/").await;
                crate::browser::mark("atlas:data-loaded");
                let next = match result {
                    Ok((atlas, map)) => LoadState::Ready(Shared::new(Loaded::new(atlas, map))),
                    Err(error) => LoadState::Failed(Rc::new(error)),
                };
                load.set(next);
            });
        });
    }
    let lang = requested_lang();
    // The page is in English until the atlas sets its language; these say
    // what language they are in when it is another.
    let marked = (lang != Lang::En).then_some(lang.as_str());
    match &*load {
        LoadState::Loading => html! {
            <p class="status" role="status" lang={marked}>{ text(lang, Text::Loading) }</p>
        },
        LoadState::Failed(error) => html! {
            <div class="load-error" role="alert" lang={marked}>
                <h1>{ text(lang, Text::LoadFailed) }</h1>
                <p>{ text(lang, Text::LoadNeedsData) }</p>
                // The data layer's diagnostics (file, record, rule) are in English.
                <pre lang={(lang != Lang::En).then_some("en")}>{ error.to_string() }</pre>
                <p>{ text(lang, Text::LoadAdvice) }</p>
            </div>
        },
        LoadState::Ready(data) => html! {
            <AtlasView data={data.clone()} current_year={current_year()} initial_hash={AttrValue::from(location_hash())} />
        },
    }
}
