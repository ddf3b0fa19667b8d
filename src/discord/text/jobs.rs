//! Queued writes: the amber "queued" replies, late results, `/jobs`, and why a write was not done.

use crate::discord::lang::Lang;

use super::{Notice, notice};

// --- Queued writes and /jobs -----------------------------------------------------------------

pub fn late_done(lang: Lang) -> String {
    "Done after Technified recovered.".to_owned()
}
pub fn jobs_title(lang: Lang) -> String {
    "Retries".to_owned()
}
pub fn no_jobs(lang: Lang) -> String {
    "Nothing is waiting or failed recently.".to_owned()
}
pub fn already_running(lang: Lang) -> String {
    "not cancelled (already running or finished)".to_owned()
}

pub fn queued(lang: Lang, summary: &str, next_try_unix: i64) -> Notice {
    notice(
        "Technified is having trouble: queued",
        format!(
            "{summary}: not applied yet. It is saved and will be retried automatically (next try <t:{next_try_unix}:R>); this message is updated with the result. /jobs shows or cancels it."
        ),
    )
}

/// A write not sent yet because this server's calls of its kind are booked for a while.
pub fn queued_rate_limited(lang: Lang, summary: &str, send_unix: i64) -> Notice {
    notice(
        "Rate-limited: queued",
        format!(
            "{summary}: not sent yet, because this server has used its Technified calls of this kind for now. It is saved and will be sent at <t:{send_unix}:T> (<t:{send_unix}:R>); this message is updated with the result. /jobs shows or cancels it."
        ),
    )
}

/// A queued write that ended without being applied, and why ([`FAILED_KEY_REMOVED`]...).
pub fn job_failed(lang: Lang, summary: &str, why: &str) -> Notice {
    notice("Not done", format!("{summary}: {why}."))
}

pub fn cancel_job(lang: Lang, id: i64) -> String {
    format!("Cancel #{id}")
}

pub fn job_cancel_summary(lang: Lang, id: i64) -> String {
    format!("Cancelled queued job #{id}")
}

/// One `/jobs` line: the job's number, what it does, who asked, and its state.
pub fn job_line(lang: Lang, id: i64, summary: &str, by: u64, state: &str) -> String {
    format!("`#{id}` {summary} (by <@{by}>): {state}")
}

pub fn job_waiting(lang: Lang, attempt: u32, next_try_unix: i64) -> String {
    format!("waiting, attempt {attempt} next <t:{next_try_unix}:R>")
}

pub fn job_running(lang: Lang) -> String {
    "being sent now".to_owned()
}
pub fn job_done(lang: Lang) -> String {
    "done".to_owned()
}
pub fn job_cancelled(lang: Lang) -> String {
    "cancelled".to_owned()
}

/// A failed job's state in `/jobs`: its short reason ([`LABEL_KEY_REMOVED`]...) and the last
/// Technified error, when one was recorded.
pub fn job_failed_state(lang: Lang, label: &str, last_error: Option<&str>) -> String {
    match last_error {
        Some(error) => format!("failed: {label} (last error: {error})"),
        None => format!("failed: {label}"),
    }
}

// --- Why a queued write was not done ---------------------------------------------------------
// As a sentence (the member's reply, the audit line) and as a short label (`/jobs`).

pub fn failed_key_removed(lang: Lang) -> String {
    "the server's API key was removed before it could be sent".to_owned()
}
pub fn failed_bot_removed(lang: Lang) -> String {
    "the bot was removed from the server before it could be sent".to_owned()
}
pub fn failed_key_unreadable(lang: Lang) -> String {
    "the saved key cannot be read; an admin runs /setup again".to_owned()
}
pub fn failed_gave_up(lang: Lang) -> String {
    "Technified was still failing after a day of retries".to_owned()
}
pub fn failed_refused(lang: Lang) -> String {
    "Technified refused it".to_owned()
}
pub fn failed_twice(lang: Lang) -> String {
    "Technified failed again on the retry".to_owned()
}
pub fn failed_unreadable_job(lang: Lang) -> String {
    "this version of the bot cannot read the queued change".to_owned()
}
pub fn failed_unknown(lang: Lang) -> String {
    "it ended without being applied".to_owned()
}

pub fn label_key_removed(lang: Lang) -> String {
    "key removed before it was sent".to_owned()
}
pub fn label_bot_removed(lang: Lang) -> String {
    "bot removed from the server".to_owned()
}
pub fn label_key_unreadable(lang: Lang) -> String {
    "saved key unreadable".to_owned()
}
pub fn label_gave_up(lang: Lang) -> String {
    "gave up at the deadline".to_owned()
}
pub fn label_refused(lang: Lang) -> String {
    "refused by Technified".to_owned()
}
pub fn label_failed_twice(lang: Lang) -> String {
    "failed again on the retry".to_owned()
}
pub fn label_unreadable_job(lang: Lang) -> String {
    "this version cannot read it".to_owned()
}
pub fn label_unknown(lang: Lang) -> String {
    "not applied".to_owned()
}
