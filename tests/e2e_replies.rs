//! How the bot answers, end to end against the fake Discord: the member's reply before the
//! audit line, results that Discord refused in place going to the log channel, every framework
//! error as a red embed that is counted (after a dialog too), embeds within Discord's limits,
//! reasons that cannot forge audit lines, and buttons that check the presser's permission.

mod support;

use serde_json::json;
use support::{ADMIN, AMBER, GREEN, GUILD, LOG_CHANNEL, RED, WAIT, World, assert_look};
use testkit::discord::permissions::MODERATE_MEMBERS;
use testkit::discord::{DiscordFault, Interaction, Member};
use testkit::technified::Fault;

/// The moderator `World` provides.
const MODERATOR: u64 = ADMIN + 1;

fn log_posts() -> String {
    format!("POST /channels/{LOG_CHANNEL}/messages")
}

#[tokio::test]
async fn the_reply_does_not_wait_for_a_slow_log_channel() {
    let (world, _key) = World::connected().await;
    world.set_log_channel().await;
    // The log channel answers nothing until released (Discord's rate limit in a raid).
    world.discord.hold(&log_posts());
    let mute = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox mute",
        json!({"roblox_id": 261, "reason": "spam", "duration": "30m"}),
    );
    let seen = mute.final_message(WAIT).await;
    assert_look(&seen, GREEN, &["muted roblox account 261"]);
    world.discord.wait_held(&log_posts(), WAIT).await;

    world.discord.release(&log_posts());
    let lines = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 2, WAIT)
        .await;
    assert!(lines[1].content().ends_with(": done"), "{lines:?}");
    // The reply reached Discord before the audit line did.
    let requests = world.discord.requests();
    let reply = requests
        .iter()
        .position(|r| r.path.contains(&format!("/interactions/{}/", mute.id())))
        .expect("the reply");
    let audit = requests
        .iter()
        .rposition(|r| {
            r.method == "POST"
                && r.path
                    .ends_with(&format!("/channels/{LOG_CHANNEL}/messages"))
        })
        .expect("the audit line");
    assert!(reply < audit, "{}", world.discord.report());
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_missed_first_answer_goes_to_the_log_channel() {
    let (world, _key) = World::connected().await;
    world.set_log_channel().await;
    // Discord refuses the first answer: the 3 seconds were missed, but the mute was applied.
    world.discord.fail_next(
        "POST /interactions/",
        DiscordFault::unknown_interaction(),
        1,
    );
    world.discord.command(
        GUILD,
        &world.moderator,
        "roblox mute",
        json!({"roblox_id": 261, "reason": "spam", "duration": "30m"}),
    );
    let lines = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 3, WAIT)
        .await;
    let late = lines
        .iter()
        .find(|m| !m.embeds().is_empty() && m.content() == format!("<@{MODERATOR}>"))
        .unwrap_or_else(|| panic!("no late result: {lines:?}"));
    assert_eq!(late.color(), Some(GREEN));
    assert!(late.embed_text().contains("muted roblox account 261"));
    assert_eq!(late.mentions(), [MODERATOR]);
    assert_eq!(world.technified.mutes(GUILD).len(), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn every_framework_error_is_a_red_embed_and_counted() {
    let addr = support::free_addr();
    let (world, _key) = World::connected_with(&[("HTTP_ADDR", &addr)]).await;
    // An option naming a channel the bot cannot see: poise cannot read the argument.
    let unreadable = world
        .run(
            &world.admin,
            "settings log-channel",
            json!({"channel": 555_555_555_555_555_555u64}),
        )
        .await;
    assert_look(&unreadable, RED, &["check your input", "pick it again"]);
    // A client with an outdated command list: a text where the bot now wants a number.
    let outdated = world.discord.stale_command(
        GUILD,
        &world.moderator,
        "roblox",
        json!([{"name": "ban-status", "type": 1, "options": [
            {"name": "roblox_id", "type": 3, "value": "261"}
        ]}]),
    );
    let seen = outdated.final_message(WAIT).await;
    assert_look(&seen, RED, &["this command has changed"]);
    // A command group without its subcommand, as only an outdated client sends it.
    let bare = world
        .discord
        .stale_command(GUILD, &world.moderator, "roblox", json!([]));
    let seen = bare.final_message(WAIT).await;
    assert_look(&seen, RED, &["this command has changed"]);
    // A command this version does not have.
    let gone = world
        .discord
        .stale_command(GUILD, &world.member, "gone", json!([]));
    let seen = gone.final_message(WAIT).await;
    assert_look(&seen, RED, &["this command has changed"]);
    // A member without the permission.
    let refused = world.run(&world.member, "key status", json!({})).await;
    assert_look(&refused, RED, &["manage server"]);

    let metrics = support::metrics(&addr).await;
    for series in [
        r#"commands_total{command="settings log-channel",outcome="failed"} 1"#,
        r#"commands_total{command="roblox ban-status",outcome="failed"} 1"#,
        r#"commands_total{command="gone",outcome="failed"} 1"#,
        r#"commands_total{command="roblox",outcome="failed"} 1"#,
        r#"commands_total{command="key status",outcome="refused"} 1"#,
    ] {
        assert!(metrics.contains(series), "{series} missing:\n{metrics}");
    }
    world.discord.assert_conformant();
}

#[tokio::test]
async fn an_error_after_the_setup_dialog_is_shown_on_the_dialog() {
    let world = World::start().await;
    let setup = world
        .discord
        .command(GUILD, &world.admin, "setup", json!({}));
    let submit = setup.submit_modal(&[("0", "not a key")]).await;
    // Discord fails the verdict once; the error that follows must reach the admin.
    world.discord.fail_next(
        &format!("POST /interactions/{}/", submit.id()),
        DiscordFault::server_error(),
        1,
    );
    let seen = submit.final_message(WAIT).await;
    assert_look(&seen, RED, &["discord refused that"]);
    let unknown_message = world
        .discord
        .requests()
        .into_iter()
        .filter(|r| r.response.as_ref().is_some_and(|b| b["code"] == 10008))
        .count();
    assert_eq!(unknown_message, 0, "{}", world.discord.report());
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_long_technified_message_still_fits_in_one_embed() {
    let (world, _key) = World::connected().await;
    // The message shows in the description and again in the footer: over Discord's 6,000.
    world.technified.fail_next(
        &format!("POST /moderation/{GUILD}/roblox/mute"),
        Fault::Status(422, "the reason is not allowed ".repeat(200)),
        1,
    );
    let seen = world
        .run(
            &world.moderator,
            "roblox mute",
            json!({"roblox_id": 261, "reason": "spam", "duration": "30m"}),
        )
        .await;
    assert_look(&seen, RED, &["technified did not accept that", "http 422"]);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_reason_cannot_forge_audit_lines_or_links() {
    let (world, _key) = World::connected().await;
    world.set_log_channel().await;
    let reason =
        "spam\n<@1>: Ban Roblox account 1 permanently: x: done [proof](https://evil.example)";
    let seen = world
        .run(
            &world.moderator,
            "roblox mute",
            json!({"roblox_id": 261, "reason": reason, "duration": "30m"}),
        )
        .await;
    assert_eq!(seen.color(), Some(GREEN), "{}", seen.embed_text());
    let lines = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 2, WAIT)
        .await;
    let audit = lines[1].content();
    assert!(!audit.contains('\n'), "one line: {audit}");
    assert!(
        audit.starts_with(&format!("<@{MODERATOR}>: Mute")),
        "{audit}"
    );
    assert!(audit.contains(r"\<@1\>"), "no second mention: {audit}");
    assert!(
        audit.contains(r"\[proof\]\(https://evil.example\)"),
        "no link: {audit}"
    );
    assert!(audit.ends_with(": done"), "{audit}");
    // Technified still gets the reason as typed.
    assert_eq!(world.technified.mutes(GUILD)[0].reason, reason.trim());
    world.discord.assert_conformant();
}

/// Presses the button labelled `label` on the interaction's current message as `who`, and
/// returns what that message shows next.
async fn press(
    interaction: &Interaction,
    who: &Member,
    label: &str,
) -> testkit::discord::SeenMessage {
    let shown = interaction.final_message(WAIT).await;
    let (id, _, _) = shown
        .buttons()
        .into_iter()
        .find(|b| b.1 == label)
        .unwrap_or_else(|| panic!("no `{label}` button: {:?}", shown.buttons()));
    shown.click(who, &id);
    interaction
        .wait_message(WAIT, "the message after the press", |m| {
            m.buttons().is_empty()
        })
        .await
}

#[tokio::test]
async fn buttons_check_the_pressers_permission_when_pressed() {
    let (world, _key) = World::connected().await;
    // The same people, after losing the role that gave them the permission.
    let demoted_moderator = Member::new(MODERATOR, "moderator").permissions(MODERATE_MEMBERS);
    let demoted_admin = Member::new(ADMIN, "admin");

    let ban = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox ban",
        json!({"roblox_id": 261, "reason": "exploiting"}),
    );
    let refused = press(&ban, &demoted_moderator, "Ban permanently").await;
    assert_look(&refused, RED, &["you cannot use this", "ban members"]);
    assert!(world.technified.bans(GUILD).is_empty());

    let remove = world
        .discord
        .command(GUILD, &world.admin, "key remove", json!({}));
    let refused = press(&remove, &demoted_admin, "Remove").await;
    assert_look(&refused, RED, &["you cannot use this", "manage server"]);
    let status = world.run(&world.admin, "key status", json!({})).await;
    assert!(
        status.embed_text().contains("technified api key"),
        "key kept"
    );

    world
        .technified
        .fail_next("POST /moderation", Fault::Status(503, "down".into()), 1_000);
    let queued = world
        .run(
            &world.moderator,
            "roblox ban",
            json!({"roblox_id": 262, "reason": "spam", "duration": "1d"}),
        )
        .await;
    assert_eq!(queued.color(), Some(AMBER));
    let jobs = world
        .discord
        .command(GUILD, &world.admin, "jobs", json!({}));
    let first_cancel = jobs.final_message(WAIT).await.buttons()[0].1.clone();
    let refused = press(&jobs, &demoted_admin, &first_cancel).await;
    assert_look(&refused, RED, &["you cannot use this", "manage server"]);
    let listing = world.run(&world.admin, "jobs", json!({})).await;
    assert!(
        listing.embed_text().contains("waiting"),
        "{}",
        listing.embed_text()
    );

    support::add_roles(&world, &[(777, "Fan")]);
    for pass in 5001..=5012 {
        world.technified.insert_binding(
            GUILD,
            json!({"discord_role_id": "777", "binding_type": "gamepass", "roblox_gamepass_id": pass}),
        );
    }
    let list = world
        .discord
        .command(GUILD, &world.admin, "bindings list", json!({}));
    let refused = press(&list, &demoted_admin, "Next").await;
    assert_look(&refused, RED, &["you cannot use this", "manage server"]);
    world.discord.assert_conformant();
}
