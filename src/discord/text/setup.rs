//! `/setup` and `/key`: connecting a server, its key and its status.

use super::{Lang, Notice};

pub fn where_keys_are(lang: Lang) -> String {
    say!(lang, "where-keys-are")
}

pub fn setup_modal_title(lang: Lang) -> String {
    say!(lang, "setup-modal-title")
}
pub fn setup_key_label(lang: Lang) -> String {
    say!(lang, "setup-key-label")
}
pub fn setup_key_placeholder(lang: Lang) -> String {
    say!(lang, "setup-key-placeholder")
}
pub fn connected_title(lang: Lang) -> String {
    say!(lang, "connected-title")
}

/// What is wrong with a typed key: `problem` is a code of the key-problem message.
pub fn key_problem(lang: Lang, problem: &str) -> String {
    say!(lang, "key-problem", problem = problem)
}

pub fn key_malformed(lang: Lang, problem: &str) -> Notice {
    notice!(lang, "key-malformed", problem = problem)
}

pub fn key_for_other_server(lang: Lang, owner_guild: u64) -> Notice {
    notice!(
        lang,
        "key-for-other-server",
        owner_guild = owner_guild.to_string()
    )
}

pub fn connected(lang: Lang, masked: &str) -> String {
    say!(lang, "connected", masked = masked)
}

pub fn key_remove_question(lang: Lang, masked: &str) -> Notice {
    notice!(lang, "key-remove-question", masked = masked)
}

pub fn remove(lang: Lang) -> String {
    say!(lang, "remove")
}
pub fn kept(lang: Lang) -> String {
    say!(lang, "kept")
}
pub fn key_kept(lang: Lang) -> String {
    say!(lang, "key-kept")
}
pub fn removed(lang: Lang) -> String {
    say!(lang, "removed")
}
pub fn key_removed(lang: Lang, ended: usize) -> String {
    say!(lang, "key-removed", ended = ended)
}
pub fn key_status_title(lang: Lang) -> String {
    say!(lang, "key-status-title")
}
pub fn set_by(lang: Lang) -> String {
    say!(lang, "set-by")
}
pub fn state(lang: Lang) -> String {
    say!(lang, "state")
}
pub fn verified_yes(lang: Lang) -> String {
    say!(lang, "verified-yes")
}
pub fn verified_pending(lang: Lang) -> String {
    say!(lang, "verified-pending")
}
pub fn last_success(lang: Lang) -> String {
    say!(lang, "last-success")
}
pub fn last_error(lang: Lang) -> String {
    say!(lang, "last-error")
}
pub fn pending_retries(lang: Lang) -> String {
    say!(lang, "pending-retries")
}
pub fn never(lang: Lang) -> String {
    say!(lang, "never")
}
pub fn none(lang: Lang) -> String {
    say!(lang, "none")
}
pub fn no_answer(lang: Lang) -> String {
    say!(lang, "no-answer")
}

// Saved but not yet verified (amber).

pub fn key_staged(lang: Lang) -> Notice {
    notice!(lang, "key-staged")
}

pub fn key_checking(lang: Lang) -> Notice {
    notice!(lang, "key-checking")
}
