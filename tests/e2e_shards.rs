//! A shard range: the bot as `main` runs it (`app::run_until`) against the fake Discord, which
//! sends each server's events only to the shard that owns it, `(guild_id >> 22) % total`; and
//! two real processes on one Postgres whose ranges overlap (needs `TEST_POSTGRES_URL`).
//!
//! A partial `SHARDS` is refused with SQLite when the configuration is read (tests/e2e_ops.rs
//! checks that exit); the range itself is the gateway's business, so this test sets it on the
//! parsed configuration.

mod support;

use std::time::Duration;

use serde_json::json;
use technified_bot::app;
use technified_bot::config::Config;
use technified_bot::shards::ShardRange;
use testkit::discord::{FakeChannel, FakeDiscord, FakeGuild, Member};
use testkit::technified::FakeTechnified;

const WAIT: Duration = Duration::from_secs(20);

/// A server id on `shard` of `total`.
fn guild_on_shard(shard: u64, total: u64, n: u64) -> u64 {
    ((1_000 + n) * total + shard) << 22
}

/// One server on shard 0 of 2 and one on shard 1.
fn add_a_server_on_each_of_two_shards(discord: &FakeDiscord) {
    for (i, id) in [guild_on_shard(0, 2, 1), guild_on_shard(1, 2, 2)]
        .into_iter()
        .enumerate()
    {
        let channel = FakeChannel::text(500 + i as u64, "general");
        discord.add_guild(FakeGuild::new(id, "Server").channel(channel));
    }
}

/// A process's environment on the Postgres database `url`, running `shards`.
fn postgres_env<'a>(url: &'a str, shards: &'a str) -> [(&'static str, &'a str); 3] {
    [
        ("DATABASE_URL", url),
        ("ENCRYPTION_KEY", support::ENCRYPTION_KEY),
        ("SHARDS", shards),
    ]
}

#[tokio::test]
async fn a_shard_range_identifies_only_its_shards_and_serves_their_servers() {
    let discord = FakeDiscord::start().await;
    // Discord would recommend one shard; the range says otherwise and wins.
    discord.recommend_shards(1);
    let servers = [
        guild_on_shard(0, 3, 1),
        guild_on_shard(1, 3, 2),
        guild_on_shard(2, 3, 3),
    ];
    for (i, id) in servers.iter().enumerate() {
        let channel = FakeChannel::text(500 + i as u64, "general");
        discord.add_guild(FakeGuild::new(*id, "Server").channel(channel));
    }
    let technified = FakeTechnified::start().await;
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("DISCORD_TOKEN", "test-token".to_string()),
        ("DISCORD_API_URL", discord.api_url()),
        ("TECHNIFIED_API_URL", technified.base_url()),
        (
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("bot.db").display()),
        ),
        ("HTTP_ADDR", "off".into()),
    ];
    let mut config = Config::from_lookup(|name| {
        env.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.clone())
    })
    .unwrap();
    // The last shard alone: serenity's range end is inclusive, so one shard starts, not two.
    config.shards = Some(ShardRange::parse("2-2/3").unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(app::run_until(config, async {
        let _ = stopped.await;
    }));

    discord.wait_commands_registered(WAIT).await;
    let member = Member::new(333, "member");
    let reply = discord
        .command(servers[2], &member, "help", json!({}))
        .final_message(WAIT)
        .await;
    assert!(reply.embed_text().contains("/setup"));
    // Only shard 2 of 3 identified: the other servers' events go to shards nobody runs here.
    assert_eq!(discord.identified_shards(), [[2, 3]]);
    assert_eq!(discord.rate_limited_identifies(), 0);

    let _ = stop.send(());
    bot.await.unwrap().unwrap();
    discord.assert_conformant();
}

/// Issue 15, item 4: two processes whose `SHARDS` overlap (shard 1) on one Postgres. The
/// second waits for the shard the first holds, saying which, and never identifies it while
/// the first lives; after `kill -9` of the first it takes the shard over within seconds.
#[tokio::test]
async fn an_overlapping_process_waits_for_the_shard_and_takes_it_over_after_kill_9() {
    let waited = "shard 1 is run by another live process";
    let taken = "shard 1 is free now; taking it over";
    let Some(identified) = second_waits_for_first("1-1/2", waited, taken).await else {
        return;
    };
    // Shard 1 again only (one IDENTIFY, or more if Discord's 5 s bucket refused the first).
    assert_eq!(identified, [[1, 2]]);
}

/// Issue 15, item 4: a shard's number means something only with its total (shard 0 of 2
/// carries the servers of shards 0 and 2 of 4), so a process started with another total than
/// a live one's (a deploy that changes the count before the old processes stop) waits, saying
/// why, and identifies nothing; after `kill -9` of the live one it starts.
#[tokio::test]
async fn a_process_with_another_total_waits_until_the_live_one_is_gone() {
    // Shards 2 and 3 of 4: no shard number in common with the live process, all its servers.
    let waited = "another live process runs 2 shards in all, this one 4";
    let taken = "holding the lease of shards 2-3/4";
    let Some(identified) = second_waits_for_first("2-3/4", waited, taken).await else {
        return;
    };
    assert_eq!(identified, [[2, 4], [3, 4]]);
}

/// Two processes on one Postgres: the first runs both shards of two; the second, started with
/// `second_shards`, logs `waited` and identifies nothing while the first lives, then, after
/// `kill -9` of the first, logs `taken` and connects. What the second identified, each shard
/// once; `None` without a test Postgres.
async fn second_waits_for_first(
    second_shards: &str,
    waited: &str,
    taken: &str,
) -> Option<Vec<[u32; 2]>> {
    let db = support::databases::postgres().await?;
    let discord = FakeDiscord::start().await;
    discord.recommend_shards(2);
    add_a_server_on_each_of_two_shards(&discord);
    let technified = FakeTechnified::start().await;
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let env = |shards| postgres_env(&db.url, shards);
    let mut first = support::Bot::start_with(&discord, &technified, dir_a.path(), &env("0-1/2"));
    discord.wait_sessions(2, WAIT).await;
    first.wait_log(&["holding the lease of shards 0-1/2"]).await;

    let second = support::Bot::start_with(&discord, &technified, dir_b.path(), &env(second_shards));
    second.wait_log(&[waited]).await;
    assert_eq!(discord.identified_shards(), [[0, 2], [1, 2]]);

    first.kill().await;
    second.wait_log(&[taken]).await;
    let shards = ShardRange::parse(second_shards).unwrap();
    discord
        .wait_sessions(2 + shards.count() as usize, WAIT)
        .await;
    assert!(!second.logs().contains("panicked"), "{}", second.logs());
    let mut identified = discord.identified_shards().split_off(2);
    identified.sort_unstable();
    identified.dedup();
    Some(identified)
}

/// Issue 15, items 1, 4 and 5: after a 4011 close on Postgres the process lets go of its
/// identify turn and its old leases before it takes them again for the new count, so it never
/// waits on itself (it waited up to a minute on its own turn), nor says another process holds
/// its shards.
#[tokio::test]
async fn after_a_4011_on_postgres_the_process_starts_again_without_waiting_on_itself() {
    let Some(db) = support::databases::postgres().await else {
        return;
    };
    let discord = FakeDiscord::start().await;
    // Discord's 2,500 servers per shard, scaled down: two servers need two shards.
    discord.guilds_per_shard(1);
    add_a_server_on_each_of_two_shards(&discord);
    let technified = FakeTechnified::start().await;
    let dir = tempfile::tempdir().unwrap();
    let env = &postgres_env(&db.url, "")[..2];
    let bot = support::Bot::start_with(&discord, &technified, dir.path(), env);
    discord.wait_shards_connected(2, WAIT).await;
    bot.wait_log(&["holding the lease of shards 0-1/2"]).await;
    assert_eq!(discord.sharding_required_closes(), 1);
    let logs = bot.logs();
    assert!(!logs.contains("another live process"), "{logs}");
    assert!(!logs.contains("another process is starting"), "{logs}");
    assert!(!logs.contains("panicked"), "{logs}");
}

/// Issue 15, item 5: two processes started at the same moment, one shard each of two in one
/// IDENTIFY bucket (`max_concurrency` 1): they take turns, so Discord never refuses an
/// IDENTIFY for coming within 5 s of the other's, and both shards connect.
#[tokio::test]
async fn processes_started_together_take_turns_to_identify() {
    let Some(db) = support::databases::postgres().await else {
        return;
    };
    let discord = FakeDiscord::start().await;
    discord.recommend_shards(2);
    let technified = FakeTechnified::start().await;
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let env = |shards| postgres_env(&db.url, shards);
    let first = support::Bot::start_with(&discord, &technified, dir_a.path(), &env("0-0/2"));
    let second = support::Bot::start_with(&discord, &technified, dir_b.path(), &env("1-1/2"));
    discord.wait_sessions(2, WAIT).await;
    assert_eq!(discord.rate_limited_identifies(), 0);
    let mut identified = discord.identified_shards();
    identified.sort_unstable();
    assert_eq!(identified, [[0, 2], [1, 2]]);
    let waited = |bot: &support::Bot| bot.logs().contains("waiting for its turn to identify");
    assert!(
        waited(&first) || waited(&second),
        "{}\n{}",
        first.logs(),
        second.logs()
    );
}
