//! The atlas's own hooks. Where a hook's decisions can be made without a
//! browser, they are a pure machine beside it that takes the time as an
//! argument and is tested natively; the hook only wires it to timers and
//! the page.

mod settle;
mod use_action_on_click;
mod use_settle;

pub use settle::{Settle, SettleSteps};
pub use use_action_on_click::use_action_on_click;
pub use use_settle::{use_settle, Settled, ViewHash};
