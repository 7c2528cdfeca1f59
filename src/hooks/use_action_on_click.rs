//! A memoised click handler that dispatches one action of the root reducer.

/// A click handler that dispatches `action`, or does nothing if there is
/// none. It is rebuilt only when the action changes, so a button whose
/// target stays put is not re-registered on every step of a drag.
#[yew::hook]
pub fn use_action_on_click(
    dispatch: &crate::components::Dispatch,
    action: Option<crate::state::Action>,
) -> yew::Callback<web_sys::MouseEvent> {
    let dispatch = dispatch.clone();
    yew::use_callback(action, move |_: web_sys::MouseEvent, action| {
        if let Some(action) = action {
            dispatch.dispatch(action.clone());
        }
    })
}
