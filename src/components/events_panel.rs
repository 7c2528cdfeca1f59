use yew::prelude::*;

use atlas_core::i18n::{events_of, text, Text};
use atlas_core::search::name_in;
use atlas_core::settings::Lang;

use crate::components::{DisagreementNote, Dispatch, SourceRefs};
use crate::shared::{Loaded, Shared};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct EventsPanelProps {
    pub data: Shared<Loaded>,
    pub year: i32,
    /// The event kept highlighted, by position in `Atlas::events`.
    pub pinned: Option<usize>,
    /// The event the reader is on (see `AtlasState::current_event`).
    pub current: Option<usize>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// A callback that dispatches the same action whatever the event.
fn send<E: 'static>(dispatch: &Dispatch, action: Action) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: E| dispatch.dispatch(action.clone()))
}

/// The selected year's events. Hovering or focusing one highlights its
/// units and sites on the map; its button keeps the highlight. The current
/// event carries `aria-current` and is scrolled into view (an effect, once
/// the list shows its year), without taking the focus from the button the
/// reader pressed.
#[function_component(EventsPanel)]
pub fn events_panel(props: &EventsPanelProps) -> Html {
    let atlas = &props.data.atlas;
    let year = props.year;
    let list = use_node_ref();
    {
        let list = list.clone();
        use_effect_with((props.current, year), move |(current, _)| {
            if current.is_some() {
                let item =
                    list.cast::<web_sys::Element>().and_then(|l| l.query_selector("[aria-current]").ok().flatten());
                if let Some(item) = item {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    item.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    let lang = props.lang;
    // Event texts are written in English; say so to screen readers in other
    // languages. Only on the record's texts: the words around them and the
    // territories' names are in the reader's language.
    let text_lang = (lang != Lang::En).then_some("en");
    let items: Vec<Html> = atlas
        .events()
        .iter()
        .enumerate()
        .filter(|(_, e)| e.in_year(year))
        .map(|(i, event)| {
            let dispatch = props.dispatch.clone();
            let hover = send::<MouseEvent>(&dispatch, Action::HoverEvent(Some(i)));
            let unhover = send::<MouseEvent>(&dispatch, Action::HoverEvent(None));
            let focus = send::<FocusEvent>(&dispatch, Action::HoverEvent(Some(i)));
            let blur = send::<FocusEvent>(&dispatch, Action::HoverEvent(None));
            let pin = send::<MouseEvent>(&dispatch, Action::TogglePin(i));
            let pinned = props.pinned == Some(i);
            let current = props.current == Some(i);
            let mut dates = match &event.end {
                Some(end) => format!("{} – {}", event.date, end),
                None => event.date.to_string(),
            };
            if let Some(old) = &event.old_style {
                dates.push_str(&format!(" ({})", old));
            }
            let places = event.units.iter().filter_map(|u| {
                let index = atlas.units().iter().position(|x| &x.id == u)?;
                let unit = &atlas.units()[index];
                let open = send::<MouseEvent>(&dispatch, Action::Select(Some(index)));
                Some(html! { <button type="button" class="unit-link" onclick={open}>{ name_in(&unit.names, lang).to_string() }</button> })
            });
            html! {
                <li key={event.id.clone()} class={classes!("event", pinned.then_some("pinned"), current.then_some("current"))} data-event={event.id.clone()}
                    aria-current={current.then_some("true")}
                    onmouseenter={hover} onmouseleave={unhover} onfocusin={focus} onfocusout={blur}>
                    <button type="button" class="event-title" lang={text_lang} aria-pressed={if pinned { "true" } else { "false" }} onclick={pin}>
                        <time>{ dates }</time>
                        <strong>{ event.title.clone() }</strong>
                    </button>
                    <p lang={text_lang}>{ event.summary.clone() }</p>
                    if let Some(note) = &event.note {
                        <p class="note" lang={text_lang}>{ note.clone() }</p>
                    }
                    if let Some(d) = &event.disagreement {
                        <DisagreementNote data={props.data.clone()} disagreement={d.clone()} lang={lang} />
                    }
                    if !event.units.is_empty() {
                        <p class="event-units">{ format!("{} ", text(lang, Text::OpenHistoryOf)) }{ for places }</p>
                    }
                    <SourceRefs data={props.data.clone()} ids={event.sources.clone()} lang={lang} />
                </li>
            }
        })
        .collect();
    let count = items.len();
    let title = events_of(lang, year);
    html! {
        <section class="events" role="region" aria-label={title.clone()} ref={list}>
            <h2>{ title }<span class="count">{ format!(" ({count})") }</span></h2>
            if items.is_empty() {
                <p class="empty">{ text(lang, Text::NoEvents) }</p>
            } else {
                <ol class="event-list">{ for items }</ol>
            }
        </section>
    }
}
