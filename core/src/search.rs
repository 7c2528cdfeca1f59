//! Search over the record: units, places (by any of their names in any
//! period), events, treaties and sites. Choosing a hit tells the app which
//! year to show and what to select.

use crate::atlas::Atlas;
use crate::date::HistDate;
use crate::map::MapGeometry;
use crate::model::Names;
use crate::settings::Lang;

/// What a hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    Unit,
    Place,
    Site,
    Event,
    Treaty,
}

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    pub kind: HitKind,
    pub id: String,
    /// The hit's name in the reader's language.
    pub label: String,
    /// A few words on what it is (a date, the unit it lies in).
    pub detail: String,
    /// The year to show when the hit is chosen (none for units: keep the year).
    pub year: Option<i32>,
    /// The unit to select, by position in `Atlas::units`.
    pub unit: Option<usize>,
    /// The event to keep highlighted, by position in `Atlas::events`.
    pub event: Option<usize>,
    score: u32,
}

/// Lower case with Latin diacritics removed, so that "otomari" finds
/// "Ōtomari" and "lushun" finds "Lüshun". Japanese and Cyrillic text are
/// kept (Cyrillic lower-cased).
///
/// ```
/// use atlas_core::search::fold;
/// assert_eq!(fold("Ōtomari"), "otomari");
/// assert_eq!(fold("Lüshun"), "lushun");
/// assert_eq!(fold("Кунашир"), "кунашир");
/// ```
pub fn fold(text: &str) -> String {
    text.chars()
        .map(lower_case)
        .map(|c| match c {
            'ā' | 'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'ē' | 'é' | 'è' | 'ê' | 'ë' => 'e',
            'ī' | 'í' | 'ì' | 'î' | 'ï' => 'i',
            'ō' | 'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ū' | 'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ё' => 'е',
            '–' | '—' => '-',
            c => c,
        })
        .collect()
}

/// The lower case of a letter of the scripts the record is written in:
/// Latin (with Latin-1 and Latin Extended-A accents, as in Hepburn's
/// macrons) and Cyrillic. Kana and kanji have no case. Std's
/// `char::to_lowercase` knows every script, but its tables would be most
/// of what search adds to the download.
///
/// ```
/// use atlas_core::search::lower_case;
/// let folded: String = "ÉTOROFU Ō Южно-Сахалинск Ёж 択捉".chars().map(lower_case).collect();
/// assert_eq!(folded, "étorofu ō южно-сахалинск ёж 択捉");
/// ```
pub fn lower_case(c: char) -> char {
    let shifted = |by: u32| char::from_u32(c as u32 + by).unwrap_or(c);
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'А'..='Я' => shifted(32),
        'Ѐ'..='Џ' => shifted(80),
        // Latin Extended-A pairs upper and lower case as even and odd code points.
        'Ā'..='ķ' | 'Ŋ'..='ŷ' if (c as u32).is_multiple_of(2) => shifted(1),
        'Ĺ'..='ň' | 'Ź'..='ž' if c as u32 % 2 == 1 => shifted(1),
        _ => c,
    }
}

/// Whether `c` separates words in a name ("Yuzhno-Sakhalinsk", "Port Arthur").
fn separates_words(c: char) -> bool {
    c.is_ascii_whitespace() || c.is_ascii_punctuation() || matches!(c, '–' | '—' | '·' | '・' | '、' | '\u{3000}')
}

/// How well `name` matches the folded query: exact, prefix, word prefix, substring.
fn score(name: &str, query: &str) -> u32 {
    let name = fold(name);
    if name == query {
        100
    } else if name.starts_with(query) {
        80
    } else if name.split(separates_words).any(|w| w.starts_with(query)) {
        60
    } else if name.contains(query) {
        40
    } else {
        0
    }
}

fn best(names: &Names, query: &str) -> u32 {
    [Some(&names.en), names.ja.as_ref(), names.ru.as_ref()]
        .into_iter()
        .flatten()
        .map(|n| score(n, query))
        .max()
        .unwrap_or(0)
}

/// The name in the reader's language, falling back to English.
pub fn name_in(names: &Names, lang: Lang) -> &str {
    match lang {
        Lang::En => &names.en,
        Lang::Ja => names.ja.as_deref().unwrap_or(&names.en),
        Lang::Ru => names.ru.as_deref().unwrap_or(&names.en),
    }
}

fn dated_hit(
    kind: HitKind,
    id: &str,
    label: String,
    date: &HistDate,
    unit: Option<usize>,
    event: Option<usize>,
    score: u32,
) -> SearchHit {
    SearchHit { kind, id: id.to_string(), label, detail: date.to_string(), year: Some(date.year), unit, event, score }
}

/// Up to `limit` hits for `query`, best first. Queries shorter than two
/// characters find nothing.
///
/// ```
/// # let atlas = atlas_core::testing::real_atlas();
/// # let map = atlas_core::map::MapGeometry::build(&atlas).unwrap();
/// use atlas_core::search::{search, HitKind};
/// use atlas_core::settings::Lang;
/// let hits = search(&atlas, &map, "Shumshu", Lang::En, 10);
/// assert!(hits.iter().any(|h| h.kind == HitKind::Site && h.id == "shumshu" && h.year == Some(1945)));
/// assert!(hits.iter().any(|h| h.kind == HitKind::Unit && h.id == "kurils-north"));
/// ```
///
/// A place opens on the unit it lies in, which `map` knows.
pub fn search(atlas: &Atlas, map: &MapGeometry, query: &str, lang: Lang, limit: usize) -> Vec<SearchHit> {
    let place_units = &map.place_units;
    let query = fold(query.trim());
    if query.chars().count() < 2 {
        return Vec::new();
    }
    let unit_position = |id: &str| atlas.units.iter().position(|u| u.id == id);
    let mut hits = Vec::new();

    for (i, unit) in atlas.units.iter().enumerate() {
        let by_name = best(&unit.names, &query).max(score(&unit.label, &query));
        let by_period = unit.names_by_period.iter().map(|n| best(&n.names, &query)).max().unwrap_or(0);
        // The description lists the islands and towns a unit holds (Shumshu, Toyohara…).
        let by_description = if fold(&unit.description).contains(&query) { 30 } else { 0 };
        let s = by_name.max(by_period).max(by_description);
        if s > 0 {
            hits.push(SearchHit {
                kind: HitKind::Unit,
                id: unit.id.clone(),
                label: name_in(&unit.names, lang).to_string(),
                detail: unit.description.clone(),
                year: None,
                unit: Some(i),
                event: None,
                score: s + 5,
            });
        }
    }
    for (place_index, place) in atlas.places.iter().enumerate() {
        let matched = place.names.iter().map(|n| (best(&n.names, &query), n)).max_by_key(|(s, _)| *s);
        let Some((s, period)) = matched.filter(|(s, _)| *s > 0) else { continue };
        let unit = place_units.get(place_index).copied().flatten();
        // A historical name shows its own period: "Toyohara" opens in 1905.
        let year = period.from.as_ref().map(|f| f.year).filter(|_| period.to.is_some());
        hits.push(SearchHit {
            kind: HitKind::Place,
            id: place.id.clone(),
            label: name_in(&period.names, lang).to_string(),
            detail: unit.map(|u| name_in(&atlas.units[u].names, lang).to_string()).unwrap_or_default(),
            year,
            unit,
            event: None,
            score: s,
        });
    }
    // Sites, events and treaties are dated: they open in their year, on their first unit.
    let first_unit = |units: &[String]| units.first().and_then(|u| unit_position(u));
    for site in &atlas.sites {
        let s = best(&site.names, &query);
        if s > 0 {
            let label = name_in(&site.names, lang).to_string();
            hits.push(dated_hit(HitKind::Site, &site.id, label, &site.from, first_unit(&site.units), None, s));
        }
    }
    for (i, event) in atlas.events.iter().enumerate() {
        let s = score(&event.title, &query);
        if s > 0 {
            let hit = dated_hit(
                HitKind::Event,
                &event.id,
                event.title.clone(),
                &event.date,
                first_unit(&event.units),
                Some(i),
                s,
            );
            hits.push(SearchHit { score: s.saturating_sub(5), ..hit });
        }
    }
    for treaty in &atlas.treaties {
        let s = best(&treaty.names, &query);
        if s > 0 {
            let label = name_in(&treaty.names, lang).to_string();
            let event = atlas.events.iter().position(|e| e.treaty.as_deref() == Some(treaty.id.as_str()));
            hits.push(dated_hit(
                HitKind::Treaty,
                &treaty.id,
                label,
                &treaty.signed,
                first_unit(&treaty.units),
                event,
                s,
            ));
        }
    }
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.kind.cmp(&b.kind)).then(a.year.cmp(&b.year)));
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::real_atlas;

    #[test]
    fn finds_places_by_any_name_in_any_language() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas).unwrap();
        let cases = [
            ("Toyohara", HitKind::Place, "yuzhno-sakhalinsk"),
            ("otomari", HitKind::Place, "korsakov"),
            ("Кунашир", HitKind::Unit, "kunashir"),
            ("択捉", HitKind::Unit, "iturup"),
            ("Etorofu", HitKind::Unit, "iturup"),
            ("Portsmouth", HitKind::Treaty, "portsmouth-1905"),
            ("Khasan", HitKind::Site, "lake-khasan"),
            ("Mukden", HitKind::Place, "shenyang"),
        ];
        for (query, kind, id) in cases {
            let hits = search(&atlas, &map, query, Lang::En, 12);
            assert!(hits.iter().any(|h| h.kind == kind && h.id == id), "{query}: {hits:?}");
        }
    }

    #[test]
    fn historical_place_names_open_in_their_period() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas).unwrap();
        let hit =
            search(&atlas, &map, "Toyohara", Lang::En, 5).into_iter().find(|h| h.id == "yuzhno-sakhalinsk").unwrap();
        assert_eq!(hit.year, Some(1905));
        assert_eq!(hit.unit.map(|u| atlas.units[u].id.as_str()), Some("sakhalin-south"));
    }

    #[test]
    fn short_or_empty_queries_find_nothing() {
        let atlas = real_atlas();
        let map = MapGeometry::build(&atlas).unwrap();
        for q in ["", " ", "a", "<"] {
            assert!(search(&atlas, &map, q, Lang::En, 5).is_empty(), "{q:?}");
        }
    }
}
