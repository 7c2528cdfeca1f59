//! The palette's rule: polities that meet on the map must be told apart by
//! every reader, including the one man in twelve with a red–green
//! deficiency. Two polities meet when
//!
//! - they fill neighbouring units ([`crate::neighbours`]) at one moment,
//! - one follows the other in filling a unit (a change of hands, or a
//!   government's maps changing their view of it), or
//! - one is hatched as a claimant over the other's fill (the claims view).
//!
//! "A moment" is every day on which any control period, claim or
//! official-map entry begins: between two such days nothing on the map
//! changes. Each moment is looked at as de-facto control and as Japan's
//! and Russia's maps show it, so the `undetermined` of Japan's maps is
//! checked against its neighbours there.

use std::collections::BTreeSet;
use std::fmt;

use atlas_core::colour::Vision;
use atlas_core::date::{civil_from_day_number, DayNumber};
use atlas_core::scene::MapLayers;
use atlas_core::settings::{SeenFrom, View};
use atlas_core::{Atlas, DataError, DataFile, Rule};

use crate::neighbours::neighbouring_units;
use crate::UnitShape;

/// The least CIEDE2000 difference between polities that meet, for normal
/// vision. A ΔE00 of 1 is a just-noticeable difference between two
/// patches touching; the map's are separated by a dark border, seen at a
/// glance and often small (an island), so they need far more. Around 10
/// two fills read as two colours rather than one colour twice, which is
/// where map palettes (ColorBrewer's qualitative sets) keep their
/// neighbours.
pub const MIN_DIFFERENCE_NORMAL: f64 = 10.0;

/// The least difference under each simulated dichromacy. A complete
/// dichromat sees a two-dimensional colour space, so ten in it cannot be
/// had for two dozen colours; six is still well beyond the confusion
/// threshold (ΔE00 ≈ 2–3 for patches side by side) and leaves two fills
/// clearly different in lightness or in the hues the reader keeps. These
/// are simulations of the strongest form, severity 1.0: most readers with
/// a deficiency see more than this.
pub const MIN_DIFFERENCE_SIMULATED: f64 = 6.0;

/// The difference the rule asks for under `vision`.
pub fn required_difference(vision: Vision) -> f64 {
    match vision {
        Vision::Normal => MIN_DIFFERENCE_NORMAL,
        Vision::Deuteranopia | Vision::Protanopia | Vision::Tritanopia => MIN_DIFFERENCE_SIMULATED,
    }
}

/// How two polities meet on the map (unit positions in [`Atlas::units`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Encounter {
    /// They fill two units that touch or face each other across a strait.
    SideBySide { units: [usize; 2], km: f64 },
    /// One fills a unit after the other.
    InTurn { unit: usize },
    /// One's claim hatch is drawn over the other's fill.
    ClaimOverFill { unit: usize },
}

/// One pair of polities (positions in [`Atlas::polities`], the earlier
/// first) that meet, and the first time and way they are found meeting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Meeting {
    pub polities: [usize; 2],
    pub day: DayNumber,
    pub seen_from: SeenFrom,
    pub encounter: Encounter,
}

impl Meeting {
    /// How and when they meet, in words, for the validator and the tests.
    pub fn describe(&self, atlas: &Atlas) -> String {
        let unit = |u: usize| atlas.units().get(u).map_or("?", |u| u.id.as_str());
        let (y, m, d) = civil_from_day_number(self.day);
        let how = match self.encounter {
            Encounter::SideBySide { units: [a, b], km } => {
                format!("side by side in {} and {} ({km:.0} km apart)", unit(a), unit(b))
            }
            Encounter::InTurn { unit: u } => format!("in turn in {}", unit(u)),
            Encounter::ClaimOverFill { unit: u } => format!("as fill and claim hatch in {}", unit(u)),
        };
        let view = match self.seen_from {
            SeenFrom::Neutral => "",
            SeenFrom::Japan => " on Japan's maps",
            SeenFrom::Russia => " on Russia's maps",
        };
        format!("{how} on {y:04}-{m:02}-{d:02}{view}")
    }
}

/// A meeting pair whose colours are too close for one vision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Clash {
    pub meeting: Meeting,
    pub vision: Vision,
    /// The measured ΔE00 between the two colours as `vision` sees them.
    pub difference: f64,
}

/// A clash in words: both polities with their colours, the vision, the
/// measured and the required difference, and where they meet.
pub struct ClashReport<'a>(pub &'a Atlas, pub &'a Clash);

impl fmt::Display for ClashReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ClashReport(atlas, clash) = self;
        let [a, b] = clash.meeting.polities.map(|p| atlas.polities().get(p));
        let (Some(a), Some(b)) = (a, b) else { return write!(f, "{clash:?}") };
        write!(
            f,
            "{} ({}) and {} ({}) differ by ΔE00 {:.1} under {}, at least {} needed; they meet {}",
            a.id,
            a.colour,
            b.id,
            b.colour,
            clash.difference,
            clash.vision.name(),
            required_difference(clash.vision),
            clash.meeting.describe(atlas)
        )
    }
}

/// The days on which anything the map colours can change.
fn moments(atlas: &Atlas) -> BTreeSet<DayNumber> {
    let mut days = BTreeSet::new();
    for unit in atlas.units() {
        days.extend(unit.control.iter().map(|p| p.from.first_day()));
        days.extend(unit.claims.iter().map(|c| c.from.first_day()));
        days.extend(unit.official_maps.iter().filter_map(|v| v.from.map(|f| f.first_day())));
    }
    days
}

/// Every pair of polities that meets, each once, in the order first found.
///
/// `neighbours` are pairs of unit positions in [`Atlas::units`].
pub fn meetings(atlas: &Atlas, neighbours: &[([usize; 2], f64)]) -> Vec<Meeting> {
    let mut found: Vec<Meeting> = Vec::new();
    let mut note = |x: usize, y: usize, day: DayNumber, seen_from: SeenFrom, encounter: Encounter| {
        if x == y {
            return;
        }
        let polities = [x.min(y), x.max(y)];
        if !found.iter().any(|m| m.polities == polities) {
            found.push(Meeting { polities, day, seen_from, encounter });
        }
    };
    for seen_from in [SeenFrom::Neutral, SeenFrom::Japan, SeenFrom::Russia] {
        let mut before: Option<Vec<Option<usize>>> = None;
        for day in moments(atlas) {
            let layers = MapLayers::compute(atlas, day, View::Claims, seen_from, None);
            let fills = &layers.fills;
            for &([a, b], km) in neighbours {
                if let (Some(Some(x)), Some(Some(y))) = (fills.get(a), fills.get(b)) {
                    note(*x, *y, day, seen_from, Encounter::SideBySide { units: [a, b], km });
                }
            }
            for (unit, (fill, claimants)) in fills.iter().zip(&layers.claimants).enumerate() {
                for (claimant, fill) in claimants.iter().filter_map(|c| Some((*c, (*fill)?))) {
                    note(claimant, fill, day, seen_from, Encounter::ClaimOverFill { unit });
                }
            }
            if let Some(before) = &before {
                for (unit, (old, new)) in before.iter().zip(fills).enumerate() {
                    if let (Some(x), Some(y)) = (old, new) {
                        note(*x, *y, day, seen_from, Encounter::InTurn { unit });
                    }
                }
            }
            before = Some(layers.fills);
        }
    }
    found
}

/// The pairs of units (positions in [`Atlas::units`]) that are neighbours,
/// with their distance in km.
pub fn unit_neighbours(atlas: &Atlas, shapes: &[UnitShape]) -> Vec<([usize; 2], f64)> {
    let position = |shape: usize| shapes.get(shape).and_then(|s| atlas.units().iter().position(|u| u.id == s.unit));
    neighbouring_units(shapes)
        .into_iter()
        .filter_map(|n| {
            let (a, b) = (position(n.units[0])?, position(n.units[1])?);
            Some(([a.min(b), a.max(b)], n.km))
        })
        .collect()
}

/// Every meeting pair and vision whose colours differ by less than the rule asks.
pub fn clashes(atlas: &Atlas, meetings: &[Meeting]) -> Vec<Clash> {
    let mut out = Vec::new();
    for meeting in meetings {
        let [Some(a), Some(b)] = meeting.polities.map(|p| atlas.polities().get(p)) else { continue };
        for vision in Vision::ALL {
            let difference = a.colour.difference(b.colour, vision);
            if difference < required_difference(vision) {
                out.push(Clash { meeting: *meeting, vision, difference });
            }
        }
    }
    out
}

/// The rule [`Rule::ColoursTooClose`] over the whole record: each clash is
/// reported against the later of the two polities in `polities.json`,
/// which is most often the one just added.
pub fn check_colours(atlas: &Atlas, shapes: &[UnitShape]) -> Vec<DataError> {
    let neighbours = unit_neighbours(atlas, shapes);
    clashes(atlas, &meetings(atlas, &neighbours))
        .iter()
        .map(|clash| {
            let later = atlas.polities().get(clash.meeting.polities[1]).map_or("?", |p| p.id.as_str());
            DataError::new(
                DataFile::Polities.file_name(),
                later,
                Rule::ColoursTooClose,
                ClashReport(atlas, clash).to_string(),
            )
        })
        .collect()
}
