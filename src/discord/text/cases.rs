//! `/cases`: titles, lines, the case card and the export.

use crate::discord::lang::Lang;

use super::{Notice, notice};

pub fn case_title(lang: Lang, number: i64) -> String {
    format!("Case #{number}")
}

pub fn cases_title(lang: Lang, total: i64) -> String {
    format!("Cases ({total})")
}

pub fn no_cases(lang: Lang) -> String {
    "No cases match. Every ban, unban, mute and unmute made through the bot becomes one.".to_owned()
}

/// Under a list cut short.
pub fn cases_cut(lang: Lang, shown: usize, total: i64) -> String {
    format!("The newest {shown} of {total} are listed; /cases export has them all.")
}

pub fn case_not_found(lang: Lang, number: i64) -> Notice {
    notice(
        "No such case",
        format!("This server has no case #{number}. /cases list shows the cases it has."),
    )
}

// What a case did, where it came from, how it stands.
pub fn case_ban(lang: Lang) -> String {
    "Ban".to_owned()
}
pub fn case_unban(lang: Lang) -> String {
    "Unban".to_owned()
}
pub fn case_mute(lang: Lang) -> String {
    "Mute".to_owned()
}
pub fn case_unmute(lang: Lang) -> String {
    "Unmute".to_owned()
}
pub fn from_command(lang: Lang) -> String {
    "a command".to_owned()
}
pub fn from_bulk(lang: Lang) -> String {
    "a bulk file".to_owned()
}
pub fn from_ban_sync(lang: Lang) -> String {
    "ban sync".to_owned()
}
pub fn case_queued(lang: Lang) -> String {
    "queued".to_owned()
}
pub fn case_done(lang: Lang) -> String {
    "done".to_owned()
}
pub fn case_failed(lang: Lang) -> String {
    "failed".to_owned()
}
pub fn case_cancelled(lang: Lang) -> String {
    "cancelled".to_owned()
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
    format!(
        "`#{number}` {action} of Roblox account {roblox_id} by <@{moderator}>: {outcome} · <t:{opened_unix}:R>"
    )
}

/// One autocomplete choice of `/cases show` (plain text: Discord shows no markdown there).
pub fn case_choice(lang: Lang, number: i64, action: &str, roblox_id: u64) -> String {
    format!("#{number} {action} of Roblox account {roblox_id}")
}

pub fn case_roblox(lang: Lang) -> String {
    "Roblox account".to_owned()
}
pub fn case_member(lang: Lang) -> String {
    "Discord member".to_owned()
}
pub fn case_moderator(lang: Lang) -> String {
    "Moderator".to_owned()
}
pub fn case_reason(lang: Lang) -> String {
    "Reason".to_owned()
}
pub fn case_duration(lang: Lang) -> String {
    "Duration".to_owned()
}
pub fn case_source(lang: Lang) -> String {
    "From".to_owned()
}
pub fn case_outcome(lang: Lang) -> String {
    "Outcome".to_owned()
}
pub fn case_opened(lang: Lang) -> String {
    "Opened".to_owned()
}
pub fn case_updated(lang: Lang) -> String {
    "Last change".to_owned()
}
pub fn not_known(lang: Lang) -> String {
    "not known".to_owned()
}

/// A moderator shown with their Roblox account, when it was recorded.
pub fn case_moderator_line(lang: Lang, discord_id: u64, roblox_id: Option<u64>) -> String {
    match roblox_id {
        Some(roblox) => format!("<@{discord_id}> (Roblox {roblox})"),
        None => format!("<@{discord_id}>"),
    }
}

pub fn cases_file(lang: Lang) -> String {
    "cases.csv".to_owned()
}

pub fn cases_exported(lang: Lang, count: usize) -> Notice {
    notice(
        "Cases exported",
        format!(
            "All {count} cases of this server are in the attached CSV file (UTF-8, one case per row)."
        ),
    )
}
