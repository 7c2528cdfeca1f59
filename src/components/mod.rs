//! The atlas's function components. Each is thin: it renders what
//! `atlas-core` answers and turns the reader's gestures into
//! [`crate::state::Action`]s.

mod app;
mod atlas_view;
mod changes_panel;
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
pub use disagreement::DisagreementNote;
pub use events_panel::EventsPanel;
pub use history_panel::HistoryPanel;
pub use legend::{Legend, LEGEND_HEADING_ID};
pub use map_view::MapView;
pub use search_box::SearchBox;
pub use share_controls::{Moment, ShareControls};
pub use sources::SourceRefs;
pub use time_controls::TimeControls;
pub use view_controls::ViewControls;
pub use year_slider::YearSlider;

/// The dispatcher of the root reducer, handed to children. It is stable
/// across renders, so passing it never makes a child re-render.
pub type Dispatch = yew::UseReducerDispatcher<crate::state::AtlasState>;
