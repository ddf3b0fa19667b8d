//! `/roblox ban … discord:true` end to end: the real bot bans the Roblox account through the
//! fake Technified and the linked member through the fake Discord, checks first what Discord
//! would refuse, and shows both outcomes in one reply, each with its own status.

mod support;

use serde_json::json;
use support::{
    ADMIN, ADMIN_ROBLOX, AMBER, GREEN, GUILD, LOG_CHANNEL, RED, WAIT, World, assert_look,
};
use testkit::discord::permissions::{BAN_MEMBERS, DEFAULT_BOT};
use testkit::discord::{DiscordFault, FakeRole, Member, SeenMessage};
use testkit::technified::Fault;

/// The moderator `World` provides, and their Roblox account.
const MODERATOR: u64 = ADMIN + 1;
const MODERATOR_ROBLOX: u64 = ADMIN_ROBLOX + 1;

/// Roles, lowest first: the moderators' (2), a senior staff role above it (3), the bot's (4),
/// and the admins' above the bot (5).
const MOD_ROLE: u64 = 700_000_000_000_000_001;
const SENIOR_ROLE: u64 = 700_000_000_000_000_002;
const ADMINS_ROLE: u64 = 700_000_000_000_000_003;

/// Members and the Roblox accounts linked to them.
const RULE_BREAKER: u64 = 555_000_000_000_000_001;
const RULE_BREAKER_ROBLOX: u64 = 261;
const OWNER: u64 = 555_000_000_000_000_002;
const OWNER_ROBLOX: u64 = 262;
const ADMIN_MEMBER: u64 = 555_000_000_000_000_003;
const ADMIN_MEMBER_ROBLOX: u64 = 263;
const SENIOR: u64 = 555_000_000_000_000_004;
const SENIOR_ROBLOX: u64 = 264;
/// Linked, but not in the server.
const GONE: u64 = 555_000_000_000_000_005;
const GONE_ROBLOX: u64 = 265;
/// A Roblox account no Discord account is linked to.
const UNLINKED_ROBLOX: u64 = 266;

/// A connected server where the bot may ban (its role at position 4), with the members above
/// and their links; no request recorded yet. Returns the moderator, who holds the moderators'
/// role.
async fn world() -> (World, Member) {
    let (world, _key) = World::connected().await;
    let role = |id, name, position| FakeRole::new(id, name, 0).position(position);
    let guild = world
        .discord
        .guild(GUILD)
        .expect("the test server")
        .bot_permissions(DEFAULT_BOT | BAN_MEMBERS)
        .bot_role_position(4)
        .role(role(MOD_ROLE, "Moderators", 2))
        .role(role(SENIOR_ROLE, "Senior staff", 3))
        .role(role(ADMINS_ROLE, "Admins", 5))
        .owner(OWNER)
        .member(Member::new(RULE_BREAKER, "rulebreaker"))
        .member(Member::new(OWNER, "owner"))
        .member(Member::new(ADMIN_MEMBER, "headadmin").roles(&[ADMINS_ROLE]))
        .member(Member::new(SENIOR, "senior").roles(&[SENIOR_ROLE]));
    world.discord.add_guild(guild);
    for (discord, roblox, name) in [
        (RULE_BREAKER, RULE_BREAKER_ROBLOX, "BreakerOnRoblox"),
        (OWNER, OWNER_ROBLOX, "OwnerOnRoblox"),
        (ADMIN_MEMBER, ADMIN_MEMBER_ROBLOX, "HeadAdminOnRoblox"),
        (SENIOR, SENIOR_ROBLOX, "SeniorOnRoblox"),
        (GONE, GONE_ROBLOX, "GoneOnRoblox"),
    ] {
        world.technified.link(GUILD, discord, roblox, name);
    }
    world.technified.clear_requests();
    let moderator = world.moderator.clone().roles(&[MOD_ROLE]);
    (world, moderator)
}

fn ban_options(roblox_id: u64, reason: &str) -> serde_json::Value {
    json!({"roblox_id": roblox_id, "reason": reason, "discord": true})
}

/// Runs `/roblox ban … discord:true` as `moderator`, presses "Ban permanently", and returns
/// the question and the reply with both outcomes.
async fn ban_on_both(
    world: &World,
    moderator: &Member,
    roblox_id: u64,
    reason: &str,
) -> (SeenMessage, SeenMessage) {
    let ban = world.discord.command(
        GUILD,
        moderator,
        "roblox ban",
        ban_options(roblox_id, reason),
    );
    let question = ban
        .wait_message(WAIT, "the question", |m| !m.buttons().is_empty())
        .await;
    let confirm = question
        .buttons()
        .into_iter()
        .find(|b| b.1 == "Ban permanently")
        .expect("a confirm button");
    question.click(moderator, &confirm.0);
    let reply = ban
        .wait_message(WAIT, "both outcomes", |m| m.content().contains("Discord:"))
        .await;
    assert!(reply.buttons().is_empty(), "the question is closed");
    (question, reply)
}

/// The Discord half of `reply`, lowercased.
fn discord_line(reply: &SeenMessage) -> String {
    reply.content().to_lowercase()
}

/// Discord's ban requests the bot made.
fn discord_ban_requests(world: &World) -> Vec<testkit::discord::RecordedRequest> {
    world
        .discord
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT" && r.path.contains("/bans/"))
        .collect()
}

fn roblox_ban_of(world: &World, roblox_id: u64) -> Option<testkit::technified::Punishment> {
    world
        .technified
        .bans(GUILD)
        .into_iter()
        .find(|b| b.roblox_id == roblox_id)
}

#[tokio::test]
async fn both_bans_are_made_and_shown_with_the_reason_in_discords_audit_log() {
    let (world, moderator) = world().await;
    world.set_log_channel().await;
    let (question, reply) =
        ban_on_both(&world, &moderator, RULE_BREAKER_ROBLOX, "exploiting").await;
    assert_look(
        &question,
        AMBER,
        &[
            "ban permanently?",
            "261",
            "exploiting",
            &format!("<@{RULE_BREAKER}> will be banned from this server too"),
        ],
    );

    assert_look(
        &reply,
        GREEN,
        &["banned roblox account 261 permanently: exploiting"],
    );
    assert!(
        discord_line(&reply).contains(&format!("banned <@{RULE_BREAKER}> from this server")),
        "{}",
        reply.content()
    );
    let ban = roblox_ban_of(&world, RULE_BREAKER_ROBLOX).expect("the Roblox ban");
    assert!(ban.is_permanent);
    assert_eq!(ban.reason, "exploiting");
    assert_eq!(ban.by, MODERATOR_ROBLOX.to_string());
    // The member came from Technified's reverse lookup.
    assert_eq!(
        world
            .technified
            .count(&format!("GET /lookup/roblox/{RULE_BREAKER_ROBLOX}")),
        1
    );
    // Discord got one ban, with who asked and why in the audit-log reason header.
    let bans = world.discord.bans(GUILD);
    assert_eq!(bans.len(), 1, "{bans:?}");
    assert_eq!(bans[0].user_id, RULE_BREAKER);
    assert_eq!(
        bans[0].reason.as_deref(),
        Some(
            format!("moderator ({MODERATOR}) with /roblox ban of Roblox account 261: exploiting")
                .as_str()
        )
    );
    let puts = discord_ban_requests(&world);
    assert_eq!(puts.len(), 1);
    let query = puts[0].query.as_deref().unwrap_or_default();
    assert!(query.contains("delete_message_seconds=0"), "{query}");
    // The entry in Discord's audit log carries the reason too.
    let entry = &world.discord.audit_log(GUILD)[0];
    assert_eq!(entry["target_id"], RULE_BREAKER.to_string());
    assert!(
        entry["reason"].as_str().unwrap().ends_with(": exploiting"),
        "{entry}"
    );

    // One audit line per ban in the log channel (after the channel's test message).
    let lines = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 3, WAIT)
        .await;
    let lines: Vec<&str> = lines[1..].iter().map(SeenMessage::content).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Ban Roblox account 261 permanently: exploiting · Case #1: done")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains(&format!(
            "Ban Discord member <@{RULE_BREAKER}> (linked to Roblox account 261): exploiting: done"
        ))),
        "{lines:?}"
    );
    // The Roblox ban's case names the Discord member too.
    let case = world
        .run(&moderator, "cases show", json!({"case": 1}))
        .await;
    let text = case.embed_text();
    assert!(text.contains(&format!("<@{RULE_BREAKER}>")), "{text}");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn each_discord_refusal_is_named_and_the_roblox_ban_is_still_made() {
    let (world, moderator) = world().await;
    let cases = [
        (OWNER_ROBLOX, vec![format!("<@{OWNER}> owns this server")]),
        (
            ADMIN_MEMBER_ROBLOX,
            vec![
                format!("<@{ADMIN_MEMBER}>'s highest role is not below the bot's"),
                "move the bot's role above theirs".to_owned(),
            ],
        ),
        (
            SENIOR_ROBLOX,
            vec![format!("<@{SENIOR}>'s highest role is not below yours")],
        ),
        (
            UNLINKED_ROBLOX,
            vec!["no discord account is linked to roblox account 266".to_owned()],
        ),
    ];
    for (roblox_id, words) in cases {
        let (question, reply) = ban_on_both(&world, &moderator, roblox_id, "raid").await;
        let line = discord_line(&reply);
        assert!(line.contains("not banned"), "{roblox_id}: {line}");
        for word in &words {
            assert!(
                line.contains(word),
                "{roblox_id}: expected `{word}` in {line}"
            );
            assert!(
                question.embed_text().contains(word),
                "{roblox_id}: the question says it before the confirmation: {}",
                question.embed_text()
            );
        }
        assert_look(
            &reply,
            GREEN,
            &[&format!("banned roblox account {roblox_id} permanently")],
        );
        assert!(roblox_ban_of(&world, roblox_id).is_some(), "{roblox_id}");
    }

    // Without Ban Members the bot says so, whoever the member is.
    let guild = world
        .discord
        .guild(GUILD)
        .unwrap()
        .bot_permissions(DEFAULT_BOT);
    world.discord.add_guild(guild);
    let (_, reply) = ban_on_both(&world, &moderator, RULE_BREAKER_ROBLOX, "raid").await;
    let line = discord_line(&reply);
    assert!(
        line.contains("not banned") && line.contains("the bot lacks the ban members permission"),
        "{line}"
    );
    assert!(line.contains("server settings, roles"), "{line}");
    assert_look(&reply, GREEN, &["banned roblox account 261 permanently"]);

    assert!(
        discord_ban_requests(&world).is_empty(),
        "nothing Discord would refuse was sent"
    );
    assert!(world.discord.bans(GUILD).is_empty());
    assert_eq!(world.technified.bans(GUILD).len(), 5);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_linked_account_not_in_the_server_is_banned_and_a_long_reason_fits_discords_limit() {
    let (world, moderator) = world().await;
    let reason = "r".repeat(500);
    let (question, reply) = ban_on_both(&world, &moderator, GONE_ROBLOX, &reason).await;
    assert!(
        question
            .embed_text()
            .contains(&format!("<@{GONE}> is not in this server now")),
        "{}",
        question.embed_text()
    );
    let line = discord_line(&reply);
    assert!(
        line.contains(&format!("banned <@{GONE}>")) && line.contains("keeps them from joining"),
        "{line}"
    );
    assert_eq!(reply.color(), Some(GREEN), "{}", reply.embed_text());
    let bans = world.discord.bans(GUILD);
    assert_eq!(bans.len(), 1);
    assert_eq!(bans[0].user_id, GONE);
    // Discord takes 1 to 512 characters: the reason is cut, with an ellipsis, not refused.
    let header = bans[0].reason.clone().unwrap();
    assert_eq!(header.chars().count(), 512, "{header}");
    assert!(header.ends_with("rrr…"), "{header}");
    assert_eq!(roblox_ban_of(&world, GONE_ROBLOX).unwrap().reason, reason);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_queued_roblox_ban_and_a_done_discord_ban_are_both_shown() {
    let (world, moderator) = world().await;
    let ban_route = format!("POST /moderation/{GUILD}/roblox/ban");
    world.technified.fail_next(
        &ban_route,
        Fault::Status(503, "Service Unavailable".into()),
        1,
    );
    let ban = world.discord.command(
        GUILD,
        &moderator,
        "roblox ban",
        ban_options(RULE_BREAKER_ROBLOX, "exploiting"),
    );
    let question = ban
        .wait_message(WAIT, "the question", |m| !m.buttons().is_empty())
        .await;
    let confirm = question.buttons()[0].0.clone();
    question.click(&moderator, &confirm);
    let reply = ban
        .wait_message(WAIT, "both outcomes", |m| m.content().contains("Discord:"))
        .await;
    assert_look(&reply, AMBER, &["queued", "/jobs"]);
    assert!(
        discord_line(&reply).contains(&format!("banned <@{RULE_BREAKER}> from this server")),
        "{}",
        reply.content()
    );
    assert_eq!(
        world.discord.bans(GUILD).len(),
        1,
        "the Discord ban did not wait"
    );

    // The retry applies the Roblox ban and edits its embed; the Discord line stays.
    let late = ban
        .wait_message(WAIT, "the Roblox ban's late result", |m| {
            m.color() == Some(GREEN)
        })
        .await;
    assert!(
        late.embed_text()
            .contains("banned roblox account 261 permanently"),
        "{}",
        late.embed_text()
    );
    assert!(
        discord_line(&late).contains(&format!("banned <@{RULE_BREAKER}>")),
        "the late result does not hide the Discord ban: {}",
        late.content()
    );
    assert_eq!(world.technified.count(&ban_route), 2);
    assert_eq!(world.technified.bans(GUILD).len(), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn discord_refusing_after_the_checks_is_a_failure_that_hides_no_roblox_ban() {
    let (world, moderator) = world().await;
    world.discord.fail_next(
        &format!("PUT /guilds/{GUILD}/bans/"),
        DiscordFault::missing_permissions(),
        1,
    );
    let (_, reply) = ban_on_both(&world, &moderator, RULE_BREAKER_ROBLOX, "exploiting").await;
    let line = discord_line(&reply);
    assert!(
        line.contains("failed") && line.contains(&format!("<@{RULE_BREAKER}>")),
        "{line}"
    );
    assert!(
        line.contains("missing permissions") && line.contains("50013"),
        "Discord's own words: {line}"
    );
    assert_look(
        &reply,
        GREEN,
        &["banned roblox account 261 permanently: exploiting"],
    );
    assert!(roblox_ban_of(&world, RULE_BREAKER_ROBLOX).is_some());
    assert!(world.discord.bans(GUILD).is_empty());
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_refused_roblox_ban_hides_no_discord_ban() {
    let (world, moderator) = world().await;
    world.technified.fail_next(
        &format!("POST /moderation/{GUILD}/roblox/ban"),
        Fault::Status(422, "Reason contains blocked words".into()),
        1,
    );
    let (_, reply) = ban_on_both(&world, &moderator, RULE_BREAKER_ROBLOX, "exploiting").await;
    assert_look(
        &reply,
        RED,
        &["technified did not accept that", "blocked words", "case #1"],
    );
    assert!(
        discord_line(&reply).contains(&format!("banned <@{RULE_BREAKER}> from this server")),
        "{}",
        reply.content()
    );
    assert!(world.technified.bans(GUILD).is_empty());
    assert_eq!(world.discord.bans(GUILD).len(), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn one_confirmation_covers_both_and_cancel_bans_nowhere() {
    let (world, moderator) = world().await;
    let ban = world.discord.command(
        GUILD,
        &moderator,
        "roblox ban",
        ban_options(RULE_BREAKER_ROBLOX, "exploiting"),
    );
    let question = ban
        .wait_message(WAIT, "the question", |m| !m.buttons().is_empty())
        .await;
    let labels: Vec<String> = question.buttons().into_iter().map(|b| b.1).collect();
    assert_eq!(labels, ["Ban permanently", "Cancel"]);
    assert!(
        question
            .embed_text()
            .contains(&format!("<@{RULE_BREAKER}> will be banned")),
        "{}",
        question.embed_text()
    );
    assert!(
        discord_ban_requests(&world).is_empty(),
        "nothing before the answer"
    );
    question.click(&moderator, &question.buttons()[1].0);
    let cancelled = ban
        .wait_message(WAIT, "the cancellation", |m| {
            m.embed_text().contains("cancelled")
        })
        .await;
    assert!(cancelled.embed_text().contains("nothing was changed"));
    assert_eq!(
        world
            .technified
            .count(&format!("POST /moderation/{GUILD}/roblox/ban")),
        0
    );
    assert!(discord_ban_requests(&world).is_empty());
    assert!(world.discord.bans(GUILD).is_empty());

    // A Discord ban has no end date: with a duration the command says so and does nothing.
    world.technified.clear_requests();
    let timed = world
        .run(
            &moderator,
            "roblox ban",
            json!({"roblox_id": RULE_BREAKER_ROBLOX, "reason": "x", "duration": "7d", "discord": true}),
        )
        .await;
    assert_look(&timed, RED, &["check your input", "permanent ban only"]);
    assert!(world.technified.requests().is_empty(), "no call at all");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn without_discord_true_nothing_is_asked_of_discord() {
    let (world, moderator) = world().await;
    for options in [
        json!({"roblox_id": RULE_BREAKER_ROBLOX, "reason": "x", "duration": "1d"}),
        json!({"roblox_id": SENIOR_ROBLOX, "reason": "x", "duration": "1d", "discord": false}),
    ] {
        let seen = world.run(&moderator, "roblox ban", options).await;
        assert_look(&seen, GREEN, &["banned roblox account"]);
        assert!(seen.content().is_empty(), "{}", seen.content());
    }
    assert_eq!(world.technified.bans(GUILD).len(), 2);
    assert_eq!(world.technified.count("GET /lookup/roblox"), 0);
    let guild_calls: Vec<_> = world
        .discord
        .requests()
        .into_iter()
        .filter(|r| r.path.contains(&format!("/guilds/{GUILD}")) && !r.path.contains("/commands"))
        .collect();
    assert!(guild_calls.is_empty(), "{guild_calls:?}");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_failed_lookup_or_role_read_is_said_and_the_roblox_ban_is_still_made() {
    let (world, moderator) = world().await;
    world.technified.fail_next(
        &format!("GET /lookup/roblox/{RULE_BREAKER_ROBLOX}"),
        Fault::Status(400, "Lookup unavailable".into()),
        1,
    );
    let (_, reply) = ban_on_both(&world, &moderator, RULE_BREAKER_ROBLOX, "raid").await;
    let line = discord_line(&reply);
    assert!(
        line.contains("not banned") && line.contains("could not be looked up"),
        "{line}"
    );
    assert_look(&reply, GREEN, &["banned roblox account 261 permanently"]);

    world.discord.fail_next(
        &format!("GET /guilds/{GUILD}/members/"),
        DiscordFault::missing_access(),
        2,
    );
    let (_, reply) = ban_on_both(&world, &moderator, GONE_ROBLOX, "raid").await;
    let line = discord_line(&reply);
    assert!(
        line.contains("not banned") && line.contains("could not be read from discord"),
        "{line}"
    );
    assert!(
        line.contains("missing access") && line.contains("50001"),
        "{line}"
    );
    assert_look(&reply, GREEN, &["banned roblox account 265 permanently"]);

    assert!(discord_ban_requests(&world).is_empty());
    assert_eq!(world.technified.bans(GUILD).len(), 2);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn when_discord_no_longer_takes_the_reply_both_outcomes_go_to_the_log_channel() {
    let (world, moderator) = world().await;
    world.set_log_channel().await;
    let ban = world.discord.command(
        GUILD,
        &moderator,
        "roblox ban",
        ban_options(RULE_BREAKER_ROBLOX, "exploiting"),
    );
    let question = ban
        .wait_message(WAIT, "the question", |m| !m.buttons().is_empty())
        .await;
    world
        .discord
        .fail_next("PATCH /webhooks/", DiscordFault::unknown_webhook(), 1);
    question.click(&moderator, &question.buttons()[0].0);
    // The channel's test message, an audit line per ban, and the late reply.
    let posts = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 4, WAIT)
        .await;
    let late = posts
        .iter()
        .find(|m| m.content().contains("Discord:"))
        .unwrap_or_else(|| panic!("no late reply among {posts:?}"));
    assert!(
        late.content().starts_with(&format!(
            "<@{MODERATOR}> **Discord:** banned <@{RULE_BREAKER}>"
        )),
        "{}",
        late.content()
    );
    let sent = world
        .discord
        .requests()
        .into_iter()
        .find(|r| {
            r.method == "POST"
                && r.body.as_ref().is_some_and(|b| {
                    b["content"]
                        .as_str()
                        .is_some_and(|c| c.contains("Discord:"))
                })
        })
        .expect("the late reply's request");
    let allowed = &sent.body.unwrap()["allowed_mentions"];
    assert_eq!(
        allowed["users"],
        json!([MODERATOR.to_string()]),
        "only the moderator is pinged: {allowed}"
    );
    assert_eq!(late.color(), Some(GREEN));
    assert!(
        late.embed_text()
            .contains("banned roblox account 261 permanently"),
        "{}",
        late.embed_text()
    );
    assert_eq!(world.discord.bans(GUILD).len(), 1);
    world.discord.assert_conformant();
}
