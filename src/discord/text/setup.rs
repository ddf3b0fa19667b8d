//! `/setup` and `/key`: connecting a server, its key and its status.

use crate::discord::lang::Lang;

use super::{Notice, notice};

pub fn where_keys_are(lang: Lang) -> String {
    "Create one in the Technified dashboard: Settings, API Keys (the full key is shown only once)."
        .to_owned()
}

pub fn setup_modal_title(lang: Lang) -> String {
    "Connect Technified".to_owned()
}
pub fn setup_key_label(lang: Lang) -> String {
    "API key".to_owned()
}
pub fn setup_key_placeholder(lang: Lang) -> String {
    "technified_<server ID>_…".to_owned()
}
pub fn connected_title(lang: Lang) -> String {
    "Connected to Technified".to_owned()
}

pub fn key_malformed(lang: Lang, problem: &str) -> Notice {
    notice(
        "That is not a Technified API key",
        format!(
            "A key looks like technified_<server ID>_<random letters> ({problem}). {}",
            where_keys_are(lang)
        ),
    )
}

pub fn key_for_other_server(lang: Lang, owner_guild: u64) -> Notice {
    notice(
        "This key belongs to another server",
        format!(
            "It was made for the server with ID {owner_guild}. Create a key for this server in its Technified dashboard (Settings, API Keys) and run /setup again. Nothing was saved."
        ),
    )
}

pub fn connected(lang: Lang, masked: &str) -> String {
    format!("Technified accepted the key `{masked}`. It is stored encrypted; /key status shows it.")
}

pub fn key_remove_question(lang: Lang, masked: &str) -> Notice {
    notice(
        "Remove the saved key?",
        format!(
            "The bot will forget `{masked}` and stop calling Technified for this server until /setup is run again."
        ),
    )
}

pub fn remove(lang: Lang) -> String {
    "Remove".to_owned()
}
pub fn kept(lang: Lang) -> String {
    "Kept".to_owned()
}
pub fn key_kept(lang: Lang) -> String {
    "The key was not removed.".to_owned()
}
pub fn removed(lang: Lang) -> String {
    "Removed".to_owned()
}
pub fn key_removed(lang: Lang, ended: usize) -> String {
    let writes = match ended {
        0 => String::new(),
        1 => " 1 write waiting in the queue was ended without being sent.".to_owned(),
        n => format!(" {n} writes waiting in the queue were ended without being sent."),
    };
    format!(
        "The key is forgotten.{writes} Revoke it in the Technified dashboard too if it may have leaked."
    )
}
pub fn key_status_title(lang: Lang) -> String {
    "Technified API key".to_owned()
}
pub fn set_by(lang: Lang) -> String {
    "Set by".to_owned()
}
pub fn state(lang: Lang) -> String {
    "State".to_owned()
}
pub fn verified_yes(lang: Lang) -> String {
    "accepted by Technified".to_owned()
}
pub fn verified_pending(lang: Lang) -> String {
    "not yet verified".to_owned()
}
pub fn last_success(lang: Lang) -> String {
    "Last successful call".to_owned()
}
pub fn last_error(lang: Lang) -> String {
    "Last error".to_owned()
}
pub fn pending_retries(lang: Lang) -> String {
    "Pending retries".to_owned()
}
pub fn never(lang: Lang) -> String {
    "never".to_owned()
}
pub fn none(lang: Lang) -> String {
    "none".to_owned()
}
pub fn no_answer(lang: Lang) -> String {
    "no answer".to_owned()
}

// Saved but not yet verified (amber).

pub fn key_staged(lang: Lang) -> Notice {
    notice(
        "Key saved, not yet verified",
        "Technified did not answer, so the new key waits to be checked automatically; the current key stays in use, queued writes included, until Technified accepts the new one. /key status shows the key in use.",
    )
}

pub fn key_checking(lang: Lang) -> Notice {
    notice(
        "Key saved, not yet verified",
        "Technified did not answer, so the key is stored as not yet verified. It will be checked automatically; /key status shows the result.",
    )
}
