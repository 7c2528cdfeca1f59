//! The few things the atlas asks of the browser, each failing quietly: a
//! page that cannot read its URL still opens, at the defaults.

use wasm_bindgen::JsValue;

/// The current calendar year, from the browser's clock.
pub fn current_year() -> i32 {
    // The record runs to the present; 2026 keeps the slider usable if the
    // clock is absurd.
    let year = js_sys::Date::new_0().get_full_year() as i32;
    if (2025..=2200).contains(&year) {
        year
    } else {
        2026
    }
}

/// The page's URL hash, with its `#`, or empty.
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Replaces the hash without adding a history entry, so that dragging the
/// slider does not fill the back button with years.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(hash) {
        return;
    }
    if let Ok(history) = window.history() {
        // A failure here (a sandboxed frame, say) only leaves the URL stale.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}
