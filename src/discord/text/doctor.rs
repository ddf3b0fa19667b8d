//! `/doctor`: the checklist.

use crate::discord::lang::Lang;

use super::where_keys_are;

/// One checklist line: what was checked, what was found, and how to fix it when it failed.
/// An `info` line reports something that is neither right nor wrong.
pub struct Check {
    pub ok: bool,
    pub info: bool,
    pub what: String,
    pub found: String,
    pub fix: Option<String>,
}

fn passed(what: &str, found: impl Into<String>) -> Check {
    Check {
        ok: true,
        info: false,
        what: what.into(),
        found: found.into(),
        fix: None,
    }
}

fn failed(what: &str, found: impl Into<String>, fix: impl Into<String>) -> Check {
    Check {
        ok: false,
        info: false,
        what: what.into(),
        found: found.into(),
        fix: Some(fix.into()),
    }
}

fn info(what: &str, found: impl Into<String>) -> Check {
    Check {
        info: true,
        ..passed(what, found)
    }
}

pub fn doctor_title(lang: Lang) -> String {
    "Checklist".to_owned()
}
pub fn fix(lang: Lang) -> String {
    "Fix".to_owned()
}

pub fn check_key_missing(lang: Lang) -> Check {
    failed(
        "API key",
        "no key saved",
        "An admin runs /setup with this server's Technified API key.",
    )
}

pub fn check_key_unreadable(lang: Lang) -> Check {
    failed(
        "API key",
        "saved, but cannot be decrypted with this ENCRYPTION_KEY",
        "Run /setup again, or restore the encryption.key that was used to save it.",
    )
}

pub fn check_key_present(lang: Lang, masked: &str) -> Check {
    passed("API key", format!("saved: `{masked}`"))
}

pub fn check_key_accepted(lang: Lang) -> Check {
    passed("Key accepted", "yes")
}

pub fn check_key_refused(lang: Lang, status: u16) -> Check {
    failed(
        "Key accepted",
        format!("no (HTTP {status})"),
        format!(
            "The key was revoked or belongs to another server. {} Then run /setup.",
            where_keys_are(lang)
        ),
    )
}

pub fn check_key_not_checked_paced(lang: Lang) -> Check {
    passed(
        "Key accepted",
        "not checked now (this server's calls are rate-limited)",
    )
}

pub fn check_key_accepted_rate_limited(lang: Lang) -> Check {
    passed("Key accepted", "yes (rate-limited right now)")
}

pub fn check_api_reachable(lang: Lang, latency_ms: u64) -> Check {
    passed("Technified API", format!("reachable, {latency_ms} ms"))
}

/// How Technified failed to answer the doctor's read.
pub enum ApiTrouble {
    Timeout,
    NoConnection,
    Status(u16),
}

pub fn check_api_trouble(lang: Lang, trouble: ApiTrouble) -> Check {
    let found = match trouble {
        ApiTrouble::Timeout => "no answer within the timeout".to_owned(),
        ApiTrouble::NoConnection => "cannot connect".to_owned(),
        ApiTrouble::Status(status) => format!("answered HTTP {status}"),
    };
    failed(
        "Technified API",
        found,
        "Technified may be having trouble; try again in a few minutes. If it persists, the bot's operator checks TECHNIFIED_API_URL with `technified-bot check`.",
    )
}

pub fn check_log_channel_unset(lang: Lang) -> Check {
    failed(
        "Log channel",
        "not set",
        "Run /settings log-channel so late results and audit lines have somewhere to go.",
    )
}

/// `missing`: the permissions' names, as Discord's UI shows them.
pub fn check_log_channel_blocked(lang: Lang, channel: u64, missing: &str) -> Check {
    failed(
        "Log channel",
        format!("<#{channel}>: the bot cannot post there"),
        format!("Give the bot {missing} in <#{channel}>."),
    )
}

pub fn check_log_channel_writable(lang: Lang, channel: u64) -> Check {
    passed("Log channel", format!("<#{channel}>, writable"))
}

pub fn check_log_channel_uncached(lang: Lang, channel: u64) -> Check {
    passed(
        "Log channel",
        format!("<#{channel}> (permissions not cached yet)"),
    )
}

pub fn check_queue(lang: Lang, pending: i64) -> Check {
    passed("Retry queue", format!("{pending} pending"))
}

/// One rate-limit group's line: its use this minute, or the pause Technified asked for.
pub fn headroom_line(
    lang: Lang,
    group: &str,
    used: u32,
    quota: u32,
    paused_until: Option<i64>,
) -> String {
    match paused_until {
        Some(until) => format!("{group}: rate-limited until <t:{until}:T>"),
        None => format!("{group}: {used}/{quota} this minute"),
    }
}

pub fn check_headroom(lang: Lang, lines: &[String]) -> Check {
    passed("Rate-limit headroom", lines.join(", "))
}

pub fn check_headroom_paused(lang: Lang, lines: &[String]) -> Check {
    failed(
        "Rate-limit headroom",
        lines.join(", "),
        "Technified limits calls per key and minute; the bot waits and retries by itself.",
    )
}

// The /doctor lines of moderation: ban sync, the bot's server permissions, moderation events.

pub fn check_ban_sync_off(lang: Lang) -> Check {
    passed("Ban sync", "off")
}

pub fn check_ban_sync_posting(lang: Lang, mode: &str, channel: u64) -> Check {
    passed("Ban sync", format!("{mode}, posting in <#{channel}>"))
}

pub fn check_ban_sync_no_log_channel(lang: Lang, mode: &str) -> Check {
    failed(
        "Ban sync",
        format!("{mode}, but no log channel is set: Discord bans are not synced"),
        "Run /settings log-channel: ban sync posts its cards and notes there. Or turn it off with /settings ban-sync off.",
    )
}

pub fn check_ban_sync_blocked(lang: Lang, mode: &str, channel: u64, missing: &str) -> Check {
    failed(
        "Ban sync",
        format!("{mode}, but the bot cannot post in <#{channel}>: Discord bans are not synced"),
        format!(
            "Give the bot {missing} in <#{channel}>, or pick another channel with /settings log-channel."
        ),
    )
}

/// Where a server's admin grants the bot a server-wide permission.
const GRANT_ON_BOT_ROLE: &str = "In Server Settings → Roles → the bot's role, turn on";

pub fn check_ban_members_granted(lang: Lang) -> Check {
    passed("Ban Members", "granted")
}

pub fn check_ban_members_missing(lang: Lang) -> Check {
    failed(
        "Ban Members",
        "missing",
        format!(
            "{GRANT_ON_BOT_ROLE} Ban Members: /roblox ban discord:true, ban sync and bans on Discord need it."
        ),
    )
}

pub fn check_view_audit_log_granted(lang: Lang) -> Check {
    passed("View Audit Log", "granted")
}

pub fn check_view_audit_log_missing(lang: Lang) -> Check {
    failed(
        "View Audit Log",
        "missing",
        format!("{GRANT_ON_BOT_ROLE} View Audit Log: ban sync reads there who banned and why."),
    )
}

pub fn check_server_permissions_uncached(lang: Lang) -> Check {
    passed("Server permissions", "not cached yet")
}

/// Whether Discord's ban and audit-log events (the `GUILD_MODERATION` intent) reach the bot; a
/// quiet server has none, so this is information, not a failure.
pub fn check_moderation_events_seen(lang: Lang, last_seen_unix: i64) -> Check {
    info(
        "Moderation events",
        format!("last moderation event seen <t:{last_seen_unix}:R>"),
    )
}

pub fn check_moderation_events_none(lang: Lang) -> Check {
    info("Moderation events", "none seen since start")
}
