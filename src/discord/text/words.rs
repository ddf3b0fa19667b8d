//! Small words shared by several features.

pub const TIMEOUT: &str = "timeout";
pub const NO_CONNECTION: &str = "no connection";
pub const NOT_SENT: &str = "not sent";
pub const UNREADABLE_ANSWER: &str = "unreadable answer";
pub const REQUEST_NOT_VALID: &str = "the request was not valid";
pub const REQUIRED: &str = "required";

pub fn http_status(status: u16) -> String {
    format!("HTTP {status}")
}

pub fn request_id(id: &str) -> String {
    format!("request {id}")
}

pub fn channel_mention(id: u64) -> String {
    format!("<#{id}>")
}

pub fn role_by_id(id: u64) -> String {
    format!("role {id}")
}

pub const CANCEL: &str = "Cancel";
