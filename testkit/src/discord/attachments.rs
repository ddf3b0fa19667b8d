//! Files both ways: attachments a member gives a slash command (served from a CDN-like URL on
//! the fake's own port) and files the bot uploads with a message (multipart/form-data with
//! `payload_json` and `files[n]`, on channel messages, follow-ups and `@original` edits), with
//! Discord's limits.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State as AxumState};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::sync::Arc;

use super::FakeDiscord;
use super::driver::SeenMessage;
use super::fixtures::{self, ATTACHMENT_SIZE_LIMIT};
use super::ids::{cdn_signature, next_snowflake};
use super::rest::{Answer, error};
use super::state::{Inner, State};

/// Files per message, as Discord allows.
pub const MAX_FILES: usize = 10;

/// A file the fake holds: one a test gave a member to attach, or one the bot uploaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeFile {
    /// The attachment id.
    pub id: u64,
    pub filename: String,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// Every file the fake holds, by attachment id, and which were downloaded from its CDN.
#[derive(Default)]
pub(crate) struct Files {
    stored: HashMap<u64, Stored>,
    downloads: HashMap<u64, usize>,
}

struct Stored {
    file: FakeFile,
    /// The attachment object as Discord sends it (in `resolved.attachments` or a message).
    json: Value,
}

impl Files {
    /// The attachment object of a stored file.
    pub(crate) fn json(&self, id: u64) -> Option<&Value> {
        self.stored.get(&id).map(|s| &s.json)
    }

    pub(crate) fn downloads(&self, id: u64) -> usize {
        self.downloads.get(&id).copied().unwrap_or(0)
    }

    /// Makes the attachment object of a stored file state `size` instead of its true size.
    fn declare_size(&mut self, id: u64, size: u64) {
        if let Some(stored) = self.stored.get_mut(&id) {
            stored.json["size"] = json!(size);
        }
    }

    /// Stores a file under `path` (`attachments/{channel}/...` or `ephemeral-attachments/...`)
    /// and returns its attachment object.
    fn store(&mut self, port: u16, path: &str, file: FakeFile, ephemeral: bool) -> Value {
        let url = format!(
            "http://127.0.0.1:{port}/{path}/{}/{}?ex={:x}&is={:x}&hm={}",
            file.id,
            file.filename,
            unix_secs() + 86_400,
            unix_secs(),
            cdn_signature(file.id)
        );
        let json = fixtures::attachment(
            file.id,
            &file.filename,
            file.content_type.as_deref(),
            file.bytes.len() as u64,
            &url,
            ephemeral,
        );
        self.stored.insert(
            file.id,
            Stored {
                file,
                json: json.clone(),
            },
        );
        json
    }
}

fn unix_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Makes a file a member can attach to a command; returns its attachment id.
fn add_attachment(s: &mut State, filename: &str, content_type: &str, bytes: Vec<u8>) -> u64 {
    let id = next_snowflake();
    let path = format!("ephemeral-attachments/{}", s.app_id);
    let file = FakeFile {
        id,
        filename: filename.to_string(),
        content_type: Some(content_type.to_string()),
        bytes,
    };
    s.files.store(s.port, &path, file, true);
    id
}

impl FakeDiscord {
    /// A file a member can attach to a command: pass the returned id as the value of an
    /// Attachment option. The interaction carries it in `resolved.attachments` with a URL on
    /// this fake's CDN, which serves `bytes` with `content_type`.
    pub fn attachment(&self, filename: &str, content_type: &str, bytes: impl Into<Vec<u8>>) -> u64 {
        self.inner
            .update(|s| add_attachment(s, filename, content_type, bytes.into()))
    }

    /// Like [`FakeDiscord::attachment`], with an attachment object that states `declared_size`
    /// bytes whatever the CDN serves: a client must not trust the size it is told.
    pub fn attachment_declaring(
        &self,
        filename: &str,
        content_type: &str,
        bytes: impl Into<Vec<u8>>,
        declared_size: u64,
    ) -> u64 {
        self.inner.update(|s| {
            let id = add_attachment(s, filename, content_type, bytes.into());
            s.files.declare_size(id, declared_size);
            id
        })
    }

    /// How often the file with this attachment id was downloaded from the fake's CDN.
    pub fn downloads(&self, attachment_id: u64) -> usize {
        self.inner.lock().files.downloads(attachment_id)
    }
}

impl SeenMessage {
    /// The files attached to this message (uploaded by the bot), in the message's order.
    pub fn files(&self) -> Vec<FakeFile> {
        let s = self.inner.lock();
        self.json["attachments"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a["id"].as_str()?.parse::<u64>().ok())
            .filter_map(|id| s.files.stored.get(&id).map(|f| f.file.clone()))
            .collect()
    }
}

// ----- the CDN ----------------------------------------------------------------------------------

/// `GET /attachments/{channel}/{id}/{filename}` and `/ephemeral-attachments/{app}/{id}/{filename}`:
/// the file's bytes when the URL is the one Discord handed out (signature included), else 404
/// like Discord's CDN.
pub(crate) async fn cdn(
    AxumState(inner): AxumState<Arc<Inner>>,
    Path((_, id, filename)): Path<(String, String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let found = inner.update(|s| {
        let id: u64 = id.parse().ok()?;
        let stored = s.files.stored.get(&id)?;
        let genuine = stored.file.filename == filename
            && query.get("hm").is_some_and(|hm| *hm == cdn_signature(id));
        let file = genuine.then(|| stored.file.clone())?;
        *s.files.downloads.entry(id).or_default() += 1;
        Some(file)
    });
    let Some(file) = found else {
        return (
            StatusCode::NOT_FOUND,
            "This content is no longer available.",
        )
            .into_response();
    };
    let content_type = file
        .content_type
        .as_deref()
        .and_then(|c| HeaderValue::from_str(c).ok())
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    ([(header::CONTENT_TYPE, content_type)], file.bytes).into_response()
}

// ----- uploads ------------------------------------------------------------------------------

/// The files of a multipart request, in the order sent.
pub(crate) struct Upload {
    files: Vec<Part>,
}

struct Part {
    /// `n` of the `files[n]` field, which `attachments[].id` refers to.
    index: u64,
    filename: String,
    content_type: Option<String>,
    bytes: Bytes,
}

/// The boundary of a multipart/form-data request, if it is one.
pub(crate) fn multipart_boundary(headers: &HeaderMap) -> Option<String> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    content_type
        .starts_with("multipart/form-data")
        .then(|| multer::parse_boundary(content_type).ok())
        .flatten()
}

/// Splits a multipart body into its `payload_json` and its `files[n]`. A message create without
/// an `attachments` list attaches every file, as on Discord; the list is filled in so the
/// payload reads (and is checked) as the message it makes.
pub(crate) async fn read_multipart(
    body: Bytes,
    boundary: String,
    creates: bool,
) -> Result<(Option<Value>, Upload), String> {
    let mut form = multer::Multipart::with_reader(std::io::Cursor::new(body), boundary);
    let mut payload = None;
    let mut files = Vec::new();
    let broken = |e: multer::Error| format!("multipart body is broken: {e}");
    while let Some(field) = form.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "payload_json" {
            let text = field.text().await.map_err(broken)?;
            let json = serde_json::from_str(&text)
                .map_err(|e| format!("payload_json is not JSON: {e}"))?;
            payload = Some(json);
            continue;
        }
        let Some(index) = name
            .strip_prefix("files[")
            .and_then(|n| n.strip_suffix(']'))
            .and_then(|n| n.parse().ok())
        else {
            return Err(format!(
                "multipart field `{name}` is neither payload_json nor files[n]"
            ));
        };
        let filename = field.file_name().unwrap_or_default().to_string();
        let content_type = field.content_type().map(ToString::to_string);
        let bytes = field.bytes().await.map_err(broken)?;
        files.push(Part {
            index,
            filename,
            content_type,
            bytes,
        });
    }
    if creates && !files.is_empty() {
        let payload = payload.get_or_insert_with(|| json!({}));
        if payload.get("attachments").is_none_or(Value::is_null) {
            payload["attachments"] = files
                .iter()
                .map(|f| json!({"id": f.index, "filename": f.filename}))
                .collect();
        }
    }
    Ok((payload, Upload { files }))
}

/// The `id` of an `attachments` entry as a number (the spec allows a snowflake string too).
fn entry_id(entry: &Value) -> Option<u64> {
    match &entry["id"] {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

impl State {
    /// Discord's limits on an upload: at most [`MAX_FILES`] files (400 50035), at most
    /// [`ATTACHMENT_SIZE_LIMIT`] bytes in all on an unboosted server (413 40005), and every
    /// `attachments` entry naming an uploaded `files[n]` or an existing attachment.
    pub(super) fn check_upload(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        upload: &Upload,
    ) -> Result<(), Answer> {
        let size: usize = upload.files.iter().map(|f| f.bytes.len()).sum();
        if size as u64 > ATTACHMENT_SIZE_LIMIT {
            return Err(error(413, 40005, "Request entity too large"));
        }
        let mut found = Vec::new();
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let takes_files = matches!(
            (method, segs.as_slice()),
            (
                "POST",
                [.., "channels", _, "messages"] | [.., "webhooks", _, _]
            ) | ("PATCH", [.., "messages", _])
        );
        if !takes_files {
            found.push((
                String::new(),
                "the fake takes files only on channel messages, follow-ups and message edits"
                    .to_string(),
            ));
        }
        if upload.files.len() > MAX_FILES {
            found.push((
                "/attachments".to_string(),
                format!("{} files > {MAX_FILES}", upload.files.len()),
            ));
        }
        let entries = body
            .and_then(|b| b["attachments"].as_array())
            .map_or(&[][..], Vec::as_slice);
        for (i, entry) in entries.iter().enumerate() {
            let id = entry_id(entry);
            let known = id.is_some_and(|id| {
                upload.files.iter().any(|f| f.index == id) || self.files.stored.contains_key(&id)
            });
            if !known {
                found.push((
                    format!("/attachments/{i}/id"),
                    format!(
                        "{} names no uploaded files[n] and no attachment",
                        entry["id"]
                    ),
                ));
            }
        }
        if found.is_empty() {
            return Ok(());
        }
        Err(self.reject_found(method, path, found))
    }

    /// After a route made or edited a message from an upload's `payload_json`: turns its
    /// `attachments` entries into attachment objects of the uploaded (or kept) files, appends
    /// uploaded files the entries did not name, stores the files and answers the message.
    pub(super) fn attach_upload(
        &mut self,
        answer: &mut Answer,
        body: Option<&Value>,
        upload: &Upload,
    ) {
        let Some(message) = answer.body.as_ref().filter(|_| answer.status == 200) else {
            return;
        };
        let Some((id, channel)) = message["id"]
            .as_str()
            .and_then(|i| i.parse::<u64>().ok())
            .zip(message["channel_id"].as_str())
        else {
            return;
        };
        let path = format!("attachments/{channel}");
        let entries = body.and_then(|b| b["attachments"].as_array());
        let current = message["attachments"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut attachments = match entries {
            // Without a list, an edit keeps what the message had.
            None => current,
            Some(_) => Vec::new(),
        };
        let mut named = Vec::new();
        for entry in entries.into_iter().flatten() {
            let Some(eid) = entry_id(entry) else { continue };
            if let Some(part) = upload.files.iter().find(|f| f.index == eid) {
                named.push(part.index);
                let filename = entry["filename"].as_str().unwrap_or(&part.filename);
                attachments.push(self.store_part(&path, part, filename));
            } else if let Some(kept) = self.files.json(eid) {
                attachments.push(kept.clone());
            }
        }
        for part in upload.files.iter().filter(|f| !named.contains(&f.index)) {
            attachments.push(self.store_part(&path, part, &part.filename));
        }
        if let Some(stored) = self.messages.get_mut(&id) {
            stored.json["attachments"] = Value::Array(attachments);
            answer.body = Some(stored.json.clone());
        }
    }

    fn store_part(&mut self, path: &str, part: &Part, filename: &str) -> Value {
        let file = FakeFile {
            id: next_snowflake(),
            filename: filename.to_string(),
            content_type: part.content_type.clone(),
            bytes: part.bytes.to_vec(),
        };
        self.files.store(self.port, path, file, false)
    }
}
