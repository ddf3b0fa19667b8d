//! The process's one clock ([`Clock`]): made once in `app.rs` and handed to the retry engine
//! and to the Discord layer (`Data::clock`), so job times, reply timestamps and token expiry
//! are read on one timeline. And [`hold_clock`], which keeps a paused test clock still while a
//! store call runs.

use std::future::Future;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::runtime::{Handle, RuntimeFlavor};
use tokio::time::Instant;

/// The clock: unix milliseconds for the queue, unix seconds for Discord's `<t:…>` timestamps,
/// `tokio::time` for sleeping.
///
/// Job times are stored as unix milliseconds, because they must survive a restart and are
/// shown to people. Sleeping, though, is done with tokio timers. Reading `SystemTime` for
/// "now" while sleeping on tokio's clock would let the two disagree: under a paused test
/// clock (`#[tokio::test(start_paused = true)]`) tokio time jumps ahead while the wall clock
/// does not, so no job would ever come due; and in production a wall-clock step (NTP) would
/// stretch or shrink backoffs in flight. So "now" is the wall clock read once, when the clock
/// is made, plus the tokio time elapsed since: one monotonic timeline that paused tests can
/// drive. A restart re-reads the wall clock.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    wall_ms: i64,
    start: Instant,
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new()
    }
}

impl Clock {
    /// A clock anchored at the wall clock now. Call inside a tokio runtime (as `Instant` reads
    /// a paused clock only there).
    pub fn new() -> Clock {
        let wall_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
        Clock {
            wall_ms,
            start: Instant::now(),
        }
    }

    /// Unix milliseconds now.
    pub fn now_ms(&self) -> i64 {
        let elapsed = i64::try_from(self.start.elapsed().as_millis()).unwrap_or(i64::MAX);
        self.wall_ms.saturating_add(elapsed)
    }

    /// Unix seconds now (the store's key bookkeeping, Discord's timestamps).
    pub fn unix_secs(&self) -> i64 {
        self.now_ms().div_euclid(1000)
    }

    /// Unix seconds `wait` from now, for Discord's `<t:…>` timestamps.
    pub fn unix_in(&self, wait: Duration) -> i64 {
        let wait_ms = i64::try_from(wait.as_millis()).unwrap_or(i64::MAX);
        self.now_ms().saturating_add(wait_ms).div_euclid(1000)
    }

    /// The tokio instant of unix millisecond `ms` (the start for anything earlier).
    pub fn instant_at(&self, ms: i64) -> Instant {
        let offset = u64::try_from(ms.saturating_sub(self.wall_ms)).unwrap_or(0);
        self.start + Duration::from_millis(offset)
    }
}

/// Awaits `work` (a store call) without letting a paused tokio clock jump meanwhile.
///
/// SQLite runs on sqlx's own worker thread. While a task waits for it, a current-thread
/// runtime with paused time sees nothing to do and auto-advances to the next timer, so a
/// database write could silently "take" minutes of test time and push a retry far past its
/// schedule. A running `spawn_blocking` task inhibits auto-advance, so one is held for the
/// duration of the call. Only on a current-thread runtime (where time can be paused);
/// production runs multi-threaded and awaits `work` directly.
pub async fn hold_clock<F: Future>(work: F) -> F::Output {
    let current_thread =
        Handle::try_current().is_ok_and(|h| h.runtime_flavor() == RuntimeFlavor::CurrentThread);
    if !current_thread {
        return work.await;
    }
    let (release, held) = std::sync::mpsc::channel::<()>();
    // Returns when `release` is dropped: after `work`, or when this future is dropped.
    drop(tokio::task::spawn_blocking(move || {
        let _ = held.recv();
    }));
    let output = work.await;
    drop(release);
    output
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn clock_follows_paused_time_from_the_wall_clock() {
        let clock = Clock::new();
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64;
        let start = clock.now_ms();
        assert!((start - wall).abs() < 5_000);
        tokio::time::sleep(Duration::from_secs(90)).await;
        assert_eq!(clock.now_ms() - start, 90_000);
        assert_eq!(clock.instant_at(clock.now_ms()), Instant::now());
        assert_eq!(clock.instant_at(0), clock.start);
        assert_eq!(clock.unix_secs(), clock.now_ms() / 1000);
        assert_eq!(
            clock.unix_in(Duration::from_secs(60)),
            clock.unix_secs() + 60
        );
    }
}
