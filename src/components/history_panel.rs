use atlas_core::date::{day_number, DayNumber, HistDate};
use atlas_core::query::end_of_year;
use yew::prelude::*;

use atlas_core::i18n::{text, Text};
use atlas_core::search::name_in;
use atlas_core::settings::Lang;

use crate::components::{DisagreementNote, Dispatch, SourceRefs};
use crate::shared::{Loaded, Shared};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    pub data: Shared<Loaded>,
    /// The unit, by position in `Atlas::units`.
    pub unit: usize,
    pub year: i32,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

fn span(from: &HistDate, to: Option<&HistDate>) -> String {
    match to {
        Some(to) => format!("{from} – {to}"),
        None => format!("since {from}"),
    }
}

/// A unit's claim history: names, who held it when (as a timeline and a
/// list), who claims it and on what basis, the treaties and events that
/// changed it, and the sources of all of it.
#[function_component(HistoryPanel)]
pub fn history_panel(props: &HistoryPanelProps) -> Html {
    let atlas = &props.data.atlas;
    let Some(unit) = atlas.units().get(props.unit) else {
        return html! {};
    };
    let dispatch = props.dispatch.clone();
    let year = props.year;
    let lang = props.lang;
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(None)))
    };
    let go_to = |y: i32| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetYear(y)))
    };

    // The timeline spans 1850 to the end of the slider's range.
    let start: DayNumber = day_number(1850, 1, 1);
    let end: DayNumber = end_of_year(year.max(2026));
    let width = (end - start) as f64;
    let bars = unit.control.iter().map(|p| {
        let a = (p.from.first_day() - start) as f64 / width * 100.0;
        let b = p.to.as_ref().map_or(end, |t| t.first_day());
        let w = ((b - p.from.first_day()) as f64 / width * 100.0).max(0.15);
        let polity = atlas.polity(&p.holder);
        let colour = polity.map_or("#ccc".to_string(), |x| x.colour.to_string());
        let name = polity.map_or(p.holder.clone(), |x| x.names.en.clone());
        html! {
            <rect x={format!("{a:.3}")} y="0" width={format!("{w:.3}")} height="14" fill={colour} onclick={go_to(p.from.year)}>
                <title>{ format!("{}: {}", span(&p.from, p.to.as_ref()), name) }</title>
            </rect>
        }
    });
    let marker = (end_of_year(year) - start) as f64 / width * 100.0;
    let holder_now = atlas.holder_at_end_of(unit, year).map(|p| p.names.en.clone()).unwrap_or_default();
    let name_then = atlas.unit_name_in(unit, year);
    let name_today = atlas.unit_name_in(unit, year.max(2026));

    let periods = unit.control.iter().map(|p| {
        let polity = atlas.polity(&p.holder);
        let colour = polity.map_or("#ccc".to_string(), |x| x.colour.to_string());
        let current = atlas.control_on(unit, end_of_year(year)).is_some_and(|c| std::ptr::eq(c, p));
        let treaty = p.treaty.as_deref().and_then(|t| atlas.treaty(t));
        html! {
            <li class={classes!("period", current.then_some("current"))}>
                <button type="button" class="period-dates" onclick={go_to(p.from.year)} title="Show this year on the map">{ span(&p.from, p.to.as_ref()) }</button>
                <span class="swatch" style={format!("background:{colour}")} aria-hidden="true"></span>
                <strong>{ polity.map_or(p.holder.clone(), |x| x.names.en.clone()) }</strong>
                <p>{ p.basis.clone() }</p>
                if let Some(t) = treaty {
                    <p class="treaty-ref">{ format!("By: {} ({})", t.names.en, t.signed) }</p>
                }
                if let Some(old) = &p.old_style {
                    <p class="note">{ format!("Began {} ({}).", p.from, old) }</p>
                }
                if let Some(note) = &p.note {
                    <p class="note">{ note.clone() }</p>
                }
                if let Some(d) = &p.disagreement {
                    <DisagreementNote data={props.data.clone()} disagreement={d.clone()} />
                }
                <SourceRefs data={props.data.clone()} ids={p.sources.clone()} />
            </li>
        }
    });
    let claims = unit.claims.iter().map(|c| {
        let polity = atlas.polity(&c.claimant);
        html! {
            <li class="claim">
                <strong>{ polity.map_or(c.claimant.clone(), |x| x.names.en.clone()) }</strong>
                { " " }<span class="claim-dates">{ span(&c.from, c.to.as_ref()) }</span>
                <p>{ c.basis.clone() }</p>
                <SourceRefs data={props.data.clone()} ids={c.sources.clone()} />
            </li>
        }
    });
    let treaties = atlas.treaties_for_unit(&unit.id).into_iter().map(|t| {
        html! {
            <li>
                <button type="button" class="period-dates" onclick={go_to(t.signed.year)}>{ t.signed.to_string() }</button>
                { " " }<strong>{ t.names.en.clone() }</strong>
                if let Some(ja) = &t.names.ja { { format!(" ({ja})") } }
                <p>{ t.summary.clone() }</p>
                <SourceRefs data={props.data.clone()} ids={t.sources.clone()} />
            </li>
        }
    });
    let events = atlas.events_for_unit(&unit.id).map(|e| {
        html! {
            <li>
                <button type="button" class="period-dates" onclick={go_to(e.date.year)}>{ e.date.to_string() }</button>
                { " " }{ e.title.clone() }
            </li>
        }
    });

    let mut cited: Vec<&str> = unit
        .control
        .iter()
        .flat_map(|p| p.sources.iter())
        .chain(unit.claims.iter().flat_map(|c| c.sources.iter()))
        .map(String::as_str)
        .collect();
    cited.sort_unstable();
    cited.dedup();
    let bibliography = cited.into_iter().filter_map(|id| atlas.source(id)).map(|s| {
        html! {
            <li>
                <span class="source-id">{ s.id.clone() }</span>{ " " }
                if let Some(url) = &s.url {
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ s.title.clone() }</a>
                } else {
                    { s.title.clone() }
                }
            </li>
        }
    });

    html! {
        <section class="history" role="region" aria-label={format!("{}: {}", text(lang, Text::History), name_in(&unit.names, lang))}>
            <header>
                <h2>{ unit.names.en.clone() }</h2>
                <button type="button" class="close" onclick={close} aria-label={text(lang, Text::Close)} title={text(lang, Text::Close)}>{ "×" }</button>
            </header>
            <p class="other-names">
                if let Some(ja) = &unit.names.ja { <span lang="ja">{ ja.clone() }</span> }
                if let Some(ru) = &unit.names.ru { { " · " }<span lang="ru">{ ru.clone() }</span> }
            </p>
            if name_then != name_today {
                <p class="name-then">
                    { format!("Name at the end of {year}: ") }<strong>{ name_then.en.clone() }</strong>
                    if let Some(ja) = &name_then.ja { { " · " }<span lang="ja">{ ja.clone() }</span> }
                    if let Some(ru) = &name_then.ru { { " · " }<span lang="ru">{ ru.clone() }</span> }
                    { format!(" — today: {}", name_today.en) }
                </p>
            }
            <p class="unit-description">{ unit.description.clone() }</p>
            <p class="held-now">{ format!("At the end of {year}: held by {holder_now}.") }</p>
            <svg class="timeline" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Control timeline, 1850 to today">
                { for bars }
                <line class="timeline-marker" x1={format!("{marker:.3}")} x2={format!("{marker:.3}")} y1="0" y2="14" />
            </svg>
            <h3>{ text(lang, Text::Control) }</h3>
            <ol class="periods">{ for periods }</ol>
            <h3>{ text(lang, Text::Claims) }</h3>
            <ul class="claims">{ for claims }</ul>
            <h3>{ "Treaties" }</h3>
            <ul class="treaties">{ for treaties }</ul>
            <h3>{ text(lang, Text::Events) }</h3>
            <ul class="unit-events">{ for events }</ul>
            <h3>{ text(lang, Text::Sources) }</h3>
            <ul class="bibliography">{ for bibliography }</ul>
        </section>
    }
}
