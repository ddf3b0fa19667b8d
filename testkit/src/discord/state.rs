//! What the fake knows and remembers, shared by the REST routes, the gateway and the driver.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::watch;

use super::attachments::Files;
use super::fixtures::HEARTBEAT_INTERVAL_MS;
use super::model::{DiscordFault, FakeGuild, Member, RecordedRequest};
use super::moderation::Moderation;
use crate::conformance::Violation;

pub(crate) struct Inner {
    state: Mutex<State>,
    /// Bumped after every change, so waits can sleep until something happens.
    changed: watch::Sender<u64>,
}

impl Inner {
    pub(crate) fn new(state: State) -> Self {
        Self {
            state: Mutex::new(state),
            changed: watch::Sender::new(0),
        }
    }

    /// The state, for reads and for changes that nobody waits on.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock must not hide the state from the report.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn notify(&self) {
        self.changed.send_modify(|v| *v = v.wrapping_add(1));
    }

    /// Changes the state and wakes every wait.
    pub(crate) fn update<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        let r = f(&mut self.lock());
        self.notify();
        r
    }

    pub(crate) fn subscribe(&self) -> watch::Receiver<u64> {
        self.changed.subscribe()
    }

    /// Waits until `f` returns `Some`, at most `timeout`. Panics with a report of what the fake
    /// received on timeout, and at once if the bot broke a conformance rule meanwhile.
    pub(crate) async fn wait_for<T>(
        &self,
        timeout: Duration,
        what: &str,
        mut f: impl FnMut(&State) -> Option<T>,
    ) -> T {
        let mut rx = self.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            {
                let s = self.lock();
                s.panic_on_violations();
                if let Some(v) = f(&s) {
                    return v;
                }
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                let report = self.lock().report();
                panic!("fake discord: timed out after {timeout:?} waiting for {what}\n{report}");
            }
        }
    }
}

/// Which requests a scripted fault or hold applies to: an optional method and a path prefix
/// (after `/api/v10`).
#[derive(Clone, PartialEq)]
pub(crate) struct RouteMatch {
    pub method: Option<String>,
    pub prefix: String,
}

impl RouteMatch {
    /// `route` as tests write it: `"/channels/"` or `"POST /channels/"`.
    pub(crate) fn parse(route: &str) -> Self {
        let (method, prefix) = match route.split_once(' ') {
            Some((m, p)) if m.chars().all(|c| c.is_ascii_uppercase()) => (Some(m.to_string()), p),
            _ => (None, route),
        };
        let prefix = prefix
            .strip_prefix("/api/v10")
            .unwrap_or(prefix)
            .to_string();
        Self { method, prefix }
    }

    /// `route` is the path after `/api/v10`.
    pub(crate) fn matches(&self, method: &str, route: &str) -> bool {
        self.method.as_deref().is_none_or(|m| m == method) && route.starts_with(&self.prefix)
    }
}

pub(crate) struct FaultRule {
    pub route: RouteMatch,
    pub fault: DiscordFault,
    pub remaining: usize,
}

pub(crate) struct Registration {
    pub guild: Option<u64>,
    pub body: Value,
}

pub(crate) struct InteractionRec {
    pub id: u64,
    pub token: String,
    /// 2 command, 3 component, 4 autocomplete, 5 modal submit.
    pub kind: u8,
    pub created: tokio::time::Instant,
    pub guild_id: u64,
    pub channel_id: u64,
    pub member: Member,
    /// Command name (for the interaction metadata of messages).
    pub name: String,
    /// For a modal submit: the interaction whose callback opened the modal.
    pub parent: Option<u64>,
    /// For a component (or a modal opened from one): the message it sits on.
    pub source_message: Option<u64>,
    /// Accepted callback bodies (only the first is accepted) and when it arrived.
    pub callbacks: Vec<Value>,
    pub answered_at: Option<tokio::time::Instant>,
    /// The `@original` message, once there is one.
    pub original: Option<u64>,
    /// `@original` is still "thinking" (deferred, not yet edited or followed up).
    pub deferred: bool,
    /// Edits of `@original` (PATCH, or type 7 on a component).
    pub edits: usize,
    pub followups: Vec<u64>,
}

pub(crate) struct StoredMessage {
    pub json: Value,
    pub channel_id: u64,
    pub deleted: bool,
    /// When the member last saw it change.
    pub updated_at: tokio::time::Instant,
}

/// A dispatch waiting to be sent.
pub(crate) struct QueuedEvent {
    pub t: String,
    pub d: Value,
    /// The server it belongs to, whose shard sends it (`None`: shard 0, as Discord sends DMs).
    pub guild: Option<u64>,
    /// Not sent before this (a member's reaction time).
    pub due: tokio::time::Instant,
    /// Precede it with a heartbeat ACK; see [`State::dispatch_to_collector`].
    pub nudge: bool,
    /// The gateway intent a session must have asked for to receive it (0: none needed).
    pub intent: u64,
    pub sent: bool,
}

/// Discord's formula: the shard of `total` that carries a server's events.
pub(crate) fn shard_of(guild: Option<u64>, total: u32) -> u32 {
    let total = u64::from(total.max(1));
    guild.map_or(0, |id| ((id >> 22) % total) as u32)
}

/// The server a dispatch belongs to: its `guild_id`, or the guild itself for GUILD_* events.
fn guild_of(t: &str, d: &Value) -> Option<u64> {
    let id = |v: &Value| v.as_str().and_then(|s| s.parse().ok());
    id(&d["guild_id"]).or_else(|| t.starts_with("GUILD_").then(|| id(&d["id"])).flatten())
}

pub(crate) struct Session {
    pub id: String,
    /// The `intents` of the IDENTIFY that started it.
    pub intents: u64,
    /// `[shard_id, num_shards]` as identified.
    pub shard: [u32; 2],
    /// The connection serving it now, if any.
    pub conn: Option<u64>,
    pub seq: u64,
    /// Every dispatch sent in this session, replayed on RESUME.
    pub sent: Vec<Value>,
    /// Every queued event of this shard before this index has been sent: the next look starts
    /// here, so events queued for a shard nobody serves (a killed process's) do not make every
    /// other shard's look longer.
    pub looked_to: usize,
}

/// Sharding as Discord runs it: the count `GET /gateway/bot` recommends, the IDENTIFY rate
/// per bucket, and the most servers one shard may carry.
pub(crate) struct Sharding {
    pub recommended: u32,
    pub max_concurrency: u32,
    pub guilds_per_shard: usize,
    /// One IDENTIFY per bucket per this window.
    pub identify_window: Duration,
    /// When each bucket (`shard_id % max_concurrency`) last identified.
    pub last_identify: HashMap<u32, tokio::time::Instant>,
    /// IDENTIFYs answered with op 9 for coming faster than their bucket allows.
    pub rate_limited: usize,
    /// Connections closed with 4011 Sharding required.
    pub sharding_required: usize,
}

impl Default for Sharding {
    fn default() -> Self {
        Self {
            recommended: 1,
            max_concurrency: 1,
            guilds_per_shard: GUILDS_PER_SHARD,
            identify_window: super::gateway::IDENTIFY_WINDOW,
            last_identify: HashMap::new(),
            rate_limited: 0,
            sharding_required: 0,
        }
    }
}

/// Discord's limit of servers per shard; above it IDENTIFY is closed with 4011.
pub const GUILDS_PER_SHARD: usize = 2_500;

pub(crate) struct GatewayState {
    /// Dispatches in order; each is sent once, by the shard that owns its server.
    pub events: Vec<QueuedEvent>,
    /// Every event before this index was sent.
    pub sent_before: usize,
    /// Sessions by shard id.
    pub sessions: HashMap<u32, Session>,
    pub next_conn: u64,
    pub close_requests: Vec<(u64, u16)>,
    pub identifies: Vec<Value>,
    pub resumes: Vec<Value>,
    pub readies: usize,
    pub resumed: usize,
    pub heartbeats: usize,
    pub heartbeat_interval: Duration,
    pub reject_resume: bool,
    pub shutdown: bool,
    pub sharding: Sharding,
    pub mode: GatewayMode,
    /// Requests that reached `/ws`, whatever the mode did with them.
    pub attempts: usize,
    /// Where nothing listens: handed out in [`GatewayMode::Refuse`].
    pub refused_port: u16,
}

impl Default for GatewayState {
    fn default() -> Self {
        Self {
            events: Vec::new(),
            sent_before: 0,
            sessions: HashMap::new(),
            next_conn: 0,
            close_requests: Vec::new(),
            identifies: Vec::new(),
            resumes: Vec::new(),
            readies: 0,
            resumed: 0,
            heartbeats: 0,
            heartbeat_interval: Duration::from_millis(HEARTBEAT_INTERVAL_MS),
            reject_resume: false,
            shutdown: false,
            sharding: Sharding::default(),
            mode: GatewayMode::default(),
            attempts: 0,
            refused_port: 0,
        }
    }
}

impl GatewayState {
    /// Live connections, one per connected shard.
    pub(crate) fn live_conns(&self) -> Vec<u64> {
        self.sessions.values().filter_map(|s| s.conn).collect()
    }

    /// Events sent so far.
    pub(crate) fn delivered(&self) -> usize {
        self.events.iter().filter(|e| e.sent).count()
    }
}

/// How the gateway treats the bot's connections ([`crate::discord::FakeDiscord::gateway_mode`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GatewayMode {
    /// A working gateway.
    #[default]
    Serve,
    /// `GET /gateway` (and `/gateway/bot`) hand out a `ws://` address on 127.0.0.1 where nothing
    /// listens: every connection is refused, as when Discord is unreachable.
    Refuse,
    /// The upgrade succeeds, then the connection is closed before HELLO.
    Drop,
    /// The upgrade request is never answered: the bot stays connecting.
    Silent,
}

pub(crate) struct State {
    pub started: std::time::Instant,
    pub port: u16,
    pub app_id: u64,
    pub bot_user_id: u64,
    pub bot_user: Value,
    pub owner: Value,
    pub guilds: Vec<FakeGuild>,
    pub requests: Vec<RecordedRequest>,
    pub violations: Vec<Violation>,
    pub faults: Vec<FaultRule>,
    /// Routes whose requests wait unanswered until released (a slow or rate-limited route).
    pub holds: Vec<RouteMatch>,
    /// Requests waiting on a hold now, as (method, path).
    pub held: Vec<(String, String)>,
    pub registrations: Vec<Registration>,
    /// Registered commands (as echoed) per scope: `None` global, `Some(guild)`.
    pub commands: BTreeMap<Option<u64>, Vec<Value>>,
    /// Stable command ids per (scope, name, type), as Discord keeps them across re-registrations.
    pub command_ids: HashMap<(Option<u64>, String, u64), u64>,
    pub interactions: HashMap<u64, InteractionRec>,
    pub tokens: HashMap<String, u64>,
    pub messages: HashMap<u64, StoredMessage>,
    /// Message ids in creation order.
    pub message_order: Vec<u64>,
    pub token_ttl: Duration,
    pub expired_tokens: HashSet<String>,
    pub callback_deadline: Option<Duration>,
    /// How long a member takes to click or submit after seeing a message or modal.
    pub reaction_time: Duration,
    pub gateway: GatewayState,
    pub moderation: Moderation,
    pub files: Files,
}

impl State {
    /// The address `GET /gateway` hands out.
    pub(crate) fn gateway_url(&self) -> String {
        let port = match self.gateway.mode {
            GatewayMode::Refuse => self.gateway.refused_port,
            _ => self.port,
        };
        format!("ws://127.0.0.1:{port}/ws")
    }

    pub(crate) fn guild(&self, id: u64) -> Option<&FakeGuild> {
        self.guilds.iter().find(|g| g.id == id)
    }

    pub(crate) fn guild_mut(&mut self, id: u64) -> Option<&mut FakeGuild> {
        self.guilds.iter_mut().find(|g| g.id == id)
    }

    /// The guild owning a channel.
    pub(crate) fn guild_of_channel(&self, channel_id: u64) -> Option<&FakeGuild> {
        self.guilds
            .iter()
            .find(|g| g.find_channel(channel_id).is_some())
    }

    pub(crate) fn token_expired(&self, rec: &InteractionRec) -> bool {
        self.expired_tokens.contains(&rec.token) || rec.created.elapsed() >= self.token_ttl
    }

    /// Queues a gateway dispatch; the live session sends it (or the next one, after READY).
    pub(crate) fn dispatch(&mut self, t: &str, d: Value) {
        self.dispatch_for_intent(t, d, 0);
    }

    /// Queues a dispatch that only sessions identified with `intent` receive, as on Discord.
    pub(crate) fn dispatch_for_intent(&mut self, t: &str, d: Value, intent: u64) {
        let due = tokio::time::Instant::now();
        self.gateway.events.push(QueuedEvent {
            guild: guild_of(t, &d),
            t: t.into(),
            d,
            due,
            nudge: false,
            intent,
            sent: false,
        });
    }

    /// Queues an interaction that the bot may be awaiting with a serenity collector (a button
    /// click, a modal submit), as a member would send it: not before `shown_at` plus the
    /// reaction time, and preceded by a harmless heartbeat ACK. serenity's shard runner only
    /// registers new collectors between two gateway frames (or every 500 ms when idle), so
    /// without the extra frame an event arriving right after the bot's HTTP call would be
    /// matched before the collector exists and be lost.
    pub(crate) fn dispatch_to_collector(&mut self, d: Value, shown_at: tokio::time::Instant) {
        let due = (shown_at + self.reaction_time).max(tokio::time::Instant::now());
        self.gateway.events.push(QueuedEvent {
            guild: guild_of("INTERACTION_CREATE", &d),
            t: "INTERACTION_CREATE".into(),
            d,
            due,
            nudge: true,
            intent: 0,
            sent: false,
        });
    }

    pub(crate) fn panic_on_violations(&self) {
        if !self.violations.is_empty() {
            let lines: Vec<String> = self
                .violations
                .iter()
                .map(|v| format!("conformance: {v}"))
                .collect();
            panic!("{}", lines.join("\n"));
        }
    }

    /// A human-readable account of what the fake received, for failure messages.
    pub(crate) fn report(&self) -> String {
        let mut out = String::new();
        let g = &self.gateway;
        let _ = writeln!(
            out,
            "gateway: {} connection(s), {} IDENTIFY, {} RESUME, {} READY sent, {} RESUMED sent, {} heartbeat(s), {}/{} dispatches delivered, {} IDENTIFY rate-limited (op 9), {} closed 4011",
            g.next_conn,
            g.identifies.len(),
            g.resumes.len(),
            g.readies,
            g.resumed,
            g.heartbeats,
            g.delivered(),
            g.events.len(),
            g.sharding.rate_limited,
            g.sharding.sharding_required,
        );
        let _ = writeln!(out, "REST requests ({}):", self.requests.len());
        let skip = self.requests.len().saturating_sub(40);
        if skip > 0 {
            let _ = writeln!(out, "  ... {skip} earlier");
        }
        for r in &self.requests[skip..] {
            let _ = writeln!(out, "  {r}");
        }
        let mut interactions: Vec<&InteractionRec> = self.interactions.values().collect();
        interactions.sort_by_key(|i| i.id);
        for i in interactions {
            let types: Vec<String> = i.callbacks.iter().map(|c| c["type"].to_string()).collect();
            let _ = writeln!(
                out,
                "interaction {} (type {}, /{}): callbacks [{}], {} edit(s), {} follow-up(s)",
                i.id,
                i.kind,
                i.name,
                types.join(", "),
                i.edits,
                i.followups.len()
            );
        }
        for v in &self.violations {
            let _ = writeln!(out, "conformance: {v}");
        }
        out
    }
}
