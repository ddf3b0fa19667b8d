//! Bulk runs as they are shown: the preview, progress, the end and its CSV report, and the
//! run's `/jobs` and audit lines.

use super::{echoed, failure_reason};
use crate::discord::Lang;
use crate::discord::text::{self, Notice};
use crate::retry::engine::{DONE_NOTHING_TO_DO_RESULT, FailureReason};
use crate::store::{BulkCounts, BulkRun, BulkWrite, CaseAction, JobState};

fn is_unban(action: CaseAction) -> bool {
    action == CaseAction::Unban
}

/// The preview before a run is confirmed.
pub fn bulk_preview(
    lang: Lang,
    action: CaseAction,
    ids: usize,
    duplicates: usize,
    invalid_lines: &[usize],
    reason: Option<&str>,
) -> Notice {
    let reason = reason.map(echoed);
    text::bulk_preview(
        lang,
        is_unban(action),
        ids,
        duplicates,
        invalid_lines,
        reason.as_deref(),
    )
}

pub fn bulk_confirm(lang: Lang, action: CaseAction, ids: usize) -> String {
    text::bulk_confirm(lang, is_unban(action), ids)
}

/// How far a run has got, with its estimated end (unix ms) once there is a pace to go by.
pub fn bulk_progress(
    lang: Lang,
    action: CaseAction,
    over: i64,
    total: i64,
    end_ms: Option<i64>,
) -> Notice {
    text::bulk_progress(
        lang,
        is_unban(action),
        over,
        total,
        end_ms.map(|ms| ms / 1000),
    )
}

pub fn bulk_finished(lang: Lang, action: CaseAction, counts: BulkCounts) -> Notice {
    text::bulk_finished(
        lang,
        is_unban(action),
        counts.done,
        counts.failed,
        counts.cancelled,
    )
}

/// The report's file name, English like its contents.
pub fn bulk_report_file(action: CaseAction) -> String {
    text::bulk_report_file(Lang::english(), is_unban(action))
}

/// The audit line's "what" for a run.
pub fn bulk_summary(lang: Lang, run: &BulkRun) -> String {
    text::bulk_summary(lang, is_unban(run.action), run.total)
}

pub fn audit_bulk_finished(lang: Lang, counts: BulkCounts) -> String {
    text::audit_bulk_finished(lang, counts.done, counts.failed, counts.cancelled)
}

/// One `/jobs` line for a whole run.
pub fn bulk_job_line(lang: Lang, run: &BulkRun, counts: BulkCounts) -> String {
    text::bulk_job_line(
        lang,
        run.id,
        is_unban(run.action),
        run.total,
        run.requested_by,
        counts.over(),
        run.cancelled,
    )
}

/// A bulk run's report: one row per account, `roblox_id,result,detail`, in the file's order.
/// The file's words stay English, like its header (a file is read by tools as much as people).
pub fn bulk_report_csv(action: CaseAction, writes: &[BulkWrite]) -> Result<Vec<u8>, csv::Error> {
    let lang = Lang::english();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(["roblox_id", "result", "detail"])?;
    for write in writes {
        let nothing_to_do = write.result.as_deref() == Some(DONE_NOTHING_TO_DO_RESULT);
        let result = match write.state {
            JobState::Done if nothing_to_do && action == CaseAction::Unban => "had_no_ban",
            JobState::Done if action == CaseAction::Unban => "unbanned",
            JobState::Done => "banned",
            JobState::Failed => "failed",
            JobState::Cancelled => "cancelled",
            JobState::Pending | JobState::Running => "not_sent",
        };
        let error = write.last_error.as_deref();
        let detail = match (write.state, error) {
            (JobState::Failed, Some(error)) => {
                format!("{}: {error}", failure_reason(lang, failed_because(write)))
            }
            (JobState::Failed, None) => failure_reason(lang, failed_because(write)).to_owned(),
            // How it was done, as its stable code (done, done_earlier, done_nothing_to_do).
            (JobState::Done, _) => write.result.clone().unwrap_or_default(),
            (_, error) => error.unwrap_or_default().to_owned(),
        };
        out.write_record([write.roblox_id.to_string().as_str(), result, &detail])?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

fn failed_because(write: &BulkWrite) -> FailureReason {
    FailureReason::from_code(write.result.as_deref().unwrap_or_default())
}
