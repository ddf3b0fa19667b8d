//! Client-side pacing: calls wait here, per (guild, rate-limit group), before they are sent,
//! so a burst queues instead of collecting 429s. The same sliding window also counts the
//! per-member cooldown of the public lookups ([`Limiter`] is keyed by anything).
//!
//! Each bucket is a sliding-window log: no window (the group's [`RateGroup::WINDOW`] plus a
//! small safety margin for network jitter) ever holds more sends than the quota. Technified's
//! window algorithm is undocumented, and this is the strictest reading of "N per minute":
//! it is safe under a fixed window, a sliding window or a sliding log.
//!
//! Why not `governor`: GCRA lets a full burst through and then refills one cell every
//! `window / quota`. With burst = quota it admits up to 2·quota − 1 calls in one window
//! (collecting 429s against a strict window); with burst = 1 it spaces calls evenly and never
//! uses the burst Technified allows. Its clock also ignores tokio's paused time, which the
//! tests rely on.
//!
//! A caller reserves its send time up front, after every earlier reservation (FIFO), so it
//! knows at once how long it would wait: when that is longer than it may wait, it gets the
//! time it could leave instead of a place in the queue. A 429 pause arriving while it sleeps
//! moves its reservation (the same limit applies). A caller that gives up (its future is
//! dropped) hands its reservation back.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
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

/// Pacing of Technified calls per (guild, rate-limit group).
pub type Pacer = Limiter<(u64, RateGroup)>;

/// A sliding-window limit per key. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Limiter<K> {
    buckets: Mutex<Buckets<K>>,
    window: Duration,
    quota: fn(&K) -> u32,
}

#[derive(Debug)]
struct Buckets<K> {
    map: HashMap<K, Arc<Mutex<Bucket>>>,
    prune_at: usize,
    pruned_at: Instant,
}

#[derive(Debug, Default)]
struct Bucket {
    /// Send times, oldest first: those inside the current window, then the reservations of
    /// callers still waiting.
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
    /// Technified's documented quotas, per window plus [`SAFETY_MARGIN`].
    pub fn new() -> Pacer {
        Pacer::over(RateGroup::WINDOW)
    }

    /// Technified's quotas counted over `quota_window` instead of its minute, the margin
    /// scaled with it: for tests and benchmarks against a fake counting the same window
    /// (`TECHNIFIED_QUOTA_WINDOW_MS`), so that a run over many windows keeps the same code
    /// path and the same proportions.
    pub fn over(quota_window: Duration) -> Pacer {
        let margin =
            SAFETY_MARGIN.mul_f64(quota_window.as_secs_f64() / RateGroup::WINDOW.as_secs_f64());
        Limiter::with_quota(quota_window + margin, |(_, group)| group.quota())
    }
}

impl<K: Hash + Eq> Limiter<K> {
    /// At most `quota(key)` sends per `window` for each key.
    pub fn with_quota(window: Duration, quota: fn(&K) -> u32) -> Limiter<K> {
        Limiter {
            buckets: Mutex::new(Buckets {
                map: HashMap::new(),
                prune_at: PRUNE_MIN_BUCKETS,
                pruned_at: Instant::now(),
            }),
            window,
            quota,
        }
    }

    /// Waits until `key` may send one more call, and counts it as sent; returns how long it
    /// waited. When the wait would be longer than `max_wait`, returns at once (counting
    /// nothing) the instant the call could leave.
    pub async fn acquire(&self, key: K, max_wait: Duration) -> Result<Duration, Instant> {
        let started = Instant::now();
        let deadline = started.checked_add(max_wait);
        let quota = (self.quota)(&key);
        let bucket = self.bucket(key);
        let mut slot = lock(&bucket).reserve(started, quota, self.window, deadline)?;
        let mut reservation = Reservation {
            bucket: &bucket,
            slot: Some(slot),
        };
        loop {
            if slot > started {
                tokio::time::sleep_until(slot).await;
            }
            let now = Instant::now();
            let mut state = lock(&bucket);
            if !state.paused_after(now) {
                reservation.slot = None;
                return Ok(now - started);
            }
            // A 429 arrived while this caller slept: queue again behind the pause.
            state.cancel(slot);
            reservation.slot = None;
            slot = state.reserve(now, quota, self.window, deadline)?;
            reservation.slot = Some(slot);
        }
    }

    /// The window no key may send more than its quota in.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Holds every caller of `key` until `until` (after a 429). Never shortens an existing
    /// pause.
    pub fn pause_until(&self, key: K, until: Instant) {
        let bucket = self.bucket(key);
        let mut state = lock(&bucket);
        state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
    }

    /// `(calls sent in the current window, quota)`, for `/doctor`.
    pub fn headroom(&self, key: K) -> (u32, u32) {
        let quota = (self.quota)(&key);
        let now = Instant::now();
        let used = lock(&self.buckets).map.get(&key).map_or(0, |bucket| {
            let mut state = lock(bucket);
            state.forget_before(now, self.window);
            state.sent.iter().filter(|sent| **sent <= now).count()
        });
        (u32::try_from(used).unwrap_or(u32::MAX), quota)
    }

    /// When `key` is paused by a 429, until when.
    pub fn paused_until(&self, key: K) -> Option<Instant> {
        let buckets = lock(&self.buckets);
        let state = lock(buckets.map.get(&key)?);
        state.paused_until.filter(|until| *until > Instant::now())
    }

    fn bucket(&self, key: K) -> Arc<Mutex<Bucket>> {
        let mut buckets = lock(&self.buckets);
        let now = Instant::now();
        if buckets.map.len() >= buckets.prune_at || now >= buckets.pruned_at + self.window {
            let window = self.window;
            // Only the map holds an idle bucket, so nobody is waiting on or counting it.
            buckets.map.retain(|_, bucket| {
                Arc::strong_count(bucket) > 1 || !lock(bucket).is_idle(now, window)
            });
            buckets.prune_at = (buckets.map.len() * 2).max(PRUNE_MIN_BUCKETS);
            buckets.pruned_at = now;
        }
        buckets.map.entry(key).or_default().clone()
    }

    #[cfg(test)]
    fn tracked_buckets(&self) -> usize {
        lock(&self.buckets).map.len()
    }
}

/// A waiting caller's send time, handed back if the caller stops waiting.
struct Reservation<'a> {
    bucket: &'a Mutex<Bucket>,
    slot: Option<Instant>,
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if let Some(slot) = self.slot {
            lock(self.bucket).cancel(slot);
        }
    }
}

impl Bucket {
    fn forget_before(&mut self, now: Instant, window: Duration) {
        while self.sent.front().is_some_and(|sent| *sent + window <= now) {
            self.sent.pop_front();
        }
        if self.paused_until.is_some_and(|until| until <= now) {
            self.paused_until = None;
        }
    }

    /// Reserves the earliest send time after every earlier reservation that keeps each
    /// window within `quota` and respects a pause; `Err` with that time, reserving nothing,
    /// when it is past `deadline`.
    fn reserve(
        &mut self,
        now: Instant,
        quota: u32,
        window: Duration,
        deadline: Option<Instant>,
    ) -> Result<Instant, Instant> {
        self.forget_before(now, window);
        let quota = usize::try_from(quota).unwrap_or(usize::MAX).max(1);
        let mut slot = self.sent.back().map_or(now, |last| now.max(*last));
        if self.sent.len() >= quota {
            slot = slot.max(self.sent[self.sent.len() - quota] + window);
        }
        if let Some(paused) = self.paused_until {
            slot = slot.max(paused);
        }
        if deadline.is_some_and(|deadline| slot > deadline) {
            return Err(slot);
        }
        self.sent.push_back(slot);
        Ok(slot)
    }

    /// Gives a reservation back. Later ones keep their times: leaving a window emptier
    /// never breaks the quota.
    fn cancel(&mut self, slot: Instant) {
        if let Some(i) = self.sent.iter().rposition(|sent| *sent == slot) {
            self.sent.remove(i);
        }
    }

    fn paused_after(&self, now: Instant) -> bool {
        self.paused_until.is_some_and(|until| until > now)
    }

    fn is_idle(&mut self, now: Instant, window: Duration) -> bool {
        self.forget_before(now, window);
        self.sent.is_empty() && self.paused_until.is_none()
    }
}

/// Pacing state stays consistent even if a holder panicked: every update is one push, one
/// removal or one assignment.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// Acquires with no limit on the wait.
    async fn take(pacer: &Pacer, guild: u64, group: RateGroup) -> Duration {
        pacer.acquire((guild, group), Duration::MAX).await.unwrap()
    }

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
                take(&pacer, 1, RateGroup::Lookup).await;
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
    async fn a_shorter_quota_window_keeps_the_quota_and_the_margin_in_proportion() {
        let pacer = Pacer::over(Duration::from_secs(6));
        assert_eq!(pacer.window(), Duration::from_millis(6_100));
        let start = Instant::now();
        for _ in 0..50 {
            take(&pacer, 1, RateGroup::ModerationWrite).await;
        }
        assert_eq!(Instant::now(), start, "the quota goes out at once");
        take(&pacer, 1, RateGroup::ModerationWrite).await;
        assert_eq!(Instant::now() - start, Duration::from_millis(6_100));
    }

    #[tokio::test(start_paused = true)]
    async fn waiters_are_served_in_arrival_order() {
        let pacer = Arc::new(Pacer::new());
        for _ in 0..30 {
            take(&pacer, 1, RateGroup::BindingsWrite).await;
        }
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for n in 0..5 {
            let (pacer, order) = (pacer.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                take(&pacer, 1, RateGroup::BindingsWrite).await;
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
            take(&pacer, 1, RateGroup::Lookup).await;
        }
        let start = Instant::now();
        assert_eq!(take(&pacer, 2, RateGroup::Lookup).await, Duration::ZERO);
        assert_eq!(take(&pacer, 1, RateGroup::BanStatus).await, Duration::ZERO);
        assert_eq!(Instant::now(), start);
        assert_eq!(pacer.headroom((1, RateGroup::Lookup)), (60, 60));
        assert_eq!(pacer.headroom((2, RateGroup::Lookup)), (1, 60));
        assert_eq!(pacer.headroom((3, RateGroup::Lookup)), (0, 60));
        let waited = take(&pacer, 1, RateGroup::Lookup).await;
        assert_eq!(waited, RateGroup::WINDOW + SAFETY_MARGIN);
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_the_whole_group_and_never_shrinks() {
        let pacer = Arc::new(Pacer::new());
        let start = Instant::now();
        pacer.pause_until((1, RateGroup::BanStatus), start + Duration::from_secs(17));
        pacer.pause_until((1, RateGroup::BanStatus), start + Duration::from_secs(5));
        assert_eq!(
            pacer.paused_until((1, RateGroup::BanStatus)),
            Some(start + Duration::from_secs(17))
        );
        let waited = take(&pacer, 1, RateGroup::BanStatus).await;
        assert_eq!(waited, Duration::from_secs(17));
        assert_eq!(pacer.paused_until((1, RateGroup::BanStatus)), None);
        // Other groups of the same guild are not held.
        pacer.pause_until(
            (1, RateGroup::BanStatus),
            Instant::now() + Duration::from_secs(9),
        );
        assert_eq!(take(&pacer, 1, RateGroup::MuteStatus).await, Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_arriving_while_waiting_extends_the_wait() {
        let pacer = Arc::new(Pacer::new());
        for _ in 0..60 {
            take(&pacer, 1, RateGroup::Lookup).await;
        }
        let start = Instant::now();
        let waiter = {
            let pacer = pacer.clone();
            tokio::spawn(async move { take(&pacer, 1, RateGroup::Lookup).await })
        };
        tokio::time::sleep(Duration::from_secs(10)).await;
        pacer.pause_until((1, RateGroup::Lookup), start + Duration::from_secs(100));
        assert_eq!(waiter.await.unwrap(), Duration::from_secs(100));
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_past_the_limit_answers_at_once_with_the_time_it_could_leave() {
        let pacer = Pacer::new();
        for _ in 0..60 {
            take(&pacer, 1, RateGroup::Lookup).await;
        }
        let start = Instant::now();
        let limit = Duration::from_secs(10);
        let free_at = start + RateGroup::WINDOW + SAFETY_MARGIN;
        assert_eq!(
            pacer.acquire((1, RateGroup::Lookup), limit).await,
            Err(free_at)
        );
        assert_eq!(Instant::now(), start);
        // Nothing was counted for it; a caller that may wait long enough gets the slot.
        let long = Duration::from_secs(61);
        assert_eq!(pacer.acquire((1, RateGroup::Lookup), long).await, Ok(long));
    }

    #[tokio::test(start_paused = true)]
    async fn the_wait_counts_everyone_queued_ahead() {
        let pacer = Arc::new(Pacer::new());
        let start = Instant::now();
        // 60 sent now, 60 more reserved for the next window: a member flooding lookups.
        let mut flood = Vec::new();
        for _ in 0..120 {
            let pacer = pacer.clone();
            flood.push(tokio::spawn(async move {
                take(&pacer, 1, RateGroup::Lookup).await
            }));
            // Let each task reserve before the next one starts.
            tokio::task::yield_now().await;
        }
        let limit = Duration::from_secs(100);
        let third_window = start + (RateGroup::WINDOW + SAFETY_MARGIN) * 2;
        assert_eq!(
            pacer.acquire((1, RateGroup::Lookup), limit).await,
            Err(third_window)
        );
        assert_eq!(Instant::now(), start);
        for task in flood {
            task.await.unwrap();
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_long_pause_answers_at_once() {
        let pacer = Pacer::new();
        let start = Instant::now();
        let hour = start + Duration::from_secs(3600);
        pacer.pause_until((1, RateGroup::Lookup), hour);
        let limit = Duration::from_secs(10);
        assert_eq!(
            pacer.acquire((1, RateGroup::Lookup), limit).await,
            Err(hour)
        );
        assert_eq!(Instant::now(), start);
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_arriving_while_waiting_past_the_limit_ends_the_wait_then() {
        let pacer = Arc::new(Pacer::new());
        for _ in 0..60 {
            take(&pacer, 1, RateGroup::Lookup).await;
        }
        let start = Instant::now();
        let waiter = {
            let pacer = pacer.clone();
            tokio::spawn(async move {
                let waited = pacer
                    .acquire((1, RateGroup::Lookup), Duration::from_secs(70))
                    .await;
                (waited, Instant::now())
            })
        };
        tokio::time::sleep(Duration::from_secs(10)).await;
        let hour = start + Duration::from_secs(3600);
        pacer.pause_until((1, RateGroup::Lookup), hour);
        let (waited, at) = waiter.await.unwrap();
        assert_eq!(waited, Err(hour));
        assert_eq!(at, start + RateGroup::WINDOW + SAFETY_MARGIN);
        assert_eq!(pacer.headroom((1, RateGroup::Lookup)), (0, 60));
    }

    #[tokio::test(start_paused = true)]
    async fn idle_buckets_are_pruned() {
        let pacer = Pacer::new();
        for guild in 0..1000 {
            take(&pacer, guild, RateGroup::Lookup).await;
        }
        assert!(pacer.tracked_buckets() <= 1000);
        tokio::time::sleep(RateGroup::WINDOW + SAFETY_MARGIN).await;
        for guild in 1000..1010 {
            take(&pacer, guild, RateGroup::Lookup).await;
        }
        assert!(pacer.tracked_buckets() <= 10, "{}", pacer.tracked_buckets());
        // Busy buckets survive pruning.
        assert_eq!(pacer.headroom((1005, RateGroup::Lookup)), (1, 60));
    }

    #[tokio::test(start_paused = true)]
    async fn a_cancelled_waiter_does_not_block_the_queue() {
        let pacer = Arc::new(Pacer::new());
        for _ in 0..60 {
            take(&pacer, 1, RateGroup::Lookup).await;
        }
        let cancelled = tokio::time::timeout(
            Duration::from_secs(5),
            pacer.acquire((1, RateGroup::Lookup), Duration::MAX),
        )
        .await;
        assert!(cancelled.is_err());
        let waited = take(&pacer, 1, RateGroup::Lookup).await;
        assert_eq!(
            waited,
            RateGroup::WINDOW + SAFETY_MARGIN - Duration::from_secs(5)
        );
        assert_eq!(pacer.headroom((1, RateGroup::Lookup)), (1, 60));
    }
}
