//! The audit lines posted in the log channel.

use super::case_title;

pub const AUDIT_DONE: &str = "done";

pub fn audit_failed(why: &str) -> String {
    format!("failed ({why})")
}

/// `case` is the moderation case the write is, when it is one.
pub fn audit_line(member: u64, what: &str, case: Option<i64>, outcome: &str) -> String {
    match case {
        Some(number) => format!("<@{member}>: {what} · {}: {outcome}", case_title(number)),
        None => format!("<@{member}>: {what}: {outcome}"),
    }
}
