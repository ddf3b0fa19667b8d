//! A fake Technified API server for tests, the demo and benchmarks.
//!
//! It follows Technified's documented API: envelopes, authentication, guild
//! targeting, quotas and every documented status and message. Where the docs say UNKNOWN the
//! fake picks one behaviour and says so in a comment tagged "Assumption"; the ones a client
//! can observe are listed in [`FakeTechnified`]'s docs.
//!
//! Every clock read goes through `tokio::time`, so tests running with
//! `#[tokio::test(start_paused = true)]` control quotas, fault delays and ban expiry.
//!
//! ```no_run
//! # async fn demo() {
//! use testkit::technified::{Fault, FakeTechnified};
//! let fake = FakeTechnified::start().await;
//! let key = fake.add_key(1234);
//! fake.link(1234, 42, 261, "Shedletsky");
//! fake.fail_next("GET /lookup/discord", Fault::Status(503, "Service Unavailable".into()), 1);
//! // point the client at fake.base_url() and send `X-API-Key: {key}`
//! # let _ = key;
//! # }
//! ```

mod api;
mod reply;
mod state;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::{Extension, Request, State};
use axum::response::Response;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use rand::Rng;
use rand::distr::Alphanumeric;
use serde_json::Value;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::time::{Duration, Instant};

use api::ApiRequest;
use reply::Reply;
use state::{Group, RouteMatcher, Store};

/// Path prefix of every API route, as in the real base URL.
const API_PREFIX: &str = "/api/v1";
/// Request bodies larger than this are recorded as empty; nothing the bot sends comes close.
const MAX_BODY: usize = 1 << 20;

/// A scripted misbehaviour for the next matching requests; see [`FakeTechnified::fail_next`].
///
/// Faults are answered before authentication, quotas and validation (they model a proxy or an
/// outage in front of the API), except [`Fault::Delay`], [`Fault::ApplyThen`] and
/// [`Fault::ApplyThenDrop`], which run the normal handling.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// Answer this status with the error envelope and this message.
    Status(u16, String),
    /// Like `Status`, plus a `details` field with this value.
    StatusWithDetails(u16, String, Value),
    /// Answer this status with an nginx-style `text/html` error page.
    Html(u16),
    /// Answer this status with `application/json` whose body is an envelope cut in half.
    TruncatedJson(u16),
    /// Wait this long (tokio time), then answer normally.
    Delay(Duration),
    /// Read the request, then close the connection without any response.
    Drop,
    /// 429 with `Retry-After: <secs>` and an envelope without `retry_after`.
    RateLimitedHeader(u64),
    /// 429 with `retry_after: <secs>` in the body and no `Retry-After` header.
    RateLimitedBody(u64),
    /// 429 with `Retry-After` as an HTTP-date this far from now (wall clock, rounded up to
    /// the next whole second so the client never computes less than this), no body field.
    RateLimitedHttpDate(Duration),
    /// 200 with a success envelope whose `message` pads the body to this many bytes: a
    /// well-formed answer far larger than any Technified sends.
    Oversized(usize),
    /// Perform the request for real (a write is applied), then answer this status with the
    /// error envelope: the ambiguous write.
    ApplyThen(u16),
    /// Perform the request for real, then close the connection without a response: a write
    /// that timed out after it was sent.
    ApplyThenDrop,
}

/// One request as the fake saw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Recorded {
    /// HTTP method, upper case.
    pub method: String,
    /// Path after `/api/v1` (the full path when the request was not under `/api/v1`).
    pub path: String,
    /// Raw query string, without `?`.
    pub query: Option<String>,
    /// Every header in arrival order, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body parsed as JSON; `None` when empty or not JSON.
    pub body: Option<Value>,
    /// Status answered; 0 while the answer is pending (a `Delay`) and when the connection was
    /// dropped without a response.
    pub status: u16,
    /// When the request arrived.
    pub at: Instant,
    /// The fake's address it arrived on: [`FakeTechnified::addr`], or one opened by
    /// [`FakeTechnified::add_address`].
    pub received_on: SocketAddr,
}

impl Recorded {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An active Roblox ban or mute as stored by the fake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Punishment {
    pub roblox_id: u64,
    pub reason: String,
    /// `moderator_roblox_id` of the request, as a decimal string (the API returns it so).
    pub by: String,
    /// Unix seconds (derived from tokio time, see [`FakeTechnified::unix_now`]).
    pub created_at: u64,
    /// Unix seconds; `None` when permanent.
    pub expires_at: Option<u64>,
    pub is_permanent: bool,
    /// The `duration` string as sent, `None` when omitted.
    pub duration: Option<String>,
}

/// Handle to a running fake Technified server. Cheap to clone; every clone controls the same
/// server. The server runs until [`FakeTechnified::stop`] or until the tokio runtime that
/// started it shuts down.
///
/// Assumptions where the docs say UNKNOWN (all visible to clients, so tests can pin them):
/// - unknown route or method: 404 `"Not found"`, before authentication;
/// - not verified (single lookup, binding test): 404 `"User not found"`;
/// - batch lookup: both or neither ID list: 400; more than 25 IDs: 400
///   `"Too many IDs (max 25)"`;
/// - success `message` only where documented (lookups, ban/mute status); other successes
///   carry no `message`, as the docs' Shield examples;
/// - quota groups: one `lookup` bucket for GET and POST lookups; `POST /bindings/test` is a
///   bindings write; Shield check and batch share `shield`; the WebSocket route has `ws`
///   (10 connects/min). Quotas are counted after authentication and before guild checks;
///   rejected (429) requests do not count;
/// - `details` of a 422 is an array of `{ "field", "message" }`;
/// - a body route with a body that is not `Content-Type: application/json` answers 400;
/// - Shield while suspended: the status set with [`FakeTechnified::shield_offline`] and
///   message `"Shield is suspended"`, after authentication;
/// - a WebSocket handshake (with `Upgrade: websocket`) gets 501, since no event is documented.
#[derive(Clone)]
pub struct FakeTechnified {
    inner: Arc<Inner>,
}

struct Inner {
    addr: SocketAddr,
    store: Mutex<Store>,
    /// Bumped whenever `requests` changes, for `wait_for_requests`.
    seen: watch::Sender<u64>,
    stop: watch::Sender<bool>,
    /// Unix time at `epoch`; unix time now is derived from tokio's clock.
    epoch_unix: u64,
    epoch: Instant,
}

impl std::fmt::Debug for FakeTechnified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeTechnified")
            .field("addr", &self.inner.addr)
            .finish_non_exhaustive()
    }
}

/// Closes the connection it was handed to, for [`Fault::Drop`].
#[derive(Clone)]
struct ConnKill(Arc<Notify>);

impl FakeTechnified {
    /// Binds 127.0.0.1 on a free port and serves on the current tokio runtime.
    ///
    /// # Panics
    /// If no local port can be bound.
    pub async fn start() -> Self {
        let (listener, addr) = bind_local().await;
        let epoch_unix = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let inner = Arc::new(Inner {
            addr,
            store: Mutex::new(Store::default()),
            seen: watch::Sender::new(0),
            stop: watch::Sender::new(false),
            epoch_unix,
            epoch: Instant::now(),
        });
        tokio::spawn(accept_loop(listener, Arc::clone(&inner)));
        FakeTechnified { inner }
    }

    /// `http://127.0.0.1:PORT/api/v1`, the value for `TECHNIFIED_API_URL`.
    pub fn base_url(&self) -> String {
        Self::base_url_of(self.inner.addr)
    }

    /// The base URL (the value for `TECHNIFIED_API_URL`) of one of the fake's addresses.
    pub fn base_url_of(addr: SocketAddr) -> String {
        format!("http://{addr}{API_PREFIX}")
    }

    /// Serves the same API, with the same keys, state, quotas and faults, on one more free
    /// port of 127.0.0.1, and returns that address. Technified is one service; a second
    /// address only lets a test tell two clients apart by the address each was given
    /// ([`Recorded::received_on`]) without changing what they send.
    ///
    /// # Panics
    /// If no local port can be bound.
    pub async fn add_address(&self) -> SocketAddr {
        let (listener, addr) = bind_local().await;
        tokio::spawn(accept_loop(listener, Arc::clone(&self.inner)));
        addr
    }

    /// The bound socket address.
    pub fn addr(&self) -> SocketAddr {
        self.inner.addr
    }

    /// Stops accepting connections on every address and closes open ones (later requests fail
    /// to connect).
    pub fn stop(&self) {
        self.inner.stop.send_replace(true);
    }

    /// Unix seconds as the fake sees them: wall clock at start plus tokio time elapsed since.
    pub fn unix_now(&self) -> u64 {
        self.inner.unix_now()
    }

    /// Issues a fresh active key `technified_<guild>_<32 random alphanumerics>`.
    ///
    /// Assumption: the `<random>` format is UNKNOWN; the 3-keys-per-guild limit is a
    /// dashboard rule and is not enforced here.
    pub fn add_key(&self, guild_id: u64) -> String {
        let random: String = rand::rng()
            .sample_iter(Alphanumeric)
            .take(32)
            .map(char::from)
            .collect();
        let key = format!("technified_{guild_id}_{random}");
        self.inner
            .store()
            .keys
            .insert(key.clone(), (guild_id, true));
        key
    }

    /// Revokes a key; it answers 401 `"Invalid API key for this guild"` from now on.
    pub fn revoke_key(&self, key: &str) {
        if let Some(entry) = self.inner.store().keys.get_mut(key) {
            entry.1 = false;
        }
    }

    /// Verifies `discord_id` as Roblox account `roblox_id` in `guild_id`, replacing any link
    /// of either account in that guild.
    pub fn link(&self, guild_id: u64, discord_id: u64, roblox_id: u64, username: &str) {
        self.inner
            .store()
            .link(guild_id, discord_id, roblox_id, username);
    }

    /// Removes the verification of `discord_id` in `guild_id`.
    pub fn unlink(&self, guild_id: u64, discord_id: u64) {
        self.inner.store().unlink(guild_id, discord_id);
    }

    /// The guild's bindings exactly as `GET /bindings/list` returns them.
    pub fn bindings(&self, guild_id: u64) -> Vec<Value> {
        self.inner.store().bindings_json(guild_id)
    }

    /// Adds a binding as `POST /bindings/add` would (`spec` is that body without
    /// `guild_id`) and returns its id.
    ///
    /// # Panics
    /// If `spec` is not an object or the API would refuse it (invalid, duplicate, or an
    /// invalid Roblox ID).
    pub fn insert_binding(&self, guild_id: u64, spec: Value) -> u64 {
        let Value::Object(spec) = spec else {
            panic!("a binding spec is a JSON object, got {spec}")
        };
        self.inner
            .store()
            .add_binding(guild_id, &spec)
            .unwrap_or_else(|refusal| panic!("binding refused: {}", refusal.describe()))
    }

    /// Name returned as `role_name` for bindings of this Discord role (else `null`).
    pub fn set_role_name(&self, role_id: u64, name: &str) {
        self.inner.store().role_names.insert(role_id, name.into());
    }

    /// Name returned as `group_name` for bindings of this Roblox group (else `null`).
    pub fn set_group_name(&self, group_id: u64, name: &str) {
        self.inner.store().group_names.insert(group_id, name.into());
    }

    /// Roblox group/gamepass/asset/badge IDs that "Roblox" does not know: adding a binding
    /// that targets one answers 400. Replaces the previous set.
    pub fn invalid_roblox_ids(&self, ids: impl IntoIterator<Item = u64>) {
        self.inner.store().invalid_ids = ids.into_iter().collect::<HashSet<_>>();
    }

    /// The rank of a Roblox user in a group, used by `POST /bindings/test` (default 0: not in
    /// the group).
    pub fn set_group_rank(&self, roblox_id: u64, group_id: u64, rank: u8) {
        self.inner
            .store()
            .group_ranks
            .insert((roblox_id, group_id), rank);
    }

    /// Bans `roblox_id` as `POST /moderation/:guildId/roblox/ban` would.
    ///
    /// # Panics
    /// If `duration` is not `<n>s|m|h|d|w` or `permanent`.
    pub fn ban(
        &self,
        guild_id: u64,
        roblox_id: u64,
        reason: &str,
        by: u64,
        duration: Option<&str>,
    ) {
        let now = self.inner.now();
        self.inner
            .store()
            .punish(
                state::Kind::Ban,
                guild_id,
                roblox_id,
                reason,
                by,
                duration,
                now,
            )
            .unwrap_or_else(|_| panic!("invalid duration {duration:?}"));
    }

    /// Mutes `roblox_id` as `POST /moderation/:guildId/roblox/mute` would.
    ///
    /// # Panics
    /// If `duration` is not `<n>s|m|h|d|w` or `permanent`.
    pub fn mute(
        &self,
        guild_id: u64,
        roblox_id: u64,
        reason: &str,
        by: u64,
        duration: Option<&str>,
    ) {
        let now = self.inner.now();
        self.inner
            .store()
            .punish(
                state::Kind::Mute,
                guild_id,
                roblox_id,
                reason,
                by,
                duration,
                now,
            )
            .unwrap_or_else(|_| panic!("invalid duration {duration:?}"));
    }

    /// Active bans of the guild (expired temporary bans are left out), by Roblox ID.
    pub fn bans(&self, guild_id: u64) -> Vec<Punishment> {
        let now = self.inner.now();
        self.inner.store().active(state::Kind::Ban, guild_id, now)
    }

    /// Active mutes of the guild (expired temporary mutes are left out), by Roblox ID.
    pub fn mutes(&self, guild_id: u64) -> Vec<Punishment> {
        let now = self.inner.now();
        self.inner.store().active(state::Kind::Mute, guild_id, now)
    }

    /// How long ban-status and mute-status answers stay cached (default zero: no cache).
    /// A cached answer is served until it is this old unless the query has `no_cache=true`;
    /// writes do not refresh it, so a stale read is possible, as "cached briefly" allows.
    pub fn set_status_cache_ttl(&self, ttl: Duration) {
        let mut store = self.inner.store();
        store.cache_ttl = ttl;
        store.status_cache.clear();
    }

    /// Puts a Roblox user on the global Shield list (`source` is `"technified"`).
    pub fn flag(&self, roblox_id: u64, username: &str, reason: &str, category: &str) {
        let flagged_at = self.inner.unix_now();
        self.inner
            .store()
            .flag(roblox_id, username, reason, category, flagged_at);
    }

    /// Makes every `/shield` call answer `status` with the error envelope, as Shield is
    /// suspended upstream (e.g. 503 or 410).
    ///
    /// # Panics
    /// If `status` is not a valid HTTP status code.
    pub fn shield_offline(&self, status: u16) {
        check_status(status);
        self.inner.store().shield_offline = Some(status);
    }

    /// Undoes [`FakeTechnified::shield_offline`].
    pub fn shield_online(&self) {
        self.inner.store().shield_offline = None;
    }

    /// `true`: `POST /lookup/status` answers the \[OLD\] shape, `data.results` an array of
    /// `{discord_id, verified, roblox_id}` (unverified users with `verified: false` and a
    /// null ID) and no `message`. `false` (default): the \[NEW\] map.
    pub fn batch_shape_array(&self, on: bool) {
        self.inner.store().batch_array = on;
    }

    /// Sets the per-key quota of a group, in requests per sliding 60 s window. Groups and
    /// defaults: `lookup` 60, `bindings_read` 100, `bindings_write` 30, `ban_status` 300,
    /// `mute_status` 300, `moderation_write` 50, `shield` 300, `ws` 10.
    ///
    /// # Panics
    /// On an unknown group name.
    pub fn set_quota(&self, group: &str, per_minute: usize) {
        let group = Group::from_name(group).unwrap_or_else(|| {
            let names: Vec<_> = Group::ALL.iter().map(|g| g.name()).collect();
            panic!("unknown quota group {group:?}; known: {names:?}")
        });
        self.inner.store().quotas.insert(group, per_minute);
    }

    /// Counts every quota over `window` instead of Technified's 60 s, the quotas unchanged: a
    /// benchmark of pacing over many windows, run against a bot told the same window
    /// (`TECHNIFIED_QUOTA_WINDOW_MS`).
    pub fn set_quota_window(&self, window: Duration) {
        self.inner.store().quota_window = Some(window);
    }

    /// How many requests were refused with 429 by quota enforcement (not by faults).
    pub fn rate_limited_count(&self) -> usize {
        self.inner.store().rate_limited
    }

    /// Answers the next `times` requests matching `route` with `fault`.
    ///
    /// `route` is `"METHOD /path-prefix"` (`"GET /lookup/discord"`, `"POST /moderation"`),
    /// matched against the path after `/api/v1`; the method may be `*`, or left out, for
    /// any. Faults queue: the oldest matching one with uses left applies.
    ///
    /// # Panics
    /// On a malformed route or an invalid status code.
    pub fn fail_next(&self, route: &str, fault: Fault, times: usize) {
        if let Fault::Status(s, _)
        | Fault::StatusWithDetails(s, _, _)
        | Fault::Html(s)
        | Fault::TruncatedJson(s)
        | Fault::ApplyThen(s) = fault
        {
            check_status(s);
        }
        let matcher = RouteMatcher::parse(route);
        self.inner.store().faults.push((matcher, fault, times));
    }

    /// Forgets every queued fault.
    pub fn clear_faults(&self) {
        self.inner.store().faults.clear();
    }

    /// Every request seen so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.inner
            .store()
            .requests
            .iter()
            .map(|(_, r)| r.clone())
            .collect()
    }

    /// Forgets recorded requests (quotas and state are kept).
    pub fn clear_requests(&self) {
        self.inner.store().requests.clear();
        self.inner.seen.send_modify(|n| *n += 1);
    }

    /// How many recorded requests match `route` (same syntax as [`FakeTechnified::fail_next`]).
    pub fn count(&self, route: &str) -> usize {
        let matcher = RouteMatcher::parse(route);
        self.inner.matching(&matcher).len()
    }

    /// Waits (tokio time) until at least `n` recorded requests match `route`, and returns
    /// all of them. A request counts as soon as it arrives.
    ///
    /// # Panics
    /// When `timeout` passes first; the message lists every recorded request.
    pub async fn wait_for_requests(
        &self,
        route: &str,
        n: usize,
        timeout: Duration,
    ) -> Vec<Recorded> {
        let matcher = RouteMatcher::parse(route);
        let mut seen = self.inner.seen.subscribe();
        let wait = async {
            loop {
                let matching = self.inner.matching(&matcher);
                if matching.len() >= n {
                    return matching;
                }
                // The sender lives in `inner`, which `self` keeps alive.
                seen.changed()
                    .await
                    .expect("request counter outlives waiters");
            }
        };
        match tokio::time::timeout(timeout, wait).await {
            Ok(matching) => matching,
            Err(_) => {
                let seen: Vec<String> = self
                    .requests()
                    .iter()
                    .map(|r| format!("{} {} -> {}", r.method, r.path, r.status))
                    .collect();
                panic!(
                    "timed out after {timeout:?} waiting for {n} requests matching {route:?}; seen: {seen:#?}"
                )
            }
        }
    }
}

/// A listener on a free port of 127.0.0.1, and its address.
async fn bind_local() -> (TcpListener, SocketAddr) {
    let listener = TcpListener::bind(("127.0.0.1", 0))
        .await
        .expect("bind 127.0.0.1:0 for the fake Technified server");
    let addr = listener
        .local_addr()
        .expect("local address of a bound listener");
    (listener, addr)
}

fn check_status(status: u16) {
    assert!(
        (100..1000).contains(&status),
        "{status} is not an HTTP status code"
    );
}

impl Inner {
    fn store(&self) -> MutexGuard<'_, Store> {
        // A panicking test must not wedge the server for the others sharing it.
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn unix_now(&self) -> u64 {
        self.epoch_unix + self.epoch.elapsed().as_secs()
    }

    fn now(&self) -> state::Now {
        state::Now {
            instant: Instant::now(),
            unix: self.unix_now(),
        }
    }

    fn matching(&self, matcher: &RouteMatcher) -> Vec<Recorded> {
        self.store()
            .requests
            .iter()
            .filter(|(_, r)| matcher.matches(&r.method, &r.path))
            .map(|(_, r)| r.clone())
            .collect()
    }

    fn finish(&self, seq: u64, status: u16) {
        if let Some((_, r)) = self
            .store()
            .requests
            .iter_mut()
            .rev()
            .find(|(s, _)| *s == seq)
        {
            r.status = status;
        }
        self.seen.send_modify(|n| *n += 1);
    }
}

/// The address a connection was accepted on, for [`Recorded::received_on`].
#[derive(Clone, Copy)]
struct ReceivedOn(SocketAddr);

async fn accept_loop(listener: TcpListener, inner: Arc<Inner>) {
    let received_on = listener
        .local_addr()
        .expect("local address of a bound listener");
    let router = Router::new()
        .fallback(handle)
        .layer(Extension(ReceivedOn(received_on)))
        .with_state(Arc::clone(&inner));
    let mut stop = inner.stop.subscribe();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                // A failed accept (e.g. the peer reset) only loses that connection.
                if let Ok((stream, _)) = accepted {
                    // As Technified's servers would: no Nagle delay on small answers.
                    let _ = stream.set_nodelay(true);
                    tokio::spawn(serve_connection(stream, router.clone(), inner.stop.subscribe()));
                }
            }
            _ = stop.wait_for(|stopped| *stopped) => return,
        }
    }
}

async fn serve_connection(stream: TcpStream, router: Router, mut stop: watch::Receiver<bool>) {
    let kill = Arc::new(Notify::new());
    let service = TowerToHyperService::new(router.layer(Extension(ConnKill(Arc::clone(&kill)))));
    let connection =
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    // Dropping the connection future closes the socket, whatever state it is in.
    tokio::select! {
        _ = connection => {}
        () = kill.notified() => {}
        _ = stop.wait_for(|stopped| *stopped) => {}
    }
}

async fn handle(
    State(inner): State<Arc<Inner>>,
    Extension(kill): Extension<ConnKill>,
    Extension(ReceivedOn(received_on)): Extension<ReceivedOn>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, MAX_BODY)
        .await
        .unwrap_or_default();
    let full_path = parts.uri.path();
    let api_path = full_path
        .strip_prefix(API_PREFIX)
        .filter(|rest| rest.starts_with('/'));
    let recorded = Recorded {
        method: parts.method.as_str().to_owned(),
        path: api_path.unwrap_or(full_path).to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: serde_json::from_slice(&body).ok(),
        status: 0,
        at: Instant::now(),
        received_on,
    };
    let (seq, fault) = inner.store().begin(recorded);
    inner.seen.send_modify(|n| *n += 1);

    let request = ApiRequest {
        method: parts.method.as_str(),
        path: api_path,
        query: parts.uri.query(),
        headers: &parts.headers,
        body: &body,
    };
    let respond = || inner.store().respond(&request, inner.now());
    let reply = match fault {
        None => respond(),
        Some(Fault::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            respond()
        }
        Some(Fault::ApplyThen(status)) => {
            respond();
            Reply::error(status, reply::reason(status))
        }
        Some(Fault::Drop) => return drop_connection(&inner, seq, &kill).await,
        Some(Fault::ApplyThenDrop) => {
            respond();
            return drop_connection(&inner, seq, &kill).await;
        }
        Some(other) => Reply::fault(&other),
    };
    inner.finish(seq, reply.status);
    reply.into_response()
}

/// Closes the connection; never returns, as the connection task drops this future.
async fn drop_connection(inner: &Inner, seq: u64, kill: &ConnKill) -> Response {
    inner.finish(seq, 0);
    kill.0.notify_one();
    std::future::pending().await
}
