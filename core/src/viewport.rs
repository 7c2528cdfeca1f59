//! Pan and zoom as pure arithmetic on the SVG viewBox.
//!
//! The map's SVG keeps a fixed coordinate system (the projected map,
//! `size` wide and high); zooming and panning only change which rectangle of
//! it the viewBox shows. Nothing is re-projected.

/// The visible rectangle of the map, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The whole map's size.
    pub size: [f64; 2],
}

/// The closest the map can be zoomed in, as a multiple of the full view.
pub const MAX_ZOOM: f64 = 16.0;

/// How much of the view a box brought into view by [`Viewport::fitting`]
/// spans: half, so that the reader sees it and what lies around it.
pub const FIT_SHARE: f64 = 0.5;

/// The smallest span, in map units, [`Viewport::fitting`] fits, so that a
/// point (a box of no size) does not divide by zero; at [`MAX_ZOOM`] on the
/// 1000-unit map it spans an eighth of the view.
pub const FIT_MIN_SPAN: f64 = 8.0;

/// How far a frame's shape may differ from the map's (as a share of its
/// height over width) before [`Viewport::fitting_frame`] crops the map to
/// it: a desktop's frame, within 3% of the map's shape, shows it whole.
pub const ALMOST_THE_MAPS_SHAPE: f64 = 0.05;

/// How far a wheel turn zooms: a factor above 1 in, below 1 out. Lines and
/// pages (`delta_mode` 1 and 2 of a `WheelEvent`) scroll further than
/// pixels (0) do.
///
/// ```
/// use atlas_core::viewport::wheel_zoom_factor;
/// assert!(wheel_zoom_factor(-100.0, 0) > 1.0);
/// assert!(wheel_zoom_factor(100.0, 0) < 1.0);
/// assert_eq!(wheel_zoom_factor(-3.0, 1), wheel_zoom_factor(-48.0, 0));
/// ```
pub fn wheel_zoom_factor(delta_y: f64, delta_mode: u32) -> f64 {
    let unit = match delta_mode {
        1 => 16.0,
        2 => 400.0,
        _ => 1.0,
    };
    (-delta_y * unit * 0.002).exp()
}

/// A rectangle on screen, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenRect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Viewport {
    /// The whole map.
    pub fn full(size: [f64; 2]) -> Viewport {
        Viewport { x: 0.0, y: 0.0, width: size[0], height: size[1], size }
    }

    /// How far the view is zoomed in: 1 for the whole map.
    pub fn zoom(&self) -> f64 {
        self.size[0] / self.width
    }

    /// The map point at the middle of the view, where the zoom buttons zoom.
    ///
    /// ```
    /// use atlas_core::viewport::Viewport;
    /// assert_eq!(Viewport::full([1000.0, 600.0]).centre(), [500.0, 300.0]);
    /// ```
    pub fn centre(&self) -> [f64; 2] {
        [self.x + self.width / 2.0, self.y + self.height / 2.0]
    }

    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        format!("{:.2} {:.2} {:.2} {:.2}", self.x, self.y, self.width, self.height)
    }

    /// Zooms by `factor` (above 1 zooms in) keeping the map point `at` fixed.
    ///
    /// ```
    /// use atlas_core::viewport::Viewport;
    /// let v = Viewport::full([1000.0, 600.0]).zoomed(2.0, [500.0, 300.0]);
    /// assert_eq!((v.x, v.y, v.width, v.height), (250.0, 150.0, 500.0, 300.0));
    /// ```
    pub fn zoomed(&self, factor: f64, at: [f64; 2]) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let zoom = (self.zoom() * factor).clamp(1.0, MAX_ZOOM);
        // Keep the view's own shape: a view fitted to a phone's tall frame
        // stays as tall when zoomed.
        let width = self.size[0] / zoom;
        let height = width * self.aspect();
        let fx = (at[0] - self.x) / self.width;
        let fy = (at[1] - self.y) / self.height;
        Viewport { x: at[0] - fx * width, y: at[1] - fy * height, width, height, size: self.size }.clamped()
    }

    /// The view that brings a box (`[min_x, min_y, max_x, max_y]` in map
    /// units) into view, centred, for search: zoomed so that the box spans
    /// [`FIT_SHARE`] of the view along its tighter side, no closer than
    /// [`MAX_ZOOM`] and never out past the whole map. A box smaller than
    /// [`FIT_MIN_SPAN`] is fitted as if it were that wide (callers wanting a
    /// point's surroundings pass a box around it).
    ///
    /// ```
    /// use atlas_core::viewport::Viewport;
    /// // A box a tenth of the map's width, in the middle: zoomed to five times.
    /// let v = Viewport::fitting([1000.0, 600.0], [450.0, 290.0, 550.0, 310.0]);
    /// assert_eq!(v.centre(), [500.0, 300.0]);
    /// assert!((v.zoom() - 5.0).abs() < 1e-9);
    /// ```
    pub fn fitting(size: [f64; 2], bounds: [f64; 4]) -> Viewport {
        Viewport::fitting_shaped(size, bounds, size[1] / size[0])
    }

    /// [`Viewport::fitting`] for a view of a given shape (`aspect`, height
    /// over width): the one the reader's frame has, so that a search on a
    /// phone keeps the map filling its frame.
    pub fn fitting_shaped(size: [f64; 2], [min_x, min_y, max_x, max_y]: [f64; 4], aspect: f64) -> Viewport {
        let full = Viewport::full(size);
        if ![min_x, min_y, max_x, max_y, aspect].iter().all(|v| v.is_finite()) || aspect <= 0.0 {
            return full;
        }
        let width = (max_x - min_x).abs().max(FIT_MIN_SPAN);
        let height = (max_y - min_y).abs().max(FIT_MIN_SPAN);
        let (view_w, view_h) = (size[0], size[0] * aspect);
        let zoom = (FIT_SHARE * view_w / width).min(FIT_SHARE * view_h / height).clamp(1.0, MAX_ZOOM);
        if zoom <= 1.0 && (aspect - size[1] / size[0]).abs() < 1e-9 {
            // Nothing to gain by sliding the whole map off centre.
            return full;
        }
        let centre = [(min_x + max_x) / 2.0, (min_y + max_y) / 2.0];
        let (width, height) = (view_w / zoom, view_h / zoom);
        Viewport { x: centre[0] - width / 2.0, y: centre[1] - height / 2.0, width, height, size }.clamped()
    }

    /// The view that fills a frame `frame_px` (width, height in pixels)
    /// with map: the largest view of the frame's shape that lies within
    /// the map, centred across its cropped side on `focus` (a map point,
    /// kept as near the middle as the map's edges allow). On a phone's
    /// tall frame this crops the map's far west and east instead of
    /// letterboxing it; a frame of about the map's own shape (within
    /// [`ALMOST_THE_MAPS_SHAPE`]) gets the whole map.
    ///
    /// ```
    /// use atlas_core::viewport::Viewport;
    /// // A square frame on a 1000×500 map: the whole height, 500 wide, centred.
    /// let v = Viewport::fitting_frame([1000.0, 500.0], [400.0, 400.0], [500.0, 250.0]);
    /// assert_eq!((v.x, v.y, v.width, v.height), (250.0, 0.0, 500.0, 500.0));
    /// // Focused near the west edge: slid as far west as the map goes.
    /// assert_eq!(Viewport::fitting_frame([1000.0, 500.0], [400.0, 400.0], [100.0, 250.0]).x, 0.0);
    /// ```
    pub fn fitting_frame(size: [f64; 2], [frame_w, frame_h]: [f64; 2], focus: [f64; 2]) -> Viewport {
        let full = Viewport::full(size);
        let aspect = frame_h / frame_w;
        if !(aspect.is_finite() && aspect > 0.0 && focus.iter().all(|v| v.is_finite())) {
            return full;
        }
        let map_aspect = size[1] / size[0];
        if (aspect / map_aspect - 1.0).abs() < ALMOST_THE_MAPS_SHAPE {
            // Bars of a few pixels: not worth hiding a strip of the map for.
            return full;
        }
        let slide = |centre: f64, span: f64, whole: f64| (centre - span / 2.0).clamp(0.0, whole - span);
        if aspect > map_aspect {
            // Taller than the map: the whole height, cropped east and west.
            let width = size[1] / aspect;
            Viewport { x: slide(focus[0], width, size[0]), y: 0.0, width, height: size[1], size }
        } else {
            // Wider: the whole width, cropped north and south.
            let height = size[0] * aspect;
            Viewport { x: 0.0, y: slide(focus[1], height, size[1]), width: size[0], height, size }
        }
    }

    /// The view's shape: its height over its width.
    pub fn aspect(&self) -> f64 {
        if self.width > 0.0 && self.height.is_finite() {
            self.height / self.width
        } else {
            self.size[1] / self.size[0]
        }
    }

    /// Whether a map point is in view.
    ///
    /// ```
    /// use atlas_core::viewport::Viewport;
    /// let v = Viewport::full([1000.0, 600.0]).zoomed(4.0, [500.0, 300.0]);
    /// assert!(v.contains([500.0, 300.0]) && !v.contains([100.0, 300.0]));
    /// ```
    pub fn contains(&self, [x, y]: [f64; 2]) -> bool {
        (self.x..=self.x + self.width).contains(&x) && (self.y..=self.y + self.height).contains(&y)
    }

    /// Moves the view by `dx`, `dy` map units.
    pub fn panned(&self, dx: f64, dy: f64) -> Viewport {
        if !(dx.is_finite() && dy.is_finite()) {
            return *self;
        }
        Viewport { x: self.x + dx, y: self.y + dy, ..*self }.clamped()
    }

    /// Keeps the view over the map: its centre never leaves the map.
    fn clamped(self) -> Viewport {
        let cx = (self.x + self.width / 2.0).clamp(0.0, self.size[0]);
        let cy = (self.y + self.height / 2.0).clamp(0.0, self.size[1]);
        Viewport { x: cx - self.width / 2.0, y: cy - self.height / 2.0, ..self }
    }

    /// The scale from map units to pixels when the SVG, laid out as `rect`,
    /// shows this view with `preserveAspectRatio="xMidYMid meet"`, and the
    /// offset of the drawn area inside `rect`.
    fn fit(&self, rect: &ScreenRect) -> (f64, f64, f64) {
        let scale = (rect.width / self.width).min(rect.height / self.height);
        let ox = (rect.width - self.width * scale) / 2.0;
        let oy = (rect.height - self.height * scale) / 2.0;
        (scale, ox, oy)
    }

    /// The map point under a screen point.
    ///
    /// ```
    /// use atlas_core::viewport::{ScreenRect, Viewport};
    /// let v = Viewport::full([1000.0, 500.0]);
    /// let rect = ScreenRect { left: 10.0, top: 20.0, width: 500.0, height: 250.0 };
    /// assert_eq!(v.screen_to_map(&rect, [260.0, 145.0]), [500.0, 250.0]);
    /// ```
    pub fn screen_to_map(&self, rect: &ScreenRect, [px, py]: [f64; 2]) -> [f64; 2] {
        let (scale, ox, oy) = self.fit(rect);
        if scale <= 0.0 || !scale.is_finite() {
            return [self.x + self.width / 2.0, self.y + self.height / 2.0];
        }
        [self.x + (px - rect.left - ox) / scale, self.y + (py - rect.top - oy) / scale]
    }

    /// The screen point over a map point, the inverse of [`Viewport::screen_to_map`].
    ///
    /// ```
    /// use atlas_core::viewport::{ScreenRect, Viewport};
    /// let v = Viewport::full([1000.0, 500.0]);
    /// let rect = ScreenRect { left: 10.0, top: 20.0, width: 500.0, height: 250.0 };
    /// assert_eq!(v.map_to_screen(&rect, [500.0, 250.0]), [260.0, 145.0]);
    /// ```
    pub fn map_to_screen(&self, rect: &ScreenRect, [x, y]: [f64; 2]) -> [f64; 2] {
        let (scale, ox, oy) = self.fit(rect);
        [rect.left + ox + (x - self.x) * scale, rect.top + oy + (y - self.y) * scale]
    }

    /// Map units per screen pixel.
    pub fn units_per_pixel(&self, rect: &ScreenRect) -> f64 {
        let (scale, _, _) = self.fit(rect);
        if scale > 0.0 && scale.is_finite() {
            1.0 / scale
        } else {
            1.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_is_clamped_between_full_view_and_max() {
        let full = Viewport::full([1000.0, 600.0]);
        assert_eq!(full.zoomed(0.5, [500.0, 300.0]), full);
        let deep = full.zoomed(1000.0, [100.0, 100.0]);
        assert!((deep.zoom() - MAX_ZOOM).abs() < 1e-9);
        assert_eq!(full.zoomed(f64::NAN, [0.0, 0.0]), full);
    }

    #[test]
    fn pan_keeps_the_centre_on_the_map() {
        let v = Viewport::full([1000.0, 600.0]).zoomed(4.0, [500.0, 300.0]).panned(-5000.0, 9000.0);
        assert_eq!((v.x + v.width / 2.0, v.y + v.height / 2.0), (0.0, 600.0));
    }

    #[test]
    fn fitting_centres_a_small_unit_and_zooms_it_to_half_the_view() {
        let size = [1000.0, 660.0];
        // A unit the size of Kwantung: 20 by 16 map units near the map's west.
        let v = Viewport::fitting(size, [300.0, 500.0, 320.0, 516.0]);
        assert_eq!(v.centre(), [310.0, 508.0]);
        assert!((v.zoom() - 16.0).abs() < 1e-9, "zoomed in as far as allowed: {}", v.zoom());
        // Still inside the view, and spanning a good share of it.
        assert!(v.x <= 300.0 && 320.0 <= v.x + v.width && v.y <= 500.0 && 516.0 <= v.y + v.height);
        assert!(20.0 / v.width > 0.3);
    }

    #[test]
    fn fitting_a_point_shows_its_surroundings_and_a_huge_box_the_whole_map() {
        let size = [1000.0, 600.0];
        let point = Viewport::fitting(size, [500.0, 300.0, 500.0, 300.0]);
        assert_eq!(point.centre(), [500.0, 300.0]);
        assert!((point.zoom() - MAX_ZOOM).abs() < 1e-9);
        let around = Viewport::fitting(size, [480.0, 280.0, 520.0, 320.0]);
        assert!((around.zoom() - 7.5).abs() < 1e-9, "40 units span half of 600 / 7.5: {}", around.zoom());
        assert_eq!(Viewport::fitting(size, [-100.0, -100.0, 2000.0, 900.0]), Viewport::full(size));
        assert_eq!(Viewport::fitting(size, [f64::NAN, 0.0, 1.0, 1.0]), Viewport::full(size));
    }

    /// The land's share of the frame: the part of the frame the view's
    /// drawn area covers, where it lies over the map.
    fn fill_ratio(v: &Viewport, frame: [f64; 2]) -> f64 {
        let rect = ScreenRect { left: 0.0, top: 0.0, width: frame[0], height: frame[1] };
        let upp = v.units_per_pixel(&rect);
        let shown_w = (v.x + v.width).min(v.size[0]) - v.x.max(0.0);
        let shown_h = (v.y + v.height).min(v.size[1]) - v.y.max(0.0);
        (shown_w / upp).min(frame[0]) * (shown_h / upp).min(frame[1]) / (frame[0] * frame[1])
    }

    #[test]
    fn fitting_a_frame_fills_it_on_a_phone_a_desktop_and_a_wide_screen() {
        // The atlas's map (1000 × 702) in the frames the layout gives it.
        let size = [1000.0, 702.0];
        let centre = [520.0, 380.0];
        for (name, frame) in [("phone 390×844", [388.0, 438.0]), ("wide", [1600.0, 500.0])] {
            let letterboxed = fill_ratio(&Viewport::full(size), frame);
            let fitted = Viewport::fitting_frame(size, frame, centre);
            assert!((fill_ratio(&fitted, frame) - 1.0).abs() < 1e-9, "{name}: fills {}", fill_ratio(&fitted, frame));
            assert!((fitted.aspect() - frame[1] / frame[0]).abs() < 1e-9, "{name}: the frame's shape");
            assert!(fitted.x >= 0.0 && fitted.y >= 0.0 && fitted.x + fitted.width <= size[0] + 1e-9);
            assert!(fitted.y + fitted.height <= size[1] + 1e-9, "{name}: inside the map");
            if name.starts_with("phone") {
                assert!(letterboxed < 0.8, "the phone was letterboxed: {letterboxed}");
                assert!(fitted.zoom() > 1.2, "cropped east and west: {}", fitted.zoom());
            }
        }
        // A desktop's frame (the atlas's 1000 × 677 map at 1440×900), 3%
        // wider than the map, shows it whole, and so does a frame with no
        // size yet (before layout).
        assert_eq!(Viewport::fitting_frame([1000.0, 677.0], [1016.0, 670.0], centre), Viewport::full([1000.0, 677.0]));
        assert_eq!(Viewport::fitting_frame(size, [0.0, 0.0], centre), Viewport::full(size));
        assert_eq!(Viewport::fitting_frame(size, [f64::NAN, 400.0], centre), Viewport::full(size));
    }

    #[test]
    fn a_fitted_view_keeps_its_shape_as_it_zooms_and_search_keeps_it_too() {
        let size = [1000.0, 702.0];
        let home = Viewport::fitting_frame(size, [388.0, 438.0], [520.0, 380.0]);
        let zoomed = home.zoomed(2.0, home.centre()).zoomed(0.25, home.centre());
        assert!((zoomed.aspect() - home.aspect()).abs() < 1e-9);
        assert!((zoomed.zoom() - 1.0).abs() < 1e-9, "zoomed out to the whole width");
        let found = Viewport::fitting_shaped(size, [300.0, 500.0, 320.0, 516.0], home.aspect());
        assert!((found.aspect() - home.aspect()).abs() < 1e-9);
        assert_eq!(found.centre(), [310.0, 508.0]);
    }

    #[test]
    fn screen_mapping_accounts_for_letterboxing() {
        let v = Viewport::full([1000.0, 500.0]);
        // A square element letterboxes the 2:1 map: 250 px of bars top and bottom... of 1000 px.
        let rect = ScreenRect { left: 0.0, top: 0.0, width: 1000.0, height: 1000.0 };
        assert_eq!(v.screen_to_map(&rect, [0.0, 250.0]), [0.0, 0.0]);
        assert_eq!(v.screen_to_map(&rect, [1000.0, 750.0]), [1000.0, 500.0]);
    }
}
