//! The running process: wires config, store, Technified client, Discord client and the health
//! listener together, and the `check` and `healthcheck` subcommands.
//!
//! Long on purpose (about 570 lines): the whole life of the process reads in one place, from
//! start (leases and identify turns on Postgres) through a 4011 restart to the bounded stop.
//! The health listener and `check` are the next to move out if it grows.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::StatusCode;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::bot::{self, Registration};
use crate::clock::Clock;
use crate::config::{Config, DatabaseConfig};
use crate::data_folder::{self, FolderLock};
use crate::discord::reporter::DiscordReporter;
use crate::discord::{Data, caches, calls};
use crate::retry::engine::Engine;
use crate::shards::{self, Ended, ShardRange, Shards};
use crate::store::crypto::{CipherError, KeyCipher};
use crate::store::{self, IdentifyTurn, ShardLeases, Store, StoreError};
use crate::technified;

/// File name of the generated encryption key, beside the database.
pub const KEY_FILE: &str = "encryption.key";

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    DataFolder(#[from] data_folder::LockError),
    #[error("encryption key: {0}")]
    Cipher(#[from] store::crypto::CipherError),
    #[error("database: {0}")]
    Store(#[from] store::StoreError),
    #[error("Discord: {0}")]
    Discord(#[from] serenity::Error),
    #[error(
        "Discord: shard {shard} was closed with 4011 Sharding required: SHARDS={range} has too few shards for the servers the bot is in; raise TOTAL or leave SHARDS unset"
    )]
    TooFewShards { shard: u32, range: ShardRange },
    #[error(
        "database: lost the lease of shards {range} ({error}); stopping so that another process can run them"
    )]
    LeaseLost {
        range: ShardRange,
        error: StoreError,
    },
    #[error("HTTP listener on {addr}: {source}")]
    Listener {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
}

/// How long the gateway gets to close its session cleanly at shutdown. serenity's own wait is
/// 5 s per shard, and none at all while no shard is connected (its queuer keeps retrying).
const SHARDS_GRACE: Duration = Duration::from_secs(2);
/// How long the store gets to finish its last writes at shutdown.
const STORE_GRACE: Duration = Duration::from_secs(1);

/// Runs the bot until SIGINT or SIGTERM.
pub async fn run(config: Config) -> Result<(), StartError> {
    run_until(config, shutdown_signal()).await
}

/// Runs the bot until `shutdown` completes (a signal in production, a test's trigger in tests).
///
/// The stop never waits on Discord: in every state (connecting, reconnecting, unreachable)
/// it is bounded by [`SHARDS_GRACE`], the retry engine's `SHUTDOWN_GRACE` and
/// [`STORE_GRACE`], run side by side where they can. Queued writes stay in the store.
pub async fn run_until(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    let _lock = store::data_dir(&config.database.url)
        .map(|dir| FolderLock::acquire(&dir))
        .transpose()?;
    warn_about_exposure(&config);
    let mut shutdown = std::pin::pin!(shutdown);
    let mut running = tokio::select! {
        running = Running::start(config) => running?,
        () = &mut shutdown => {
            tracing::info!("shutting down before start-up finished");
            return Ok(());
        }
    };
    let result = tokio::select! {
        result = running.run_gateway() => result,
        () = &mut shutdown => {
            tracing::info!("shutting down");
            Ok(())
        }
    };
    running.stop().await;
    result
}

/// Start-up warnings about secrets other people could get at.
fn warn_about_exposure(config: &Config) {
    if config.technified_in_clear() {
        tracing::warn!(
            url = %config.technified_api_url,
            "{TECHNIFIED_IN_CLEAR}"
        );
    }
    let Some(database) = store::database_file(&config.database.url) else {
        return;
    };
    let key_file = config
        .database
        .encryption_key
        .is_none()
        .then(|| key_file(&config.database.url));
    for path in std::iter::once(database).chain(key_file) {
        if let Some(mode) = data_folder::readable_by_others(&path) {
            tracing::warn!(
                path = %path.display(),
                mode = format!("{mode:o}"),
                "other users of this machine can read this file; make it private with chmod 600"
            );
        }
    }
}

/// `TECHNIFIED_API_URL` is plain http:// to another machine.
const TECHNIFIED_IN_CLEAR: &str = "TECHNIFIED_API_URL is plain http:// to another machine: \
    the servers' API keys would cross the network unencrypted; use https://";

fn key_file(database_url: &str) -> std::path::PathBuf {
    let dir = store::data_dir(database_url).unwrap_or_else(|| ".".into());
    dir.join(KEY_FILE)
}

/// `ENCRYPTION_KEY`, else the key file beside the SQLite database (made on first run).
fn cipher(given: Option<KeyCipher>, database_url: &str) -> Result<KeyCipher, CipherError> {
    if let Some(cipher) = given {
        return Ok(cipher);
    }
    let path = key_file(database_url);
    let (cipher, generated) = KeyCipher::load_or_generate(&path)?;
    if generated {
        tracing::warn!(path = %path.display(), "generated a new ENCRYPTION_KEY; back it up with the database");
    }
    Ok(cipher)
}

/// `technified-bot copy-to-postgres`: copies the SQLite database of `DATABASE_URL` (keys,
/// settings, queued jobs, everything) into the empty Postgres database at `target`, with the
/// bot stopped (the data folder's lock is taken). Prints one line per table.
pub async fn copy_to_postgres(database: DatabaseConfig, target: &str) -> Result<(), StartError> {
    let _lock = store::data_dir(&database.url)
        .map(|dir| FolderLock::acquire(&dir))
        .transpose()?;
    let cipher = cipher(database.encryption_key, &database.url)?;
    let from = Store::open(&database.url, cipher).await?;
    let copied = from.copy_into(target).await;
    from.close().await;
    for (table, rows) in copied? {
        println!("copied {rows} rows of {table}");
    }
    println!(
        "done: run every process with DATABASE_URL set to the Postgres database and ENCRYPTION_KEY set to the key this SQLite database used (ENCRYPTION_KEY, or the file {} beside it)",
        KEY_FILE
    );
    Ok(())
}

/// The started parts of the running bot.
struct Running {
    client: serenity::Client,
    /// The shards `client` runs, and `SHARDS` if it chose them.
    range: ShardRange,
    configured: Option<ShardRange>,
    /// What the health listener reads.
    shards: Shards,
    clients: ClientFactory,
    store: Store,
    /// On Postgres, this process's hold on its shards (none on SQLite).
    leases: Option<ShardLeases>,
    engine: Engine,
    /// The retry engine starts once Discord is connected, so late results can be delivered.
    engine_task: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl Running {
    async fn start(config: Config) -> Result<Running, StartError> {
        let store = Store::open(
            &config.database.url,
            cipher(config.database.encryption_key, &config.database.url)?,
        )
        .await?;
        let technified = match config.quota_window {
            Some(window) => {
                tracing::warn!(
                    ?window,
                    "pacing Technified's quotas over a test window (TECHNIFIED_QUOTA_WINDOW_MS)"
                );
                technified::Client::with_quota_window(&config.technified_api_url, window)
            }
            None => technified::Client::new(&config.technified_api_url),
        };
        // The one clock of the process: the engine's job times, the replies' timestamps.
        let clock = Clock::new();
        let reporter = Arc::new(DiscordReporter::new(store.clone(), clock));
        let engine = Engine::new(store.clone(), technified.clone(), reporter.clone(), clock);
        let registration = config
            .dev_guild_id
            .map_or(Registration::Global, Registration::Guild);
        let engine_task: Arc<Mutex<Option<JoinHandle<()>>>> = Arc::default();
        let on_ready = {
            let (engine, engine_task) = (engine.clone(), engine_task.clone());
            move |discord: serenity::Context| {
                reporter.connect(discord.http, discord.cache);
                let task = tokio::spawn(async move { engine.run(std::future::pending()).await });
                *engine_task.lock().unwrap_or_else(|e| e.into_inner()) = Some(task);
            }
        };
        let clients = ClientFactory {
            token: config.discord_token,
            api_url: config.discord_api_url,
            registration,
            technified,
            store: store.clone(),
            engine: engine.clone(),
            clock,
            on_ready: Arc::new(Mutex::new(Some(Box::new(on_ready)))),
        };
        let client = clients.build().await?;
        let range = shards::plan(config.shards, &client.http).await?;
        engine.own_shards(range);
        let running_shards = Shards::default();
        running_shards.set(client.shard_manager.clone(), range);

        if let Some(addr) = config.http_addr {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|source| StartError::Listener { addr, source })?;
            tracing::info!(%addr, "health and metrics listening");
            let state = Health {
                shards: running_shards.clone(),
                store: store.clone(),
                metrics: metrics_handle(),
            };
            tokio::spawn(async move {
                if let Err(e) = axum::serve(listener, health_routes(state)).await {
                    tracing::error!(error = %e, "health listener stopped");
                }
            });
        }
        // After the listener, so /healthz answers (and /readyz says why not ready) meanwhile.
        let leases = store.lease_shards(range).await?;
        Ok(Running {
            client,
            range,
            leases,
            configured: config.shards,
            shards: running_shards,
            clients,
            store,
            engine,
            engine_task,
        })
    }

    /// Runs the shards until serenity stops; after a 4011 close, starts them again with the
    /// count Discord recommends then (with `SHARDS` set, the operator's count: it stops).
    async fn run_gateway(&mut self) -> Result<(), StartError> {
        loop {
            let turn = self.store.identify_turn().await?;
            let turn = turn.map(|turn| PassingTurn::start(turn, self.shards.clone(), self.range));
            tracing::info!(shards = %self.range, "starting the gateway");
            let ended = tokio::select! {
                ended = shards::run(&mut self.client, self.range) => ended?,
                error = lease_lost(&mut self.leases) => {
                    return Err(StartError::LeaseLost { range: self.range, error });
                }
            };
            if let Some(turn) = turn {
                turn.end().await;
            }
            let Ended::ShardingRequired { shard, at } = ended else {
                return Ok(());
            };
            if self.configured.is_some() {
                return Err(StartError::TooFewShards {
                    shard,
                    range: self.range,
                });
            }
            self.client = self.clients.build().await?;
            let recommended = shards::plan(None, &self.client.http).await?;
            // A count Discord just refused would be refused again.
            let next = ShardRange::all(recommended.total.max(self.range.total + 1));
            tracing::warn!(
                shard,
                was = %self.range,
                recommended = %recommended,
                now = %next,
                "Discord closed a shard with 4011 Sharding required (too many servers on one shard); starting again with more shards"
            );
            self.range = next;
            // Released first: this process's new lease would otherwise wait on its old one.
            if let Some(leases) = self.leases.take() {
                leases.release().await;
            }
            self.leases = self.store.lease_shards(next).await?;
            self.engine.own_shards(next);
            self.shards.set(self.client.shard_manager.clone(), next);
            // Discord counted the refused IDENTIFY: the next one waits out its 5 s window.
            tokio::time::sleep_until(at + shards::IDENTIFY_INTERVAL).await;
        }
    }

    /// Closes the gateway session and lets attempts under way finish, side by side and each
    /// bounded, then closes the store. What is left of serenity (its shard queuer retrying a
    /// gateway it cannot reach) ends with the runtime.
    async fn stop(self) {
        self.engine.stop();
        let shards = async {
            let shutdown = self.client.shard_manager.shutdown_all();
            if tokio::time::timeout(SHARDS_GRACE, shutdown).await.is_err() {
                tracing::warn!("the gateway session did not close in time; leaving it");
            }
        };
        let engine = async {
            let task = self
                .engine_task
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take();
            if let Some(task) = task
                && let Err(e) = task.await
            {
                tracing::error!(error = %e, "the retry engine stopped abnormally");
            }
        };
        tokio::join!(shards, engine);
        if tokio::time::timeout(STORE_GRACE, self.store.close())
            .await
            .is_err()
        {
            tracing::warn!("the store did not close in time; SQLite keeps it consistent");
        }
    }
}

/// This process's turn to identify (Postgres: other processes wait to start their shards),
/// held while its shards identify: until all are connected, plus the last IDENTIFY's 5 s
/// window, at most a minute longer than their identifies take should Discord not let them
/// connect; or until the gateway stops first (a 4011), so the next start does not wait on it.
struct PassingTurn {
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

impl PassingTurn {
    fn start(turn: IdentifyTurn, running: Shards, range: ShardRange) -> Self {
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(async move {
            tokio::select! {
                () = identified(running, range) => {}
                _ = stopped => {}
            }
            turn.release().await;
        });
        Self { stop, task }
    }

    /// The gateway stopped: lets the turn go now, and returns once it is.
    async fn end(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// Resolves once every shard of `range` is connected and the last IDENTIFY's window is over,
/// or a minute after their identifies should have taken.
async fn identified(running: Shards, range: ShardRange) {
    let connected = async {
        loop {
            let status = running.status().await;
            if status.connected >= status.expected {
                return;
            }
            tokio::time::sleep(TURN_POLL).await;
        }
    };
    let most = shards::IDENTIFY_INTERVAL * range.count() + Duration::from_secs(60);
    let _ = tokio::time::timeout(most, connected).await;
    tokio::time::sleep(shards::IDENTIFY_INTERVAL).await;
}

/// How often the shards are looked at while this process holds the identify turn.
const TURN_POLL: Duration = Duration::from_millis(250);

/// Resolves if the shard leases are lost; never without leases (SQLite).
async fn lease_lost(leases: &mut Option<ShardLeases>) -> StoreError {
    match leases {
        Some(leases) => leases.lost().await,
        None => std::future::pending().await,
    }
}

/// Runs once, on the first READY of whichever client gets one.
type OnReady = Box<dyn FnOnce(serenity::Context) + Send>;

/// Builds the Discord client, again for a new shard count after a 4011.
struct ClientFactory {
    token: SecretString,
    api_url: Option<String>,
    registration: Registration,
    technified: technified::Client,
    store: Store,
    engine: Engine,
    clock: Clock,
    on_ready: Arc<Mutex<Option<OnReady>>>,
}

impl ClientFactory {
    async fn build(&self) -> Result<serenity::Client, serenity::Error> {
        let data = Data {
            technified: self.technified.waiting_at_most(calls::MEMBER_PACING_WAIT),
            store: self.store.clone(),
            bindings: caches::BindingsCache::new(caches::BINDINGS_TTL),
            lookups: caches::lookup_cooldown(),
            moderators: caches::ModeratorCache::new(caches::MODERATOR_TTL),
            audit_entries: caches::AuditEntries::default(),
            moderation_seen: caches::ModerationSeen::default(),
            engine: self.engine.clone(),
            clock: self.clock,
        };
        let on_ready = self.on_ready.clone();
        bot::client(
            self.token.expose_secret(),
            self.api_url.as_deref(),
            self.registration,
            data,
            move |discord| {
                let first = on_ready.lock().unwrap_or_else(|e| e.into_inner()).take();
                if let Some(first) = first {
                    first(discord);
                }
            },
        )
        .await
    }
}

/// SIGINT or SIGTERM. The handlers are installed now, so a signal during start-up is caught too.
fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let handler = |kind| signal(kind).expect("installing a signal handler cannot fail on unix");
        let (mut interrupt, mut terminate) = (
            handler(SignalKind::interrupt()),
            handler(SignalKind::terminate()),
        );
        async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The process-wide Prometheus recorder (installed once, even when tests start several bots).
pub fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("a metrics recorder was already installed");
            }
            handle
        })
        .clone()
}

#[derive(Clone)]
struct Health {
    shards: Shards,
    store: Store,
    metrics: PrometheusHandle,
}

fn health_routes(state: Health) -> axum::Router {
    axum::Router::new()
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .route("/readyz", axum::routing::get(ready))
        .route(
            "/metrics",
            axum::routing::get(|State(state): State<Health>| async move {
                state.shards.record_metrics().await;
                state.metrics.render()
            }),
        )
        .with_state(state)
}

/// 200 once every shard of the process is connected and the store answers, else 503 with the
/// reason.
async fn ready(State(state): State<Health>) -> (StatusCode, String) {
    let shards = state.shards.status().await;
    if shards.connected < shards.expected {
        let reason = format!(
            "gateway not connected ({} of {} shards)",
            shards.connected, shards.expected
        );
        return (StatusCode::SERVICE_UNAVAILABLE, reason);
    }
    if state.store.ping().await.is_err() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "store not answering".into(),
        );
    }
    (StatusCode::OK, "ready".into())
}

/// `technified-bot healthcheck`: asks a running instance's `/healthz`.
pub async fn healthcheck(addr: std::net::SocketAddr) -> bool {
    let client = reqwest::Client::new();
    let request = client
        .get(format!("http://{addr}/healthz"))
        .timeout(Duration::from_secs(3));
    matches!(request.send().await, Ok(response) if response.status().is_success())
}

/// `technified-bot check`: one line per check; true when all passed.
pub async fn check(config: &Config) -> bool {
    println!("ok    configuration is valid");
    let http = bot::http(
        config.discord_token.expose_secret(),
        config.discord_api_url.as_deref(),
    );
    let mut all_ok = true;
    let mut line = |ok: bool, text: String| {
        all_ok &= ok;
        println!("{}  {text}", if ok { "ok  " } else { "FAIL" });
    };
    let discord_base = config
        .discord_api_url
        .as_deref()
        .unwrap_or("https://discord.com");
    match http.get_current_user().await {
        Ok(user) => line(
            true,
            format!("Discord accepted the token (bot {})", user.name),
        ),
        // An answer with an error status is a refusal; anything else never got an answer.
        Err(serenity::Error::Http(e)) if e.is_unsuccessful_request() => {
            line(false, format!("Discord did not accept DISCORD_TOKEN: {e}"))
        }
        Err(e) => line(
            false,
            format!("Discord not reachable at {discord_base}: {e}"),
        ),
    }
    match http.get_gateway().await {
        Ok(gateway) => line(true, format!("Discord gateway is {}", gateway.url)),
        Err(e) => line(false, format!("Discord gateway address not available: {e}")),
    }
    if config.technified_in_clear() {
        println!("WARN  {TECHNIFIED_IN_CLEAR}");
    }
    let started = Instant::now();
    match technified_reachable(&config.technified_api_url).await {
        Ok(()) => line(
            true,
            format!(
                "Technified answers at {} ({} ms)",
                config.technified_api_url,
                started.elapsed().as_millis()
            ),
        ),
        Err(e) => line(
            false,
            format!(
                "Technified not reachable at {}: {e}",
                config.technified_api_url
            ),
        ),
    }
    all_ok
}

/// Any HTTP answer from Technified (even 401 for the missing key) proves it is reachable.
async fn technified_reachable(base_url: &str) -> Result<(), reqwest::Error> {
    reqwest::Client::new()
        .get(format!("{base_url}/bindings/list"))
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .map(drop)
}
