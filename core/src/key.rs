//! The map's key at one moment: which rows it has and what each says.
//!
//! The legend over the map and the exported image draw the same rows, so
//! they are decided here once: the polities that fill a unit, the
//! claimants hatched in the claims view, the lines in force, the kinds of
//! site pinned, and the land outside the atlas's units.

use crate::atlas::Atlas;
use crate::compare::Change;
use crate::i18n::{hatched_claimed_by, site_kind_name, text, Text};
use crate::model::SiteKind;
use crate::scene::{site_kinds_shown, MapLayers};
use crate::search::name_in;
use crate::settings::Lang;

/// One row of the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRow {
    /// While comparing, an outline that some changed unit bears
    /// ([`Change::ChangedHands`] or [`Change::RegimeChanged`]).
    Outline(Change),
    /// A polity filling at least one unit (position in `Atlas::polities`).
    Polity(usize),
    /// A polity hatched over a unit it claims (claims view only).
    Claimant(usize),
    /// A line in force (position in `Atlas::lines`).
    Line(usize),
    /// A kind of site pinned on the map.
    Site(SiteKind),
    /// Land drawn for context, outside every unit.
    Context,
}

/// The key's rows in the order the legend lists them: the outlines of a
/// comparison, polities, claimants, lines, site symbols, context land.
///
/// ```
/// # let atlas = atlas_build::testing::real_atlas();
/// use atlas_core::key::{key_rows, KeyRow};
/// use atlas_core::query::end_of_year;
/// use atlas_core::scene::{MapLayers, YearMarks};
/// use atlas_core::settings::{SeenFrom, View};
/// let layers = MapLayers::compute(&atlas, end_of_year(2020), View::Claims, SeenFrom::Neutral, None);
/// let rows = key_rows(&atlas, &layers, &YearMarks::compute(&atlas, 2020).sites);
/// let japan = atlas.polity_position("japan").unwrap();
/// assert!(rows.contains(&KeyRow::Polity(japan)));
/// assert!(rows.contains(&KeyRow::Claimant(japan)));
/// assert_eq!(rows.last(), Some(&KeyRow::Context));
/// ```
pub fn key_rows(atlas: &Atlas, layers: &MapLayers, sites: &[usize]) -> Vec<KeyRow> {
    let count = atlas.polities().len();
    let mut rows: Vec<KeyRow> = [Change::ChangedHands, Change::RegimeChanged]
        .into_iter()
        .filter(|kind| layers.changes.contains(kind))
        .map(KeyRow::Outline)
        .collect();
    rows.extend(layers.legend(count).into_iter().map(KeyRow::Polity));
    rows.extend(layers.claimants_shown(count).into_iter().map(KeyRow::Claimant));
    rows.extend(layers.lines.iter().copied().filter(|&i| i < atlas.lines().len()).map(KeyRow::Line));
    rows.extend(site_kinds_shown(atlas, sites).into_iter().map(KeyRow::Site));
    rows.push(KeyRow::Context);
    rows
}

/// What a row says, in the reader's language.
///
/// ```
/// # let atlas = atlas_build::testing::real_atlas();
/// use atlas_core::key::{key_row_text, KeyRow};
/// use atlas_core::model::SiteKind;
/// use atlas_core::settings::Lang;
/// let japan = atlas.polity_position("japan").unwrap();
/// assert_eq!(key_row_text(&atlas, KeyRow::Claimant(japan), Lang::En), "hatched: claimed by Japan");
/// assert_eq!(key_row_text(&atlas, KeyRow::Site(SiteKind::Battle), Lang::En), "Battle");
/// ```
pub fn key_row_text(atlas: &Atlas, row: KeyRow, lang: Lang) -> String {
    match row {
        KeyRow::Outline(Change::ChangedHands) => text(lang, Text::ChangedHands).to_string(),
        KeyRow::Outline(_) => text(lang, Text::RegimeChanged).to_string(),
        KeyRow::Polity(i) => atlas.polities().get(i).map(|p| name_in(&p.names, lang).to_string()).unwrap_or_default(),
        KeyRow::Claimant(i) => {
            atlas.polities().get(i).map(|p| hatched_claimed_by(lang, name_in(&p.names, lang))).unwrap_or_default()
        }
        KeyRow::Line(i) => atlas.lines().get(i).map(|l| l.name.clone()).unwrap_or_default(),
        KeyRow::Site(kind) => site_kind_name(lang, kind).to_string(),
        KeyRow::Context => text(lang, Text::ContextLand).to_string(),
    }
}
