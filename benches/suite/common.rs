//! Shared by the scenarios: the bot as a child process (RSS and CPU from /proc), the fakes'
//! worlds, the traffic generator, and the arithmetic of the figures.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;
use technified_bot::store::{KeyCipher, Store};
use technified_bot::technified::ApiKey;
use testkit::discord::permissions::{BAN_MEMBERS, MANAGE_GUILD, MODERATE_MEMBERS};
use testkit::discord::{FakeDiscord, FakeGuild, Member, RecordedRequest};
use testkit::technified::{FakeTechnified, Fault, Recorded};
use tokio::process::{Child, ChildStdin, Command};

/// 32 zero-free bytes, base64: the bot's `ENCRYPTION_KEY`, so the bench can write keys into
/// the bot's database before starting it.
pub const ENCRYPTION_KEY: &str = "YmVuY2htYXJrLWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
/// The member who runs commands in every server (linked, with every permission used).
pub const STAFF: u64 = 700_000_000_000_000_001;
pub const STAFF_ROBLOX: u64 = 9_000_001;
/// The member looked up by `/lookup discord` (linked in every server).
pub const TARGET: u64 = 700_000_000_000_000_002;
pub const TARGET_ROBLOX: u64 = 9_000_002;

pub use technified_bot::discord::embeds::{AMBER, GREEN, RED};

/// The id of the `i`th benchmark server: a snowflake `i` milliseconds after a fixed moment, so
/// that `(id >> 22) % shards` deals the servers out evenly over any number of shards.
pub fn guild(i: usize) -> u64 {
    const START_MS: u64 = 1_400_000_000_000;
    (START_MS + i as u64) << 22
}

pub fn staff() -> Member {
    Member::new(STAFF, "staff").permissions(MANAGE_GUILD | BAN_MEMBERS | MODERATE_MEMBERS)
}

/// The `i`th of many ordinary members. Public lookups are spread over members, as in a real
/// server: one member may run only 5 per 30 s.
pub fn member(i: usize) -> Member {
    Member::new(700_000_000_100_000_000 + i as u64, "member")
}

fn is_public_lookup(path: &str) -> bool {
    matches!(path, "lookup discord" | "lookup roblox")
}

pub fn unix_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

// ----- results --------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    /// A figure without a target.
    Info,
    /// The scenario could not produce the figure.
    Failed,
}

impl Verdict {
    pub fn of(met: bool) -> Verdict {
        if met { Verdict::Met } else { Verdict::Missed }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "**missed**",
            Verdict::Info => "",
            Verdict::Failed => "**failed**",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Row {
    pub scenario: &'static str,
    pub figure: String,
    pub value: String,
    pub target: String,
    pub verdict: Verdict,
}

/// Rows of the results table; scenarios add to it as they go, so a scenario that fails
/// half-way keeps the figures it had.
#[derive(Clone, Default)]
pub struct Report(Arc<Mutex<Vec<Row>>>);

impl Report {
    pub fn add(
        &self,
        scenario: &'static str,
        figure: impl Into<String>,
        value: impl Into<String>,
        target: impl Into<String>,
        verdict: Verdict,
    ) {
        let row = Row {
            scenario,
            figure: figure.into(),
            value: value.into(),
            target: target.into(),
            verdict,
        };
        println!(
            "  [{scenario}] {}: {}{}{}",
            row.figure,
            row.value,
            if row.target.is_empty() {
                String::new()
            } else {
                format!("  (target {})", row.target)
            },
            match verdict {
                Verdict::Info => String::new(),
                v => format!("  {}", v.label().trim_matches('*')),
            }
        );
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(row);
    }

    pub fn info(
        &self,
        scenario: &'static str,
        figure: impl Into<String>,
        value: impl Into<String>,
    ) {
        self.add(scenario, figure, value, "", Verdict::Info);
    }

    /// The row every scenario ends with: panics in the bot's log (target none).
    pub fn panics(&self, scenario: &'static str, log: &str) {
        let panics = log.lines().filter(|l| l.contains("panicked")).count();
        self.add(
            scenario,
            "panics in the bot's log",
            panics.to_string(),
            "0",
            Verdict::of(panics == 0),
        );
    }

    pub fn rows(&self) -> Vec<Row> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// What every scenario gets.
#[derive(Clone)]
pub struct Ctx {
    pub quick: bool,
    pub report: Report,
}

impl Ctx {
    /// `full` normally, `quick` with `--quick`.
    pub fn pick<T>(&self, full: T, quick: T) -> T {
        if self.quick { quick } else { full }
    }
}

// ----- statistics -----------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, Default)]
pub struct Summary {
    pub n: usize,
    pub p50: Duration,
    pub p99: Duration,
    pub max: Duration,
}

/// Nearest-rank percentiles of `samples`.
pub fn summarize(samples: &[Duration]) -> Summary {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let rank = |p: f64| -> Duration {
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        let index = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
        sorted[index]
    };
    Summary {
        n: sorted.len(),
        p50: rank(0.50),
        p99: rank(0.99),
        max: sorted.last().copied().unwrap_or_default(),
    }
}

pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else if ms >= 10.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

pub fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

pub fn mb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

impl Summary {
    pub fn line(&self) -> String {
        format!(
            "p50 {} / p99 {} / max {} (n={})",
            ms(self.p50),
            ms(self.p99),
            ms(self.max),
            self.n
        )
    }
}

// ----- child processes ------------------------------------------------------------------------

/// The bot binary `cargo bench` built beside the bench (the release profile), or the one
/// `TECHNIFIED_BOT_BIN` names (to measure another build, e.g. the container's).
pub fn bot_binary() -> PathBuf {
    std::env::var_os("TECHNIFIED_BOT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_technified-bot")))
}

pub fn database_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("bot.db").display())
}

/// A child process (the real bot, or this bench as the bare poise bot), killed when dropped.
pub struct Proc {
    child: Child,
    pub pid: u32,
    pub log: PathBuf,
    pub spawned_at: Instant,
    /// Held open: the bare bot exits when it closes (the bench died).
    _stdin: Option<ChildStdin>,
}

impl Proc {
    /// The real bot binary against the fakes, its data in `dir`.
    pub fn bot(
        discord: &FakeDiscord,
        technified: &FakeTechnified,
        dir: &Path,
        extra_env: &[(&str, &str)],
    ) -> Proc {
        let mut command = Command::new(bot_binary());
        command
            .env_clear()
            .env("DISCORD_TOKEN", "bench-token")
            .env("DISCORD_API_URL", discord.api_url())
            .env("TECHNIFIED_API_URL", technified.base_url())
            .env("DATABASE_URL", database_url(dir))
            .env("ENCRYPTION_KEY", ENCRYPTION_KEY)
            .env("HTTP_ADDR", "off")
            .env("RUST_LOG", "info");
        for (name, value) in extra_env {
            command.env(name, value);
        }
        Proc::spawn(command, dir, "bot", false)
    }

    /// This bench again, as the minimal poise bot (`--bare-bot`); through the program that
    /// `BENCH_BARE_VIA` names when set (e.g. a script running it under a profiler), which is
    /// given this bench's path and `--bare-bot`. `extra_env` as for the bot (see
    /// `bare.rs` for the lookup it can be given).
    pub fn bare(discord: &FakeDiscord, dir: &Path, extra_env: &[(&str, &str)]) -> Proc {
        let exe = std::env::current_exe().expect("the bench's own path");
        let mut command = match std::env::var_os("BENCH_BARE_VIA") {
            Some(via) => {
                let mut command = Command::new(via);
                command.arg(exe);
                command
            }
            None => Command::new(exe),
        };
        command
            .arg("--bare-bot")
            .env_clear()
            .env("DISCORD_TOKEN", "bench-token")
            .env("DISCORD_API_URL", discord.api_url());
        for (name, value) in extra_env {
            command.env(name, value);
        }
        Proc::spawn(command, dir, "bare", true)
    }

    fn spawn(mut command: Command, dir: &Path, name: &str, pipe_stdin: bool) -> Proc {
        std::fs::create_dir_all(dir).expect("the process's folder");
        let log = dir.join(format!("{name}.log"));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .expect("log file");
        command
            .current_dir(dir)
            .stdin(if pipe_stdin {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(file.try_clone().expect("log file"))
            .stderr(file)
            .kill_on_drop(true);
        let spawned_at = Instant::now();
        let mut child = command.spawn().expect("the child process starts");
        let pid = child.id().expect("a running child has a pid");
        let stdin = child.stdin.take();
        Proc {
            child,
            pid,
            log,
            spawned_at,
            _stdin: stdin,
        }
    }

    /// `VmRSS` in kB (0 once the process is gone).
    pub fn rss_kb(&self) -> u64 {
        status_kb(self.pid, "VmRSS:")
    }

    /// (`RssAnon`, `RssFile`) in kB: heap and stacks, and mapped files (mostly the binary).
    pub fn rss_split_kb(&self) -> (u64, u64) {
        (
            status_kb(self.pid, "RssAnon:"),
            status_kb(self.pid, "RssFile:"),
        )
    }

    /// `VmHWM` (peak RSS) in kB.
    pub fn peak_rss_kb(&self) -> u64 {
        status_kb(self.pid, "VmHWM:")
    }

    /// User + system CPU time so far.
    pub fn cpu(&self) -> Duration {
        cpu_of(&self.pid.to_string())
    }

    /// SIGKILL, and wait for the process to be gone.
    pub async fn kill(&mut self) {
        let _ = self.child.kill().await;
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

fn status_kb(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// User + system CPU time of a process (`self` for this one) from /proc.
pub fn cpu_of(pid: &str) -> Duration {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return Duration::ZERO;
    };
    // Fields after the `(comm)`, which may contain spaces: state is field 3, utime 14.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let total = ticks(11) + ticks(12);
    Duration::from_secs_f64(total as f64 / clock_ticks() as f64)
}

/// `getconf CLK_TCK` (100 on Linux in practice).
fn clock_ticks() -> u64 {
    static TICKS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(100)
    })
}

/// Samples a process's RSS every `every` while `work` runs; returns (work's output, samples).
pub async fn sample_rss<T>(
    proc: &Proc,
    every: Duration,
    work: impl Future<Output = T>,
) -> (T, Vec<(Duration, u64)>) {
    let pid = proc.pid;
    let started = Instant::now();
    let mut samples = Vec::new();
    let mut work = std::pin::pin!(work);
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            out = &mut work => return (out, samples),
            _ = tick.tick() => samples.push((started.elapsed(), status_kb(pid, "VmRSS:"))),
        }
    }
}

// ----- the fakes' clock -----------------------------------------------------------------------

/// Maps the fake Discord's request times (time since it started) to this process's clock.
pub struct FakeClock {
    origin: Instant,
    /// Half the round trip of the best probe: the calibration's uncertainty.
    pub error: Duration,
}

impl FakeClock {
    /// Probes the fake with plain requests before the bot connects: the request's recorded
    /// arrival, against the middle of the probe's round trip.
    pub async fn calibrate(discord: &FakeDiscord) -> FakeClock {
        let http = reqwest::Client::new();
        let url = format!("{}/api/v10/gateway", discord.api_url());
        let mut best: Option<(Duration, Instant)> = None;
        for _ in 0..25 {
            let sent = Instant::now();
            let _ = http.get(&url).send().await;
            let back = Instant::now();
            let Some(recorded) = discord
                .requests()
                .into_iter()
                .rev()
                .find(|r| r.path == "/api/v10/gateway")
            else {
                continue;
            };
            let rtt = back - sent;
            let mid = sent + rtt / 2;
            let origin = mid.checked_sub(recorded.at).unwrap_or(mid);
            if best.is_none_or(|(b, _)| rtt < b) {
                best = Some((rtt, origin));
            }
        }
        let (rtt, origin) = best.expect("the fake Discord answers probes");
        FakeClock {
            origin,
            error: rtt / 2,
        }
    }

    pub fn at(&self, since_start: Duration) -> Instant {
        self.origin + since_start
    }
}

// ----- worlds ---------------------------------------------------------------------------------

/// A scenario's world: both fakes with `servers` connected servers, and the bot started against
/// them, its commands registered.
pub struct World {
    pub dir: PathBuf,
    /// The bot's `DATABASE_URL`.
    pub database: String,
    pub discord: FakeDiscord,
    pub technified: FakeTechnified,
    pub clock: FakeClock,
    pub guilds: Vec<u64>,
    pub proc: Proc,
}

impl World {
    pub async fn start(name: &str, servers: usize) -> World {
        World::start_on(name, servers, None).await
    }

    /// Like [`World::start`], the bot's data in `database` (a URL) instead of a SQLite file in
    /// its folder.
    pub async fn start_on(name: &str, servers: usize, database: Option<&str>) -> World {
        let dir = scratch(name);
        let database = database.map_or_else(|| database_url(&dir), str::to_owned);
        let discord = FakeDiscord::start().await;
        let technified = FakeTechnified::start().await;
        let clock = FakeClock::calibrate(&discord).await;
        let guilds = self::servers(&discord, &technified, &database, servers).await;
        let proc = Proc::bot(&discord, &technified, &dir, &[("DATABASE_URL", &database)]);
        assert!(
            wait_registrations(&discord, 1, Duration::from_secs(60)).await,
            "{name}: the bot did not register its commands; log: {}",
            proc.log.display()
        );
        World {
            dir,
            database,
            discord,
            technified,
            clock,
            guilds,
            proc,
        }
    }
}

/// `n` servers on both fakes: each with `#general`, the staff member and the looked-up member
/// linked, and a key that is also stored (encrypted) in the bot's database at `database` (a
/// URL).
pub async fn servers(
    discord: &FakeDiscord,
    technified: &FakeTechnified,
    database: &str,
    n: usize,
) -> Vec<u64> {
    let store = open_store(database).await;
    let now = unix_ms() / 1000;
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let id = guild(i);
        discord.add_guild(FakeGuild::new(id, &format!("Bench {i}")));
        let key = technified.add_key(id);
        technified.link(id, STAFF, STAFF_ROBLOX, "StaffOnRoblox");
        technified.link(id, TARGET, TARGET_ROBLOX, "TargetOnRoblox");
        let key = ApiKey::parse(&key).expect("the fake issues well-formed keys");
        store
            .put_key(id, &key, STAFF, true, now)
            .await
            .expect("store the key");
        ids.push(id);
    }
    store.close().await;
    ids
}

/// The bot's database at `database` (a URL), as the bot opens it.
pub async fn open_store(database: &str) -> Store {
    let cipher = KeyCipher::from_base64(ENCRYPTION_KEY).expect("a valid key");
    Store::open(database, cipher)
        .await
        .expect("open the bot's database")
}

/// Where this run keeps its data folders and logs: `$BENCH_SCRATCH` (default: the system temp
/// folder's `technified-bench`), then `run-<pid>`.
pub fn run_dir() -> PathBuf {
    let base = std::env::var_os("BENCH_SCRATCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("technified-bench"));
    base.join(format!("run-{}", std::process::id()))
}

/// `BENCH_POSTGRES_URL`: a Postgres server whose role may create databases (as `.ci/postgres
/// start` prints); `None` with a notice when it is not set.
pub fn postgres_server(scenario: &str) -> Option<String> {
    let server = std::env::var("BENCH_POSTGRES_URL").ok();
    if server.is_none() {
        eprintln!("notice: {scenario}: BENCH_POSTGRES_URL is not set; no Postgres figures");
    }
    server
}

/// A new database called `bench_<name>_…` on the Postgres `server` (`testkit::postgres`); its
/// URL.
pub async fn postgres_database(server: &str, name: &str) -> String {
    testkit::postgres::new_database(server, &format!("bench_{name}")).await
}

/// Removes the folders of earlier runs whose process is gone (a run's folder stays until the
/// next run, for its logs).
pub fn remove_old_runs() {
    let Some(base) = run_dir().parent().map(Path::to_path_buf) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(&base) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name
            .strip_prefix("run-")
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid
            && pid != std::process::id()
            && !Path::new(&format!("/proc/{pid}")).exists()
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// A scenario's data folder in this run's folder, emptied first.
pub fn scratch(name: &str) -> PathBuf {
    let dir = run_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

// ----- traffic --------------------------------------------------------------------------------

/// One slash command to send.
pub struct Cmd {
    pub guild: u64,
    pub path: &'static str,
    pub options: Value,
}

/// One interaction sent: when (just before the fake queued its INTERACTION_CREATE) and its
/// token, by which the bot's answers are found in the fake's request log.
#[derive(Clone, Debug)]
pub struct Sent {
    pub guild: u64,
    pub path: &'static str,
    pub options: Value,
    pub token: String,
    pub t0: Instant,
}

/// Sends commands at `rate` per second for `duration` (both bounded), as `member` except
/// public lookups (each from its own member). Returns what was sent and how far behind
/// schedule the generator fell at worst.
pub async fn drive(
    discord: &FakeDiscord,
    member: &Member,
    rate: f64,
    duration: Duration,
    mut next: impl FnMut(usize) -> Cmd,
) -> (Vec<Sent>, Duration) {
    let total = (rate * duration.as_secs_f64()).round() as usize;
    let period = Duration::from_secs_f64(1.0 / rate);
    let start = Instant::now();
    let mut sent = Vec::with_capacity(total);
    let mut worst_lag = Duration::ZERO;
    for i in 0..total {
        let due = start + period.mul_f64(i as f64);
        let now = Instant::now();
        if due > now {
            tokio::time::sleep_until(due.into()).await;
        } else {
            worst_lag = worst_lag.max(now - due);
        }
        let cmd = next(i);
        let who = if is_public_lookup(cmd.path) {
            &self::member(i)
        } else {
            member
        };
        sent.push(send(discord, who, cmd));
        if i % 64 == 63 {
            // Let the fakes' tasks run even when the generator is behind.
            tokio::task::yield_now().await;
        }
    }
    (sent, worst_lag)
}

pub fn send(discord: &FakeDiscord, member: &Member, cmd: Cmd) -> Sent {
    let t0 = Instant::now();
    let interaction = discord.command(cmd.guild, member, cmd.path, cmd.options.clone());
    Sent {
        guild: cmd.guild,
        path: cmd.path,
        options: cmd.options,
        token: interaction.token().to_owned(),
        t0,
    }
}

/// What the bot did with one interaction, from the fake's request log.
#[derive(Clone, Debug, Default)]
pub struct Answer {
    /// The first callback: when it arrived and its type (4 message, 5 deferred, ...).
    pub first: Option<(Instant, u64)>,
    /// When the answer the member finally sees arrived (the callback with a message, or the
    /// last edit of a deferred one).
    pub last: Option<Instant>,
    /// The last message body the bot sent for it (callback data or edit).
    pub body: Option<Value>,
}

impl Answer {
    pub fn is_final(&self) -> bool {
        match self.first {
            Some((_, 5 | 6)) => self.last.is_some(),
            Some(_) => true,
            None => false,
        }
    }

    /// The colour of the first embed of the last message sent.
    pub fn colour(&self) -> Option<u32> {
        self.body.as_ref()?["embeds"][0]["color"]
            .as_u64()
            .map(|c| c as u32)
    }
}

/// Every interaction's answer by token, from the fake's request log (2xx requests only).
/// How many of `sent` were answered (so far) in `colour`.
pub fn answered_in(sent: &[Sent], answers: &HashMap<String, Answer>, colour: u32) -> usize {
    sent.iter()
        .filter(|s| {
            answers
                .get(&s.token)
                .is_some_and(|a| a.colour() == Some(colour))
        })
        .count()
}

pub fn answers(requests: &[RecordedRequest], clock: &FakeClock) -> HashMap<String, Answer> {
    let mut out: HashMap<String, Answer> = HashMap::new();
    for r in requests {
        if !(200..300).contains(&r.status) {
            continue;
        }
        let parts: Vec<&str> = r.path.split('/').collect();
        let (Some(&kind), Some(&token)) = (parts.get(3), parts.get(5)) else {
            continue;
        };
        let at = clock.at(r.at);
        match kind {
            "interactions" if parts.get(6) == Some(&"callback") => {
                let body = r.body.clone().unwrap_or_default();
                let t = body["type"].as_u64().unwrap_or(0);
                let entry = out.entry(token.to_owned()).or_default();
                if entry.first.is_none() {
                    entry.first = Some((at, t));
                    if t != 5 && t != 6 {
                        entry.last = Some(at);
                        entry.body = Some(body["data"].clone());
                    }
                }
            }
            "webhooks" if r.method == "PATCH" || r.method == "POST" => {
                let entry = out.entry(token.to_owned()).or_default();
                entry.last = Some(at);
                entry.body = r.body.clone();
            }
            _ => {}
        }
    }
    out
}

/// Polls the fake until every interaction in `sent` has its final answer (and, with
/// `settled`, that answer is not an amber "working on it" one), or `limit` passes. Returns
/// the answers as of the last look.
pub async fn wait_answers(
    discord: &FakeDiscord,
    clock: &FakeClock,
    sent: &[Sent],
    limit: Duration,
    settled: bool,
) -> HashMap<String, Answer> {
    let deadline = Instant::now() + limit;
    loop {
        let map = answers(&discord.requests(), clock);
        let done = sent.iter().all(|s| {
            map.get(&s.token)
                .is_some_and(|a| a.is_final() && (!settled || a.colour() != Some(AMBER)))
        });
        if done || Instant::now() >= deadline {
            return map;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// Like [`wait_answers`] with `settled`, for runs where some interactions may never be
/// answered (the bot was killed before it could): done once every answered one is final and
/// not amber, and the set of unanswered ones has not changed for `quiet`.
pub async fn wait_settled(
    discord: &FakeDiscord,
    clock: &FakeClock,
    sent: &[Sent],
    limit: Duration,
    quiet: Duration,
) -> HashMap<String, Answer> {
    let deadline = Instant::now() + limit;
    let mut last_unanswered = usize::MAX;
    let mut since = Instant::now();
    loop {
        let map = answers(&discord.requests(), clock);
        let mut unsettled = 0;
        let mut unanswered = 0;
        for s in sent {
            match map.get(&s.token) {
                Some(a) if a.is_final() && a.colour() != Some(AMBER) => {}
                Some(a) if a.first.is_some() => unsettled += 1,
                _ => unanswered += 1,
            }
        }
        if unanswered != last_unanswered {
            last_unanswered = unanswered;
            since = Instant::now();
        }
        let done = unsettled == 0 && (unanswered == 0 || since.elapsed() >= quiet);
        if done || Instant::now() >= deadline {
            return map;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// Latencies of the first callback and of the final answer, and how many had none.
pub struct Latencies {
    pub first: Vec<Duration>,
    pub last: Vec<Duration>,
    pub unanswered: usize,
    pub unfinished: usize,
}

pub fn latencies(sent: &[Sent], answers: &HashMap<String, Answer>) -> Latencies {
    let mut out = Latencies {
        first: Vec::new(),
        last: Vec::new(),
        unanswered: 0,
        unfinished: 0,
    };
    for s in sent {
        match answers.get(&s.token) {
            Some(a) => {
                if let Some((at, _)) = a.first {
                    out.first.push(at.saturating_duration_since(s.t0));
                } else {
                    out.unanswered += 1;
                }
                match a.last.filter(|_| a.is_final()) {
                    Some(at) => out.last.push(at.saturating_duration_since(s.t0)),
                    None => out.unfinished += 1,
                }
            }
            None => {
                out.unanswered += 1;
                out.unfinished += 1;
            }
        }
    }
    out
}

/// Waits (polling, bounded) for the fake to have received `n` command registrations.
pub async fn wait_registrations(discord: &FakeDiscord, n: usize, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if discord.registrations().len() >= n {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    false
}

// ----- writes ----------------------------------------------------------------------------------

/// How a ban or mute request ended at the fake, for exactly-once accounting: only statuses
/// that applied it count. The scenarios script faults so that this is decidable: 2xx (served),
/// 500 (only ever `ApplyThen(500)`) and 0 (only ever `ApplyThenDrop` on write routes).
pub fn applied_status(status: u16) -> bool {
    (200..300).contains(&status) || status == 500 || status == 0
}

/// The key in [`applications`] of the write a `/roblox ban` or `/roblox mute` asked for:
/// (guild, "ban" | "mute", roblox id); `None` for other commands.
pub fn write_key(sent: &Sent) -> Option<(u64, &'static str, u64)> {
    let kind = match sent.path {
        "roblox ban" => "ban",
        "roblox mute" => "mute",
        _ => return None,
    };
    let roblox_id = sent.options["roblox_id"].as_u64().unwrap_or(0);
    Some((sent.guild, kind, roblox_id))
}

/// Exactly-once accounting of writes sent as slash commands.
#[derive(Debug, Default)]
pub struct WriteTally {
    /// Answered "queued" (amber) or "done" (green).
    pub told: usize,
    pub exactly_once: usize,
    /// Told, never applied.
    pub lost: usize,
    /// Applied more than once (told or not).
    pub duplicated: usize,
    /// Never answered (the bot was killed first), and how many of those were applied.
    pub unanswered: usize,
    pub unanswered_applied: usize,
    /// Answered in another colour (refused or failed), and how many of those were applied
    /// all the same.
    pub refused: usize,
    pub refused_applied: usize,
}

/// How the writes in `sent` ended, from the bot's answers and Technified's request log.
pub fn tally_writes(
    sent: &[Sent],
    answers: &HashMap<String, Answer>,
    requests: &[Recorded],
) -> WriteTally {
    let applied = applications(requests);
    let mut tally = WriteTally::default();
    for s in sent {
        let times = write_key(s)
            .and_then(|key| applied.get(&key).copied())
            .unwrap_or(0);
        if times > 1 {
            tally.duplicated += 1;
        }
        match answers.get(&s.token).and_then(|a| a.colour()) {
            Some(AMBER | GREEN) => {
                tally.told += 1;
                match times {
                    0 => tally.lost += 1,
                    1 => tally.exactly_once += 1,
                    _ => {}
                }
            }
            Some(_) => {
                tally.refused += 1;
                tally.refused_applied += usize::from(times > 0);
            }
            None => {
                tally.unanswered += 1;
                tally.unanswered_applied += usize::from(times > 0);
            }
        }
    }
    tally
}

/// (guild, "ban" | "mute", roblox id) → times Technified applied it.
pub fn applications(requests: &[Recorded]) -> HashMap<(u64, &'static str, u64), usize> {
    let mut out = HashMap::new();
    for r in requests {
        if r.method != "POST" || !applied_status(r.status) {
            continue;
        }
        let kind = if r.path.ends_with("/roblox/ban") {
            "ban"
        } else if r.path.ends_with("/roblox/mute") {
            "mute"
        } else {
            continue;
        };
        let guild = r
            .path
            .split('/')
            .nth(2)
            .and_then(|g| g.parse::<u64>().ok())
            .unwrap_or(0);
        let body = r.body.clone().unwrap_or_default();
        let roblox = body["roblox_id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .or_else(|| body["roblox_id"].as_u64())
            .unwrap_or(0);
        *out.entry((guild, kind, roblox)).or_insert(0) += 1;
    }
    out
}

// ----- outages ---------------------------------------------------------------------------------

/// The retry policy's backoff cap (30 s) plus its largest jitter (10%): the longest a queued
/// write waits between two attempts, so the longest after an outage ends before it is tried
/// again.
pub const BACKOFF_BOUND: Duration = Duration::from_secs(33);

/// Technified's write routes answer 503 from now on (an outage) until `clear_faults`; lookups
/// still work, so each ban's moderator lookup succeeds.
pub fn write_outage(technified: &FakeTechnified) {
    technified.fail_next(
        "POST /moderation",
        Fault::Status(503, "Service Unavailable".into()),
        usize::MAX / 2,
    );
}

/// An outage to run bans through: `bans` of them (7 days each, Roblox IDs from
/// `first_roblox_id`), one per server in turn, sent over the first 80% of an `outage` of
/// Technified's write routes; afterwards the applied bans are waited for at most `limit`.
pub struct OutagePlan {
    pub bans: usize,
    pub first_roblox_id: u64,
    pub outage: Duration,
    pub limit: Duration,
}

/// How the bans of an [`OutagePlan`] came out.
pub struct OutageRun {
    pub sent: Vec<Sent>,
    /// How long the bans were spread over, and the generator's worst lag.
    pub spread: Duration,
    pub lag: Duration,
    pub started: Instant,
    /// Told "queued" (amber) by the outage's end.
    pub queued: usize,
    /// Write attempts refused with 503 during the outage.
    pub refused: usize,
    pub expected: Vec<(u64, &'static str, u64)>,
    pub applied: HashMap<(u64, &'static str, u64), usize>,
    /// The outage's end to the last ban applied (`None`: none was), and how long the suite
    /// waited for them.
    pub drain: Option<Duration>,
    pub waited: Duration,
    /// The members' replies once the bans were in (at most 60 s more), and how many are green.
    pub answers: HashMap<String, Answer>,
    pub green: usize,
}

/// Runs `plan` across `guilds`: the outage, the bans through it, its end, the drain.
pub async fn bans_through_outage(
    plan: OutagePlan,
    discord: &FakeDiscord,
    technified: &FakeTechnified,
    clock: &FakeClock,
    guilds: &[u64],
) -> OutageRun {
    write_outage(technified);
    let started = Instant::now();
    let spread = plan.outage.mul_f64(0.8);
    let rate = plan.bans as f64 / spread.as_secs_f64();
    let (sent, lag) = drive(discord, &staff(), rate, spread, |i| Cmd {
        guild: guilds[i % guilds.len()],
        path: "roblox ban",
        options: serde_json::json!({
            "roblox_id": plan.first_roblox_id + i as u64,
            "reason": "benchmark outage",
            "duration": "7d",
        }),
    })
    .await;
    tokio::time::sleep_until((started + plan.outage).into()).await;
    let queued = answered_in(&sent, &answers(&discord.requests(), clock), AMBER);
    let refused = technified
        .requests()
        .iter()
        .filter(|r| r.at.into_std() >= started && r.status == 503)
        .count();
    technified.clear_faults();
    let recovered = Instant::now();
    let expected: Vec<_> = sent.iter().filter_map(write_key).collect();
    let applied = wait_applied(technified, &expected, plan.limit).await;
    let waited = recovered.elapsed();
    let drain = drain_time(&technified.requests(), recovered);
    let answers = wait_answers(discord, clock, &sent, Duration::from_secs(60), true).await;
    let green = answered_in(&sent, &answers, GREEN);
    OutageRun {
        sent,
        spread,
        lag,
        started,
        queued,
        refused,
        expected,
        applied,
        drain,
        waited,
        answers,
        green,
    }
}

/// Polls the fake until every write in `expected` has been applied, or `limit` passes; returns
/// the applications as of the last look.
pub async fn wait_applied(
    technified: &FakeTechnified,
    expected: &[(u64, &'static str, u64)],
    limit: Duration,
) -> HashMap<(u64, &'static str, u64), usize> {
    let deadline = Instant::now() + limit;
    loop {
        let applied = applications(&technified.requests());
        let done = expected.iter().all(|k| applied.contains_key(k));
        if done || Instant::now() >= deadline {
            return applied;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// From `recovered` (the outage's end) to the last ban Technified applied after it; `None` when
/// none was.
pub fn drain_time(requests: &[Recorded], recovered: Instant) -> Option<Duration> {
    requests
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/roblox/ban") && r.status == 200)
        .map(|r| r.at.into_std())
        .filter(|at| *at >= recovered)
        .max()
        .map(|at| at - recovered)
}
