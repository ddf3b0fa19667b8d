//! Failures (red) and trouble being worked around (amber): the answers of the one error type and of retries.

use super::{Lang, Notice};

// --- Failures (red) --------------------------------------------------------------------------

pub fn not_connected(lang: Lang) -> Notice {
    notice!(lang, "not-connected")
}

pub fn key_unreadable(lang: Lang) -> Notice {
    notice!(lang, "key-unreadable")
}

pub fn key_rejected(lang: Lang) -> Notice {
    notice!(lang, "key-rejected")
}

pub fn key_other_guild(lang: Lang) -> Notice {
    notice!(lang, "key-other-guild")
}

pub fn internal_fault(lang: Lang, request_id: &str) -> Notice {
    notice!(lang, "internal-fault", request_id = request_id)
}

pub fn input_rejected(lang: Lang, technified_says: &str) -> Notice {
    notice!(lang, "input-rejected", technified_says = technified_says)
}

pub fn not_verified(lang: Lang) -> Notice {
    notice!(lang, "not-verified")
}

pub fn no_active_ban(lang: Lang) -> Notice {
    notice!(lang, "no-active-ban")
}

pub fn no_active_mute(lang: Lang) -> Notice {
    notice!(lang, "no-active-mute")
}

pub fn not_found(lang: Lang) -> Notice {
    notice!(lang, "not-found")
}

pub fn already_exists(lang: Lang) -> Notice {
    notice!(lang, "already-exists")
}

pub fn gave_up(lang: Lang, attempts: u32) -> Notice {
    notice!(lang, "gave-up", attempts = attempts)
}

pub fn shield_offline(lang: Lang) -> Notice {
    notice!(lang, "shield-offline")
}

pub fn moderator_not_verified(lang: Lang) -> Notice {
    notice!(lang, "moderator-not-verified")
}

pub fn invalid_input(lang: Lang, what: &str) -> Notice {
    notice!(lang, "invalid-input", what = what)
}

/// `permissions`: their names as Discord's app shows them.
pub fn missing_permission(lang: Lang, permissions: &[String]) -> Notice {
    notice!(
        lang,
        "missing-permission",
        permission = permissions.join(", "),
        count = permissions.len()
    )
}

pub fn guild_only(lang: Lang) -> Notice {
    notice!(lang, "guild-only")
}

pub fn option_unreadable(lang: Lang) -> Notice {
    notice!(lang, "option-unreadable")
}

pub fn command_outdated(lang: Lang) -> Notice {
    notice!(lang, "command-outdated")
}

pub fn permissions_unknown(lang: Lang) -> Notice {
    notice!(lang, "permissions-unknown")
}

pub fn not_here(lang: Lang) -> Notice {
    notice!(lang, "not-here")
}

pub fn cooldown(lang: Lang, again_unix: i64) -> Notice {
    notice!(lang, "cooldown", again_unix = again_unix.to_string())
}

pub fn this_channel(lang: Lang) -> String {
    say!(lang, "this-channel")
}

pub fn that_channel(lang: Lang) -> String {
    say!(lang, "that-channel")
}

pub fn discord_refused(lang: Lang, what: &str) -> Notice {
    notice!(lang, "discord-refused", what = what)
}

/// `permissions`: their names as Discord's app shows them.
pub fn bot_missing_permission(lang: Lang, permissions: &[String], place: &str) -> Notice {
    notice!(
        lang,
        "bot-missing-permission",
        permission = permissions.join(", "),
        count = permissions.len(),
        place = place
    )
}

pub fn unexpected(lang: Lang) -> Notice {
    notice!(lang, "unexpected")
}

pub fn queue_full(lang: Lang, max_waiting: i64) -> Notice {
    notice!(lang, "queue-full", max_waiting = max_waiting)
}

pub fn timed_out(lang: Lang) -> Notice {
    notice!(lang, "timed-out")
}

// --- Working on it (amber) ------------------------------------------------------------------

pub fn retrying(lang: Lang, attempt: u32, next_try_unix: i64) -> Notice {
    notice!(
        lang,
        "retrying",
        attempt = attempt,
        next_try_unix = next_try_unix.to_string()
    )
}

pub fn rate_limited(lang: Lang, next_try_unix: i64) -> Notice {
    notice!(
        lang,
        "rate-limited",
        next_try_unix = next_try_unix.to_string()
    )
}

/// A read not sent because this server's calls of its kind are booked for longer than a
/// member should wait.
pub fn rate_limited_until(lang: Lang, free_unix: i64) -> Notice {
    notice!(
        lang,
        "rate-limited-until",
        free_unix = free_unix.to_string()
    )
}

pub fn write_not_retried(lang: Lang) -> Notice {
    notice!(lang, "write-not-retried")
}
