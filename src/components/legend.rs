use std::rc::Rc;

use atlas_core::date::DayNumber;
use atlas_core::i18n::{moment_label, text, Text};
use atlas_core::scene::MapLayers;
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
    pub lang: Lang,
}

/// The id of the legend's heading, which names the moment the map shows
/// and so describes the map to screen readers.
pub const LEGEND_HEADING_ID: &str = "legend-heading";

/// The polities on the map at the moment shown, with their colours, and the
/// lines in force, under the year.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="legend" aria-label={text(lang, Text::Legend)}>
            <h2 id={LEGEND_HEADING_ID}>{ moment_label(lang, props.year, props.day) }</h2>
            <LegendItems data={props.data.clone()} layers={props.layers.clone()} lang={lang} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LegendItemsProps {
    data: Shared<Loaded>,
    /// Compared by value: the list is rebuilt only when the map's colours change.
    layers: Rc<MapLayers>,
    lang: Lang,
}

#[function_component(LegendItems)]
fn legend_items(props: &LegendItemsProps) -> Html {
    let atlas = &props.data.atlas;
    let lang = props.lang;
    let items =
        props.layers.legend(atlas.polities().len()).into_iter().filter_map(|i| atlas.polities().get(i)).map(|p| {
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
                <span class="swatch line" aria-hidden="true"></span>
                { l.name.clone() }
            </li>
        }
    });
    let claims = props.layers.claimants.iter().any(|c| !c.is_empty());
    html! {
            <ul>
                { for items }
                { for lines }
                if claims {
                    <li class="legend-hatch"><span class="swatch hatch" aria-hidden="true"></span>{ format!("{} …", text(lang, Text::ClaimedBy)) }</li>
                }
                <li class="legend-context"><span class="swatch context" aria-hidden="true"></span>{ text(lang, Text::ContextLand) }</li>
            </ul>
    }
}
