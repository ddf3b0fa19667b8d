//! Bulk files (`/roblox bulk-ban`, `bulk-unban`): the file's refusals, the preview, progress,
//! the end, and the run's `/jobs` and audit lines. `unban` picks the run's verb.

use super::{Lang, Notice, or_none, yes_no};

const SHOWN_LINES: usize = 20;

/// Line numbers the messages show: the first `SHOWN_LINES` joined with commas (`$lines`), and
/// how many more there are (`$more`).
fn line_numbers(lines: &[usize]) -> (String, usize) {
    let listed: Vec<String> = lines
        .iter()
        .take(SHOWN_LINES)
        .map(usize::to_string)
        .collect();
    (listed.join(", "), lines.len().saturating_sub(SHOWN_LINES))
}

pub fn bulk_too_big(lang: Lang, bytes: u64, max: u64) -> String {
    say!(
        lang,
        "bulk-too-big",
        size_kib = bytes.div_ceil(1024),
        max_kib = max / 1024
    )
}
pub fn bulk_not_text(lang: Lang) -> String {
    say!(lang, "bulk-not-text")
}
pub fn bulk_empty(lang: Lang) -> String {
    say!(lang, "bulk-empty")
}
pub fn bulk_unreachable(lang: Lang) -> String {
    say!(lang, "bulk-unreachable")
}

pub fn bulk_nothing_valid(lang: Lang, lines: &[usize]) -> String {
    let count = lines.len();
    let (lines, more) = line_numbers(lines);
    say!(
        lang,
        "bulk-nothing-valid",
        lines = lines,
        more = more,
        count = count
    )
}

pub fn bulk_too_many(lang: Lang, ids: usize, max: usize) -> String {
    say!(lang, "bulk-too-many", ids = ids, max = max)
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
    let (lines, more) = line_numbers(invalid_lines);
    notice!(
        lang,
        "bulk-preview",
        unban = yes_no(unban),
        ids = ids,
        duplicates = duplicates,
        has_invalid_lines = yes_no(!invalid_lines.is_empty()),
        lines = lines,
        more = more,
        count = invalid_lines.len(),
        has_reason = yes_no(reason.is_some()),
        reason = reason.unwrap_or_default(),
    )
}

/// The confirm button's label.
pub fn bulk_confirm(lang: Lang, unban: bool, ids: usize) -> String {
    say!(lang, "bulk-confirm", unban = yes_no(unban), ids = ids)
}

/// A run's progress, with its estimated end (unix s) once there is a pace to go by.
pub fn bulk_progress(
    lang: Lang,
    unban: bool,
    over: i64,
    total: i64,
    end_unix: Option<i64>,
) -> Notice {
    notice!(
        lang,
        "bulk-progress",
        unban = yes_no(unban),
        over = over,
        total = total,
        end_unix = or_none(end_unix)
    )
}

pub fn bulk_finished(lang: Lang, unban: bool, done: i64, failed: i64, cancelled: i64) -> Notice {
    notice!(
        lang,
        "bulk-finished",
        unban = yes_no(unban),
        done = done,
        failed = failed,
        cancelled = cancelled
    )
}

/// The report's file name.
pub fn bulk_report_file(lang: Lang, unban: bool) -> String {
    say!(lang, "bulk-report-file", unban = yes_no(unban))
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
    say!(
        lang,
        "bulk-job-line",
        run_id = run_id.to_string(),
        unban = yes_no(unban),
        total = total,
        requested_by = requested_by.to_string(),
        over = over,
        cancelled = yes_no(cancelled)
    )
}

pub fn cancel_bulk(lang: Lang, run_id: i64) -> String {
    say!(lang, "cancel-bulk", run_id = run_id.to_string())
}

pub fn bulk_cancel_summary(lang: Lang, run_id: i64, cancelled: u64) -> String {
    say!(
        lang,
        "bulk-cancel-summary",
        run_id = run_id.to_string(),
        cancelled = cancelled
    )
}

/// The audit line's "what" for a run.
pub fn bulk_summary(lang: Lang, unban: bool, total: i64) -> String {
    say!(lang, "bulk-summary", unban = yes_no(unban), total = total)
}

pub fn audit_bulk_finished(lang: Lang, done: i64, failed: i64, cancelled: i64) -> String {
    say!(
        lang,
        "audit-bulk-finished",
        done = done,
        failed = failed,
        cancelled = cancelled
    )
}
