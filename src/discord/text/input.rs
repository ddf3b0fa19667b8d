//! Checks of what a member typed.

use super::Lang;

pub fn priority_out_of_range(lang: Lang) -> String {
    say!(lang, "priority-out-of-range")
}
pub fn min_days_out_of_range(lang: Lang) -> String {
    say!(lang, "min-days-out-of-range")
}
pub fn reason_missing(lang: Lang) -> String {
    say!(lang, "reason-missing")
}
pub fn no_users(lang: Lang) -> String {
    say!(lang, "no-users")
}
pub fn duration_too_long(lang: Lang) -> String {
    say!(lang, "duration-too-long")
}
pub fn not_a_binding_id(lang: Lang) -> String {
    say!(lang, "not-a-binding-id")
}

pub fn not_positive(lang: Lang, option: &str) -> String {
    say!(lang, "not-positive", option = option)
}

pub fn rank_out_of_range(lang: Lang, option: &str) -> String {
    say!(lang, "rank-out-of-range", option = option)
}

pub fn ranks_reversed(lang: Lang, min: u8, max: u8) -> String {
    say!(lang, "ranks-reversed", min = min, max = max)
}

pub fn reason_too_long(lang: Lang, max: usize) -> String {
    say!(lang, "reason-too-long", max = max)
}

pub fn not_a_duration(lang: Lang, value: &str) -> String {
    say!(lang, "not-a-duration", value = value)
}

pub fn not_a_user(lang: Lang, token: &str) -> String {
    say!(lang, "not-a-user", token = token)
}

pub fn too_many_users(lang: Lang, max: usize, listed: usize) -> String {
    say!(lang, "too-many-users", max = max, listed = listed)
}
