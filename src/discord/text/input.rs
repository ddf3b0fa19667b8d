//! Checks of what a member typed.

use crate::discord::lang::Lang;

pub fn priority_out_of_range(lang: Lang) -> String {
    "priority must be between 0 and 1000.".to_owned()
}
pub fn min_days_out_of_range(lang: Lang) -> String {
    "min_days must be between 0 and 36500.".to_owned()
}
pub fn reason_missing(lang: Lang) -> String {
    "Give a reason.".to_owned()
}
pub fn no_users(lang: Lang) -> String {
    "List at least one user (mentions or IDs).".to_owned()
}
pub fn duration_too_long(lang: Lang) -> String {
    "That duration is longer than ten years; use `permanent` instead.".to_owned()
}
pub fn not_a_binding_id(lang: Lang) -> String {
    "Pick a binding from the list (start typing to search), or give its ID from /bindings list."
        .to_owned()
}

pub fn not_positive(lang: Lang, option: &str) -> String {
    format!("{option} must be a positive number.")
}

pub fn rank_out_of_range(lang: Lang, option: &str) -> String {
    format!("{option} must be between 0 and 255.")
}

pub fn ranks_reversed(lang: Lang, min: u8, max: u8) -> String {
    format!("min_rank ({min}) must not be greater than max_rank ({max}).")
}

pub fn reason_too_long(lang: Lang, max: usize) -> String {
    format!("The reason is too long: at most {max} characters.")
}

pub fn not_a_duration(lang: Lang, value: &str) -> String {
    format!(
        "`{value}` is not a duration. Use a number and a unit, like 30m, 12h, 7d or 2w, or `permanent`."
    )
}

pub fn not_a_user(lang: Lang, token: &str) -> String {
    format!("`{token}` is not a user mention or ID.")
}

pub fn too_many_users(lang: Lang, max: usize, listed: usize) -> String {
    format!("At most {max} users at once; you listed {listed}.")
}
