//! The one error type of the Technified client, and the reading of response bodies into it.
//!
//! Long on purpose (about 270 lines of code, the rest unit tests): the tests pin every body
//! shape Technified and the proxies in front of it answer with (envelopes, HTML pages, cut
//! JSON, echoed keys) next to the reader that must classify it.

use std::fmt;
use std::time::{Duration, SystemTime};

use serde_json::{Map, Value};

use super::retry_after::{MAX_RETRY_AFTER, parse_retry_after};
use super::routes::Endpoint;

/// Longest body excerpt kept in [`ErrorKind::Malformed`], in characters.
pub const SNIPPET_CHARS: usize = 200;

/// A failed Technified call. Never contains the API key.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("Technified {endpoint} failed: {kind} (request ID {request_id})")]
pub struct ApiError {
    pub endpoint: Endpoint,
    /// The `X-Request-ID` this call sent; users quote it when reporting internal faults.
    pub request_id: String,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// Technified answered with its documented error envelope
    /// `{status:"error", code, message, details?, retry_after?}`.
    Api {
        status: u16,
        /// Empty when the envelope had none.
        message: String,
        details: Option<Value>,
        /// From the `Retry-After` header, else the body's `retry_after`; at most an hour.
        retry_after: Option<Duration>,
    },
    /// A body that is not the documented envelope: an HTML error page, truncated JSON, or a
    /// success status whose data does not have the expected shape.
    Malformed {
        status: u16,
        /// The start of the body, at most [`SNIPPET_CHARS`] characters.
        snippet: String,
    },
    /// No HTTP response. `sent` is true when the request may have reached Technified (a
    /// timeout or a dropped connection after connecting), false when it surely did not.
    Transport { timeout: bool, sent: bool },
    /// Not sent: the key's rate-limit group is full (or paused by a 429) for longer than
    /// the caller may wait. `ready_in` is when it could leave.
    Paced { ready_in: Duration },
}

impl ApiError {
    /// The HTTP status, when Technified answered at all.
    pub fn status(&self) -> Option<u16> {
        self.kind.status()
    }

    /// Technified's own message, when it sent a non-empty one.
    pub fn message(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Api { message, .. } if !message.is_empty() => Some(message),
            _ => None,
        }
    }

    /// The envelope's `details`, when present.
    pub fn details(&self) -> Option<&Value> {
        match &self.kind {
            ErrorKind::Api { details, .. } => details.as_ref(),
            _ => None,
        }
    }

    /// Whether this failure says something about the key or Technified's health, which
    /// `/key status` shows as the last error. Technified's 404 (not verified, no such ban) or
    /// 409 (already exists) is an answer about the data, and a paced call was never sent.
    pub fn is_key_failure(&self) -> bool {
        !matches!(
            self.kind,
            ErrorKind::Api {
                status: 404 | 409,
                ..
            } | ErrorKind::Paced { .. }
        )
    }

    /// How long Technified asked us to wait (429s).
    pub fn retry_after(&self) -> Option<Duration> {
        match &self.kind {
            ErrorKind::Api { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Api {
                status, message, ..
            } if message.is_empty() => write!(f, "HTTP {status}"),
            ErrorKind::Api {
                status, message, ..
            } => write!(f, "HTTP {status}: {message}"),
            ErrorKind::Malformed { status, .. } => {
                write!(f, "HTTP {status} with a body that is not Technified's JSON")
            }
            ErrorKind::Transport { timeout: true, .. } => f.write_str("timed out"),
            ErrorKind::Transport { sent: false, .. } => f.write_str("could not connect"),
            ErrorKind::Transport { sent: true, .. } => f.write_str("connection lost"),
            ErrorKind::Paced { ready_in } => write!(
                f,
                "not sent: rate-limited for another {} s",
                ready_in.as_secs_f64().ceil()
            ),
        }
    }
}

impl ErrorKind {
    /// The HTTP status, when there was a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            ErrorKind::Api { status, .. } | ErrorKind::Malformed { status, .. } => Some(*status),
            ErrorKind::Transport { .. } | ErrorKind::Paced { .. } => None,
        }
    }

    /// Replaces `secret` wherever the server echoed it back, so no error carries the key.
    pub(crate) fn redact(&mut self, secret: &str, replacement: &str) {
        if secret.is_empty() {
            return;
        }
        match self {
            ErrorKind::Api {
                message, details, ..
            } => {
                if message.contains(secret) {
                    *message = message.replace(secret, replacement);
                }
                if let Some(value) = details {
                    let text = value.to_string();
                    if text.contains(secret) {
                        *value = serde_json::from_str(&text.replace(secret, replacement))
                            .unwrap_or(Value::Null);
                    }
                }
            }
            ErrorKind::Malformed { snippet, .. } => {
                if snippet.contains(secret) {
                    *snippet = snippet.replace(secret, replacement);
                }
            }
            ErrorKind::Transport { .. } | ErrorKind::Paced { .. } => {}
        }
    }
}

/// A successful envelope: `message` (optional in the docs) and `data` (`Null` when absent).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Success {
    pub message: Option<String>,
    pub data: Value,
}

/// Reads one HTTP response. 2xx with a readable body is a [`Success`]; everything else is the
/// [`ErrorKind`] the bot acts on.
pub(crate) fn read_response(
    status: u16,
    retry_after_header: Option<&str>,
    body: &[u8],
    now: SystemTime,
) -> Result<Success, ErrorKind> {
    let header_wait = retry_after_header.and_then(|value| parse_retry_after(value, now));
    let success_status = (200..300).contains(&status);
    if success_status && body.iter().all(u8::is_ascii_whitespace) {
        // Writes may answer with an empty body; there is no data to misread.
        return Ok(Success {
            message: None,
            data: Value::Null,
        });
    }
    if success_status && let Some(success) = plain_success(body) {
        return Ok(success);
    }
    read_json(status, header_wait, body)
}

/// Reads any JSON body: Technified's envelopes, and the odd shapes it is tolerant of.
fn read_json(
    status: u16,
    header_wait: Option<Duration>,
    body: &[u8],
) -> Result<Success, ErrorKind> {
    let success_status = (200..300).contains(&status);
    let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(body) else {
        return match serde_json::from_slice::<Value>(body) {
            // A bare JSON array or value on success: the data itself, unwrapped.
            Ok(data) if success_status => Ok(Success {
                message: None,
                data,
            }),
            _ => Err(malformed(status, body)),
        };
    };
    match error_envelope(&object) {
        Some(code) => {
            // The status line is authoritative; a 2xx carrying an error envelope takes the
            // envelope's code.
            let api_status = if success_status { code } else { status };
            if !(400..600).contains(&api_status) {
                return Err(malformed(status, body));
            }
            Err(ErrorKind::Api {
                status: api_status,
                message: object
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                details: object.get("details").filter(|v| !v.is_null()).cloned(),
                retry_after: header_wait.or_else(|| body_retry_after(&object)),
            })
        }
        None if success_status => Ok(success_of(object)),
        None => Err(malformed(status, body)),
    }
}

/// The usual success envelope, `{status, code, message, data}` with any other fields, read
/// without building a map for the envelope (every lookup's answer goes through here).
#[derive(serde::Deserialize)]
struct SuccessEnvelope {
    status: Option<Value>,
    message: Option<Value>,
    /// `None` for `null` as well as for a missing field.
    data: Option<Value>,
}

/// The [`Success`] of a body that is an object with non-null `data` and no error `status`:
/// what [`read_json`] gives for it, for less work. `None` for anything else (no `data`, an
/// error envelope, a duplicated field, not an object, not JSON), which [`read_json`] handles.
/// One difference: an escape that is not a character (a lone surrogate, `"\ud800"`) in a
/// field the bot does not read is skipped here, where [`read_json`] calls the body malformed.
fn plain_success(body: &[u8]) -> Option<Success> {
    // A derived struct also reads from a JSON array, by position; `read_json` takes an array
    // as the data itself.
    if body.trim_ascii_start().first() != Some(&b'{') {
        return None;
    }
    // `from_slice` would skip an unknown field's string without checking its UTF-8, which
    // `read_json` refuses.
    let text = std::str::from_utf8(body).ok()?;
    let envelope: SuccessEnvelope = serde_json::from_str(text).ok()?;
    if envelope.status.as_ref().and_then(Value::as_str) == Some("error") {
        return None;
    }
    Some(Success {
        message: match envelope.message {
            Some(Value::String(message)) => Some(message),
            _ => None,
        },
        data: envelope.data?,
    })
}

/// `Some(code)` when the object is the documented error envelope. `code` falls back to 0 when
/// missing so the caller's HTTP status wins.
fn error_envelope(object: &Map<String, Value>) -> Option<u16> {
    (object.get("status").and_then(Value::as_str) == Some("error")).then(|| {
        object
            .get("code")
            .and_then(Value::as_u64)
            .and_then(|code| u16::try_from(code).ok())
            .unwrap_or(0)
    })
}

fn success_of(mut object: Map<String, Value>) -> Success {
    let message = object
        .get("message")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let data = if object.contains_key("data") {
        object.remove("data").unwrap_or(Value::Null)
    } else if object.contains_key("status") || object.contains_key("code") {
        Value::Null
    } else {
        // No envelope at all: take the object as the data itself.
        Value::Object(object)
    };
    Success { message, data }
}

/// The body's `retry_after` (documented as integer seconds; numeric strings and fractions are
/// accepted too), capped like the header.
fn body_retry_after(object: &Map<String, Value>) -> Option<Duration> {
    let seconds = match object.get("retry_after")? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    (seconds.is_finite() && seconds >= 0.0)
        .then(|| Duration::from_secs_f64(seconds.min(MAX_RETRY_AFTER.as_secs_f64())))
}

pub(crate) fn malformed(status: u16, body: &[u8]) -> ErrorKind {
    ErrorKind::Malformed {
        status,
        snippet: snippet(body),
    }
}

/// The start of `body` as text, at most [`SNIPPET_CHARS`] characters, never split inside one.
fn snippet(body: &[u8]) -> String {
    String::from_utf8_lossy(body)
        .trim()
        .chars()
        .take(SNIPPET_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn now() -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_746_712_921)
    }

    fn read(status: u16, body: &str) -> Result<Success, ErrorKind> {
        read_response(status, None, body.as_bytes(), now())
    }

    fn api(status: u16, message: &str) -> ErrorKind {
        ErrorKind::Api {
            status,
            message: message.to_owned(),
            details: None,
            retry_after: None,
        }
    }

    #[test]
    fn documented_error_messages_map_to_api_errors() {
        let cases = [
            (401, "Missing API key"),
            (401, "Invalid API key for this guild"),
            (403, "API key does not match target guild"),
            (
                400,
                "Guild ID required for API key (use route :guildId or X-Guild-ID)",
            ),
            (426, "Expected WebSocket upgrade"),
            (404, "Not found"),
            (409, "Binding already exists"),
            (422, "max_rank must be at least min_rank"),
            (500, "Internal server error"),
            (502, "Bad gateway"),
            (503, "Roblox is unavailable"),
        ];
        for (status, message) in cases {
            let body = json!({"status": "error", "code": status, "message": message}).to_string();
            assert_eq!(read(status, &body), Err(api(status, message)), "{message}");
        }
    }

    #[test]
    fn documented_rate_limit_body_and_header() {
        let body = r#"{ "status": "error", "code": 429, "message": "Rate limit exceeded", "retry_after": 17 }"#;
        let body_only = read_response(429, None, body.as_bytes(), now());
        assert_eq!(
            body_only,
            Err(ErrorKind::Api {
                status: 429,
                message: "Rate limit exceeded".into(),
                details: None,
                retry_after: Some(Duration::from_secs(17)),
            })
        );
        // The header wins over the body.
        let both = read_response(429, Some("3"), body.as_bytes(), now()).unwrap_err();
        assert!(
            matches!(both, ErrorKind::Api { retry_after: Some(d), .. } if d == Duration::from_secs(3))
        );
        let header_only = read_response(
            429,
            Some("Thu, 08 May 2025 14:02:31 GMT"),
            br#"{"status":"error","code":429,"message":"Rate limit exceeded"}"#,
            now(),
        )
        .unwrap_err();
        assert!(
            matches!(header_only, ErrorKind::Api { retry_after: Some(d), .. } if d == Duration::from_secs(30))
        );
        let string_seconds = read(
            429,
            r#"{"status":"error","code":429,"message":"x","retry_after":"2.5"}"#,
        )
        .unwrap_err();
        assert!(
            matches!(string_seconds, ErrorKind::Api { retry_after: Some(d), .. } if d == Duration::from_millis(2500))
        );
        let absurd = read(
            429,
            r#"{"status":"error","code":429,"retry_after":99999999}"#,
        )
        .unwrap_err();
        assert!(
            matches!(absurd, ErrorKind::Api { retry_after: Some(d), .. } if d == MAX_RETRY_AFTER)
        );
    }

    #[test]
    fn missing_message_is_empty_and_details_are_kept() {
        let err = read(400, r#"{"status":"error","code":400}"#).unwrap_err();
        assert_eq!(err, api(400, ""));
        let err = read(
            422,
            r#"{"status":"error","code":422,"message":"Invalid body","details":{"field":"max_rank"}}"#,
        )
        .unwrap_err();
        assert!(
            matches!(err, ErrorKind::Api { details: Some(d), .. } if d == json!({"field": "max_rank"}))
        );
    }

    #[test]
    fn http_status_wins_over_a_disagreeing_code() {
        let err = read(503, r#"{"status":"error","code":500,"message":"x"}"#).unwrap_err();
        assert_eq!(err, api(503, "x"));
    }

    #[test]
    fn error_envelope_inside_a_200_is_an_error() {
        let err = read(
            200,
            r#"{"status":"error","code":404,"message":"Not found"}"#,
        )
        .unwrap_err();
        assert_eq!(err, api(404, "Not found"));
        let odd = read(200, r#"{"status":"error","message":"no code"}"#).unwrap_err();
        assert!(matches!(odd, ErrorKind::Malformed { status: 200, .. }));
    }

    #[test]
    fn html_and_truncated_json_are_malformed_with_status() {
        let html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        assert_eq!(
            read(502, html),
            Err(ErrorKind::Malformed {
                status: 502,
                snippet: html.into()
            })
        );
        let truncated = r#"{"status":"error","code":500,"mess"#;
        assert!(matches!(
            read(500, truncated),
            Err(ErrorKind::Malformed { status: 500, .. })
        ));
        assert!(matches!(
            read(200, r#"{"status":"success","data":{"ban"#),
            Err(ErrorKind::Malformed { status: 200, .. })
        ));
        assert!(matches!(
            read(200, "<html>maintenance</html>"),
            Err(ErrorKind::Malformed { status: 200, .. })
        ));
        // JSON that is not the envelope is not trusted either.
        assert!(matches!(
            read(404, r#"{"error":"not found"}"#),
            Err(ErrorKind::Malformed { status: 404, .. })
        ));
        assert!(matches!(
            read(503, ""),
            Err(ErrorKind::Malformed { status: 503, .. })
        ));
    }

    #[test]
    fn success_shapes() {
        let ok = read(
            200,
            r#"{ "status": "success", "code": 200, "message": "User is not banned", "data": { "banned": false } }"#,
        )
        .unwrap();
        assert_eq!(ok.message.as_deref(), Some("User is not banned"));
        assert_eq!(ok.data, json!({"banned": false}));
        // [NEW] Shield examples carry no message.
        let ok = read(
            200,
            r#"{"status":"success","code":200,"data":{"flagged":false}}"#,
        )
        .unwrap();
        assert_eq!(ok.message, None);
        assert_eq!(read(201, "").unwrap().data, Value::Null);
        assert_eq!(
            read(200, r#"{"status":"success"}"#).unwrap().data,
            Value::Null
        );
        assert_eq!(
            read(200, r#"{"banned":true}"#).unwrap().data,
            json!({"banned": true})
        );
        assert_eq!(read(200, "[1,2]").unwrap().data, json!([1, 2]));
    }

    /// The short way for plain success envelopes reads what the reading of any JSON reads, and
    /// leaves every other shape to it.
    #[test]
    fn plain_success_reads_what_read_json_reads() {
        let taken = [
            r#"{"status":"success","code":200,"message":"User found","data":{"discord_id":"1","roblox_id":2}}"#,
            r#"{"status":"success","code":200,"data":{"flagged":false}}"#,
            r#"{"data":[1,2],"extra":{"nested":[true,null]},"status":"ok"}"#,
            r#"  {"message":7,"data":"text"}"#,
            r#"{"status":null,"data":0,"unknown":"\u00e9"}"#,
        ];
        for body in taken {
            let fast = plain_success(body.as_bytes());
            assert!(fast.is_some(), "{body}");
            assert_eq!(
                fast.map(Ok),
                Some(read_json(200, None, body.as_bytes())),
                "{body}"
            );
        }
        let left = [
            r#"{"status":"success","code":200}"#,
            r#"{"status":"success","data":null}"#,
            r#"{"banned":true}"#,
            r#"{"status":"error","code":404,"message":"Not found","data":{}}"#,
            r#"{"data":1,"data":2}"#,
            r#"[null,null,{"x":1}]"#,
            r#"{"data":{"x":1}} trailing"#,
            r#"{"data":"\ud800"}"#,
            "",
        ];
        for body in left {
            assert_eq!(plain_success(body.as_bytes()), None, "{body}");
        }
        // Invalid UTF-8 in a field the bot does not read: malformed, as before.
        let mut bad = br#"{"data":1,"note":""#.to_vec();
        bad.extend_from_slice(&[0xff, b'"', b'}']);
        assert_eq!(plain_success(&bad), None);
        assert!(matches!(
            read_response(200, None, &bad, now()),
            Err(ErrorKind::Malformed { status: 200, .. })
        ));
    }

    #[test]
    fn snippet_is_short_and_char_safe() {
        let body = "é".repeat(300);
        let ErrorKind::Malformed { snippet, .. } = read(500, &body).unwrap_err() else {
            panic!("expected Malformed");
        };
        assert_eq!(snippet.chars().count(), SNIPPET_CHARS);
        // Invalid UTF-8 is replaced, not a panic.
        assert_eq!(super::snippet(&[0xff, 0xfe, b'a']), "\u{fffd}\u{fffd}a");
    }

    #[test]
    fn redaction_removes_an_echoed_key() {
        let secret = "technified_1_secret";
        let mut kind = ErrorKind::Api {
            status: 401,
            message: format!("bad key {secret}"),
            details: Some(json!({"key": secret})),
            retry_after: None,
        };
        kind.redact(secret, "[key]");
        assert_eq!(
            kind,
            ErrorKind::Api {
                status: 401,
                message: "bad key [key]".into(),
                details: Some(json!({"key": "[key]"})),
                retry_after: None,
            }
        );
        let mut kind = malformed(500, format!("<p>{secret}</p>").as_bytes());
        kind.redact(secret, "[key]");
        assert_eq!(kind, malformed(500, b"<p>[key]</p>"));
    }

    #[test]
    fn display_and_helpers() {
        let err = ApiError {
            endpoint: Endpoint::LookupDiscord,
            request_id: "req-1".into(),
            kind: api(401, "Invalid API key for this guild"),
        };
        assert_eq!(
            err.to_string(),
            "Technified lookup_discord failed: HTTP 401: Invalid API key for this guild (request ID req-1)"
        );
        assert_eq!(err.status(), Some(401));
        assert_eq!(err.message(), Some("Invalid API key for this guild"));
        let transport = ApiError {
            kind: ErrorKind::Transport {
                timeout: false,
                sent: false,
            },
            ..err
        };
        assert_eq!(transport.status(), None);
        assert_eq!(transport.message(), None);
        assert!(transport.to_string().contains("could not connect"));
    }

    proptest! {
        #[test]
        fn reading_never_panics(
            status in 0u16..1000,
            body in proptest::collection::vec(any::<u8>(), 0..400),
            header in proptest::option::of("\\PC{0,40}"),
        ) {
            let result = read_response(status, header.as_deref(), &body, now());
            if let Err(ErrorKind::Malformed { snippet, .. }) = result {
                prop_assert!(snippet.chars().count() <= SNIPPET_CHARS);
            }
        }

        #[test]
        fn plain_success_agrees_with_read_json(
            message in proptest::option::of(prop_oneof![
                "\\PC{0,20}".prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                Just(Value::Null),
            ]),
            status in proptest::option::of(prop_oneof![Just("success"), Just("error"), Just("ok")]),
            data in proptest::option::of(prop_oneof![
                Just(Value::Null),
                any::<u64>().prop_map(Value::from),
                "\\PC{0,20}".prop_map(Value::from),
                ("\\PC{0,10}", any::<i64>()).prop_map(|(k, v)| json!({ k: v })),
            ]),
            extra in proptest::option::of(("[a-z_]{1,8}", "\\PC{0,10}")),
        ) {
            let mut envelope = serde_json::Map::new();
            if let Some((name, value)) = extra {
                envelope.insert(name, Value::from(value));
            }
            let fields = [("message", message), ("status", status.map(Value::from)), ("data", data)];
            for (name, value) in fields {
                if let Some(value) = value {
                    envelope.insert(name.into(), value);
                }
            }
            let body = Value::Object(envelope).to_string();
            if let Some(fast) = plain_success(body.as_bytes()) {
                prop_assert_eq!(Ok(fast), read_json(200, None, body.as_bytes()));
            }
        }

        #[test]
        fn envelopes_with_any_fields_never_panic(
            code in any::<i64>(),
            message in proptest::option::of("\\PC{0,30}"),
            retry in proptest::option::of(any::<f64>()),
        ) {
            let mut envelope = json!({"status": "error", "code": code});
            if let Some(message) = message {
                envelope["message"] = json!(message);
            }
            if let Some(retry) = retry {
                envelope["retry_after"] = json!(retry);
            }
            let _ = read_response(429, None, envelope.to_string().as_bytes(), now());
        }
    }
}
