//! `/metrics` after a scripted session exposes every series the README names: commands by name
//! and outcome, Technified calls by endpoint and status, 429s, retry-queue depth, bucket wait.

mod support;

use serde_json::json;
use support::{AMBER, Bot, GUILD, LOG_CHANNEL, WAIT};
use testkit::discord::permissions::{BAN_MEMBERS, MANAGE_GUILD};
use testkit::discord::{FakeChannel, FakeDiscord, FakeGuild, Member};
use testkit::technified::{FakeTechnified, Fault};

#[tokio::test]
async fn every_named_series_is_exposed_after_a_session() {
    let discord = FakeDiscord::start().await;
    discord.add_guild(
        FakeGuild::new(GUILD, "Test Server").channel(FakeChannel::text(LOG_CHANNEL, "bot-log")),
    );
    let technified = FakeTechnified::start().await;
    let dir = tempfile::tempdir().unwrap();
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let _bot = Bot::start_with(
        &discord,
        &technified,
        dir.path(),
        &[("HTTP_ADDR", &addr.to_string())],
    );
    discord.wait_commands_registered(WAIT).await;

    let admin = Member::new(1, "admin").permissions(MANAGE_GUILD | BAN_MEMBERS);
    let key = technified.add_key(GUILD);
    let setup = discord.command(GUILD, &admin, "setup", json!({}));
    setup
        .submit_modal(&[("0", &key)])
        .await
        .final_message(WAIT)
        .await;
    technified.link(GUILD, 1, 10, "Admin");
    // A lookup that meets a 429 first, then a ban queued behind an outage.
    technified.fail_next("GET /lookup/discord", Fault::RateLimitedHeader(1), 1);
    let lookup = discord.command(GUILD, &admin, "lookup discord", json!({"user": "1"}));
    lookup
        .wait_message(WAIT, "the lookup result", |m| {
            m.embed_text().contains("verified")
        })
        .await;
    technified.fail_next("POST /moderation", Fault::Status(503, "down".into()), 1_000);
    let ban = discord.command(
        GUILD,
        &admin,
        "roblox ban",
        json!({"roblox_id": 5, "reason": "test", "duration": "1h"}),
    );
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));
    technified
        .wait_for_requests("POST /moderation", 2, WAIT)
        .await;

    let body = reqwest::get(format!("http://{addr}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for series in [
        r#"commands_total{command="lookup discord",outcome="ok"}"#,
        r#"technified_calls_total{endpoint="lookup_discord",status="200"}"#,
        r#"technified_calls_total{endpoint="lookup_discord",status="429"}"#,
        r#"technified_rate_limited_total{endpoint="lookup_discord"}"#,
        "retry_queue_depth",
        "technified_pacing_wait_seconds",
    ] {
        assert!(
            body.contains(series),
            "{series} missing from /metrics:\n{body}"
        );
    }
    let depth = body
        .lines()
        .find(|l| l.starts_with("retry_queue_depth "))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok());
    assert_eq!(depth, Some(1.0), "one queued write:\n{body}");
}
