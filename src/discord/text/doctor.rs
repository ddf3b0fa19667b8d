//! `/doctor`: the checklist.

use super::WHERE_KEYS_ARE;

/// One checklist line: what was checked, what was found, and how to fix it when it failed.
pub struct Check {
    pub ok: bool,
    pub what: String,
    pub found: String,
    pub fix: Option<String>,
}

fn passed(what: &str, found: impl Into<String>) -> Check {
    Check {
        ok: true,
        what: what.into(),
        found: found.into(),
        fix: None,
    }
}

fn failed(what: &str, found: impl Into<String>, fix: impl Into<String>) -> Check {
    Check {
        ok: false,
        what: what.into(),
        found: found.into(),
        fix: Some(fix.into()),
    }
}

pub const DOCTOR_TITLE: &str = "Checklist";
pub const FIX: &str = "Fix";

pub fn check_key_missing() -> Check {
    failed(
        "API key",
        "no key saved",
        "An admin runs /setup with this server's Technified API key.",
    )
}

pub fn check_key_unreadable() -> Check {
    failed(
        "API key",
        "saved, but cannot be decrypted with this ENCRYPTION_KEY",
        "Run /setup again, or restore the encryption.key that was used to save it.",
    )
}

pub fn check_key_present(masked: &str) -> Check {
    passed("API key", format!("saved: `{masked}`"))
}

pub fn check_key_accepted() -> Check {
    passed("Key accepted", "yes")
}

pub fn check_key_refused(status: u16) -> Check {
    failed(
        "Key accepted",
        format!("no (HTTP {status})"),
        format!(
            "The key was revoked or belongs to another server. {WHERE_KEYS_ARE} Then run /setup."
        ),
    )
}

pub fn check_key_not_checked_paced() -> Check {
    passed(
        "Key accepted",
        "not checked now (this server's calls are rate-limited)",
    )
}

pub fn check_key_accepted_rate_limited() -> Check {
    passed("Key accepted", "yes (rate-limited right now)")
}

pub fn check_api_reachable(latency_ms: u64) -> Check {
    passed("Technified API", format!("reachable, {latency_ms} ms"))
}

/// How Technified failed to answer the doctor's read.
pub enum ApiTrouble {
    Timeout,
    NoConnection,
    Status(u16),
}

pub fn check_api_trouble(trouble: ApiTrouble) -> Check {
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

pub fn check_log_channel_unset() -> Check {
    failed(
        "Log channel",
        "not set",
        "Run /settings log-channel so late results and audit lines have somewhere to go.",
    )
}

/// `missing`: the permissions' names, as Discord's UI shows them.
pub fn check_log_channel_blocked(channel: u64, missing: &str) -> Check {
    failed(
        "Log channel",
        format!("<#{channel}>: the bot cannot post there"),
        format!("Give the bot {missing} in <#{channel}>."),
    )
}

pub fn check_log_channel_writable(channel: u64) -> Check {
    passed("Log channel", format!("<#{channel}>, writable"))
}

pub fn check_log_channel_uncached(channel: u64) -> Check {
    passed(
        "Log channel",
        format!("<#{channel}> (permissions not cached yet)"),
    )
}

pub fn check_queue(pending: i64) -> Check {
    passed("Retry queue", format!("{pending} pending"))
}

/// One rate-limit group's line: its use this minute, or the pause Technified asked for.
pub fn headroom_line(group: &str, used: u32, quota: u32, paused_until: Option<i64>) -> String {
    match paused_until {
        Some(until) => format!("{group}: rate-limited until <t:{until}:T>"),
        None => format!("{group}: {used}/{quota} this minute"),
    }
}

pub fn check_headroom(lines: &[String]) -> Check {
    passed("Rate-limit headroom", lines.join(", "))
}

pub fn check_headroom_paused(lines: &[String]) -> Check {
    failed(
        "Rate-limit headroom",
        lines.join(", "),
        "Technified limits calls per key and minute; the bot waits and retries by itself.",
    )
}
