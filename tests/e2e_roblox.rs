//! `/roblox` moderation and `/shield check` end to end: the real bot against the fake Discord
//! and the fake Technified. Each test checks what the member sees (the embed's meaning and
//! colour) and what Technified received, or did not.

mod support;

use serde_json::json;
use support::{
    ADMIN, ADMIN_ROBLOX, AMBER, BLURPLE, GREEN, GUILD, LOG_CHANNEL, RED, WAIT, World, assert_look,
};
use testkit::discord::Member;
use testkit::discord::permissions::MODERATE_MEMBERS;
use testkit::technified::Fault;

/// The moderator `World` provides (Ban Members and Moderate Members), and their Roblox account.
const MODERATOR: u64 = ADMIN + 1;
const MODERATOR_ROBLOX: u64 = ADMIN_ROBLOX + 1;
/// The Roblox account being moderated.
const TARGET: u64 = 261;

/// A connected world with no request recorded yet.
async fn world() -> World {
    let (world, _key) = World::connected().await;
    world.technified.clear_requests();
    world
}

/// How many requests Technified saw for `route`.
fn sent(world: &World, route: &str) -> usize {
    world.technified.count(route)
}

fn ban_route() -> String {
    format!("POST /moderation/{GUILD}/roblox/ban")
}

// ----- status --------------------------------------------------------------------------------

#[tokio::test]
async fn ban_status_of_an_unbanned_account() {
    let world = world().await;
    let seen = world
        .run(
            &world.moderator,
            "roblox ban-status",
            json!({"roblox_id": TARGET}),
        )
        .await;
    assert_look(&seen, GREEN, &["261 is not banned"]);
    let asked = world
        .technified
        .wait_for_requests(
            &format!("GET /moderation/{GUILD}/ban-status/{TARGET}"),
            1,
            WAIT,
        )
        .await;
    assert_eq!(asked.len(), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn ban_status_of_a_banned_account_shows_the_ban() {
    let world = world().await;
    world
        .technified
        .ban(GUILD, TARGET, "exploiting in obby", 77, Some("7d"));
    let seen = world
        .run(
            &world.moderator,
            "roblox ban-status",
            json!({"roblox_id": TARGET, "place_id": 1818}),
        )
        .await;
    assert_look(
        &seen,
        BLURPLE,
        &[
            "banned",
            "261 is banned",
            "exploiting in obby",
            "77",
            "until",
        ],
    );
    assert!(!seen.embed_text().contains("permanent"), "a 7d ban ends");
    let asked = world
        .technified
        .wait_for_requests("GET /moderation", 1, WAIT)
        .await;
    assert_eq!(asked[0].query.as_deref(), Some("place_id=1818"));
    world.discord.assert_conformant();
}

#[tokio::test]
async fn mute_status_of_an_unmuted_and_a_muted_account() {
    let world = world().await;
    let seen = world
        .run(
            &world.moderator,
            "roblox mute-status",
            json!({"roblox_id": TARGET}),
        )
        .await;
    assert_look(&seen, GREEN, &["261 is not muted"]);
    world.technified.mute(GUILD, TARGET, "spam", 77, None);
    let seen = world
        .run(
            &world.moderator,
            "roblox mute-status",
            json!({"roblox_id": TARGET}),
        )
        .await;
    assert_look(&seen, BLURPLE, &["261 is muted", "spam", "permanent"]);
    assert_eq!(
        sent(&world, &format!("GET /moderation/{GUILD}/mute-status")),
        2
    );
    world.discord.assert_conformant();
}

// ----- ban -----------------------------------------------------------------------------------

#[tokio::test]
async fn a_timed_ban_is_recorded_under_the_moderators_roblox_account() {
    let world = world().await;
    let options = json!({"roblox_id": TARGET, "reason": "exploiting", "duration": "7d"});
    let seen = world.run(&world.moderator, "roblox ban", options).await;
    assert_look(
        &seen,
        GREEN,
        &["banned roblox account 261 for 7 days: exploiting"],
    );
    assert!(
        seen.buttons().is_empty(),
        "a timed ban needs no confirmation"
    );
    let bans = world.technified.bans(GUILD);
    assert_eq!(bans.len(), 1, "{bans:?}");
    assert_eq!(bans[0].roblox_id, TARGET);
    assert_eq!(bans[0].reason, "exploiting");
    assert_eq!(bans[0].by, MODERATOR_ROBLOX.to_string());
    assert_eq!(bans[0].duration.as_deref(), Some("7d"));
    assert!(!bans[0].is_permanent);
    // The moderator's Roblox account came from looking the invoking member up.
    assert_eq!(sent(&world, &format!("GET /lookup/discord/{MODERATOR}")), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_permanent_ban_asks_first_and_cancel_sends_nothing() {
    let world = world().await;
    let ban = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox ban",
        json!({"roblox_id": TARGET, "reason": "exploiting"}),
    );
    let question = ban.final_message(WAIT).await;
    assert_look(&question, AMBER, &["ban permanently?", "261", "exploiting"]);
    let buttons = question.buttons();
    let labels: Vec<&str> = buttons.iter().map(|b| b.1.as_str()).collect();
    assert_eq!(labels, ["Ban permanently", "Cancel"]);
    assert_eq!(sent(&world, &ban_route()), 0, "nothing before the answer");

    question.click(&world.moderator, &buttons[1].0);
    let cancelled = ban
        .wait_message(WAIT, "the cancellation", |m| {
            m.embed_text().contains("cancelled")
        })
        .await;
    assert_look(&cancelled, BLURPLE, &["cancelled", "nothing was changed"]);
    assert!(cancelled.buttons().is_empty(), "the question is closed");
    assert_eq!(sent(&world, &ban_route()), 0);
    assert!(world.technified.bans(GUILD).is_empty());
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_confirmed_permanent_ban_is_sent() {
    let world = world().await;
    let ban = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox ban",
        json!({"roblox_id": TARGET, "reason": "exploiting", "duration": "permanent"}),
    );
    let question = ban.final_message(WAIT).await;
    let confirm = question
        .buttons()
        .into_iter()
        .find(|b| b.1 == "Ban permanently")
        .expect("a confirm button");
    question.click(&world.moderator, &confirm.0);
    let done = ban
        .wait_message(WAIT, "the ban's result", |m| m.color() == Some(GREEN))
        .await;
    assert_look(
        &done,
        GREEN,
        &["banned roblox account 261 permanently: exploiting"],
    );
    assert!(done.buttons().is_empty());
    let bans = world.technified.bans(GUILD);
    assert_eq!(bans.len(), 1);
    assert!(bans[0].is_permanent);
    assert_eq!(bans[0].by, MODERATOR_ROBLOX.to_string());
    assert_eq!(sent(&world, &ban_route()), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn bad_input_is_explained_and_nothing_is_sent() {
    let world = world().await;
    let seen = world
        .run(
            &world.moderator,
            "roblox ban",
            json!({"roblox_id": TARGET, "reason": "x", "duration": "5 parsecs"}),
        )
        .await;
    assert_look(&seen, RED, &["check your input", "not a duration", "7d"]);
    let seen = world
        .run(
            &world.moderator,
            "roblox mute",
            json!({"roblox_id": TARGET, "reason": "x", "duration": "99999w"}),
        )
        .await;
    assert_look(&seen, RED, &["check your input", "longer than ten years"]);
    let seen = world
        .run(
            &world.moderator,
            "roblox ban",
            json!({"roblox_id": TARGET, "reason": "   ", "duration": "1h"}),
        )
        .await;
    assert_look(&seen, RED, &["check your input", "give a reason"]);
    assert!(
        world.technified.requests().is_empty(),
        "input is checked before any call, the moderator lookup included"
    );
    world.discord.assert_conformant();
}

/// A Roblox ID of 0 never reaches the bot: every `roblox_id` option declares a minimum of 1,
/// and Discord (like the fake driver) refuses smaller values. The bot's own check is
/// `input::positive_id`, unit-tested. The bulk commands take their IDs from a file, whose
/// reader refuses 0 (`bulk_file::parse`, unit-tested).
#[tokio::test]
async fn roblox_ids_below_one_are_refused_by_the_registered_limits() {
    let world = world().await;
    let registered = world.discord.registered_commands(None);
    let mut checked = 0;
    for name in ["roblox", "shield"] {
        let command = registered.iter().find(|c| c["name"] == name).unwrap();
        for sub in command["options"].as_array().unwrap() {
            if sub["name"].as_str().is_some_and(|n| n.starts_with("bulk-")) {
                continue;
            }
            let id = sub["options"]
                .as_array()
                .unwrap()
                .iter()
                .find(|o| o["name"] == "roblox_id")
                .unwrap_or_else(|| panic!("/{name} {} has no roblox_id", sub["name"]));
            assert_eq!(
                id["min_value"].as_f64(),
                Some(1.0),
                "/{name} {}",
                sub["name"]
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 7);
}

#[tokio::test]
async fn an_unverified_moderator_cannot_ban() {
    let world = world().await;
    world.technified.unlink(GUILD, MODERATOR);
    let options = json!({"roblox_id": TARGET, "reason": "exploiting", "duration": "1d"});
    let seen = world.run(&world.moderator, "roblox ban", options).await;
    assert_look(&seen, RED, &["you are not verified", "verify"]);
    assert_eq!(sent(&world, &format!("GET /lookup/discord/{MODERATOR}")), 1);
    assert_eq!(sent(&world, &ban_route()), 0, "no ban without a moderator");
    assert!(world.technified.bans(GUILD).is_empty());
    world.discord.assert_conformant();
}

#[tokio::test]
async fn ban_members_is_needed_for_ban_and_checked_before_any_call() {
    let world = world().await;
    let helper = Member::new(ADMIN + 2, "helper").permissions(MODERATE_MEMBERS);
    world
        .technified
        .link(GUILD, helper.user_id, ADMIN_ROBLOX + 2, "HelperOnRoblox");
    for (command, options) in [
        (
            "roblox ban",
            json!({"roblox_id": TARGET, "reason": "x", "duration": "1d"}),
        ),
        ("roblox unban", json!({"roblox_id": TARGET})),
        ("roblox ban-status", json!({"roblox_id": TARGET})),
    ] {
        let seen = world.run(&helper, command, options).await;
        assert_look(&seen, RED, &["cannot use this", "ban members"]);
    }
    assert!(world.technified.requests().is_empty(), "nothing sent");
    assert!(world.technified.bans(GUILD).is_empty());

    // Moderate Members is enough for mutes.
    let seen = world
        .run(&helper, "roblox mute-status", json!({"roblox_id": TARGET}))
        .await;
    assert_look(&seen, GREEN, &["not muted"]);
    world.discord.assert_conformant();
}

// ----- unban, mute, unmute -------------------------------------------------------------------

#[tokio::test]
async fn unban_and_unmute_without_one_say_there_is_none() {
    let world = world().await;
    let seen = world
        .run(
            &world.moderator,
            "roblox unban",
            json!({"roblox_id": TARGET}),
        )
        .await;
    assert_look(&seen, RED, &["no active ban", "http 404"]);
    let seen = world
        .run(
            &world.moderator,
            "roblox unmute",
            json!({"roblox_id": TARGET}),
        )
        .await;
    assert_look(&seen, RED, &["no active mute", "http 404"]);
    assert_eq!(sent(&world, "POST /moderation"), 2, "each sent once");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn mute_then_unmute_and_unban() {
    let world = world().await;
    let options = json!({"roblox_id": TARGET, "reason": "spam", "duration": "1h"});
    let seen = world.run(&world.moderator, "roblox mute", options).await;
    assert_look(&seen, GREEN, &["muted roblox account 261 for 1 hour: spam"]);
    let mutes = world.technified.mutes(GUILD);
    assert_eq!(mutes.len(), 1);
    assert_eq!(mutes[0].by, MODERATOR_ROBLOX.to_string());
    assert_eq!(mutes[0].duration.as_deref(), Some("1h"));

    let seen = world
        .run(
            &world.moderator,
            "roblox unmute",
            json!({"roblox_id": TARGET, "reason": "appealed"}),
        )
        .await;
    assert_look(&seen, GREEN, &["lifted the mute of roblox account 261"]);
    assert!(world.technified.mutes(GUILD).is_empty());
    let unmutes = world
        .technified
        .wait_for_requests(&format!("POST /moderation/{GUILD}/roblox/unmute"), 1, WAIT)
        .await;
    let body = unmutes[0].body.as_ref().unwrap();
    assert_eq!(body["roblox_id"], TARGET.to_string());
    assert_eq!(body["reason"], "appealed");

    world.technified.ban(GUILD, TARGET, "old", 77, None);
    let seen = world
        .run(
            &world.moderator,
            "roblox unban",
            json!({"roblox_id": TARGET}),
        )
        .await;
    assert_look(&seen, GREEN, &["lifted the ban of roblox account 261"]);
    assert!(world.technified.bans(GUILD).is_empty());
    world.discord.assert_conformant();
}

// ----- Technified failures -------------------------------------------------------------------

#[tokio::test]
async fn a_key_for_another_server_is_named_as_such() {
    let world = world().await;
    world.technified.fail_next(
        "GET /moderation",
        Fault::Status(403, "API key does not match target guild".into()),
        1,
    );
    let seen = world
        .run(
            &world.moderator,
            "roblox ban-status",
            json!({"roblox_id": TARGET}),
        )
        .await;
    assert_look(
        &seen,
        RED,
        &["belongs to another server", "/setup", "http 403"],
    );
    assert_eq!(sent(&world, "GET /moderation"), 1, "a 403 is not retried");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_429_on_ban_status_waits_then_answers() {
    let world = world().await;
    world
        .technified
        .fail_next("GET /moderation", Fault::RateLimitedHeader(1), 1);
    let status = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox ban-status",
        json!({"roblox_id": TARGET}),
    );
    let first = status.reply(WAIT).await;
    assert_eq!(first.color(), Some(AMBER), "{}", first.embed_text());
    assert!(first.embed_text().contains("rate-limiting"));
    assert!(first.embed_text().contains("retrying automatically"));
    let done = status.wait_edit(1, WAIT).await;
    assert_look(&done, GREEN, &["261 is not banned"]);
    let asked = world
        .technified
        .wait_for_requests("GET /moderation", 2, WAIT)
        .await;
    assert!(
        asked[1].at - asked[0].at >= std::time::Duration::from_millis(900),
        "the retry waited for Retry-After"
    );
    world.discord.assert_conformant();
}

#[tokio::test]
async fn every_write_leaves_an_audit_line_in_the_log_channel() {
    let world = world().await;
    let set = world
        .run(
            &world.admin,
            "settings log-channel",
            json!({"channel": LOG_CHANNEL}),
        )
        .await;
    assert_look(&set, GREEN, &["saved"]);
    let options = json!({"roblox_id": TARGET, "reason": "spam", "duration": "30m"});
    let seen = world.run(&world.moderator, "roblox mute", options).await;
    assert_look(&seen, GREEN, &["muted"]);
    let lines = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 2, WAIT)
        .await;
    let audit = lines[1].content();
    assert!(audit.contains(&format!("<@{MODERATOR}>")), "who: {audit}");
    assert!(
        audit.contains("Mute Roblox account 261 for 30 minutes: spam"),
        "what: {audit}"
    );
    assert!(audit.ends_with(": done"), "result: {audit}");
    // The line names the moderator without pinging them.
    let posts: Vec<_> = world
        .discord
        .requests()
        .into_iter()
        .filter(|r| {
            r.method == "POST"
                && r.path
                    .ends_with(&format!("/channels/{LOG_CHANNEL}/messages"))
        })
        .collect();
    let mentions = &posts[1].body.as_ref().unwrap()["allowed_mentions"];
    assert_eq!(mentions["parse"], json!([]), "{mentions}");
    assert!(
        mentions["users"].as_array().is_none_or(Vec::is_empty),
        "{mentions}"
    );

    // A failed write is logged as failed, and a read is not logged at all.
    world
        .run(
            &world.moderator,
            "roblox unban",
            json!({"roblox_id": TARGET}),
        )
        .await;
    world
        .run(
            &world.moderator,
            "roblox ban-status",
            json!({"roblox_id": TARGET}),
        )
        .await;
    let lines = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 3, WAIT)
        .await;
    let failed = lines[2].content();
    assert!(
        failed.contains("Lift the ban of Roblox account 261"),
        "{failed}"
    );
    assert!(failed.contains("failed"), "{failed}");
    assert_eq!(world.discord.channel_messages(LOG_CHANNEL).len(), 3);
    world.discord.assert_conformant();
}

// ----- /shield check -------------------------------------------------------------------------

#[tokio::test]
async fn shield_check_of_an_unflagged_account() {
    let world = world().await;
    let seen = world
        .run(&world.admin, "shield check", json!({"roblox_id": TARGET}))
        .await;
    assert_look(&seen, GREEN, &["261 is not flagged by shield"]);
    assert_eq!(sent(&world, &format!("GET /shield/check/{TARGET}")), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn shield_check_of_a_flagged_account_shows_the_reason() {
    let world = world().await;
    world
        .technified
        .flag(TARGET, "Shedletsky", "known exploiter", "exploiting");
    let seen = world
        .run(&world.admin, "shield check", json!({"roblox_id": TARGET}))
        .await;
    assert_look(
        &seen,
        BLURPLE,
        &[
            "flagged by shield",
            "known exploiter",
            "exploiting",
            "technified",
        ],
    );
    world.discord.assert_conformant();
}

#[tokio::test]
async fn shield_offline_is_said_at_once_and_not_retried() {
    let world = world().await;
    world.technified.shield_offline(503);
    let check = world.discord.command(
        GUILD,
        &world.admin,
        "shield check",
        json!({"roblox_id": TARGET}),
    );
    let first = check.reply(WAIT).await;
    assert_eq!(first.kind(), 4, "answered directly, not deferred");
    assert_eq!(first.color(), Some(RED), "{}", first.embed_text());
    assert!(first.embed_text().contains("shield is offline"));
    assert!(first.embed_text().contains("http 503"));
    let seen = check.final_message(WAIT).await;
    assert!(!seen.is_edited(), "no retrying notice was replaced");
    assert_eq!(sent(&world, "GET /shield"), 1, "exactly one Shield request");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn the_moderators_account_is_looked_up_once_until_a_lookup_says_otherwise() {
    let world = world().await;
    let lookups = format!("GET /lookup/discord/{MODERATOR}");
    for target in [TARGET, TARGET + 1] {
        let options = json!({"roblox_id": target, "reason": "exploiting", "duration": "1d"});
        let seen = world.run(&world.moderator, "roblox ban", options).await;
        assert_eq!(seen.color(), Some(GREEN), "{}", seen.embed_text());
    }
    assert_eq!(sent(&world, &lookups), 1, "the second ban used the cache");
    assert!(
        world
            .technified
            .bans(GUILD)
            .iter()
            .all(|ban| ban.by == MODERATOR_ROBLOX.to_string())
    );

    // The moderator unlinks; a lookup that says so drops the cached account.
    world.technified.unlink(GUILD, MODERATOR);
    let lookup = world
        .run(
            &world.admin,
            "lookup discord",
            json!({"user": MODERATOR.to_string()}),
        )
        .await;
    assert_eq!(lookup.color(), Some(RED), "{}", lookup.embed_text());
    let options = json!({"roblox_id": TARGET + 2, "reason": "exploiting", "duration": "1d"});
    let seen = world.run(&world.moderator, "roblox ban", options).await;
    assert_look(&seen, RED, &["you are not verified"]);
    assert_eq!(sent(&world, &lookups), 3);
    assert_eq!(world.technified.bans(GUILD).len(), 2);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_ban_behind_a_long_429_is_queued_at_once() {
    let world = world().await;
    world
        .technified
        .fail_next(&ban_route(), Fault::RateLimitedHeader(3600), 1);
    let options = json!({"roblox_id": TARGET, "reason": "exploiting", "duration": "1d"});
    let first = world.run(&world.moderator, "roblox ban", options).await;
    assert_eq!(first.color(), Some(AMBER), "{}", first.embed_text());
    // The moderation group is held for an hour: the next ban is not sent but queued, and the
    // moderator is told so at once.
    let options = json!({"roblox_id": TARGET + 1, "reason": "exploiting", "duration": "1d"});
    let second = world.run(&world.moderator, "roblox ban", options).await;
    assert_look(
        &second,
        AMBER,
        &["rate-limited: queued", "not sent yet", "/jobs"],
    );
    assert_eq!(sent(&world, &ban_route()), 1);
    world.discord.assert_conformant();
}
