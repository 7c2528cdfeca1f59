//! The Yew side of [`Settle`]: the page's clock, one gloo timer, the
//! address bar and a state for the year that follows.

use std::cell::RefCell;
use std::rc::Rc;

use atlas_core::url::{format_hash, UrlState};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::settle::{Settle, SettleSteps};
use crate::browser::{now_ms, replace_hash};

/// The machine and the timer it asked for. The `Timeout` is held, not
/// forgotten, because gloo cancels a timer when it is dropped.
#[derive(Default)]
struct Waiting {
    machine: Settle,
    timer: Option<Timeout>,
}

/// The hash of the view as it stands, written to the address bar or about
/// to be: what the address goes back to after a hash the atlas cannot use.
#[derive(Clone)]
pub struct ViewHash(Rc<RefCell<Waiting>>);

impl ViewHash {
    /// The hash, with its `#`; empty before the first render's effects.
    pub fn get(&self) -> String {
        self.0.borrow().machine.latest_hash().to_string()
    }
}

/// What [`use_settle`] gives back.
pub struct Settled {
    /// The year the events list and the announcement show: the view's
    /// year once the view has rested.
    pub year: i32,
    /// For listeners registered once (`hashchange`), which outlive the
    /// render that made them and must read the hash of the view now.
    pub hash: ViewHash,
}

/// Does what the machine asked: writes the address, arms the timer (whose
/// firing is told to the machine in turn), moves the year that follows.
fn carry_out(waiting: &Rc<RefCell<Waiting>>, steps: SettleSteps, follow: &Callback<i32>) {
    if let Some(hash) = &steps.write_hash {
        replace_hash(hash);
    }
    if let Some(ms) = steps.arm_ms {
        let (me, follow) = (waiting.clone(), follow.clone());
        let timer = Timeout::new(ms, move || {
            let steps = {
                let mut waiting = me.borrow_mut();
                waiting.timer = None;
                waiting.machine.fired(now_ms())
            };
            // Following the year re-renders; no borrow is held by then.
            carry_out(&me, steps, &follow);
        });
        waiting.borrow_mut().timer = Some(timer);
    }
    if let Some(year) = steps.follow_year {
        follow.emit(year);
    }
}

/// Writes the view's URL hash, and moves the returned year to the view's,
/// once the view has rested (see [`Settle`] for when). Rendering a slider
/// step is cheaper than either, so a drag only notes the time.
#[hook]
pub fn use_settle(url: UrlState, year: i32) -> Settled {
    let waiting = use_mut_ref(Waiting::default);
    let settled_year = use_state_eq(|| year);
    {
        let waiting = waiting.clone();
        let follow = {
            let settled_year = settled_year.setter();
            Callback::from(move |year| settled_year.set(year))
        };
        use_effect_with((url, year), move |(url, year)| {
            let steps = waiting.borrow_mut().machine.changed(now_ms(), format_hash(url), *year);
            carry_out(&waiting, steps, &follow);
        });
    }
    Settled { year: *settled_year, hash: ViewHash(waiting) }
}
