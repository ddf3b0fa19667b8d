//! Responses in Technified's envelopes and the scripted fault bodies.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::Response;
use serde_json::{Value, json};

use super::Fault;

/// A response before it becomes HTTP.
#[derive(Debug)]
pub(super) struct Reply {
    pub(super) status: u16,
    headers: Vec<(header::HeaderName, String)>,
    content_type: &'static str,
    body: String,
}

pub(super) const RATE_LIMITED: &str = "Rate limit exceeded";

impl Reply {
    /// `{status:"success", code:200, message?, data}`.
    pub(super) fn ok(message: Option<&str>, data: Value) -> Reply {
        let mut envelope = json!({ "status": "success", "code": 200, "data": data });
        if let Some(message) = message {
            envelope["message"] = message.into();
        }
        Reply::json(200, &envelope)
    }

    /// `{status:"error", code, message}`.
    pub(super) fn error(status: u16, message: &str) -> Reply {
        Reply::json(status, &error_envelope(status, message))
    }

    /// `{status:"error", code, message, details}`.
    pub(super) fn error_with_details(status: u16, message: &str, details: Value) -> Reply {
        let mut envelope = error_envelope(status, message);
        envelope["details"] = details;
        Reply::json(status, &envelope)
    }

    /// The documented 429: `Retry-After` header and `retry_after` in the body.
    pub(super) fn rate_limited(retry_after: u64) -> Reply {
        let mut envelope = error_envelope(429, RATE_LIMITED);
        envelope["retry_after"] = retry_after.into();
        Reply::json(429, &envelope).with_header(header::RETRY_AFTER, retry_after.to_string())
    }

    /// The response a scripted fault stands for (faults that answer normally never get here).
    pub(super) fn fault(fault: &Fault) -> Reply {
        match fault {
            Fault::Status(status, message) => Reply::error(*status, message),
            Fault::StatusWithDetails(status, message, details) => {
                Reply::error_with_details(*status, message, details.clone())
            }
            Fault::Html(status) => {
                let title = format!("{status} {}", reason(*status));
                Reply {
                    status: *status,
                    headers: vec![(header::SERVER, "nginx".into())],
                    content_type: "text/html",
                    body: format!(
                        "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n\
                         <center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n\
                         </body>\r\n</html>\r\n"
                    ),
                }
            }
            Fault::TruncatedJson(status) => {
                let envelope = if *status < 400 {
                    json!({ "status": "success", "code": status, "message": "User found",
                            "data": { "discord_id": "123456789012345678", "roblox_id": 261,
                                      "roblox_username": "Shedletsky", "verified": true } })
                } else {
                    error_envelope(*status, reason(*status))
                };
                let mut body = envelope.to_string();
                body.truncate(body.len() / 2);
                Reply {
                    status: *status,
                    headers: Vec::new(),
                    content_type: "application/json",
                    body,
                }
            }
            Fault::RateLimitedHeader(secs) => {
                Reply::error(429, RATE_LIMITED).with_header(header::RETRY_AFTER, secs.to_string())
            }
            Fault::RateLimitedBody(secs) => {
                let mut envelope = error_envelope(429, RATE_LIMITED);
                envelope["retry_after"] = (*secs).into();
                Reply::json(429, &envelope)
            }
            Fault::Oversized(bytes) => {
                let envelope = Reply::ok(Some(""), Value::Null).body;
                let padding = "x".repeat(bytes.saturating_sub(envelope.len()));
                Reply::ok(Some(&padding), Value::Null)
            }
            Fault::RateLimitedHttpDate(after) => Reply::error(429, RATE_LIMITED)
                .with_header(header::RETRY_AFTER, http_date_after(*after)),
            Fault::Delay(_) | Fault::Drop | Fault::ApplyThen(_) | Fault::ApplyThenDrop => {
                unreachable!("{fault:?} is answered by the normal handling")
            }
        }
    }

    pub(super) fn with_header(mut self, name: header::HeaderName, value: String) -> Reply {
        self.headers.push((name, value));
        self
    }

    pub(super) fn into_response(self) -> Response {
        let mut builder = Response::builder()
            .status(StatusCode::from_u16(self.status).expect("status checked when scripted"))
            .header(header::CONTENT_TYPE, self.content_type);
        for (name, value) in self.headers {
            builder = builder.header(name, value);
        }
        builder
            .body(Body::from(self.body))
            .expect("static header names and checked values")
    }

    /// A short human description for panics and test messages.
    pub(super) fn describe(&self) -> String {
        format!("{} {}", self.status, self.body)
    }

    fn json(status: u16, envelope: &Value) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            content_type: "application/json",
            body: envelope.to_string(),
        }
    }
}

fn error_envelope(status: u16, message: &str) -> Value {
    json!({ "status": "error", "code": status, "message": message })
}

/// The standard reason phrase, e.g. "Bad Gateway".
pub(super) fn reason(status: u16) -> &'static str {
    StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}

/// An HTTP-date at least `after` from now: rounded up, because the format has whole seconds.
fn http_date_after(after: Duration) -> String {
    let at = (SystemTime::now() + after)
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let secs = at.as_secs() + u64::from(at.subsec_nanos() > 0);
    httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(secs))
}
