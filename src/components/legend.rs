use std::rc::Rc;

use atlas_core::date::DayNumber;
use atlas_core::i18n::{moment_label, text, Text};
use atlas_core::key::{key_row_text, key_rows, KeyRow};
use atlas_core::scene::{MapLayers, YearMarks};
use atlas_core::settings::Lang;
use yew::prelude::*;

use crate::shared::{Loaded, Shared};

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub data: Shared<Loaded>,
    pub year: i32,
    /// The precise day shown, if not the end of the year.
    pub day: Option<DayNumber>,
    pub layers: Rc<MapLayers>,
    /// The year's pins, for the rows of the site symbols.
    pub marks: Rc<YearMarks>,
    pub lang: Lang,
}

/// The id of the legend's heading, which names the moment the map shows
/// and so describes the map to screen readers.
pub const LEGEND_HEADING_ID: &str = "legend-heading";

/// The id of the legend's rows, which its button shows and hides.
const LEGEND_ITEMS_ID: &str = "legend-items";

/// The key over the map's corner: the moment, the polities on the map at
/// it with their colours, the lines in force, the kinds of site pinned and,
/// in the claims view, one row per claimant hatched. A button folds the
/// rows away (the heading stays, since it describes the map).
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| true);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let label = text(lang, if *open { Text::HideLegend } else { Text::ShowLegend });
    html! {
        <section class={classes!("legend", (!*open).then_some("collapsed"))} aria-label={text(lang, Text::Legend)}>
            <div class="legend-head">
                <h2 id={LEGEND_HEADING_ID}>{ moment_label(lang, props.year, props.day) }</h2>
                <button type="button" class="legend-toggle" onclick={toggle} aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls={LEGEND_ITEMS_ID} aria-label={label} title={label}>
                    { if *open { "▾" } else { "▸" } }
                </button>
            </div>
            <LegendItems data={props.data.clone()} layers={props.layers.clone()} marks={props.marks.clone()} lang={lang} hidden={!*open} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LegendItemsProps {
    data: Shared<Loaded>,
    /// Compared by value: the list is rebuilt only when the map's colours change.
    layers: Rc<MapLayers>,
    marks: Rc<YearMarks>,
    lang: Lang,
    hidden: bool,
}

#[function_component(LegendItems)]
fn legend_items(props: &LegendItemsProps) -> Html {
    let atlas = &props.data.atlas;
    let lang = props.lang;
    let rows = key_rows(atlas, &props.layers, &props.marks.sites).into_iter().map(|row| {
        let words = key_row_text(atlas, row, lang);
        match row {
            KeyRow::Outline(kind) => html! {
                <li key={format!("outline-{}", kind.as_str())} data-legend-outline={kind.as_str()}>
                    <span class={classes!("outline-key", format!("outline-{}", kind.as_str()))} aria-hidden="true"></span>
                    { words }
                </li>
            },
            KeyRow::Polity(i) => {
                let (id, colour, description) =
                    atlas.polities().get(i).map(|p| (p.id.clone(), p.colour.to_string(), p.description.clone())).unwrap_or_default();
                html! {
                    <li key={id.clone()} data-polity={id} title={description}>
                        <span class="swatch" style={format!("background:{colour}")} aria-hidden="true"></span>
                        { words }
                    </li>
                }
            }
            KeyRow::Claimant(i) => {
                let (id, colour) = atlas.polities().get(i).map(|p| (p.id.clone(), p.colour.to_string())).unwrap_or_default();
                html! {
                    <li key={format!("claim-{id}")} class="legend-hatch" data-legend-claimant={id}>
                        <span class="swatch hatch" style={format!("--hatch:{colour}")} aria-hidden="true"></span>
                        { words }
                    </li>
                }
            }
            KeyRow::Line(i) => {
                let (id, description) = atlas.lines().get(i).map(|l| (l.id.clone(), l.description.clone())).unwrap_or_default();
                html! {
                    <li key={id.clone()} data-legend-line={id.clone()} title={description}>
                        <svg class="legend-line" width="24" height="8" viewBox="0 0 24 8" aria-hidden="true">
                            <line class="border-line" data-line={id} x1="0" y1="4" x2="24" y2="4" />
                        </svg>
                        { words }
                    </li>
                }
            }
            KeyRow::Site(kind) => html! {
                <li key={kind.as_str()} data-legend-site={kind.as_str()}>
                    <svg class={classes!("legend-symbol", format!("site-{}", kind.as_str()))} width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                        <circle r="4.5" />
                    </svg>
                    { words }
                </li>
            },
            KeyRow::Context => html! {
                <li key="context" class="legend-context"><span class="swatch context" aria-hidden="true"></span>{ words }</li>
            },
        }
    });
    html! {
        <ul id={LEGEND_ITEMS_ID} hidden={props.hidden}>
            { for rows }
        </ul>
    }
}
