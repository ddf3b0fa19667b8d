//! Checks of what a member typed.

pub const PRIORITY_OUT_OF_RANGE: &str = "priority must be between 0 and 1000.";
pub const MIN_DAYS_OUT_OF_RANGE: &str = "min_days must be between 0 and 36500.";
pub const REASON_MISSING: &str = "Give a reason.";
pub const NO_USERS: &str = "List at least one user (mentions or IDs).";
pub const DURATION_TOO_LONG: &str =
    "That duration is longer than ten years; use `permanent` instead.";
pub const NOT_A_BINDING_ID: &str =
    "Pick a binding from the list (start typing to search), or give its ID from /bindings list.";

pub fn not_positive(option: &str) -> String {
    format!("{option} must be a positive number.")
}

pub fn rank_out_of_range(option: &str) -> String {
    format!("{option} must be between 0 and 255.")
}

pub fn ranks_reversed(min: u8, max: u8) -> String {
    format!("min_rank ({min}) must not be greater than max_rank ({max}).")
}

pub fn reason_too_long(max: usize) -> String {
    format!("The reason is too long: at most {max} characters.")
}

pub fn not_a_duration(value: &str) -> String {
    format!(
        "`{value}` is not a duration. Use a number and a unit, like 30m, 12h, 7d or 2w, or `permanent`."
    )
}

pub fn not_a_user(token: &str) -> String {
    format!("`{token}` is not a user mention or ID.")
}

pub fn too_many_users(max: usize, listed: usize) -> String {
    format!("At most {max} users at once; you listed {listed}.")
}
