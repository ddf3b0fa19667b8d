//! The real bot binary against the fakes: a world with one server, its admin, a fake Discord,
//! a fake Technified, and a data folder that survives restarts of the bot.

#![allow(dead_code, unused_imports)] // Each test binary uses part of this module.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde_json::json;
use testkit::discord::permissions::{BAN_MEMBERS, MANAGE_GUILD, MODERATE_MEMBERS};
use testkit::discord::{FakeChannel, FakeDiscord, FakeGuild, Member, SeenMessage};
use testkit::technified::{FakeTechnified, Fault};
use tokio::process::{Child, Command};

pub mod databases;

pub const GUILD: u64 = 111_111_111_111_111_111;
pub const OTHER_GUILD: u64 = 999_999_999_999_999_999;
pub const LOG_CHANNEL: u64 = 444_444_444_444_444_444;
pub const ADMIN: u64 = 222_222_222_222_222_222;
pub const MEMBER: u64 = 333_333_333_333_333_333;
pub const ADMIN_ROBLOX: u64 = 1_000;
pub const WAIT: Duration = Duration::from_secs(15);
/// The `ENCRYPTION_KEY` tests give a store, or a bot on Postgres (where no data folder holds a
/// generated one).
pub const ENCRYPTION_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

/// Embed colours: errors, "working on it", success, neutral information.
pub use technified_bot::discord::embeds::{AMBER, BLURPLE, GREEN, RED};

/// The member sees an ephemeral embed of `colour` whose text holds each of `words`.
pub fn assert_look(seen: &SeenMessage, colour: u32, words: &[&str]) {
    let text = seen.embed_text();
    assert_eq!(
        seen.color(),
        Some(colour),
        "expected colour {colour:#08X}: {text}"
    );
    for word in words {
        assert!(text.contains(word), "expected `{word}` in: {text}");
    }
    assert!(seen.ephemeral(), "answers are ephemeral: {text}");
}

/// The bot process, killed when dropped.
pub struct Bot {
    child: Child,
    log: PathBuf,
}

impl Bot {
    /// Starts the real binary with its data in `data_dir`, talking only to the fakes, with
    /// `extra_env` added to (or overriding) the test environment.
    pub fn start_with(
        discord: &FakeDiscord,
        technified: &FakeTechnified,
        data_dir: &Path,
        extra_env: &[(&str, &str)],
    ) -> Bot {
        let log = data_dir.join(format!("bot-{}.log", std::process::id()));
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .expect("bot log file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_technified-bot"));
        command
            .current_dir(data_dir)
            .env_clear()
            .env("DISCORD_TOKEN", "test-token")
            .env("DISCORD_API_URL", discord.api_url())
            .env("TECHNIFIED_API_URL", technified.base_url())
            .env(
                "DATABASE_URL",
                format!("sqlite://{}", database_file(data_dir).display()),
            )
            .env("HTTP_ADDR", "off")
            .env("RUST_LOG", "info,technified_bot=debug")
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log file"))
            .stderr(log_file)
            .kill_on_drop(true);
        for (name, value) in extra_env {
            command.env(name, value);
        }
        let child = command.spawn().expect("the bot binary starts");
        Bot { child, log }
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits (polling its log, for at most [`WAIT`]) until the bot logged a line holding every
    /// one of `words`: for what leaves no other trace, such as an event it decided to ignore.
    pub async fn wait_log(&self, words: &[&str]) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let logs = self.logs();
            if logs
                .lines()
                .any(|line| words.iter().all(|w| line.contains(w)))
            {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "no log line with {words:?}:\n{logs}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Kills the process without warning (a crash).
    pub async fn kill(&mut self) {
        self.child.kill().await.expect("kill the bot");
    }
}

/// One server with an admin, a log channel, both fakes and a running bot.
pub struct World {
    pub discord: FakeDiscord,
    pub technified: FakeTechnified,
    pub dir: tempfile::TempDir,
    pub bot: Bot,
    pub admin: Member,
    pub member: Member,
    pub moderator: Member,
    /// The extra environment the bot runs with, kept for restarts.
    bot_env: Vec<(String, String)>,
}

impl World {
    /// The bot's SQLite file.
    pub fn database_file(&self) -> std::path::PathBuf {
        database_file(self.dir.path())
    }

    /// The bot's database: the `DATABASE_URL` it was given, else its SQLite file.
    pub fn database_url(&self) -> String {
        match self.bot_env.iter().find(|(name, _)| name == "DATABASE_URL") {
            Some((_, url)) => url.clone(),
            None => format!("sqlite://{}", self.database_file().display()),
        }
    }

    /// A world whose bot has connected and registered its commands; the server has no key yet.
    pub async fn start() -> World {
        World::start_with(&[]).await
    }

    /// Like [`World::start`], with extra environment for the bot (e.g. `HTTP_ADDR`).
    pub async fn start_with(extra_env: &[(&str, &str)]) -> World {
        World::start_in("en-US", extra_env).await
    }

    /// Like [`World::start_with`], for a server whose preferred language is `guild_locale`.
    pub async fn start_in(guild_locale: &str, extra_env: &[(&str, &str)]) -> World {
        let discord = FakeDiscord::start().await;
        discord.add_guild(
            FakeGuild::new(GUILD, "Test Server")
                .locale(guild_locale)
                .channel(FakeChannel::text(LOG_CHANNEL, "bot-log")),
        );
        let technified = FakeTechnified::start().await;
        let dir = tempfile::tempdir().expect("temp dir");
        let bot = Bot::start_with(&discord, &technified, dir.path(), extra_env);
        discord.wait_commands_registered(WAIT).await;
        World {
            discord,
            technified,
            dir,
            bot,
            admin: Member::new(ADMIN, "admin").permissions(MANAGE_GUILD),
            member: Member::new(MEMBER, "member"),
            moderator: Member::new(ADMIN + 1, "moderator")
                .permissions(BAN_MEMBERS | MODERATE_MEMBERS),
            bot_env: extra_env
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
                .collect(),
        }
    }

    /// A world whose server is connected with a valid key (through `/setup`, as an admin would).
    pub async fn connected() -> (World, String) {
        World::connected_with(&[]).await
    }

    /// Like [`World::connected`], with extra environment for the bot.
    pub async fn connected_with(extra_env: &[(&str, &str)]) -> (World, String) {
        let world = World::start_with(extra_env).await;
        let key = world.technified.add_key(GUILD);
        let reply = world.setup(&key).await;
        assert!(
            reply.embed_text().contains("connected"),
            "setup failed: {}",
            reply.embed_text()
        );
        world
            .technified
            .link(GUILD, ADMIN, ADMIN_ROBLOX, "AdminOnRoblox");
        world
            .technified
            .link(GUILD, ADMIN + 1, ADMIN_ROBLOX + 1, "ModOnRoblox");
        (world, key)
    }

    /// Runs `/setup`, types `key` into the dialog, and returns the verdict the admin sees.
    pub async fn setup(&self, key: &str) -> SeenMessage {
        let command = self.discord.command(GUILD, &self.admin, "setup", json!({}));
        let submit = command.submit_modal(&[("0", key)]).await;
        submit.final_message(WAIT).await
    }

    /// Runs a command as `who` and returns what they finally see.
    pub async fn run(
        &self,
        who: &Member,
        command: &str,
        options: serde_json::Value,
    ) -> SeenMessage {
        self.discord
            .command(GUILD, who, command, options)
            .final_message(WAIT)
            .await
    }

    /// Makes `LOG_CHANNEL` the server's log channel, as an admin would.
    pub async fn set_log_channel(&self) {
        let set = self
            .run(
                &self.admin,
                "settings log-channel",
                json!({"channel": LOG_CHANNEL}),
            )
            .await;
        assert_eq!(set.color(), Some(GREEN), "{}", set.embed_text());
    }

    /// Sets ban sync to `mode` (`off`, `ask` or `mirror`), as an admin would.
    pub async fn set_ban_sync(&self, mode: &str) -> SeenMessage {
        self.run(
            &self.admin,
            "settings ban-sync",
            json!({"mode": mode_choice(mode)}),
        )
        .await
    }

    /// Technified answers `route` with 503 from now on (an outage), until `clear_faults`.
    pub fn outage(&self, route: &str) {
        self.technified.fail_next(
            route,
            Fault::Status(503, "Service Unavailable".into()),
            1_000,
        );
    }

    /// Restarts the bot on the same data folder, with the same environment.
    pub async fn restart(&mut self) {
        self.bot.kill().await;
        let sessions = self.discord.identifies().len();
        let env: Vec<(&str, &str)> = self
            .bot_env
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        self.bot = Bot::start_with(&self.discord, &self.technified, self.dir.path(), &env);
        self.discord.wait_sessions(sessions + 1, WAIT).await;
    }
}

/// A free 127.0.0.1 address for the bot's `HTTP_ADDR`.
pub fn free_addr() -> String {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .to_string()
}

/// The bot's `/metrics` page at `addr`.
pub async fn metrics(addr: &str) -> String {
    reqwest::get(format!("http://{addr}/metrics"))
        .await
        .expect("the metrics endpoint answers")
        .text()
        .await
        .expect("metrics text")
}

/// Adds roles to the test server, as an admin creating them would: role options can only name
/// roles the server has. The bot gets the updated server as a GUILD_CREATE.
pub fn add_roles(world: &World, roles: &[(u64, &str)]) {
    let mut guild = world.discord.guild(GUILD).expect("the test server exists");
    for (id, name) in roles {
        guild = guild.role(testkit::discord::FakeRole::new(*id, name, 0));
    }
    world.discord.add_guild(guild);
}

/// The value Discord sends for a ban sync `mode` choice (its index, as poise registers choices).
pub fn mode_choice(name: &str) -> usize {
    let modes = ["off", "ask", "mirror"];
    modes
        .iter()
        .position(|m| *m == name)
        .expect("a ban sync mode")
}

/// The SQLite file a bot started in `data_dir` keeps its database in.
pub fn database_file(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("bot.db")
}

/// A connection to the bot's SQLite file `db` (the bot may be running: SQLite's WAL lets it).
pub async fn database(db: &Path) -> sqlx::SqliteConnection {
    use sqlx::ConnectOptions;
    sqlx::sqlite::SqliteConnectOptions::new()
        .filename(db)
        .busy_timeout(Duration::from_secs(5))
        .connect()
        .await
        .expect("open the bot's database")
}

/// A connection to the bot's database at `url`, SQLite or Postgres (the bot may be running:
/// SQLite's WAL lets it).
pub async fn database_at(url: &str) -> sqlx::AnyConnection {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    sqlx::AnyConnection::connect(url)
        .await
        .expect("open the bot's database")
}

/// Fills `guild`'s queue in the database at `url` (SQLite or Postgres) with `n` pending jobs
/// not due for centuries, in one statement.
pub async fn fill_queue(url: &str, guild: u64, n: i64) {
    let mut raw = database_at(url).await;
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1)
         INSERT INTO jobs (guild_id, kind, target, payload, requested_by, next_attempt_at,
                           deadline_at)
         SELECT $2, 'ban', 'ban:' || i, '{}', 1, 32503680000000, 32503680000000 FROM n",
    )
    .bind(n)
    .bind(i64::try_from(guild).expect("a snowflake fits in i64"))
    .execute(&mut raw)
    .await
    .expect("fill the queue");
}
