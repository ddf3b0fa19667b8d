//! What a write does, in one line: past tense once it is done (the green reply), the action as
//! asked while it waits or when it failed (the amber and red replies, `/jobs`, audit lines).
//! `reason` arrives already echoed (`views::echoed`).

use super::{Lang, yes_no};

pub fn ban_summary(
    lang: Lang,
    roblox_id: u64,
    duration: Option<&str>,
    reason: &str,
    done: bool,
) -> String {
    say!(
        lang,
        "ban-summary",
        roblox_id = roblox_id.to_string(),
        duration = duration.unwrap_or_default(),
        has_duration = yes_no(duration.is_some()),
        reason = reason,
        done = yes_no(done)
    )
}

pub fn mute_summary(
    lang: Lang,
    roblox_id: u64,
    duration: Option<&str>,
    reason: &str,
    done: bool,
) -> String {
    say!(
        lang,
        "mute-summary",
        roblox_id = roblox_id.to_string(),
        duration = duration.unwrap_or_default(),
        has_duration = yes_no(duration.is_some()),
        reason = reason,
        done = yes_no(done)
    )
}

pub fn unban_summary(lang: Lang, roblox_id: u64, done: bool) -> String {
    say!(
        lang,
        "unban-summary",
        roblox_id = roblox_id.to_string(),
        done = yes_no(done)
    )
}

pub fn unmute_summary(lang: Lang, roblox_id: u64, done: bool) -> String {
    say!(
        lang,
        "unmute-summary",
        roblox_id = roblox_id.to_string(),
        done = yes_no(done)
    )
}

pub fn binding_added(lang: Lang, role: u64, target: &str, done: bool) -> String {
    say!(
        lang,
        "binding-added",
        role = role.to_string(),
        target = target,
        done = yes_no(done)
    )
}

pub fn binding_removed(lang: Lang, id: &str, done: bool) -> String {
    say!(lang, "binding-removed", id = id, done = yes_no(done))
}

pub fn key_check_summary(lang: Lang, done: bool) -> String {
    say!(lang, "key-check-summary", done = yes_no(done))
}
