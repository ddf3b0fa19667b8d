//! Technified REST client. No Discord types here.
//!
//! One [`Client`] serves every guild: each call takes that guild's [`ApiKey`], is paced per
//! (guild, rate-limit group) before it leaves, carries a fresh `X-Request-ID`, and comes
//! back as typed data or one [`ApiError`]. Retrying is the caller's business
//! ([`crate::retry::policy`]); the client only remembers 429 pauses so that no call of that
//! group leaves early.
//!
//! Long on purpose (about 560 lines of code): one short typed method per endpoint, all going
//! through the one `send` path below (pacing, request ID, timeout, body limit, 429 pause), so
//! that no endpoint can skip a step. Routes are in `routes.rs`, models in `model.rs`.

pub mod error;
pub mod key;
pub mod model;
pub mod pacing;
pub mod retry_after;
pub mod routes;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::Url;
use reqwest::header::{ACCEPT, HeaderName, HeaderValue, RETRY_AFTER};
use serde::Serialize;
use serde_json::{Map, Value};
use tokio::time::Instant;

pub use error::{ApiError, ErrorKind};
pub use key::{ApiKey, KeyFormatError};
pub use model::{
    AgePlatform, Binding, BindingRule, BindingTest, Lift, Link, NewBinding, Punish, Punishment,
    PunishmentInfo, PunishmentStatus, ShieldCheck, ShieldFlag,
};
pub use pacing::Pacer;
pub use routes::{Endpoint, GuildIn, Method, RateGroup, Refusal, Route};

use error::{Success, malformed, read_response};
use routes::GuildIn::{Body, Header, Path};

/// Per-request timeout of [`Client::new`] (the Adonis plugin's default too).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// Technified's production API base.
pub const DEFAULT_BASE_URL: &str = "https://api.technified.xyz/api/v1";
/// Longest a call of [`Client::new`] waits for its rate-limit bucket (a read's deadline); see
/// [`Client::waiting_at_most`].
pub const DEFAULT_MAX_PACING_WAIT: Duration = Duration::from_secs(14 * 60);
/// Largest response body read. Technified's largest documented answers (a server's bindings,
/// a batch of 25 lookups) are a few kilobytes; a longer body is malformed, not allocated.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Technified's request headers, named once (reqwest would parse a `&str` name on every call).
const X_API_KEY: HeaderName = HeaderName::from_static("x-api-key");
const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
const X_GUILD_ID: HeaderName = HeaderName::from_static("x-guild-id");
/// How long a group is held after a 429 that names no wait.
const DEFAULT_RATE_LIMIT_PAUSE: Duration = Duration::from_secs(1);
/// Largest integer a JavaScript server reads exactly from a JSON number.
const MAX_SAFE_JSON_INTEGER: u64 = (1 << 53) - 1;

/// The Technified API client. Cheap to clone: clones share the connection pool and the
/// pacing state.
#[derive(Clone, Debug)]
pub struct Client {
    inner: Arc<Inner>,
    /// A call whose bucket would hold it longer fails at once with [`ErrorKind::Paced`].
    max_pacing_wait: Duration,
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    /// The API base, parsed once: each call's URL is a copy with the route's path set, so
    /// that only the path is parsed per call (`None`: not a URL, and every call fails unsent).
    base: Option<Url>,
    pacer: Pacer,
}

/// One request before the guild is filled in.
struct Call {
    endpoint: Endpoint,
    /// Values for the path's placeholders other than `:guildId`, in order.
    params: Vec<u64>,
    query: Vec<(&'static str, String)>,
    body: Option<Map<String, Value>>,
}

impl Call {
    fn new(endpoint: Endpoint) -> Call {
        Call {
            endpoint,
            params: Vec::new(),
            query: Vec::new(),
            body: None,
        }
    }

    fn param(mut self, value: u64) -> Call {
        self.params.push(value);
        self
    }

    fn query(mut self, name: &'static str, value: impl ToString) -> Call {
        self.query.push((name, value.to_string()));
        self
    }

    fn body(mut self, body: Map<String, Value>) -> Call {
        self.body = Some(body);
        self
    }
}

impl Client {
    /// A client for `base_url` (e.g. [`DEFAULT_BASE_URL`]) with a 10 s timeout per request.
    pub fn new(base_url: &str) -> Client {
        Client::with_timeout(base_url, DEFAULT_TIMEOUT)
    }

    pub fn with_timeout(base_url: &str, timeout: Duration) -> Client {
        Client::with_pacer(base_url, timeout, Pacer::new())
    }

    /// Like [`Client::new`], pacing every quota over `quota_window` instead of Technified's
    /// minute ([`Pacer::over`]): tests and benchmarks against a fake only.
    pub fn with_quota_window(base_url: &str, quota_window: Duration) -> Client {
        Client::with_pacer(base_url, DEFAULT_TIMEOUT, Pacer::over(quota_window))
    }

    fn with_pacer(base_url: &str, timeout: Duration, pacer: Pacer) -> Client {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .user_agent(user_agent())
            // A redirect could carry `X-API-Key` to another host; the API never redirects.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            // Building fails only when the TLS backend cannot start: nothing works then.
            .expect("the HTTP client (rustls) could not be initialised");
        Client {
            inner: Arc::new(Inner {
                http,
                base: Url::parse(base_url).ok(),
                pacer,
            }),
            max_pacing_wait: DEFAULT_MAX_PACING_WAIT,
        }
    }

    /// This client (same connections and pacing) with calls waiting at most `max_wait` for
    /// their rate-limit bucket: for a member waiting on a reply, a longer wait is no help.
    pub fn waiting_at_most(&self, max_wait: Duration) -> Client {
        Client {
            inner: self.inner.clone(),
            max_pacing_wait: max_wait,
        }
    }

    /// The pacing state (headroom and 429 pauses, for `/doctor` and `/key status`).
    pub fn pacer(&self) -> &Pacer {
        &self.inner.pacer
    }

    /// The Roblox account linked to a Discord member in the key's guild.
    pub async fn lookup_discord(&self, key: &ApiKey, discord_id: u64) -> Result<Link, ApiError> {
        let call = Call::new(Endpoint::LookupDiscord).param(discord_id);
        self.send(key, call, |s| Link::from_data(&s.data)).await
    }

    /// The Discord member linked to a Roblox account in the key's guild.
    pub async fn lookup_roblox(&self, key: &ApiKey, roblox_id: u64) -> Result<Link, ApiError> {
        let call = Call::new(Endpoint::LookupRoblox).param(roblox_id);
        self.send(key, call, |s| Link::from_data(&s.data)).await
    }

    /// One batch lookup (Technified allows up to 25 IDs); one entry per ID, in the order
    /// asked, `None` for members not verified in this guild. No call for an empty list.
    pub async fn lookup_batch(
        &self,
        key: &ApiKey,
        discord_ids: &[u64],
    ) -> Result<Vec<(u64, Option<Link>)>, ApiError> {
        if discord_ids.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<Value> = discord_ids
            .iter()
            .map(|id| Value::String(id.to_string()))
            .collect();
        let call = Call::new(Endpoint::LookupBatch)
            .body(Map::from_iter([("discord_ids".into(), ids.into())]));
        self.send(key, call, |s| model::batch_from_data(&s.data, discord_ids))
            .await
    }

    /// Every binding of the key's guild. Rows missing an ID or role are left out (and logged).
    pub async fn list_bindings(&self, key: &ApiKey) -> Result<Vec<Binding>, ApiError> {
        let call = Call::new(Endpoint::ListBindings);
        let (bindings, skipped) = self
            .send(key, call, |s| model::bindings_from_data(&s.data))
            .await?;
        if skipped > 0 {
            tracing::warn!(
                guild_id = key.guild_id(),
                skipped,
                "some Technified bindings could not be read and are not shown"
            );
        }
        Ok(bindings)
    }

    /// Sends a write to `endpoint` with `payload` as its JSON body, whose answer says only
    /// that it was done: all a new write of this kind needs beyond its route line.
    pub async fn write(
        &self,
        key: &ApiKey,
        endpoint: Endpoint,
        payload: &impl Serialize,
    ) -> Result<(), ApiError> {
        let call = Call::new(endpoint).body(object_of(payload));
        self.send(key, call, |_| Some(())).await
    }

    pub async fn add_binding(&self, key: &ApiKey, binding: &NewBinding) -> Result<(), ApiError> {
        self.write(key, Endpoint::AddBinding, binding).await
    }

    /// Removes the binding with `id` as listed by [`Client::list_bindings`].
    pub async fn remove_binding(&self, key: &ApiKey, id: &str) -> Result<(), ApiError> {
        let body = Map::from_iter([("id".into(), binding_id_value(id))]);
        let call = Call::new(Endpoint::RemoveBinding).body(body);
        self.send(key, call, |_| Some(())).await
    }

    /// Technified's explanation of whether `discord_id` matches the binding `binding_id`.
    pub async fn test_binding(
        &self,
        key: &ApiKey,
        binding_id: &str,
        discord_id: u64,
    ) -> Result<BindingTest, ApiError> {
        let body = Map::from_iter([
            ("binding_id".into(), binding_id_value(binding_id)),
            ("discord_id".into(), Value::String(discord_id.to_string())),
        ]);
        let call = Call::new(Endpoint::TestBinding).body(body);
        self.send(key, call, |s| {
            BindingTest::from_data(&s.data, s.message.as_deref())
        })
        .await
    }

    /// Whether a Roblox user is banned or muted (`kind`); `place_id` also honours
    /// place-specific punishments, `no_cache` reads live instead of Technified's short cache.
    pub async fn punishment_status(
        &self,
        key: &ApiKey,
        kind: Punishment,
        roblox_id: u64,
        place_id: Option<u64>,
        no_cache: bool,
    ) -> Result<PunishmentStatus, ApiError> {
        let endpoint = match kind {
            Punishment::Ban => Endpoint::BanStatus,
            Punishment::Mute => Endpoint::MuteStatus,
        };
        let call = status_call(endpoint, roblox_id, place_id, no_cache);
        self.send(key, call, |s| PunishmentStatus::from_data(&s.data, kind))
            .await
    }

    pub async fn ban(&self, key: &ApiKey, punish: &Punish) -> Result<(), ApiError> {
        self.write(key, Endpoint::Ban, punish).await
    }

    pub async fn unban(&self, key: &ApiKey, lift: &Lift) -> Result<(), ApiError> {
        self.write(key, Endpoint::Unban, lift).await
    }

    pub async fn mute(&self, key: &ApiKey, punish: &Punish) -> Result<(), ApiError> {
        self.write(key, Endpoint::Mute, punish).await
    }

    pub async fn unmute(&self, key: &ApiKey, lift: &Lift) -> Result<(), ApiError> {
        self.write(key, Endpoint::Unmute, lift).await
    }

    /// Whether Shield flags a Roblox user. Shield is suspended upstream; expect failures.
    pub async fn shield_check(
        &self,
        key: &ApiKey,
        roblox_id: u64,
    ) -> Result<ShieldCheck, ApiError> {
        let call = Call::new(Endpoint::ShieldCheck).param(roblox_id);
        self.send(key, call, |s| ShieldCheck::from_data(&s.data))
            .await
    }

    /// Proves the key with one cheap authenticated read (`GET /bindings/list`).
    pub async fn verify_key(&self, key: &ApiKey) -> Result<(), ApiError> {
        self.send(key, Call::new(Endpoint::ListBindings), |_| Some(()))
            .await
    }

    /// Paces, sends, reads and records one call.
    async fn send<T>(
        &self,
        key: &ApiKey,
        call: Call,
        decode: impl FnOnce(Success) -> Option<T>,
    ) -> Result<T, ApiError> {
        let endpoint = call.endpoint;
        let route = endpoint.route();
        let guild_id = key.guild_id();
        let request_id = new_request_id();

        let pacing = self
            .inner
            .pacer
            .acquire((guild_id, route.group), self.max_pacing_wait)
            .await;
        let waited = match pacing {
            Ok(waited) => waited,
            Err(ready_at) => {
                let ready_in = ready_at - Instant::now();
                metrics::counter!("technified_paced_total", "group" => route.group.name())
                    .increment(1);
                tracing::info!(
                    endpoint = endpoint.name(),
                    guild_id,
                    ready_in_s = ready_in.as_secs(),
                    "Technified call not sent: its rate-limit group is full for too long"
                );
                return Err(ApiError {
                    endpoint,
                    request_id,
                    kind: ErrorKind::Paced { ready_in },
                });
            }
        };
        metrics::histogram!("technified_pacing_wait_seconds", "group" => route.group.name())
            .record(waited.as_secs_f64());

        let started = Instant::now();
        let sent = match self.build(key, &request_id, call) {
            Some(request) => exchange(request).await,
            None => Err(ErrorKind::Transport {
                timeout: false,
                sent: false,
            }),
        };
        let result = match sent {
            Ok((status, retry_after, body)) => {
                read_response(status, retry_after.as_deref(), &body, SystemTime::now())
                    .and_then(|success| decode(success).ok_or_else(|| malformed(status, &body)))
                    .map(|value| (status, value))
                    .map_err(|kind| (kind, retry_after))
            }
            Err(kind) => Err((kind, None)),
        };
        let elapsed = started.elapsed();
        let name = endpoint.name();
        metrics::histogram!("technified_call_seconds", "endpoint" => name)
            .record(elapsed.as_secs_f64());
        let latency_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);

        let (mut kind, retry_after_header) = match result {
            Ok((status, value)) => {
                let label = status.to_string();
                metrics::counter!("technified_calls_total", "endpoint" => name, "status" => label)
                    .increment(1);
                tracing::debug!(
                    endpoint = name,
                    status,
                    guild_id,
                    %request_id,
                    latency_ms,
                    "Technified call succeeded"
                );
                return Ok(value);
            }
            Err(failure) => failure,
        };
        kind.redact(key.expose(), &key.masked());
        let label = status_label(&kind);
        metrics::counter!("technified_calls_total", "endpoint" => name, "status" => label.clone())
            .increment(1);
        if kind.status() == Some(429) {
            self.hold_group(guild_id, route.group, &kind, retry_after_header.as_deref());
            metrics::counter!("technified_rate_limited_total", "endpoint" => name).increment(1);
        }
        let error = ApiError {
            endpoint,
            request_id,
            kind,
        };
        let refused =
            matches!(error.kind, ErrorKind::Api { status, .. } if status < 500 && status != 429);
        if refused {
            tracing::info!(
                endpoint = name,
                status = label,
                guild_id,
                request_id = %error.request_id,
                latency_ms,
                %error,
                "Technified refused a call"
            );
        } else {
            tracing::warn!(
                endpoint = name,
                status = label,
                guild_id,
                request_id = %error.request_id,
                latency_ms,
                %error,
                "Technified call failed"
            );
        }
        Err(error)
    }

    /// The request for `call`; `None` when the base URL is not one.
    fn build(&self, key: &ApiKey, request_id: &str, call: Call) -> Option<reqwest::RequestBuilder> {
        let route = call.endpoint.route();
        let guild_id = key.guild_id();
        let url = call_url(self.inner.base.as_ref()?, route, guild_id, &call);
        let http = &self.inner.http;
        let mut request = match route.method {
            Method::Get => http.get(url),
            Method::Post => http.post(url),
        };
        let mut api_key = HeaderValue::from_str(key.expose())
            .expect("ApiKey::parse admits only ASCII letters, digits, '_' and '-'");
        api_key.set_sensitive(true);
        request = request
            .header(X_API_KEY, api_key)
            .header(X_REQUEST_ID, request_id)
            .header(ACCEPT, HeaderValue::from_static("application/json"));
        match route.guild_in {
            Header => request = request.header(X_GUILD_ID, guild_id),
            Body => {
                request = request.header(X_GUILD_ID, guild_id);
                let mut body = call.body.unwrap_or_default();
                body.insert("guild_id".into(), Value::String(guild_id.to_string()));
                return Some(request.json(&body));
            }
            Path => {}
        }
        Some(match call.body {
            Some(body) => request.json(&body),
            None => request,
        })
    }

    /// After a 429, no call of that guild's group leaves before Technified's stated time.
    fn hold_group(
        &self,
        guild_id: u64,
        group: RateGroup,
        kind: &ErrorKind,
        retry_after_header: Option<&str>,
    ) {
        let header_wait = retry_after_header
            .and_then(|value| retry_after::parse_retry_after(value, SystemTime::now()));
        let body_wait = match kind {
            ErrorKind::Api { retry_after, .. } => *retry_after,
            _ => None,
        };
        let wait = header_wait
            .or(body_wait)
            .unwrap_or(DEFAULT_RATE_LIMIT_PAUSE);
        self.inner
            .pacer
            .pause_until((guild_id, group), Instant::now() + wait);
    }
}

/// `base` with the route's path after the base's own (a trailing slash of the base dropped)
/// and the call's query, if any.
fn call_url(base: &Url, route: Route, guild_id: u64, call: &Call) -> Url {
    let base_path = base.path().trim_end_matches('/');
    let mut path = String::with_capacity(base_path.len() + route.path.len() + 40);
    path.push_str(base_path);
    route.render_onto(&mut path, guild_id, &call.params);
    let mut url = base.clone();
    url.set_path(&path);
    if !call.query.is_empty() {
        url.set_query(None);
        url.query_pairs_mut().extend_pairs(&call.query);
    }
    url
}

fn status_call(endpoint: Endpoint, roblox_id: u64, place_id: Option<u64>, no_cache: bool) -> Call {
    let mut call = Call::new(endpoint).param(roblox_id);
    if let Some(place_id) = place_id {
        call = call.query("place_id", place_id);
    }
    if no_cache {
        call = call.query("no_cache", "true");
    }
    call
}

/// Sends the request and reads the whole answer: `(status, Retry-After header, body)`.
async fn exchange(
    request: reqwest::RequestBuilder,
) -> Result<(u16, Option<String>, Vec<u8>), ErrorKind> {
    let response = request.send().await.map_err(|error| ErrorKind::Transport {
        timeout: error.is_timeout(),
        // A failed connect (or a request that could not be built) never reached Technified.
        sent: !(error.is_connect() || error.is_builder()),
    })?;
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let body = read_capped(response, MAX_BODY_BYTES).await?;
    Ok((status, retry_after, body))
}

/// The body, read in chunks; one longer than `cap` is malformed (its start kept as the snippet).
async fn read_capped(mut response: reqwest::Response, cap: usize) -> Result<Vec<u8>, ErrorKind> {
    let status = response.status().as_u16();
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|error| ErrorKind::Transport {
            timeout: error.is_timeout(),
            sent: true,
        })?
    {
        if body.len() + chunk.len() > cap {
            let start = if body.is_empty() {
                &chunk[..]
            } else {
                &body[..]
            };
            // Enough bytes for the snippet's characters (at most 4 bytes each).
            let start = &start[..start.len().min(error::SNIPPET_CHARS * 4)];
            return Err(malformed(status, start));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The metrics label of a failure: its status code, or what went wrong when there is none.
fn status_label(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::Api { status, .. } => status.to_string(),
        ErrorKind::Malformed { .. } => "malformed".into(),
        ErrorKind::Transport { timeout: true, .. } => "timeout".into(),
        ErrorKind::Transport { .. } => "transport".into(),
        ErrorKind::Paced { .. } => "paced".into(),
    }
}

/// Binding IDs are sent back in the JSON type they most likely came in: [OLD] lists them as
/// numbers, so a plain integer that JavaScript reads exactly goes as a number, anything else
/// as a string.
fn binding_id_value(id: &str) -> Value {
    match id.parse::<u64>() {
        Ok(n) if n <= MAX_SAFE_JSON_INTEGER && n.to_string() == id => Value::from(n),
        _ => Value::String(id.to_owned()),
    }
}

/// A request type as a JSON object. Every type passed here serialises to an object (tested
/// in `model`), so the empty fallback is unreachable in practice.
fn object_of(value: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(object)) => object,
        _ => Map::new(),
    }
}

/// A random UUIDv4-formatted ID for `X-Request-ID`.
fn new_request_id() -> String {
    request_id_of(rand::random())
}

/// `random` as a UUIDv4, written digit by digit: one allocation on every call's path.
fn request_id_of(random: u128) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bits = (random & !(0xf << 76) & !(0x3 << 62)) | (0x4 << 76) | (0x2 << 62);
    let mut id = String::with_capacity(36);
    for i in 0..32 {
        if matches!(i, 8 | 12 | 16 | 20) {
            id.push('-');
        }
        let digit = (bits >> (124 - 4 * i)) & 0xf;
        id.push(char::from(HEX[digit as usize]));
    }
    id
}

fn user_agent() -> String {
    let version = env!("CARGO_PKG_VERSION");
    match env!("CARGO_PKG_REPOSITORY") {
        "" => format!("technified-bot/{version}"),
        repository => format!("technified-bot/{version} (+{repository})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_fresh_uuid_v4() {
        let a = new_request_id();
        let b = new_request_id();
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        let groups: Vec<_> = a.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert_eq!(&a[14..15], "4");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"), "{a}");
    }

    #[test]
    fn request_ids_carry_the_random_bits() {
        assert_eq!(
            request_id_of(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef),
            "01234567-89ab-4def-8123-456789abcdef"
        );
        assert_eq!(
            request_id_of(u128::MAX),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
    }

    #[test]
    fn binding_ids_keep_their_likely_type() {
        assert_eq!(binding_id_value("12"), Value::from(12));
        assert_eq!(binding_id_value("b12"), Value::from("b12"));
        assert_eq!(binding_id_value("012"), Value::from("012"));
        assert_eq!(
            binding_id_value("123456789012345678"),
            Value::from("123456789012345678")
        );
    }

    #[test]
    fn status_labels() {
        assert_eq!(
            status_label(&ErrorKind::Transport {
                timeout: true,
                sent: true
            }),
            "timeout"
        );
        assert_eq!(
            status_label(&ErrorKind::Transport {
                timeout: false,
                sent: false
            }),
            "transport"
        );
        assert_eq!(status_label(&malformed(502, b"<html>")), "malformed");
    }

    #[test]
    fn user_agent_names_the_bot_and_version() {
        assert!(user_agent().starts_with(concat!("technified-bot/", env!("CARGO_PKG_VERSION"))));
    }
}
