//! `/bindings`.

pub const NO_BINDINGS: &str = "This server has no bindings yet. Add one with /bindings add.";
pub const PRIORITY: &str = "priority";
pub const BINDING_MATCHES: &str = "Matches";
pub const BINDING_NO_MATCH: &str = "Does not match";
pub const BINDING_RESULT: &str = "Binding test";
pub const GROUP_RANK: &str = "Group rank";
pub const PREVIOUS: &str = "Previous";
pub const NEXT: &str = "Next";

pub fn bindings_title(total: usize) -> String {
    match total {
        1 => "1 binding".to_owned(),
        n => format!("{n} bindings"),
    }
}

pub fn page(current: usize, of: usize) -> String {
    format!("Page {current} of {of}")
}

/// What a binding matches, in words.
pub fn target_group_rank(group_id: u64, min_rank: u8, max_rank: u8) -> String {
    format!("group {group_id}, ranks {min_rank} to {max_rank}")
}

pub fn target_gamepass(gamepass_id: u64) -> String {
    format!("game pass {gamepass_id}")
}

pub fn target_asset(asset_id: u64) -> String {
    format!("asset {asset_id}")
}

pub fn target_badge(badge_id: u64) -> String {
    format!("badge {badge_id}")
}

/// `platform` is [`DISCORD`] or [`ROBLOX`].
pub fn target_account_age(platform: &str, min_days: u32) -> String {
    format!("{platform} account at least {min_days} days old")
}

pub fn target_in_group(target: &str, group: &str) -> String {
    format!("{target} ({group})")
}

/// A binding of a type this version does not know.
pub fn target_of_type(binding_type: &str) -> String {
    format!("{binding_type} binding")
}
