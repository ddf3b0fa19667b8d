//! `/doctor` and `/settings log-channel`: each failing checklist line says how to fix it.

mod support;

use serde_json::json;
use support::{GREEN, GUILD, LOG_CHANNEL, MEMBER, RED, World};
use testkit::discord::permissions::{
    ATTACH_FILES, BAN_MEMBERS, EMBED_LINKS, SEND_MESSAGES, VIEW_AUDIT_LOG, VIEW_CHANNEL,
};
use testkit::discord::{AuditEvent, FakeChannel, FakeGuild};
use testkit::technified::Fault;

const MUTED_CHANNEL: u64 = 555_555_555_555_555_555;

/// The permissions the README's invite URL asks for (`permissions=52356`).
const INVITE_PERMISSIONS: u64 =
    VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | BAN_MEMBERS | VIEW_AUDIT_LOG;

/// The test server as if the bot was invited with the README's URL.
fn invited_as_the_readme_says(world: &World) {
    let guild = world.discord.guild(GUILD).expect("the test server");
    world
        .discord
        .add_guild(guild.bot_permissions(INVITE_PERMISSIONS));
}

#[test]
fn the_readme_invite_url_carries_the_permissions_the_bot_checks() {
    assert_eq!(INVITE_PERMISSIONS, 52356);
    let readme = include_str!("../README.md");
    assert!(readme.contains("&permissions=52356"));
}

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
    invited_as_the_readme_says(&world);
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
        "✅ ban sync",
        "✅ ban members",
        "✅ view audit log",
        "ℹ️ moderation events",
        "none seen since start",
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

#[tokio::test]
async fn ban_sync_on_names_the_log_channel_it_needs() {
    let (world, _key) = World::connected().await;
    invited_as_the_readme_says(&world);
    world.set_log_channel().await;
    let set = world.set_ban_sync("ask").await;
    assert_eq!(set.color(), Some(GREEN), "{}", set.embed_text());
    let text = world
        .run(&world.admin, "doctor", json!({}))
        .await
        .embed_text();
    assert!(text.contains("✅ ban sync"), "{text}");
    assert!(
        text.contains(&format!("ask, posting in <#{LOG_CHANNEL}>")),
        "{text}"
    );

    // The bot may no longer post in the log channel.
    let mut guild = world.discord.guild(GUILD).expect("the test server");
    guild.channels.retain(|c| c.id != LOG_CHANNEL);
    let muted = FakeChannel::text(LOG_CHANNEL, "bot-log").deny_bot(SEND_MESSAGES);
    world.discord.add_guild(guild.channel(muted));
    let doctor = world.run(&world.admin, "doctor", json!({})).await;
    assert_eq!(doctor.color(), Some(RED));
    let text = doctor.embed_text();
    assert!(text.contains("❌ ban sync"), "{text}");
    assert!(
        text.contains(&format!(
            "fix: give the bot send messages in <#{LOG_CHANNEL}>, or pick another channel with /settings log-channel."
        )),
        "{text}"
    );

    // No log channel at all (as after an operator cleared it in the database).
    let mut db = support::database(&world.database_file()).await;
    sqlx::query("UPDATE guild_settings SET log_channel_id = NULL")
        .execute(&mut db)
        .await
        .expect("clear the log channel");
    let text = world
        .run(&world.admin, "doctor", json!({}))
        .await
        .embed_text();
    assert!(
        text.contains("ask, but no log channel is set: discord bans are not synced"),
        "{text}"
    );
    assert!(
        text.contains("fix: run /settings log-channel: ban sync posts its cards and notes there. or turn it off with /settings ban-sync off."),
        "{text}"
    );

    let set = world.set_ban_sync("off").await;
    assert_eq!(set.color(), Some(GREEN), "{}", set.embed_text());
    let text = world
        .run(&world.admin, "doctor", json!({}))
        .await
        .embed_text();
    assert!(text.contains("✅ ban sync\noff"), "{text}");
}

#[tokio::test]
async fn missing_server_permissions_say_where_to_grant_them() {
    // The fake's default bot role has neither Ban Members nor View Audit Log.
    let (world, _key) = World::connected().await;
    let doctor = world.run(&world.admin, "doctor", json!({})).await;
    assert_eq!(doctor.color(), Some(RED));
    let text = doctor.embed_text();
    assert!(text.contains("❌ ban members\nmissing"), "{text}");
    assert!(
        text.contains("fix: in server settings → roles → the bot's role, turn on ban members: /roblox ban discord:true, ban sync and bans on discord need it."),
        "{text}"
    );
    assert!(text.contains("❌ view audit log\nmissing"), "{text}");
    assert!(
        text.contains("fix: in server settings → roles → the bot's role, turn on view audit log: ban sync reads there who banned and why."),
        "{text}"
    );

    invited_as_the_readme_says(&world);
    let text = world
        .run(&world.admin, "doctor", json!({}))
        .await
        .embed_text();
    assert!(text.contains("✅ ban members\ngranted"), "{text}");
    assert!(text.contains("✅ view audit log\ngranted"), "{text}");
}

#[tokio::test]
async fn the_last_moderation_event_is_shown_as_information() {
    let (world, _key) = World::connected().await;
    invited_as_the_readme_says(&world);
    world.set_log_channel().await;
    let text = world
        .run(&world.admin, "doctor", json!({}))
        .await
        .embed_text();
    assert!(
        text.contains("ℹ️ moderation events\nnone seen since start"),
        "{text}"
    );

    world.discord.ban_as_moderator(
        GUILD,
        &world.moderator,
        MEMBER,
        None,
        AuditEvent::AfterBanEvent,
    );
    let member = MEMBER.to_string();
    world
        .bot
        .wait_log(&["ban sync handled", &member, "off"])
        .await;
    let doctor = world.run(&world.admin, "doctor", json!({})).await;
    let text = doctor.embed_text();
    assert!(
        text.contains("ℹ️ moderation events\nlast moderation event seen <t:"),
        "{text}"
    );
    assert!(text.contains(":r>"), "{text}");
    assert_eq!(
        doctor.color(),
        Some(GREEN),
        "information fails nothing: {text}"
    );
}
