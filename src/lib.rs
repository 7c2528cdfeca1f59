//! Frontier Atlas: the Yew front end.
//!
//! Thin function components over `atlas-core`. One root state
//! ([`state::AtlasState`]) lives in [`components::AtlasView`]; children get
//! props and callbacks. Side effects (fetching data, the URL hash) happen
//! in effects, never in the reducer.

pub mod browser;
pub mod components;
pub mod hooks;
pub mod loader;
pub mod shared;
pub mod state;

use atlas_core::i18n::{text, Text};
use atlas_core::settings::Lang;
use wasm_bindgen::JsCast;

/// Reports a panic to the console (with its message and location) and to the
/// reader, in plain words, instead of leaving a frozen page. The words are
/// in the page's language, which the atlas keeps on the root element.
fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    console_error_panic_hook::hook(info);
    let document = gloo::utils::document();
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|lang| Lang::parse(&lang))
        .unwrap_or_default();
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_class_name("load-error panic");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(text(lang, Text::InternalError)));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}

/// Mounts the atlas on `#app` (or the body, if the page lacks it).
pub fn start() {
    browser::mark("atlas:started");
    std::panic::set_hook(Box::new(report_panic));
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
