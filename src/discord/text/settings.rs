//! `/settings`.

pub const SAVED: &str = "Saved";
pub const LOG_CHANNEL_TEST_TITLE: &str = "Technified bot log";

pub fn log_channel_test(by: u64) -> String {
    format!("<@{by}> chose this channel for the bot's audit lines and late results.")
}

pub fn log_channel_set(channel: u64) -> String {
    format!("Audit lines and late results will go to <#{channel}>.")
}
