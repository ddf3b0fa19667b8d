//! Small words shared by several features.

use crate::discord::lang::Lang;

pub fn timeout(lang: Lang) -> String {
    "timeout".to_owned()
}
pub fn no_connection(lang: Lang) -> String {
    "no connection".to_owned()
}
pub fn not_sent(lang: Lang) -> String {
    "not sent".to_owned()
}
pub fn unreadable_answer(lang: Lang) -> String {
    "unreadable answer".to_owned()
}
pub fn request_not_valid(lang: Lang) -> String {
    "the request was not valid".to_owned()
}
pub fn required(lang: Lang) -> String {
    "required".to_owned()
}

pub fn http_status(lang: Lang, status: u16) -> String {
    format!("HTTP {status}")
}

pub fn request_id(lang: Lang, id: &str) -> String {
    format!("request {id}")
}

pub fn channel_mention(lang: Lang, id: u64) -> String {
    format!("<#{id}>")
}

pub fn role_by_id(lang: Lang, id: u64) -> String {
    format!("role {id}")
}

pub fn cancel(lang: Lang) -> String {
    "Cancel".to_owned()
}
