//! Client-side pacing: calls wait here, per (guild, rate-limit group), before they are sent,
//! so a burst queues instead of collecting 429s.
//!
//! Each bucket is a sliding-window log: no [`RateGroup::WINDOW`] span (plus a small safety
//! margin for network jitter) ever holds more sends than the group's quota. Technified's
//! window algorithm is undocumented, and this is the strictest reading of "N per minute":
//! it is safe under a fixed window, a sliding window or a sliding log.
//!
//! Why not `governor`: GCRA lets a full burst through and then refills one cell every
//! `window / quota`. With burst = quota it admits up to 2·quota − 1 calls in one window
//! (collecting 429s against a strict window); with burst = 1 it spaces calls evenly and never
//! uses the burst Technified allows. Its clock also ignores tokio's paused time, which the
//! tests rely on.
//!
//! Waiters queue FIFO on a per-bucket async mutex; only the head of the queue sleeps (until
//! the window or a 429 pause allows it), so there is no busy loop.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

use super::routes::RateGroup;

/// Extra spacing per window so that requests sent exactly one window apart cannot arrive
/// inside one window on the server because of uneven latency.
pub const SAFETY_MARGIN: Duration = Duration::from_secs(1);

/// Idle buckets are dropped once a window has passed since the last sweep, or sooner when
/// the map has doubled (and holds at least this many) since then.
const PRUNE_MIN_BUCKETS: usize = 64;

type BucketKey = (u64, RateGroup);

/// Per-key pacing state for every guild and group. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Pacer {
    buckets: Mutex<Buckets>,
    window: Duration,
}

#[derive(Debug)]
struct Buckets {
    map: HashMap<BucketKey, Arc<Bucket>>,
    prune_at: usize,
    pruned_at: Instant,
}

#[derive(Debug)]
struct Bucket {
    /// FIFO queue of waiters; held by the one waiter currently sleeping for its turn.
    turn: tokio::sync::Mutex<()>,
    state: Mutex<BucketState>,
}

#[derive(Debug, Default)]
struct BucketState {
    /// Send times inside the current window, oldest first.
    sent: VecDeque<Instant>,
    /// After a 429: nobody in this bucket leaves before this instant.
    paused_until: Option<Instant>,
}

impl Default for Pacer {
    fn default() -> Self {
        Pacer::new()
    }
}

impl Pacer {
    pub fn new() -> Pacer {
        Pacer {
            buckets: Mutex::new(Buckets {
                map: HashMap::new(),
                prune_at: PRUNE_MIN_BUCKETS,
                pruned_at: Instant::now(),
            }),
            window: RateGroup::WINDOW + SAFETY_MARGIN,
        }
    }

    /// Waits until `guild`'s `group` may send one more call, and counts it as sent.
    /// Returns how long it waited.
    pub async fn acquire(&self, guild: u64, group: RateGroup) -> Duration {
        let started = Instant::now();
        let bucket = self.bucket(guild, group);
        let _turn = bucket.turn.lock().await;
        loop {
            let now = Instant::now();
            let ready_at = {
                let mut state = lock(&bucket.state);
                state.forget_before(now, self.window);
                match state.ready_at(group.quota(), self.window) {
                    Some(at) if at > now => at,
                    _ => {
                        state.sent.push_back(now);
                        return now - started;
                    }
                }
            };
            // A 429 arriving meanwhile can move `ready_at` later; the loop re-checks.
            tokio::time::sleep_until(ready_at).await;
        }
    }

    /// Holds every caller of `guild`'s `group` until `until` (after a 429). Never shortens
    /// an existing pause.
    pub fn pause_until(&self, guild: u64, group: RateGroup, until: Instant) {
        let bucket = self.bucket(guild, group);
        let mut state = lock(&bucket.state);
        state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
    }

    /// `(calls sent in the current window, quota)`, for `/doctor`.
    pub fn headroom(&self, guild: u64, group: RateGroup) -> (u32, u32) {
        let used = lock(&self.buckets)
            .map
            .get(&(guild, group))
            .map_or(0, |bucket| {
                let mut state = lock(&bucket.state);
                state.forget_before(Instant::now(), self.window);
                state.sent.len()
            });
        (u32::try_from(used).unwrap_or(u32::MAX), group.quota())
    }

    /// When `guild`'s `group` is paused by a 429, until when.
    pub fn paused_until(&self, guild: u64, group: RateGroup) -> Option<Instant> {
        let buckets = lock(&self.buckets);
        let state = lock(&buckets.map.get(&(guild, group))?.state);
        state.paused_until.filter(|until| *until > Instant::now())
    }

    fn bucket(&self, guild: u64, group: RateGroup) -> Arc<Bucket> {
        let mut buckets = lock(&self.buckets);
        let now = Instant::now();
        if buckets.map.len() >= buckets.prune_at || now >= buckets.pruned_at + self.window {
            let window = self.window;
            // Only the map holds an idle bucket, so nobody is waiting on or counting it.
            buckets.map.retain(|_, bucket| {
                Arc::strong_count(bucket) > 1 || !lock(&bucket.state).is_idle(now, window)
            });
            buckets.prune_at = (buckets.map.len() * 2).max(PRUNE_MIN_BUCKETS);
            buckets.pruned_at = now;
        }
        buckets
            .map
            .entry((guild, group))
            .or_insert_with(|| {
                Arc::new(Bucket {
                    turn: tokio::sync::Mutex::new(()),
                    state: Mutex::new(BucketState::default()),
                })
            })
            .clone()
    }

    #[cfg(test)]
    fn tracked_buckets(&self) -> usize {
        lock(&self.buckets).map.len()
    }
}

impl BucketState {
    fn forget_before(&mut self, now: Instant, window: Duration) {
        while self.sent.front().is_some_and(|sent| *sent + window <= now) {
            self.sent.pop_front();
        }
        if self.paused_until.is_some_and(|until| until <= now) {
            self.paused_until = None;
        }
    }

    /// The earliest instant the next send is allowed, if any limit applies.
    fn ready_at(&self, quota: u32, window: Duration) -> Option<Instant> {
        let quota = usize::try_from(quota).unwrap_or(usize::MAX).max(1);
        let window_free =
            (self.sent.len() >= quota).then(|| self.sent[self.sent.len() - quota] + window);
        match (window_free, self.paused_until) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }

    fn is_idle(&mut self, now: Instant, window: Duration) -> bool {
        self.forget_before(now, window);
        self.sent.is_empty() && self.paused_until.is_none()
    }
}

/// Pacing state stays consistent even if a holder panicked: every update is one push or one
/// assignment.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// Asserts that no window of `window` holds more than `quota` of the sorted `times`.
    fn assert_never_over(times: &[Instant], quota: usize, window: Duration) {
        for (i, start) in times.iter().enumerate() {
            if let Some(later) = times.get(i + quota) {
                assert!(
                    *later >= *start + window,
                    "{} sends within {window:?}",
                    quota + 1
                );
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn lookup_burst_of_200_takes_three_windows() {
        let pacer = Arc::new(Pacer::new());
        let start = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..200 {
            let pacer = pacer.clone();
            tasks.push(tokio::spawn(async move {
                pacer.acquire(1, RateGroup::Lookup).await;
                Instant::now()
            }));
        }
        let mut times = Vec::new();
        for task in tasks {
            times.push(task.await.unwrap());
        }
        times.sort();
        let total = *times.last().unwrap() - start;
        assert!(
            total >= Duration::from_secs(180) && total <= Duration::from_secs(189),
            "{total:?}"
        );
        assert_never_over(&times, 60, RateGroup::WINDOW);
        assert_eq!(times.iter().filter(|t| **t == start).count(), 60);
    }

    #[tokio::test(start_paused = true)]
    async fn waiters_are_served_in_arrival_order() {
        let pacer = Arc::new(Pacer::new());
        for _ in 0..30 {
            pacer.acquire(1, RateGroup::BindingsWrite).await;
        }
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for n in 0..5 {
            let (pacer, order) = (pacer.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                pacer.acquire(1, RateGroup::BindingsWrite).await;
                order.lock().unwrap().push(n);
            }));
            // Let each task reach the queue before the next one starts.
            tokio::task::yield_now().await;
        }
        for task in tasks {
            task.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), [0, 1, 2, 3, 4]);
    }

    #[tokio::test(start_paused = true)]
    async fn groups_and_guilds_are_independent() {
        let pacer = Pacer::new();
        for _ in 0..60 {
            pacer.acquire(1, RateGroup::Lookup).await;
        }
        let start = Instant::now();
        assert_eq!(pacer.acquire(2, RateGroup::Lookup).await, Duration::ZERO);
        assert_eq!(pacer.acquire(1, RateGroup::BanStatus).await, Duration::ZERO);
        assert_eq!(Instant::now(), start);
        assert_eq!(pacer.headroom(1, RateGroup::Lookup), (60, 60));
        assert_eq!(pacer.headroom(2, RateGroup::Lookup), (1, 60));
        assert_eq!(pacer.headroom(3, RateGroup::Lookup), (0, 60));
        let waited = pacer.acquire(1, RateGroup::Lookup).await;
        assert_eq!(waited, RateGroup::WINDOW + SAFETY_MARGIN);
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_the_whole_group_and_never_shrinks() {
        let pacer = Arc::new(Pacer::new());
        let start = Instant::now();
        pacer.pause_until(1, RateGroup::BanStatus, start + Duration::from_secs(17));
        pacer.pause_until(1, RateGroup::BanStatus, start + Duration::from_secs(5));
        assert_eq!(
            pacer.paused_until(1, RateGroup::BanStatus),
            Some(start + Duration::from_secs(17))
        );
        let waited = pacer.acquire(1, RateGroup::BanStatus).await;
        assert_eq!(waited, Duration::from_secs(17));
        assert_eq!(pacer.paused_until(1, RateGroup::BanStatus), None);
        // Other groups of the same guild are not held.
        pacer.pause_until(
            1,
            RateGroup::BanStatus,
            Instant::now() + Duration::from_secs(9),
        );
        assert_eq!(
            pacer.acquire(1, RateGroup::MuteStatus).await,
            Duration::ZERO
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_arriving_while_waiting_extends_the_wait() {
        let pacer = Arc::new(Pacer::new());
        for _ in 0..60 {
            pacer.acquire(1, RateGroup::Lookup).await;
        }
        let start = Instant::now();
        let waiter = {
            let pacer = pacer.clone();
            tokio::spawn(async move { pacer.acquire(1, RateGroup::Lookup).await })
        };
        tokio::time::sleep(Duration::from_secs(10)).await;
        pacer.pause_until(1, RateGroup::Lookup, start + Duration::from_secs(100));
        assert_eq!(waiter.await.unwrap(), Duration::from_secs(100));
    }

    #[tokio::test(start_paused = true)]
    async fn idle_buckets_are_pruned() {
        let pacer = Pacer::new();
        for guild in 0..1000 {
            pacer.acquire(guild, RateGroup::Lookup).await;
        }
        assert!(pacer.tracked_buckets() <= 1000);
        tokio::time::sleep(RateGroup::WINDOW + SAFETY_MARGIN).await;
        for guild in 1000..1010 {
            pacer.acquire(guild, RateGroup::Lookup).await;
        }
        assert!(pacer.tracked_buckets() <= 10, "{}", pacer.tracked_buckets());
        // Busy buckets survive pruning.
        assert_eq!(pacer.headroom(1005, RateGroup::Lookup), (1, 60));
    }

    #[tokio::test(start_paused = true)]
    async fn a_cancelled_waiter_does_not_block_the_queue() {
        let pacer = Arc::new(Pacer::new());
        for _ in 0..60 {
            pacer.acquire(1, RateGroup::Lookup).await;
        }
        let cancelled =
            tokio::time::timeout(Duration::from_secs(5), pacer.acquire(1, RateGroup::Lookup)).await;
        assert!(cancelled.is_err());
        let waited = pacer.acquire(1, RateGroup::Lookup).await;
        assert_eq!(
            waited,
            RateGroup::WINDOW + SAFETY_MARGIN - Duration::from_secs(5)
        );
        assert_eq!(pacer.headroom(1, RateGroup::Lookup), (1, 60));
    }
}
