//! The few things the atlas asks of the browser, each failing quietly: a
//! page that cannot read its URL still opens, at the defaults.

use wasm_bindgen::{JsCast, JsValue};

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

/// The page's full address, as a reader would share it.
pub fn page_url() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Copies text to the clipboard; fails when the browser refuses access.
pub async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Offers a blob to the reader as a download named `name`.
fn download_blob(name: &str, blob: &web_sys::Blob) {
    use wasm_bindgen::JsCast;
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    // Revoke later: some browsers read the blob only after the click returns.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

fn blob_of(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Offers text as a download.
pub fn download_text(name: &str, mime: &str, text: &str) {
    if let Some(blob) = blob_of(text, mime) {
        download_blob(name, &blob);
    }
}

/// Draws an SVG document onto a canvas at twice its size and offers the
/// result as a PNG download.
pub fn download_png_from_svg(name: &str, svg: &str) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(blob) = blob_of(svg, "image/svg+xml") else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let name = name.to_string();
    let loaded = image.clone();
    let svg_url = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&svg_url);
        let document = gloo::utils::document();
        let Some(canvas) =
            document.create_element("canvas").ok().and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let (w, h) = (loaded.natural_width().max(1), loaded.natural_height().max(1));
        canvas.set_width(w * 2);
        canvas.set_height(h * 2);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded,
            0.0,
            0.0,
            f64::from(w * 2),
            f64::from(h * 2),
        );
        let done = Closure::once_into_js(move |blob: JsValue| {
            if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                download_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
}

/// Milliseconds on the page's monotonic clock (`performance.now()`), which
/// the wall clock is not (it jumps when the system clock is set). Gives 0
/// where the Performance API is missing, as in no browser the atlas runs in.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Sets a performance mark (`atlas:…`) for profiling the start; the
/// benchmark reads them. Does nothing where the Performance API is missing.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Runs `then` once the browser has drawn the next frame: in a task queued
/// from the frame's animation callback, so after its paint is scheduled.
/// A hidden tab draws no frames, so a timer runs it after 200 ms at the
/// latest; whichever comes first runs it, once. Runs it at once where
/// there is no window.
pub fn after_next_frame(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        then();
        return;
    };
    /// The work, until one of the two paths has taken it.
    type Once = std::rc::Rc<std::cell::Cell<Option<Box<dyn FnOnce()>>>>;
    let once: Once = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(then))));
    let run = move |once: &Once| {
        if let Some(then) = once.take() {
            then();
        }
    };
    let (from_frame, from_timer) = (once.clone(), once);
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, move || run(&from_frame)).forget();
    });
    let _ = window.request_animation_frame(callback.unchecked_ref());
    gloo::timers::callback::Timeout::new(200, move || run(&from_timer)).forget();
}

/// The widest window that lays the atlas out as on a phone: the history
/// opens as a sheet over the map. The same 800 px as the stylesheet's
/// `@media (max-width: 800px)`.
pub const NARROW_MAX_WIDTH: f64 = 800.0;

/// Whether the window is a phone's width (see [`NARROW_MAX_WIDTH`]).
pub fn is_narrow() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w <= NARROW_MAX_WIDTH)
}
