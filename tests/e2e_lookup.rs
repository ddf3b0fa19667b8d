//! `/lookup` and the read retries every lookup goes through, through the real binary.

mod support;

use serde_json::json;
use support::{AMBER, GREEN, GUILD, RED, WAIT, World, assert_look};
use testkit::discord::permissions::MANAGE_GUILD;
use testkit::technified::Fault;

#[tokio::test]
async fn lookups_show_the_link_in_both_directions() {
    let (world, key) = World::connected().await;
    world.technified.link(GUILD, 5, 261, "Shedletsky");

    let by_discord = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(by_discord.color(), Some(GREEN));
    assert!(by_discord.ephemeral());
    let text = by_discord.embed_text();
    assert!(
        text.contains("shedletsky") && text.contains("261"),
        "{text}"
    );

    let by_roblox = world
        .run(&world.member, "lookup roblox", json!({"roblox_id": 261}))
        .await;
    assert!(by_roblox.embed_text().contains("<@5>"));

    // The guild went in X-Guild-ID and the key in X-API-Key, as the docs say for lookups.
    let lookup = world
        .technified
        .requests()
        .into_iter()
        .find(|r| r.path == "/lookup/discord/5")
        .unwrap();
    let header = |name: &str| {
        lookup
            .headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header("x-guild-id"), Some(GUILD.to_string()));
    assert_eq!(header("x-api-key"), Some(key));
    world.discord.assert_conformant();
}

#[tokio::test]
async fn unverified_members_and_unconnected_servers_get_plain_answers() {
    let world = World::start().await;
    let not_connected = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(not_connected.color(), Some(RED));
    assert!(not_connected.embed_text().contains("/setup"));
    assert!(world.technified.requests().is_empty());

    let key = world.technified.add_key(GUILD);
    world.setup(&key).await;
    let unknown = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(unknown.color(), Some(RED));
    let text = unknown.embed_text();
    assert!(text.contains("not verified with technified"), "{text}");
    assert!(text.contains("http 404"), "{text}");
}

#[tokio::test]
async fn batch_answers_one_line_per_user_and_checks_its_input() {
    let (world, _key) = World::connected().await;
    world.technified.link(GUILD, 5, 261, "Shedletsky");
    let staff = world.member.clone().permissions(MANAGE_GUILD);

    let batch = world
        .run(&staff, "lookup batch", json!({"users": "<@5>, 6 <@!7>"}))
        .await;
    let text = batch.embed_text();
    assert!(text.contains("1 of 3 verified"), "{text}");
    assert!(text.contains("<@5>: [shedletsky]"), "{text}");
    assert!(text.contains("<@6>: not verified"), "{text}");
    let calls = world.technified.requests();
    let sent = calls.iter().find(|r| r.path == "/lookup/status").unwrap();
    assert_eq!(sent.body.as_ref().unwrap()["guild_id"], GUILD.to_string());

    let before = world.technified.requests().len();
    let too_many = (1..=26)
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let refused = world
        .run(&staff, "lookup batch", json!({"users": too_many}))
        .await;
    assert_eq!(refused.color(), Some(RED));
    assert!(refused.embed_text().contains("at most 25"));
    let garbage = world
        .run(&staff, "lookup batch", json!({"users": "alice"}))
        .await;
    assert!(
        garbage
            .embed_text()
            .contains("`alice` is not a user mention or id")
    );
    let not_staff = world
        .run(&world.member, "lookup batch", json!({"users": "5"}))
        .await;
    assert!(not_staff.embed_text().contains("manage server"));
    assert_eq!(
        world.technified.requests().len(),
        before,
        "no call for bad input"
    );
}

#[tokio::test]
async fn a_failing_read_shows_retrying_then_the_result() {
    let (world, _key) = World::connected().await;
    world.technified.link(GUILD, 5, 261, "Shedletsky");
    world
        .technified
        .fail_next("GET /lookup/discord", Fault::Html(502), 1);

    let lookup =
        world
            .discord
            .command(GUILD, &world.member, "lookup discord", json!({"user": "5"}));
    let amber = lookup.final_message(WAIT).await;
    assert_eq!(amber.color(), Some(AMBER));
    let text = amber.embed_text();
    assert!(text.contains("retrying automatically"), "{text}");
    assert!(!text.contains("<html"), "never the raw page: {text}");
    let done = lookup
        .wait_message(WAIT, "the result", |m| m.color() == Some(GREEN))
        .await;
    assert!(done.embed_text().contains("shedletsky"));

    let attempts: Vec<_> = world
        .technified
        .requests()
        .into_iter()
        .filter(|r| r.path == "/lookup/discord/5")
        .collect();
    assert_eq!(attempts.len(), 2);
    let spacing = attempts[1].at - attempts[0].at;
    assert!(
        spacing >= std::time::Duration::from_millis(800),
        "backoff of about 1 s, saw {spacing:?}"
    );
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_500_is_retried_exactly_once() {
    let (world, _key) = World::connected().await;
    world.technified.fail_next(
        "GET /lookup/discord",
        Fault::Status(500, "Internal Server Error".into()),
        2,
    );
    let lookup =
        world
            .discord
            .command(GUILD, &world.member, "lookup discord", json!({"user": "5"}));
    let gave_up = lookup
        .wait_message(WAIT, "a red answer", |m| m.color() == Some(RED))
        .await;
    let text = gave_up.embed_text();
    assert!(text.contains("still having trouble"), "{text}");
    assert!(text.contains("http 500"), "{text}");
    let attempts = world
        .technified
        .requests()
        .into_iter()
        .filter(|r| r.path == "/lookup/discord/5")
        .count();
    assert_eq!(attempts, 2);
}

#[tokio::test]
async fn a_rate_limit_waits_and_says_so() {
    let (world, _key) = World::connected().await;
    world.technified.link(GUILD, 5, 261, "Shedletsky");
    world
        .technified
        .fail_next("GET /lookup/discord", Fault::RateLimitedHeader(1), 1);
    let lookup =
        world
            .discord
            .command(GUILD, &world.member, "lookup discord", json!({"user": "5"}));
    let waiting = lookup.final_message(WAIT).await;
    assert_eq!(waiting.color(), Some(AMBER));
    assert!(waiting.embed_text().contains("rate-limiting"));
    lookup
        .wait_message(WAIT, "the result", |m| m.color() == Some(GREEN))
        .await;
}

#[tokio::test]
async fn a_members_sixth_lookup_within_30_seconds_is_refused_plainly() {
    let (world, _key) = World::connected().await;
    world.technified.link(GUILD, 5, 261, "Shedletsky");
    world.technified.clear_requests();
    for _ in 0..5 {
        let seen = world
            .run(&world.member, "lookup discord", json!({"user": "5"}))
            .await;
        assert_eq!(seen.color(), Some(GREEN), "{}", seen.embed_text());
    }
    // The two public lookups share one allowance.
    let refused = world
        .run(&world.member, "lookup roblox", json!({"roblox_id": 261}))
        .await;
    assert_look(
        &refused,
        AMBER,
        &["5 lookups every 30 seconds", "try again <t:"],
    );
    assert_eq!(world.technified.count("GET /lookup"), 5);
    // Another member is not held by it.
    let other = world
        .run(&world.admin, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(other.color(), Some(GREEN), "{}", other.embed_text());
    world.discord.assert_conformant();
}

#[tokio::test]
async fn after_a_long_429_a_lookup_answers_at_once_with_the_time() {
    let (world, _key) = World::connected().await;
    world.technified.link(GUILD, 5, 261, "Shedletsky");
    world.technified.clear_requests();
    world
        .technified
        .fail_next("GET /lookup", Fault::RateLimitedHeader(3600), 1);
    let limited = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(limited.color(), Some(AMBER), "{}", limited.embed_text());
    // The group is held for an hour: the next lookup is not sent, and says until when
    // instead of leaving the member on "thinking".
    let next = world
        .run(&world.admin, "lookup roblox", json!({"roblox_id": 261}))
        .await;
    assert_look(&next, AMBER, &["rate-limited until <t:", ":t>", "not sent"]);
    assert_eq!(world.technified.count("GET /lookup"), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_lookups_not_verified_is_not_the_keys_last_error() {
    let (world, _key) = World::connected().await;
    let unknown = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert!(unknown.embed_text().contains("not verified"));
    let status = world.run(&world.admin, "key status", json!({})).await;
    let text = status.embed_text();
    assert!(text.contains("last error\nnone"), "{text}");
    assert!(!text.contains("last successful call\nnever"), "{text}");
    assert!(!text.contains("404"), "{text}");
}
