use std::rc::Rc;

use atlas_core::compare::Change;
use atlas_core::date::DayNumber;
use atlas_core::i18n::{hatched_claimed_by, moment_label, site_kind_name, text, Text};
use atlas_core::scene::{site_kinds_shown, MapLayers, YearMarks};
use atlas_core::search::name_in;
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
    let count = atlas.polities().len();
    let items = props.layers.legend(count).into_iter().filter_map(|i| atlas.polities().get(i)).map(|p| {
        html! {
            <li key={p.id.clone()} data-polity={p.id.clone()} title={p.description.clone()}>
                <span class="swatch" style={format!("background:{}", p.colour)} aria-hidden="true"></span>
                { name_in(&p.names, lang).to_string() }
            </li>
        }
    });
    let lines = props.layers.lines.iter().filter_map(|i| atlas.lines().get(*i)).map(|l| {
        html! {
            <li key={l.id.clone()} data-legend-line={l.id.clone()} title={l.description.clone()}>
                <svg class="legend-line" width="24" height="8" viewBox="0 0 24 8" aria-hidden="true">
                    <line class="border-line" x1="0" y1="4" x2="24" y2="4" />
                </svg>
                { l.name.clone() }
            </li>
        }
    });
    let sites = site_kinds_shown(atlas, &props.marks.sites).into_iter().map(|kind| {
        html! {
            <li key={kind.as_str()} data-legend-site={kind.as_str()}>
                <svg class={classes!("legend-symbol", format!("site-{}", kind.as_str()))} width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                    <circle r="4.5" />
                </svg>
                { site_kind_name(lang, kind) }
            </li>
        }
    });
    let claimants = props.layers.claimants_shown(count).into_iter().filter_map(|i| atlas.polities().get(i)).map(|p| {
        html! {
            <li key={format!("claim-{}", p.id)} class="legend-hatch" data-legend-claimant={p.id.clone()}>
                <span class="swatch hatch" style={format!("--hatch:{}", p.colour)} aria-hidden="true"></span>
                { hatched_claimed_by(lang, name_in(&p.names, lang)) }
            </li>
        }
    });
    // While comparing, the two outlines, each only if some unit bears it.
    let outlines = [(Change::ChangedHands, Text::ChangedHands), (Change::RegimeChanged, Text::RegimeChanged)]
        .into_iter()
        .filter(|(kind, _)| props.layers.changes.contains(kind))
        .map(|(kind, label)| {
            html! {
                <li key={format!("outline-{}", kind.as_str())} data-legend-outline={kind.as_str()}>
                    <span class={classes!("outline-key", format!("outline-{}", kind.as_str()))} aria-hidden="true"></span>
                    { text(lang, label) }
                </li>
            }
        });
    html! {
        <ul id={LEGEND_ITEMS_ID} hidden={props.hidden}>
            { for outlines }
            { for items }
            { for claimants }
            { for lines }
            { for sites }
            <li class="legend-context"><span class="swatch context" aria-hidden="true"></span>{ text(lang, Text::ContextLand) }</li>
        </ul>
    }
}
