//! `/bindings`.

use crate::discord::lang::Lang;

pub fn no_bindings(lang: Lang) -> String {
    "This server has no bindings yet. Add one with /bindings add.".to_owned()
}
pub fn priority(lang: Lang) -> String {
    "priority".to_owned()
}
pub fn binding_matches(lang: Lang) -> String {
    "Matches".to_owned()
}
pub fn binding_no_match(lang: Lang) -> String {
    "Does not match".to_owned()
}
pub fn binding_result(lang: Lang) -> String {
    "Binding test".to_owned()
}
pub fn group_rank(lang: Lang) -> String {
    "Group rank".to_owned()
}
pub fn previous(lang: Lang) -> String {
    "Previous".to_owned()
}
pub fn next(lang: Lang) -> String {
    "Next".to_owned()
}

pub fn bindings_title(lang: Lang, total: usize) -> String {
    match total {
        1 => "1 binding".to_owned(),
        n => format!("{n} bindings"),
    }
}

pub fn page(lang: Lang, current: usize, of: usize) -> String {
    format!("Page {current} of {of}")
}

/// What a binding matches, in words.
pub fn target_group_rank(lang: Lang, group_id: u64, min_rank: u8, max_rank: u8) -> String {
    format!("group {group_id}, ranks {min_rank} to {max_rank}")
}

pub fn target_gamepass(lang: Lang, gamepass_id: u64) -> String {
    format!("game pass {gamepass_id}")
}

pub fn target_asset(lang: Lang, asset_id: u64) -> String {
    format!("asset {asset_id}")
}

pub fn target_badge(lang: Lang, badge_id: u64) -> String {
    format!("badge {badge_id}")
}

/// `platform` is [`DISCORD`] or [`ROBLOX`].
pub fn target_account_age(lang: Lang, platform: &str, min_days: u32) -> String {
    format!("{platform} account at least {min_days} days old")
}

pub fn target_in_group(lang: Lang, target: &str, group: &str) -> String {
    format!("{target} ({group})")
}

/// A binding of a type this version does not know.
pub fn target_of_type(lang: Lang, binding_type: &str) -> String {
    format!("{binding_type} binding")
}
