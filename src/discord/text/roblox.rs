//! `/roblox`: moderation questions, ban or mute status, and the Discord half of a ban on both.

use crate::discord::lang::Lang;

use super::{Notice, notice};

// --- Roblox moderation -----------------------------------------------------------------------

pub fn ban_confirm(lang: Lang) -> String {
    "Ban permanently".to_owned()
}
pub fn cancelled(lang: Lang) -> String {
    "Cancelled".to_owned()
}
pub fn nothing_changed(lang: Lang) -> String {
    "Nothing was changed.".to_owned()
}
pub fn by_roblox(lang: Lang) -> String {
    "By (Roblox)".to_owned()
}
pub fn since(lang: Lang) -> String {
    "Since".to_owned()
}
pub fn until(lang: Lang) -> String {
    "Until".to_owned()
}
pub fn permanent(lang: Lang) -> String {
    "permanent".to_owned()
}

pub fn permanent_ban_question(lang: Lang, roblox_id: u64, reason: &str) -> Notice {
    notice(
        "Ban permanently?",
        format!(
            "Roblox account {roblox_id} will be banned from this server's games with no end date. Reason: {reason}"
        ),
    )
}

pub fn not_banned(lang: Lang, roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not banned")
}

pub fn not_muted(lang: Lang, roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not muted")
}

pub fn banned(lang: Lang, roblox_id: u64) -> Notice {
    notice("Banned", format!("Roblox account {roblox_id} is banned."))
}

pub fn muted(lang: Lang, roblox_id: u64) -> Notice {
    notice("Muted", format!("Roblox account {roblox_id} is muted."))
}

// --- Both bans (/roblox ban discord:true) ----------------------------------------------------

pub fn discord_ban_needs_permanent(lang: Lang) -> String {
    "A Discord ban has no end date, so discord:true goes with a permanent ban only. Leave out the duration (or give `permanent`), or ban on Discord yourself.".to_owned()
}

/// The permanent-ban question, with what will happen on Discord under it.
pub fn both_bans_question(lang: Lang, roblox_id: u64, reason: &str, discord_line: &str) -> Notice {
    let question = permanent_ban_question(lang, roblox_id, reason);
    notice(question.title, format!("{}\n{discord_line}", question.body))
}

/// Who a Discord ban is about while nobody knows who that is.
pub fn the_linked_member(lang: Lang) -> String {
    "the linked member".to_owned()
}

/// The Discord half of a ban on both: the line above the Roblox ban's embed (and in the
/// confirmation question, while it is only planned). `status` is one of the sentences below.
pub fn discord_ban_line(lang: Lang, status: &str) -> String {
    format!("**Discord:** {status}")
}

pub fn discord_will_ban_member(lang: Lang, user: u64) -> String {
    format!("<@{user}> will be banned from this server too.")
}

pub fn discord_will_ban_absent(lang: Lang, user: u64) -> String {
    format!("<@{user}> is not in this server now and will be banned from it, so they cannot join.")
}

pub fn discord_banned_member(lang: Lang, user: u64) -> String {
    format!("banned <@{user}> from this server.")
}

pub fn discord_banned_absent(lang: Lang, user: u64) -> String {
    format!("banned <@{user}>. They are not in this server now; the ban keeps them from joining.")
}

/// A Discord ban not sent, and why (one of the refusals below).
pub fn discord_not_banned(lang: Lang, why: &str) -> String {
    format!("not banned: {why}")
}

pub fn refused_not_linked(lang: Lang, roblox_id: u64) -> String {
    format!("no Discord account is linked to Roblox account {roblox_id} in this server.")
}

/// `who`: a mention, or [`THE_LINKED_MEMBER`].
pub fn refused_owner(lang: Lang, who: &str) -> String {
    format!("{who} owns this server, and nobody can ban a server's owner.")
}

pub fn refused_bot_lacks_ban_members(lang: Lang) -> String {
    "the bot lacks the Ban Members permission. Give the bot's role Ban Members in Server Settings, Roles.".to_owned()
}

pub fn refused_not_below_bot(lang: Lang, who: &str) -> String {
    format!(
        "{who}'s highest role is not below the bot's, and Discord lets the bot ban only members below it. Move the bot's role above theirs in Server Settings, Roles."
    )
}

pub fn refused_not_below_moderator(lang: Lang, who: &str) -> String {
    format!(
        "{who}'s highest role is not below yours, and Discord lets members ban only members below them."
    )
}

/// `detail`: the failure as Technified or Discord gave it.
pub fn discord_lookup_failed(lang: Lang, detail: &str) -> String {
    format!("not banned: the linked Discord account could not be looked up ({detail}).")
}

pub fn discord_check_failed(lang: Lang, who: &str, detail: &str) -> String {
    format!(
        "not banned: the roles of {who} and of the bot could not be read from Discord to check the ban ({detail})."
    )
}

pub fn discord_ban_failed(lang: Lang, who: &str, detail: &str) -> String {
    format!("failed: the ban of {who} did not go through ({detail}).")
}

/// Discord's audit log names the bot as the one who banned: the reason says who asked.
pub fn discord_ban_audit_reason(
    lang: Lang,
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
pub fn discord_ban_summary(lang: Lang, user: u64, roblox_id: u64, reason: &str) -> String {
    format!("Ban Discord member <@{user}> (linked to Roblox account {roblox_id}): {reason}")
}

/// A Discord error as Discord put it.
pub fn discord_said(lang: Lang, message: &str, code: isize) -> String {
    format!("Discord says: {message}, code {code}")
}
