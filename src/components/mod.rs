//! The atlas's function components. Each is thin: it renders what
//! `atlas-core` answers and turns the reader's gestures into
//! [`crate::state::Action`]s.

mod app;
mod atlas_view;
mod disagreement;
mod events_panel;
mod history_panel;
mod legend;
mod map_view;
mod sources;
mod year_slider;

pub use app::App;
pub use atlas_view::{AtlasView, AtlasViewProps, DEFAULT_YEAR};
pub use disagreement::DisagreementNote;
pub use events_panel::EventsPanel;
pub use history_panel::HistoryPanel;
pub use legend::Legend;
pub use map_view::MapView;
pub use sources::SourceRefs;
pub use year_slider::YearSlider;

/// The dispatcher of the root reducer, handed to children. It is stable
/// across renders, so passing it never makes a child re-render.
pub type Dispatch = yew::UseReducerDispatcher<crate::state::AtlasState>;
