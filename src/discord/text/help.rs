//! `/help`.

use super::{Notice, notice};

pub const HELP_TITLE: &str = "Technified bot commands";
pub const HELP_FOOTER: &str = "/help <command> shows a command's options and who can use it.";
pub const OPTIONAL_MARK: &str = " (optional)";
pub const WHO: &str = "Who";
pub const EVERYONE: &str = "everyone";

pub fn unknown_command(name: &str) -> Notice {
    notice(
        "No such command",
        format!("There is no command called /{name}. /help lists them all."),
    )
}
