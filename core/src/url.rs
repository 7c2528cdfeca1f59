//! The view's state in the URL hash:
//! `#year=1946&unit=kunashir&view=claims&seen-from=japan&lang=ja&compare=1939`.
//!
//! Parsing never fails: a value that is missing, malformed or unknown is
//! dropped, and the atlas opens at its default for that key.

use crate::date::HistDate;
use crate::settings::{Lang, SeenFrom, View};

/// What the hash says about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub year: Option<i32>,
    /// A day within the year, when the map shows a precise date (after
    /// "Next event", say) rather than the end of the year.
    pub date: Option<HistDate>,
    pub unit: Option<String>,
    pub view: Option<View>,
    pub seen_from: Option<SeenFrom>,
    pub lang: Option<Lang>,
    pub compare: Option<i32>,
}

fn year_in(value: &str, years: &std::ops::RangeInclusive<i32>) -> Option<i32> {
    // Only plain digits: "+1946" or "1946.5" are not years.
    if value.is_empty() || value.len() > 4 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|y| years.contains(y))
}

/// Reads a hash (with or without its leading `#`), keeping only years in
/// `years`, a unit for which `is_unit` is true, and known words.
///
/// ```
/// use atlas_core::url::{parse_hash, UrlState};
/// use atlas_core::settings::View;
/// let state = parse_hash("#year=1946&unit=kunashir&view=claims", 1850..=2026, |u| u == "kunashir");
/// assert_eq!((state.year, state.unit.as_deref(), state.view), (Some(1946), Some("kunashir"), Some(View::Claims)));
/// let bad = parse_hash("#year=abc&unit=atlantis&view=3d", 1850..=2026, |u| u == "kunashir");
/// assert_eq!(bad, UrlState::default());
/// ```
pub fn parse_hash(hash: &str, years: std::ops::RangeInclusive<i32>, is_unit: impl Fn(&str) -> bool) -> UrlState {
    let mut state = UrlState::default();
    let body = hash.strip_prefix('#').unwrap_or(hash);
    for pair in body.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "year" => state.year = year_in(value, &years).or(state.year),
            "date" => {
                if let Ok(date) = value.parse::<HistDate>() {
                    if date.day.is_some() && !date.approximate && years.contains(&date.year) {
                        state.date = Some(date);
                    }
                }
            }
            "unit" if is_unit(value) => state.unit = Some(value.to_string()),
            "view" => state.view = View::parse(value).or(state.view),
            "seen-from" => state.seen_from = SeenFrom::parse(value).or(state.seen_from),
            "lang" => state.lang = Lang::parse(value).or(state.lang),
            "compare" => state.compare = year_in(value, &years).or(state.compare),
            _ => {}
        }
    }
    // A precise date decides the year.
    if let Some(date) = state.date {
        state.year = Some(date.year);
    }
    // A default spelled out is the same view as one left out (found by fuzzing:
    // "seen-from=neutral" must read back the same after `format_hash`).
    state.view = state.view.filter(|v| *v != View::default());
    state.seen_from = state.seen_from.filter(|s| *s != SeenFrom::default());
    state.lang = state.lang.filter(|l| *l != Lang::default());
    state
}

/// Writes the hash for a view (with its leading `#`), leaving out defaults.
///
/// ```
/// use atlas_core::url::{format_hash, UrlState};
/// let hash = format_hash(&UrlState { year: Some(1905), unit: Some("sakhalin-south".into()), ..UrlState::default() });
/// assert_eq!(hash, "#year=1905&unit=sakhalin-south");
/// ```
pub fn format_hash(state: &UrlState) -> String {
    let mut parts = Vec::new();
    if let Some(year) = state.year {
        parts.push(format!("year={year}"));
    }
    if let Some(date) = &state.date {
        parts.push(format!("date={}", date.to_data_string()));
    }
    if let Some(unit) = &state.unit {
        parts.push(format!("unit={unit}"));
    }
    if let Some(view) = state.view.filter(|v| *v != View::default()) {
        parts.push(format!("view={}", view.as_str()));
    }
    if let Some(seen) = state.seen_from.filter(|s| *s != SeenFrom::default()) {
        parts.push(format!("seen-from={}", seen.as_str()));
    }
    if let Some(lang) = state.lang.filter(|l| *l != Lang::default()) {
        parts.push(format!("lang={}", lang.as_str()));
    }
    if let Some(compare) = state.compare {
        parts.push(format!("compare={compare}"));
    }
    format!("#{}", parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_hashes_fall_back_to_defaults() {
        let cases = [
            "",
            "#",
            "#year=abc",
            "#year=99999",
            "#year=1849",
            "#year=-1900",
            "#year=+1946",
            "#year=1946.5",
            "#unit=atlantis",
            "#unit=%3Cscript%3E",
            "#year",
            "#&&&==&",
            "#year=１９４５",
            "#view=3d&seen-from=mars&lang=fr&compare=abc",
            "#date=1945-02-30&date=1945&date=~1945-09-02&date=1700-01-01",
        ];
        for hash in cases {
            assert_eq!(parse_hash(hash, 1850..=2026, |u| u == "kunashir"), UrlState::default(), "{hash}");
        }
    }

    #[test]
    fn every_key_round_trips() {
        let hash = "#year=1945&date=1945-09-02&unit=kunashir&view=claims&seen-from=japan&lang=ja&compare=1939";
        let state = parse_hash(hash, 1850..=2026, |u| u == "kunashir");
        assert_eq!(state.date, Some(HistDate::ymd(1945, 9, 2)));
        assert_eq!(state.lang, Some(Lang::Ja));
        assert_eq!(state.compare, Some(1939));
        assert_eq!(format_hash(&state), hash);
    }

    #[test]
    fn spelled_out_defaults_read_as_defaults() {
        let state = parse_hash("#seen-from=neutral&view=control&lang=en&year=1900", 1850..=2026, |_| false);
        assert_eq!(state, UrlState { year: Some(1900), ..UrlState::default() });
        assert_eq!(parse_hash(&format_hash(&state), 1850..=2026, |_| false), state);
    }

    #[test]
    fn tolerates_order_extras_and_a_date_that_moves_the_year() {
        let state = parse_hash("unit=kunashir&utm=x&date=1956-10-19&year=1900", 1850..=2026, |u| u == "kunashir");
        assert_eq!(state.year, Some(1956));
        assert_eq!(state.unit.as_deref(), Some("kunashir"));
    }
}
