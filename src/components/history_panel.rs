use atlas_core::colour::NO_HOLDER;
use atlas_core::date::HistDate;
use atlas_core::query::end_of_year;
use atlas_core::timeline::{control_spans_at, year_percent};
use atlas_core::FIRST_YEAR;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use atlas_core::i18n::{began, fold_summary, held_at_end_of, name_today, show_span, since, text, Text};
use atlas_core::model::{Disagreement, Names};
use atlas_core::search::name_in;
use atlas_core::settings::Lang;

use crate::components::{citation, DisagreementNote, Dispatch, SourceRefs};
use crate::shared::{Loaded, Shared};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    pub data: Shared<Loaded>,
    /// The unit, by position in `Atlas::units`.
    pub unit: usize,
    pub year: i32,
    /// The slider's last year, where the timeline ends.
    pub last_year: i32,
    pub lang: Lang,
    /// On a phone: a sheet over the map (a dialog that takes the focus and
    /// gives it back to the unit on the map when it closes).
    #[prop_or_default]
    pub sheet: bool,
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

/// What backs one control period or claim, folded to a few words at the
/// end of its basis: its sources and, where it has them, its Old Style
/// date, note and disagreement; the summary says which.
struct EntryMore<'a> {
    data: &'a Shared<Loaded>,
    sources: &'a [String],
    old_style: Option<&'a str>,
    note: Option<&'a str>,
    disagreement: Option<&'a Disagreement>,
    lang: Lang,
}

impl EntryMore<'_> {
    fn render(&self) -> Html {
        let lang = self.lang;
        let text_lang = (lang != Lang::En).then_some("en");
        let heading = if self.disagreement.is_some() {
            Text::SourcesDiffer
        } else if self.note.is_some() || self.old_style.is_some() {
            Text::NoteAndSources
        } else {
            Text::Sources
        };
        // What rests on general knowledge stays marked while folded.
        let unverified = self.sources.iter().any(|id| self.data.atlas.source(id).is_some_and(|s| s.unverified));
        html! {
            <details class="entry-more">
                <summary>
                    { fold_summary(lang, heading, self.sources.len()) }
                    if unverified { { " " }<span class="source unverified">{ text(lang, Text::Unverified) }</span> }
                </summary>
                if let Some(old) = self.old_style {
                    <p class="note">{ old.to_string() }</p>
                }
                if let Some(note) = self.note {
                    <p class="note" lang={text_lang}>{ note.to_string() }</p>
                }
                if let Some(d) = self.disagreement {
                    <DisagreementNote data={self.data.clone()} disagreement={d.clone()} lang={lang} />
                }
                <SourceRefs data={self.data.clone()} ids={self.sources.to_vec()} lang={lang} />
            </details>
        }
    }
}

/// A unit's claim history, in the order a reader takes it in: the name it
/// bore that year and its holder; a timeline of holders whose buttons move
/// the slider; control and claims; then treaties, events and sources, each
/// folded to one line with a count.
#[function_component(HistoryPanel)]
pub fn history_panel(props: &HistoryPanelProps) -> Html {
    let atlas = &props.data.atlas;
    let panel = use_node_ref();
    // On a phone the sheet takes the focus when it opens or shows another
    // unit, and gives it back to the unit on the map when it closes.
    {
        let panel = panel.clone();
        let unit_id = atlas.units().get(props.unit).map(|u| u.id.clone()).unwrap_or_default();
        use_effect_with((props.sheet, unit_id), move |(sheet, unit_id)| {
            let sheet = *sheet;
            if sheet {
                if let Some(heading) =
                    panel.cast::<web_sys::Element>().and_then(|p| p.query_selector("h2").ok().flatten())
                {
                    if let Some(heading) = heading.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = heading.focus();
                    }
                }
            }
            let unit_id = unit_id.clone();
            move || {
                if sheet {
                    crate::components::focus_unit_on_map(&unit_id);
                }
            }
        });
    }
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
    let polity_name = |id: &str| atlas.polity(id).map_or(id.to_string(), |p| name_in(&p.names, lang).to_string());
    let holder_now = atlas.holder_at_end_of(unit, year).map(|p| name_in(&p.names, lang)).unwrap_or_default();
    // The record's texts (bases, notes, summaries, titles) are in English.
    let text_lang = (lang != Lang::En).then_some("en");
    let names_then = atlas.unit_name_in(unit, year);
    // The unit's own names are today's; the heading is the name of the year.
    let names_today = &unit.names;
    let name_shown = name_in(names_then, lang).to_string();

    let timeline = control_spans_at(unit, props.last_year, year).into_iter().map(|s| {
        let colour = atlas.polity(&s.holder).map_or(NO_HOLDER, |x| x.colour);
        let holder = polity_name(&s.holder);
        let dates = span(lang, &s.from, s.to.as_ref());
        let style = format!("left:{:.2}%;width:{:.2}%;background:{colour}", s.start_percent, s.width_percent);
        html! {
            <li>
                <button type="button" class={classes!("span", s.current.then_some("current"))} style={style}
                    aria-label={show_span(lang, &holder, &dates, s.year)} title={format!("{holder}, {dates}")}
                    data-year={s.year.to_string()} onclick={go_to(s.year)}>
                </button>
            </li>
        }
    });

    let periods = unit.control.iter().map(|p| {
        let colour = atlas.polity(&p.holder).map_or(NO_HOLDER, |x| x.colour).to_string();
        let current = atlas.control_on(unit, end_of_year(year)).is_some_and(|c| std::ptr::eq(c, p));
        let treaty = p.treaty.as_deref().and_then(|t| atlas.treaty(t));
        let old_style = p.old_style.as_ref().map(|old| began(lang, &p.from, &old.to_string()));
        let more = EntryMore {
            data: &props.data,
            sources: &p.sources,
            old_style: old_style.as_deref(),
            note: p.note.as_deref(),
            disagreement: p.disagreement.as_ref(),
            lang,
        };
        html! {
            <li class={classes!("period", current.then_some("current"))}>
                <div class="entry-head">
                    <button type="button" class="period-dates" onclick={go_to(p.from.year)} title={text(lang, Text::ShowYearOnMap)}>{ span(lang, &p.from, p.to.as_ref()) }</button>
                    <span class="swatch" style={format!("background:{colour}")} aria-hidden="true"></span>
                    <strong>{ polity_name(&p.holder) }</strong>
                </div>
                <div class="basis">
                    <span lang={text_lang}>{ p.basis.clone() }</span>
                    if let Some(t) = treaty {
                        { " " }<span class="treaty-ref">{ format!("({} {}, {})", text(lang, Text::ByTreaty), name_in(&t.names, lang), t.signed) }</span>
                    }
                    { " " }{ more.render() }
                </div>
            </li>
        }
    });
    let claims = unit.claims.iter().map(|c| {
        let more =
            EntryMore { data: &props.data, sources: &c.sources, old_style: None, note: None, disagreement: None, lang };
        html! {
            <li class="claim">
                <div class="entry-head">
                    <strong>{ polity_name(&c.claimant) }</strong>
                    { " " }<span class="claim-dates">{ span(lang, &c.from, c.to.as_ref()) }</span>
                </div>
                <div class="basis">
                    <span lang={text_lang}>{ c.basis.clone() }</span>
                    { " " }{ more.render() }
                </div>
            </li>
        }
    });
    let unit_treaties = atlas.treaties_for_unit(&unit.id);
    let treaty_count = unit_treaties.len();
    let treaties = unit_treaties.iter().map(|t| {
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
    let unit_events: Vec<_> = atlas.events_for_unit(&unit.id).collect();
    let event_count = unit_events.len();
    let events = unit_events.iter().map(|e| {
        html! {
            <li>
                <button type="button" class="period-dates" onclick={go_to(e.date.year)}>{ e.date.to_string() }</button>
                { " " }<span lang={text_lang}>{ e.title.clone() }</span>
            </li>
        }
    });

    // Everything the panel cites, once each: control, claims and treaties.
    let mut cited: Vec<&str> = unit
        .control
        .iter()
        .flat_map(|p| p.sources.iter())
        .chain(unit.claims.iter().flat_map(|c| c.sources.iter()))
        .chain(unit_treaties.iter().flat_map(|t| t.sources.iter()))
        .map(String::as_str)
        .collect();
    cited.sort_unstable();
    cited.dedup();
    let cited: Vec<_> = cited.into_iter().filter_map(|id| atlas.source(id)).collect();
    let source_count = cited.len();
    let bibliography = cited.into_iter().map(|s| {
        if s.unverified {
            html! { <li><span class="source unverified">{ text(lang, Text::Unverified) }</span>{ " " }<span lang={text_lang}>{ s.title.clone() }</span></li> }
        } else {
            html! { <li>{ citation(s, lang) }</li> }
        }
    });

    let label = format!("{}: {}", text(lang, Text::History), name_shown);
    let today_differs = name_in(names_today, lang) != name_shown;
    html! {
        <section ref={panel} class={classes!("history", props.sheet.then_some("sheet"))}
            role={if props.sheet { "dialog" } else { "region" }} aria-modal={props.sheet.then_some("false")}
            aria-label={label}>
            <header>
                <div class="history-title">
                    <h2 tabindex="-1">{ name_shown.clone() }</h2>
                    <p class="other-names">
                        { other_names(names_then, lang) }
                        if today_differs { { name_today(lang, name_in(names_today, lang)) } }
                    </p>
                </div>
                <button type="button" class="close" onclick={close} aria-label={text(lang, Text::Close)} title={text(lang, Text::Close)}>{ "×" }</button>
            </header>
            <p class="held-now">{ held_at_end_of(lang, year, holder_now) }</p>
            <div class="timeline-bar">
                <ol class="timeline" aria-label={text(lang, Text::ControlTimeline)}>{ for timeline }</ol>
                <span class="timeline-marker" aria-hidden="true" style={format!("left:{:.2}%", year_percent(year, props.last_year))}></span>
            </div>
            <p class="timeline-scale" aria-hidden="true"><span>{ FIRST_YEAR }</span><span>{ props.last_year }</span></p>
            <p class="unit-description" lang={text_lang}>{ unit.description.clone() }</p>
            <h3>{ text(lang, Text::Control) }</h3>
            <ol class="periods">{ for periods }</ol>
            if !unit.claims.is_empty() {
                <h3>{ text(lang, Text::Claims) }</h3>
                <ul class="claims">{ for claims }</ul>
            }
            <details class="fold treaties-fold">
                <summary>{ fold_summary(lang, Text::Treaties, treaty_count) }</summary>
                <ul class="treaties">{ for treaties }</ul>
            </details>
            <details class="fold events-fold">
                <summary>{ fold_summary(lang, Text::Events, event_count) }</summary>
                <ul class="unit-events">{ for events }</ul>
            </details>
            <details class="fold sources-fold">
                <summary>{ fold_summary(lang, Text::Sources, source_count) }</summary>
                <ul class="bibliography">{ for bibliography }</ul>
            </details>
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
