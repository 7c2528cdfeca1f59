//! The atlas's function components. Each is thin: it renders what
//! `atlas-core` answers and turns the reader's gestures into
//! [`crate::state::Action`]s.

mod app;
mod atlas_view;
mod changes_panel;
mod compare_map;
mod disagreement;
mod events_panel;
mod history_panel;
mod inset;
mod legend;
mod map_view;
mod search_box;
mod share_controls;
mod sources;
mod time_controls;
mod view_controls;
mod year_slider;

pub use app::App;
pub use atlas_core::scene::MapLayers;
pub use atlas_view::{AtlasView, AtlasViewProps, DEFAULT_YEAR};
pub use changes_panel::ChangesPanel;
pub use compare_map::CompareMap;
pub use disagreement::DisagreementNote;
pub use events_panel::EventsPanel;
pub use history_panel::HistoryPanel;
pub use legend::{Legend, LEGEND_HEADING_ID};
pub use map_view::MapView;
pub use search_box::SearchBox;
pub use share_controls::{Moment, ShareControls};
pub use sources::{citation, SourceRefs};
pub use time_controls::TimeControls;
pub use view_controls::ViewControls;
pub use year_slider::YearSlider;

/// The dispatcher of the root reducer, handed to children. It is stable
/// across renders, so passing it never makes a child re-render.
pub type Dispatch = yew::UseReducerDispatcher<crate::state::AtlasState>;

/// Moves the focus to a unit's shape on the map (where a sheet that closes
/// gives it back). The `focusin` that follows tells the reducer, so the
/// unit becomes the map's Tab stop.
pub fn focus_unit_on_map(unit_id: &str) {
    use wasm_bindgen::JsCast;
    let selector = format!("svg.map [data-unit=\"{unit_id}\"]");
    if let Some(shape) = gloo::utils::document().query_selector(&selector).ok().flatten() {
        if let Some(shape) = shape.dyn_ref::<web_sys::SvgElement>() {
            let _ = shape.focus();
        }
    }
}
