//! `/help`.

use crate::discord::lang::Lang;

use super::{Notice, notice};

pub fn help_title(lang: Lang) -> String {
    "Technified bot commands".to_owned()
}
pub fn help_footer(lang: Lang) -> String {
    "/help <command> shows a command's options and who can use it.".to_owned()
}
pub fn optional_mark(lang: Lang) -> String {
    " (optional)".to_owned()
}
pub fn who(lang: Lang) -> String {
    "Who".to_owned()
}
pub fn everyone(lang: Lang) -> String {
    "everyone".to_owned()
}

pub fn unknown_command(lang: Lang, name: &str) -> Notice {
    notice(
        "No such command",
        format!("There is no command called /{name}. /help lists them all."),
    )
}
