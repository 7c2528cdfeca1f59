//! The map's region, and points in it. Shapes are read and checked at
//! build time (crate `atlas-build`); the browser sees only points.

/// A longitude/latitude pair in degrees (east and north positive).
pub type LonLat = [f64; 2];

/// The map's region, in degrees. Everything drawn lies inside it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

/// From Lake Baikal to Kamchatka, from Tsushima to the Sea of Okhotsk.
pub const REGION: Region = Region { west: 104.0, east: 163.0, south: 30.0, north: 62.0 };

impl Region {
    /// Whether a point lies inside the region (edges included).
    ///
    /// ```
    /// use atlas_core::region::REGION;
    /// assert!(REGION.contains([145.85, 44.12])); // Kunashir
    /// assert!(!REGION.contains([-70.74, 43.08])); // Portsmouth, New Hampshire
    /// ```
    pub fn contains(&self, [lon, lat]: LonLat) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }

    /// Whether a point lies inside the region or within `slack` degrees of
    /// it, for points a generator placed on its edge and rounded.
    pub fn contains_within(&self, [lon, lat]: LonLat, slack: f64) -> bool {
        lon >= self.west - slack && lon <= self.east + slack && lat >= self.south - slack && lat <= self.north + slack
    }

    /// The region's outline, counter-clockwise from its south-west corner.
    pub fn corners(&self) -> [LonLat; 5] {
        [
            [self.west, self.south],
            [self.east, self.south],
            [self.east, self.north],
            [self.west, self.north],
            [self.west, self.south],
        ]
    }
}
