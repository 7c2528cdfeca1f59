use atlas_core::colour::NO_HOLDER;
use atlas_core::date::{day_number, DayNumber, HistDate};
use atlas_core::query::end_of_year;
use yew::prelude::*;

use atlas_core::i18n::{began, held_at_end_of, name_at_end_of, name_today, since, text, Text};
use atlas_core::model::Names;
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

fn span(lang: Lang, from: &HistDate, to: Option<&HistDate>) -> String {
    match to {
        Some(to) => format!("{from} – {to}"),
        None => since(lang, from),
    }
}

/// A record's names in the languages other than the reader's, for readers
/// who know it by another: the name shown in the reader's language (or its
/// English fallback) is not repeated, nor is a fallback listed twice.
fn names_besides(names: &Names, lang: Lang) -> Vec<(Lang, &str)> {
    let shown = name_in(names, lang);
    let mut others: Vec<(Lang, &str)> = Vec::new();
    for other in Lang::ALL.iter().copied().filter(|l| *l != lang) {
        let name = name_in(names, other);
        if name != shown && others.iter().all(|(_, listed)| *listed != name) {
            others.push((other, name));
        }
    }
    others
}

/// Names in other languages, each marked with its language, between `·`.
fn other_names(names: &Names, lang: Lang) -> Html {
    let names = names_besides(names, lang).into_iter().enumerate().map(|(i, (other, name))| {
        html! {
            <>
                if i > 0 { { " · " } }
                <span lang={other.as_str()}>{ name.to_string() }</span>
            </>
        }
    });
    html! { <>{ for names }</> }
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
        let colour = polity.map_or(NO_HOLDER, |x| x.colour).to_string();
        let name = polity.map_or(p.holder.as_str(), |x| name_in(&x.names, lang));
        html! {
            <rect x={format!("{a:.3}")} y="0" width={format!("{w:.3}")} height="14" fill={colour} onclick={go_to(p.from.year)}>
                <title>{ format!("{}: {}", span(lang, &p.from, p.to.as_ref()), name) }</title>
            </rect>
        }
    });
    let marker = (end_of_year(year) - start) as f64 / width * 100.0;
    let holder_now = atlas.holder_at_end_of(unit, year).map(|p| name_in(&p.names, lang)).unwrap_or_default();
    // The record's texts (bases, notes, summaries, titles) are in English.
    let text_lang = (lang != Lang::En).then_some("en");
    let names_then = atlas.unit_name_in(unit, year);
    let names_today = atlas.unit_name_in(unit, year.max(2026));

    let periods = unit.control.iter().map(|p| {
        let polity = atlas.polity(&p.holder);
        let colour = polity.map_or(NO_HOLDER, |x| x.colour).to_string();
        let current = atlas.control_on(unit, end_of_year(year)).is_some_and(|c| std::ptr::eq(c, p));
        let treaty = p.treaty.as_deref().and_then(|t| atlas.treaty(t));
        html! {
            <li class={classes!("period", current.then_some("current"))}>
                <button type="button" class="period-dates" onclick={go_to(p.from.year)} title={text(lang, Text::ShowYearOnMap)}>{ span(lang, &p.from, p.to.as_ref()) }</button>
                <span class="swatch" style={format!("background:{colour}")} aria-hidden="true"></span>
                <strong>{ polity.map_or(p.holder.as_str(), |x| name_in(&x.names, lang)).to_string() }</strong>
                <p lang={text_lang}>{ p.basis.clone() }</p>
                if let Some(t) = treaty {
                    <p class="treaty-ref">{ format!("{} {} ({})", text(lang, Text::ByTreaty), name_in(&t.names, lang), t.signed) }</p>
                }
                if let Some(old) = &p.old_style {
                    <p class="note">{ began(lang, &p.from, &old.to_string()) }</p>
                }
                if let Some(note) = &p.note {
                    <p class="note" lang={text_lang}>{ note.clone() }</p>
                }
                if let Some(d) = &p.disagreement {
                    <DisagreementNote data={props.data.clone()} disagreement={d.clone()} lang={lang} />
                }
                <SourceRefs data={props.data.clone()} ids={p.sources.clone()} lang={lang} />
            </li>
        }
    });
    let claims = unit.claims.iter().map(|c| {
        let polity = atlas.polity(&c.claimant);
        html! {
            <li class="claim">
                <strong>{ polity.map_or(c.claimant.as_str(), |x| name_in(&x.names, lang)).to_string() }</strong>
                { " " }<span class="claim-dates">{ span(lang, &c.from, c.to.as_ref()) }</span>
                <p lang={text_lang}>{ c.basis.clone() }</p>
                <SourceRefs data={props.data.clone()} ids={c.sources.clone()} lang={lang} />
            </li>
        }
    });
    let treaties = atlas.treaties_for_unit(&unit.id).into_iter().map(|t| {
        let known_as = !names_besides(&t.names, lang).is_empty();
        html! {
            <li>
                <button type="button" class="period-dates" onclick={go_to(t.signed.year)}>{ t.signed.to_string() }</button>
                { " " }<strong>{ name_in(&t.names, lang).to_string() }</strong>
                if known_as { { " (" }{ other_names(&t.names, lang) }{ ")" } }
                <p lang={text_lang}>{ t.summary.clone() }</p>
                <SourceRefs data={props.data.clone()} ids={t.sources.clone()} lang={lang} />
            </li>
        }
    });
    let events = atlas.events_for_unit(&unit.id).map(|e| {
        html! {
            <li>
                <button type="button" class="period-dates" onclick={go_to(e.date.year)}>{ e.date.to_string() }</button>
                { " " }<span lang={text_lang}>{ e.title.clone() }</span>
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
                <h2>{ name_in(&unit.names, lang).to_string() }</h2>
                <button type="button" class="close" onclick={close} aria-label={text(lang, Text::Close)} title={text(lang, Text::Close)}>{ "×" }</button>
            </header>
            <p class="other-names">{ other_names(&unit.names, lang) }</p>
            if names_then != names_today {
                <p class="name-then">
                    { name_at_end_of(lang, year) }<strong>{ name_in(names_then, lang).to_string() }</strong>
                    if !names_besides(names_then, lang).is_empty() { { " · " }{ other_names(names_then, lang) } }
                    { name_today(lang, name_in(names_today, lang)) }
                </p>
            }
            <p class="unit-description" lang={text_lang}>{ unit.description.clone() }</p>
            <p class="held-now">{ held_at_end_of(lang, year, holder_now) }</p>
            <svg class="timeline" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label={text(lang, Text::ControlTimeline)}>
                { for bars }
                <line class="timeline-marker" x1={format!("{marker:.3}")} x2={format!("{marker:.3}")} y1="0" y2="14" />
            </svg>
            <h3>{ text(lang, Text::Control) }</h3>
            <ol class="periods">{ for periods }</ol>
            <h3>{ text(lang, Text::Claims) }</h3>
            <ul class="claims">{ for claims }</ul>
            <h3>{ text(lang, Text::Treaties) }</h3>
            <ul class="treaties">{ for treaties }</ul>
            <h3>{ text(lang, Text::Events) }</h3>
            <ul class="unit-events">{ for events }</ul>
            <h3>{ text(lang, Text::Sources) }</h3>
            <ul class="bibliography">{ for bibliography }</ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(en: &str, ja: Option<&str>, ru: Option<&str>) -> Names {
        Names { en: en.to_string(), ja: ja.map(str::to_string), ru: ru.map(str::to_string) }
    }

    /// The names expected besides the one shown, in order.
    type Besides = &'static [(Lang, &'static str)];

    #[test]
    fn the_other_names_are_those_the_reader_does_not_see_already() {
        let kunashir = names("Kunashir", Some("国後島"), Some("Кунашир"));
        let only_english = names("Kwantung", None, None);
        let no_japanese = names("Lower Amur", None, Some("Нижний Амур"));
        let cases: [(&Names, Lang, Besides); 7] = [
            (&kunashir, Lang::En, &[(Lang::Ja, "国後島"), (Lang::Ru, "Кунашир")]),
            (&kunashir, Lang::Ja, &[(Lang::En, "Kunashir"), (Lang::Ru, "Кунашир")]),
            (&kunashir, Lang::Ru, &[(Lang::En, "Kunashir"), (Lang::Ja, "国後島")]),
            // A fallback to English is shown once, as English.
            (&only_english, Lang::Ja, &[]),
            (&only_english, Lang::En, &[]),
            (&no_japanese, Lang::Ja, &[(Lang::Ru, "Нижний Амур")]),
            (&no_japanese, Lang::Ru, &[(Lang::En, "Lower Amur")]),
        ];
        for (names, lang, expected) in cases {
            assert_eq!(names_besides(names, lang), expected, "{} in {lang:?}", names.en);
        }
    }
}
