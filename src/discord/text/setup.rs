//! `/setup` and `/key`: connecting a server, its key and its status.

use super::{Notice, notice};

pub const WHERE_KEYS_ARE: &str =
    "Create one in the Technified dashboard: Settings, API Keys (the full key is shown only once).";

pub const SETUP_MODAL_TITLE: &str = "Connect Technified";
pub const SETUP_KEY_LABEL: &str = "API key";
pub const SETUP_KEY_PLACEHOLDER: &str = "technified_<server ID>_…";
pub const CONNECTED_TITLE: &str = "Connected to Technified";

pub fn key_malformed(problem: &str) -> Notice {
    notice(
        "That is not a Technified API key",
        format!(
            "A key looks like technified_<server ID>_<random letters> ({problem}). {WHERE_KEYS_ARE}"
        ),
    )
}

pub fn key_for_other_server(owner_guild: u64) -> Notice {
    notice(
        "This key belongs to another server",
        format!(
            "It was made for the server with ID {owner_guild}. Create a key for this server in its Technified dashboard (Settings, API Keys) and run /setup again. Nothing was saved."
        ),
    )
}

pub fn connected(masked: &str) -> String {
    format!("Technified accepted the key `{masked}`. It is stored encrypted; /key status shows it.")
}

pub fn key_remove_question(masked: &str) -> Notice {
    notice(
        "Remove the saved key?",
        format!(
            "The bot will forget `{masked}` and stop calling Technified for this server until /setup is run again."
        ),
    )
}

pub const REMOVE: &str = "Remove";
pub const KEPT: &str = "Kept";
pub const KEY_KEPT: &str = "The key was not removed.";
pub const REMOVED: &str = "Removed";
pub fn key_removed(ended: usize) -> String {
    let writes = match ended {
        0 => String::new(),
        1 => " 1 write waiting in the queue was ended without being sent.".to_owned(),
        n => format!(" {n} writes waiting in the queue were ended without being sent."),
    };
    format!(
        "The key is forgotten.{writes} Revoke it in the Technified dashboard too if it may have leaked."
    )
}
pub const KEY_STATUS_TITLE: &str = "Technified API key";
pub const SET_BY: &str = "Set by";
pub const STATE: &str = "State";
pub const VERIFIED_YES: &str = "accepted by Technified";
pub const VERIFIED_PENDING: &str = "not yet verified";
pub const LAST_SUCCESS: &str = "Last successful call";
pub const LAST_ERROR: &str = "Last error";
pub const PENDING_RETRIES: &str = "Pending retries";
pub const NEVER: &str = "never";
pub const NONE: &str = "none";
pub const NO_ANSWER: &str = "no answer";

// Saved but not yet verified (amber).

pub fn key_staged() -> Notice {
    notice(
        "Key saved, not yet verified",
        "Technified did not answer, so the new key waits to be checked automatically; the current key stays in use, queued writes included, until Technified accepts the new one. /key status shows the key in use.",
    )
}

pub fn key_checking() -> Notice {
    notice(
        "Key saved, not yet verified",
        "Technified did not answer, so the key is stored as not yet verified. It will be checked automatically; /key status shows the result.",
    )
}
