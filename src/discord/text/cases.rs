//! `/cases`: titles, lines, the case card and the export.

use super::{Notice, notice};

pub fn case_title(number: i64) -> String {
    format!("Case #{number}")
}

pub fn cases_title(total: i64) -> String {
    format!("Cases ({total})")
}

pub const NO_CASES: &str =
    "No cases match. Every ban, unban, mute and unmute made through the bot becomes one.";

/// Under a list cut short.
pub fn cases_cut(shown: usize, total: i64) -> String {
    format!("The newest {shown} of {total} are listed; /cases export has them all.")
}

pub fn case_not_found(number: i64) -> Notice {
    notice(
        "No such case",
        format!("This server has no case #{number}. /cases list shows the cases it has."),
    )
}

// What a case did, where it came from, how it stands.
pub const CASE_BAN: &str = "Ban";
pub const CASE_UNBAN: &str = "Unban";
pub const CASE_MUTE: &str = "Mute";
pub const CASE_UNMUTE: &str = "Unmute";
pub const FROM_COMMAND: &str = "a command";
pub const FROM_BULK: &str = "a bulk file";
pub const FROM_BAN_SYNC: &str = "ban sync";
pub const CASE_QUEUED: &str = "queued";
pub const CASE_DONE: &str = "done";
pub const CASE_FAILED: &str = "failed";
pub const CASE_CANCELLED: &str = "cancelled";

/// One `/cases list` line.
pub fn case_line(
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
pub fn case_choice(number: i64, action: &str, roblox_id: u64) -> String {
    format!("#{number} {action} of Roblox account {roblox_id}")
}

pub const CASE_ROBLOX: &str = "Roblox account";
pub const CASE_MEMBER: &str = "Discord member";
pub const CASE_MODERATOR: &str = "Moderator";
pub const CASE_REASON: &str = "Reason";
pub const CASE_DURATION: &str = "Duration";
pub const CASE_SOURCE: &str = "From";
pub const CASE_OUTCOME: &str = "Outcome";
pub const CASE_OPENED: &str = "Opened";
pub const CASE_UPDATED: &str = "Last change";
pub const NOT_KNOWN: &str = "not known";

/// A moderator shown with their Roblox account, when it was recorded.
pub fn case_moderator(discord_id: u64, roblox_id: Option<u64>) -> String {
    match roblox_id {
        Some(roblox) => format!("<@{discord_id}> (Roblox {roblox})"),
        None => format!("<@{discord_id}>"),
    }
}

pub const CASES_FILE: &str = "cases.csv";

pub fn cases_exported(count: usize) -> Notice {
    notice(
        "Cases exported",
        format!(
            "All {count} cases of this server are in the attached CSV file (UTF-8, one case per row)."
        ),
    )
}
