//! What a write does, in one line: past tense once it is done (the green reply), the action as
//! asked while it waits or when it failed (the amber and red replies, `/jobs`, audit lines).
//! `reason` arrives already echoed (`views::echoed`).

use crate::discord::lang::Lang;

/// The verb of a write's summary: past tense once it is done, else the action as asked.
fn verb(done: bool, past: &'static str, asked: &'static str) -> &'static str {
    if done { past } else { asked }
}

fn length(duration: Option<&str>) -> String {
    duration.map_or_else(|| "permanently".to_owned(), |d| format!("for {d}"))
}

pub fn ban_summary(
    lang: Lang,
    roblox_id: u64,
    duration: Option<&str>,
    reason: &str,
    done: bool,
) -> String {
    let verb = verb(done, "Banned", "Ban");
    let length = length(duration);
    format!("{verb} Roblox account {roblox_id} {length}: {reason}")
}

pub fn mute_summary(
    lang: Lang,
    roblox_id: u64,
    duration: Option<&str>,
    reason: &str,
    done: bool,
) -> String {
    let verb = verb(done, "Muted", "Mute");
    let length = length(duration);
    format!("{verb} Roblox account {roblox_id} {length}: {reason}")
}

pub fn unban_summary(lang: Lang, roblox_id: u64, done: bool) -> String {
    let verb = verb(done, "Lifted", "Lift");
    format!("{verb} the ban of Roblox account {roblox_id}")
}

pub fn unmute_summary(lang: Lang, roblox_id: u64, done: bool) -> String {
    let verb = verb(done, "Lifted", "Lift");
    format!("{verb} the mute of Roblox account {roblox_id}")
}

pub fn binding_added(lang: Lang, role: u64, target: &str, done: bool) -> String {
    let verb = verb(done, "Added", "Add");
    format!("{verb} a binding: <@&{role}> for {target}")
}

pub fn binding_removed(lang: Lang, id: &str, done: bool) -> String {
    let verb = verb(done, "Removed", "Remove");
    format!("{verb} binding {id}")
}

pub fn key_check_summary(lang: Lang, done: bool) -> String {
    format!("{} the saved API key", verb(done, "Verified", "Verify"))
}
