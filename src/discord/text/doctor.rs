//! `/doctor`: the checklist.

use super::{Lang, or_none};

/// One checklist line: what was checked, what was found, and how to fix it when it failed.
/// An `info` line reports something that is neither right nor wrong.
pub struct Check {
    pub ok: bool,
    pub info: bool,
    pub what: String,
    pub found: String,
    pub fix: Option<String>,
}

fn passed(what: String, found: String) -> Check {
    Check {
        ok: true,
        info: false,
        what,
        found,
        fix: None,
    }
}

fn failed(what: String, found: String, fix: String) -> Check {
    Check {
        ok: false,
        info: false,
        what,
        found,
        fix: Some(fix),
    }
}

fn info(what: String, found: String) -> Check {
    Check {
        info: true,
        ..passed(what, found)
    }
}

pub fn doctor_title(lang: Lang) -> String {
    say!(lang, "doctor-title")
}
pub fn fix(lang: Lang) -> String {
    say!(lang, "fix")
}

pub fn check_key_missing(lang: Lang) -> Check {
    failed(
        say!(lang, "doctor-api-key"),
        say!(lang, "check-key-missing"),
        say!(lang, "check-key-missing-fix"),
    )
}

pub fn check_key_unreadable(lang: Lang) -> Check {
    failed(
        say!(lang, "doctor-api-key"),
        say!(lang, "check-key-unreadable"),
        say!(lang, "check-key-unreadable-fix"),
    )
}

pub fn check_key_present(lang: Lang, masked: &str) -> Check {
    passed(
        say!(lang, "doctor-api-key"),
        say!(lang, "check-key-present", masked = masked),
    )
}

pub fn check_key_accepted(lang: Lang) -> Check {
    passed(
        say!(lang, "doctor-key-accepted"),
        say!(lang, "check-key-accepted"),
    )
}

pub fn check_key_refused(lang: Lang, status: u16) -> Check {
    failed(
        say!(lang, "doctor-key-accepted"),
        say!(lang, "check-key-refused", status = status.to_string()),
        say!(lang, "check-key-refused-fix"),
    )
}

pub fn check_key_not_checked_paced(lang: Lang) -> Check {
    passed(
        say!(lang, "doctor-key-accepted"),
        say!(lang, "check-key-not-checked-paced"),
    )
}

pub fn check_key_accepted_rate_limited(lang: Lang) -> Check {
    passed(
        say!(lang, "doctor-key-accepted"),
        say!(lang, "check-key-accepted-rate-limited"),
    )
}

pub fn check_api_reachable(lang: Lang, latency_ms: u64) -> Check {
    passed(
        say!(lang, "doctor-technified-api"),
        say!(lang, "check-api-reachable", latency_ms = latency_ms),
    )
}

/// How Technified failed to answer the doctor's read.
pub enum ApiTrouble {
    Timeout,
    NoConnection,
    Status(u16),
}

pub fn check_api_trouble(lang: Lang, trouble: ApiTrouble) -> Check {
    let found = match trouble {
        ApiTrouble::Timeout => say!(lang, "check-api-trouble-timeout"),
        ApiTrouble::NoConnection => say!(lang, "check-api-trouble-no-connection"),
        ApiTrouble::Status(status) => {
            say!(
                lang,
                "check-api-trouble-status",
                status = status.to_string()
            )
        }
    };
    failed(
        say!(lang, "doctor-technified-api"),
        found,
        say!(lang, "check-api-trouble-fix"),
    )
}

pub fn check_log_channel_unset(lang: Lang) -> Check {
    failed(
        say!(lang, "doctor-log-channel"),
        say!(lang, "check-log-channel-unset"),
        say!(lang, "check-log-channel-unset-fix"),
    )
}

/// `missing`: the permissions' names, as Discord's UI shows them.
pub fn check_log_channel_blocked(lang: Lang, channel: u64, missing: &str) -> Check {
    let channel = channel.to_string();
    failed(
        say!(lang, "doctor-log-channel"),
        say!(
            lang,
            "check-log-channel-blocked",
            channel = channel.as_str()
        ),
        say!(
            lang,
            "check-log-channel-blocked-fix",
            channel = channel.as_str(),
            missing = missing
        ),
    )
}

pub fn check_log_channel_writable(lang: Lang, channel: u64) -> Check {
    passed(
        say!(lang, "doctor-log-channel"),
        say!(
            lang,
            "check-log-channel-writable",
            channel = channel.to_string()
        ),
    )
}

pub fn check_log_channel_uncached(lang: Lang, channel: u64) -> Check {
    passed(
        say!(lang, "doctor-log-channel"),
        say!(
            lang,
            "check-log-channel-uncached",
            channel = channel.to_string()
        ),
    )
}

pub fn check_queue(lang: Lang, pending: i64) -> Check {
    passed(
        say!(lang, "doctor-retry-queue"),
        say!(lang, "check-queue", pending = pending),
    )
}

/// One rate-limit group's line: its use this minute, or the pause Technified asked for.
pub fn headroom_line(
    lang: Lang,
    group: &str,
    used: u32,
    quota: u32,
    paused_until: Option<i64>,
) -> String {
    say!(
        lang,
        "headroom-line",
        group = group,
        used = used,
        quota = quota,
        paused_until = or_none(paused_until),
    )
}

pub fn check_headroom(lang: Lang, lines: &[String]) -> Check {
    passed(say!(lang, "doctor-headroom"), lines.join(", "))
}

pub fn check_headroom_paused(lang: Lang, lines: &[String]) -> Check {
    failed(
        say!(lang, "doctor-headroom"),
        lines.join(", "),
        say!(lang, "check-headroom-paused-fix"),
    )
}

// The /doctor lines of moderation: ban sync, the bot's server permissions, moderation events.

pub fn check_ban_sync_off(lang: Lang) -> Check {
    passed(
        say!(lang, "doctor-ban-sync"),
        say!(lang, "check-ban-sync-off"),
    )
}

pub fn check_ban_sync_posting(lang: Lang, mode: &str, channel: u64) -> Check {
    passed(
        say!(lang, "doctor-ban-sync"),
        say!(
            lang,
            "check-ban-sync-posting",
            mode = mode,
            channel = channel.to_string()
        ),
    )
}

pub fn check_ban_sync_no_log_channel(lang: Lang, mode: &str) -> Check {
    failed(
        say!(lang, "doctor-ban-sync"),
        say!(lang, "check-ban-sync-no-log-channel", mode = mode),
        say!(lang, "check-ban-sync-no-log-channel-fix"),
    )
}

pub fn check_ban_sync_blocked(lang: Lang, mode: &str, channel: u64, missing: &str) -> Check {
    let channel = channel.to_string();
    failed(
        say!(lang, "doctor-ban-sync"),
        say!(
            lang,
            "check-ban-sync-blocked",
            mode = mode,
            channel = channel.as_str()
        ),
        say!(
            lang,
            "check-ban-sync-blocked-fix",
            channel = channel.as_str(),
            missing = missing
        ),
    )
}

pub fn check_ban_members_granted(lang: Lang) -> Check {
    passed(
        say!(lang, "doctor-ban-members"),
        say!(lang, "check-ban-members-granted"),
    )
}

pub fn check_ban_members_missing(lang: Lang) -> Check {
    failed(
        say!(lang, "doctor-ban-members"),
        say!(lang, "check-ban-members-missing"),
        say!(lang, "check-ban-members-missing-fix"),
    )
}

pub fn check_view_audit_log_granted(lang: Lang) -> Check {
    passed(
        say!(lang, "doctor-view-audit-log"),
        say!(lang, "check-view-audit-log-granted"),
    )
}

pub fn check_view_audit_log_missing(lang: Lang) -> Check {
    failed(
        say!(lang, "doctor-view-audit-log"),
        say!(lang, "check-view-audit-log-missing"),
        say!(lang, "check-view-audit-log-missing-fix"),
    )
}

pub fn check_server_permissions_uncached(lang: Lang) -> Check {
    passed(
        say!(lang, "doctor-server-permissions"),
        say!(lang, "check-server-permissions-uncached"),
    )
}

/// Whether Discord's ban and audit-log events (the `GUILD_MODERATION` intent) reach the bot; a
/// quiet server has none, so this is information, not a failure.
pub fn check_moderation_events_seen(lang: Lang, last_seen_unix: i64) -> Check {
    info(
        say!(lang, "doctor-moderation-events"),
        say!(
            lang,
            "check-moderation-events-seen",
            last_seen_unix = last_seen_unix.to_string()
        ),
    )
}

pub fn check_moderation_events_none(lang: Lang) -> Check {
    info(
        say!(lang, "doctor-moderation-events"),
        say!(lang, "check-moderation-events-none"),
    )
}
