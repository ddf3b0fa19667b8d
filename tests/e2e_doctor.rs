//! `/doctor` and `/settings log-channel`: each failing checklist line says how to fix it.

mod support;

use serde_json::json;
use support::{GREEN, GUILD, LOG_CHANNEL, RED, World};
use testkit::discord::permissions::SEND_MESSAGES;
use testkit::discord::{FakeChannel, FakeGuild};
use testkit::technified::Fault;

const MUTED_CHANNEL: u64 = 555_555_555_555_555_555;

#[tokio::test]
async fn an_unconnected_server_gets_the_setup_steps() {
    let world = World::start().await;
    let doctor = world.run(&world.admin, "doctor", json!({})).await;
    assert_eq!(doctor.color(), Some(RED));
    let text = doctor.embed_text();
    assert!(text.contains("❌ api key"), "{text}");
    assert!(text.contains("runs /setup"), "{text}");
    assert!(text.contains("❌ log channel"), "{text}");
    assert!(text.contains("/settings log-channel"), "{text}");
    assert!(text.contains("✅ retry queue"), "{text}");
    assert!(world.technified.requests().is_empty());
}

#[tokio::test]
async fn a_healthy_server_passes_every_line() {
    let (world, _key) = World::connected().await;
    let set = world
        .run(
            &world.admin,
            "settings log-channel",
            json!({"channel": LOG_CHANNEL.to_string()}),
        )
        .await;
    assert_eq!(set.color(), Some(GREEN), "{}", set.embed_text());
    let test_line = world.discord.channel_messages(LOG_CHANNEL);
    assert_eq!(test_line.len(), 1, "one test line in the log channel");

    let doctor = world.run(&world.admin, "doctor", json!({})).await;
    let text = doctor.embed_text();
    assert_eq!(doctor.color(), Some(GREEN), "{text}");
    for line in [
        "✅ api key",
        "✅ key accepted",
        "✅ technified api",
        "✅ log channel",
        "✅ rate-limit headroom",
    ] {
        assert!(text.contains(line), "{line} in {text}");
    }
    assert!(text.contains(" ms"), "latency shown: {text}");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn each_failure_names_its_fix() {
    let (world, key) = World::connected().await;
    world.discord.add_guild(
        FakeGuild::new(GUILD, "Test Server")
            .channel(FakeChannel::text(LOG_CHANNEL, "bot-log"))
            .channel(FakeChannel::text(MUTED_CHANNEL, "muted").deny_bot(SEND_MESSAGES)),
    );
    // The bot cannot post there: /settings says which permission, and saves nothing.
    let refused = world
        .run(
            &world.admin,
            "settings log-channel",
            json!({"channel": MUTED_CHANNEL.to_string()}),
        )
        .await;
    assert_eq!(refused.color(), Some(RED));
    // The channel and exactly what is missing there.
    let says = refused.embed_text();
    assert!(says.contains(&format!("<#{MUTED_CHANNEL}>")), "{says}");
    assert!(says.contains("send messages"), "{says}");
    assert!(!says.contains("embed links"), "{says}");

    world.technified.revoke_key(&key);
    let doctor = world.run(&world.admin, "doctor", json!({})).await;
    let text = doctor.embed_text();
    assert!(text.contains("❌ key accepted"), "{text}");
    assert!(text.contains("then run /setup"), "{text}");
    assert!(text.contains("❌ log channel"), "{text}");

    world
        .technified
        .fail_next("GET /bindings/list", Fault::Drop, 1);
    let doctor = world.run(&world.admin, "doctor", json!({})).await;
    let text = doctor.embed_text();
    assert!(text.contains("❌ technified api"), "{text}");
    assert!(text.contains("technified-bot check"), "{text}");

    let not_admin = world.run(&world.member, "doctor", json!({})).await;
    assert!(not_admin.embed_text().contains("manage server"));
}
