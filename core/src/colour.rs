//! Colours of the record, read once from `#rrggbb`, and the colour science
//! that keeps them legible: sRGB to CIE Lab, the CIEDE2000 difference,
//! simulated colour-vision deficiencies and WCAG contrast. The validator
//! uses it to refuse polities that meet on the map in colours too close to
//! tell apart; the map uses it to pick a label ink every fill can carry.

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

/// Black ink, for labels on light fills.
pub const DARK_INK: Colour = Colour([0x00, 0x00, 0x00]);

/// White ink, for labels on dark fills.
pub const LIGHT_INK: Colour = Colour([0xff, 0xff, 0xff]);

/// The contrast WCAG 2.x level AA asks of small text (its "normal text":
/// the map's labels are 11–12 px).
pub const WCAG_AA_SMALL_TEXT: f64 = 4.5;

/// One sRGB component (0–255) in linear light, 0–1 (IEC 61966-2-1).
///
/// ```
/// use atlas_core::colour::srgb_to_linear;
/// assert_eq!(srgb_to_linear(0), 0.0);
/// assert_eq!(srgb_to_linear(255), 1.0);
/// assert!((srgb_to_linear(128) - 0.2158605).abs() < 1e-6);
/// ```
pub fn srgb_to_linear(component: u8) -> f64 {
    let c = f64::from(component) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// A colour in CIE L*a*b* (D65 white): L* is lightness 0–100, a* runs
/// green to red, b* blue to yellow. Distances here follow perception far
/// better than distances between RGB values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lab {
    pub l: f64,
    pub a: f64,
    pub b: f64,
}

/// The D65 reference white in XYZ (Y = 1), the white of sRGB.
const D65_WHITE: [f64; 3] = [0.950_47, 1.0, 1.088_83];

impl Lab {
    /// A colour given in linear-light sRGB (components 0–1, clamped).
    ///
    /// ```
    /// use atlas_core::colour::Lab;
    /// let white = Lab::from_linear_rgb([1.0, 1.0, 1.0]);
    /// assert!((white.l - 100.0).abs() < 1e-3 && white.a.abs() < 1e-2 && white.b.abs() < 1e-2);
    /// assert!(Lab::from_linear_rgb([0.0, 0.0, 0.0]).l.abs() < 1e-9);
    /// ```
    pub fn from_linear_rgb(rgb: [f64; 3]) -> Lab {
        let [r, g, b] = rgb.map(|c| c.clamp(0.0, 1.0));
        // sRGB primaries to CIE XYZ (IEC 61966-2-1).
        let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
        let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
        let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
        let f = |t: f64| {
            const EPSILON: f64 = 216.0 / 24389.0;
            const KAPPA: f64 = 24389.0 / 27.0;
            if t > EPSILON {
                t.cbrt()
            } else {
                (KAPPA * t + 16.0) / 116.0
            }
        };
        let [fx, fy, fz] = [f(x / D65_WHITE[0]), f(y / D65_WHITE[1]), f(z / D65_WHITE[2])];
        Lab { l: 116.0 * fy - 16.0, a: 500.0 * (fx - fy), b: 200.0 * (fy - fz) }
    }
}

/// The CIEDE2000 colour difference ΔE00 between two Lab colours (with
/// kL = kC = kH = 1). About 1 is the smallest difference an observer
/// notices side by side; map palettes want ten or more.
///
/// The formula and its test data are from G. Sharma, W. Wu and E. N. Dalal,
/// "The CIEDE2000 color-difference formula: implementation notes,
/// supplementary test data, and mathematical observations", Color Research
/// & Application 30 (1), 2005, pp. 21–30: equations (2)–(22), with the
/// hue-angle conventions of its notes (hue 0 where a′ = b′ = 0, mean hue
/// taken round the shorter arc).
///
/// ```
/// use atlas_core::colour::{ciede2000, Lab};
/// // Pair 1 of Sharma, Wu & Dalal's Table 1.
/// let x = Lab { l: 50.0, a: 2.6772, b: -79.7751 };
/// let y = Lab { l: 50.0, a: 0.0, b: -82.7485 };
/// assert!((ciede2000(x, y) - 2.0425).abs() < 1e-4);
/// ```
pub fn ciede2000(x: Lab, y: Lab) -> f64 {
    use std::f64::consts::PI;
    let degrees = |radians: f64| radians.to_degrees();
    let pow7 = |v: f64| v.powi(7);
    let chroma = |lab: Lab| lab.a.hypot(lab.b);
    let mean_chroma = (chroma(x) + chroma(y)) / 2.0;
    let g = 0.5 * (1.0 - (pow7(mean_chroma) / (pow7(mean_chroma) + pow7(25.0))).sqrt());
    let prime = |lab: Lab| {
        let a = (1.0 + g) * lab.a;
        let c = a.hypot(lab.b);
        let h = if a == 0.0 && lab.b == 0.0 { 0.0 } else { degrees(lab.b.atan2(a)).rem_euclid(360.0) };
        (c, h)
    };
    let ((c1, h1), (c2, h2)) = (prime(x), prime(y));
    let delta_l = y.l - x.l;
    let delta_c = c2 - c1;
    let delta_h_angle = if c1 * c2 == 0.0 {
        0.0
    } else if (h2 - h1).abs() <= 180.0 {
        h2 - h1
    } else if h2 - h1 > 180.0 {
        h2 - h1 - 360.0
    } else {
        h2 - h1 + 360.0
    };
    let delta_h = 2.0 * (c1 * c2).sqrt() * (delta_h_angle / 2.0).to_radians().sin();
    let mean_l = (x.l + y.l) / 2.0;
    let mean_c = (c1 + c2) / 2.0;
    let mean_h = if c1 * c2 == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (mean_h - 30.0).to_radians().cos()
        + 0.24 * (2.0 * mean_h).to_radians().cos()
        + 0.32 * (3.0 * mean_h + 6.0).to_radians().cos()
        - 0.20 * (4.0 * mean_h - 63.0).to_radians().cos();
    let delta_theta = 30.0 * (-((mean_h - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (pow7(mean_c) / (pow7(mean_c) + pow7(25.0))).sqrt();
    let s_l = 1.0 + 0.015 * (mean_l - 50.0).powi(2) / (20.0 + (mean_l - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * mean_c;
    let s_h = 1.0 + 0.015 * mean_c * t;
    let r_t = -(2.0 * delta_theta * PI / 180.0).sin() * r_c;
    let (l, c, h) = (delta_l / s_l, delta_c / s_c, delta_h / s_h);
    (l * l + c * c + h * h + r_t * c * h).sqrt()
}

/// How a reader sees colour: normal vision or one of the three complete
/// dichromacies, the strongest forms of colour blindness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vision {
    Normal,
    /// No green-sensitive (M) cones: about 1 % of men. Red and green merge.
    Deuteranopia,
    /// No red-sensitive (L) cones: about 1 % of men. Red and green merge, and reds darken.
    Protanopia,
    /// No blue-sensitive (S) cones: rare. Blue and green merge, as do yellow and pink.
    Tritanopia,
}

impl Vision {
    /// Every vision the palette must work for.
    pub const ALL: [Vision; 4] = [Vision::Normal, Vision::Deuteranopia, Vision::Protanopia, Vision::Tritanopia];

    /// The vision in words, for reports.
    pub fn name(self) -> &'static str {
        match self {
            Vision::Normal => "normal vision",
            Vision::Deuteranopia => "deuteranopia",
            Vision::Protanopia => "protanopia",
            Vision::Tritanopia => "tritanopia",
        }
    }

    /// The matrix that simulates this vision in linear RGB: Machado,
    /// Oliveira & Fernandes, "A physiologically-based model for simulation
    /// of color vision deficiency", IEEE TVCG 15 (6), 2009, at severity 1.0
    /// (the table published with the paper). Normal vision is the identity.
    fn matrix(self) -> [[f64; 3]; 3] {
        match self {
            Vision::Normal => [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
            Vision::Deuteranopia => [
                [0.367_322, 0.860_646, -0.227_968],
                [0.280_085, 0.672_501, 0.047_413],
                [-0.011_820, 0.042_940, 0.968_881],
            ],
            Vision::Protanopia => [
                [0.152_286, 1.052_583, -0.204_868],
                [0.114_503, 0.786_281, 0.099_216],
                [-0.003_882, -0.048_116, 1.051_998],
            ],
            Vision::Tritanopia => [
                [1.255_528, -0.076_749, -0.178_779],
                [-0.078_411, 0.930_809, 0.147_602],
                [0.004_733, 0.691_367, 0.303_900],
            ],
        }
    }

    /// A linear-light colour as this vision sees it (clamped to 0–1).
    ///
    /// ```
    /// use atlas_core::colour::Vision;
    /// // Grey stays grey: each row of Machado's matrices sums to 1.
    /// for vision in Vision::ALL {
    ///     let [r, g, b] = vision.simulate([0.5, 0.5, 0.5]);
    ///     assert!((r - 0.5).abs() < 1e-5 && (g - 0.5).abs() < 1e-5 && (b - 0.5).abs() < 1e-5);
    /// }
    /// ```
    pub fn simulate(self, linear: [f64; 3]) -> [f64; 3] {
        self.matrix().map(|row| (row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]).clamp(0.0, 1.0))
    }
}

impl Colour {
    /// The colour in linear light, each component 0–1.
    pub fn linear_rgb(self) -> [f64; 3] {
        self.0.map(srgb_to_linear)
    }

    /// The colour in CIE Lab as a reader with `vision` sees it.
    pub fn lab_seen_with(self, vision: Vision) -> Lab {
        Lab::from_linear_rgb(vision.simulate(self.linear_rgb()))
    }

    /// How clearly a reader with `vision` tells two colours apart (ΔE00).
    ///
    /// ```
    /// use atlas_core::colour::{Colour, Vision};
    /// let red: Colour = "#d62728".parse().unwrap();
    /// let green: Colour = "#2ca02c".parse().unwrap();
    /// assert!(red.difference(green, Vision::Normal) > 40.0);
    /// // The classic pair a deuteranope confuses.
    /// assert!(red.difference(green, Vision::Deuteranopia) < red.difference(green, Vision::Normal) / 2.0);
    /// ```
    pub fn difference(self, other: Colour, vision: Vision) -> f64 {
        ciede2000(self.lab_seen_with(vision), other.lab_seen_with(vision))
    }

    /// WCAG 2.x relative luminance: 0 for black, 1 for white.
    ///
    /// ```
    /// use atlas_core::colour::{DARK_INK, LIGHT_INK};
    /// assert_eq!(DARK_INK.relative_luminance(), 0.0);
    /// assert_eq!(LIGHT_INK.relative_luminance(), 1.0);
    /// ```
    pub fn relative_luminance(self) -> f64 {
        let [r, g, b] = self.linear_rgb();
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// WCAG 2.x contrast ratio, 1 (none) to 21 (black on white); the
    /// order of the two colours does not matter.
    ///
    /// ```
    /// use atlas_core::colour::{DARK_INK, LIGHT_INK};
    /// assert_eq!(DARK_INK.contrast_ratio(LIGHT_INK), 21.0);
    /// ```
    pub fn contrast_ratio(self, other: Colour) -> f64 {
        let (x, y) = (self.relative_luminance(), other.relative_luminance());
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// The ink for text on this fill: black or white, whichever contrasts
    /// more. Between them every fill reaches at least 4.58:1, so any fill
    /// carries AA small text in one of the two.
    ///
    /// ```
    /// use atlas_core::colour::{Colour, DARK_INK, LIGHT_INK};
    /// let soviet_red: Colour = "#8c2c37".parse().unwrap();
    /// assert_eq!(soviet_red.label_ink(), LIGHT_INK);
    /// let manchukuo_amber: Colour = "#efae45".parse().unwrap();
    /// assert_eq!(manchukuo_amber.label_ink(), DARK_INK);
    /// ```
    pub fn label_ink(self) -> Colour {
        if self.contrast_ratio(DARK_INK) >= self.contrast_ratio(LIGHT_INK) {
            DARK_INK
        } else {
            LIGHT_INK
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ciede2000, srgb_to_linear, Colour, Lab, Vision, DARK_INK, LIGHT_INK, WCAG_AA_SMALL_TEXT};

    fn colour(text: &str) -> Colour {
        text.parse().unwrap()
    }

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

    /// Pairs of Table 1 of Sharma, Wu & Dalal (2005), chosen to exercise
    /// every branch: the hue wrap-round (13–19), neutral colours, large
    /// differences and the blue region where the rotation term acts.
    #[test]
    fn ciede2000_matches_sharma_wu_dalal_table_1() {
        #[rustfmt::skip]
        let pairs: [(u32, [f64; 3], [f64; 3], f64); 24] = [
            (1, [50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
            (2, [50.0, 3.1571, -77.2803], [50.0, 0.0, -82.7485], 2.8615),
            (3, [50.0, 2.8361, -74.0200], [50.0, 0.0, -82.7485], 3.4412),
            (7, [50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
            (13, [50.0, 2.4900, -0.0010], [50.0, -2.4900, 0.0009], 7.1792),
            (14, [50.0, 2.4900, -0.0010], [50.0, -2.4900, 0.0010], 7.1792),
            (15, [50.0, 2.4900, -0.0010], [50.0, -2.4900, 0.0011], 7.2195),
            (16, [50.0, 2.4900, -0.0010], [50.0, -2.4900, 0.0012], 7.2195),
            (17, [50.0, -0.0010, 2.4900], [50.0, 0.0009, -2.4900], 4.8045),
            (19, [50.0, -0.0010, 2.4900], [50.0, 0.0011, -2.4900], 4.7461),
            (20, [50.0, 2.5, 0.0], [50.0, 0.0, -2.5], 4.3065),
            (21, [50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
            (22, [50.0, 2.5, 0.0], [61.0, -5.0, 29.0], 22.8977),
            (23, [50.0, 2.5, 0.0], [56.0, -27.0, -3.0], 31.9030),
            (24, [50.0, 2.5, 0.0], [58.0, 24.0, 15.0], 19.4535),
            (25, [50.0, 2.5, 0.0], [50.0, 3.1736, 0.5854], 1.0000),
            (29, [60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644),
            (30, [63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.2630),
            (32, [35.0831, -44.1164, 3.7933], [35.0232, -40.0716, 1.5901], 1.8645),
            (33, [22.7233, 20.0904, -46.6940], [23.0331, 14.9730, -42.5619], 2.0373),
            (34, [36.4612, 47.8580, 18.3852], [36.2715, 50.5065, 21.2231], 1.4146),
            (35, [90.8027, -2.0831, 1.4410], [91.1528, -1.6435, 0.0447], 1.4441),
            (37, [6.7747, -0.2908, -2.4247], [5.8714, -0.0985, -2.2286], 0.6377),
            (38, [2.0776, 0.0795, -1.1350], [0.9033, -0.0636, -0.5514], 0.9082),
        ];
        let lab = |[l, a, b]: [f64; 3]| Lab { l, a, b };
        for (n, x, y, expected) in pairs {
            let forward = ciede2000(lab(x), lab(y));
            let backward = ciede2000(lab(y), lab(x));
            assert!((forward - expected).abs() < 1e-4, "pair {n}: {forward} instead of {expected}");
            assert!((forward - backward).abs() < 1e-9, "pair {n} is not symmetric");
        }
    }

    #[test]
    fn lab_of_known_srgb_colours() {
        // Reference values computed with the same D65 conversion (Bruce Lindbloom's formulas).
        let cases = [
            ("#ff0000", [53.2408, 80.0925, 67.2032]),
            ("#00ff00", [87.7347, -86.1827, 83.1793]),
            ("#0000ff", [32.2970, 79.1875, -107.8602]),
            ("#808080", [53.5850, 0.0, 0.0]),
        ];
        for (text, [l, a, b]) in cases {
            let lab = colour(text).lab_seen_with(Vision::Normal);
            assert!((lab.l - l).abs() < 0.01, "{text}: L {}", lab.l);
            assert!((lab.a - a).abs() < 0.05, "{text}: a {}", lab.a);
            assert!((lab.b - b).abs() < 0.05, "{text}: b {}", lab.b);
        }
    }

    #[test]
    fn linearisation_follows_the_srgb_curve() {
        let cases = [(0, 0.0), (10, 0.003_035), (11, 0.003_347), (128, 0.215_861), (200, 0.577_580), (255, 1.0)];
        for (component, linear) in cases {
            assert!((srgb_to_linear(component) - linear).abs() < 1e-6, "{component}");
        }
    }

    #[test]
    fn simulations_merge_the_colours_each_deficiency_confuses() {
        // (vision, two colours that vision confuses, two it keeps apart)
        let cases = [
            (Vision::Deuteranopia, ("#d62728", "#2ca02c"), ("#1f77b4", "#ff7f0e")),
            (Vision::Protanopia, ("#d62728", "#2ca02c"), ("#1f77b4", "#ff7f0e")),
            (Vision::Tritanopia, ("#1f77b4", "#2ca02c"), ("#d62728", "#2ca02c")),
        ];
        for (vision, (x1, y1), (x2, y2)) in cases {
            let confused = colour(x1).difference(colour(y1), vision);
            let apart = colour(x2).difference(colour(y2), vision);
            assert!(confused < colour(x1).difference(colour(y1), Vision::Normal) * 0.6, "{vision:?}: {confused}");
            assert!(apart > 25.0, "{vision:?} keeps {x2} and {y2} apart: {apart}");
        }
        // White and black are what every vision sees.
        for vision in Vision::ALL {
            assert!(DARK_INK.difference(LIGHT_INK, vision) > 99.0, "{vision:?}");
        }
    }

    #[test]
    fn wcag_contrast_of_known_pairs() {
        let cases = [
            ("#000000", "#ffffff", 21.0),
            ("#ffffff", "#ffffff", 1.0),
            ("#777777", "#ffffff", 4.48),
            ("#767676", "#ffffff", 4.54),
            ("#595959", "#ffffff", 7.0),
        ];
        for (x, y, ratio) in cases {
            let measured = colour(x).contrast_ratio(colour(y));
            assert!((measured - ratio).abs() < 0.01, "{x} on {y}: {measured}");
            assert_eq!(measured, colour(y).contrast_ratio(colour(x)));
        }
    }

    #[test]
    fn label_ink_reaches_aa_on_every_grey_and_primary() {
        for v in 0..=255u8 {
            for fill in [[v, v, v], [v, 0, 0], [0, v, 0], [0, 0, v], [v, v, 0], [v, 0, v], [0, v, v]] {
                let fill = Colour::new(fill);
                let ratio = fill.label_ink().contrast_ratio(fill);
                assert!(ratio >= WCAG_AA_SMALL_TEXT, "{fill}: {ratio}");
            }
        }
    }
}
