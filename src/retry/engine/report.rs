//! Telling people what happened to a queued job: the [`Reporter`] the Discord layer
//! implements, how a job ended ([`Outcome`] and its reasons), and the reports of jobs whose end
//! a stop interrupted.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use super::{Inner, hold_clock};
use crate::store::{BulkCounts, BulkRun, BulkWrite, Job, JobState};
use crate::technified::ApiError;

/// A report that takes longer than this is abandoned, so a stuck Discord call cannot hold a
/// job's slot (and its target) forever.
const REPORT_TIMEOUT: Duration = Duration::from_secs(30);

/// A boxed future of the [`Reporter`]'s methods.
pub type BoxFuture<'a, T = ()> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

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

    /// How far a bulk run has got, and when it should end (unix ms, the engine's clock), at
    /// most once every [`super::PROGRESS_EVERY`]. Returns the id of the log channel's message
    /// that shows it when one was posted (the run's token could no longer edit the reply), to
    /// be edited from then on ([`BulkRun::log_message_id`]).
    fn bulk_progress<'a>(
        &'a self,
        run: &'a BulkRun,
        counts: BulkCounts,
        end_ms: Option<i64>,
    ) -> BoxFuture<'a, Option<u64>>;

    /// Every write of a bulk run is over: its report, with each write as it ended.
    fn bulk_finished<'a>(
        &'a self,
        run: &'a BulkRun,
        counts: BulkCounts,
        writes: &'a [BulkWrite],
    ) -> BoxFuture<'a>;
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
/// The result of a bulk write that Technified refused because there was nothing to do (an
/// unban of an account without a ban): counted as done.
pub const RESULT_NOTHING_TO_DO: &str = "done (nothing to do)";
/// Reason of [`Outcome::Failed`] for a payload this version cannot read.
pub const REASON_UNREADABLE_JOB: &str = "the queued job cannot be read";

/// How a failed job's recorded result begins; the reason follows.
pub const FAILED_RESULT: &str = "failed: ";

/// Tells the reporter how a job ended, then notes that in the store, so that a stop in
/// between is caught up at the next start (the report may then go out twice, never zero times).
/// A write of a bulk run is told with its run's progress instead (`bulk.rs`).
pub(super) async fn report_end(inner: &Inner, job: &Job, outcome: &Outcome) {
    if job.bulk_id.is_none() {
        report(inner.reporter.finished(job, outcome)).await;
    }
    if let Err(e) = hold_clock(inner.store.mark_reported(job.id)).await {
        tracing::warn!(job = job.id, error = %e, "could not note that the job's end was reported");
    }
}

/// Reports the jobs that finished just before the last stop without their report going out.
/// The failure's details are not stored, so a failed one is reported with its recorded result.
pub(super) async fn catch_up_reports(inner: &Inner) {
    let jobs = match hold_clock(inner.store.unreported_jobs(inner.shards())).await {
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

pub(super) async fn report(future: BoxFuture<'_>) {
    if tokio::time::timeout(REPORT_TIMEOUT, future).await.is_err() {
        tracing::warn!("reporting a job's progress took too long and was abandoned");
    }
}
