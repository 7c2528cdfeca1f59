//! The interface's words in English, Japanese and Russian.
//!
//! Every text is a variant of [`Text`], so a missing translation is a
//! compile error, not a blank button. The three accessible names the
//! public contract relies on ("Year", "Events", "history") keep the English
//! word beside the translation.

use crate::date::{civil_from_day_number, DayNumber, HistDate};
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
    Legend,
    ContextLand,
    HeldBy,
    EndOf,
    Sources,
    ClaimedBy,
    Undetermined,
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
        None => format!("{} {year}", text(lang, Text::EndOf)),
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
        (Changes, En) => "Changed hands",
        (Changes, Ja) => "支配者が変わった地域",
        (Changes, Ru) => "Сменили владельца",
        (NoChanges, En) => "No territory changed hands between these years.",
        (NoChanges, Ja) => "この期間に支配者が変わった地域はありません。",
        (NoChanges, Ru) => "Между этими годами ни одна территория не сменила владельца.",
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
        (ZoomReset, En) => "Show the whole map",
        (ZoomReset, Ja) => "全体を表示",
        (ZoomReset, Ru) => "Показать всю карту",
        (Legend, En) => "Legend",
        (Legend, Ja) => "凡例",
        (Legend, Ru) => "Легенда",
        (ContextLand, En) => "Land outside the atlas's units",
        (ContextLand, Ja) => "対象外の地域",
        (ContextLand, Ru) => "Земли вне единиц атласа",
        (HeldBy, En) => "held by",
        (HeldBy, Ja) => "支配：",
        (HeldBy, Ru) => "под контролем:",
        (EndOf, En) => "End of",
        (EndOf, Ja) => "年末：",
        (EndOf, Ru) => "Конец года:",
        (Sources, En) => "Sources",
        (Sources, Ja) => "出典",
        (Sources, Ru) => "Источники",
        (ClaimedBy, En) => "claimed by",
        (ClaimedBy, Ja) => "領有主張：",
        (ClaimedBy, Ru) => "притязания:",
        (Undetermined, En) => "Status undetermined (Japan's view)",
        (Undetermined, Ja) => "帰属未定 (日本の立場)",
        (Undetermined, Ru) => "Статус не определён (позиция Японии)",
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
        }
    }
}
