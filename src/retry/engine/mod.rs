//! The retry engine: replays queued Technified writes from the durable queue until they are
//! done, refused, or past their deadline (docs/behaviour.md, "Retries").
//!
//! A command's write is stored before it is sent, with its moderation case, by
//! [`Engine::begin`] (the job claimed for the command's own first attempt, or pending behind
//! an open job of its target); the command ends it ([`Engine::end_first`]) or leaves it to
//! the queue ([`Engine::queue_first`]). [`Engine::submit_after`] queues a job whose first
//! attempt was made without one (the key check of `/setup`), [`Engine::submit`] one never
//! sent; each returns once the row is committed. [`Engine::run`] is the one
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
//!
//! Bulk runs (a file's writes, src/store/bulk.rs) are jobs like any other; `bulk.rs` watches
//! them and tells the [`Reporter`] their progress and their end, one run at a time.
//!
//! This file holds the [`Engine`], its run loop and dispatch; `queue.rs` what the rest of the
//! bot asks of it (queue a job, a command's first attempt begun and ended, a bulk run, cancel,
//! end a server's jobs); `attempt.rs` runs one attempt of a job, `report.rs` tells people how
//! it went, and `bulk.rs` how bulk runs go. Time comes from the process's one clock
//! (`src/clock.rs`).

mod attempt;
mod bulk;
mod queue;
mod report;

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::sync::{Notify, OwnedSemaphorePermit, RwLock, Semaphore};
use tokio::task::{JoinError, JoinSet};
use tokio::time::Instant;
use tracing::Instrument;

pub use attempt::is_ambiguous;
pub use bulk::{PROGRESS_EVERY, estimated_end, progress_due};
pub use queue::FirstAttempt;
pub use report::{BoxFuture, DONE_NOTHING_TO_DO_RESULT, FailureReason, Outcome, Reporter};

use crate::clock::{Clock, hold_clock};
use crate::shard_range::ShardRange;
use crate::store::{Store, StoreError};
use crate::technified::Client;
use attempt::attempt;
use report::{catch_up_reports, report_end};

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
/// Finished jobs are kept this long (for `/jobs` and anyone reading the database), then
/// deleted; so are the key and settings of a server the bot was removed from and not added
/// back to. Looked at once an hour.
const KEEP_FINISHED: Duration = Duration::from_secs(7 * 86_400);
const KEEP_DEPARTED: Duration = Duration::from_secs(7 * 86_400);
const PURGE_EVERY: Duration = Duration::from_secs(3_600);
/// How often, at most, expired interaction tokens are deleted from the queue (they live 15
/// minutes); the loop wakes at least every [`IDLE_WAKE`], so none outlives that by more.
const TOKEN_SWEEP_EVERY: Duration = Duration::from_secs(60);

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
    /// Held (shared) by every first attempt a command is making ([`Engine::begin`]) and
    /// (exclusive) by the recovery of jobs a crash left running: recovery must not take a
    /// job this process is sending right now for one a crash interrupted.
    first_attempts: Arc<RwLock<()>>,
    /// The shards whose servers' jobs this engine runs: this process's (every server until
    /// [`Engine::own_shards`] says otherwise).
    shards: Mutex<ShardRange>,
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

    fn shards(&self) -> ShardRange {
        *self.shards.lock().unwrap_or_else(PoisonError::into_inner)
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

impl Engine {
    /// An engine on `clock`, the process's one clock (job times are in it).
    pub fn new(store: Store, client: Client, reporter: Arc<dyn Reporter>, clock: Clock) -> Engine {
        Engine {
            inner: Arc::new(Inner {
                store,
                client,
                reporter,
                clock,
                wake: Notify::new(),
                stopping: AtomicBool::new(false),
                slots: Arc::new(Semaphore::new(MAX_IN_FLIGHT)),
                busy: Mutex::new(Busy::default()),
                first_attempts: Arc::new(RwLock::new(())),
                shards: Mutex::new(ShardRange::all(1)),
            }),
        }
    }

    /// Unix milliseconds now, in the engine's clock.
    pub fn now_ms(&self) -> i64 {
        self.inner.clock.now_ms()
    }

    /// Runs only the jobs of servers on `shards` (this process's `SHARDS`): the servers of
    /// other shards belong to other processes sharing the database. Set before [`Engine::run`],
    /// whose start-up recovers this range's interrupted jobs only.
    pub fn own_shards(&self, shards: ShardRange) {
        *self
            .inner
            .shards
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = shards;
        self.inner.wake.notify_one();
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
        let recovering = inner.first_attempts.write().await;
        let recovered = hold_clock(inner.store.recover_running(inner.shards())).await;
        drop(recovering);
        match recovered {
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
        bulk::hold_after_restart(inner).await;
        let bulk_runs = tokio::spawn(bulk::watch(Arc::clone(inner)));
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
        bulk_runs.abort();
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
        let ready = hold_clock(
            inner
                .store
                .ready_jobs(now, per_guild, BATCH, inner.shards()),
        )
        .await?;
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
        Ok(
            match hold_clock(inner.store.next_ready_at(inner.shards())).await? {
                Some(at) if at > now => Some(inner.clock.instant_at(at).min(idle)),
                // Due but held back: the attempt holding it back wakes the loop when it ends.
                Some(_) if held_back => Some(idle),
                Some(_) => None,
                None => Some(idle),
            },
        )
    }
}

fn task_ended(result: Result<(), JoinError>) {
    if let Err(e) = result
        && e.is_panic()
    {
        tracing::error!(error = %e, "a retry attempt panicked; its job stays running until the next start");
    }
}
