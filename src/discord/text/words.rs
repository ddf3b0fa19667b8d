//! Small words shared by several features.

use super::Lang;

pub fn timeout(lang: Lang) -> String {
    say!(lang, "timeout")
}
pub fn no_connection(lang: Lang) -> String {
    say!(lang, "no-connection")
}
pub fn not_sent(lang: Lang) -> String {
    say!(lang, "not-sent")
}
pub fn unreadable_answer(lang: Lang) -> String {
    say!(lang, "unreadable-answer")
}
pub fn request_not_valid(lang: Lang) -> String {
    say!(lang, "request-not-valid")
}
pub fn required(lang: Lang) -> String {
    say!(lang, "required")
}

pub fn http_status(lang: Lang, status: u16) -> String {
    say!(lang, "http-status", status = status.to_string())
}

pub fn request_id(lang: Lang, id: &str) -> String {
    say!(lang, "request-id", id = id)
}

pub fn channel_mention(lang: Lang, id: u64) -> String {
    say!(lang, "channel-mention", id = id.to_string())
}

pub fn role_by_id(lang: Lang, id: u64) -> String {
    say!(lang, "role-by-id", id = id.to_string())
}

pub fn cancel(lang: Lang) -> String {
    say!(lang, "cancel")
}

/// One of Discord's permissions: `key` is its English name in kebab-case (`ban-members`),
/// `name` that English name, for a permission the files do not list.
pub fn permission(lang: Lang, key: &str, name: &str) -> String {
    say!(lang, "permission", permission = key, name = name)
}

/// A ban or mute's length: `count` of `unit` (`m`, `h`, `d` or `w`).
pub fn duration(lang: Lang, count: u32, unit: &str) -> String {
    say!(lang, "duration", count = count, unit = unit)
}
