//! Queued writes: the amber "queued" replies, late results, `/jobs`, and why a write was not done.

use super::{Notice, notice};

// --- Queued writes and /jobs -----------------------------------------------------------------

pub const LATE_DONE: &str = "Done after Technified recovered.";
pub const JOBS_TITLE: &str = "Retries";
pub const NO_JOBS: &str = "Nothing is waiting or failed recently.";
pub const ALREADY_RUNNING: &str = "not cancelled (already running or finished)";

pub fn queued(summary: &str, next_try_unix: i64) -> Notice {
    notice(
        "Technified is having trouble: queued",
        format!(
            "{summary}: not applied yet. It is saved and will be retried automatically (next try <t:{next_try_unix}:R>); this message is updated with the result. /jobs shows or cancels it."
        ),
    )
}

/// A write not sent yet because this server's calls of its kind are booked for a while.
pub fn queued_rate_limited(summary: &str, send_unix: i64) -> Notice {
    notice(
        "Rate-limited: queued",
        format!(
            "{summary}: not sent yet, because this server has used its Technified calls of this kind for now. It is saved and will be sent at <t:{send_unix}:T> (<t:{send_unix}:R>); this message is updated with the result. /jobs shows or cancels it."
        ),
    )
}

/// A queued write that ended without being applied, and why ([`FAILED_KEY_REMOVED`]...).
pub fn job_failed(summary: &str, why: &str) -> Notice {
    notice("Not done", format!("{summary}: {why}."))
}

pub fn cancel_job(id: i64) -> String {
    format!("Cancel #{id}")
}

pub fn job_cancel_summary(id: i64) -> String {
    format!("Cancelled queued job #{id}")
}

/// One `/jobs` line: the job's number, what it does, who asked, and its state.
pub fn job_line(id: i64, summary: &str, by: u64, state: &str) -> String {
    format!("`#{id}` {summary} (by <@{by}>): {state}")
}

pub fn job_waiting(attempt: u32, next_try_unix: i64) -> String {
    format!("waiting, attempt {attempt} next <t:{next_try_unix}:R>")
}

pub const JOB_RUNNING: &str = "being sent now";
pub const JOB_DONE: &str = "done";
pub const JOB_CANCELLED: &str = "cancelled";

/// A failed job's state in `/jobs`: its short reason ([`LABEL_KEY_REMOVED`]...) and the last
/// Technified error, when one was recorded.
pub fn job_failed_state(label: &str, last_error: Option<&str>) -> String {
    match last_error {
        Some(error) => format!("failed: {label} (last error: {error})"),
        None => format!("failed: {label}"),
    }
}

// --- Why a queued write was not done ---------------------------------------------------------
// As a sentence (the member's reply, the audit line) and as a short label (`/jobs`).

pub const FAILED_KEY_REMOVED: &str = "the server's API key was removed before it could be sent";
pub const FAILED_BOT_REMOVED: &str = "the bot was removed from the server before it could be sent";
pub const FAILED_KEY_UNREADABLE: &str = "the saved key cannot be read; an admin runs /setup again";
pub const FAILED_GAVE_UP: &str = "Technified was still failing after a day of retries";
pub const FAILED_REFUSED: &str = "Technified refused it";
pub const FAILED_TWICE: &str = "Technified failed again on the retry";
pub const FAILED_UNREADABLE_JOB: &str = "this version of the bot cannot read the queued change";
pub const FAILED_UNKNOWN: &str = "it ended without being applied";

pub const LABEL_KEY_REMOVED: &str = "key removed before it was sent";
pub const LABEL_BOT_REMOVED: &str = "bot removed from the server";
pub const LABEL_KEY_UNREADABLE: &str = "saved key unreadable";
pub const LABEL_GAVE_UP: &str = "gave up at the deadline";
pub const LABEL_REFUSED: &str = "refused by Technified";
pub const LABEL_FAILED_TWICE: &str = "failed again on the retry";
pub const LABEL_UNREADABLE_JOB: &str = "this version cannot read it";
pub const LABEL_UNKNOWN: &str = "not applied";
