//! Component tests in headless Chromium (wasm-bindgen-test): the atlas's
//! views rendered with the real record, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use atlas_build::testing::{real_atlas, real_bundle};
use atlas_core::bundle::load_bundle;
use frontier_atlas::components::{AtlasView, AtlasViewProps, DEFAULT_YEAR};
use frontier_atlas::shared::{Loaded, Shared};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the atlas at `hash` in a fresh element and waits for it to render.
async fn mount(hash: &str) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    // The browser's way in: the bundle the build ships.
    let (atlas, map) = load_bundle(&real_bundle()).unwrap();
    let props = AtlasViewProps {
        data: Shared::new(Loaded::new(atlas, map)),
        current_year: 2026,
        initial_hash: AttrValue::from(hash.to_string()),
    };
    yew::Renderer::<AtlasView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // The controls and panels follow the map by a frame.
    for _ in 0..200 {
        if root.query_selector(".atlas[data-complete]").unwrap().is_some() {
            break;
        }
        sleep_ms(10).await;
        yew::scheduler::flush().await;
    }
    root
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn holder(root: &Element, unit: &str) -> String {
    root.query_selector(&format!("[data-unit=\"{unit}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no shape for {unit}"))
        .get_attribute("data-holder")
        .unwrap_or_default()
}

fn slider(root: &Element) -> HtmlInputElement {
    root.query_selector("input[type=range]").unwrap().unwrap().dyn_into().unwrap()
}

async fn slide_to(root: &Element, year: i32) {
    let input = slider(root);
    input.set_value(&year.to_string());
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &{
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn region(root: &Element, name_part: &str) -> Option<Element> {
    // The history is a region beside the map, or a sheet (a dialog) over it
    // in a narrow window such as the test runner's.
    let regions = root.query_selector_all("[role=region], [role=dialog]").unwrap();
    (0..regions.length())
        .filter_map(|i| regions.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|e| e.get_attribute("aria-label").unwrap_or_default().contains(name_part))
}

#[wasm_bindgen_test]
async fn every_unit_is_drawn_with_its_holder() {
    let root = mount("#year=1939").await;
    let shapes = root.query_selector_all("[data-unit]").unwrap();
    assert_eq!(shapes.length() as usize, real_atlas().units().len());
    let cases = [
        ("kunashir", "japan"),
        ("manchuria", "manchukuo"),
        ("sakhalin-north", "soviet-union"),
        ("outer-mongolia", "mongolia"),
    ];
    for (unit, expected) in cases {
        assert_eq!(holder(&root, unit), expected, "{unit} in 1939");
    }
}

#[wasm_bindgen_test]
async fn the_slider_recolours_the_map_on_input() {
    let root = mount("#year=1939").await;
    slide_to(&root, 1946).await;
    assert_eq!(holder(&root, "kunashir"), "soviet-union");
    assert_eq!(holder(&root, "korea-south"), "united-states");
    slide_to(&root, 1860).await;
    assert_eq!(holder(&root, "sakhalin-south"), "joint-russia-japan");
    assert_eq!(root.query_selector(".year-display").unwrap().unwrap().text_content().unwrap(), "1860");
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_the_unit_s_history() {
    let root = mount("#year=1946&unit=kunashir").await;
    assert_eq!(slider(&root).value(), "1946");
    let panel = region(&root, "history").expect("the history panel is open");
    let text = panel.text_content().unwrap();
    for expected in ["Kunashir", "国後島", "Кунашир", "Soviet Union", "Treaty of Shimoda", "Claims"] {
        assert!(text.contains(expected), "the history lacks {expected}");
    }
}

#[wasm_bindgen_test]
async fn hostile_hashes_open_at_the_default() {
    for hash in ["#year=abc", "#year=99999", "#unit=atlantis", "#year=<img src=x onerror=alert(1)>"] {
        let root = mount(hash).await;
        assert_eq!(slider(&root).value(), DEFAULT_YEAR.to_string(), "{hash}");
        assert!(region(&root, "history").is_none(), "{hash} opened a history");
    }
}

#[wasm_bindgen_test]
async fn clicking_a_unit_opens_its_history() {
    let root = mount("#year=1905").await;
    let shape = root.query_selector("[data-unit=\"sakhalin-south\"]").unwrap().unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    shape.dispatch_event(&web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    let panel = region(&root, "history").expect("the click opened the history");
    assert!(panel.text_content().unwrap().contains("Treaty of Portsmouth"));
}

#[wasm_bindgen_test]
async fn focusing_an_event_highlights_its_units() {
    let root = mount("#year=1938").await;
    let events = region(&root, "Events").expect("the events region");
    assert!(events.text_content().unwrap().contains("Lake Khasan"));
    let item = events.query_selector("[data-event=\"1938-battle-of-lake-khasan\"] .event-title").unwrap().unwrap();
    let init = web_sys::FocusEventInit::new();
    init.set_bubbles(true);
    item.dispatch_event(&web_sys::FocusEvent::new_with_focus_event_init_dict("focusin", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".unit.highlighted").unwrap().is_some(), "no unit highlighted");
}

#[wasm_bindgen_test]
async fn sites_and_lines_follow_the_year() {
    let root = mount("#year=1939").await;
    assert!(root.query_selector("[data-site=\"khalkhin-gol\"]").unwrap().is_some());
    assert!(root.query_selector("[data-line=\"sakhalin-50n\"]").unwrap().is_some());
    slide_to(&root, 1950).await;
    assert!(root.query_selector("[data-site=\"khalkhin-gol\"]").unwrap().is_none());
    assert!(root.query_selector("[data-line=\"sakhalin-50n\"]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_japanese_reader_s_history_names_everything_in_japanese() {
    let root = mount("#year=1946&unit=kunashir&lang=ja").await;
    let panel = region(&root, "history").expect("the history panel is open");
    let heading = panel.query_selector("h2").unwrap().unwrap().text_content().unwrap();
    assert!(heading.starts_with("国後島"), "the heading is {heading}");
    let text = panel.text_content().unwrap();
    // Polities and treaties in Japanese, with the English and Russian names beside the unit's and the treaty's.
    for expected in ["ソビエト連邦", "日露和親条約", "Kunashir", "Кунашир", "1946年末の支配：ソビエト連邦。"]
    {
        assert!(text.contains(expected), "the history lacks {expected}");
    }
    for english in ["Treaties", "held by", "Sources:"] {
        assert!(!text.contains(english), "the Japanese history still says {english}");
    }
    let period = panel.query_selector(".period-dates[title]").unwrap().expect("a period's button");
    assert_eq!(period.get_attribute("title").as_deref(), Some("この年を地図に表示"));
    // The record's own texts stay English, and say so.
    assert!(panel.query_selector("p[lang=en]").unwrap().is_some(), "no record text is marked as English");
    let events = region(&root, "Events").expect("the events region keeps its English word");
    assert!(events.get_attribute("aria-label").unwrap_or_default().starts_with("1946年の出来事"));
}

fn click(element: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    element.dispatch_event(&web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_site_marker_opens_its_event_with_a_dated_caption() {
    let root = mount("#year=1939").await;
    let circle = root.query_selector("[data-site=\"khalkhin-gol\"] circle").unwrap().expect("the 1939 pin");
    click(&circle);
    yew::scheduler::flush().await;
    let caption = root.query_selector(".map-caption").unwrap().expect("a caption for the event gone to");
    let text = caption.text_content().unwrap_or_default();
    assert!(text.contains("1939") && text.contains("Khalkhin Gol"), "{text}");
}

#[wasm_bindgen_test]
async fn the_map_is_one_tab_stop() {
    let root = mount("#year=1945&unit=kunashir").await;
    let stops = root.query_selector_all("svg [tabindex=\"0\"]").unwrap();
    assert_eq!(stops.length(), 1, "one shape or pin in the tab order");
    let stop: Element = stops.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(stop.get_attribute("data-unit").as_deref(), Some("kunashir"), "the selected unit");
}
