//! `/help`.

use super::{Lang, Notice};

pub fn help_title(lang: Lang) -> String {
    say!(lang, "help-title")
}
pub fn help_footer(lang: Lang) -> String {
    say!(lang, "help-footer")
}
pub fn optional_mark(lang: Lang) -> String {
    say!(lang, "optional-mark")
}
pub fn who(lang: Lang) -> String {
    say!(lang, "who")
}
pub fn everyone(lang: Lang) -> String {
    say!(lang, "everyone")
}

pub fn unknown_command(lang: Lang, name: &str) -> Notice {
    notice!(lang, "unknown-command", name = name)
}
