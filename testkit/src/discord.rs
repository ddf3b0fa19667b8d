//! A fake Discord (REST under `/api/v10` and a plain `ws://` gateway) on 127.0.0.1 for end-to-end
//! tests of the bot, with a driver that reads like a member's session.
//!
//! ```no_run
//! # async fn demo() {
//! use std::time::Duration;
//! use serde_json::json;
//! use testkit::discord::{FakeDiscord, FakeGuild, Member, permissions::MANAGE_GUILD};
//!
//! let discord = FakeDiscord::start().await;
//! discord.add_guild(FakeGuild::new(111, "Test Server"));
//! // start the bot with HttpBuilder::proxy(discord.api_url()) + ratelimiter_disabled(true)
//! discord.wait_commands_registered(Duration::from_secs(30)).await;
//! let alice = Member::new(222, "alice").permissions(MANAGE_GUILD);
//! let lookup = discord.command(111, &alice, "lookup discord", json!({"user": "333"}));
//! let reply = lookup.final_message(Duration::from_secs(10)).await;
//! assert!(reply.ephemeral());
//! assert!(reply.embed_text().contains("not verified"));
//! discord.assert_conformant();
//! # }
//! ```
//!
//! Moderation ([`FakeDiscord::ban_as_moderator`], the ban and audit-log routes and events, which
//! only reach sessions that identified with [`intents::GUILD_MODERATION`]) and files
//! ([`FakeDiscord::attachment`] for Attachment options, multipart uploads read back with
//! [`SeenMessage::files`]) behave as Discord's do, refusals and limits included.
//!
//! Every wait is bounded and panics with an account of what the fake received. Every JSON body
//! the bot sends is checked by [`crate::conformance`]; a broken one is answered with Discord's
//! 400 Invalid Form Body, recorded, and makes the next wait (or [`FakeDiscord::assert_conformant`])
//! fail the test.

mod attachments;
mod driver;
pub mod fixtures;
mod gateway;
mod ids;
mod model;
mod moderation;
mod rest;
mod state;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use axum::serve::ListenerExt;
use serde_json::Value;
use tokio::task::JoinHandle;

pub use attachments::{FakeFile, MAX_FILES};
pub use driver::{Interaction, Reply, SeenMessage};
pub use gateway::IDENTIFY_WINDOW;
pub use ids::next_snowflake;
pub use model::{
    Choice, DiscordFault, FakeChannel, FakeGuild, FakeRole, Member, Overwrite, RecordedRequest,
    permissions,
};
pub use moderation::{AuditEvent, FakeBan, audit_action, intents};
pub use state::GUILDS_PER_SHARD;

use crate::conformance::{self, Violation};
pub use state::GatewayMode;
use state::{FaultRule, GatewayState, Inner, RouteMatch, State};

/// How long waits take by default before they fail the test.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a fake member takes by default to click a button or submit a modal after seeing it.
pub const REACTION_TIME: Duration = Duration::from_millis(250);
/// The largest request body the fake reads (uploads above Discord's limit get its 413).
const UPLOAD_BODY_MAX: usize = 64 * 1024 * 1024;
/// Discord's interaction token lifetime.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(15 * 60);

/// The fake Discord server. Dropping it stops the server and closes the gateway.
pub struct FakeDiscord {
    inner: Arc<Inner>,
    port: u16,
    server: JoinHandle<()>,
}

impl FakeDiscord {
    /// Starts the fake on 127.0.0.1 with a fresh application and bot user and no guilds.
    pub async fn start() -> Self {
        // Parse the spec now rather than on the first request, inside the state lock.
        conformance::spec();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("fake discord: bind 127.0.0.1:0");
        let port = listener
            .local_addr()
            .expect("fake discord: local address")
            .port();
        let bot_user_id = next_snowflake();
        let state = State {
            started: std::time::Instant::now(),
            port,
            app_id: bot_user_id,
            bot_user_id,
            bot_user: fixtures::user(bot_user_id, "Technified", Some("Technified"), true),
            owner: fixtures::user(next_snowflake(), "owner", Some("Owner"), false),
            guilds: Vec::new(),
            requests: Vec::new(),
            violations: Vec::new(),
            faults: Vec::new(),
            holds: Vec::new(),
            held: Vec::new(),
            registrations: Vec::new(),
            commands: BTreeMap::new(),
            command_ids: HashMap::new(),
            interactions: HashMap::new(),
            tokens: HashMap::new(),
            messages: HashMap::new(),
            message_order: Vec::new(),
            token_ttl: TOKEN_LIFETIME,
            expired_tokens: HashSet::new(),
            callback_deadline: None,
            reaction_time: REACTION_TIME,
            gateway: GatewayState::default(),
            moderation: Default::default(),
            files: Default::default(),
        };
        let inner = Arc::new(Inner::new(state));
        let app = Router::new()
            .route("/ws", get(gateway::upgrade))
            .route("/attachments/{a}/{id}/{filename}", get(attachments::cdn))
            .route(
                "/ephemeral-attachments/{a}/{id}/{filename}",
                get(attachments::cdn),
            )
            .fallback(rest::handle)
            // Room for uploads above Discord's limit, so the fake answers them as Discord does.
            .layer(DefaultBodyLimit::max(UPLOAD_BODY_MAX))
            .with_state(Arc::clone(&inner));
        let server = tokio::spawn(async move {
            // Without TCP_NODELAY, hundreds of small gateway frames a second wait for ACKs.
            let listener = listener.tap_io(|stream| {
                let _ = stream.set_nodelay(true);
            });
            axum::serve(listener, app)
                .await
                .expect("fake discord: server failed");
        });
        Self {
            inner,
            port,
            server,
        }
    }

    /// What the bot passes to serenity's `HttpBuilder::proxy` (with `ratelimiter_disabled(true)`).
    pub fn api_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The gateway address that `GET /api/v10/gateway` hands out.
    pub fn gateway_url(&self) -> String {
        format!("ws://127.0.0.1:{}/ws", self.port)
    }

    /// The bot's application id (as in READY; Discord uses the bot user's id).
    pub fn application_id(&self) -> u64 {
        self.inner.lock().app_id
    }

    pub fn bot_user_id(&self) -> u64 {
        self.inner.lock().bot_user_id
    }

    // ----- setup ----------------------------------------------------------------------------

    /// Adds (or replaces) a guild. After the bot has connected, it also gets a GUILD_CREATE.
    pub fn add_guild(&self, guild: FakeGuild) {
        self.add_guilds([guild]);
    }

    /// Adds (or replaces) many guilds at once, as [`Self::add_guild`] does one: tens of
    /// thousands cost one pass over the known guilds, not one pass each.
    pub fn add_guilds(&self, guilds: impl IntoIterator<Item = FakeGuild>) {
        let guilds: Vec<FakeGuild> = guilds.into_iter().collect();
        let ids: HashSet<u64> = guilds.iter().map(|g| g.id).collect();
        self.inner.update(|s| {
            s.guilds.retain(|g| !ids.contains(&g.id));
            for guild in guilds {
                if s.gateway.readies > 0 {
                    let create = fixtures::guild_create(&guild, &s.bot_user);
                    s.dispatch("GUILD_CREATE", create);
                }
                s.guilds.push(guild);
            }
        });
    }

    /// Removes the bot from a guild, as a kick or the guild's deletion would: the guild is
    /// forgotten and the bot gets a GUILD_DELETE without `unavailable`.
    pub fn remove_guild(&self, id: u64) {
        self.inner.update(|s| {
            s.guilds.retain(|g| g.id != id);
            s.dispatch("GUILD_DELETE", fixtures::guild_delete(id, false));
        });
    }

    /// A guild goes down for Discord (an outage): the bot gets a GUILD_DELETE with
    /// `unavailable: true` and stays in the guild.
    pub fn guild_outage(&self, id: u64) {
        self.inner
            .update(|s| s.dispatch("GUILD_DELETE", fixtures::guild_delete(id, true)));
    }

    /// The guild as the fake currently knows it (members who used commands are added).
    pub fn guild(&self, id: u64) -> Option<FakeGuild> {
        self.inner.lock().guild(id).cloned()
    }

    /// Adds a member to a guild, so user options and member lookups resolve to them.
    pub fn add_member(&self, guild_id: u64, member: Member) {
        self.inner.update(|s| {
            let g = s
                .guild_mut(guild_id)
                .unwrap_or_else(|| panic!("fake discord: guild {guild_id} was not added"));
            g.members.retain(|m| m.user_id != member.user_id);
            g.members.push(member);
        });
    }

    /// Interaction tokens older than this are expired (default 15 minutes, tokio's clock):
    /// webhook calls answer 401 50027 Invalid Webhook Token, callbacks 404 10062.
    pub fn expire_tokens_after(&self, ttl: Duration) {
        self.inner.update(|s| s.token_ttl = ttl);
    }

    /// Expires one interaction token now.
    pub fn expire_token(&self, token: &str) {
        self.inner.update(|s| {
            s.expired_tokens.insert(token.to_string());
        });
    }

    /// Enforces Discord's deadline for the first response (3 s on Discord): a later callback
    /// gets 404 10062 Unknown interaction. Off by default so slow CI machines do not flake.
    pub fn require_callback_within(&self, deadline: Duration) {
        self.inner.update(|s| s.callback_deadline = Some(deadline));
    }

    /// How long members take to click or submit after the message or modal appeared (default
    /// [`REACTION_TIME`]); the event is sent then, the test does not block. A bot awaiting a
    /// serenity collector needs a moment to register it after its HTTP call returns, as with
    /// real people.
    pub fn reaction_time(&self, delay: Duration) {
        self.inner.update(|s| s.reaction_time = delay);
    }

    /// The next `times` requests whose path (after `/api/v10`) starts with `route` get `fault`
    /// instead of being served. `route` may start with a method: `"POST /channels/"`.
    pub fn fail_next(&self, route: &str, fault: DiscordFault, times: usize) {
        let route = RouteMatch::parse(route);
        self.inner.update(|s| {
            s.faults.push(FaultRule {
                route,
                fault,
                remaining: times,
            })
        });
    }

    /// Requests matching `route` (as in [`Self::fail_next`]) get no answer until
    /// [`Self::release`]: a slow route, such as a log channel under Discord's rate limit in a
    /// raid, without any wall-clock wait. They are recorded when they are finally served.
    pub fn hold(&self, route: &str) {
        let route = RouteMatch::parse(route);
        self.inner.update(|s| s.holds.push(route));
    }

    /// Lets the requests held on `route` through, and later ones pass at once.
    pub fn release(&self, route: &str) {
        let route = RouteMatch::parse(route);
        self.inner.update(|s| s.holds.retain(|h| *h != route));
    }

    /// Waits until a request matching `route` is being held; returns its path.
    pub async fn wait_held(&self, route: &str, timeout: Duration) -> String {
        let route = RouteMatch::parse(route);
        self.inner
            .wait_for(timeout, "a held request", |s| {
                s.held.iter().find_map(|(method, path)| {
                    let after = path.strip_prefix("/api/v10").unwrap_or(path);
                    route.matches(method, after).then(|| path.clone())
                })
            })
            .await
    }

    /// Closes every live gateway connection (one per connected shard) with `code` (e.g. 4000:
    /// serenity resumes; 4009: session timed out, it identifies again). Panics when none is live.
    pub fn close_gateway(&self, code: u16) {
        self.inner.update(|s| {
            let live = s.gateway.live_conns();
            if live.is_empty() {
                panic!(
                    "fake discord: no live gateway connection to close\n{}",
                    s.report()
                );
            }
            s.gateway
                .close_requests
                .extend(live.into_iter().map(|conn| (conn, code)));
        });
    }

    /// Changes how the gateway treats new connections from now on (the live one is kept; close
    /// it with [`Self::close_gateway`]).
    pub fn gateway_mode(&self, mode: GatewayMode) {
        // A port bound and released at once: nothing listens there, so connections are refused.
        let refused_port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("fake discord: bind 127.0.0.1:0")
            .port();
        self.inner.update(|s| {
            s.gateway.mode = mode;
            s.gateway.refused_port = refused_port;
        });
    }

    /// Requests that reached the gateway address, whatever [`GatewayMode`] did with them.
    pub fn gateway_attempts(&self) -> usize {
        self.inner.lock().gateway.attempts
    }

    /// The shard count `GET /gateway/bot` recommends (default 1). After a 4011 close the fake
    /// raises it to a count where every shard fits, as Discord does.
    pub fn recommend_shards(&self, shards: u32) {
        self.inner
            .update(|s| s.gateway.sharding.recommended = shards.max(1));
    }

    /// `session_start_limit.max_concurrency` of `GET /gateway/bot` (default 1): IDENTIFYs are
    /// allowed one per 5 s per bucket `shard_id % max_concurrency`.
    pub fn max_concurrency(&self, buckets: u32) {
        self.inner
            .update(|s| s.gateway.sharding.max_concurrency = buckets.max(1));
    }

    /// The most servers one shard may carry before IDENTIFY is closed with 4011 (Discord:
    /// [`GUILDS_PER_SHARD`]); small values let a test provoke 4011 with a few servers.
    pub fn guilds_per_shard(&self, limit: usize) {
        self.inner
            .update(|s| s.gateway.sharding.guilds_per_shard = limit);
    }

    /// How long a bucket waits between two IDENTIFYs (Discord: [`IDENTIFY_WINDOW`]); zero lets a
    /// test that is not about the rate identify again at once.
    pub fn identify_window(&self, window: Duration) {
        self.inner
            .update(|s| s.gateway.sharding.identify_window = window);
    }

    /// The heartbeat interval HELLO announces (default 41.25 s, as Discord): shorter makes the
    /// bot measure its gateway latency sooner.
    pub fn heartbeat_interval(&self, interval: Duration) {
        self.inner
            .update(|s| s.gateway.heartbeat_interval = interval);
    }

    /// Makes RESUME fail with op 9 (invalid session), so the bot has to IDENTIFY again.
    pub fn reject_resume(&self, reject: bool) {
        self.inner.update(|s| s.gateway.reject_resume = reject);
    }

    /// Queues a raw gateway dispatch (`t` such as `GUILD_MEMBER_UPDATE`, `d` its payload).
    pub fn dispatch(&self, t: &str, d: Value) {
        self.inner.update(|s| s.dispatch(t, d));
    }

    // ----- waits ----------------------------------------------------------------------------

    /// Waits until the bot identified and got READY; returns its IDENTIFY payload.
    pub async fn wait_ready(&self, timeout: Duration) -> Value {
        self.inner
            .wait_for(timeout, "the bot to IDENTIFY and receive READY", |s| {
                (s.gateway.readies > 0)
                    .then(|| s.gateway.identifies.last().cloned().unwrap_or_default())
            })
            .await
    }

    /// Waits until every shard of `total` has a live session (READY received, not closed).
    pub async fn wait_shards_connected(&self, total: u32, timeout: Duration) {
        self.inner
            .wait_for(
                timeout,
                &format!("all {total} shard(s) of {total} connected"),
                |s| {
                    let live = s
                        .gateway
                        .sessions
                        .values()
                        .filter(|sess| sess.conn.is_some() && sess.shard[1] == total)
                        .count();
                    (live == total as usize).then_some(())
                },
            )
            .await
    }

    /// Waits until `n` gateway sessions started or resumed in total (READY + RESUMED sent):
    /// after [`Self::close_gateway`], `wait_sessions(2, ..)` waits for the reconnect.
    pub async fn wait_sessions(&self, n: usize, timeout: Duration) {
        self.inner
            .wait_for(
                timeout,
                &format!("{n} gateway session(s) (READY or RESUMED)"),
                |s| (s.gateway.readies + s.gateway.resumed >= n).then_some(()),
            )
            .await
    }

    /// Waits for the first non-empty command registration (global or guild PUT) and returns the
    /// body the bot sent.
    pub async fn wait_commands_registered(&self, timeout: Duration) -> Value {
        self.inner
            .wait_for(
                timeout,
                "the bot to register its commands (PUT .../commands)",
                |s| {
                    s.registrations
                        .iter()
                        .find(|r| r.body.as_array().is_some_and(|a| !a.is_empty()))
                        .map(|r| r.body.clone())
                },
            )
            .await
    }

    /// Waits for a request with this method whose path (after `/api/v10`) starts with `prefix`.
    pub async fn wait_request(
        &self,
        method: &str,
        prefix: &str,
        timeout: Duration,
    ) -> RecordedRequest {
        let full = format!(
            "/api/v10{}",
            prefix.strip_prefix("/api/v10").unwrap_or(prefix)
        );
        self.inner
            .wait_for(timeout, &format!("a request {method} {full}..."), |s| {
                s.requests
                    .iter()
                    .find(|r| r.method == method && r.path.starts_with(&full))
                    .cloned()
            })
            .await
    }

    /// Waits until `channel_id` holds at least `n` visible messages; returns them all.
    pub async fn wait_channel_messages(
        &self,
        channel_id: u64,
        n: usize,
        timeout: Duration,
    ) -> Vec<SeenMessage> {
        let ids = self
            .inner
            .wait_for(
                timeout,
                &format!("{n} message(s) in channel {channel_id}"),
                |s| {
                    let ids = driver::channel_message_ids(s, channel_id);
                    (ids.len() >= n).then_some(ids)
                },
            )
            .await;
        driver::seen(&self.inner, &ids)
    }

    // ----- what happened --------------------------------------------------------------------

    /// Every REST request so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.inner.lock().requests.clone()
    }

    /// Requests the fake does not serve (answered 404 with Discord's code 0).
    pub fn unmatched_requests(&self) -> Vec<RecordedRequest> {
        let s = self.inner.lock();
        s.requests
            .iter()
            .filter(|r| r.status == 404 && r.response.as_ref().is_some_and(|b| b["code"] == 0))
            .cloned()
            .collect()
    }

    /// Visible (non-ephemeral, not deleted) messages in a channel, oldest first: log-channel
    /// posts and public interaction replies alike.
    pub fn channel_messages(&self, channel_id: u64) -> Vec<SeenMessage> {
        let ids = driver::channel_message_ids(&self.inner.lock(), channel_id);
        driver::seen(&self.inner, &ids)
    }

    /// Commands registered in a scope (`None` = global) as the fake echoed them.
    pub fn registered_commands(&self, guild: Option<u64>) -> Vec<Value> {
        self.inner
            .lock()
            .commands
            .get(&guild)
            .cloned()
            .unwrap_or_default()
    }

    /// Every registration PUT: (guild or `None` for global, body sent).
    pub fn registrations(&self) -> Vec<(Option<u64>, Value)> {
        self.inner
            .lock()
            .registrations
            .iter()
            .map(|r| (r.guild, r.body.clone()))
            .collect()
    }

    pub fn identifies(&self) -> Vec<Value> {
        self.inner.lock().gateway.identifies.clone()
    }

    /// `[shard_id, num_shards]` of every IDENTIFY, in order (`[0, 1]` when none was sent).
    pub fn identified_shards(&self) -> Vec<[u32; 2]> {
        self.identifies()
            .iter()
            .map(|d| {
                let n = |i: usize| d["shard"][i].as_u64().unwrap_or(0) as u32;
                if d["shard"].is_null() {
                    [0, 1]
                } else {
                    [n(0), n(1)]
                }
            })
            .collect()
    }

    /// IDENTIFYs answered with op 9 Invalid Session for coming faster than their bucket allows.
    pub fn rate_limited_identifies(&self) -> usize {
        self.inner.lock().gateway.sharding.rate_limited
    }

    /// Connections closed with 4011 Sharding required.
    pub fn sharding_required_closes(&self) -> usize {
        self.inner.lock().gateway.sharding.sharding_required
    }

    pub fn resumes(&self) -> Vec<Value> {
        self.inner.lock().gateway.resumes.clone()
    }

    pub fn heartbeats(&self) -> usize {
        self.inner.lock().gateway.heartbeats
    }

    /// Conformance violations recorded so far.
    pub fn violations(&self) -> Vec<Violation> {
        self.inner.lock().violations.clone()
    }

    /// Panics listing every conformance violation, if any.
    pub fn assert_conformant(&self) {
        self.inner.lock().panic_on_violations();
    }

    /// A human-readable account of everything the fake received.
    pub fn report(&self) -> String {
        self.inner.lock().report()
    }

    // ----- acting as members ----------------------------------------------------------------

    /// `member` runs the slash command `path` ("lookup discord", "bindings add group-rank") in
    /// the guild's first text channel. `options` is a JSON object of option name → value; each
    /// option's type comes from the command tree the bot registered. Panics clearly if the
    /// command or an option is not registered, or Discord's client would refuse the values.
    pub fn command(
        &self,
        guild_id: u64,
        member: &Member,
        path: &str,
        options: Value,
    ) -> Interaction {
        driver::command(&self.inner, guild_id, None, member, path, &options)
    }

    /// Like [`Self::command`], in a given channel.
    pub fn command_in(
        &self,
        guild_id: u64,
        channel_id: u64,
        member: &Member,
        path: &str,
        options: Value,
    ) -> Interaction {
        driver::command(
            &self.inner,
            guild_id,
            Some(channel_id),
            member,
            path,
            &options,
        )
    }

    /// `member` runs command `name` with `options` (Discord's option array, with types) exactly
    /// as given, unchecked against what the bot registered: what a client with an outdated
    /// command list sends after the bot changed its commands, or a command the bot dropped.
    pub fn stale_command(
        &self,
        guild_id: u64,
        member: &Member,
        name: &str,
        options: Value,
    ) -> Interaction {
        driver::stale_command(&self.inner, guild_id, member, name, options)
    }

    /// `member` types `partial` into option `focused` of `path` (with `others` already filled);
    /// returns the suggestions the bot answered with (callback type 8).
    pub async fn autocomplete(
        &self,
        guild_id: u64,
        member: &Member,
        path: &str,
        focused: &str,
        partial: &str,
        others: Value,
    ) -> Vec<Choice> {
        driver::autocomplete(
            &self.inner,
            guild_id,
            member,
            path,
            focused,
            partial,
            &others,
        )
        .await
    }
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        self.inner.update(|s| s.gateway.shutdown = true);
        self.server.abort();
    }
}
