//! Bulk files (`/roblox bulk-ban`, `bulk-unban`): the file's refusals, the preview, progress,
//! the end, and the run's `/jobs` and audit lines. `unban` picks the run's verb.

use crate::discord::lang::Lang;

use super::{Notice, notice};

/// "ban" or "unban", as a run's action reads in a sentence; `done` for its past form.
fn bulk_verb(unban: bool, done: bool) -> &'static str {
    match (unban, done) {
        (true, false) => "unban",
        (true, true) => "unbanned",
        (false, false) => "ban",
        (false, true) => "banned",
    }
}

/// Line numbers, the first `shown` of them, with how many more there are.
fn line_numbers(lines: &[usize], shown: usize) -> String {
    let listed: Vec<String> = lines.iter().take(shown).map(usize::to_string).collect();
    match lines.len().saturating_sub(shown) {
        0 => listed.join(", "),
        more => format!("{} and {more} more", listed.join(", ")),
    }
}

pub fn bulk_too_big(lang: Lang, bytes: u64, max: u64) -> String {
    format!(
        "the file is {} KiB; a bulk file may be at most {} KiB",
        bytes.div_ceil(1024),
        max / 1024
    )
}
pub fn bulk_not_text(lang: Lang) -> String {
    "the file is not text: attach a .txt or .csv file with one Roblox user ID per line".to_owned()
}
pub fn bulk_empty(lang: Lang) -> String {
    "the file lists no Roblox user ID: put one ID per line (a header and # comments are skipped)"
        .to_owned()
}
pub fn bulk_unreachable(lang: Lang) -> String {
    "the file could not be downloaded from Discord; attach it again".to_owned()
}

pub fn bulk_nothing_valid(lang: Lang, lines: &[usize]) -> String {
    format!(
        "no line is a Roblox user ID (a number); lines {} are not",
        line_numbers(lines, 20)
    )
}

pub fn bulk_too_many(lang: Lang, ids: usize, max: usize) -> String {
    format!("the file lists {ids} different Roblox user IDs; at most {max} at once")
}

/// The preview before a run is confirmed; `reason` as the member typed it, already echoed.
pub fn bulk_preview(
    lang: Lang,
    unban: bool,
    ids: usize,
    duplicates: usize,
    invalid_lines: &[usize],
    reason: Option<&str>,
) -> Notice {
    let verb = bulk_verb(unban, false);
    let mut body = format!("{ids} Roblox accounts to {verb}.");
    if duplicates > 0 {
        body.push_str(&format!(" {duplicates} duplicates left out."));
    }
    if !invalid_lines.is_empty() {
        body.push_str(&format!(
            " Skipped, not a Roblox user ID: lines {}.",
            line_numbers(invalid_lines, 20)
        ));
    }
    if let Some(reason) = reason {
        body.push_str(&format!(" Reason: {reason}."));
    }
    body.push_str(" Each is sent in turn within Technified's rate limits; progress shows here.");
    notice(format!("Bulk {verb}: confirm?"), body)
}

/// The confirm button's label.
pub fn bulk_confirm(lang: Lang, unban: bool, ids: usize) -> String {
    match unban {
        true => format!("Unban {ids}"),
        false => format!("Ban {ids}"),
    }
}

/// A run's progress, with its estimated end (unix s) once there is a pace to go by.
pub fn bulk_progress(
    lang: Lang,
    unban: bool,
    over: i64,
    total: i64,
    end_unix: Option<i64>,
) -> Notice {
    let end = match end_unix {
        Some(end) => format!("Expected to end <t:{end}:R> (<t:{end}:T>)."),
        None => "The expected end shows once the first are sent.".to_owned(),
    };
    notice(
        format!("Bulk {}: {over} of {total}", bulk_verb(unban, false)),
        format!("Sent in turn within Technified's rate limits. {end} /jobs cancels what is left."),
    )
}

pub fn bulk_finished(lang: Lang, unban: bool, done: i64, failed: i64, cancelled: i64) -> Notice {
    notice(
        format!("Bulk {}: finished", bulk_verb(unban, false)),
        format!(
            "{done} {}, {failed} failed, {cancelled} cancelled. Each account's result is in the attached CSV file.",
            bulk_verb(unban, true),
        ),
    )
}

/// The report's file name.
pub fn bulk_report_file(lang: Lang, unban: bool) -> String {
    format!("bulk-{}-report.csv", bulk_verb(unban, false))
}

/// One `/jobs` line for a whole run.
pub fn bulk_job_line(
    lang: Lang,
    run_id: i64,
    unban: bool,
    total: i64,
    requested_by: u64,
    over: i64,
    cancelled: bool,
) -> String {
    let state = if cancelled { "cancelled" } else { "running" };
    format!(
        "`run {run_id}` Bulk {} of {total} accounts (by <@{requested_by}>): {over} of {total} over, {state}",
        bulk_verb(unban, false),
    )
}

pub fn cancel_bulk(lang: Lang, run_id: i64) -> String {
    format!("Cancel run {run_id}")
}

pub fn bulk_cancel_summary(lang: Lang, run_id: i64, cancelled: u64) -> String {
    format!("Cancelled bulk run {run_id} ({cancelled} accounts not sent)")
}

/// The audit line's "what" for a run.
pub fn bulk_summary(lang: Lang, unban: bool, total: i64) -> String {
    format!(
        "Bulk {} of {total} Roblox accounts",
        bulk_verb(unban, false)
    )
}

pub fn audit_bulk_finished(lang: Lang, done: i64, failed: i64, cancelled: i64) -> String {
    format!("{done} done, {failed} failed, {cancelled} cancelled")
}
