//! Queued writes through the real binary: a write Technified cannot take is stored, retried,
//! survives a crash, is applied once, and its result reaches the member (their reply, or the
//! log channel once the interaction token is gone); `/jobs` lists and cancels.

mod support;

use serde_json::json;
use support::{AMBER, GREEN, GUILD, LOG_CHANNEL, RED, WAIT, World};
use testkit::discord::Interaction;
use testkit::technified::Fault;

/// The moderator asks `/roblox <action>` (ban or mute) of `roblox_id` for `duration`.
fn moderate(world: &World, action: &str, roblox_id: u64, duration: &str) -> Interaction {
    world.discord.command(
        GUILD,
        &world.moderator,
        &format!("roblox {action}"),
        json!({"roblox_id": roblox_id, "reason": "Exploiting", "duration": duration}),
    )
}

async fn set_log_channel(world: &World) {
    let set = world
        .run(
            &world.admin,
            "settings log-channel",
            json!({"channel": LOG_CHANNEL.to_string()}),
        )
        .await;
    assert_eq!(set.color(), Some(GREEN), "{}", set.embed_text());
}

#[tokio::test]
async fn a_ban_during_an_outage_is_queued_then_applied_and_reported() {
    let (world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let ban = moderate(&world, "ban", 261, "1d");
    let queued = ban.final_message(WAIT).await;
    assert_eq!(queued.color(), Some(AMBER));
    let text = queued.embed_text();
    assert!(text.contains("queued") && text.contains("/jobs"), "{text}");
    assert!(world.technified.bans(GUILD).is_empty());

    // The retry after the outage applies it once and edits the member's reply.
    world
        .technified
        .wait_for_requests("POST /moderation", 2, WAIT)
        .await;
    world.technified.clear_faults();
    let done = ban
        .wait_message(WAIT, "the result", |m| m.color() == Some(GREEN))
        .await;
    assert!(
        done.embed_text().contains("banned roblox account 261"),
        "{}",
        done.embed_text()
    );
    assert_eq!(world.technified.bans(GUILD).len(), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_queued_ban_survives_a_crash_and_is_applied_exactly_once() {
    let (mut world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let ban = moderate(&world, "ban", 262, "7d");
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));

    world.restart().await; // SIGKILL, then the same data folder
    world.technified.clear_faults();
    let done = ban
        .wait_message(WAIT, "the result after the restart", |m| {
            m.color() == Some(GREEN)
        })
        .await;
    assert!(done.embed_text().contains("262"));
    assert_eq!(world.technified.bans(GUILD).len(), 1);
    let applied = world
        .technified
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/roblox/ban") && r.status == 200)
        .count();
    assert_eq!(applied, 1, "exactly one successful ban request");
}

#[tokio::test]
async fn an_ambiguous_write_is_read_back_not_sent_twice() {
    let (world, _key) = World::connected().await;
    // Technified applies the ban, then answers 503: the bot cannot know it worked.
    world
        .technified
        .fail_next("POST /moderation", Fault::ApplyThen(503), 1);
    let ban = moderate(&world, "ban", 263, "1h");
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));
    ban.wait_message(WAIT, "done after the read-back", |m| {
        m.color() == Some(GREEN)
    })
    .await;
    assert_eq!(world.technified.bans(GUILD).len(), 1);
    let requests = world.technified.requests();
    let sends = requests
        .iter()
        .filter(|r| r.path.ends_with("/roblox/ban"))
        .count();
    assert_eq!(sends, 1, "never re-sent");
    let read_back = requests
        .iter()
        .find(|r| r.path.contains("/ban-status/263"))
        .expect("the state was read back");
    assert!(
        read_back
            .query
            .as_deref()
            .unwrap_or_default()
            .contains("no_cache=true")
    );
}

#[tokio::test]
async fn a_result_after_the_token_expired_goes_to_the_log_channel() {
    let (world, _key) = World::connected().await;
    set_log_channel(&world).await;
    world.outage("POST /moderation");
    let mute = moderate(&world, "mute", 264, "1h");
    assert_eq!(mute.final_message(WAIT).await.color(), Some(AMBER));
    mute.expire_token();
    let before = world.discord.channel_messages(LOG_CHANNEL).len();
    world.technified.clear_faults();
    let posted = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, before + 1, WAIT)
        .await;
    let late = posted
        .iter()
        .find(|m| m.color() == Some(GREEN))
        .expect("the late result in the log channel");
    assert!(
        late.mentions().contains(&world.moderator.user_id),
        "mentions the member"
    );
    assert!(late.embed_text().contains("muted roblox account 264"));
    assert_eq!(world.technified.mutes(GUILD).len(), 1);
}

#[tokio::test]
async fn jobs_lists_a_queued_write_and_cancel_means_never_sent() {
    let (world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let ban = moderate(&world, "ban", 265, "1d");
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));

    let jobs = world
        .discord
        .command(GUILD, &world.admin, "jobs", json!({}));
    let listing = jobs.final_message(WAIT).await;
    let text = listing.embed_text();
    assert!(
        text.contains("ban roblox account 265") && text.contains("waiting"),
        "{text}"
    );
    let (cancel, _, _) = listing
        .buttons()
        .into_iter()
        .next()
        .expect("a cancel button");
    listing.click(&world.admin, &cancel);
    jobs.wait_message(WAIT, "the job cancelled", |m| {
        m.embed_text().contains("cancelled")
    })
    .await;

    // Technified recovers; a later write goes through, the cancelled ban never does.
    world.technified.clear_faults();
    let sent_before = world.technified.count("POST /moderation");
    let other = world
        .run(
            &world.moderator,
            "roblox mute",
            json!({"roblox_id": 266, "reason": "Spam", "duration": "1h"}),
        )
        .await;
    assert_eq!(other.color(), Some(GREEN));
    let listing = world.run(&world.admin, "jobs", json!({})).await;
    assert!(listing.embed_text().contains("cancelled"));
    assert!(world.technified.bans(GUILD).is_empty());
    assert_eq!(world.technified.count("POST /moderation"), sent_before + 1);
}

/// Issue 12, item 1: a queued write Technified then refuses is listed by `/jobs` as failed once,
/// with its reason in words and Technified's error, not "failed: failed: …" in the engine's
/// English.
#[tokio::test]
async fn a_queued_write_refused_later_is_listed_as_failed_once_with_its_reason() {
    let (world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let ban = moderate(&world, "ban", 273, "1d");
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));

    world.technified.clear_faults();
    world.technified.fail_next(
        "POST /moderation",
        Fault::Status(400, "Reason is too short".into()),
        1_000,
    );
    let ended = ban
        .wait_message(WAIT, "the ban refused", |m| m.color() == Some(RED))
        .await;
    assert!(
        ended.embed_text().contains("reason is too short"),
        "{}",
        ended.embed_text()
    );

    let listing = world.run(&world.admin, "jobs", json!({})).await;
    let text = listing.embed_text();
    assert!(
        text.contains("ban roblox account 273")
            && text.contains("failed: refused by technified")
            && text.contains("reason is too short")
            && !text.contains("failed: failed"),
        "{text}"
    );
}

#[tokio::test]
async fn a_refused_write_is_not_queued() {
    let (world, _key) = World::connected().await;
    let unban = world
        .run(&world.moderator, "roblox unban", json!({"roblox_id": 267}))
        .await;
    assert_eq!(unban.color(), Some(RED));
    assert!(unban.embed_text().contains("no active ban"));
    let listing = world.run(&world.admin, "jobs", json!({})).await;
    assert!(listing.embed_text().contains("nothing is waiting"));
}

#[tokio::test]
async fn a_write_on_a_queued_target_waits_its_turn() {
    let (world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let ban = moderate(&world, "ban", 268, "1d");
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));
    let sent_before = world.technified.count("POST /moderation");

    // The unban is not sent ahead of the queued ban: it queues behind it.
    let unban = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox unban",
        json!({"roblox_id": 268}),
    );
    assert_eq!(unban.final_message(WAIT).await.color(), Some(AMBER));
    assert_eq!(world.technified.count("POST /moderation"), sent_before);

    world.technified.clear_faults();
    ban.wait_message(WAIT, "the ban applied", |m| m.color() == Some(GREEN))
        .await;
    unban
        .wait_message(WAIT, "then the unban", |m| m.color() == Some(GREEN))
        .await;
    assert!(
        world.technified.bans(GUILD).is_empty(),
        "banned, then lifted, in that order"
    );
}

/// Issue 11, item 1: during an outage a 7-day ban is queued, then a confirmed permanent ban of
/// the same account queues behind it. Both must reach Technified, in that order, and the
/// permanent one's reply turns green only once it was sent.
#[tokio::test]
async fn a_permanent_ban_queued_behind_a_timed_one_is_sent_before_it_is_done() {
    let (world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let week = moderate(&world, "ban", 269, "7d");
    assert_eq!(week.final_message(WAIT).await.color(), Some(AMBER));

    let permanent = moderate(&world, "ban", 269, "permanent");
    let question = permanent.final_message(WAIT).await;
    let (confirm, _, _) = question
        .buttons()
        .into_iter()
        .find(|b| b.1 == "Ban permanently")
        .expect("a confirm button");
    question.click(&world.moderator, &confirm);
    permanent
        .wait_message(WAIT, "the permanent ban queued", |m| {
            m.color() == Some(AMBER) && m.embed_text().contains("queued")
        })
        .await;

    world.technified.clear_faults();
    week.wait_message(WAIT, "the 7-day ban applied", |m| m.color() == Some(GREEN))
        .await;
    permanent
        .wait_message(WAIT, "the permanent ban applied", |m| {
            m.color() == Some(GREEN)
        })
        .await;
    // Green only after Technified took the permanent ban.
    let sent_permanent = world
        .technified
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/roblox/ban") && r.status == 200)
        .filter(|r| r.body.as_ref().is_some_and(|b| b.get("duration").is_none()))
        .count();
    assert_eq!(sent_permanent, 1, "the permanent ban reached Technified");
    let bans = world.technified.bans(GUILD);
    assert!(bans.len() == 1 && bans[0].is_permanent, "{bans:?}");
}

/// A server with 10,000 writes waiting gets a clear refusal for the next one, not a queue
/// that grows without bound.
#[tokio::test]
async fn a_full_queue_refuses_the_next_write_clearly() {
    let (world, _key) = World::connected().await;
    let db = format!("sqlite://{}", world.dir.path().join("bot.db").display());
    support::fill_queue(&db, GUILD, 10_000).await;
    world.outage("POST /moderation");
    let refused = moderate(&world, "mute", 270, "1h")
        .final_message(WAIT)
        .await;
    assert_eq!(refused.color(), Some(RED), "{}", refused.embed_text());
    let text = refused.embed_text();
    assert!(
        text.contains("too many writes are waiting") && text.contains("not queued"),
        "{text}"
    );
}

/// Issue 11, item 8: the bot removed from a server (GUILD_DELETE without `unavailable`) ends
/// the server's queued writes at once, each reported to its member; the same event for a
/// server in an outage (`unavailable: true`) ends nothing.
#[tokio::test]
async fn removing_the_bot_from_a_server_ends_its_queued_writes() {
    let (world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let ban = moderate(&world, "ban", 272, "1d");
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));

    world.discord.guild_outage(GUILD);
    let listing = world.run(&world.admin, "jobs", json!({})).await;
    let text = listing.embed_text();
    assert!(
        text.contains("ban roblox account 272") && text.contains("waiting"),
        "{text}"
    );

    world.discord.remove_guild(GUILD);
    let ended = ban
        .wait_message(WAIT, "the ban ended", |m| m.color() == Some(RED))
        .await;
    let text = ended.embed_text();
    assert!(
        text.contains("not done") && text.contains("bot was removed"),
        "{text}"
    );
    assert!(world.technified.bans(GUILD).is_empty());
}
