//! Search over the record: units, places (by any of their names in any
//! period), events, treaties and sites. Choosing a hit tells the app which
//! year to show and what to select.

use crate::atlas::Atlas;
use crate::date::HistDate;
use crate::map::{Bounds, MapGeometry};
use crate::model::{Names, PeriodName};
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
    /// For a name of a period with no year of its own to open at ("Port
    /// Arthur", until 1955): the first and last years whose end the name was
    /// in use, so that choosing it keeps the year shown inside them.
    pub in_use: Option<(i32, i32)>,
    /// What to bring into view, in viewBox units: the unit's outline, a box
    /// around a site or place, the units of an event or treaty.
    pub bounds: Option<Bounds>,
    score: u32,
}

/// How far around a point (a site, a place outside every unit) search
/// brings into view, in viewBox units either side: some 80 km.
pub const POINT_MARGIN: f64 = 20.0;

/// The first and last years at whose end a name of a period was in use:
/// from the year it was given to the year before it gave way (the map
/// shows the end of a year). `None` for a name of every period.
fn years_in_use(period: &PeriodName) -> Option<(i32, i32)> {
    if period.from.is_none() && period.to.is_none() {
        return None;
    }
    Some((period.from.as_ref().map_or(i32::MIN, |f| f.year), period.to.as_ref().map_or(i32::MAX, |t| t.year - 1)))
}

/// A box around a point, [`POINT_MARGIN`] either side.
fn around([x, y]: [f64; 2]) -> Bounds {
    [x - POINT_MARGIN, y - POINT_MARGIN, x + POINT_MARGIN, y + POINT_MARGIN]
}

/// The smallest box holding every box given, if any.
fn union(boxes: impl IntoIterator<Item = Bounds>) -> Option<Bounds> {
    boxes.into_iter().reduce(|a, b| [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])])
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

/// How well `name` matches the folded query: exact, a whole word (the
/// "Nomonhan" of "Battles of Khalkhin Gol (Nomonhan)", a name in its own
/// right), prefix, word prefix, substring.
fn score(name: &str, query: &str) -> u32 {
    let name = fold(name);
    if name == query {
        100
    } else if name.split(separates_words).any(|w| w == query) {
        90
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

/// A hit that opens in its own year: a site, an event or a treaty.
struct Dated<'a> {
    kind: HitKind,
    id: &'a str,
    label: String,
    date: &'a HistDate,
    unit: Option<usize>,
    event: Option<usize>,
    bounds: Option<Bounds>,
    score: u32,
}

impl Dated<'_> {
    fn hit(self) -> SearchHit {
        SearchHit {
            kind: self.kind,
            id: self.id.to_string(),
            label: self.label,
            detail: self.date.to_string(),
            year: Some(self.date.year),
            unit: self.unit,
            event: self.event,
            in_use: None,
            bounds: self.bounds,
            score: self.score,
        }
    }
}

/// Up to `limit` hits for `query`, best first. Queries shorter than two
/// characters find nothing.
///
/// ```
/// # let (atlas, map) = atlas_build::testing::real_atlas_and_map();
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
    let unit_position = |id: &str| atlas.units().iter().position(|u| u.id == id);
    let mut hits = Vec::new();

    for (i, unit) in atlas.units().iter().enumerate() {
        let by_name = best(&unit.names, &query).max(score(&unit.label, &query));
        let period = unit.names_by_period.iter().map(|n| (best(&n.names, &query), n)).max_by_key(|(s, _)| *s);
        let by_period = period.map_or(0, |(s, _)| s);
        // Found by a name of a period ("Karafuto"): keep the year in that period.
        let in_use = period.filter(|_| by_period > by_name).and_then(|(_, p)| years_in_use(p));
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
                in_use,
                bounds: map.units.get(i).map(|u| u.bounds),
                score: s + 5,
            });
        }
    }
    for (place_index, place) in atlas.places().iter().enumerate() {
        let matched = place.names.iter().map(|n| (best(&n.names, &query), n)).max_by_key(|(s, _)| *s);
        let Some((s, period)) = matched.filter(|(s, _)| *s > 0) else { continue };
        let unit = place_units.get(place_index).copied().flatten();
        // A historical name shows its own period: "Toyohara" opens in 1905;
        // "Port Arthur", used until 1955, keeps the year if it is before.
        let year = period.from.as_ref().map(|f| f.year).filter(|_| period.to.is_some());
        let in_use = years_in_use(period).filter(|_| year.is_none());
        // A place opens on its unit, which it lies in; outside every unit, on itself.
        let bounds = match unit {
            Some(u) => map.units.get(u).map(|path| path.bounds),
            None => map.places.get(place_index).copied().map(around),
        };
        hits.push(SearchHit {
            kind: HitKind::Place,
            id: place.id.clone(),
            label: name_in(&period.names, lang).to_string(),
            detail: unit.map(|u| name_in(&atlas.units()[u].names, lang).to_string()).unwrap_or_default(),
            year,
            unit,
            event: None,
            in_use,
            bounds,
            score: s,
        });
    }
    // Sites, events and treaties are dated: they open in their year, on their first unit.
    let first_unit = |units: &[String]| units.first().and_then(|u| unit_position(u));
    let units_box = |units: &[String]| {
        union(units.iter().filter_map(|u| unit_position(u)).filter_map(|u| map.units.get(u)).map(|p| p.bounds))
    };
    let site_box = |site: usize| map.sites.get(site).copied().map(around);
    for (site_index, site) in atlas.sites().iter().enumerate() {
        let s = best(&site.names, &query);
        if s > 0 {
            hits.push(
                Dated {
                    kind: HitKind::Site,
                    id: &site.id,
                    label: name_in(&site.names, lang).to_string(),
                    date: &site.from,
                    unit: first_unit(&site.units),
                    event: atlas.event_for_site(site_index, site.from.year),
                    bounds: site_box(site_index),
                    score: s,
                }
                .hit(),
            );
        }
    }
    for (i, event) in atlas.events().iter().enumerate() {
        let s = score(&event.title, &query);
        if s > 0 {
            let sites = event.sites.iter().filter_map(|id| atlas.sites().iter().position(|x| &x.id == id));
            let bounds = union(units_box(&event.units).into_iter().chain(sites.filter_map(site_box)));
            hits.push(
                Dated {
                    kind: HitKind::Event,
                    id: &event.id,
                    label: event.title.clone(),
                    date: &event.date,
                    unit: first_unit(&event.units),
                    event: Some(i),
                    bounds,
                    score: s.saturating_sub(5),
                }
                .hit(),
            );
        }
    }
    for treaty in atlas.treaties() {
        let s = best(&treaty.names, &query);
        if s > 0 {
            let event = atlas.events().iter().position(|e| e.treaty.as_deref() == Some(treaty.id.as_str()));
            hits.push(
                Dated {
                    kind: HitKind::Treaty,
                    id: &treaty.id,
                    label: name_in(&treaty.names, lang).to_string(),
                    date: &treaty.signed,
                    unit: first_unit(&treaty.units),
                    event,
                    bounds: units_box(&treaty.units),
                    score: s,
                }
                .hit(),
            );
        }
    }
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.kind.cmp(&b.kind)).then(a.year.cmp(&b.year)));
    hits.truncate(limit);
    hits
}
