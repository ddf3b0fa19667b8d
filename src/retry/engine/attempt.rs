//! One attempt of one claimed job, to its end: the key it uses, the read-back of an earlier
//! attempt that may have applied, the send, what the failure means (retry when, or give up),
//! and the job finished or put back in the queue.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use super::report::{
    DONE_EARLIER_RESULT, DONE_NOTHING_TO_DO_RESULT, DONE_RESULT, report, report_end,
};
use super::{FailureReason, Inner, Outcome, STORE_RETRY, Slot};
use crate::clock::hold_clock;
use crate::retry::operation::Operation;
use crate::retry::policy::{self, Decision, GiveUp, Retry};
use crate::store::{Job, JobOutcome, JobState, StoreError};
use crate::technified::{ApiError, ApiKey, ErrorKind};

/// Tries of a store write that records an attempt's result.
const STORE_TRIES: u32 = 3;

/// What one attempt found.
enum Step {
    /// Applied: sent now, or found applied by the read-back; `result` says which.
    Applied { result: &'static str },
    /// Past the deadline, nothing left to try.
    GaveUp,
    /// A call failed; `sending` when it was the write itself (not the read-back).
    Failed { error: ApiError, sending: bool },
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

/// One attempt of one claimed job, to its end: finished, or back in the queue.
pub(super) async fn attempt(inner: Arc<Inner>, job: Job, slot: Slot) {
    let _slot = slot;
    let op = match Operation::from_job(&job) {
        Ok(op) => op,
        Err(e) => {
            tracing::error!(error = %e, "a queued job's payload cannot be read");
            fail(&inner, job, None, FailureReason::UnreadableJob, 0).await;
            return;
        }
    };
    let key = match hold_clock(key_for(&inner, job.guild_id, &op)).await {
        Ok(Some(key)) => key,
        Ok(None) => {
            let attempts = job.attempts;
            fail(&inner, job, None, FailureReason::KeyRemoved, attempts).await;
            return;
        }
        Err(StoreError::Undecryptable) => {
            let attempts = job.attempts;
            fail(&inner, job, None, FailureReason::KeyUnreadable, attempts).await;
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
        Step::Applied { result } => succeed(&inner, job, &op, &key, result).await,
        Step::GaveUp => {
            let attempts = job.attempts;
            fail(&inner, job, None, FailureReason::GaveUp, attempts).await;
        }
        Step::Failed { error, sending } => {
            let checked_key = matches!(op, Operation::VerifyKey).then_some(&key);
            failed_attempt(&inner, job, error, sending, started_ms, checked_key).await;
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
            Ok(true) => {
                return Step::Applied {
                    result: DONE_EARLIER_RESULT,
                };
            }
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
        Ok(()) => Step::Applied {
            result: DONE_RESULT,
        },
        Err(error) if job.sent_at_ms.is_some() && op.done_despite(&error) => {
            tracing::info!(%error, "the refusal shows an earlier attempt applied it");
            Step::Applied {
                result: DONE_EARLIER_RESULT,
            }
        }
        // A file lists accounts as they were: one already in the state asked is done.
        Err(error) if job.bulk_id.is_some() && op.done_despite(&error) => {
            tracing::info!(%error, "the refusal says there was nothing to do");
            Step::Applied {
                result: DONE_NOTHING_TO_DO_RESULT,
            }
        }
        Err(error) => Step::Failed {
            error,
            sending: true,
        },
    }
}

async fn succeed(inner: &Inner, mut job: Job, op: &Operation, key: &ApiKey, result: &'static str) {
    let guild_id = job.guild_id;
    let now = inner.clock.unix_secs();
    inner.store.record_success(guild_id, key, now);
    if matches!(op, Operation::VerifyKey)
        && let Err(e) = hold_clock(inner.store.accept_key(guild_id, key, now)).await
    {
        tracing::warn!(error = %e, "could not mark the key verified");
    }
    let finished = store_write("finish the job", || {
        inner.store.finish(job.id, JobOutcome::Done, result, None)
    })
    .await;
    if finished != Some(true) {
        if finished == Some(false) {
            tracing::warn!("the job was no longer running; its result is not reported");
        }
        return;
    }
    tracing::info!(result, "queued job done");
    inner.busy().once_used.remove(&job.id);
    metrics::counter!("retry_jobs_finished_total", "kind" => job.kind.clone(), "outcome" => "done")
        .increment(1);
    job.state = JobState::Done;
    job.result = Some(result.to_owned());
    report_end(inner, &job, &Outcome::Done).await;
}

/// Ends a job as failed, records it and tells the reporter. The reason is stored as its code,
/// the Technified error (when there is one) as the job's last error.
async fn fail(
    inner: &Inner,
    mut job: Job,
    error: Option<ApiError>,
    reason: FailureReason,
    attempts: u32,
) {
    let result = reason.code();
    let last_error = error.as_ref().map(ApiError::to_string);
    let finished = store_write("finish the job", || {
        inner
            .store
            .finish(job.id, JobOutcome::Failed, result, last_error.as_deref())
    })
    .await;
    if finished != Some(true) {
        if finished == Some(false) {
            tracing::warn!("the job was no longer running; its result is not reported");
        }
        return;
    }
    tracing::warn!(reason = result, attempts, "queued job failed");
    inner.busy().once_used.remove(&job.id);
    metrics::counter!("retry_jobs_finished_total", "kind" => job.kind.clone(), "outcome" => "failed")
        .increment(1);
    job.state = JobState::Failed;
    job.result = Some(result.to_owned());
    if last_error.is_some() {
        job.last_error = last_error;
    }
    let outcome = Outcome::Failed {
        error,
        reason,
        attempts,
    };
    report_end(inner, &job, &outcome).await;
}

/// A call of the attempt started at `started_ms` failed: retry later as the policy says, or
/// give up. `checked_key` is the key a key check was for: refused, it is not kept.
async fn failed_attempt(
    inner: &Inner,
    mut job: Job,
    error: ApiError,
    sending: bool,
    started_ms: i64,
    checked_key: Option<&ApiKey>,
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
    let attempt = policy::Attempt {
        before: job.attempts,
        spent_500_retry: inner.busy().once_used.contains(&job.id),
        read_back: !sending,
    };
    let left_ms = job
        .deadline_at_ms
        .saturating_sub(inner.clock.now_ms())
        .max(0);
    let left = Duration::from_millis(left_ms as u64);
    let (delay, retry) = match policy::decide(&error, attempt, left, policy::random_jitter()) {
        Decision::Retry { after, retry } => (after, retry),
        Decision::GiveUp(why) => {
            if let (GiveUp::Refused, Some(key)) = (why, checked_key) {
                drop_rejected_key(inner, job.guild_id, key).await;
            }
            let reason = match why {
                GiveUp::Refused => FailureReason::Refused,
                GiveUp::FailedTwice => FailureReason::FailedTwice,
                GiveUp::Deadline => FailureReason::GaveUp,
            };
            fail(inner, job, Some(error), reason, attempts).await;
            return;
        }
    };
    let next = inner
        .clock
        .now_ms()
        .saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
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
    // A bulk run's writes are told with the run's progress (`bulk.rs`).
    if job.bulk_id.is_none() {
        report(inner.reporter.progress(&job, attempts, next, &error)).await;
    }
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
}
