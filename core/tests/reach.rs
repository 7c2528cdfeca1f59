//! Hit areas of the small units, on the real map at the default view.

use atlas_build::testing::real_atlas_and_map;
use atlas_core::reach::{hit_areas, TARGET_POINTER_PX, TARGET_TOUCH_PX};
use atlas_core::viewport::{ScreenRect, Viewport};

/// Whether `p` lies inside the convex polygon.
fn inside(points: &[[f64; 2]], p: [f64; 2]) -> bool {
    let n = points.len();
    let sign = |i: usize| {
        let (a, b) = (points[i], points[(i + 1) % n]);
        (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    };
    (0..n).all(|i| sign(i) >= -1e-9) || (0..n).all(|i| sign(i) <= 1e-9)
}

/// Checks the hit areas with the map `width` by `height` px on screen.
fn check_split(width: f64, height: f64, target: f64, least_px: usize) {
    let (atlas, map) = real_atlas_and_map();
    let rect = ScreenRect { left: 0.0, top: 0.0, width, height };
    let upp = Viewport::full(map.size).units_per_pixel(&rect);
    let areas = hit_areas(&map.units, upp, target);
    let reach = (target / 2.0) as i32 + 1;
    let index = |id: &str| atlas.units().iter().position(|u| u.id == id).unwrap();
    let anchor = |id: &str| map.units[index(id)].anchor;
    let area = |id: &str| areas.iter().find(|a| a.unit == index(id)).unwrap_or_else(|| panic!("{id} has a hit area"));
    for id in ["habomai", "shikotan", "kunashir", "kwantung"] {
        assert!(inside(&area(id).points, anchor(id)), "{id}'s area holds its anchor");
        // Count the screen pixels it covers, on a one-pixel grid.
        let [cx, cy] = anchor(id);
        let mut covered = 0;
        for dx in -reach..=reach {
            for dy in -reach..=reach {
                let p = [cx + f64::from(dx) * upp, cy + f64::from(dy) * upp];
                if inside(&area(id).points, p) {
                    covered += 1;
                }
            }
        }
        assert!(covered >= least_px, "{id} covers {covered} px at {width}x{height}");
    }
    // No point is in two areas.
    for a in &areas {
        for b in areas.iter().filter(|b| b.unit != a.unit) {
            assert!(!inside(&b.points, anchor(&atlas.units()[a.unit].id)) || a.unit == b.unit);
        }
    }
    // On a desktop Kwantung stands alone: its full circle.
    let kw = &area("kwantung").points;
    let xs = kw.iter().map(|p| p[0]).fold(f64::MIN, f64::max) - kw.iter().map(|p| p[0]).fold(f64::MAX, f64::min);
    assert!(target > TARGET_POINTER_PX || (xs / upp - target).abs() < 0.5);
    // Big units get none.
    assert!(areas.iter().all(|a| !["manchuria", "amur", "japan-home"].contains(&atlas.units()[a.unit].id.as_str())));
}

#[test]
fn the_southern_kurils_split_their_hit_areas_by_the_nearer_anchor() {
    // The map's share of a 1440 x 900 desktop: Habomai's 2 px grow to
    // almost half a 24 px disc (Shikotan's anchor is 9 px away).
    check_split(900.0, 700.0, TARGET_POINTER_PX, 250);
    // A 390 px phone, 44 px for touch.
    check_split(390.0, 300.0, TARGET_TOUCH_PX, 250);
}

#[test]
fn hit_areas_keep_their_screen_size_as_the_map_zooms() {
    let (atlas, map) = real_atlas_and_map();
    let rect = ScreenRect { left: 0.0, top: 0.0, width: 900.0, height: 700.0 };
    let full = Viewport::full(map.size);
    let habomai = atlas.units().iter().position(|u| u.id == "habomai").unwrap();
    let width_px = |v: Viewport| {
        let upp = v.units_per_pixel(&rect);
        let area = hit_areas(&map.units, upp, TARGET_POINTER_PX).into_iter().find(|a| a.unit == habomai)?;
        let xs = area.points.iter().map(|p| p[0]);
        Some((xs.clone().fold(f64::MIN, f64::max) - xs.fold(f64::MAX, f64::min)) / upp)
    };
    // Zoomed in eight times, Habomai is still small but alone: a whole 24 px disc.
    let zoomed = width_px(full.zoomed(8.0, map.units[habomai].anchor)).expect("still small at zoom 8");
    assert!((zoomed - 24.0).abs() < 0.5, "{zoomed}");
}
