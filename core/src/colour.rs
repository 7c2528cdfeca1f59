//! Colours of the record, read once from `#rrggbb`.

use std::fmt;

/// An sRGB colour, written `#rrggbb` in the data and on the page.
///
/// ```
/// use atlas_core::colour::Colour;
/// let japan: Colour = "#e8787c".parse().unwrap();
/// assert_eq!(japan.rgb(), [0xe8, 0x78, 0x7c]);
/// assert_eq!(japan.to_string(), "#e8787c");
/// assert!("red".parse::<Colour>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour([u8; 3]);

/// The neutral grey of a unit whose holder is unknown.
pub const NO_HOLDER: Colour = Colour([0xcc, 0xcc, 0xcc]);

impl Colour {
    pub const fn new(rgb: [u8; 3]) -> Colour {
        Colour(rgb)
    }

    /// The red, green and blue components, 0–255.
    pub fn rgb(self) -> [u8; 3] {
        self.0
    }
}

/// Why a text is not a colour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColourError(pub String);

impl fmt::Display for ColourError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}' is not a colour of the form #rrggbb", self.0)
    }
}

impl std::error::Error for ColourError {}

impl std::str::FromStr for Colour {
    type Err = ColourError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || ColourError(text.to_string());
        let hex = text.strip_prefix('#').filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()));
        let hex = hex.ok_or_else(bad)?;
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| bad());
        Ok(Colour([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

crate::text_serde::serde_as_text!(Colour, to_string);

#[cfg(test)]
mod tests {
    use super::Colour;

    #[test]
    fn reads_only_six_hex_digits() {
        let cases = [("#E8787C", Some([0xe8, 0x78, 0x7c])), ("#000000", Some([0, 0, 0]))];
        for (text, rgb) in cases {
            assert_eq!(text.parse::<Colour>().ok().map(Colour::rgb), rgb, "{text}");
        }
        for bad in ["e8787c", "#e878", "#e8787c0", "#gg0000", "", "#", "#ﬀ0000"] {
            assert!(bad.parse::<Colour>().is_err(), "{bad}");
        }
    }
}
