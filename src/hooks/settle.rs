//! When the view has rested: the pure state machine behind
//! [`use_settle`](super::use_settle).
//!
//! Two things wait for the slider to rest: writing the URL hash
//! (`replaceState` costs more than rendering a step) and moving the events
//! list and the announcement to the year shown (rebuilding the list costs
//! more too). The machine decides when; it reads no clock and arms no timer
//! itself. The caller passes the time in and carries out the [`SettleSteps`]
//! it gets back, so every moment of writing can be tested natively.
//!
//! One timer serves a whole drag. A change only notes the time and what is
//! pending; when the timer fires before the view has rested for
//! [`Settle::REST_MS`], the machine asks for it to be re-armed for the
//! remainder, so a drag creates a timer every 120 ms, not one per step.
//! During a long drag the address is still written every
//! [`Settle::MAX_WAIT_MS`]. (Play, at five years a second at most, rests
//! between its steps.)

/// What the caller must do now, after telling the machine of a change or of
/// its timer firing. Several can be asked at once: a timer that fires
/// during a long drag writes the address and re-arms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SettleSteps {
    /// Write this hash to the address bar.
    pub write_hash: Option<String>,
    /// Move the events list and the announcement to this year.
    pub follow_year: Option<i32>,
    /// Arm the one timer to fire after this many milliseconds.
    pub arm_ms: Option<u32>,
}

/// The state of waiting for the view to rest. Times are milliseconds on
/// one monotonic clock (the page's `performance.now()`).
#[derive(Clone, Debug, Default)]
pub struct Settle {
    /// The hash of the current view, written or about to be.
    latest: String,
    /// When the view last changed.
    last_change: f64,
    /// When the address was last written, or when the current wait began.
    last_done: f64,
    /// The year the events list should follow, once the view rests.
    pending_year: Option<i32>,
    /// Whether `latest` differs from what was last written.
    pending_hash: bool,
    /// Whether the caller's timer is armed (asked for and not yet fired).
    armed: bool,
}

impl Settle {
    /// How long the view must stay unchanged to count as resting.
    pub const REST_MS: f64 = 120.0;
    /// The longest the address goes unwritten while the view keeps changing.
    pub const MAX_WAIT_MS: f64 = 1000.0;

    /// The hash of the current view, written or about to be; empty before
    /// the first change.
    pub fn latest_hash(&self) -> &str {
        &self.latest
    }

    /// Notes that the view changed at `now_ms` to `hash`, showing `year`.
    /// Asks for the timer only when none is armed: the one armed already
    /// will find the change when it fires.
    pub fn changed(&mut self, now_ms: f64, hash: String, year: i32) -> SettleSteps {
        if !self.armed {
            // A new wait begins: the address is due a second after it, at the latest.
            self.last_done = now_ms;
        }
        self.last_change = now_ms;
        self.pending_hash |= hash != self.latest;
        self.latest = hash;
        self.pending_year = Some(year);
        if self.armed {
            return SettleSteps::default();
        }
        self.armed = true;
        SettleSteps { arm_ms: Some(Self::timer_ms(Self::REST_MS)), ..SettleSteps::default() }
    }

    /// Notes that the timer fired at `now_ms`. If the view has rested, the
    /// pending hash is written and the year followed; if not, the timer is
    /// re-armed for what remains of the rest, and the hash is written only
    /// when it has waited [`Settle::MAX_WAIT_MS`]. The events list is never
    /// moved mid-drag: rebuilding it would cost a frame.
    pub fn fired(&mut self, now_ms: f64) -> SettleSteps {
        self.armed = false;
        let mut steps = SettleSteps::default();
        let since_change = now_ms - self.last_change;
        let rested = since_change >= Self::REST_MS;
        if (rested || now_ms - self.last_done >= Self::MAX_WAIT_MS) && std::mem::take(&mut self.pending_hash) {
            self.last_done = now_ms;
            steps.write_hash = Some(self.latest.clone());
        }
        if rested {
            steps.follow_year = self.pending_year.take();
        } else {
            self.armed = true;
            steps.arm_ms = Some(Self::timer_ms(Self::REST_MS - since_change));
        }
        steps
    }

    /// A wait as a timer's whole milliseconds, never more than a rest (a
    /// clock that went backwards must not stall the address).
    fn timer_ms(wait: f64) -> u32 {
        // Truncates: a timer that then fires a fraction early re-arms for 0 ms.
        wait.clamp(0.0, Self::REST_MS) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What happens at a moment: the view changes (to a hash and year), or the timer fires.
    #[derive(Clone, Copy, Debug)]
    enum Input {
        Change(&'static str, i32),
        Fire,
    }
    use Input::{Change, Fire};

    /// What the caller is expected to do, in a compact form for tables.
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Expect<'a> {
        write: Option<&'a str>,
        follow: Option<i32>,
        arm: Option<u32>,
    }

    const NOTHING: Expect<'static> = Expect { write: None, follow: None, arm: None };

    fn arm(ms: u32) -> Expect<'static> {
        Expect { arm: Some(ms), ..NOTHING }
    }

    fn settle(hash: &'static str, year: i32) -> Expect<'static> {
        Expect { write: Some(hash), follow: Some(year), arm: None }
    }

    fn follow(year: i32) -> Expect<'static> {
        Expect { follow: Some(year), ..NOTHING }
    }

    fn step(machine: &mut Settle, now_ms: f64, input: Input) -> SettleSteps {
        match input {
            Change(hash, year) => machine.changed(now_ms, hash.to_string(), year),
            Fire => machine.fired(now_ms),
        }
    }

    /// Runs `table` (time, input, what the caller must do) on a fresh machine.
    fn run(name: &str, table: &[(f64, Input, Expect<'static>)]) {
        let mut machine = Settle::default();
        for (row, &(now_ms, input, expected)) in table.iter().enumerate() {
            let steps = step(&mut machine, now_ms, input);
            let got = Expect { write: steps.write_hash.as_deref(), follow: steps.follow_year, arm: steps.arm_ms };
            assert_eq!(got, expected, "{name}, row {row}: {input:?} at {now_ms} ms");
        }
    }

    #[test]
    fn a_single_step_writes_and_follows_once_it_rests() {
        run("single step", &[(0.0, Change("#year=1946", 1946), arm(120)), (120.0, Fire, settle("#year=1946", 1946))]);
    }

    #[test]
    fn a_timer_firing_early_re_arms_for_the_remainder() {
        run(
            "early timer",
            &[
                (0.0, Change("#year=1946", 1946), arm(120)),
                // A second step while the timer is armed asks for no timer.
                (50.0, Change("#year=1947", 1947), NOTHING),
                // 70 ms after the last change: 50 ms of the rest remain.
                (120.0, Fire, arm(50)),
                (170.0, Fire, settle("#year=1947", 1947)),
            ],
        );
    }

    #[test]
    fn a_fraction_of_a_millisecond_short_re_arms_for_nothing() {
        run(
            "truncated remainder",
            &[
                (0.0, Change("#year=1946", 1946), arm(120)),
                (10.5, Change("#year=1947", 1947), NOTHING),
                // 109.5 ms of rest: 10.5 remain, armed as 10.
                (120.0, Fire, arm(10)),
                // 119.5 ms of rest: not yet; 0.5 remain, armed as 0.
                (130.0, Fire, arm(0)),
                (130.5, Fire, settle("#year=1947", 1947)),
            ],
        );
    }

    /// What a simulated caller did, and when.
    struct Outcome {
        writes: Vec<(f64, String)>,
        follows: Vec<(f64, i32)>,
    }

    /// Drives the machine through `changes` (time, hash, year), firing the
    /// timer exactly when it was armed for (before a change at the same
    /// moment), until it is no longer armed.
    fn simulate(changes: &[(f64, String, i32)]) -> Outcome {
        let mut machine = Settle::default();
        let mut timer: Option<f64> = None;
        let (mut writes, mut follows) = (Vec::new(), Vec::new());
        let mut carry_out = |now: f64, steps: SettleSteps, timer: &mut Option<f64>| {
            writes.extend(steps.write_hash.map(|hash| (now, hash)));
            follows.extend(steps.follow_year.map(|year| (now, year)));
            if let Some(ms) = steps.arm_ms {
                assert!(timer.is_none(), "a second timer armed at {now} ms");
                *timer = Some(now + f64::from(ms));
            }
        };
        for (now, hash, year) in changes {
            while let Some(at) = timer.filter(|at| at <= now) {
                timer = None;
                carry_out(at, machine.fired(at), &mut timer);
            }
            carry_out(*now, machine.changed(*now, hash.clone(), *year), &mut timer);
        }
        while let Some(at) = timer.take() {
            carry_out(at, machine.fired(at), &mut timer);
        }
        Outcome { writes, follows }
    }

    #[test]
    fn a_long_drag_writes_the_address_every_second_but_follows_only_at_rest() {
        // A step every 100 ms from 0 to 2000 ms: the view never rests for
        // 120 ms, and the timer fires at 120, 220, 320 … ms.
        let drag: Vec<(f64, String, i32)> =
            (0..=20).map(|i| (f64::from(i) * 100.0, format!("#year={}", 1900 + i), 1900 + i)).collect();
        let Outcome { writes, follows } = simulate(&drag);
        // The first firing a second after the drag began writes the view of
        // the moment; so does the first a second after that; nothing is
        // left to write once it rests.
        let expected_writes = [(1020.0, "#year=1910".to_string()), (2020.0, "#year=1920".to_string())];
        assert_eq!(writes, expected_writes);
        assert_eq!(follows, [(2120.0, 1920)]);
    }

    #[test]
    fn play_at_five_years_a_second_settles_every_step() {
        run(
            "play at 5x",
            &[
                (0.0, Change("#year=1900", 1900), arm(120)),
                (120.0, Fire, settle("#year=1900", 1900)),
                (200.0, Change("#year=1901", 1901), arm(120)),
                (320.0, Fire, settle("#year=1901", 1901)),
                (400.0, Change("#year=1902", 1902), arm(120)),
                (520.0, Fire, settle("#year=1902", 1902)),
            ],
        );
    }

    #[test]
    fn a_change_that_keeps_the_hash_follows_without_writing() {
        run(
            "same hash",
            &[
                (0.0, Change("#year=1946", 1946), arm(120)),
                (120.0, Fire, settle("#year=1946", 1946)),
                (500.0, Change("#year=1946", 1946), arm(120)),
                (620.0, Fire, follow(1946)),
            ],
        );
    }

    #[test]
    fn a_drag_back_to_the_written_hash_still_writes_it() {
        // Once a change is pending, it stays pending, even if a later step
        // returns to the hash last written: the bar may show neither.
        run(
            "there and back",
            &[
                (0.0, Change("#year=1946", 1946), arm(120)),
                (120.0, Fire, settle("#year=1946", 1946)),
                (500.0, Change("#year=1947", 1947), arm(120)),
                (550.0, Change("#year=1946", 1946), NOTHING),
                (620.0, Fire, arm(50)),
                (670.0, Fire, settle("#year=1946", 1946)),
            ],
        );
    }

    #[test]
    fn the_address_written_mid_drag_is_not_written_again_at_rest() {
        run(
            "written mid-drag",
            &[
                (0.0, Change("#year=1900", 1900), arm(120)),
                (100.0, Change("#year=1901", 1901), NOTHING),
                (120.0, Fire, arm(100)),
                (200.0, Change("#year=1902", 1902), NOTHING),
                (220.0, Fire, arm(100)),
                (1000.0, Change("#year=1903", 1903), NOTHING),
                // A late timer (a busy main thread): a second has passed.
                (1010.0, Fire, Expect { write: Some("#year=1903"), follow: None, arm: Some(110) }),
                (1120.0, Fire, follow(1903)),
            ],
        );
    }

    #[test]
    fn a_clock_that_goes_back_arms_at_most_a_rest() {
        run(
            "clock back",
            &[
                (1000.0, Change("#year=1946", 1946), arm(120)),
                (900.0, Fire, arm(120)),
                (1120.0, Fire, settle("#year=1946", 1946)),
            ],
        );
    }

    #[test]
    fn the_latest_hash_is_known_before_it_is_written() {
        let mut machine = Settle::default();
        assert_eq!(machine.latest_hash(), "");
        let _ = machine.changed(0.0, "#year=1946".to_string(), 1946);
        assert_eq!(machine.latest_hash(), "#year=1946");
    }
}
