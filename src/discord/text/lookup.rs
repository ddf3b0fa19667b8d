//! `/lookup` and `/shield`.

use super::{Lang, Notice};

pub fn verified(lang: Lang) -> String {
    say!(lang, "verified")
}
pub fn discord(lang: Lang) -> String {
    say!(lang, "discord")
}
pub fn roblox(lang: Lang) -> String {
    say!(lang, "roblox")
}
pub fn roblox_id(lang: Lang) -> String {
    say!(lang, "roblox-id")
}
pub fn not_verified_short(lang: Lang) -> String {
    say!(lang, "not-verified-short")
}
pub fn reason(lang: Lang) -> String {
    say!(lang, "reason")
}
pub fn category(lang: Lang) -> String {
    say!(lang, "category")
}
pub fn source(lang: Lang) -> String {
    say!(lang, "source")
}

pub fn batch_title(lang: Lang, verified: usize, asked: usize) -> String {
    say!(lang, "batch-title", verified = verified, asked = asked)
}

pub fn shield_flagged(lang: Lang, roblox_id: u64) -> Notice {
    notice!(lang, "shield-flagged", roblox_id = roblox_id.to_string())
}

pub fn shield_clear(lang: Lang, roblox_id: u64) -> String {
    say!(lang, "shield-clear", roblox_id = roblox_id.to_string())
}

pub fn lookup_cooldown(lang: Lang, uses: u32, window_secs: u64, free_unix: i64) -> Notice {
    notice!(
        lang,
        "lookup-cooldown",
        uses = uses,
        window_secs = window_secs,
        free_unix = free_unix.to_string()
    )
}
