//! The audit lines posted in the log channel.

use crate::discord::lang::Lang;

use super::case_title;

pub fn audit_done(lang: Lang) -> String {
    "done".to_owned()
}

pub fn audit_failed(lang: Lang, why: &str) -> String {
    format!("failed ({why})")
}

/// `case` is the moderation case the write is, when it is one.
pub fn audit_line(lang: Lang, member: u64, what: &str, case: Option<i64>, outcome: &str) -> String {
    match case {
        Some(number) => format!(
            "<@{member}>: {what} · {}: {outcome}",
            case_title(lang, number)
        ),
        None => format!("<@{member}>: {what}: {outcome}"),
    }
}
