//! The retry engine: replays queued Technified writes from the durable queue until they are
//! done, refused, or past their deadline (docs/behaviour.md, "Retries").
//!
//! A command makes its own first attempt; when that fails retryably it builds a job
//! ([`super::operation::Operation::new_job`]) and calls [`Engine::submit_after`] (or
//! [`Engine::submit`]), which returns once the row is committed. [`Engine::run`] is the one
//! background task that takes due jobs from the store and runs one attempt per job in its own
//! task, so a slow or rate-limited server never holds up another. Every attempt ends with
//! the job finished, or back in the queue with its next time; the [`Reporter`] (the Discord
//! layer) is told either way.
//!
//! Never applied twice: once an attempt may have reached Technified (`sent_at`: a 5xx, an
//! unreadable body, or a connection lost after sending), every later attempt reads the state
//! back first and stops there when the state read is the one asked for. A job interrupted by
//! a crash is put back as sent at the next start ([`Store::recover_running`]). A job that was
//! never sent (one queued behind another on its target) is never read back: it is sent in its
//! turn, whatever state an earlier write left.
//!
//! Order: jobs of one server with the same target ([`super::operation::Operation::target`])
//! run one at a time, in the order they were queued; other jobs run side by side, at most
//! [`MAX_IN_FLIGHT`] at once and [`MAX_IN_FLIGHT_PER_GUILD`] per server.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::runtime::{Handle, RuntimeFlavor};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio::task::{JoinError, JoinSet};
use tokio::time::Instant;
use tracing::Instrument;

use super::operation::Operation;
use super::policy::{self, Retry};
use crate::store::{Job, JobOutcome, JobState, NewJob, Store, StoreError};
use crate::technified::{ApiError, ApiKey, Client, ErrorKind};

/// Jobs attempted at the same time, across all servers.
pub const MAX_IN_FLIGHT: usize = 32;
/// Jobs of one server attempted at the same time: a server whose calls wait (paced, or
/// paused by a 429) holds at most this many of the [`MAX_IN_FLIGHT`] slots.
pub const MAX_IN_FLIGHT_PER_GUILD: usize = 4;
/// At shutdown, how long attempts under way may finish. Those still running are left
/// `running` in the store and read back at the next start. The whole process stops within
/// 5 s of SIGTERM (`app::run_until`), this included.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);
/// Ready jobs fetched per look at the queue.
const BATCH: u32 = 64;
/// Longest sleep of the loop. Everything that changes the queue wakes it (submit, cancel,
/// an attempt ending), so this is only a safety net.
const IDLE_WAKE: Duration = Duration::from_secs(300);
/// Pause after a store error before looking again.
const STORE_RETRY: Duration = Duration::from_secs(1);
/// Tries of a store write that records an attempt's result.
const STORE_TRIES: u32 = 3;
/// Finished jobs are kept this long (for `/jobs` and anyone reading the database), then
/// deleted; so are the key and settings of a server the bot was removed from and not added
/// back to. Looked at once an hour.
const KEEP_FINISHED: Duration = Duration::from_secs(7 * 86_400);
const KEEP_DEPARTED: Duration = Duration::from_secs(7 * 86_400);
const PURGE_EVERY: Duration = Duration::from_secs(3_600);
/// How often, at most, expired interaction tokens are deleted from the queue (they live 15
/// minutes); the loop wakes at least every [`IDLE_WAKE`], so none outlives that by more.
const TOKEN_SWEEP_EVERY: Duration = Duration::from_secs(60);
/// A report that takes longer than this is abandoned, so a stuck Discord call cannot hold a
/// job's slot (and its target) forever.
const REPORT_TIMEOUT: Duration = Duration::from_secs(30);

/// A boxed future of the [`Reporter`]'s methods.
pub type BoxFuture<'a> = Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

/// Tells people what happened to a queued job (implemented by the Discord layer: edit the
/// member's reply, or post in the log channel once the interaction token has expired).
pub trait Reporter: Send + Sync + 'static {
    /// An attempt failed and the job is queued again. `job` is the row as rescheduled;
    /// `attempt` is how many attempts have failed so far (this one included); the next one
    /// is at `next_try_ms` (unix ms, the engine's clock).
    fn progress<'a>(
        &'a self,
        job: &'a Job,
        attempt: u32,
        next_try_ms: i64,
        error: &'a ApiError,
    ) -> BoxFuture<'a>;

    /// The job is over; `job` is the row as finished (state and result set).
    fn finished<'a>(&'a self, job: &'a Job, outcome: &'a Outcome) -> BoxFuture<'a>;
}

/// How a job ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Technified applied it (now, or in an earlier attempt the read-back found).
    Done,
    /// It will not be applied by the engine. `error` is the last Technified error, when the
    /// failure was one; `attempts` counts the attempts that failed.
    Failed {
        error: Option<ApiError>,
        reason: String,
        attempts: u32,
    },
}

/// Reason of [`Outcome::Failed`] when the server's key is gone.
pub const REASON_KEY_REMOVED: &str = "key removed";
/// Reason of [`Outcome::Failed`] when the bot was removed from the server.
pub const REASON_BOT_REMOVED: &str = "the bot was removed from the server";
/// Reason of [`Outcome::Failed`] when the stored key cannot be decrypted.
pub const REASON_KEY_UNREADABLE: &str = "the stored key cannot be decrypted; run /setup again";
/// Reason of [`Outcome::Failed`] past the job's deadline.
pub const REASON_GAVE_UP: &str = "gave up: Technified still failed at the deadline";
/// Reason of [`Outcome::Failed`] for an error that is never retried.
pub const REASON_REFUSED: &str = "Technified refused the request";
/// Reason of [`Outcome::Failed`] when the one retry of a 500 failed the same way.
pub const REASON_FAILED_TWICE: &str = "Technified failed again on the retry";
/// Reason of [`Outcome::Failed`] for a payload this version cannot read.
pub const REASON_UNREADABLE_JOB: &str = "the queued job cannot be read";

/// The engine's clock: unix milliseconds for the queue, `tokio::time` for sleeping.
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

    /// Unix seconds now (the store's key bookkeeping).
    pub fn unix_secs(&self) -> i64 {
        self.now_ms().div_euclid(1000)
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

/// Whether a failed write may have reached Technified and been applied: a 5xx, a body that
/// is not Technified's JSON, or a connection lost after the request left. A 429 (refused
/// before any work) and a refused connection are not; other 4xx are never retried anyway.
pub fn is_ambiguous(error: &ApiError) -> bool {
    match &error.kind {
        ErrorKind::Api { status, .. } => *status >= 500,
        ErrorKind::Malformed { status, .. } => *status != 429,
        ErrorKind::Transport { sent, .. } => *sent,
        ErrorKind::Paced { .. } => false,
    }
}

/// The retry engine. Cheap to clone; clones share everything. Run [`Engine::run`] once.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

struct Inner {
    store: Store,
    client: Client,
    reporter: Arc<dyn Reporter>,
    clock: Clock,
    /// Wakes the loop: the queue changed.
    wake: Notify,
    /// Set when the loop should stop taking work.
    stopping: AtomicBool,
    slots: Arc<Semaphore>,
    busy: Mutex<Busy>,
}

#[derive(Default)]
struct Busy {
    /// (guild, target) of every attempt under way.
    targets: HashSet<(u64, String)>,
    /// Attempts under way per guild.
    per_guild: HashMap<u64, usize>,
    /// Jobs whose last failure already used the one retry a 500 gets. In memory only: after
    /// a restart a 500 may get one more try, which is harmless.
    once_used: HashSet<i64>,
}

impl Inner {
    fn busy(&self) -> MutexGuard<'_, Busy> {
        self.busy.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// An attempt's hold on its slot, its guild's share and its target; released on drop, even
/// when the attempt's task is aborted.
struct Slot {
    inner: Arc<Inner>,
    guild_id: u64,
    target: String,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut busy = self.inner.busy();
        busy.targets
            .remove(&(self.guild_id, std::mem::take(&mut self.target)));
        if let Some(count) = busy.per_guild.get_mut(&self.guild_id) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                busy.per_guild.remove(&self.guild_id);
            }
        }
        drop(busy);
        self.inner.wake.notify_one();
    }
}

/// What one attempt found.
enum Step {
    /// Applied: sent now, or found applied by the read-back (`already`).
    Applied { already: bool },
    /// Past the deadline, nothing left to try.
    GaveUp,
    /// A call failed; `sending` when it was the write itself (not the read-back).
    Failed { error: ApiError, sending: bool },
}

impl Engine {
    pub fn new(store: Store, client: Client, reporter: Arc<dyn Reporter>) -> Engine {
        Engine {
            inner: Arc::new(Inner {
                store,
                client,
                reporter,
                clock: Clock::new(),
                wake: Notify::new(),
                stopping: AtomicBool::new(false),
                slots: Arc::new(Semaphore::new(MAX_IN_FLIGHT)),
                busy: Mutex::new(Busy::default()),
            }),
        }
    }

    /// The engine's clock; job times (`next_attempt_at_ms`, `deadline_at_ms`) are in it.
    pub fn clock(&self) -> Clock {
        self.inner.clock
    }

    /// Unix milliseconds now, in the engine's clock.
    pub fn now_ms(&self) -> i64 {
        self.inner.clock.now_ms()
    }

    /// Queues a job that was never sent (one that waits behind another on its target) and
    /// wakes the loop; the row is committed when this returns. Its first attempt sends it.
    pub async fn submit(&self, job: NewJob) -> Result<i64, StoreError> {
        self.enqueue(job, 0, None, None).await
    }

    /// Queues a job whose first attempt (the command's own, made just now) failed with
    /// `first`, which counts as attempt one: marked sent only when `first` may have been
    /// applied, and a first 500 already used its one retry once this retry fails.
    pub async fn submit_after(&self, job: NewJob, first: &ApiError) -> Result<i64, StoreError> {
        let describe = first.to_string();
        let sent_at = is_ambiguous(first).then(|| self.now_ms());
        let id = self.enqueue(job, 1, sent_at, Some(&describe)).await?;
        if matches!(policy::classify(first), Retry::Once(_)) {
            self.inner.busy().once_used.insert(id);
        }
        Ok(id)
    }

    async fn enqueue(
        &self,
        job: NewJob,
        attempts: u32,
        sent_at_ms: Option<i64>,
        last_error: Option<&str>,
    ) -> Result<i64, StoreError> {
        let (guild_id, kind) = (job.guild_id, job.kind.clone());
        let id = hold_clock(
            self.inner
                .store
                .enqueue(job, attempts, sent_at_ms, last_error),
        )
        .await?;
        tracing::info!(job_id = id, guild_id, kind, "job queued for retry");
        self.inner.wake.notify_one();
        Ok(id)
    }

    /// Cancels a pending job of this server; false when it is not this server's, is being
    /// attempted right now, or is already over.
    pub async fn cancel(&self, guild_id: u64, id: i64) -> bool {
        let store = &self.inner.store;
        let kind = match hold_clock(store.job(id)).await {
            Ok(Some(job)) => job.kind,
            Ok(None) => return false,
            Err(e) => {
                tracing::warn!(job_id = id, error = %e, "could not read a job to cancel");
                return false;
            }
        };
        match hold_clock(store.cancel(guild_id, id)).await {
            Ok(true) => {
                tracing::info!(job_id = id, guild_id, "job cancelled");
                metrics::counter!("retry_jobs_finished_total", "kind" => kind, "outcome" => "cancelled")
                    .increment(1);
                self.inner.busy().once_used.remove(&id);
                self.inner.wake.notify_one();
                true
            }
            Ok(false) => false,
            Err(e) => {
                tracing::warn!(job_id = id, error = %e, "could not cancel a job");
                false
            }
        }
    }

    /// Ends the server's pending jobs at once as failed with `reason` (its key was removed,
    /// or the bot was removed from it) and reports each in the background; a stop before all
    /// are reported is caught up at the next start. Attempts under way finish; a later one
    /// finds no key. Returns how many were ended.
    pub async fn end_pending(&self, guild_id: u64, reason: &str) -> Result<usize, StoreError> {
        let result = format!("{FAILED_RESULT}{reason}");
        let ended = hold_clock(self.inner.store.end_pending(guild_id, &result)).await?;
        let count = ended.len();
        {
            let mut busy = self.inner.busy();
            for job in &ended {
                busy.once_used.remove(&job.id);
                metrics::counter!("retry_jobs_finished_total", "kind" => job.kind.clone(), "outcome" => "failed")
                    .increment(1);
            }
        }
        tracing::info!(guild_id, ended = count, reason, "pending jobs ended");
        let inner = Arc::clone(&self.inner);
        let reason = reason.to_owned();
        tokio::spawn(async move {
            for job in ended {
                let outcome = Outcome::Failed {
                    error: None,
                    reason: reason.clone(),
                    attempts: job.attempts,
                };
                report_end(&inner, &job, &outcome).await;
            }
        });
        self.inner.wake.notify_one();
        Ok(count)
    }

    /// Whether a job of this server and target is queued or under way; a command about to
    /// act on that target directly should queue behind it ([`Engine::submit`]) instead.
    pub async fn target_busy(&self, guild_id: u64, target: &str) -> Result<bool, StoreError> {
        hold_clock(self.inner.store.target_busy(guild_id, target)).await
    }

    /// Asks a running [`Engine::run`] to stop, like its `shutdown` future completing.
    pub fn stop(&self) {
        self.inner.stopping.store(true, Ordering::SeqCst);
        self.inner.wake.notify_one();
    }

    /// The background task. Puts jobs a crash left running back in the queue, then runs due
    /// jobs until `shutdown` completes (or [`Engine::stop`]). At shutdown it takes no more
    /// work and gives attempts under way [`SHUTDOWN_GRACE`] to finish; the rest stay
    /// `running` and are read back at the next start.
    pub async fn run(&self, shutdown: impl Future<Output = ()>) {
        let inner = &self.inner;
        inner.stopping.store(false, Ordering::SeqCst);
        match hold_clock(inner.store.recover_running()).await {
            Ok(0) => {}
            Ok(recovered) => {
                tracing::info!(
                    recovered,
                    "jobs interrupted by the last stop are queued again"
                )
            }
            Err(e) => tracing::error!(error = %e, "could not recover interrupted jobs"),
        }
        catch_up_reports(inner).await;
        let mut tasks: JoinSet<()> = JoinSet::new();
        let mut shutdown = pin!(shutdown);
        // Consecutive looks at the queue that found work due but started none.
        let mut idle_spins: u32 = 0;
        let mut next_purge = Instant::now();
        let mut next_token_sweep = Instant::now();
        loop {
            if inner.stopping.load(Ordering::SeqCst) {
                break;
            }
            if Instant::now() >= next_purge {
                match hold_clock(inner.store.purge_finished(KEEP_FINISHED)).await {
                    Ok(purged) => tracing::debug!(purged, "old finished jobs deleted"),
                    Err(e) => tracing::warn!(error = %e, "could not delete old finished jobs"),
                }
                let left_by = inner.clock.now_ms() - KEEP_DEPARTED.as_millis() as i64;
                match hold_clock(inner.store.forget_departed(left_by)).await {
                    Ok(guilds) => {
                        for guild_id in guilds {
                            tracing::info!(
                                guild_id,
                                "key and settings of a server the bot left 7 days ago deleted"
                            );
                        }
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "could not delete the data of servers the bot left")
                    }
                }
                next_purge = Instant::now() + PURGE_EVERY;
            }
            if Instant::now() >= next_token_sweep {
                let now = inner.clock.now_ms();
                match hold_clock(inner.store.clear_expired_tokens(now)).await {
                    Ok(cleared) => tracing::debug!(cleared, "expired interaction tokens deleted"),
                    Err(e) => {
                        tracing::warn!(error = %e, "could not delete expired interaction tokens")
                    }
                }
                next_token_sweep = Instant::now() + TOKEN_SWEEP_EVERY;
            }
            while let Some(result) = tasks.try_join_next() {
                task_ended(result);
            }
            let now = inner.clock.now_ms();
            let wake_at = match self.dispatch(now, &mut tasks).await {
                Ok((started, held_back)) => match self.next_wake(now, held_back).await {
                    Ok(Some(at)) => {
                        idle_spins = 0;
                        at
                    }
                    // Due work remains that nothing holds back (a bigger batch than one look,
                    // or a job queued meanwhile): look again, but never spin.
                    Ok(None) => {
                        idle_spins = if started { 0 } else { idle_spins + 1 };
                        if idle_spins < 3 {
                            continue;
                        }
                        idle_spins = 0;
                        Instant::now() + Duration::from_millis(50)
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "could not read the retry queue");
                        Instant::now() + STORE_RETRY
                    }
                },
                Err(e) => {
                    tracing::error!(error = %e, "could not read the retry queue");
                    Instant::now() + STORE_RETRY
                }
            };
            tokio::select! {
                biased;
                () = &mut shutdown => break,
                () = inner.wake.notified() => {}
                Some(result) = tasks.join_next(), if !tasks.is_empty() => task_ended(result),
                () = tokio::time::sleep_until(wake_at) => {}
            }
        }
        inner.stopping.store(true, Ordering::SeqCst);
        let drain = async {
            while let Some(result) = tasks.join_next().await {
                task_ended(result);
            }
        };
        if tokio::time::timeout(SHUTDOWN_GRACE, drain).await.is_err() {
            tracing::warn!(
                left = tasks.len(),
                "attempts still under way at shutdown are left running; they are read back at the next start"
            );
            tasks.shutdown().await;
        }
    }

    /// Starts an attempt for every ready job there is room for. Returns whether any started,
    /// and whether a ready job was held back for lack of room (a slot, its server's share, or
    /// its target busy): an ending attempt wakes the loop for those.
    async fn dispatch(
        &self,
        now: i64,
        tasks: &mut JoinSet<()>,
    ) -> Result<(bool, bool), StoreError> {
        let inner = &self.inner;
        let per_guild = MAX_IN_FLIGHT_PER_GUILD as u32;
        let ready = hold_clock(inner.store.ready_jobs(now, per_guild, BATCH)).await?;
        let (mut started, mut held_back) = (false, false);
        for job in ready {
            if inner.stopping.load(Ordering::SeqCst) {
                break;
            }
            let target = (job.guild_id, job.target.clone());
            {
                let busy = inner.busy();
                let guild_load = busy.per_guild.get(&job.guild_id).copied().unwrap_or(0);
                if busy.targets.contains(&target) || guild_load >= MAX_IN_FLIGHT_PER_GUILD {
                    held_back = true;
                    continue;
                }
            }
            let Ok(permit) = Arc::clone(&inner.slots).try_acquire_owned() else {
                held_back = true;
                break;
            };
            if !hold_clock(inner.store.claim(job.id)).await? {
                // Cancelled (or taken) since it was read.
                continue;
            }
            let slot = {
                let mut busy = inner.busy();
                busy.targets.insert(target);
                *busy.per_guild.entry(job.guild_id).or_default() += 1;
                Slot {
                    inner: Arc::clone(inner),
                    guild_id: job.guild_id,
                    target: job.target.clone(),
                    _permit: permit,
                }
            };
            let span = tracing::info_span!(
                "retry_job",
                job_id = job.id,
                guild_id = job.guild_id,
                kind = %job.kind,
                attempt = job.attempts + 1,
            );
            tasks.spawn(attempt(Arc::clone(inner), job, slot).instrument(span));
            started = true;
        }
        Ok((started, held_back))
    }

    /// When to look at the queue next: the next ready job's time (capped), or `None` to look
    /// again at once. Also refreshes the queue-depth gauge.
    async fn next_wake(&self, now: i64, held_back: bool) -> Result<Option<Instant>, StoreError> {
        let inner = &self.inner;
        match hold_clock(inner.store.pending_count(None)).await {
            Ok(depth) => metrics::gauge!("retry_queue_depth").set(depth as f64),
            Err(e) => tracing::warn!(error = %e, "could not count queued jobs"),
        }
        let idle = Instant::now() + IDLE_WAKE;
        Ok(match hold_clock(inner.store.next_ready_at()).await? {
            Some(at) if at > now => Some(inner.clock.instant_at(at).min(idle)),
            // Due but held back: the attempt holding it back wakes the loop when it ends.
            Some(_) if held_back => Some(idle),
            Some(_) => None,
            None => Some(idle),
        })
    }
}

fn task_ended(result: Result<(), JoinError>) {
    if let Err(e) = result
        && e.is_panic()
    {
        tracing::error!(error = %e, "a retry attempt panicked; its job stays running until the next start");
    }
}

/// One attempt of one claimed job, to its end: finished, or back in the queue.
async fn attempt(inner: Arc<Inner>, job: Job, slot: Slot) {
    let _slot = slot;
    let op = match Operation::from_job(&job) {
        Ok(op) => op,
        Err(e) => {
            tracing::error!(error = %e, "a queued job's payload cannot be read");
            let reason = REASON_UNREADABLE_JOB.to_owned();
            fail(&inner, job, None, reason, 0).await;
            return;
        }
    };
    let key = match hold_clock(key_for(&inner, job.guild_id, &op)).await {
        Ok(Some(key)) => key,
        Ok(None) => {
            let attempts = job.attempts;
            fail(&inner, job, None, REASON_KEY_REMOVED.to_owned(), attempts).await;
            return;
        }
        Err(StoreError::Undecryptable) => {
            let attempts = job.attempts;
            fail(
                &inner,
                job,
                None,
                REASON_KEY_UNREADABLE.to_owned(),
                attempts,
            )
            .await;
            return;
        }
        Err(e) => {
            // The database, not Technified: try again shortly, without counting an attempt.
            tracing::warn!(error = %e, "could not read the server's key; job put back");
            let next = inner.clock.now_ms() + STORE_RETRY.as_millis() as i64;
            let last = job.last_error.clone().unwrap_or_default();
            store_write("put the job back", || {
                inner
                    .store
                    .reschedule(job.id, job.attempts, next, None, &last)
            })
            .await;
            return;
        }
    };

    let started_ms = inner.clock.now_ms();
    match try_once(&inner, &job, &op, &key, started_ms).await {
        Step::Applied { already } => succeed(&inner, job, &op, &key, already).await,
        Step::GaveUp => {
            let attempts = job.attempts;
            fail(&inner, job, None, REASON_GAVE_UP.to_owned(), attempts).await;
        }
        Step::Failed { error, sending } => {
            if matches!(op, Operation::VerifyKey)
                && matches!(policy::classify(&error), Retry::Never)
            {
                drop_rejected_key(&inner, job.guild_id, &key).await;
            }
            failed_attempt(&inner, job, error, sending, started_ms).await;
        }
    }
}

/// The key an attempt uses: the server's key, or for the key check the key it is for (a key
/// staged by `/setup` waits beside the server's key until the check accepts it).
async fn key_for(
    inner: &Inner,
    guild_id: u64,
    op: &Operation,
) -> Result<Option<ApiKey>, StoreError> {
    if matches!(op, Operation::VerifyKey) {
        return inner.store.key_to_check(guild_id).await;
    }
    Ok(inner.store.key(guild_id).await?.map(|stored| stored.key))
}

/// The key check was refused: the key is not kept as the server's key (the one in use before
/// it, if any, stays).
async fn drop_rejected_key(inner: &Inner, guild_id: u64, key: &ApiKey) {
    match hold_clock(inner.store.reject_key(guild_id, key)).await {
        Ok(true) => {
            tracing::warn!(key = %key.masked(), "Technified rejected the key; it is not kept")
        }
        Ok(false) => {}
        Err(e) => tracing::error!(error = %e, "could not drop a rejected key"),
    }
}

/// The calls of one attempt, started at `now_ms`: read back first when an earlier attempt
/// may have been applied (sent between the job's `sent_at` and now), then send unless past
/// the deadline.
async fn try_once(inner: &Inner, job: &Job, op: &Operation, key: &ApiKey, now_ms: i64) -> Step {
    let past_deadline = now_ms >= job.deadline_at_ms;
    if let Some(sent_at) = job.sent_at_ms {
        match op
            .already_applied(&inner.client, key, sent_at..=now_ms)
            .await
        {
            Ok(true) => return Step::Applied { already: true },
            Ok(false) => {}
            Err(error) => {
                return Step::Failed {
                    error,
                    sending: false,
                };
            }
        }
    }
    if past_deadline {
        return Step::GaveUp;
    }
    match op.send(&inner.client, key).await {
        Ok(()) => Step::Applied { already: false },
        Err(error) if job.sent_at_ms.is_some() && op.done_despite(&error) => {
            tracing::info!(%error, "the refusal shows an earlier attempt applied it");
            Step::Applied { already: true }
        }
        Err(error) => Step::Failed {
            error,
            sending: true,
        },
    }
}

async fn succeed(inner: &Inner, mut job: Job, op: &Operation, key: &ApiKey, already: bool) {
    let guild_id = job.guild_id;
    let now = inner.clock.unix_secs();
    inner.store.record_success(guild_id, key, now);
    if matches!(op, Operation::VerifyKey)
        && let Err(e) = hold_clock(inner.store.accept_key(guild_id, key, now)).await
    {
        tracing::warn!(error = %e, "could not mark the key verified");
    }
    let result = if already {
        "done (an earlier attempt had applied it)"
    } else {
        "done"
    };
    let finished = store_write("finish the job", || {
        inner.store.finish(job.id, JobOutcome::Done, result)
    })
    .await;
    if finished != Some(true) {
        if finished == Some(false) {
            tracing::warn!("the job was no longer running; its result is not reported");
        }
        return;
    }
    tracing::info!(already, "queued job done");
    inner.busy().once_used.remove(&job.id);
    metrics::counter!("retry_jobs_finished_total", "kind" => job.kind.clone(), "outcome" => "done")
        .increment(1);
    job.state = JobState::Done;
    job.result = Some(result.to_owned());
    report_end(inner, &job, &Outcome::Done).await;
}

/// Ends a job as failed, records it and tells the reporter.
async fn fail(inner: &Inner, mut job: Job, error: Option<ApiError>, reason: String, attempts: u32) {
    let result = match &error {
        Some(error) => format!("{FAILED_RESULT}{reason}: {error}"),
        None => format!("{FAILED_RESULT}{reason}"),
    };
    let finished = store_write("finish the job", || {
        inner.store.finish(job.id, JobOutcome::Failed, &result)
    })
    .await;
    if finished != Some(true) {
        if finished == Some(false) {
            tracing::warn!("the job was no longer running; its result is not reported");
        }
        return;
    }
    tracing::warn!(%reason, attempts, "queued job failed");
    inner.busy().once_used.remove(&job.id);
    metrics::counter!("retry_jobs_finished_total", "kind" => job.kind.clone(), "outcome" => "failed")
        .increment(1);
    job.state = JobState::Failed;
    job.result = Some(result);
    let outcome = Outcome::Failed {
        error,
        reason,
        attempts,
    };
    report_end(inner, &job, &outcome).await;
}

/// How a failed job's recorded result begins; the reason follows.
const FAILED_RESULT: &str = "failed: ";

/// Tells the reporter how a job ended, then notes that in the store, so that a stop in
/// between is caught up at the next start (the report may then go out twice, never zero times).
async fn report_end(inner: &Inner, job: &Job, outcome: &Outcome) {
    report(inner.reporter.finished(job, outcome)).await;
    if let Err(e) = hold_clock(inner.store.mark_reported(job.id)).await {
        tracing::warn!(job = job.id, error = %e, "could not note that the job's end was reported");
    }
}

/// Reports the jobs that finished just before the last stop without their report going out.
/// The failure's details are not stored, so a failed one is reported with its recorded result.
async fn catch_up_reports(inner: &Inner) {
    let jobs = match hold_clock(inner.store.unreported_jobs()).await {
        Ok(jobs) => jobs,
        Err(e) => {
            tracing::error!(error = %e, "could not read the finished jobs left unreported");
            return;
        }
    };
    for job in jobs {
        let outcome = match job.state {
            JobState::Done => Outcome::Done,
            _ => {
                let result = job.result.as_deref().unwrap_or_default();
                Outcome::Failed {
                    error: None,
                    reason: result
                        .strip_prefix(FAILED_RESULT)
                        .unwrap_or(result)
                        .to_owned(),
                    attempts: job.attempts,
                }
            }
        };
        tracing::info!(
            job = job.id,
            "reporting the end of a job the last stop interrupted"
        );
        report_end(inner, &job, &outcome).await;
    }
}

/// A call of the attempt started at `started_ms` failed: retry later as the policy says, or
/// give up.
async fn failed_attempt(
    inner: &Inner,
    mut job: Job,
    error: ApiError,
    sending: bool,
    started_ms: i64,
) {
    let message = error
        .message()
        .map_or_else(|| error.to_string(), str::to_owned);
    let now_secs = inner.clock.unix_secs();
    if let Err(e) = hold_clock(inner.store.record_error(
        job.guild_id,
        error.status(),
        &message,
        now_secs,
    ))
    .await
    {
        tracing::warn!(error = %e, "could not record a failed call");
    }

    let attempts = job.attempts + 1;
    let retry = match policy::classify(&error) {
        // A read-back's 500 says nothing about the write: keep looking until the deadline
        // rather than spend (or end on) the write's one retry of a 500.
        Retry::Once(_) if !sending => Retry::Backoff,
        retry => retry,
    };
    let index = match retry {
        Retry::Once(_) if inner.busy().once_used.contains(&job.id) => 1,
        Retry::Once(_) => 0,
        _ => job.attempts,
    };
    let Some(delay) = policy::delay_for(&retry, index, policy::random_jitter()) else {
        let reason = match retry {
            Retry::Once(_) => REASON_FAILED_TWICE,
            _ => REASON_REFUSED,
        };
        fail(inner, job, Some(error), reason.to_owned(), attempts).await;
        return;
    };
    let next = inner
        .clock
        .now_ms()
        .saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
    if next > job.deadline_at_ms {
        fail(inner, job, Some(error), REASON_GAVE_UP.to_owned(), attempts).await;
        return;
    }
    let sent_at = job
        .sent_at_ms
        .or((sending && is_ambiguous(&error)).then_some(started_ms));
    let last_error = error.to_string();
    let rescheduled = store_write("reschedule the job", || {
        inner
            .store
            .reschedule(job.id, attempts, next, sent_at, &last_error)
    })
    .await;
    if rescheduled != Some(true) {
        return;
    }
    if sending {
        let mut busy = inner.busy();
        if matches!(retry, Retry::Once(_)) {
            busy.once_used.insert(job.id);
        } else {
            busy.once_used.remove(&job.id);
        }
    }
    tracing::info!(
        %error,
        attempts,
        delay_ms = delay.as_millis() as u64,
        sent = sent_at.is_some(),
        "queued job will be retried"
    );
    job.state = JobState::Pending;
    job.attempts = attempts;
    job.sent_at_ms = sent_at;
    job.next_attempt_at_ms = next;
    job.last_error = Some(last_error);
    report(inner.reporter.progress(&job, attempts, next, &error)).await;
}

/// Runs a store write, trying [`STORE_TRIES`] times. `None` when it kept failing: the job
/// then stays `running` and is picked up again at the next start.
async fn store_write<T, F, Fut>(what: &str, mut write: F) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, StoreError>>,
{
    for try_number in 1..=STORE_TRIES {
        match hold_clock(write()).await {
            Ok(value) => return Some(value),
            Err(e) if try_number < STORE_TRIES => {
                tracing::warn!(error = %e, what, "store write failed; trying again");
                tokio::time::sleep(STORE_RETRY).await;
            }
            Err(e) => {
                tracing::error!(
                    error = %e,
                    what,
                    "store write failed; the job stays running until the next start"
                );
            }
        }
    }
    None
}

async fn report(future: BoxFuture<'_>) {
    if tokio::time::timeout(REPORT_TIMEOUT, future).await.is_err() {
        tracing::warn!("reporting a job's progress took too long and was abandoned");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::technified::Endpoint;

    fn error(kind: ErrorKind) -> ApiError {
        ApiError {
            endpoint: Endpoint::Ban,
            request_id: "r".into(),
            kind,
        }
    }

    fn api(status: u16) -> ApiError {
        error(ErrorKind::Api {
            status,
            message: String::new(),
            details: None,
            retry_after: None,
        })
    }

    #[test]
    fn ambiguity_follows_the_rules() {
        for status in [500, 502, 503, 504, 520] {
            assert!(is_ambiguous(&api(status)), "{status}");
        }
        for status in [400, 404, 409, 429] {
            assert!(!is_ambiguous(&api(status)), "{status}");
        }
        let malformed = |status| {
            error(ErrorKind::Malformed {
                status,
                snippet: "<html>".into(),
            })
        };
        assert!(is_ambiguous(&malformed(502)));
        assert!(is_ambiguous(&malformed(200)));
        assert!(!is_ambiguous(&malformed(429)));
        let transport = |timeout, sent| error(ErrorKind::Transport { timeout, sent });
        assert!(is_ambiguous(&transport(true, true)));
        assert!(is_ambiguous(&transport(false, true)));
        assert!(!is_ambiguous(&transport(false, false)));
    }

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
    }
}
