//! `/cases`: titles, lines, the case card and the export.

use super::{Lang, Notice, or_none};

pub fn case_title(lang: Lang, number: i64) -> String {
    say!(lang, "case-title", number = number.to_string())
}

pub fn cases_title(lang: Lang, total: i64) -> String {
    say!(lang, "cases-title", total = total)
}

pub fn no_cases(lang: Lang) -> String {
    say!(lang, "no-cases")
}

/// Under a list cut short.
pub fn cases_cut(lang: Lang, shown: usize, total: i64) -> String {
    say!(lang, "cases-cut", shown = shown, total = total)
}

pub fn case_not_found(lang: Lang, number: i64) -> Notice {
    notice!(lang, "case-not-found", number = number.to_string())
}

// What a case did, where it came from, how it stands.
pub fn case_ban(lang: Lang) -> String {
    say!(lang, "case-ban")
}
pub fn case_unban(lang: Lang) -> String {
    say!(lang, "case-unban")
}
pub fn case_mute(lang: Lang) -> String {
    say!(lang, "case-mute")
}
pub fn case_unmute(lang: Lang) -> String {
    say!(lang, "case-unmute")
}
pub fn from_command(lang: Lang) -> String {
    say!(lang, "from-command")
}
pub fn from_bulk(lang: Lang) -> String {
    say!(lang, "from-bulk")
}
pub fn from_ban_sync(lang: Lang) -> String {
    say!(lang, "from-ban-sync")
}
pub fn case_queued(lang: Lang) -> String {
    say!(lang, "case-queued")
}
pub fn case_done(lang: Lang) -> String {
    say!(lang, "case-done")
}
pub fn case_failed(lang: Lang) -> String {
    say!(lang, "case-failed")
}
pub fn case_cancelled(lang: Lang) -> String {
    say!(lang, "case-cancelled")
}

/// One `/cases list` line.
pub fn case_line(
    lang: Lang,
    number: i64,
    action: &str,
    roblox_id: u64,
    moderator: u64,
    outcome: &str,
    opened_unix: i64,
) -> String {
    say!(
        lang,
        "case-line",
        number = number.to_string(),
        action = action,
        roblox_id = roblox_id.to_string(),
        moderator = moderator.to_string(),
        outcome = outcome,
        opened_unix = opened_unix.to_string()
    )
}

/// One autocomplete choice of `/cases show` (plain text: Discord shows no markdown there).
pub fn case_choice(lang: Lang, number: i64, action: &str, roblox_id: u64) -> String {
    say!(
        lang,
        "case-choice",
        number = number.to_string(),
        action = action,
        roblox_id = roblox_id.to_string()
    )
}

pub fn case_roblox(lang: Lang) -> String {
    say!(lang, "case-roblox")
}
pub fn case_member(lang: Lang) -> String {
    say!(lang, "case-member")
}
pub fn case_moderator(lang: Lang) -> String {
    say!(lang, "case-moderator")
}
pub fn case_reason(lang: Lang) -> String {
    say!(lang, "case-reason")
}
pub fn case_duration(lang: Lang) -> String {
    say!(lang, "case-duration")
}
pub fn case_source(lang: Lang) -> String {
    say!(lang, "case-source")
}
pub fn case_outcome(lang: Lang) -> String {
    say!(lang, "case-outcome")
}
pub fn case_opened(lang: Lang) -> String {
    say!(lang, "case-opened")
}
pub fn case_updated(lang: Lang) -> String {
    say!(lang, "case-updated")
}
pub fn not_known(lang: Lang) -> String {
    say!(lang, "not-known")
}

/// A moderator shown with their Roblox account, when it was recorded.
pub fn case_moderator_line(lang: Lang, discord_id: u64, roblox_id: Option<u64>) -> String {
    say!(
        lang,
        "case-moderator-line",
        discord_id = discord_id.to_string(),
        roblox_id = or_none(roblox_id)
    )
}

pub fn cases_file(lang: Lang) -> String {
    say!(lang, "cases-file")
}

pub fn cases_exported(lang: Lang, count: usize) -> Notice {
    notice!(lang, "cases-exported", count = count)
}
