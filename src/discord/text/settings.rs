//! `/settings`.

use crate::discord::lang::Lang;

pub fn saved(lang: Lang) -> String {
    "Saved".to_owned()
}
pub fn log_channel_test_title(lang: Lang) -> String {
    "Technified bot log".to_owned()
}

pub fn log_channel_test(lang: Lang, by: u64) -> String {
    format!("<@{by}> chose this channel for the bot's audit lines and late results.")
}

pub fn log_channel_set(lang: Lang, channel: u64) -> String {
    format!("Audit lines and late results will go to <#{channel}>.")
}
