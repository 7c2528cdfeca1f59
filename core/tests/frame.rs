//! The map in its frame, on the real record: the home view fitted to a
//! phone's frame, and the inset of the southern Kurils with its hit areas.

use atlas_build::testing::real_atlas_and_map;
use atlas_core::inset::{padded_bounds, Inset, INSET_POINTER_PX, SOUTHERN_KURILS};
use atlas_core::map::{MapGeometry, UnitPath};
use atlas_core::reach::{HitArea, TARGET_TOUCH_PX};
use atlas_core::viewport::{ScreenRect, Viewport};

/// The frames the layout gives the map: 1440×900 and 390×844 (measured).
const DESKTOP: [f64; 2] = [1016.0, 670.0];
const PHONE: [f64; 2] = [368.0, 439.0];

fn kurils(map: &MapGeometry, atlas: &atlas_core::Atlas) -> Vec<UnitPath> {
    SOUTHERN_KURILS
        .iter()
        .map(|id| {
            let i = atlas.units().iter().position(|u| u.id == *id).unwrap_or_else(|| panic!("no unit {id}"));
            map.units.iter().find(|u| u.unit == i).cloned().unwrap_or_else(|| panic!("{id} has no outline"))
        })
        .collect()
}

fn extent_px(area: &HitArea, units_per_px: f64) -> (f64, f64) {
    let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in &area.points {
        lo = [lo[0].min(p[0]), lo[1].min(p[1])];
        hi = [hi[0].max(p[0]), hi[1].max(p[1])];
    }
    ((hi[0] - lo[0]) / units_per_px, (hi[1] - lo[1]) / units_per_px)
}

#[test]
fn every_southern_kuril_is_reachable_in_the_inset_on_a_desktop_and_a_phone() {
    let (atlas, map) = real_atlas_and_map();
    let units = kurils(&map, &atlas);
    let islands = padded_bounds(&units, 0.1).expect("a box");
    for (name, frame, target, least) in
        [("desktop", DESKTOP, INSET_POINTER_PX, 24.0), ("phone", PHONE, TARGET_TOUCH_PX, 30.0)]
    {
        let home = Viewport::fitting_frame(map.size, frame, map.focus());
        let inset = Inset::place(frame, islands, &home).unwrap_or_else(|| panic!("{name}: no room"));
        let areas = inset.hit_areas(&units, target);
        for unit in &units {
            let id = &atlas.units()[unit.unit].id;
            let drawn = (
                (unit.bounds[2] - unit.bounds[0]) * inset.px_per_unit,
                (unit.bounds[3] - unit.bounds[1]) * inset.px_per_unit,
            );
            let (w, h) = match areas.iter().find(|a| a.unit == unit.unit) {
                Some(area) => extent_px(area, inset.units_per_px()),
                None => drawn,
            };
            println!("{name}: {id} drawn {:.1}×{:.1} px, reached over {w:.1}×{h:.1}", drawn.0, drawn.1);
            assert!(w >= least && h >= least, "{name}: {id} spans {w:.1}×{h:.1} px, at least {least}");
        }
        let r = inset.rect;
        assert!(
            r.left > frame[0] / 2.0 && r.left + r.width <= frame[0] && r.top + r.height <= frame[1],
            "{name}: {r:?}"
        );
        // At the home view the inset is worth showing and covers none of the islands.
        assert!(inset.worth_showing(&home, frame, islands), "{name}: shown at the home view");
    }
}

#[test]
fn the_inset_gives_way_when_the_main_map_shows_the_islands_large_or_under_it() {
    let (atlas, map) = real_atlas_and_map();
    let islands = padded_bounds(&kurils(&map, &atlas), 0.1).expect("a box");
    let home = Viewport::fitting_frame(map.size, DESKTOP, map.focus());
    let inset = Inset::place(DESKTOP, islands, &home).expect("room");
    let centre = [(islands[0] + islands[2]) / 2.0, (islands[1] + islands[3]) / 2.0];
    assert!(!inset.worth_showing(&home.zoomed(4.0, centre), DESKTOP, islands), "zoomed onto the islands");
    // Panned so that the islands would lie under the inset.
    let screen = ScreenRect { left: 0.0, top: 0.0, width: DESKTOP[0], height: DESKTOP[1] };
    let [ix, iy] = home.map_to_screen(&screen, centre);
    let upp = home.units_per_pixel(&screen);
    let (tx, ty) = (inset.rect.left + inset.rect.width / 2.0, inset.rect.top + inset.rect.height / 2.0);
    let under = home.zoomed(1.2, centre).panned((ix - tx) * upp, (iy - ty) * upp);
    assert!(!inset.worth_showing(&under, DESKTOP, islands), "over the islands");
}

#[test]
fn the_home_view_fills_a_phone_frame_with_the_frontier_in_it() {
    let (atlas, map) = real_atlas_and_map();
    let home = Viewport::fitting_frame(map.size, PHONE, map.focus());
    assert!((home.aspect() - PHONE[1] / PHONE[0]).abs() < 1e-9);
    assert!(home.x >= 0.0 && home.x + home.width <= map.size[0] + 1e-9 && home.height <= map.size[1] + 1e-9);
    // Sakhalin, Hokkaido, every Kuril, Korea and Kwantung stay in view.
    for id in ["sakhalin-north", "hokkaido", "kurils-north", "iturup", "habomai", "korea-south", "kwantung"] {
        let i = atlas.units().iter().position(|u| u.id == id).expect(id);
        let anchor = map.units.iter().find(|u| u.unit == i).expect(id).anchor;
        assert!(home.contains(anchor), "{id} at {anchor:?} in {home:?}");
    }
    // The desktop frame has about the map's own shape: nearly all of it.
    let desktop = Viewport::fitting_frame(map.size, DESKTOP, map.focus());
    assert!(desktop.zoom() < 1.1, "{}", desktop.zoom());
}
