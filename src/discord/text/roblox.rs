//! `/roblox`: moderation questions, ban or mute status, and the Discord half of a ban on both.

use super::{Lang, Notice};

// --- Roblox moderation -----------------------------------------------------------------------

pub fn ban_confirm(lang: Lang) -> String {
    say!(lang, "ban-confirm")
}
pub fn cancelled(lang: Lang) -> String {
    say!(lang, "cancelled")
}
pub fn nothing_changed(lang: Lang) -> String {
    say!(lang, "nothing-changed")
}
pub fn by_roblox(lang: Lang) -> String {
    say!(lang, "by-roblox")
}
pub fn since(lang: Lang) -> String {
    say!(lang, "since")
}
pub fn until(lang: Lang) -> String {
    say!(lang, "until")
}
pub fn permanent(lang: Lang) -> String {
    say!(lang, "permanent")
}

pub fn permanent_ban_question(lang: Lang, roblox_id: u64, reason: &str) -> Notice {
    notice!(
        lang,
        "permanent-ban-question",
        roblox_id = roblox_id.to_string(),
        reason = reason
    )
}

pub fn not_banned(lang: Lang, roblox_id: u64) -> String {
    say!(lang, "not-banned", roblox_id = roblox_id.to_string())
}

pub fn not_muted(lang: Lang, roblox_id: u64) -> String {
    say!(lang, "not-muted", roblox_id = roblox_id.to_string())
}

pub fn banned(lang: Lang, roblox_id: u64) -> Notice {
    notice!(lang, "banned", roblox_id = roblox_id.to_string())
}

pub fn muted(lang: Lang, roblox_id: u64) -> Notice {
    notice!(lang, "muted", roblox_id = roblox_id.to_string())
}

// --- Both bans (/roblox ban discord:true) ----------------------------------------------------

pub fn discord_ban_needs_permanent(lang: Lang) -> String {
    say!(lang, "discord-ban-needs-permanent")
}

/// The permanent-ban question, with what will happen on Discord under it.
pub fn both_bans_question(lang: Lang, roblox_id: u64, reason: &str, discord_line: &str) -> Notice {
    notice!(
        lang,
        "both-bans-question",
        roblox_id = roblox_id.to_string(),
        reason = reason,
        discord_line = discord_line
    )
}

/// Who a Discord ban is about while nobody knows who that is.
pub fn the_linked_member(lang: Lang) -> String {
    say!(lang, "the-linked-member")
}

/// The Discord half of a ban on both: the line above the Roblox ban's embed (and in the
/// confirmation question, while it is only planned). `status` is one of the sentences below.
pub fn discord_ban_line(lang: Lang, status: &str) -> String {
    say!(lang, "discord-ban-line", status = status)
}

pub fn discord_will_ban_member(lang: Lang, user: u64) -> String {
    say!(lang, "discord-will-ban-member", user = user.to_string())
}

pub fn discord_will_ban_absent(lang: Lang, user: u64) -> String {
    say!(lang, "discord-will-ban-absent", user = user.to_string())
}

pub fn discord_banned_member(lang: Lang, user: u64) -> String {
    say!(lang, "discord-banned-member", user = user.to_string())
}

pub fn discord_banned_absent(lang: Lang, user: u64) -> String {
    say!(lang, "discord-banned-absent", user = user.to_string())
}

/// A Discord ban not sent, and why (one of the refusals below).
pub fn discord_not_banned(lang: Lang, why: &str) -> String {
    say!(lang, "discord-not-banned", why = why)
}

pub fn refused_not_linked(lang: Lang, roblox_id: u64) -> String {
    say!(
        lang,
        "refused-not-linked",
        roblox_id = roblox_id.to_string()
    )
}

/// `who`: a mention, or [`the_linked_member`].
pub fn refused_owner(lang: Lang, who: &str) -> String {
    say!(lang, "refused-owner", who = who)
}

pub fn refused_bot_lacks_ban_members(lang: Lang) -> String {
    say!(lang, "refused-bot-lacks-ban-members")
}

pub fn refused_not_below_bot(lang: Lang, who: &str) -> String {
    say!(lang, "refused-not-below-bot", who = who)
}

pub fn refused_not_below_moderator(lang: Lang, who: &str) -> String {
    say!(lang, "refused-not-below-moderator", who = who)
}

/// `detail`: the failure as Technified or Discord gave it.
pub fn discord_lookup_failed(lang: Lang, detail: &str) -> String {
    say!(lang, "discord-lookup-failed", detail = detail)
}

pub fn discord_check_failed(lang: Lang, who: &str, detail: &str) -> String {
    say!(lang, "discord-check-failed", who = who, detail = detail)
}

pub fn discord_ban_failed(lang: Lang, who: &str, detail: &str) -> String {
    say!(lang, "discord-ban-failed", who = who, detail = detail)
}

/// Discord's audit log names the bot as the one who banned: the reason says who asked.
pub fn discord_ban_audit_reason(
    lang: Lang,
    moderator_name: &str,
    moderator_id: u64,
    roblox_id: u64,
    reason: &str,
) -> String {
    say!(
        lang,
        "discord-ban-audit-reason",
        moderator_name = moderator_name,
        moderator_id = moderator_id.to_string(),
        roblox_id = roblox_id.to_string(),
        reason = reason
    )
}

/// The audit line's "what" of a Discord ban; `reason` is already echoed.
pub fn discord_ban_summary(lang: Lang, user: u64, roblox_id: u64, reason: &str) -> String {
    say!(
        lang,
        "discord-ban-summary",
        user = user.to_string(),
        roblox_id = roblox_id.to_string(),
        reason = reason
    )
}

/// A Discord error as Discord put it.
pub fn discord_said(lang: Lang, message: &str, code: isize) -> String {
    say!(
        lang,
        "discord-said",
        message = message,
        code = code.to_string()
    )
}
