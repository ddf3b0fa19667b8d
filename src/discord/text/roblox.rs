//! `/roblox`: moderation questions, ban or mute status, and the Discord half of a ban on both.

use super::{Notice, notice};

// --- Roblox moderation -----------------------------------------------------------------------

pub const BAN_CONFIRM: &str = "Ban permanently";
pub const CANCELLED: &str = "Cancelled";
pub const NOTHING_CHANGED: &str = "Nothing was changed.";
pub const BY_ROBLOX: &str = "By (Roblox)";
pub const SINCE: &str = "Since";
pub const UNTIL: &str = "Until";
pub const PERMANENT: &str = "permanent";

pub fn permanent_ban_question(roblox_id: u64, reason: &str) -> Notice {
    notice(
        "Ban permanently?",
        format!(
            "Roblox account {roblox_id} will be banned from this server's games with no end date. Reason: {reason}"
        ),
    )
}

pub fn not_banned(roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not banned")
}

pub fn not_muted(roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not muted")
}

pub fn banned(roblox_id: u64) -> Notice {
    notice("Banned", format!("Roblox account {roblox_id} is banned."))
}

pub fn muted(roblox_id: u64) -> Notice {
    notice("Muted", format!("Roblox account {roblox_id} is muted."))
}

// --- Both bans (/roblox ban discord:true) ----------------------------------------------------

pub const DISCORD_BAN_NEEDS_PERMANENT: &str = "A Discord ban has no end date, so discord:true goes with a permanent ban only. Leave out the duration (or give `permanent`), or ban on Discord yourself.";

/// The permanent-ban question, with what will happen on Discord under it.
pub fn both_bans_question(roblox_id: u64, reason: &str, discord_line: &str) -> Notice {
    let question = permanent_ban_question(roblox_id, reason);
    notice(question.title, format!("{}\n{discord_line}", question.body))
}

/// Who a Discord ban is about while nobody knows who that is.
pub const THE_LINKED_MEMBER: &str = "the linked member";

/// The Discord half of a ban on both: the line above the Roblox ban's embed (and in the
/// confirmation question, while it is only planned). `status` is one of the sentences below.
pub fn discord_ban_line(status: &str) -> String {
    format!("**Discord:** {status}")
}

pub fn discord_will_ban_member(user: u64) -> String {
    format!("<@{user}> will be banned from this server too.")
}

pub fn discord_will_ban_absent(user: u64) -> String {
    format!("<@{user}> is not in this server now and will be banned from it, so they cannot join.")
}

pub fn discord_banned_member(user: u64) -> String {
    format!("banned <@{user}> from this server.")
}

pub fn discord_banned_absent(user: u64) -> String {
    format!("banned <@{user}>. They are not in this server now; the ban keeps them from joining.")
}

/// A Discord ban not sent, and why (one of the refusals below).
pub fn discord_not_banned(why: &str) -> String {
    format!("not banned: {why}")
}

pub fn refused_not_linked(roblox_id: u64) -> String {
    format!("no Discord account is linked to Roblox account {roblox_id} in this server.")
}

/// `who`: a mention, or [`THE_LINKED_MEMBER`].
pub fn refused_owner(who: &str) -> String {
    format!("{who} owns this server, and nobody can ban a server's owner.")
}

pub const REFUSED_BOT_LACKS_BAN_MEMBERS: &str = "the bot lacks the Ban Members permission. Give the bot's role Ban Members in Server Settings, Roles.";

pub fn refused_not_below_bot(who: &str) -> String {
    format!(
        "{who}'s highest role is not below the bot's, and Discord lets the bot ban only members below it. Move the bot's role above theirs in Server Settings, Roles."
    )
}

pub fn refused_not_below_moderator(who: &str) -> String {
    format!(
        "{who}'s highest role is not below yours, and Discord lets members ban only members below them."
    )
}

/// `detail`: the failure as Technified or Discord gave it.
pub fn discord_lookup_failed(detail: &str) -> String {
    format!("not banned: the linked Discord account could not be looked up ({detail}).")
}

pub fn discord_check_failed(who: &str, detail: &str) -> String {
    format!(
        "not banned: the roles of {who} and of the bot could not be read from Discord to check the ban ({detail})."
    )
}

pub fn discord_ban_failed(who: &str, detail: &str) -> String {
    format!("failed: the ban of {who} did not go through ({detail}).")
}

/// Discord's audit log names the bot as the one who banned: the reason says who asked.
pub fn discord_ban_audit_reason(
    moderator_name: &str,
    moderator_id: u64,
    roblox_id: u64,
    reason: &str,
) -> String {
    format!(
        "{moderator_name} ({moderator_id}) with /roblox ban of Roblox account {roblox_id}: {reason}"
    )
}

/// The audit line's "what" of a Discord ban; `reason` is already echoed.
pub fn discord_ban_summary(user: u64, roblox_id: u64, reason: &str) -> String {
    format!("Ban Discord member <@{user}> (linked to Roblox account {roblox_id}): {reason}")
}

/// A Discord error as Discord put it.
pub fn discord_said(message: &str, code: isize) -> String {
    format!("Discord says: {message}, code {code}")
}
