//! `/bindings`.

use super::Lang;

pub fn no_bindings(lang: Lang) -> String {
    say!(lang, "no-bindings")
}
pub fn priority(lang: Lang) -> String {
    say!(lang, "priority")
}
pub fn binding_matches(lang: Lang) -> String {
    say!(lang, "binding-matches")
}
pub fn binding_no_match(lang: Lang) -> String {
    say!(lang, "binding-no-match")
}
pub fn binding_result(lang: Lang) -> String {
    say!(lang, "binding-result")
}
pub fn group_rank(lang: Lang) -> String {
    say!(lang, "group-rank")
}
pub fn previous(lang: Lang) -> String {
    say!(lang, "previous")
}
pub fn next(lang: Lang) -> String {
    say!(lang, "next")
}

pub fn bindings_title(lang: Lang, total: usize) -> String {
    say!(lang, "bindings-title", total = total)
}

pub fn page(lang: Lang, current: usize, of: usize) -> String {
    say!(lang, "page", current = current, of = of)
}

/// What a binding matches, in words.
pub fn target_group_rank(lang: Lang, group_id: u64, min_rank: u8, max_rank: u8) -> String {
    say!(
        lang,
        "target-group-rank",
        group_id = group_id.to_string(),
        min_rank = min_rank,
        max_rank = max_rank
    )
}

pub fn target_gamepass(lang: Lang, gamepass_id: u64) -> String {
    say!(
        lang,
        "target-gamepass",
        gamepass_id = gamepass_id.to_string()
    )
}

pub fn target_asset(lang: Lang, asset_id: u64) -> String {
    say!(lang, "target-asset", asset_id = asset_id.to_string())
}

pub fn target_badge(lang: Lang, badge_id: u64) -> String {
    say!(lang, "target-badge", badge_id = badge_id.to_string())
}

/// `platform` is `text::discord` or `text::roblox`, in the same language.
pub fn target_account_age(lang: Lang, platform: &str, min_days: u32) -> String {
    say!(
        lang,
        "target-account-age",
        platform = platform,
        min_days = min_days
    )
}

pub fn target_in_group(lang: Lang, target: &str, group: &str) -> String {
    say!(lang, "target-in-group", target = target, group = group)
}

/// A binding of a type this version does not know.
pub fn target_of_type(lang: Lang, binding_type: &str) -> String {
    say!(lang, "target-of-type", binding_type = binding_type)
}
