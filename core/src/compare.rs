//! Comparing two moments: for every unit, whether its land changed hands
//! between states, stayed with its state under another regime, or did not
//! change at all.
//!
//! "Changed hands" is measured by the holders' states (`Polity::state`):
//! southern Sakhalin passing from the Russian Empire to Japan in 1905 changed
//! hands; Kamchatka passing from the Russian Empire to the Soviet Union did
//! not, its state's regime changed. Which polities are regimes of one state
//! is the record's judgement, sourced in each polity's `state_note`.

use crate::atlas::Atlas;

/// What happened to one unit between two moments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Change {
    /// The same polity holds it at both moments.
    #[default]
    Unchanged,
    /// Another regime of the same state holds it (the Russian Empire, then
    /// the Soviet Union; Japan, then the Allied occupation of Japan).
    RegimeChanged,
    /// A polity of another state holds it (Japan, then the Soviet Union),
    /// or it was held at one moment and not at the other.
    ChangedHands,
}

impl Change {
    /// The spelling used in the page's `data-change` attributes and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Unchanged => "unchanged",
            Change::RegimeChanged => "regime",
            Change::ChangedHands => "hands",
        }
    }

    pub fn is_change(self) -> bool {
        self != Change::Unchanged
    }
}

/// The change of one unit's holder, from `before` to `after` (positions in
/// [`Atlas::polities`]; `None` where no polity holds it).
pub fn change_between(atlas: &Atlas, before: Option<usize>, after: Option<usize>) -> Change {
    match (before, after) {
        (a, b) if a == b => Change::Unchanged,
        (Some(a), Some(b)) => match (atlas.state_of(a), atlas.state_of(b)) {
            (Some(sa), Some(sb)) if sa == sb => Change::RegimeChanged,
            _ => Change::ChangedHands,
        },
        _ => Change::ChangedHands,
    }
}

/// For every unit, in [`Atlas::units`] order, how its holder changed from
/// `before` to `after` (each as [`Atlas::holders_on`] returns them).
///
/// ```
/// # let atlas = atlas_build::testing::real_atlas();
/// use atlas_core::compare::{compare_holders, Change};
/// use atlas_core::query::end_of_year;
/// let changes = compare_holders(&atlas, &atlas.holders_on(end_of_year(1944)), &atlas.holders_on(end_of_year(1946)));
/// let kind = |id| changes[atlas.unit_position(id).unwrap()];
/// assert_eq!(kind("kunashir"), Change::ChangedHands);
/// assert_eq!(kind("hokkaido"), Change::RegimeChanged);
/// assert_eq!(kind("kamchatka"), Change::Unchanged);
/// ```
pub fn compare_holders(atlas: &Atlas, before: &[Option<usize>], after: &[Option<usize>]) -> Vec<Change> {
    (0..atlas.units().len())
        .map(|u| change_between(atlas, before.get(u).copied().flatten(), after.get(u).copied().flatten()))
        .collect()
}
