//! A shard range: the bot as `main` runs it (`app::run_until`) against the fake Discord, which
//! sends each server's events only to the shard that owns it, `(guild_id >> 22) % total`.
//!
//! A partial `SHARDS` is refused with SQLite when the configuration is read (tests/e2e_ops.rs
//! checks that exit); the range itself is the gateway's business, so this test sets it on the
//! parsed configuration.

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
