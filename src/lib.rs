//! Frontier Atlas: the Yew front end.
//!
//! Thin function components over `atlas-core`. One root state
//! ([`state::AtlasState`]) lives in [`components::AtlasView`]; children get
//! props and callbacks. Side effects (fetching data, the URL hash) happen
//! in effects, never in the reducer.

pub mod browser;
pub mod components;
pub mod loader;
pub mod shared;
pub mod state;

use wasm_bindgen::JsCast;

/// Mounts the atlas on `#app` (or the body, if the page lacks it).
pub fn start() {
    console_error_panic_hook::set_once();
    let root = gloo::utils::document().get_element_by_id("app");
    match root.and_then(|r| r.dyn_into::<web_sys::Element>().ok()) {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<components::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::App>::new().render();
        }
    }
}
