//! The audit lines posted in the log channel.

use super::{Lang, or_none};

pub fn audit_done(lang: Lang) -> String {
    say!(lang, "audit-done")
}

pub fn audit_failed(lang: Lang, why: &str) -> String {
    say!(lang, "audit-failed", why = why)
}

/// `case` is the moderation case the write is, when it is one.
pub fn audit_line(lang: Lang, member: u64, what: &str, case: Option<i64>, outcome: &str) -> String {
    say!(
        lang,
        "audit-line",
        member = member.to_string(),
        what = what,
        number = or_none(case),
        outcome = outcome
    )
}
