//! `/settings`.

use super::Lang;

pub fn saved(lang: Lang) -> String {
    say!(lang, "saved")
}
pub fn log_channel_test_title(lang: Lang) -> String {
    say!(lang, "log-channel-test-title")
}

pub fn log_channel_test(lang: Lang, by: u64) -> String {
    say!(lang, "log-channel-test", by = by.to_string())
}

pub fn log_channel_set(lang: Lang, channel: u64) -> String {
    say!(lang, "log-channel-set", channel = channel.to_string())
}
