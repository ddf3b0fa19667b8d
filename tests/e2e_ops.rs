//! Operating the real binary: the command line, configuration errors, `check`, the health
//! listener and `healthcheck`, the generated encryption key, JSON logs and SIGTERM.
//!
//! Every process runs with a cleared environment in a temporary working directory, and talks
//! only to 127.0.0.1: the fakes, or ports that are closed on purpose.
//!
//! The binary under test is the debug build cargo made for these tests, or the one named by
//! `TECHNIFIED_BOT_BIN`: `.ci/run` runs this file a second time against the release binary
//! built the way the Dockerfile builds it.

use std::fmt;
use std::net::{SocketAddr, TcpListener as StdListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use testkit::discord::{
    DiscordFault, FakeChannel, FakeDiscord, FakeGuild, GatewayMode, Member, permissions,
};
use testkit::technified::{FakeTechnified, Fault};
use tokio::process::{Child, Command};

const GUILD: u64 = 111_111_111_111_111_111;
const LOG_CHANNEL: u64 = 444_444_444_444_444_444;
const MEMBER: u64 = 333_333_333_333_333_333;
/// Upper bound for anything to happen (start-up, a reply, an exit).
const WAIT: Duration = Duration::from_secs(20);
/// Between two looks at a condition that has no event to wait on (an HTTP answer, a file).
const POLL: Duration = Duration::from_millis(50);
/// Docker's grace period between SIGTERM and SIGKILL.
const STOP_GRACE: Duration = Duration::from_secs(10);
/// docs/behaviour.md, Process: SIGTERM stops the process within 5 seconds in every state.
const STOP_WITHIN: Duration = Duration::from_secs(5);

// ----- the process ------------------------------------------------------------------------------

fn bot_binary() -> PathBuf {
    match std::env::var_os("TECHNIFIED_BOT_BIN") {
        Some(path) => std::path::absolute(&path)
            .unwrap_or_else(|e| panic!("TECHNIFIED_BOT_BIN {}: {e}", Path::new(&path).display())),
        None => PathBuf::from(env!("CARGO_BIN_EXE_technified-bot")),
    }
}

/// The binary with nothing inherited: no environment, `dir` as working directory.
fn bot(dir: &Path) -> Command {
    let mut command = Command::new(bot_binary());
    command
        .current_dir(dir)
        .env_clear()
        .stdin(Stdio::null())
        .kill_on_drop(true);
    command
}

/// A port on 127.0.0.1 that nothing listens on (bound, then released).
fn closed_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind 127.0.0.1:0")
        .port()
}

fn closed_url() -> String {
    format!("http://127.0.0.1:{}", closed_port())
}

/// Environment that can reach nothing but closed local ports, whatever the binary does with it.
fn offline_env(dir: &Path) -> Vec<(&'static str, String)> {
    vec![
        ("DISCORD_TOKEN", "test-token".into()),
        ("DISCORD_API_URL", closed_url()),
        ("TECHNIFIED_API_URL", closed_url()),
        ("DATABASE_URL", sqlite_url(&dir.join("bot.db"))),
        ("HTTP_ADDR", "off".into()),
        // A panic would print a backtrace: the tests check that none does.
        ("RUST_BACKTRACE", "1".into()),
    ]
}

fn fakes_env(
    discord: &FakeDiscord,
    technified: &FakeTechnified,
    db: &Path,
) -> Vec<(&'static str, String)> {
    vec![
        ("DISCORD_TOKEN", "test-token".into()),
        ("DISCORD_API_URL", discord.api_url()),
        ("TECHNIFIED_API_URL", technified.base_url()),
        ("DATABASE_URL", sqlite_url(db)),
        ("HTTP_ADDR", "off".into()),
        ("RUST_LOG", "info,technified_bot=debug".into()),
    ]
}

/// `sqlite://` + an absolute path: three slashes, as the container's `DATABASE_URL`.
fn sqlite_url(path: &Path) -> String {
    assert!(path.is_absolute(), "{}", path.display());
    let url = format!("sqlite://{}", path.display());
    assert!(url.starts_with("sqlite:///"), "{url}");
    url
}

fn set(env: &mut Vec<(&'static str, String)>, name: &'static str, value: impl Into<String>) {
    env.retain(|(n, _)| *n != name);
    env.push((name, value.into()));
}

struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl fmt::Display for Output {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "exit code {:?}\n--- stdout\n{}--- stderr\n{}---",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `command` to its end (killed after `WAIT`: a process that should exit but runs on is a
/// failure, never a hang).
async fn finish(mut command: Command) -> Output {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = command.spawn().expect("the bot binary starts");
    let output = tokio::time::timeout(WAIT, child.wait_with_output())
        .await
        .unwrap_or_else(|_| panic!("still running after {WAIT:?} (killed)"))
        .expect("wait for the bot binary");
    Output {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A running bot whose stdout and stderr go to one log file; killed when dropped.
struct Running {
    child: Child,
    log: PathBuf,
}

impl Running {
    fn start(work: &Path, log: &Path, env: &[(&'static str, String)]) -> Running {
        let file = std::fs::File::create(log).expect("log file");
        let mut command = bot(work);
        command
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(file.try_clone().expect("log file"))
            .stderr(file);
        Running {
            child: command.spawn().expect("the bot binary starts"),
            log: log.to_owned(),
        }
    }

    fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    async fn kill(&mut self) {
        self.child.kill().await.expect("kill the bot");
    }

    /// `docker stop`: SIGTERM, then SIGKILL after [`STOP_GRACE`]. The bot must have exited
    /// cleanly within [`STOP_WITHIN`] of the SIGTERM.
    async fn terminate(&mut self) {
        let pid = self.child.id().expect("running").to_string();
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill -TERM");
        assert!(sent.success());
        let sent_at = Instant::now();
        let status = tokio::time::timeout(STOP_GRACE, self.child.wait())
            .await
            .unwrap_or_else(|_| {
                panic!(
                    "still running {STOP_GRACE:?} after SIGTERM\n{}",
                    self.logs()
                )
            })
            .unwrap();
        let took = sent_at.elapsed();
        assert!(
            took < STOP_WITHIN,
            "exited {took:?} after SIGTERM\n{}",
            self.logs()
        );
        assert!(status.success(), "{status}\n{}", self.logs());
        assert!(self.logs().contains("shutting down"), "{}", self.logs());
    }
}

/// Polls `probe` until it yields, for at most `WAIT`.
async fn eventually<T>(what: &str, mut probe: impl AsyncFnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(value) = probe().await {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(POLL).await;
    }
}

/// Status and body of `GET http://addr/path`; `None` when nothing answers.
async fn get(addr: SocketAddr, path: &str) -> Option<(u16, String)> {
    let response = reqwest::Client::new()
        .get(format!("http://{addr}{path}"))
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.ok()?))
}

/// A free 127.0.0.1 address for the health listener.
fn free_addr() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], closed_port()))
}

async fn healthcheck(dir: &Path, http_addr: &str) -> Output {
    let mut command = bot(dir);
    command.arg("healthcheck").env("HTTP_ADDR", http_addr);
    finish(command).await
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

async fn discord_with_guild() -> FakeDiscord {
    let discord = FakeDiscord::start().await;
    discord.add_guild(
        FakeGuild::new(GUILD, "Test Server").channel(FakeChannel::text(LOG_CHANNEL, "bot-log")),
    );
    discord
}

// ----- command line and configuration ------------------------------------------------------------

#[tokio::test]
async fn help_lists_the_subcommands() {
    let dir = tempdir();
    let mut command = bot(dir.path());
    command.arg("--help");
    let out = finish(command).await;
    assert_eq!(out.code, Some(0), "{out}");
    for word in ["check", "healthcheck", "DISCORD_TOKEN"] {
        assert!(out.stdout.contains(word), "--help lacks {word}: {out}");
    }
}

/// docs/behaviour.md, Process: anything invalid stops the process before it connects, with exit code 2 and one
/// plain line naming the variable (no panic, no backtrace) — for the bot and for `check`.
#[tokio::test]
async fn each_misconfiguration_exits_2_with_one_line_naming_the_variable() {
    let cases: &[(&str, Option<&str>)] = &[
        ("DISCORD_TOKEN", None),
        ("DISCORD_TOKEN", Some("two words")),
        ("TECHNIFIED_API_URL", Some("not a url")),
        ("TECHNIFIED_API_URL", Some("ftp://127.0.0.1/api")),
        ("DATABASE_URL", Some("mysql://bot:hunter2@127.0.0.1/bot")),
        ("ENCRYPTION_KEY", Some("short")),
        ("HTTP_ADDR", Some("8080")),
        ("LOG_FORMAT", Some("xml")),
        ("RUST_LOG", Some("info,[")),
        ("DEV_GUILD_ID", Some("my-server")),
        ("DISCORD_API_URL", Some("localhost:3000")),
        ("SHARDS", Some("0-3")),
        ("SHARDS", Some("3-1/4")),
        ("SHARDS", Some("0-4/4")),
        ("SHARDS", Some("0-0/0")),
        // Part of the shards needs a database shared by several processes; SQLite is not.
        ("SHARDS", Some("0-1/4")),
    ];
    for subcommand in [None, Some("check")] {
        for (var, value) in cases {
            let dir = tempdir();
            let mut env = offline_env(dir.path());
            env.retain(|(name, _)| name != var);
            if let Some(value) = value {
                env.push((var, (*value).to_owned()));
            }
            let mut command = bot(dir.path());
            command.envs(env);
            command.args(subcommand);
            let out = finish(command).await;
            let case = format!("{var}={value:?} ({subcommand:?})");
            assert_eq!(out.code, Some(2), "{case}: {out}");
            assert_one_line_naming(&out, var, &case);
            assert!(!out.stderr.contains("hunter2"), "{case}: echoed a secret");
            let left: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert!(left.is_empty(), "{case}: created {left:?} before stopping");
        }
    }
}

fn assert_one_line_naming(out: &Output, var: &str, case: &str) {
    assert!(
        out.stderr.starts_with(&format!("{var}: ")),
        "{case}: the line must start with the variable: {out}"
    );
    assert_eq!(out.stderr.lines().count(), 1, "{case}: one line: {out}");
    assert!(out.stdout.is_empty(), "{case}: stdout: {out}");
    for noise in [
        "panicked",
        "backtrace",
        "RUST_BACKTRACE",
        "Error {",
        "thread '",
    ] {
        assert!(!out.stderr.contains(noise), "{case}: {noise}: {out}");
    }
}

#[tokio::test]
async fn a_bad_value_in_dot_env_is_named_too() {
    let dir = tempdir();
    std::fs::write(dir.path().join(".env"), "LOG_FORMAT=xml\n").unwrap();
    let mut command = bot(dir.path());
    command.envs(offline_env(dir.path()));
    let out = finish(command).await;
    assert_eq!(out.code, Some(2), "{out}");
    assert_one_line_naming(&out, "LOG_FORMAT", ".env");
}

#[tokio::test]
async fn healthcheck_without_a_listener_to_ask_exits_2() {
    let dir = tempdir();
    for value in ["off", "localhost"] {
        let out = healthcheck(dir.path(), value).await;
        assert_eq!(out.code, Some(2), "HTTP_ADDR={value}: {out}");
        assert_one_line_naming(&out, "HTTP_ADDR", value);
    }
}

// ----- check -----------------------------------------------------------------------------------

#[tokio::test]
async fn check_passes_against_the_fakes_one_line_per_check() {
    let discord = FakeDiscord::start().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let mut command = bot(dir.path());
    command
        .arg("check")
        .envs(fakes_env(&discord, &technified, &dir.path().join("bot.db")));
    let out = finish(command).await;
    assert_eq!(out.code, Some(0), "{out}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "one line per check: {out}");
    for (line, about) in lines.iter().zip([
        "configuration",
        "Discord accepted the token",
        "Discord gateway",
        "Technified answers",
    ]) {
        assert!(line.starts_with("ok "), "{line}: {out}");
        assert!(line.contains(about), "{line} is not about {about}: {out}");
    }
    assert!(lines[2].contains(&discord.gateway_url()), "{out}");
    assert!(!out.stdout.contains("test-token") && !out.stderr.contains("test-token"));
    // `check` reads; it creates no database.
    assert!(!dir.path().join("bot.db").exists());
    discord.assert_conformant();
}

#[tokio::test]
async fn check_names_what_it_cannot_reach_and_exits_1() {
    let discord = FakeDiscord::start().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let db = dir.path().join("bot.db");

    let mut env = fakes_env(&discord, &technified, &db);
    let closed = closed_url();
    set(&mut env, "TECHNIFIED_API_URL", &closed);
    let mut command = bot(dir.path());
    command.arg("check").envs(env);
    let out = finish(command).await;
    assert_eq!(out.code, Some(1), "{out}");
    let failed: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("FAIL"))
        .collect();
    assert_eq!(failed.len(), 1, "{out}");
    assert!(failed[0].contains("Technified"), "{out}");
    assert!(failed[0].contains(&closed), "{out}");
    assert_eq!(out.stdout.lines().count(), 4, "{out}");

    // Discord unreachable: both Discord checks fail, through the configured base only.
    let mut env = fakes_env(&discord, &technified, &db);
    set(&mut env, "DISCORD_API_URL", closed_url());
    let mut command = bot(dir.path());
    command.arg("check").envs(env);
    let out = finish(command).await;
    assert_eq!(out.code, Some(1), "{out}");
    let failed: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("FAIL"))
        .collect();
    assert_eq!(failed.len(), 2, "{out}");
    assert!(failed.iter().all(|l| l.contains("Discord")), "{out}");
    assert!(failed[0].contains("not reachable"), "{out}");
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("ok") && l.contains("Technified"))
    );

    // Discord answers 401: the token is named.
    discord.fail_next(
        "GET /users/@me",
        DiscordFault::Status(401, 0, "401: Unauthorized".into()),
        1,
    );
    let mut command = bot(dir.path());
    command
        .arg("check")
        .envs(fakes_env(&discord, &technified, &db));
    let out = finish(command).await;
    assert_eq!(out.code, Some(1), "{out}");
    let failed: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("FAIL"))
        .collect();
    assert_eq!(failed.len(), 1, "{out}");
    assert!(failed[0].contains("did not accept DISCORD_TOKEN"), "{out}");
}

// ----- the health listener ---------------------------------------------------------------------

#[tokio::test]
async fn before_ready_healthz_is_200_and_readyz_503() {
    // The gateway never answers the bot's connection: it stays before READY.
    let discord = FakeDiscord::start().await;
    discord.gateway_mode(GatewayMode::Silent);
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let addr = free_addr();
    let mut env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    set(&mut env, "HTTP_ADDR", addr.to_string());
    let bot = Running::start(dir.path(), &dir.path().join("bot.log"), &env);

    eventually("the bot to open the gateway connection", async || {
        (discord.gateway_attempts() > 0).then_some(())
    })
    .await;
    let healthz = eventually("/healthz", async || get(addr, "/healthz").await).await;
    assert_eq!(healthz, (200, "ok".into()), "{}", bot.logs());
    let readyz = get(addr, "/readyz").await.expect("/readyz answers");
    assert_eq!(
        readyz,
        (503, "gateway not connected (0 of 1 shards)".into()),
        "{}",
        bot.logs()
    );
    // healthcheck is liveness: a process still connecting is alive.
    let out = healthcheck(dir.path(), &addr.to_string()).await;
    assert_eq!(out.code, Some(0), "{out}");
}

#[tokio::test]
async fn a_connected_bot_is_ready_serves_metrics_and_stops_on_sigterm() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let addr = free_addr();
    let mut env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    set(&mut env, "HTTP_ADDR", addr.to_string());
    let mut bot = Running::start(dir.path(), &dir.path().join("bot.log"), &env);
    discord.wait_commands_registered(WAIT).await;

    let (status, body) = eventually("/readyz 200", async || {
        get(addr, "/readyz")
            .await
            .filter(|(status, _)| *status == 200)
    })
    .await;
    assert_eq!((status, body.as_str()), (200, "ready"));
    assert_eq!(get(addr, "/healthz").await, Some((200, "ok".into())));

    // One command, so the metrics have something to count.
    let member = Member::new(MEMBER, "member");
    discord
        .command(GUILD, &member, "help", json!({}))
        .final_message(WAIT)
        .await;
    // The command is counted once it has finished, just after the member saw the answer.
    let (status, metrics) = eventually("/metrics counting the command", async || {
        get(addr, "/metrics")
            .await
            .filter(|(_, body)| body.contains("command=\"help\""))
    })
    .await;
    assert_eq!(status, 200);
    assert_prometheus_text(&metrics);
    assert!(
        metrics.contains("# TYPE commands_total counter"),
        "{metrics}"
    );
    assert!(
        metrics
            .lines()
            .any(|l| l.starts_with("commands_total{") && l.contains("command=\"help\"")),
        "{metrics}"
    );

    // The healthcheck subcommand, as the container runs it (a wildcard address is asked on
    // loopback) and against nothing.
    for http_addr in [addr.to_string(), format!("0.0.0.0:{}", addr.port())] {
        let out = healthcheck(dir.path(), &http_addr).await;
        assert_eq!(out.code, Some(0), "HTTP_ADDR={http_addr}: {out}");
    }
    let out = healthcheck(dir.path(), &free_addr().to_string()).await;
    assert_eq!(out.code, Some(1), "{out}");

    bot.terminate().await;
    assert_eq!(
        get(addr, "/healthz").await,
        None,
        "the listener outlived the bot"
    );
    // The log is a file, not a terminal: plain text, without colour codes.
    let logs = bot.logs();
    assert!(logs.contains("interaction done"), "{logs}");
    assert!(!logs.contains('\u{1b}'), "colour codes in the log:\n{logs}");
    discord.assert_conformant();
}

// ----- sharding --------------------------------------------------------------------------------

/// A server id whose events Discord sends to `shard` of `total`: `(id >> 22) % total == shard`.
fn guild_on_shard(shard: u64, total: u64, n: u64) -> u64 {
    ((1_000 + n) * total + shard) << 22
}

/// With `SHARDS` unset, the bot runs as many shards as `GET /gateway/bot` recommends, spaces
/// their IDENTIFYs as Discord requires (the fake answers a early one with op 9), is ready only
/// once every shard is connected, serves the servers of each shard, and reports each shard.
#[tokio::test]
async fn runs_every_recommended_shard_and_is_ready_only_when_all_are_connected() {
    let discord = FakeDiscord::start().await;
    discord.recommend_shards(2);
    // Heartbeats soon, so each shard has a measured latency within the test.
    discord.heartbeat_interval(Duration::from_millis(200));
    let servers = [guild_on_shard(0, 2, 1), guild_on_shard(1, 2, 2)];
    for (i, id) in servers.iter().enumerate() {
        let channel = FakeChannel::text(LOG_CHANNEL + i as u64, "bot-log");
        discord.add_guild(FakeGuild::new(*id, "Sharded Server").channel(channel));
    }
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let addr = free_addr();
    let mut env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    set(&mut env, "HTTP_ADDR", addr.to_string());
    let bot = Running::start(dir.path(), &dir.path().join("bot.log"), &env);

    // serenity starts the second shard 5 s after the first: not ready in between.
    let (status, _) = eventually("/readyz with one of two shards connected", async || {
        get(addr, "/readyz")
            .await
            .filter(|(_, body)| body.contains("1 of 2 shards"))
    })
    .await;
    assert_eq!(status, 503, "{}", bot.logs());
    discord.wait_shards_connected(2, WAIT).await;
    let (status, body) = eventually("/readyz 200", async || {
        get(addr, "/readyz")
            .await
            .filter(|(status, _)| *status == 200)
    })
    .await;
    assert_eq!((status, body.as_str()), (200, "ready"));
    assert_eq!(discord.identified_shards(), [[0, 2], [1, 2]]);
    assert_eq!(
        discord.rate_limited_identifies(),
        0,
        "an IDENTIFY came faster than Discord allows\n{}",
        discord.report()
    );

    discord.wait_commands_registered(WAIT).await;
    let member = Member::new(MEMBER, "member");
    for id in servers {
        let reply = discord
            .command(id, &member, "help", json!({}))
            .final_message(WAIT)
            .await;
        assert!(reply.embed_text().contains("/setup"), "server {id}");
    }

    let (_, metrics) = eventually("/metrics with both shards' latency", async || {
        get(addr, "/metrics").await.filter(|(_, body)| {
            ["0", "1"].iter().all(|shard| {
                body.contains(&format!("gateway_latency_seconds{{shard=\"{shard}\"}}"))
            })
        })
    })
    .await;
    assert_prometheus_text(&metrics);
    assert!(
        metrics.lines().any(|l| l == "gateway_shards_connected 2"),
        "{metrics}"
    );
    discord.assert_conformant();
}

/// A 4011 close (too many servers on one shard): the bot starts again with the count Discord
/// recommends after the close, says so in its log, and serves every server.
#[tokio::test]
async fn a_4011_close_restarts_the_gateway_with_the_count_discord_recommends_now() {
    let discord = FakeDiscord::start().await;
    // Discord's 2,500 servers per shard, scaled down: two servers need two shards.
    discord.guilds_per_shard(1);
    let servers = [guild_on_shard(0, 2, 1), guild_on_shard(1, 2, 2)];
    for (i, id) in servers.iter().enumerate() {
        let channel = FakeChannel::text(LOG_CHANNEL + i as u64, "bot-log");
        discord.add_guild(FakeGuild::new(*id, "Growing Server").channel(channel));
    }
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let addr = free_addr();
    let mut env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    set(&mut env, "HTTP_ADDR", addr.to_string());
    let bot = Running::start(dir.path(), &dir.path().join("bot.log"), &env);

    discord.wait_shards_connected(2, WAIT).await;
    assert_eq!(
        discord.identified_shards(),
        [[0, 1], [0, 2], [1, 2]],
        "{}",
        bot.logs()
    );
    assert_eq!(discord.sharding_required_closes(), 1);
    assert_eq!(discord.rate_limited_identifies(), 0, "{}", discord.report());
    let logs = bot.logs();
    assert!(
        logs.lines()
            .any(|l| l.contains("4011 Sharding required") && l.contains("0-1/2")),
        "{logs}"
    );
    eventually("/readyz 200", async || {
        get(addr, "/readyz")
            .await
            .filter(|(status, _)| *status == 200)
    })
    .await;
    discord.wait_commands_registered(WAIT).await;
    let member = Member::new(MEMBER, "member");
    for id in servers {
        let reply = discord
            .command(id, &member, "help", json!({}))
            .final_message(WAIT)
            .await;
        assert!(reply.embed_text().contains("/setup"), "server {id}");
    }
    discord.assert_conformant();
}

/// With `SHARDS` set, the operator chose the count: a 4011 stops the bot, naming `SHARDS`.
#[tokio::test]
async fn a_4011_close_with_shards_set_stops_the_bot_naming_shards() {
    let discord = FakeDiscord::start().await;
    discord.guilds_per_shard(1);
    for n in 0..2 {
        let id = guild_on_shard(0, 1, n);
        discord.add_guild(FakeGuild::new(id, "Crowded").channel(FakeChannel::text(id + 1, "g")));
    }
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let mut env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    set(&mut env, "SHARDS", "0-0/1");
    let mut command = bot(dir.path());
    command.envs(env);
    let out = finish(command).await;
    assert_eq!(out.code, Some(1), "{out}");
    let last = out.stderr.lines().last().unwrap_or_default();
    assert!(
        last.contains("4011") && last.contains("SHARDS=0-0/1"),
        "{out}"
    );
    assert_eq!(discord.identified_shards(), [[0, 1]]);
}

/// The fake holds the bot to Discord's rules, so the tests above can fail: an IDENTIFY within
/// 5 s of another in its bucket gets op 9 Invalid Session, and a shard that would carry more
/// servers than allowed is closed with 4011, after which more shards are recommended.
#[tokio::test]
async fn the_fake_discord_enforces_the_identify_rate_and_the_servers_per_shard() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    let _first = Running::start(dir.path(), &dir.path().join("first.log"), &env);
    discord.wait_ready(WAIT).await;
    // A second process identifying the same shard at once, as a careless deployment would.
    let other = tempdir();
    let env = fakes_env(&discord, &technified, &other.path().join("bot.db"));
    let _second = Running::start(other.path(), &other.path().join("second.log"), &env);
    eventually("an IDENTIFY answered with op 9", async || {
        (discord.rate_limited_identifies() > 0).then_some(())
    })
    .await;

    let crowded = FakeDiscord::start().await;
    crowded.guilds_per_shard(1);
    for n in 0..2 {
        let id = guild_on_shard(0, 1, n);
        crowded.add_guild(FakeGuild::new(id, "Crowded").channel(FakeChannel::text(id + 1, "g")));
    }
    let recommended = async || {
        let url = format!("{}/api/v10/gateway/bot", crowded.api_url());
        let body: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
        body["shards"].as_u64()
    };
    assert_eq!(recommended().await, Some(1));
    let third = tempdir();
    let env = fakes_env(&crowded, &technified, &third.path().join("bot.db"));
    let _bot = Running::start(third.path(), &third.path().join("crowded.log"), &env);
    eventually("a 4011 close", async || {
        (crowded.sharding_required_closes() > 0).then_some(())
    })
    .await;
    assert_eq!(crowded.identified_shards()[0], [0, 1]);
    assert_eq!(recommended().await, Some(2));
}

/// Every line is a comment (`# HELP`, `# TYPE`) or `name{labels} value`.
fn assert_prometheus_text(text: &str) {
    assert!(!text.trim().is_empty(), "empty metrics");
    for line in text.lines().filter(|l| !l.is_empty()) {
        if line.starts_with("# HELP ") || line.starts_with("# TYPE ") {
            continue;
        }
        let (series, value) = line
            .rsplit_once(' ')
            .unwrap_or_else(|| panic!("not a sample: {line}"));
        let name = series.split('{').next().unwrap();
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'),
            "bad metric name: {line}"
        );
        assert!(
            series.contains('{') == series.ends_with('}'),
            "bad labels: {line}"
        );
        assert!(value.parse::<f64>().is_ok(), "bad value: {line}");
    }
}

// ----- data folder, generated key, JSON logs ----------------------------------------------------

/// The container's layout: an absolute `sqlite:///…` URL in a folder other than the working
/// directory, no ENCRYPTION_KEY, JSON logs.
#[tokio::test]
async fn first_run_generates_a_private_key_beside_an_absolute_database_and_logs_json() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let root = tempdir();
    let work = root.path().join("app");
    let data = root.path().join("volume/data");
    std::fs::create_dir(&work).unwrap();
    let mut env = fakes_env(&discord, &technified, &data.join("technified-bot.db"));
    set(&mut env, "LOG_FORMAT", "json");
    set(&mut env, "RUST_LOG", "info");
    let mut bot = Running::start(&work, &root.path().join("first.log"), &env);
    discord.wait_commands_registered(WAIT).await;

    let key_file = data.join("encryption.key");
    assert!(data.join("technified-bot.db").is_file());
    assert!(key_file.is_file());
    assert!(
        !work.join("data").exists(),
        "data went to the working directory"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "encryption.key mode {mode:o}");
    }
    let key = std::fs::read_to_string(&key_file).unwrap();
    let key = key.trim();
    use base64::Engine;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(key)
        .unwrap();
    assert_eq!(raw.len(), 32);

    let logs = bot.logs();
    let records = json_lines(&logs);
    let generated: Vec<&Value> = records
        .iter()
        .filter(|r| {
            r["fields"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("generated a new ENCRYPTION_KEY"))
        })
        .collect();
    assert_eq!(generated.len(), 1, "{logs}");
    assert_eq!(generated[0]["level"], "WARN", "{logs}");
    assert!(
        generated[0]["fields"]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("volume/data/encryption.key")),
        "{logs}"
    );
    assert!(!logs.contains(key), "the key was logged");

    // The second start reads the key: no new key, no generation line.
    bot.kill().await;
    let bot = Running::start(&work, &root.path().join("second.log"), &env);
    discord.wait_sessions(2, WAIT).await;
    assert_eq!(std::fs::read_to_string(&key_file).unwrap().trim(), key);
    let logs = bot.logs();
    json_lines(&logs);
    assert!(!logs.contains("generated a new ENCRYPTION_KEY"), "{logs}");
    assert!(!logs.contains(key), "the key was logged");
}

/// Each line of `logs` is one JSON object (with a level and fields); at least one line.
fn json_lines(logs: &str) -> Vec<Value> {
    let records: Vec<Value> = logs
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}\n{logs}"));
            assert!(record.is_object(), "{line}");
            assert!(record["level"].is_string(), "{line}");
            assert!(record["fields"].is_object(), "{line}");
            record
        })
        .collect();
    assert!(!records.is_empty(), "no log lines");
    records
}

/// With `DISCORD_API_URL` set, a proxy that does not answer stops the bot: serenity would
/// otherwise fall back to Discord's own gateway behind the operator's back.
#[tokio::test]
async fn an_unreachable_discord_api_url_stops_the_bot_instead_of_bypassing_it() {
    let dir = tempdir();
    let technified = FakeTechnified::start().await;
    let mut command = bot(dir.path());
    let mut env = offline_env(dir.path());
    set(&mut env, "TECHNIFIED_API_URL", technified.base_url());
    command.envs(env);
    let out = finish(command).await;
    assert_eq!(out.code, Some(1), "{out}");
    assert!(out.stderr.contains("Discord"), "{out}");
    assert!(!out.stderr.contains("panicked"), "{out}");
}

// ----- stopping in every state -----------------------------------------------------------------

/// A bot against `discord`, with `discord`'s gateway in whatever state the test put it.
fn start_against(discord: &FakeDiscord, technified: &FakeTechnified, dir: &Path) -> Running {
    let env = fakes_env(discord, technified, &dir.join("bot.db"));
    Running::start(dir, &dir.join("bot.log"), &env)
}

/// Waits until the fake's gateway has seen `n` connection attempts.
async fn wait_gateway_attempts(discord: &FakeDiscord, n: usize) {
    eventually(&format!("{n} gateway connection attempt(s)"), async || {
        (discord.gateway_attempts() >= n).then_some(())
    })
    .await;
}

#[tokio::test]
async fn sigterm_while_connecting_stops_within_5_s() {
    let discord = FakeDiscord::start().await;
    discord.gateway_mode(GatewayMode::Silent);
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let mut bot = start_against(&discord, &technified, dir.path());
    wait_gateway_attempts(&discord, 1).await;
    bot.terminate().await;
}

/// The new user's case: Discord's gateway cannot be reached at all, and serenity re-queues
/// the shard every 5 s for ever.
#[tokio::test]
async fn sigterm_while_the_gateway_is_unreachable_stops_within_5_s() {
    let discord = FakeDiscord::start().await;
    discord.gateway_mode(GatewayMode::Refuse);
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let mut bot = start_against(&discord, &technified, dir.path());
    eventually("a refused gateway connection", async || {
        bot.logs().contains("Err starting shard").then_some(())
    })
    .await;
    bot.terminate().await;
    assert_eq!(
        discord.gateway_attempts(),
        0,
        "the refused address was used"
    );
}

#[tokio::test]
async fn sigterm_between_dropped_gateway_connections_stops_within_5_s() {
    let discord = FakeDiscord::start().await;
    discord.gateway_mode(GatewayMode::Drop);
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let mut bot = start_against(&discord, &technified, dir.path());
    // The second attempt comes after serenity's back-off: the bot is in that loop.
    wait_gateway_attempts(&discord, 2).await;
    bot.terminate().await;
}

#[tokio::test]
async fn sigterm_while_resuming_a_dropped_session_stops_within_5_s() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let mut bot = start_against(&discord, &technified, dir.path());
    discord.wait_commands_registered(WAIT).await;
    let attempts = discord.gateway_attempts();
    // serenity resumes after this close code; the resume's handshake is never answered.
    discord.gateway_mode(GatewayMode::Silent);
    discord.close_gateway(4000);
    wait_gateway_attempts(&discord, attempts + 1).await;
    bot.terminate().await;
    assert!(discord.resumes().is_empty(), "no resume got through");
}

// ----- queued writes, secrets in logs: a connected server ---------------------------------------

const ADMIN: u64 = 222_222_222_222_222_222;
const MODERATOR: u64 = 222_222_222_222_222_223;
const AMBER: u32 = 0xF0B232;
const GREEN: u32 = 0x57F287;

fn admin() -> Member {
    Member::new(ADMIN, "admin").permissions(permissions::MANAGE_GUILD)
}

fn moderator() -> Member {
    Member::new(MODERATOR, "moderator")
        .permissions(permissions::BAN_MEMBERS | permissions::MODERATE_MEMBERS)
}

/// The admin connects the server with `/setup`; returns the key and the two interaction tokens
/// (the command's and the dialog submit's).
async fn setup(discord: &FakeDiscord, technified: &FakeTechnified) -> (String, [String; 2]) {
    let key = technified.add_key(GUILD);
    let command = discord.command(GUILD, &admin(), "setup", json!({}));
    let submit = command.submit_modal(&[("0", &key)]).await;
    let verdict = submit.final_message(WAIT).await;
    assert_eq!(verdict.color(), Some(GREEN), "{}", verdict.embed_text());
    technified.link(GUILD, MODERATOR, 1_001, "ModOnRoblox");
    (key, [command.token().into(), submit.token().into()])
}

/// The moderator bans `roblox_id`; Technified answers 503, so the ban is queued.
async fn queued_ban(
    discord: &FakeDiscord,
    technified: &FakeTechnified,
    roblox_id: u64,
) -> testkit::discord::Interaction {
    technified.fail_next(
        "POST /moderation",
        Fault::Status(503, "Service Unavailable".into()),
        1,
    );
    let options = json!({"roblox_id": roblox_id, "reason": "Exploiting", "duration": "1d"});
    let ban = discord.command(GUILD, &moderator(), "roblox ban", options);
    let queued = ban.final_message(WAIT).await;
    assert_eq!(queued.color(), Some(AMBER), "{}", queued.embed_text());
    ban
}

/// The states of the queued jobs, read from the bot's database.
async fn job_states(db: &Path) -> Vec<String> {
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(db)
        .read_only(true);
    let mut connection = sqlx::ConnectOptions::connect(&options)
        .await
        .expect("open the bot's database");
    sqlx::query_scalar("SELECT state FROM jobs ORDER BY id")
        .fetch_all(&mut connection)
        .await
        .expect("read the jobs")
}

#[tokio::test]
async fn sigterm_while_a_queued_write_waits_on_a_429_stops_within_5_s_and_keeps_it() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let db = dir.path().join("bot.db");
    let env = fakes_env(&discord, &technified, &db);
    let mut bot = Running::start(dir.path(), &dir.path().join("first.log"), &env);
    discord.wait_commands_registered(WAIT).await;
    setup(&discord, &technified).await;

    // A 429 with a 10-minute Retry-After holds the ban-status group: the queued ban's next
    // attempt, which reads the ban status back first (its 503 may have applied it), waits.
    technified.fail_next("GET /moderation", Fault::RateLimitedHeader(600), 1);
    discord
        .command(
            GUILD,
            &moderator(),
            "roblox ban-status",
            json!({"roblox_id": 999}),
        )
        .final_message(WAIT)
        .await;
    let ban = queued_ban(&discord, &technified, 261).await;
    eventually("the retry attempt under way", async || {
        (job_states(&db).await == ["running"]).then_some(())
    })
    .await;

    bot.terminate().await;
    assert!(technified.bans(GUILD).is_empty());
    assert_ne!(job_states(&db).await, ["done"], "{}", bot.logs());

    // The next start takes the ban up again and applies it once.
    let _bot = Running::start(dir.path(), &dir.path().join("second.log"), &env);
    let done = ban
        .wait_message(WAIT, "the ban applied after the restart", |m| {
            m.color() == Some(GREEN)
        })
        .await;
    assert!(done.embed_text().contains("261"), "{}", done.embed_text());
    assert_eq!(technified.bans(GUILD).len(), 1);
    discord.assert_conformant();
}

/// Whatever `RUST_LOG` asks for, the key typed into /setup and the interaction tokens never
/// reach an output stream or a file: the libraries that would print gateway payloads, bodies
/// and webhook URLs are capped.
#[tokio::test]
async fn at_rust_log_trace_no_key_or_interaction_token_is_written_anywhere() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let mut env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    set(&mut env, "RUST_LOG", "trace");
    let mut bot = Running::start(dir.path(), &dir.path().join("bot.log"), &env);
    discord.wait_commands_registered(WAIT).await;

    let (key, tokens) = setup(&discord, &technified).await;
    let mut secrets = vec![key];
    secrets.extend(tokens);
    // A queued write, and its result delivered late through the member's token.
    technified.fail_next(
        "POST /moderation",
        Fault::Status(503, "Service Unavailable".into()),
        1_000,
    );
    let ban = queued_ban(&discord, &technified, 262).await;
    secrets.push(ban.token().into());
    technified
        .wait_for_requests("POST /moderation", 2, WAIT)
        .await;
    technified.clear_faults();
    ban.wait_message(WAIT, "the late result", |m| m.color() == Some(GREEN))
        .await;
    bot.terminate().await;

    let logs = bot.logs();
    assert!(logs.contains("TRACE"), "trace logging was not on:\n{logs}");
    // Everything the process wrote, except the database that stores them by design.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("bot.db") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{name} holds a secret ({}…)",
                &secret[..8]
            );
        }
    }
}

// ----- one process per data folder ---------------------------------------------------------------

#[tokio::test]
async fn a_second_process_on_the_data_folder_is_refused_and_a_crash_leaves_no_stale_lock() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let env = fakes_env(&discord, &technified, &dir.path().join("bot.db"));
    let mut first = Running::start(dir.path(), &dir.path().join("first.log"), &env);
    discord.wait_commands_registered(WAIT).await;

    let mut second = bot(dir.path());
    second.envs(env.clone());
    let out = finish(second).await;
    assert_eq!(out.code, Some(1), "{out}");
    assert_eq!(out.stderr.lines().count(), 1, "{out}");
    assert!(
        out.stderr
            .contains("in use by another technified-bot process")
            && out.stderr.contains(&dir.path().display().to_string()),
        "{out}"
    );
    assert_eq!(
        discord.identifies().len(),
        1,
        "the second process connected"
    );

    // The first runs on as before.
    assert!(
        first.child.try_wait().unwrap().is_none(),
        "{}",
        first.logs()
    );
    let help = discord
        .command(GUILD, &Member::new(MEMBER, "member"), "help", json!({}))
        .final_message(WAIT)
        .await;
    assert!(!help.embed_text().is_empty());

    // A crash (SIGKILL) releases the lock: the next start goes ahead.
    first.kill().await;
    let _third = Running::start(dir.path(), &dir.path().join("third.log"), &env);
    discord.wait_sessions(2, WAIT).await;
}

// ----- start-up warnings -----------------------------------------------------------------------

#[tokio::test]
async fn start_and_check_warn_about_plain_http_to_another_host_and_files_readable_by_others() {
    let discord = discord_with_guild().await;
    let technified = FakeTechnified::start().await;
    let dir = tempdir();
    let db = dir.path().join("bot.db");
    let env = fakes_env(&discord, &technified, &db);
    let mut first = Running::start(dir.path(), &dir.path().join("first.log"), &env);
    discord.wait_commands_registered(WAIT).await;
    first.kill().await;
    let warnings = ["plain http://", "other users of this machine can read"];
    for warning in warnings {
        assert!(!first.logs().contains(warning), "{}", first.logs());
    }

    // The data folder copied without its modes; Technified reached over plain http:// at an
    // address that is not loopback (0.0.0.0: Linux connects it to this machine).
    let key_file = dir.path().join("encryption.key");
    for path in [&db, &key_file] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let mut env = env;
    set(
        &mut env,
        "TECHNIFIED_API_URL",
        technified.base_url().replace("127.0.0.1", "0.0.0.0"),
    );
    let second = Running::start(dir.path(), &dir.path().join("second.log"), &env);
    discord.wait_sessions(2, WAIT).await;
    let logs = second.logs();
    let warned = |text: &str| {
        logs.lines()
            .filter(|l| l.contains("WARN") && l.contains(text))
            .count()
    };
    assert_eq!(warned("TECHNIFIED_API_URL is plain http://"), 1, "{logs}");
    assert_eq!(warned("other users of this machine can read"), 2, "{logs}");
    assert_eq!(warned("encryption.key"), 1, "{logs}");

    let mut check = bot(dir.path());
    check.arg("check").envs(env);
    let out = finish(check).await;
    assert_eq!(out.code, Some(0), "a warning is not a failure: {out}");
    let warns: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("WARN"))
        .collect();
    assert_eq!(warns.len(), 1, "{out}");
    assert!(
        warns[0].contains("TECHNIFIED_API_URL is plain http://"),
        "{out}"
    );
}
