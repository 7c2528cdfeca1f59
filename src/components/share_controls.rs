use std::cell::RefCell;
use std::rc::Rc;

use atlas_core::date::DayNumber;
use atlas_core::export::{export_svg, export_units_per_px, ExportScene};
use atlas_core::i18n::{moment_label, text, Text};
use atlas_core::key::{key_row_text, key_rows, KeyRow};
use atlas_core::labels::plan_within;
use atlas_core::scene::{MapLayers, YearMarks};
use atlas_core::settings::Lang;
use atlas_core::viewport::Viewport;
use yew::prelude::*;

use crate::browser::{copy_to_clipboard, download_png_from_svg, download_text, page_url};
use crate::shared::{Loaded, Shared};

/// The moment the map shows, as the exports need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    pub year: i32,
    /// The precise day shown, if not the end of the year.
    pub day: Option<DayNumber>,
    pub layers: Rc<MapLayers>,
    pub marks: Rc<YearMarks>,
    /// The part of the map in view, which the export shows.
    pub viewport: Viewport,
    /// The unit selected, which the export outlines.
    pub selected: Option<usize>,
}

#[derive(Properties, PartialEq)]
pub struct ShareControlsProps {
    pub data: Shared<Loaded>,
    /// Read when a button is pressed. The owner keeps it current in an
    /// effect; shared by pointer, so a year step does not re-render the
    /// buttons or rebuild their handlers.
    pub moment: Shared<RefCell<Moment>>,
    pub lang: Lang,
}

/// "Copy link", and exports of the map as the reader sees it (SVG and
/// PNG) with the whole key, the date and the attribution.
#[function_component(ShareControls)]
pub fn share_controls(props: &ShareControlsProps) -> Html {
    let status = use_state(String::new);
    let lang = props.lang;
    let copy = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let url = page_url();
            wasm_bindgen_futures::spawn_local(async move {
                match copy_to_clipboard(&url).await {
                    Ok(()) => status.set(text(lang, Text::LinkCopied).to_string()),
                    // Without clipboard access, show the link so it can be copied by hand.
                    Err(()) => status.set(url),
                }
            });
        })
    };
    let make_svg = {
        let data = props.data.clone();
        let moment = props.moment.clone();
        move || {
            let Moment { year, day, layers, marks, viewport, selected } = moment.borrow().clone();
            let atlas = &data.atlas;
            // The names as the map places them, for the image's own pixels.
            let v = viewport;
            let labels = plan_within(
                atlas,
                &data.map,
                &marks,
                lang,
                v.zoom(),
                export_units_per_px(v),
                &marks.sites,
                [v.x, v.y, v.x + v.width, v.y + v.height],
                &[],
            );
            let key: Vec<(KeyRow, String)> = key_rows(atlas, &layers, &marks.sites)
                .into_iter()
                .map(|row| (row, key_row_text(atlas, row, lang)))
                .collect();
            let when = moment_label(lang, year, day);
            let title = format!("{} — {when}", text(lang, Text::Title));
            let attribution = text(lang, Text::ExportAttribution);
            let scene = ExportScene {
                layers: &layers,
                view: viewport,
                selected,
                sites: &marks.sites,
                labels: &labels,
                title: &title,
                key: &key,
                attribution,
                lang,
            };
            export_svg(atlas, &data.map, &scene)
        }
    };
    let file = {
        let moment = props.moment.clone();
        move || format!("frontier-atlas-{}", moment.borrow().year)
    };
    let export_svg_click = {
        let (make_svg, file) = (make_svg.clone(), file.clone());
        Callback::from(move |_: MouseEvent| download_text(&format!("{}.svg", file()), "image/svg+xml", &make_svg()))
    };
    let export_png_click =
        Callback::from(move |_: MouseEvent| download_png_from_svg(&format!("{}.png", file()), &make_svg()));
    html! {
        <div class="share-controls" role="group" aria-label={text(lang, Text::Share)}>
            <button type="button" onclick={copy}>{ text(lang, Text::CopyLink) }</button>
            <button type="button" onclick={export_svg_click}>{ text(lang, Text::ExportSvg) }</button>
            <button type="button" onclick={export_png_click}>{ text(lang, Text::ExportPng) }</button>
            <p class="share-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
