//! Queued writes: the amber "queued" replies, late results, `/jobs`, and why a write was not done.

use super::{Lang, Notice, yes_no};

// --- Queued writes and /jobs -----------------------------------------------------------------

pub fn late_done(lang: Lang) -> String {
    say!(lang, "late-done")
}
pub fn jobs_title(lang: Lang) -> String {
    say!(lang, "jobs-title")
}
pub fn no_jobs(lang: Lang) -> String {
    say!(lang, "no-jobs")
}
pub fn already_running(lang: Lang) -> String {
    say!(lang, "already-running")
}

pub fn queued(lang: Lang, summary: &str, next_try_unix: i64) -> Notice {
    notice!(
        lang,
        "queued",
        summary = summary,
        next_try_unix = next_try_unix.to_string()
    )
}

/// A write not sent yet because this server's calls of its kind are booked for a while.
pub fn queued_rate_limited(lang: Lang, summary: &str, send_unix: i64) -> Notice {
    notice!(
        lang,
        "queued-rate-limited",
        summary = summary,
        send_unix = send_unix.to_string()
    )
}

/// A queued write that ended without being applied, and why ([`failed_key_removed`]...).
pub fn job_failed(lang: Lang, summary: &str, why: &str) -> Notice {
    notice!(lang, "job-failed", summary = summary, why = why)
}

pub fn cancel_job(lang: Lang, id: i64) -> String {
    say!(lang, "cancel-job", id = id.to_string())
}

pub fn job_cancel_summary(lang: Lang, id: i64) -> String {
    say!(lang, "job-cancel-summary", id = id.to_string())
}

/// One `/jobs` line: the job's number, what it does, who asked, and its state.
pub fn job_line(lang: Lang, id: i64, summary: &str, by: u64, state: &str) -> String {
    say!(
        lang,
        "job-line",
        id = id.to_string(),
        summary = summary,
        by = by.to_string(),
        state = state
    )
}

pub fn job_waiting(lang: Lang, attempt: u32, next_try_unix: i64) -> String {
    say!(
        lang,
        "job-waiting",
        attempt = attempt,
        next_try_unix = next_try_unix.to_string()
    )
}

pub fn job_running(lang: Lang) -> String {
    say!(lang, "job-running")
}
pub fn job_done(lang: Lang) -> String {
    say!(lang, "job-done")
}
pub fn job_cancelled(lang: Lang) -> String {
    say!(lang, "job-cancelled")
}

/// A failed job's state in `/jobs`: its short reason ([`label_key_removed`]...) and the last
/// Technified error, when one was recorded.
pub fn job_failed_state(lang: Lang, label: &str, last_error: Option<&str>) -> String {
    say!(
        lang,
        "job-failed-state",
        label = label,
        last_error = last_error.unwrap_or_default(),
        has_last_error = yes_no(last_error.is_some()),
    )
}

// --- Why a queued write was not done ---------------------------------------------------------
// As a sentence (the member's reply, the audit line) and as a short label (`/jobs`).

pub fn failed_key_removed(lang: Lang) -> String {
    say!(lang, "failed-key-removed")
}
pub fn failed_bot_removed(lang: Lang) -> String {
    say!(lang, "failed-bot-removed")
}
pub fn failed_key_unreadable(lang: Lang) -> String {
    say!(lang, "failed-key-unreadable")
}
pub fn failed_gave_up(lang: Lang) -> String {
    say!(lang, "failed-gave-up")
}
pub fn failed_refused(lang: Lang) -> String {
    say!(lang, "failed-refused")
}
pub fn failed_twice(lang: Lang) -> String {
    say!(lang, "failed-twice")
}
pub fn failed_unreadable_job(lang: Lang) -> String {
    say!(lang, "failed-unreadable-job")
}
pub fn failed_unknown(lang: Lang) -> String {
    say!(lang, "failed-unknown")
}

pub fn label_key_removed(lang: Lang) -> String {
    say!(lang, "label-key-removed")
}
pub fn label_bot_removed(lang: Lang) -> String {
    say!(lang, "label-bot-removed")
}
pub fn label_key_unreadable(lang: Lang) -> String {
    say!(lang, "label-key-unreadable")
}
pub fn label_gave_up(lang: Lang) -> String {
    say!(lang, "label-gave-up")
}
pub fn label_refused(lang: Lang) -> String {
    say!(lang, "label-refused")
}
pub fn label_failed_twice(lang: Lang) -> String {
    say!(lang, "label-failed-twice")
}
pub fn label_unreadable_job(lang: Lang) -> String {
    say!(lang, "label-unreadable-job")
}
pub fn label_unknown(lang: Lang) -> String {
    say!(lang, "label-unknown")
}
