//! Discord's REST API under `/api/v10`, as far as the bot uses it.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::attachments::{self, Upload};
use super::fixtures::{self, EPHEMERAL, LOADING};
use super::ids::next_snowflake;
use super::model::{DiscordFault, Member, RecordedRequest, permissions};
use super::state::{Inner, InteractionRec, Registration, State, StoredMessage};
use crate::conformance::{self, Violation};

/// What a route answers.
pub(crate) struct Answer {
    pub(super) status: u16,
    pub(super) body: Option<Value>,
    retry_after: Option<f64>,
}

/// What a request carries besides its method, path and JSON body.
pub(crate) struct Extras {
    pub query: Option<String>,
    /// The `X-Audit-Log-Reason` header, URL-decoded.
    pub audit_reason: Option<String>,
    /// The files of a multipart/form-data body (its `payload_json` is the JSON body).
    pub upload: Option<Upload>,
}

pub(super) fn ok(body: Value) -> Answer {
    Answer {
        status: 200,
        body: Some(body),
        retry_after: None,
    }
}

pub(super) fn no_content() -> Answer {
    Answer {
        status: 204,
        body: None,
        retry_after: None,
    }
}

pub(super) fn error(status: u16, code: u32, message: &str) -> Answer {
    Answer {
        status,
        body: Some(json!({"message": message, "code": code})),
        retry_after: None,
    }
}

fn not_found() -> Answer {
    error(404, 0, "404: Not Found")
}

fn fault(f: &DiscordFault) -> Answer {
    let retry_after = match f {
        DiscordFault::RateLimited { retry_after, .. } => Some(retry_after.as_secs_f64()),
        _ => None,
    };
    Answer {
        status: f.status(),
        body: Some(f.body()),
        retry_after,
    }
}

/// Discord's nested `errors` object of a 50035 Invalid Form Body for these violations.
fn form_errors(violations: &[Violation]) -> Value {
    let mut errors = json!({});
    for v in violations {
        let mut node = &mut errors;
        for key in v.pointer.split('/').skip(1) {
            if !node[key].is_object() {
                node[key] = json!({});
            }
            node = &mut node[key];
        }
        let code = if v.message.starts_with("length") && v.message.contains('>') {
            "BASE_TYPE_MAX_LENGTH"
        } else if v.message.contains("required field") {
            "BASE_TYPE_REQUIRED"
        } else {
            "BASE_TYPE_BAD_REQUEST"
        };
        if !node["_errors"].is_array() {
            node["_errors"] = json!([]);
        }
        if let Some(list) = node["_errors"].as_array_mut() {
            list.push(json!({"code": code, "message": v.message}));
        }
    }
    json!({"message": "Invalid Form Body", "code": 50035, "errors": errors})
}

pub(super) fn parse_id(s: &str) -> Option<u64> {
    s.parse().ok()
}

pub(crate) async fn handle(
    AxumState(inner): AxumState<Arc<Inner>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut extras = Extras {
        query: uri.query().map(str::to_string),
        audit_reason: audit_reason(&headers),
        upload: None,
    };
    let parsed = match attachments::multipart_boundary(&headers) {
        Some(boundary) => attachments::read_multipart(body, boundary, method == Method::POST)
            .await
            .map(|(payload, upload)| {
                extras.upload = Some(upload);
                payload
            }),
        None if body.is_empty() => Ok(None),
        None => serde_json::from_slice::<Value>(&body)
            .map(Some)
            .map_err(|e| format!("body is not JSON: {e}")),
    };
    wait_while_held(&inner, method.as_str(), uri.path()).await;
    let answer = inner.update(|s| s.serve(method.as_str(), uri.path(), &extras, parsed));
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = match answer.body {
        Some(body) => (status, axum::Json(body)).into_response(),
        None => status.into_response(),
    };
    if let Some(secs) = answer.retry_after {
        let headers = response.headers_mut();
        let value = |s: String| HeaderValue::from_str(&s).unwrap_or(HeaderValue::from_static("1"));
        headers.insert("retry-after", value(format!("{}", secs.ceil() as u64)));
        headers.insert("x-ratelimit-limit", HeaderValue::from_static("5"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
        headers.insert("x-ratelimit-reset-after", value(format!("{secs:.3}")));
        headers.insert("x-ratelimit-scope", HeaderValue::from_static("user"));
    }
    response
}

/// The audit-log reason as Discord reads it: the header's value, percent-decoded.
fn audit_reason(headers: &HeaderMap) -> Option<String> {
    let raw = headers.get("x-audit-log-reason")?.to_str().ok()?;
    Some(
        percent_encoding::percent_decode_str(raw)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// Holds a request on a held route until the test releases it; it is recorded and served then,
/// so the order of recorded requests is the order in which the bot's calls got through.
async fn wait_while_held(inner: &Inner, method: &str, path: &str) {
    let route = path.strip_prefix("/api/v10").unwrap_or(path);
    let held = |s: &State| s.holds.iter().any(|h| h.matches(method, route));
    let mut changed = inner.subscribe();
    if !held(&inner.lock()) {
        return;
    }
    inner.update(|s| s.held.push((method.to_string(), path.to_string())));
    while held(&inner.lock()) {
        if changed.changed().await.is_err() {
            break;
        }
    }
    inner.update(|s| {
        if let Some(i) = s.held.iter().position(|(m, p)| m == method && p == path) {
            s.held.remove(i);
        }
    });
}

impl State {
    /// Records the bot's broken request and answers it with Discord's 400 Invalid Form Body.
    /// Rejects a request for the bot's mistakes `found`, each a (JSON pointer, message) pair.
    pub(super) fn reject_found(
        &mut self,
        method: &str,
        path: &str,
        found: Vec<(String, String)>,
    ) -> Answer {
        let violations = found
            .into_iter()
            .map(|(pointer, message)| Violation {
                method: method.into(),
                path: path.into(),
                pointer,
                message,
            })
            .collect();
        self.reject(violations)
    }

    pub(super) fn reject(&mut self, violations: Vec<Violation>) -> Answer {
        let answer = Answer {
            status: 400,
            body: Some(form_errors(&violations)),
            retry_after: None,
        };
        self.violations.extend(violations);
        answer
    }

    fn serve(
        &mut self,
        method: &str,
        path: &str,
        extras: &Extras,
        body: Result<Option<Value>, String>,
    ) -> Answer {
        let at = self.started.elapsed();
        let (answer, body) = match body {
            Err(e) => {
                self.violations.push(Violation {
                    method: method.into(),
                    path: path.into(),
                    pointer: String::new(),
                    message: e,
                });
                (
                    error(400, 50109, "The request body contains invalid JSON."),
                    None,
                )
            }
            Ok(body) => (self.serve_json(method, path, body.as_ref(), extras), body),
        };
        self.requests.push(RecordedRequest {
            method: method.into(),
            path: path.into(),
            query: extras.query.clone(),
            body,
            status: answer.status,
            response: answer.body.clone(),
            at,
        });
        answer
    }

    fn serve_json(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        extras: &Extras,
    ) -> Answer {
        let Some(route) = path.strip_prefix("/api/v10") else {
            return not_found();
        };
        if let Some(upload) = &extras.upload
            && let Err(refused) = self.check_upload(method, path, body, upload)
        {
            return refused;
        }
        if let (Some(b), "POST" | "PUT" | "PATCH") = (body, method) {
            let found = conformance::check_request(method, path, b);
            if !found.is_empty() {
                return self.reject(found);
            }
        }
        let hit = self
            .faults
            .iter_mut()
            .find(|f| f.remaining > 0 && f.route.matches(method, route));
        if let Some(rule) = hit {
            rule.remaining -= 1;
            return fault(&rule.fault);
        }
        let segs: Vec<&str> = route.split('/').filter(|s| !s.is_empty()).collect();
        let mut answer = self.route(method, path, &segs, body, extras);
        if let Some(upload) = &extras.upload {
            self.attach_upload(&mut answer, body, upload);
        }
        answer
    }

    fn route(
        &mut self,
        method: &str,
        path: &str,
        segs: &[&str],
        body: Option<&Value>,
        extras: &Extras,
    ) -> Answer {
        match (method, segs) {
            ("GET", ["gateway"]) => ok(json!({"url": self.gateway_url()})),
            ("GET", ["gateway", "bot"]) => {
                let sharding = &self.gateway.sharding;
                ok(json!({
                    "url": self.gateway_url(),
                    "shards": sharding.recommended,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 14_400_000,
                        "max_concurrency": sharding.max_concurrency,
                    },
                }))
            }
            ("GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]) => ok(
                fixtures::application(self.app_id, &self.bot_user, &self.owner),
            ),
            ("GET", ["users", "@me"]) => ok(self.bot_user.clone()),
            ("GET", ["users", id]) => match parse_id(id).and_then(|id| self.known_user(id)) {
                Some(u) => ok(u),
                None => error(404, 10013, "Unknown User"),
            },
            (_, ["applications", app, "commands", rest @ ..]) => {
                self.commands(method, app, None, rest, body)
            }
            (_, ["applications", app, "guilds", guild, "commands", rest @ ..]) => {
                match parse_id(guild) {
                    Some(g) if self.guild(g).is_some() => {
                        self.commands(method, app, Some(g), rest, body)
                    }
                    _ => error(403, 50001, "Missing Access"),
                }
            }
            ("POST", ["interactions", id, token, "callback"]) => self.callback(id, token, body),
            ("POST", ["webhooks", app, token]) => self.followup(app, token, body),
            (_, ["webhooks", app, token, "messages", message]) => {
                self.webhook_message(method, app, token, message, body)
            }
            ("GET", ["channels", channel]) => {
                match parse_id(channel).and_then(|c| self.channel_json(c)) {
                    Some(c) => ok(c),
                    None => error(404, 10003, "Unknown Channel"),
                }
            }
            ("POST", ["channels", channel, "messages"]) => self.channel_post(channel, body),
            (_, ["channels", channel, "messages", message]) => {
                self.channel_message(method, channel, message, body)
            }
            (_, ["guilds", guild, "bans", user]) => {
                self.ban_route(method, path, guild, user, extras)
            }
            ("GET", ["guilds", guild, "audit-logs"]) => self.audit_log_route(path, guild, extras),
            ("GET", ["guilds", guild, rest @ ..]) => self.guild_get(guild, rest),
            _ => not_found(),
        }
    }

    fn known_user(&self, id: u64) -> Option<Value> {
        if id == self.bot_user_id {
            return Some(self.bot_user.clone());
        }
        self.guilds
            .iter()
            .find_map(|g| g.find_member(id))
            .map(fixtures::member_user)
    }

    fn channel_json(&self, channel_id: u64) -> Option<Value> {
        let g = self.guild_of_channel(channel_id)?;
        g.find_channel(channel_id)
            .map(|c| fixtures::channel(c, g.id, self.bot_user_id))
    }

    fn bot_member(&self, guild_id: u64) -> Option<Value> {
        let g = self.guild(guild_id)?;
        let mut m = fixtures::member(
            &Member::new(self.bot_user_id, "bot").roles(&[g.bot_role_id]),
            false,
        );
        m["user"] = self.bot_user.clone();
        Some(m)
    }

    fn guild_get(&self, guild: &str, rest: &[&str]) -> Answer {
        let Some(g) = parse_id(guild).and_then(|id| self.guild(id)) else {
            return error(404, 10004, "Unknown Guild");
        };
        match rest {
            [] => ok(fixtures::guild(g, &self.bot_user)),
            ["channels"] => ok(json!(
                g.channels
                    .iter()
                    .map(|c| fixtures::channel(c, g.id, self.bot_user_id))
                    .collect::<Vec<_>>()
            )),
            ["roles"] => ok(json!(
                g.roles.iter().map(fixtures::role).collect::<Vec<_>>()
            )),
            ["members", user] => {
                let id = parse_id(user);
                let member = if id == Some(self.bot_user_id) {
                    self.bot_member(g.id)
                } else {
                    id.and_then(|id| g.find_member(id))
                        .map(|m| fixtures::member(m, false))
                };
                match member {
                    Some(mut m) => {
                        m["guild_id"] = json!(g.id.to_string());
                        ok(m)
                    }
                    None => error(404, 10007, "Unknown Member"),
                }
            }
            _ => not_found(),
        }
    }

    // ----- application commands -------------------------------------------------------------

    fn commands(
        &mut self,
        method: &str,
        app: &str,
        scope: Option<u64>,
        rest: &[&str],
        body: Option<&Value>,
    ) -> Answer {
        if parse_id(app) != Some(self.app_id) {
            return error(403, 50001, "Missing Access");
        }
        match (method, rest, body) {
            ("PUT", [], Some(Value::Array(list))) => {
                self.registrations.push(Registration {
                    guild: scope,
                    body: Value::Array(list.clone()),
                });
                let echoed: Vec<Value> = list.iter().map(|c| self.echo_command(scope, c)).collect();
                self.commands.insert(scope, echoed.clone());
                ok(Value::Array(echoed))
            }
            ("POST", [], Some(cmd)) => {
                let echoed = self.echo_command(scope, cmd);
                let list = self.commands.entry(scope).or_default();
                let existing = list.iter().position(|c| c["id"] == echoed["id"]);
                let status = match existing {
                    Some(i) => {
                        list[i] = echoed.clone();
                        200
                    }
                    None => {
                        list.push(echoed.clone());
                        201
                    }
                };
                Answer {
                    status,
                    body: Some(echoed),
                    retry_after: None,
                }
            }
            ("GET", [], _) => ok(Value::Array(
                self.commands.get(&scope).cloned().unwrap_or_default(),
            )),
            (_, [id], _) => {
                let list = self.commands.entry(scope).or_default();
                let Some(i) = list.iter().position(|c| c["id"].as_str() == Some(id)) else {
                    return error(404, 10063, "Unknown application command");
                };
                match (method, body) {
                    ("GET", _) => ok(list[i].clone()),
                    ("DELETE", _) => {
                        list.remove(i);
                        no_content()
                    }
                    ("PATCH", Some(Value::Object(changes))) => {
                        let Value::Object(cmd) = &mut list[i] else {
                            return not_found();
                        };
                        for (k, v) in changes {
                            cmd.insert(k.clone(), v.clone());
                        }
                        ok(list[i].clone())
                    }
                    _ => not_found(),
                }
            }
            _ => not_found(),
        }
    }

    /// A registered command as Discord returns it: what was sent plus ids, version and defaults.
    fn echo_command(&mut self, scope: Option<u64>, cmd: &Value) -> Value {
        let kind = cmd["type"].as_u64().unwrap_or(1);
        let name = cmd["name"].as_str().unwrap_or_default().to_string();
        let id = *self
            .command_ids
            .entry((scope, name.clone(), kind))
            .or_insert_with(next_snowflake);
        let perms = match &cmd["default_member_permissions"] {
            Value::Null => Value::Null,
            Value::String(s) => json!(s),
            other => json!(other.to_string()),
        };
        let mut out = json!({
            "id": id.to_string(),
            "application_id": self.app_id.to_string(),
            "version": next_snowflake().to_string(),
            "default_member_permissions": perms,
            "type": kind,
            "name": name,
            "name_localizations": cmd.get("name_localizations").unwrap_or(&Value::Null),
            "description": cmd["description"].as_str().unwrap_or_default(),
            "description_localizations": cmd.get("description_localizations").unwrap_or(&Value::Null),
            "nsfw": cmd["nsfw"].as_bool().unwrap_or(false),
            "contexts": cmd["contexts"],
            "integration_types": if cmd["integration_types"].is_null() { json!([0]) } else { cmd["integration_types"].clone() },
        });
        if let Some(options) = cmd["options"].as_array().filter(|o| !o.is_empty()) {
            out["options"] = json!(options);
        }
        match scope {
            Some(g) => out["guild_id"] = json!(g.to_string()),
            None => out["dm_permission"] = json!(cmd["dm_permission"].as_bool().unwrap_or(true)),
        }
        out
    }

    // ----- interactions ---------------------------------------------------------------------

    fn callback(&mut self, id: &str, token: &str, body: Option<&Value>) -> Answer {
        let Some(body) = body else {
            return self.protocol_error(
                "POST",
                format!("/api/v10/interactions/{id}/{token}/callback"),
                "",
                "a callback needs a JSON body",
            );
        };
        let Some(rec) = parse_id(id)
            .and_then(|id| self.interactions.get(&id))
            .filter(|r| r.token == token)
        else {
            return error(404, 10062, "Unknown interaction");
        };
        let late = self
            .callback_deadline
            .is_some_and(|d| rec.created.elapsed() > d);
        if late || self.token_expired(rec) {
            return error(404, 10062, "Unknown interaction");
        }
        if !rec.callbacks.is_empty() {
            return error(400, 40060, "Interaction has already been acknowledged.");
        }
        let t = body["type"].as_u64().unwrap_or(0);
        let allowed: &[u64] = match (rec.kind, rec.source_message.is_some()) {
            (2, _) => &[4, 5, 9],
            (3, _) => &[4, 5, 6, 7, 9],
            (4, _) => &[8],
            (5, true) => &[4, 5, 6, 7],
            (5, false) => &[4, 5, 6],
            _ => &[],
        };
        if !allowed.contains(&t) {
            let what = [
                "",
                "",
                "command",
                "component",
                "autocomplete",
                "modal submit",
            ][usize::from(rec.kind.min(5))];
            let path = format!("/api/v10/interactions/{id}/{token}/callback");
            let msg = format!(
                "callback type {t} is not valid for a {what} interaction (allowed: {allowed:?})"
            );
            return self.protocol_error("POST", path, "/type", &msg);
        }
        let iid = rec.id;
        let source = rec.source_message;
        let data = body["data"].clone();
        match t {
            4 => {
                let mid = self.interaction_message(iid, &data, true);
                self.rec(iid).original = Some(mid);
            }
            5 => {
                let flags = LOADING | (data["flags"].as_u64().unwrap_or(0) & EPHEMERAL);
                let mid = self.interaction_message(iid, &json!({"flags": flags}), true);
                if let Some(m) = self.messages.get_mut(&mid) {
                    m.json["flags"] = json!(flags);
                }
                let rec = self.rec(iid);
                rec.original = Some(mid);
                rec.deferred = true;
            }
            6 => self.rec(iid).original = source,
            7 => {
                if let Some(mid) = source {
                    self.edit_message(mid, &data);
                }
                let rec = self.rec(iid);
                rec.original = source;
                rec.edits += 1;
            }
            _ => {}
        }
        let rec = self.rec(iid);
        rec.callbacks.push(body.clone());
        rec.answered_at = Some(tokio::time::Instant::now());
        no_content()
    }

    fn rec(&mut self, id: u64) -> &mut InteractionRec {
        self.interactions.get_mut(&id).expect("interaction exists")
    }

    /// Records a misuse of the API as a violation and answers 400 like Discord.
    fn protocol_error(
        &mut self,
        method: &str,
        path: String,
        pointer: &str,
        message: &str,
    ) -> Answer {
        let v = Violation {
            method: method.into(),
            path,
            pointer: pointer.into(),
            message: message.into(),
        };
        let answer = Answer {
            status: 400,
            body: Some(form_errors(std::slice::from_ref(&v))),
            retry_after: None,
        };
        self.violations.push(v);
        answer
    }

    /// Creates a message sent through an interaction (reply or follow-up) and stores it.
    fn interaction_message(&mut self, iid: u64, body: &Value, original: bool) -> u64 {
        let id = next_snowflake();
        let rec = &self.interactions[&iid];
        let user = fixtures::member_user(&rec.member);
        let channel_id = rec.channel_id;
        let mut m = fixtures::message(id, channel_id, &self.bot_user, body);
        m["webhook_id"] = json!(self.app_id.to_string());
        m["application_id"] = json!(self.app_id.to_string());
        m["type"] = json!(if original && rec.kind == 2 { 20 } else { 0 });
        m["interaction_metadata"] = self.interaction_metadata(iid);
        m["interaction"] =
            json!({"id": rec.id.to_string(), "type": rec.kind, "name": rec.name, "user": user});
        self.store_message(id, channel_id, m);
        id
    }

    /// Discord's `interaction_metadata` of a message answering `iid`: a click names the message
    /// clicked, and a modal submit the interaction that opened the modal (serenity requires
    /// both fields for those types).
    fn interaction_metadata(&self, iid: u64) -> Value {
        let rec = &self.interactions[&iid];
        let mut metadata = json!({
            "id": rec.id.to_string(),
            "type": rec.kind,
            "user": fixtures::member_user(&rec.member),
            "authorizing_integration_owners": {"0": rec.guild_id.to_string()},
            "name": rec.name,
        });
        if rec.kind == 3
            && let Some(source) = rec.source_message
        {
            metadata["interacted_message_id"] = json!(source.to_string());
        }
        if rec.kind == 5
            && let Some(parent) = rec.parent.filter(|p| self.interactions.contains_key(p))
        {
            metadata["triggering_interaction_metadata"] = self.interaction_metadata(parent);
        }
        metadata
    }

    fn store_message(&mut self, id: u64, channel_id: u64, json: Value) {
        self.messages.insert(
            id,
            StoredMessage {
                json,
                channel_id,
                deleted: false,
                updated_at: tokio::time::Instant::now(),
            },
        );
        self.message_order.push(id);
    }

    /// Applies an edit body to a stored message (a deferred one stops "thinking"); returns it.
    fn edit_message(&mut self, id: u64, body: &Value) -> Option<Value> {
        let m = self.messages.get_mut(&id)?;
        fixtures::apply_edit(&mut m.json, body);
        let flags = m.json["flags"].as_u64().unwrap_or(0);
        m.json["flags"] = json!(flags & !LOADING);
        m.updated_at = tokio::time::Instant::now();
        Some(m.json.clone())
    }

    /// The interaction behind a webhook token, or Discord's answer when there is none.
    fn webhook_interaction(&self, app: &str, token: &str) -> Result<u64, Answer> {
        let rec = self
            .tokens
            .get(token)
            .and_then(|id| self.interactions.get(id))
            .filter(|_| parse_id(app) == Some(self.app_id))
            .ok_or_else(|| error(404, 10015, "Unknown Webhook"))?;
        if self.token_expired(rec) {
            return Err(error(401, 50027, "Invalid Webhook Token"));
        }
        if rec.callbacks.is_empty() {
            // Discord only creates the webhook once the interaction is acknowledged.
            return Err(error(404, 10015, "Unknown Webhook"));
        }
        Ok(rec.id)
    }

    fn followup(&mut self, app: &str, token: &str, body: Option<&Value>) -> Answer {
        let iid = match self.webhook_interaction(app, token) {
            Ok(id) => id,
            Err(a) => return a,
        };
        let body = body.cloned().unwrap_or(Value::Null);
        let rec = &self.interactions[&iid];
        // After a deferred reply, the first follow-up replaces the "thinking" message and keeps
        // its ephemeral state (Discord's documented behaviour).
        if let (true, Some(mid)) = (rec.deferred, rec.original) {
            self.rec(iid).deferred = false;
            return match self.edit_message(mid, &body) {
                Some(m) => ok(m),
                None => error(404, 10008, "Unknown Message"),
            };
        }
        let mid = self.interaction_message(iid, &body, false);
        self.rec(iid).followups.push(mid);
        ok(self.messages[&mid].json.clone())
    }

    fn webhook_message(
        &mut self,
        method: &str,
        app: &str,
        token: &str,
        message: &str,
        body: Option<&Value>,
    ) -> Answer {
        let iid = match self.webhook_interaction(app, token) {
            Ok(id) => id,
            Err(a) => return a,
        };
        let rec = &self.interactions[&iid];
        let mid = if message == "@original" {
            rec.original
        } else {
            parse_id(message).filter(|m| rec.original == Some(*m) || rec.followups.contains(m))
        };
        let Some(mid) = mid.filter(|m| self.messages.get(m).is_some_and(|s| !s.deleted)) else {
            return error(404, 10008, "Unknown Message");
        };
        let is_original = rec.original == Some(mid);
        match method {
            "GET" => ok(self.messages[&mid].json.clone()),
            "DELETE" => {
                if let Some(m) = self.messages.get_mut(&mid) {
                    m.deleted = true;
                }
                no_content()
            }
            "PATCH" => {
                let body = body.cloned().unwrap_or(Value::Null);
                let json = self.edit_message(mid, &body).unwrap_or_default();
                if is_original {
                    let rec = self.rec(iid);
                    rec.deferred = false;
                    rec.edits += 1;
                }
                ok(json)
            }
            _ => not_found(),
        }
    }

    // ----- channels -------------------------------------------------------------------------

    fn channel_post(&mut self, channel: &str, body: Option<&Value>) -> Answer {
        let Some((channel_id, perms)) = parse_id(channel).and_then(|c| {
            let g = self.guild_of_channel(c)?;
            Some((c, g.bot_permissions_in(g.find_channel(c)?)))
        }) else {
            return error(404, 10003, "Unknown Channel");
        };
        if perms & permissions::VIEW_CHANNEL == 0 {
            return error(403, 50001, "Missing Access");
        }
        if perms & permissions::SEND_MESSAGES == 0 {
            return error(403, 50013, "Missing Permissions");
        }
        let id = next_snowflake();
        let mut body = body.cloned().unwrap_or(Value::Null);
        if let Some(b) = body.as_object_mut() {
            // Only interaction responses can be ephemeral.
            b.remove("flags");
        }
        let m = fixtures::message(id, channel_id, &self.bot_user, &body);
        self.store_message(id, channel_id, m.clone());
        ok(m)
    }

    fn channel_message(
        &mut self,
        method: &str,
        channel: &str,
        message: &str,
        body: Option<&Value>,
    ) -> Answer {
        let channel_id = parse_id(channel);
        let Some(mid) = parse_id(message).filter(|m| {
            self.messages.get(m).is_some_and(|s| {
                !s.deleted
                    && Some(s.channel_id) == channel_id
                    && s.json["flags"].as_u64().unwrap_or(0) & EPHEMERAL == 0
            })
        }) else {
            return error(404, 10008, "Unknown Message");
        };
        let bot_id = self.bot_user_id.to_string();
        let json = self.messages[&mid].json.clone();
        let own = json["author"]["id"].as_str() == Some(bot_id.as_str());
        match method {
            "GET" => ok(json),
            "PATCH" if own => ok(self
                .edit_message(mid, &body.cloned().unwrap_or(Value::Null))
                .unwrap_or_default()),
            "PATCH" => error(403, 50005, "Cannot edit a message authored by another user"),
            "DELETE" => {
                if let Some(m) = self.messages.get_mut(&mid) {
                    m.deleted = true;
                }
                no_content()
            }
            _ => not_found(),
        }
    }
}
