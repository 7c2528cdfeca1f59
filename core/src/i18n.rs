//! The interface's words in English, Japanese and Russian.
//!
//! Every text is a variant of [`Text`], so a missing translation is a
//! compile error, not a blank button. Texts with a number, a date or a name
//! inside are functions here, one `match` on the language each, because
//! word order differs between the three. Sentences around a text from the
//! record, which is English only, are a [`Frame`], so that the page can mark
//! the record's words `lang="en"`. The accessible names the public contract
//! relies on ("Year", "Events", "history") keep the English word beside the
//! translation.

use crate::date::{civil_from_day_number, DayNumber, HistDate};
use crate::model::SiteKind;
use crate::settings::Lang;

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    Title,
    Tagline,
    Year,
    Play,
    Pause,
    Speed,
    StepBack,
    StepForward,
    PreviousEvent,
    NextEvent,
    Events,
    NoEvents,
    History,
    Close,
    Control,
    Claims,
    View,
    SeenFrom,
    Neutral,
    JapanMaps,
    RussiaMaps,
    Compare,
    CompareOff,
    Changes,
    NoChanges,
    /// The group of units whose holder's state changed, and the legend's solid outline.
    ChangedHands,
    /// The group of units held by another regime of the same state, and the legend's dashed outline.
    RegimeChanged,
    /// An empty group of changes.
    NoneInGroup,
    Language,
    Search,
    SearchPlaceholder,
    NoResults,
    CopyLink,
    LinkCopied,
    ExportSvg,
    ExportPng,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    /// The title of the inset of the southern Kurils.
    SouthernKurils,
    Legend,
    ContextLand,
    Sources,
    /// An entry's fold when it holds a note besides its sources.
    NoteAndSources,
    /// An entry's fold when its sources disagree.
    SourcesDiffer,
    ShowLegend,
    HideLegend,
    SiteBattle,
    SiteIncident,
    SiteLanding,
    SiteOccupation,
    Undetermined,
    SkipToSlider,
    Colophon,
    OpenHistoryOf,
    ShowYearOnMap,
    ByTreaty,
    ControlTimeline,
    Treaties,
    MapLabel,
    Zoom,
    Share,
    ExportAttribution,
    HitTerritory,
    HitPlace,
    HitSite,
    HitEvent,
    HitTreaty,
    Unverified,
    Loading,
    LoadFailed,
    LoadNeedsData,
    LoadAdvice,
    InternalError,
    /// Before the map's caption, for screen readers: "Current event".
    CurrentEvent,
    /// What a site marker does, said after its name.
    OpenSiteEvent,
}

/// An interface sentence around a text from the record (English only for
/// now): what comes before it and after it, in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frame {
    /// "Sources disagree on {what}:"
    SourcesDisagree,
    /// "The atlas uses {reading}"
    AtlasUses,
    /// "{date} — {event title}", the map's caption for the current event
    /// (the date goes in `before` with [`event_caption_date`]).
    EventCaption,
}

/// The words before and after a record text framed by `frame`.
///
/// ```
/// use atlas_core::i18n::{around, Frame};
/// use atlas_core::settings::Lang;
/// assert_eq!(around(Lang::En, Frame::SourcesDisagree), ("Sources disagree on ", ":"));
/// ```
pub fn around(lang: Lang, frame: Frame) -> (&'static str, &'static str) {
    use Frame::*;
    use Lang::*;
    match (frame, lang) {
        (SourcesDisagree, En) => ("Sources disagree on ", ":"),
        (SourcesDisagree, Ja) => ("出典により記述が異なる点：", ""),
        (SourcesDisagree, Ru) => ("Расхождение в источниках: ", ""),
        (AtlasUses, En) => ("The atlas uses ", ""),
        (AtlasUses, Ja) => ("本アトラスの採用：", ""),
        (AtlasUses, Ru) => ("В атласе принято: ", ""),
        (EventCaption, En | Ru) => (" — ", ""),
        (EventCaption, Ja) => ("：", ""),
    }
}

/// The date before the map's caption, as the events list writes it, with
/// the frame's own words after it: "1 Sep 1945 — ".
///
/// ```
/// use atlas_core::date::HistDate;
/// use atlas_core::i18n::event_caption_date;
/// use atlas_core::settings::Lang;
/// assert_eq!(event_caption_date(Lang::En, &HistDate::ymd(1945, 9, 1)), "1 Sep 1945 — ");
/// assert_eq!(event_caption_date(Lang::Ja, &HistDate::ymd(1945, 9, 1)), "1 Sep 1945：");
/// ```
pub fn event_caption_date(lang: Lang, date: &HistDate) -> String {
    format!("{date}{}", around(lang, Frame::EventCaption).0)
}

/// The end of a year, as the legend's heading and the slider say it.
fn end_of_year(lang: Lang, year: i32) -> String {
    match lang {
        Lang::En => format!("End of {year}"),
        Lang::Ja => format!("{year}年末"),
        Lang::Ru => format!("Конец {year} года"),
    }
}

/// The heading of the events list ("Events of 1945"), its accessible name too.
///
/// ```
/// use atlas_core::i18n::events_of;
/// use atlas_core::settings::Lang;
/// assert_eq!(events_of(Lang::En, 1945), "Events of 1945");
/// ```
pub fn events_of(lang: Lang, year: i32) -> String {
    match lang {
        Lang::En => format!("Events of {year}"),
        Lang::Ja => format!("{year}年の出来事 (Events)"),
        Lang::Ru => format!("События {year} года (Events)"),
    }
}

/// What the live region says once the slider rests on a year.
///
/// ```
/// use atlas_core::i18n::year_announcement;
/// use atlas_core::settings::Lang;
/// assert_eq!(year_announcement(Lang::En, 1945, 7), "End of 1945. Events: 7.");
/// ```
pub fn year_announcement(lang: Lang, year: i32, events: usize) -> String {
    match lang {
        Lang::En => format!("End of {year}. Events: {events}."),
        Lang::Ja => format!("{year}年末。出来事：{events}件。"),
        // "Событий: N" reads right for every N, where "N событий" would need three plural forms.
        Lang::Ru => format!("Конец {year} года. Событий: {events}."),
    }
}

/// How much the record holds, for the colophon: a sentence ending with the
/// space before the next one, where the language writes one.
pub fn record_counts(lang: Lang, units: usize, events: usize, sites: usize, treaties: usize) -> String {
    match lang {
        Lang::En => format!("{units} units, {events} events, {sites} sites, {treaties} treaties. "),
        Lang::Ja => format!("収録：地域{units}、出来事{events}件、地点{sites}か所、条約{treaties}件。"),
        Lang::Ru => format!("Единиц: {units}, событий: {events}, мест: {sites}, договоров: {treaties}. "),
    }
}

/// A period still running: "since 1945".
pub fn since(lang: Lang, from: &HistDate) -> String {
    match lang {
        Lang::En => format!("since {from}"),
        Lang::Ja => format!("{from}以降"),
        Lang::Ru => format!("с {from}"),
    }
}

/// A period's start with its Old Style (Julian) date beside it.
pub fn began(lang: Lang, from: &HistDate, old_style: &str) -> String {
    match lang {
        Lang::En => format!("Began {from} ({old_style})."),
        Lang::Ja => format!("開始：{from}（{old_style}）。"),
        Lang::Ru => format!("Начало: {from} ({old_style})."),
    }
}

/// What leads a unit's name of a past year, before the name itself.
pub fn name_at_end_of(lang: Lang, year: i32) -> String {
    match lang {
        Lang::En => format!("Name at the end of {year}: "),
        Lang::Ja => format!("{year}年末の名称："),
        Lang::Ru => format!("Название на конец {year} года: "),
    }
}

/// What follows a unit's past name: its name today.
pub fn name_today(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!(" — today: {name}"),
        Lang::Ja => format!(" — 現在：{name}"),
        Lang::Ru => format!(" — сегодня: {name}"),
    }
}

/// Who held a unit at the end of a year.
pub fn held_at_end_of(lang: Lang, year: i32, holder: &str) -> String {
    match lang {
        Lang::En => format!("At the end of {year}: held by {holder}."),
        Lang::Ja => format!("{year}年末の支配：{holder}。"),
        Lang::Ru => format!("На конец {year} года под контролем: {holder}."),
    }
}

/// A timeline button's accessible name: who held the unit when, and the
/// year pressing it shows.
///
/// ```
/// use atlas_core::i18n::show_span;
/// use atlas_core::settings::Lang;
/// assert_eq!(show_span(Lang::En, "Japan", "1850 – 1 Sep 1945", 1850), "Japan, 1850 – 1 Sep 1945: show 1850 on the map");
/// ```
pub fn show_span(lang: Lang, holder: &str, span: &str, year: i32) -> String {
    match lang {
        Lang::En => format!("{holder}, {span}: show {year} on the map"),
        Lang::Ja => format!("{holder}（{span}）：{year}年を地図に表示"),
        Lang::Ru => format!("{holder}, {span}: показать {year} год на карте"),
    }
}

/// A folded section's one-line summary: its heading and how many it holds.
///
/// ```
/// use atlas_core::i18n::{fold_summary, Text};
/// use atlas_core::settings::Lang;
/// assert_eq!(fold_summary(Lang::En, Text::Sources, 12), "Sources (12)");
/// assert_eq!(fold_summary(Lang::Ja, Text::Treaties, 3), "条約（3件）");
/// ```
pub fn fold_summary(lang: Lang, heading: Text, count: usize) -> String {
    let heading = text(lang, heading);
    match lang {
        Lang::En => format!("{heading} ({count})"),
        Lang::Ja => format!("{heading}（{count}件）"),
        Lang::Ru => format!("{heading} ({count})"),
    }
}

/// A unit's tooltip and accessible name on the map: who holds it, whose
/// colour it wears where the map follows a government's view, and who else
/// claims it. Japanese joins the parts without the spaces English needs.
///
/// ```
/// use atlas_core::i18n::unit_tooltip;
/// use atlas_core::settings::Lang;
/// let claimants = ["Japan".to_string()];
/// assert_eq!(unit_tooltip(Lang::En, "Kunashir", "Russia", None, &claimants), "Kunashir: held by Russia; claimed by Japan");
/// let claimants = ["日本".to_string()];
/// assert_eq!(unit_tooltip(Lang::Ja, "国後島", "ロシア", None, &claimants), "国後島：ロシアの支配；領有主張：日本");
/// ```
pub fn unit_tooltip(lang: Lang, name: &str, holder: &str, shown_as: Option<&str>, claimants: &[String]) -> String {
    let mut out = match lang {
        Lang::En => format!("{name}: held by {holder}"),
        Lang::Ja => format!("{name}：{holder}の支配"),
        Lang::Ru => format!("{name}: под контролем: {holder}"),
    };
    if let Some(shown) = shown_as {
        out.push_str(&match lang {
            Lang::Ja => format!("（{shown}）"),
            Lang::En | Lang::Ru => format!(" ({shown})"),
        });
    }
    if !claimants.is_empty() {
        out.push_str(&match lang {
            Lang::En => format!("; claimed by {}", claimants.join(", ")),
            Lang::Ja => format!("；領有主張：{}", claimants.join("、")),
            Lang::Ru => format!("; притязания: {}", claimants.join(", ")),
        });
    }
    out
}

/// What the map shows, in words: the end of a year ("End of 1946"), or the
/// day it was moved to by "Next event" ("1 Sep 1945").
///
/// ```
/// use atlas_core::date::day_number;
/// use atlas_core::i18n::moment_label;
/// use atlas_core::settings::Lang;
/// assert_eq!(moment_label(Lang::En, 1946, None), "End of 1946");
/// assert_eq!(moment_label(Lang::En, 1945, Some(day_number(1945, 9, 1))), "1 Sep 1945");
/// ```
pub fn moment_label(lang: Lang, year: i32, day: Option<DayNumber>) -> String {
    match day {
        Some(day) => {
            let (y, m, d) = civil_from_day_number(day);
            HistDate::ymd(y, m, d).to_string()
        }
        None => end_of_year(lang, year),
    }
}

/// The legend's name for a kind of site, in a language.
///
/// ```
/// use atlas_core::i18n::site_kind_name;
/// use atlas_core::model::SiteKind;
/// use atlas_core::settings::Lang;
/// assert_eq!(site_kind_name(Lang::En, SiteKind::Landing), "Landing");
/// assert_eq!(site_kind_name(Lang::Ru, SiteKind::Battle), "Сражение");
/// ```
pub fn site_kind_name(lang: Lang, kind: SiteKind) -> &'static str {
    text(
        lang,
        match kind {
            SiteKind::Battle => Text::SiteBattle,
            SiteKind::Incident => Text::SiteIncident,
            SiteKind::Landing => Text::SiteLanding,
            SiteKind::Occupation => Text::SiteOccupation,
        },
    )
}

/// The legend's row for a claimant's hatch, naming the claimant.
///
/// ```
/// use atlas_core::i18n::hatched_claimed_by;
/// use atlas_core::settings::Lang;
/// assert_eq!(hatched_claimed_by(Lang::En, "Japan"), "hatched: claimed by Japan");
/// assert!(hatched_claimed_by(Lang::Ja, "日本").contains("日本"));
/// assert!(hatched_claimed_by(Lang::Ru, "Япония").contains("Япония"));
/// ```
pub fn hatched_claimed_by(lang: Lang, claimant: &str) -> String {
    match lang {
        Lang::En => format!("hatched: claimed by {claimant}"),
        Lang::Ja => format!("斜線：{claimant}が領有を主張"),
        Lang::Ru => format!("штриховка: притязания — {claimant}"),
    }
}

/// A group of changes with its count: "Changed hands between states (5)".
///
/// ```
/// use atlas_core::i18n::{change_group_heading, text, Text};
/// use atlas_core::settings::Lang;
/// assert_eq!(change_group_heading(Lang::En, text(Lang::En, Text::ChangedHands), 5), "Changed hands between states (5)");
/// assert!(change_group_heading(Lang::Ja, "別の国家に移った地域", 5).contains("5件"));
/// ```
pub fn change_group_heading(lang: Lang, group: &str, count: usize) -> String {
    match lang {
        Lang::En => format!("{group} ({count})"),
        Lang::Ja => format!("{group}（{count}件）"),
        Lang::Ru => format!("{group} ({count})"),
    }
}

/// The earlier map's accessible name and caption when comparing: "End of 1939".
///
/// ```
/// use atlas_core::i18n::compare_map_label;
/// use atlas_core::settings::Lang;
/// assert_eq!(compare_map_label(Lang::En, 1939), "Map at the end of 1939, for comparison");
/// ```
pub fn compare_map_label(lang: Lang, year: i32) -> String {
    match lang {
        Lang::En => format!("Map at the end of {year}, for comparison"),
        Lang::Ja => format!("比較用：{year}年末の地図"),
        Lang::Ru => format!("Карта на конец {year} года для сравнения"),
    }
}

/// A scale bar's length as written beside it: "200 km", "200 км".
///
/// ```
/// use atlas_core::i18n::scale_length;
/// use atlas_core::settings::Lang;
/// assert_eq!(scale_length(Lang::En, 200.0), "200 km");
/// assert_eq!(scale_length(Lang::Ru, 50.0), "50 км");
/// ```
pub fn scale_length(lang: Lang, km: f64) -> String {
    match lang {
        Lang::En | Lang::Ja => format!("{km:.0} km"),
        Lang::Ru => format!("{km:.0} км"),
    }
}

/// The scale bar as a screen reader hears it.
///
/// ```
/// use atlas_core::i18n::scale_label;
/// use atlas_core::settings::Lang;
/// assert_eq!(scale_label(Lang::En, 200.0), "Scale: the bar is 200 km");
/// ```
pub fn scale_label(lang: Lang, km: f64) -> String {
    match lang {
        Lang::En => format!("Scale: the bar is {km:.0} km"),
        Lang::Ja => format!("縮尺：バーの長さは{km:.0} km"),
        Lang::Ru => format!("Масштаб: линейка — {km:.0} км"),
    }
}

/// The text in a language.
///
/// ```
/// use atlas_core::i18n::{text, Text};
/// use atlas_core::settings::Lang;
/// assert_eq!(text(Lang::En, Text::Play), "Play");
/// assert!(text(Lang::Ja, Text::Year).contains("Year"));
/// ```
pub fn text(lang: Lang, t: Text) -> &'static str {
    use Lang::*;
    use Text::*;
    match (t, lang) {
        (Title, _) => "Frontier Atlas",
        (Tagline, En) => "Japan and Russia in the Far East, 1850 to today: who held each territory, who claimed it, and why.",
        (Tagline, Ja) => "1850年から現在までの極東における日本とロシア：各地域を誰が支配し、誰が領有を主張したか、その理由。",
        (Tagline, Ru) => "Япония и Россия на Дальнем Востоке с 1850 года до наших дней: кто владел каждой территорией, кто на неё претендовал и почему.",
        (Year, En) => "Year",
        (Year, Ja) => "年 (Year)",
        (Year, Ru) => "Год (Year)",
        (Play, En) => "Play",
        (Play, Ja) => "再生 (Play)",
        (Play, Ru) => "Пуск (Play)",
        (Pause, En) => "Pause",
        (Pause, Ja) => "一時停止 (Pause)",
        (Pause, Ru) => "Пауза (Pause)",
        (Speed, En) => "Speed",
        (Speed, Ja) => "速度",
        (Speed, Ru) => "Скорость",
        (StepBack, En) => "One year back",
        (StepBack, Ja) => "1年戻る",
        (StepBack, Ru) => "На год назад",
        (StepForward, En) => "One year forward",
        (StepForward, Ja) => "1年進む",
        (StepForward, Ru) => "На год вперёд",
        (PreviousEvent, En) => "Previous event",
        (PreviousEvent, Ja) => "前の出来事 (Previous event)",
        (PreviousEvent, Ru) => "Предыдущее событие (Previous event)",
        (NextEvent, En) => "Next event",
        (NextEvent, Ja) => "次の出来事 (Next event)",
        (NextEvent, Ru) => "Следующее событие (Next event)",
        (Events, En) => "Events",
        (Events, Ja) => "出来事 (Events)",
        (Events, Ru) => "События (Events)",
        (CurrentEvent, En) => "Current event: ",
        (CurrentEvent, Ja) => "現在の出来事：",
        (CurrentEvent, Ru) => "Текущее событие: ",
        (OpenSiteEvent, En) => "open its event",
        (OpenSiteEvent, Ja) => "出来事を開く",
        (OpenSiteEvent, Ru) => "открыть событие",
        (NoEvents, En) => "No event in the record for this year.",
        (NoEvents, Ja) => "この年に記録された出来事はありません。",
        (NoEvents, Ru) => "За этот год событий в записи нет.",
        (History, En) => "Claim history",
        (History, Ja) => "領有の歴史 (Claim history)",
        (History, Ru) => "История владения (Claim history)",
        (Close, En) => "Close",
        (Close, Ja) => "閉じる",
        (Close, Ru) => "Закрыть",
        (Control, En) => "Control",
        (Control, Ja) => "実効支配",
        (Control, Ru) => "Фактический контроль",
        (Claims, En) => "Claims",
        (Claims, Ja) => "領有主張",
        (Claims, Ru) => "Притязания",
        (View, En) => "Show",
        (View, Ja) => "表示",
        (View, Ru) => "Показать",
        (SeenFrom, En) => "Seen from",
        (SeenFrom, Ja) => "視点",
        (SeenFrom, Ru) => "С точки зрения",
        (Neutral, En) => "Neutral (de-facto control)",
        (Neutral, Ja) => "中立 (実効支配)",
        (Neutral, Ru) => "Нейтрально (фактический контроль)",
        (JapanMaps, En) => "Japan's official maps",
        (JapanMaps, Ja) => "日本政府の公式地図",
        (JapanMaps, Ru) => "Официальные карты Японии",
        (RussiaMaps, En) => "Russia's official maps",
        (RussiaMaps, Ja) => "ロシア政府の公式地図",
        (RussiaMaps, Ru) => "Официальные карты России",
        (Compare, En) => "Compare with",
        (Compare, Ja) => "比較する年",
        (Compare, Ru) => "Сравнить с",
        (CompareOff, En) => "Stop comparing",
        (CompareOff, Ja) => "比較をやめる",
        (CompareOff, Ru) => "Не сравнивать",
        (Changes, En) => "Changes",
        (Changes, Ja) => "変化",
        (Changes, Ru) => "Изменения",
        (NoChanges, En) => "Nothing changed between these years: every territory has the same holder.",
        (NoChanges, Ja) => "この期間に変化はありません。どの地域も支配者は同じです。",
        (NoChanges, Ru) => "Между этими годами ничего не изменилось: у всех территорий тот же владелец.",
        (ChangedHands, En) => "Changed hands between states",
        (ChangedHands, Ja) => "別の国家に移った地域",
        (ChangedHands, Ru) => "Перешли к другому государству",
        (RegimeChanged, En) => "Same state, new regime",
        (RegimeChanged, Ja) => "同じ国家で体制が変わった地域",
        (RegimeChanged, Ru) => "То же государство, другой режим",
        (NoneInGroup, En) => "None.",
        (NoneInGroup, Ja) => "なし。",
        (NoneInGroup, Ru) => "Нет.",
        (Language, En) => "Language",
        (Language, Ja) => "言語",
        (Language, Ru) => "Язык",
        (Search, En) => "Search places, events, treaties and sites",
        (Search, Ja) => "地名・出来事・条約・戦場を検索",
        (Search, Ru) => "Поиск мест, событий, договоров и мест сражений",
        (SearchPlaceholder, En) => "Search: Shumshu, Portsmouth, Toyohara…",
        (SearchPlaceholder, Ja) => "検索：占守島、ポーツマス、豊原…",
        (SearchPlaceholder, Ru) => "Поиск: Шумшу, Портсмут, Тоёхара…",
        (NoResults, En) => "Nothing found.",
        (NoResults, Ja) => "見つかりません。",
        (NoResults, Ru) => "Ничего не найдено.",
        (CopyLink, En) => "Copy link",
        (CopyLink, Ja) => "リンクをコピー",
        (CopyLink, Ru) => "Копировать ссылку",
        (LinkCopied, En) => "Link copied.",
        (LinkCopied, Ja) => "リンクをコピーしました。",
        (LinkCopied, Ru) => "Ссылка скопирована.",
        (ExportSvg, En) => "Export SVG",
        (ExportSvg, Ja) => "SVGで保存",
        (ExportSvg, Ru) => "Сохранить SVG",
        (ExportPng, En) => "Export PNG",
        (ExportPng, Ja) => "PNGで保存",
        (ExportPng, Ru) => "Сохранить PNG",
        (ZoomIn, En) => "Zoom in",
        (ZoomIn, Ja) => "拡大",
        (ZoomIn, Ru) => "Приблизить",
        (ZoomOut, En) => "Zoom out",
        (ZoomOut, Ja) => "縮小",
        (ZoomOut, Ru) => "Отдалить",
        (ZoomReset, En) => "Reset view",
        (ZoomReset, Ja) => "表示を元に戻す",
        (ZoomReset, Ru) => "Исходный вид",
        (SouthernKurils, En) => "Southern Kurils",
        (SouthernKurils, Ja) => "南千島",
        (SouthernKurils, Ru) => "Южные Курилы",
        (Legend, En) => "Legend",
        (Legend, Ja) => "凡例",
        (Legend, Ru) => "Легенда",
        (ContextLand, En) => "Land outside the atlas's units",
        (ContextLand, Ja) => "対象外の地域",
        (ContextLand, Ru) => "Земли вне единиц атласа",
        (Sources, En) => "Sources",
        (Sources, Ja) => "出典",
        (Sources, Ru) => "Источники",
        (NoteAndSources, En) => "Note and sources",
        (NoteAndSources, Ja) => "注記と出典",
        (NoteAndSources, Ru) => "Примечание и источники",
        (SourcesDiffer, En) => "Sources differ",
        (SourcesDiffer, Ja) => "出典に相違あり",
        (SourcesDiffer, Ru) => "Источники расходятся",
        (ShowLegend, En) => "Show the key",
        (ShowLegend, Ja) => "凡例を表示",
        (ShowLegend, Ru) => "Показать легенду",
        (HideLegend, En) => "Hide the key",
        (HideLegend, Ja) => "凡例を隠す",
        (HideLegend, Ru) => "Скрыть легенду",
        (SiteBattle, En) => "Battle",
        (SiteBattle, Ja) => "戦闘",
        (SiteBattle, Ru) => "Сражение",
        (SiteIncident, En) => "Incident",
        (SiteIncident, Ja) => "事件",
        (SiteIncident, Ru) => "Инцидент",
        (SiteLanding, En) => "Landing",
        (SiteLanding, Ja) => "上陸",
        (SiteLanding, Ru) => "Высадка",
        (SiteOccupation, En) => "Occupation",
        (SiteOccupation, Ja) => "占領",
        (SiteOccupation, Ru) => "Оккупация",
        (Undetermined, En) => "Status undetermined (Japan's view)",
        (Undetermined, Ja) => "帰属未定 (日本の立場)",
        (Undetermined, Ru) => "Статус не определён (позиция Японии)",
        (SkipToSlider, En) => "Skip to the year slider",
        (SkipToSlider, Ja) => "年のスライダーへ移動",
        (SkipToSlider, Ru) => "Перейти к шкале лет",
        (Colophon, En) => "Base geography: Natural Earth 1:10m (public domain). Historical boundaries are approximate. Every period, claim and event cites its source; facts marked “unverified” rest on general knowledge awaiting a second source. Event texts are in English.",
        (Colophon, Ja) => "基図：Natural Earth 1:10m（パブリックドメイン）。歴史上の境界は概略である。各時期・領有主張・出来事には出典を付した。「未確認」と記した事項は一般的な知識に拠るもので、第二の出典を待つ。出来事の本文は英語である。",
        (Colophon, Ru) => "Географическая основа: Natural Earth 1:10m (общественное достояние). Исторические границы показаны приблизительно. Для каждого периода, притязания и события указан источник; сведения с пометкой «не проверено» основаны на общеизвестных данных и ждут подтверждения вторым источником. Тексты событий — на английском языке.",
        (OpenHistoryOf, En) => "Open the history of:",
        (OpenHistoryOf, Ja) => "領有の歴史を見る：",
        (OpenHistoryOf, Ru) => "Открыть историю владения:",
        (ShowYearOnMap, En) => "Show this year on the map",
        (ShowYearOnMap, Ja) => "この年を地図に表示",
        (ShowYearOnMap, Ru) => "Показать этот год на карте",
        (ByTreaty, En) => "By:",
        (ByTreaty, Ja) => "根拠：",
        (ByTreaty, Ru) => "Основание:",
        (ControlTimeline, En) => "Control timeline, 1850 to today",
        (ControlTimeline, Ja) => "実効支配の年表（1850年から現在まで）",
        (ControlTimeline, Ru) => "Хронология фактического контроля с 1850 года до наших дней",
        (Treaties, En) => "Treaties",
        (Treaties, Ja) => "条約",
        (Treaties, Ru) => "Договоры",
        (MapLabel, En) => "Map of the Japan–Russia frontier",
        (MapLabel, Ja) => "日露国境地帯の地図",
        (MapLabel, Ru) => "Карта российско-японского пограничья",
        (Zoom, En) => "Zoom",
        (Zoom, Ja) => "拡大・縮小",
        (Zoom, Ru) => "Масштаб",
        (Share, En) => "Share",
        (Share, Ja) => "共有",
        (Share, Ru) => "Поделиться",
        (ExportAttribution, En) => "Frontier Atlas. Base map: Natural Earth 1:10m (public domain). Historical boundaries approximate; every fact sourced in the atlas.",
        (ExportAttribution, Ja) => "Frontier Atlas。基図：Natural Earth 1:10m（パブリックドメイン）。歴史上の境界は概略。各事項の出典はアトラスに記載。",
        (ExportAttribution, Ru) => "Frontier Atlas. Основа карты: Natural Earth 1:10m (общественное достояние). Исторические границы приблизительны; источник каждого факта указан в атласе.",
        (HitTerritory, En) => "territory",
        (HitTerritory, Ja) => "地域",
        (HitTerritory, Ru) => "территория",
        (HitPlace, En) => "place",
        (HitPlace, Ja) => "地名",
        (HitPlace, Ru) => "место",
        (HitSite, En) => "battle or incident",
        (HitSite, Ja) => "戦闘・事件",
        (HitSite, Ru) => "сражение или инцидент",
        (HitEvent, En) => "event",
        (HitEvent, Ja) => "出来事",
        (HitEvent, Ru) => "событие",
        (HitTreaty, En) => "treaty",
        (HitTreaty, Ja) => "条約",
        (HitTreaty, Ru) => "договор",
        (Unverified, En) => "unverified",
        (Unverified, Ja) => "未確認",
        (Unverified, Ru) => "не проверено",
        (Loading, En) => "Loading the atlas…",
        (Loading, Ja) => "アトラスを読み込んでいます…",
        (Loading, Ru) => "Загрузка атласа…",
        (LoadFailed, En) => "Frontier Atlas could not load its data",
        (LoadFailed, Ja) => "Frontier Atlas のデータを読み込めませんでした",
        (LoadFailed, Ru) => "Frontier Atlas не удалось загрузить данные",
        (LoadNeedsData, En) => "The map needs the files in the site's data/ folder. This is what went wrong:",
        (LoadNeedsData, Ja) => "地図の表示にはサイトの data/ フォルダにあるファイルが必要です。発生した問題は次のとおりです：",
        (LoadNeedsData, Ru) => "Карте нужны файлы из папки data/ на сайте. Вот что пошло не так:",
        (LoadAdvice, En) => "Reloading the page may help if the connection dropped. If the message names a rule, the data itself is broken: please report it.",
        (LoadAdvice, Ja) => "接続が途切れた場合は、ページを再読み込みすると解決することがあります。メッセージに規則の名前がある場合はデータ自体に誤りがありますので、ご報告ください。",
        (LoadAdvice, Ru) => "Если прервалось соединение, может помочь перезагрузка страницы. Если в сообщении названо правило, повреждены сами данные: пожалуйста, сообщите об этом.",
        (InternalError, En) => "Frontier Atlas stopped after an internal error. Reloading the page usually helps; if it happens again, please report it with the page's address.",
        (InternalError, Ja) => "内部エラーのため Frontier Atlas が停止しました。通常はページを再読み込みすると回復します。再び起きた場合は、ページのアドレスを添えてご報告ください。",
        (InternalError, Ru) => "Frontier Atlas остановлен из-за внутренней ошибки. Обычно помогает перезагрузка страницы; если ошибка повторится, сообщите о ней, указав адрес страницы.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_names_keep_their_english_word() {
        for lang in Lang::ALL {
            assert!(text(*lang, Text::Year).contains("Year"));
            assert!(text(*lang, Text::Events).contains("Events"));
            assert!(text(*lang, Text::History).contains("history"));
            assert!(text(*lang, Text::Play).contains("Play"));
            assert!(text(*lang, Text::Pause).contains("Pause"));
            assert!(events_of(*lang, 1945).contains("Events"));
        }
    }

    #[test]
    fn a_year_s_end_reads_naturally_in_each_language() {
        let cases = [(Lang::En, "End of 1946"), (Lang::Ja, "1946年末"), (Lang::Ru, "Конец 1946 года")];
        for (lang, expected) in cases {
            assert_eq!(moment_label(lang, 1946, None), expected);
        }
    }

    #[test]
    fn numbered_texts_keep_their_numbers() {
        for lang in Lang::ALL {
            assert!(year_announcement(*lang, 1905, 3).contains("1905"));
            assert!(year_announcement(*lang, 1905, 3).contains('3'));
            assert!(record_counts(*lang, 11, 22, 33, 44).contains("44"));
            assert!(held_at_end_of(*lang, 1905, "Japan").contains("Japan"));
            assert!(name_today(*lang, "Sakhalin").contains("Sakhalin"));
            assert!(scale_length(*lang, 500.0).contains("500") && scale_label(*lang, 20.0).contains("20"));
        }
    }

    #[test]
    fn the_export_attribution_names_natural_earth_in_every_language() {
        for lang in Lang::ALL {
            assert!(text(*lang, Text::ExportAttribution).contains("Natural Earth"));
            assert!(text(*lang, Text::Colophon).contains("Natural Earth"));
        }
    }
}
