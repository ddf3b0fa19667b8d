//! What the rest of the bot asks of the engine: queue a job, store a command's write before
//! its first attempt and settle it after, cancel a job, end a server's pending jobs.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::OwnedRwLockReadGuard;

use super::{Engine, FailureReason, Outcome, is_ambiguous, report_end};
use crate::clock::hold_clock;
use crate::retry::policy::{self, Retry};
use crate::store::{Begun, CaseOutcome, NewBulkRun, NewCase, NewJob, StoreError};
use crate::technified::ApiError;

/// A write stored by [`Engine::begin`]; while its first attempt is under way, the recovery of
/// jobs a crash left running waits.
#[derive(Debug)]
pub struct FirstAttempt {
    pub begun: Begun,
    _gate: Option<OwnedRwLockReadGuard<()>>,
}

impl Engine {
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

    /// Stores a write before its first attempt, with its case, in one transaction
    /// ([`Store::begin_write`]). Unless it waits behind an open job of its target (then the
    /// engine sends it in its turn), the job is claimed for the caller, who makes the first
    /// attempt and ends it with [`Engine::end_first`] or [`Engine::queue_first`]. A crash
    /// before that leaves it running, to be read back at the next start.
    pub async fn begin(
        &self,
        job: NewJob,
        case: Option<NewCase>,
    ) -> Result<FirstAttempt, StoreError> {
        let gate = Arc::clone(&self.inner.first_attempts).read_owned().await;
        let (guild_id, kind) = (job.guild_id, job.kind.clone());
        let begun = hold_clock(self.inner.store.begin_write(job, case)).await?;
        if begun.behind {
            tracing::info!(
                job_id = begun.job_id,
                guild_id,
                kind,
                "write queued behind another"
            );
            self.inner.wake.notify_one();
        }
        Ok(FirstAttempt {
            begun,
            _gate: (!begun.behind).then_some(gate),
        })
    }

    /// The first attempt of a write ended it (applied, or refused): its job is over and its
    /// case takes `outcome`. A store failure is logged; the job then stays running and is
    /// read back at the next start.
    pub async fn end_first(&self, write: FirstAttempt, outcome: CaseOutcome) {
        let id = write.begun.job_id;
        match hold_clock(self.inner.store.end_write(id, outcome)).await {
            Ok(_) => self.inner.wake.notify_one(),
            Err(e) => {
                tracing::error!(job_id = id, error = %e, "could not record a write's end; it is read back at the next start")
            }
        }
    }

    /// The first attempt of a write failed with `error`, which the policy retries after
    /// `delay`: the job goes to the queue as if [`Engine::submit_after`] had queued it.
    pub async fn queue_first(&self, write: FirstAttempt, delay: Duration, error: &ApiError) {
        let id = write.begun.job_id;
        let now = self.now_ms();
        let next = now.saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
        let sent_at = is_ambiguous(error).then_some(now);
        let last_error = error.to_string();
        let store = &self.inner.store;
        match hold_clock(store.reschedule(id, 1, next, sent_at, &last_error)).await {
            Ok(_) => {
                if matches!(policy::classify(error), Retry::Once(_)) {
                    self.inner.busy().once_used.insert(id);
                }
                tracing::info!(job_id = id, "job queued for retry");
                self.inner.wake.notify_one();
            }
            Err(e) => {
                tracing::error!(job_id = id, error = %e, "could not queue a write; it is read back at the next start")
            }
        }
    }

    /// Stores a bulk run and all its writes with their cases in one transaction
    /// ([`crate::store::Store::begin_bulk`]); the engine then sends them in turn, and reports
    /// the run's progress and end (`bulk.rs`). Returns the run's id.
    pub async fn begin_bulk(
        &self,
        run: NewBulkRun,
        writes: Vec<(NewJob, NewCase)>,
    ) -> Result<i64, StoreError> {
        let (guild_id, count) = (run.guild_id, writes.len());
        let id = hold_clock(self.inner.store.begin_bulk(run, writes)).await?;
        tracing::info!(run = id, guild_id, count, "bulk run queued");
        self.inner.wake.notify_one();
        Ok(id)
    }

    /// Cancels what is left of a bulk run of this server; `None` when it is not this
    /// server's or is over, else how many writes were cancelled.
    pub async fn cancel_bulk(&self, guild_id: u64, run_id: i64) -> Option<u64> {
        match hold_clock(self.inner.store.cancel_bulk(guild_id, run_id)).await {
            Ok(cancelled) => {
                tracing::info!(run = run_id, guild_id, ?cancelled, "bulk run cancel asked");
                self.inner.wake.notify_one();
                cancelled
            }
            Err(e) => {
                tracing::warn!(run = run_id, error = %e, "could not cancel a bulk run");
                None
            }
        }
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
    pub async fn end_pending(
        &self,
        guild_id: u64,
        reason: FailureReason,
    ) -> Result<usize, StoreError> {
        let ended = hold_clock(self.inner.store.end_pending(guild_id, reason.code())).await?;
        let count = ended.len();
        {
            let mut busy = self.inner.busy();
            for job in &ended {
                busy.once_used.remove(&job.id);
                metrics::counter!("retry_jobs_finished_total", "kind" => job.kind.clone(), "outcome" => "failed")
                    .increment(1);
            }
        }
        tracing::info!(
            guild_id,
            ended = count,
            reason = reason.code(),
            "pending jobs ended"
        );
        let inner = Arc::clone(&self.inner);
        tokio::spawn(async move {
            for job in ended {
                let outcome = Outcome::Failed {
                    error: None,
                    reason,
                    attempts: job.attempts,
                };
                report_end(&inner, &job, &outcome).await;
            }
        });
        self.inner.wake.notify_one();
        Ok(count)
    }
}
