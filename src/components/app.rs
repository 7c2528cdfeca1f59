use std::rc::Rc;

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

/// Loads the record, then shows the atlas, or a plain message saying what
/// could not be loaded.
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
    match &*load {
        LoadState::Loading => html! {
            <p class="status" role="status">{ "Loading the atlas…" }</p>
        },
        LoadState::Failed(error) => html! {
            <div class="load-error" role="alert">
                <h1>{ "Frontier Atlas could not load its data" }</h1>
                <p>{ "The map needs the files in the site's data/ folder. This is what went wrong:" }</p>
                <pre>{ error.to_string() }</pre>
                <p>{ "Reloading the page may help if the connection dropped. If the message names a rule, the data itself is broken: please report it." }</p>
            </div>
        },
        LoadState::Ready(data) => html! {
            <AtlasView data={data.clone()} current_year={current_year()} initial_hash={AttrValue::from(location_hash())} />
        },
    }
}
