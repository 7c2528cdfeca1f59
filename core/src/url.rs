//! The view's state in the URL hash: `#year=1946&unit=kunashir`.
//!
//! Parsing never fails: a value that is missing, malformed or unknown is
//! dropped, and the atlas opens at its default for that key.

/// What the hash says about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub year: Option<i32>,
    pub unit: Option<String>,
}

/// Reads a hash (with or without its leading `#`), keeping only a year in
/// `years` and a unit for which `is_unit` is true.
///
/// ```
/// use atlas_core::url::{parse_hash, UrlState};
/// let state = parse_hash("#year=1946&unit=kunashir", 1850..=2026, |u| u == "kunashir");
/// assert_eq!(state, UrlState { year: Some(1946), unit: Some("kunashir".into()) });
/// let bad = parse_hash("#year=abc&unit=atlantis", 1850..=2026, |u| u == "kunashir");
/// assert_eq!(bad, UrlState::default());
/// ```
pub fn parse_hash(hash: &str, years: std::ops::RangeInclusive<i32>, is_unit: impl Fn(&str) -> bool) -> UrlState {
    let mut state = UrlState::default();
    let body = hash.strip_prefix('#').unwrap_or(hash);
    for pair in body.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            // Only plain digits: "+1946" or "1946.5" are not years.
            "year" if !value.is_empty() && value.len() <= 4 && value.bytes().all(|b| b.is_ascii_digit()) => {
                state.year = value.parse().ok().filter(|y| years.contains(y));
            }
            "unit" if is_unit(value) => state.unit = Some(value.to_string()),
            _ => {}
        }
    }
    state
}

/// Writes the hash for a view (with its leading `#`).
///
/// ```
/// use atlas_core::url::{format_hash, UrlState};
/// let hash = format_hash(&UrlState { year: Some(1905), unit: Some("sakhalin-south".into()) });
/// assert_eq!(hash, "#year=1905&unit=sakhalin-south");
/// ```
pub fn format_hash(state: &UrlState) -> String {
    let mut parts = Vec::new();
    if let Some(year) = state.year {
        parts.push(format!("year={year}"));
    }
    if let Some(unit) = &state.unit {
        parts.push(format!("unit={unit}"));
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
        ];
        for hash in cases {
            assert_eq!(parse_hash(hash, 1850..=2026, |u| u == "kunashir"), UrlState::default(), "{hash}");
        }
    }

    #[test]
    fn round_trips_and_tolerates_order_and_extras() {
        let state = parse_hash("unit=kunashir&lang=ja&year=1956", 1850..=2026, |u| u == "kunashir");
        assert_eq!(state, UrlState { year: Some(1956), unit: Some("kunashir".into()) });
        assert_eq!(parse_hash(&format_hash(&state), 1850..=2026, |u| u == "kunashir"), state);
    }
}
