//! `/lookup` and `/shield`.

use crate::discord::lang::Lang;

use super::{Notice, notice};

pub fn verified(lang: Lang) -> String {
    "Verified".to_owned()
}
pub fn discord(lang: Lang) -> String {
    "Discord".to_owned()
}
pub fn roblox(lang: Lang) -> String {
    "Roblox".to_owned()
}
pub fn roblox_id(lang: Lang) -> String {
    "Roblox ID".to_owned()
}
pub fn not_verified_short(lang: Lang) -> String {
    "not verified".to_owned()
}
pub fn reason(lang: Lang) -> String {
    "Reason".to_owned()
}
pub fn category(lang: Lang) -> String {
    "Category".to_owned()
}
pub fn source(lang: Lang) -> String {
    "Source".to_owned()
}

pub fn batch_title(lang: Lang, verified: usize, asked: usize) -> String {
    format!("{verified} of {asked} verified")
}

pub fn shield_flagged(lang: Lang, roblox_id: u64) -> Notice {
    notice(
        "Flagged by Shield",
        format!("Roblox account {roblox_id} is on Technified's Shield list."),
    )
}

pub fn shield_clear(lang: Lang, roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not flagged by Shield")
}

pub fn lookup_cooldown(lang: Lang, uses: u32, window_secs: u64, free_unix: i64) -> Notice {
    notice(
        "Slow down",
        format!(
            "Each member can run {uses} lookups every {window_secs} seconds. Try again <t:{free_unix}:R>."
        ),
    )
}
