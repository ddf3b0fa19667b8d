//! Telling people what happened to a queued job: the [`Reporter`] the Discord layer
//! implements, how a job ended ([`Outcome`] and its reasons), and the reports of jobs whose end
//! a stop interrupted.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use super::Inner;
use crate::clock::hold_clock;
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
        reason: FailureReason,
        attempts: u32,
    },
}

/// Why a job ended without being applied. A job's `result` holds its [`code`](Self::code)
/// (the Technified error, when there was one, is in `last_error`); the Discord layer puts it
/// in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailureReason {
    /// The server's key was removed before the job could be sent.
    KeyRemoved,
    /// The bot was removed from the server.
    BotRemoved,
    /// The stored key cannot be decrypted.
    KeyUnreadable,
    /// Past the job's deadline, Technified still failing.
    GaveUp,
    /// Technified answered with an error that is never retried.
    Refused,
    /// The one retry of a 500 failed the same way.
    FailedTwice,
    /// The payload is one this version cannot read.
    UnreadableJob,
    /// A recorded result this version does not know (written by a newer one).
    Unknown,
}

impl FailureReason {
    const KNOWN: [FailureReason; 7] = [
        Self::KeyRemoved,
        Self::BotRemoved,
        Self::KeyUnreadable,
        Self::GaveUp,
        Self::Refused,
        Self::FailedTwice,
        Self::UnreadableJob,
    ];

    /// The stable code stored in the job's `result` (migrations/sqlite/0008_result_codes.sql turned
    /// the older English results into these).
    pub fn code(self) -> &'static str {
        match self {
            Self::KeyRemoved => "key_removed",
            Self::BotRemoved => "bot_removed",
            Self::KeyUnreadable => "key_unreadable",
            Self::GaveUp => "gave_up",
            Self::Refused => "refused",
            Self::FailedTwice => "failed_twice",
            Self::UnreadableJob => "unreadable_job",
            Self::Unknown => "unknown",
        }
    }

    /// The reason a failed job's `result` records; [`Self::Unknown`] for a code this version
    /// does not know.
    pub fn from_code(code: &str) -> FailureReason {
        Self::KNOWN
            .into_iter()
            .find(|reason| reason.code() == code)
            .unwrap_or(Self::Unknown)
    }

    /// Why `job` failed; `None` when it did not (yet).
    pub fn of(job: &Job) -> Option<FailureReason> {
        (job.state == JobState::Failed)
            .then(|| Self::from_code(job.result.as_deref().unwrap_or_default()))
    }
}

/// The `result` of a job Technified applied: sent by the attempt that finished it, or found
/// applied by the read-back of an earlier one.
pub(super) const DONE_RESULT: &str = "done";
pub(super) const DONE_EARLIER_RESULT: &str = "done_earlier";
/// The `result` of a bulk write Technified refused because there was nothing to do (an unban
/// of an account without a ban): counted as done.
pub const DONE_NOTHING_TO_DO_RESULT: &str = "done_nothing_to_do";

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
/// The Technified error of a failure is not kept typed, so a failed one is reported with its
/// recorded reason only.
pub(super) async fn catch_up_reports(inner: &Inner) {
    let jobs = match hold_clock(inner.store.unreported_jobs(inner.shards())).await {
        Ok(jobs) => jobs,
        Err(e) => {
            tracing::error!(error = %e, "could not read the finished jobs left unreported");
            return;
        }
    };
    for job in jobs {
        let outcome = match FailureReason::of(&job) {
            None => Outcome::Done,
            Some(reason) => Outcome::Failed {
                error: None,
                reason,
                attempts: job.attempts,
            },
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
