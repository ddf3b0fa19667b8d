//! Ban sync: `/settings ban-sync`, its cards and notes in the log channel.

use super::{Lang, Notice, or_none, yes_no};

pub fn ban_sync_saved(lang: Lang) -> String {
    say!(lang, "ban-sync-saved")
}

// What each /settings ban-sync mode does, said when it is set.
pub fn ban_sync_off(lang: Lang) -> String {
    say!(lang, "ban-sync-off")
}
pub fn ban_sync_ask(lang: Lang) -> String {
    say!(lang, "ban-sync-ask")
}
pub fn ban_sync_mirror(lang: Lang) -> String {
    say!(lang, "ban-sync-mirror")
}

pub fn ban_sync_needs_log_channel(lang: Lang) -> String {
    say!(lang, "ban-sync-needs-log-channel")
}

/// The Roblox ban's reason: Discord's, marked as coming from Discord.
pub fn ban_sync_reason(lang: Lang, discord_reason: Option<&str>) -> String {
    let reason = discord_reason.map(str::trim).filter(|r| !r.is_empty());
    say!(
        lang,
        "ban-sync-reason",
        discord_reason = reason.unwrap_or_default(),
        has_discord_reason = yes_no(reason.is_some()),
    )
}

pub fn unban_sync_reason(lang: Lang) -> String {
    say!(lang, "unban-sync-reason")
}

pub fn card_banned_title(lang: Lang) -> String {
    say!(lang, "card-banned-title")
}
pub fn card_unbanned_title(lang: Lang) -> String {
    say!(lang, "card-unbanned-title")
}
pub fn card_ban_button(lang: Lang) -> String {
    say!(lang, "card-ban-button")
}
pub fn card_unban_button(lang: Lang) -> String {
    say!(lang, "card-unban-button")
}
pub fn card_dismiss_button(lang: Lang) -> String {
    say!(lang, "card-dismiss-button")
}
pub fn card_member(lang: Lang) -> String {
    say!(lang, "card-member")
}
pub fn card_roblox(lang: Lang) -> String {
    say!(lang, "card-roblox")
}
pub fn card_by(lang: Lang) -> String {
    say!(lang, "card-by")
}
pub fn card_reason(lang: Lang) -> String {
    say!(lang, "card-reason")
}
pub fn no_reason(lang: Lang) -> String {
    say!(lang, "no-reason")
}

/// Who banned, as the card names them.
pub fn card_moderator(lang: Lang, moderator: Option<u64>) -> String {
    say!(lang, "card-moderator", moderator = or_none(moderator))
}

pub fn card_question(lang: Lang, unban: bool) -> String {
    say!(lang, "card-question", unban = yes_no(unban))
}

/// Why `mirror` asked instead of banning on Roblox at once.
pub fn card_fallback(lang: Lang, moderator: Option<u64>) -> String {
    say!(lang, "card-fallback", moderator = or_none(moderator))
}

pub fn card_dismissed(lang: Lang, by: u64) -> String {
    say!(lang, "card-dismissed", by = by.to_string())
}

/// A card's or a mirror's outcome: who, what became of the Roblox write.
pub fn sync_outcome(lang: Lang, by: u64, unban: bool, written: &str) -> String {
    say!(
        lang,
        "sync-outcome",
        by = by.to_string(),
        unban = yes_no(unban),
        written = written
    )
}

pub fn sync_done(lang: Lang) -> String {
    say!(lang, "sync-done")
}
pub fn sync_queued(lang: Lang) -> String {
    say!(lang, "sync-queued")
}

pub fn sync_failed(lang: Lang, why: &str) -> String {
    say!(lang, "sync-failed", why = why)
}

pub fn mirrored_ban_title(lang: Lang) -> String {
    say!(lang, "mirrored-ban-title")
}
pub fn mirrored_unban_title(lang: Lang) -> String {
    say!(lang, "mirrored-unban-title")
}

pub fn unverified_ban_title(lang: Lang) -> String {
    say!(lang, "unverified-ban-title")
}

pub fn unverified_ban(lang: Lang, member: u64) -> String {
    say!(lang, "unverified-ban", member = member.to_string())
}

pub fn sync_lookup_failed_title(lang: Lang) -> String {
    say!(lang, "sync-lookup-failed-title")
}

pub fn sync_lookup_failed(lang: Lang, member: u64, why: &str) -> String {
    say!(
        lang,
        "sync-lookup-failed",
        member = member.to_string(),
        why = why
    )
}

pub fn card_refused_no_account(lang: Lang) -> Notice {
    notice!(lang, "card-refused-no-account")
}

pub fn card_closed(lang: Lang) -> Notice {
    notice!(lang, "card-closed")
}
