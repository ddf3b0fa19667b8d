//! `/lookup` and `/shield`.

use super::{Notice, notice};

pub const VERIFIED: &str = "Verified";
pub const DISCORD: &str = "Discord";
pub const ROBLOX: &str = "Roblox";
pub const ROBLOX_ID: &str = "Roblox ID";
pub const NOT_VERIFIED_SHORT: &str = "not verified";
pub const REASON: &str = "Reason";
pub const CATEGORY: &str = "Category";
pub const SOURCE: &str = "Source";

pub fn batch_title(verified: usize, asked: usize) -> String {
    format!("{verified} of {asked} verified")
}

pub fn shield_flagged(roblox_id: u64) -> Notice {
    notice(
        "Flagged by Shield",
        format!("Roblox account {roblox_id} is on Technified's Shield list."),
    )
}

pub fn shield_clear(roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not flagged by Shield")
}

pub fn lookup_cooldown(uses: u32, window_secs: u64, free_unix: i64) -> Notice {
    notice(
        "Slow down",
        format!(
            "Each member can run {uses} lookups every {window_secs} seconds. Try again <t:{free_unix}:R>."
        ),
    )
}
