//! The reader's choices that change how the map is drawn: what it shows
//! (control or claims), whose official maps it follows, and its language.
//! Each has a stable URL spelling.

/// What the fill shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// De-facto control only.
    #[default]
    Control,
    /// Control as the fill, and every other claimant as a hatch.
    Claims,
}

/// Whose official maps the colours follow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SeenFrom {
    /// De-facto control, as the record establishes it.
    #[default]
    Neutral,
    /// Japan's official maps: the four southern Kuril units as Japanese,
    /// southern Sakhalin and the Kurils north of Iturup as undetermined.
    Japan,
    /// Russia's official maps, which follow present control in this region.
    Russia,
}

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Ru,
}

macro_rules! url_words {
    ($t:ty { $($variant:ident => $word:literal),+ $(,)? }) => {
        impl $t {
            /// Every value, in display order.
            pub const ALL: &'static [$t] = &[$(<$t>::$variant),+];

            /// The value's spelling in the URL.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(<$t>::$variant => $word),+
                }
            }

            /// Reads the URL spelling; anything else is `None`.
            pub fn parse(word: &str) -> Option<$t> {
                match word {
                    $($word => Some(<$t>::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

url_words!(View { Control => "control", Claims => "claims" });
url_words!(SeenFrom { Neutral => "neutral", Japan => "japan", Russia => "russia" });
url_words!(Lang { En => "en", Ja => "ja", Ru => "ru" });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_words_round_trip() {
        for v in View::ALL {
            assert_eq!(View::parse(v.as_str()), Some(*v));
        }
        for s in SeenFrom::ALL {
            assert_eq!(SeenFrom::parse(s.as_str()), Some(*s));
        }
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.as_str()), Some(*l));
        }
        assert_eq!(Lang::parse("EN"), None);
        assert_eq!(View::parse(""), None);
    }
}
