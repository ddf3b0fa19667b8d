//! `/bindings` end to end: the real bot against the fake Discord and the fake Technified. Each
//! test checks what the member sees (the embed's meaning and colour) and what Technified
//! received, or did not.

mod support;

use serde_json::{Value, json};
use support::{
    ADMIN, ADMIN_ROBLOX, AMBER, BLURPLE, GREEN, GUILD, RED, WAIT, World, add_roles, assert_look,
};
use testkit::technified::Fault;

const MEMBER_ROLE: u64 = 555_555_555_555_555_001;
const FAN_ROLE: u64 = 555_555_555_555_555_002;
const GROUP: u64 = 7_384_293;

/// A connected world whose server has two roles to bind, with no request recorded yet.
async fn world() -> World {
    let (world, _key) = World::connected().await;
    add_roles(&world, &[(MEMBER_ROLE, "Member"), (FAN_ROLE, "Fan")]);
    world.technified.clear_requests();
    world
}

/// A group-rank binding as `POST /bindings/add` takes it (without `guild_id`).
fn group_binding(role: u64, min: u8, max: u8) -> Value {
    json!({"discord_role_id": role.to_string(), "binding_type": "group_rank",
           "roblox_group_id": GROUP, "min_rank": min, "max_rank": max, "priority": 2})
}

fn gamepass_binding(role: u64, gamepass: u64) -> Value {
    json!({"discord_role_id": role.to_string(), "binding_type": "gamepass",
           "roblox_gamepass_id": gamepass})
}

/// How many requests Technified saw for `route` ("POST /bindings/add").
fn sent(world: &World, route: &str) -> usize {
    world.technified.count(route)
}

// ----- /bindings list ------------------------------------------------------------------------

#[tokio::test]
async fn list_without_bindings_says_there_are_none() {
    let world = world().await;
    let seen = world.run(&world.admin, "bindings list", json!({})).await;
    assert_look(
        &seen,
        BLURPLE,
        &["0 bindings", "no bindings yet", "/bindings add"],
    );
    assert!(seen.buttons().is_empty());
    assert_eq!(sent(&world, "GET /bindings/list"), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn list_shows_each_binding_with_its_role_target_and_priority() {
    let world = world().await;
    world.technified.set_group_name(GROUP, "Fans Club");
    let group = world
        .technified
        .insert_binding(GUILD, group_binding(MEMBER_ROLE, 50, 100));
    let pass = world
        .technified
        .insert_binding(GUILD, gamepass_binding(FAN_ROLE, 4242));
    let seen = world.run(&world.admin, "bindings list", json!({})).await;
    assert_look(
        &seen,
        BLURPLE,
        &[
            "2 bindings",
            &format!("`{group}` <@&{MEMBER_ROLE}>"),
            "group 7384293, ranks 50 to 100 (fans club) · priority 2",
            &format!("`{pass}` <@&{FAN_ROLE}>"),
            "game pass 4242",
        ],
    );
    assert!(seen.buttons().is_empty(), "one page needs no buttons");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_long_list_pages_with_previous_and_next() {
    let world = world().await;
    for pass in 5001..=5012 {
        world
            .technified
            .insert_binding(GUILD, gamepass_binding(FAN_ROLE, pass));
    }
    let list = world
        .discord
        .command(GUILD, &world.admin, "bindings list", json!({}));
    let first = list.final_message(WAIT).await;
    assert_look(
        &first,
        BLURPLE,
        &[
            "12 bindings",
            "page 1 of 2",
            "game pass 5001",
            "game pass 5010",
        ],
    );
    assert!(!first.embed_text().contains("game pass 5011"));
    let buttons = first.buttons();
    let labels: Vec<(&str, bool)> = buttons
        .iter()
        .map(|(_, label, disabled)| (label.as_str(), *disabled))
        .collect();
    assert_eq!(labels, [("Previous", true), ("Next", false)]);
    let (previous, next) = (buttons[0].0.clone(), buttons[1].0.clone());

    let second = first.click(&world.admin, &next).final_message(WAIT).await;
    assert_look(
        &second,
        BLURPLE,
        &[
            "12 bindings",
            "page 2 of 2",
            "game pass 5011",
            "game pass 5012",
        ],
    );
    assert!(!second.embed_text().contains("game pass 5001"));
    let disabled: Vec<bool> = second.buttons().iter().map(|b| b.2).collect();
    assert_eq!(
        disabled,
        [false, true],
        "on the last page only Previous works"
    );

    let back = second
        .click(&world.admin, &previous)
        .final_message(WAIT)
        .await;
    assert!(back.embed_text().contains("page 1 of 2"));
    assert!(back.embed_text().contains("game pass 5001"));
    // Paging shows the pages already read; it does not spend quota.
    assert_eq!(sent(&world, "GET /bindings/list"), 1);
    world.discord.assert_conformant();
}

// ----- /bindings add -------------------------------------------------------------------------

/// Runs an add command as the admin and returns the one binding the fake then holds.
async fn add(world: &World, path: &str, options: Value, words: &[&str]) -> Value {
    let seen = world.run(&world.admin, path, options).await;
    assert_look(&seen, GREEN, words);
    assert_eq!(sent(world, "POST /bindings/add"), 1);
    let bindings = world.technified.bindings(GUILD);
    assert_eq!(bindings.len(), 1, "{bindings:?}");
    world.discord.assert_conformant();
    bindings[0].clone()
}

#[tokio::test]
async fn add_group_rank_creates_the_binding() {
    let world = world().await;
    let options = json!({"role": MEMBER_ROLE, "group_id": GROUP, "min_rank": 50,
                         "max_rank": 100, "priority": 5});
    let words = [
        "added a binding",
        &format!("<@&{MEMBER_ROLE}>"),
        "group 7384293, ranks 50 to 100",
    ];
    let binding = add(&world, "bindings add group-rank", options, &words).await;
    assert_eq!(binding["binding_type"], "group_rank");
    assert_eq!(binding["discord_role_id"], MEMBER_ROLE.to_string());
    assert_eq!(binding["roblox_group_id"], GROUP);
    assert_eq!(binding["min_rank"], 50);
    assert_eq!(binding["max_rank"], 100);
    assert_eq!(binding["priority"], 5);
}

#[tokio::test]
async fn add_gamepass_creates_the_binding() {
    let world = world().await;
    let options = json!({"role": FAN_ROLE, "gamepass_id": 4242});
    let binding = add(
        &world,
        "bindings add gamepass",
        options,
        &["game pass 4242"],
    )
    .await;
    assert_eq!(binding["binding_type"], "gamepass");
    assert_eq!(binding["discord_role_id"], FAN_ROLE.to_string());
    assert_eq!(binding["roblox_gamepass_id"], 4242);
}

#[tokio::test]
async fn add_asset_creates_the_binding() {
    let world = world().await;
    let options = json!({"role": FAN_ROLE, "asset_id": 1818, "priority": 3});
    let binding = add(&world, "bindings add asset", options, &["asset 1818"]).await;
    assert_eq!(binding["binding_type"], "asset");
    assert_eq!(binding["roblox_asset_id"], 1818);
    assert_eq!(binding["priority"], 3);
}

#[tokio::test]
async fn add_badge_creates_the_binding() {
    let world = world().await;
    let options = json!({"role": FAN_ROLE, "badge_id": 2124});
    let binding = add(&world, "bindings add badge", options, &["badge 2124"]).await;
    assert_eq!(binding["binding_type"], "badge");
    assert_eq!(binding["roblox_badge_id"], 2124);
}

#[tokio::test]
async fn add_account_age_creates_the_binding() {
    let world = world().await;
    // poise registers the choice's index as its value: 1 is `roblox`.
    let options = json!({"role": MEMBER_ROLE, "platform": 1, "min_days": 30});
    let words = ["roblox account at least 30 days old"];
    let binding = add(&world, "bindings add account-age", options, &words).await;
    assert_eq!(binding["binding_type"], "account_age");
    assert_eq!(binding["account_age_platform"], "roblox");
    assert_eq!(binding["account_age_min_days"], 30);
}

#[tokio::test]
async fn min_rank_above_max_rank_is_refused_before_any_call() {
    let world = world().await;
    let options = json!({"role": MEMBER_ROLE, "group_id": GROUP, "min_rank": 60,
                         "max_rank": 50});
    let seen = world
        .run(&world.admin, "bindings add group-rank", options)
        .await;
    assert_look(
        &seen,
        RED,
        &["check your input", "min_rank (60)", "max_rank (50)"],
    );
    assert!(world.technified.requests().is_empty(), "no call at all");
    assert!(world.technified.bindings(GUILD).is_empty());
    world.discord.assert_conformant();
}

/// Ranks outside 0..=255 and IDs below 1 never reach the bot: the command declares the limits
/// and Discord refuses such values (the fake driver does too, so they cannot be sent here; the
/// bot's own check of them is `input::rank_range`/`positive_id`, unit-tested).
#[tokio::test]
async fn ranks_and_ids_out_of_range_are_refused_by_the_registered_limits() {
    let world = world().await;
    let registered = world.discord.registered_commands(None);
    let bindings = registered
        .iter()
        .find(|c| c["name"] == "bindings")
        .expect("/bindings is registered");
    let add = bindings["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "add")
        .unwrap();
    let sub = |name: &str| {
        add["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == name)
            .unwrap_or_else(|| panic!("no /bindings add {name}"))
            .clone()
    };
    let limits = |sub: &Value, option: &str| {
        let o = sub["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == option)
            .unwrap_or_else(|| panic!("no option {option}"));
        (o["min_value"].as_f64(), o["max_value"].as_f64())
    };
    let group_rank = sub("group-rank");
    assert_eq!(limits(&group_rank, "min_rank"), (Some(0.0), Some(255.0)));
    assert_eq!(limits(&group_rank, "max_rank"), (Some(0.0), Some(255.0)));
    assert_eq!(limits(&group_rank, "group_id").0, Some(1.0));
    assert_eq!(limits(&sub("gamepass"), "gamepass_id").0, Some(1.0));
    assert_eq!(limits(&sub("asset"), "asset_id").0, Some(1.0));
    assert_eq!(limits(&sub("badge"), "badge_id").0, Some(1.0));
    assert_eq!(limits(&sub("account-age"), "min_days").0, Some(0.0));
    assert!(world.technified.requests().is_empty());
}

#[tokio::test]
async fn a_duplicate_binding_already_exists() {
    let world = world().await;
    world
        .technified
        .insert_binding(GUILD, gamepass_binding(FAN_ROLE, 4242));
    let options = json!({"role": FAN_ROLE, "gamepass_id": 4242});
    let seen = world
        .run(&world.admin, "bindings add gamepass", options)
        .await;
    assert_look(&seen, RED, &["already exists", "http 409"]);
    assert_eq!(
        sent(&world, "POST /bindings/add"),
        1,
        "a 409 is not retried"
    );
    assert_eq!(world.technified.bindings(GUILD).len(), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_422_shows_technifieds_message_and_details() {
    let world = world().await;
    world.technified.fail_next(
        "POST /bindings/add",
        Fault::StatusWithDetails(
            422,
            "Validation failed".into(),
            json!([{"field": "roblox_badge_id", "message": "badge is not awarded by this game"}]),
        ),
        1,
    );
    let options = json!({"role": FAN_ROLE, "badge_id": 2124});
    let seen = world.run(&world.admin, "bindings add badge", options).await;
    assert_look(
        &seen,
        RED,
        &[
            "did not accept",
            "validation failed",
            "roblox_badge_id",
            "badge is not awarded by this game",
            "http 422",
        ],
    );
    assert_eq!(sent(&world, "POST /bindings/add"), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn an_unknown_roblox_id_is_rejected_as_input() {
    let world = world().await;
    world.technified.invalid_roblox_ids([999_999]);
    let options = json!({"role": FAN_ROLE, "gamepass_id": 999_999});
    let seen = world
        .run(&world.admin, "bindings add gamepass", options)
        .await;
    assert_look(
        &seen,
        RED,
        &[
            "did not accept",
            "invalid roblox gamepass id: 999999",
            "http 400",
        ],
    );
    assert!(world.technified.bindings(GUILD).is_empty());
    world.discord.assert_conformant();
}

#[tokio::test]
async fn an_html_502_on_a_write_is_amber_and_never_raw() {
    let world = world().await;
    world
        .technified
        .fail_next("POST /bindings/add", Fault::Html(502), 1);
    let options = json!({"role": FAN_ROLE, "gamepass_id": 4242});
    let seen = world
        .run(&world.admin, "bindings add gamepass", options)
        .await;
    assert_look(&seen, AMBER, &["having trouble"]);
    let text = seen.text();
    for raw in ["<html", "nginx", "bad gateway</", "expected value", "parse"] {
        assert!(!text.contains(raw), "raw `{raw}` shown: {text}");
    }
    assert_eq!(
        sent(&world, "POST /bindings/add"),
        1,
        "a write is sent once"
    );
    assert!(world.technified.bindings(GUILD).is_empty());
    world.discord.assert_conformant();
}

/// Stands in for a timeout, which takes the client's full 10 s: a connection that closes after
/// the write was sent is the same "no answer" case, and reads the same.
#[tokio::test]
async fn a_dropped_connection_on_a_write_is_amber() {
    let world = world().await;
    world
        .technified
        .fail_next("POST /bindings/add", Fault::Drop, 1);
    let options = json!({"role": FAN_ROLE, "badge_id": 2124});
    let seen = world.run(&world.admin, "bindings add badge", options).await;
    assert_look(&seen, AMBER, &["having trouble"]);
    assert_eq!(sent(&world, "POST /bindings/add"), 1);
    assert!(world.technified.bindings(GUILD).is_empty());
    world.discord.assert_conformant();
}

// ----- /bindings remove and test -------------------------------------------------------------

#[tokio::test]
async fn remove_offers_the_bindings_then_removes_the_chosen_one() {
    let world = world().await;
    world.technified.set_group_name(GROUP, "Fans Club");
    world.technified.set_role_name(MEMBER_ROLE, "Member");
    let group = world
        .technified
        .insert_binding(GUILD, group_binding(MEMBER_ROLE, 50, 100));
    let pass = world
        .technified
        .insert_binding(GUILD, gamepass_binding(FAN_ROLE, 4242));

    let all = world
        .discord
        .autocomplete(GUILD, &world.admin, "bindings remove", "id", "", json!({}))
        .await;
    let values: Vec<Value> = all.iter().map(|c| c.value.clone()).collect();
    assert_eq!(
        values,
        [json!(group.to_string()), json!(pass.to_string())],
        "{all:?}"
    );
    assert!(all[0].name.contains("@Member"), "{all:?}");
    assert!(all[0].name.contains("Fans Club"), "{all:?}");
    assert!(all[1].name.contains("game pass 4242"), "{all:?}");

    let typed = world
        .discord
        .autocomplete(
            GUILD,
            &world.admin,
            "bindings remove",
            "id",
            "fans",
            json!({}),
        )
        .await;
    assert_eq!(typed.len(), 1, "{typed:?}");
    let chosen = typed[0].value.as_str().unwrap().to_owned();
    assert_eq!(chosen, group.to_string());

    let seen = world
        .run(&world.admin, "bindings remove", json!({"id": chosen}))
        .await;
    assert_look(&seen, GREEN, &[&format!("removed binding {group}")]);
    let removes = world
        .technified
        .wait_for_requests("POST /bindings/remove", 1, WAIT)
        .await;
    let body = removes[0].body.as_ref().unwrap();
    assert_eq!(body["guild_id"], GUILD.to_string());
    let left: Vec<Value> = world
        .technified
        .bindings(GUILD)
        .iter()
        .map(|b| b["id"].clone())
        .collect();
    assert_eq!(left, [json!(pass)], "only the chosen binding is gone");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn removing_an_unknown_binding_is_not_found() {
    let world = world().await;
    let seen = world
        .run(&world.admin, "bindings remove", json!({"id": "4711"}))
        .await;
    assert_look(&seen, RED, &["not found", "does not exist", "http 404"]);
    assert_eq!(sent(&world, "POST /bindings/remove"), 1);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn test_shows_technifieds_explanation() {
    let world = world().await;
    let id = world
        .technified
        .insert_binding(GUILD, group_binding(MEMBER_ROLE, 50, 100));
    world.technified.set_group_rank(ADMIN_ROBLOX, GROUP, 12);
    let options = json!({"id": id.to_string(), "user": ADMIN});
    let seen = world
        .run(&world.admin, "bindings test", options.clone())
        .await;
    assert_look(
        &seen,
        BLURPLE,
        &["does not match", "user rank 12 is below minimum 50", "12"],
    );
    let tests = world
        .technified
        .wait_for_requests("POST /bindings/test", 1, WAIT)
        .await;
    let body = tests[0].body.as_ref().unwrap();
    assert_eq!(body["discord_id"], ADMIN.to_string());
    assert_eq!(body["guild_id"], GUILD.to_string());

    world.technified.set_group_rank(ADMIN_ROBLOX, GROUP, 60);
    let seen = world.run(&world.admin, "bindings test", options).await;
    assert_look(&seen, GREEN, &["matches", "user rank 60 is within 50-100"]);
    world.discord.assert_conformant();
}

// ----- keys, permissions, failures -----------------------------------------------------------

#[tokio::test]
async fn without_a_key_the_server_is_not_connected() {
    let world = World::start().await;
    let seen = world.run(&world.admin, "bindings list", json!({})).await;
    assert_look(&seen, RED, &["not connected", "/setup"]);
    assert!(world.technified.requests().is_empty(), "no key, no call");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_member_without_manage_server_is_refused_before_any_call() {
    let world = world().await;
    let seen = world.run(&world.member, "bindings list", json!({})).await;
    assert_look(
        &seen,
        RED,
        &["cannot use this", "manage server", "permission"],
    );
    let options = json!({"role": FAN_ROLE, "gamepass_id": 4242});
    let seen = world
        .run(&world.member, "bindings add gamepass", options)
        .await;
    assert_look(&seen, RED, &["cannot use this", "manage server"]);
    assert!(world.technified.requests().is_empty(), "no call made");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_revoked_key_is_rejected() {
    let (world, key) = World::connected().await;
    world.technified.revoke_key(&key);
    let seen = world.run(&world.admin, "bindings list", json!({})).await;
    assert_look(&seen, RED, &["rejected", "/setup", "http 401"]);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_503_on_list_shows_retrying_then_the_list() {
    let world = world().await;
    world
        .technified
        .insert_binding(GUILD, gamepass_binding(FAN_ROLE, 4242));
    world.technified.fail_next(
        "GET /bindings/list",
        Fault::Status(503, "Service Unavailable".into()),
        1,
    );
    let list = world
        .discord
        .command(GUILD, &world.admin, "bindings list", json!({}));
    // The first answer, as the member saw it before any edit.
    let first = list.reply(WAIT).await;
    assert_eq!(first.color(), Some(AMBER), "{}", first.embed_text());
    assert!(first.embed_text().contains("retrying automatically"));
    let done = list.wait_edit(1, WAIT).await;
    assert_look(&done, BLURPLE, &["1 binding", "game pass 4242"]);
    assert_eq!(sent(&world, "GET /bindings/list"), 2, "one retry");
    world.discord.assert_conformant();
}

/// Autocomplete runs poise's permission checks too; a refused member must get an empty list at
/// once (Discord wants an answer within 3 s), never the bindings.
#[tokio::test]
async fn autocomplete_shows_nothing_to_a_member_without_manage_server() {
    let world = world().await;
    world
        .technified
        .insert_binding(GUILD, gamepass_binding(FAN_ROLE, 4242));
    let choices = world
        .discord
        .autocomplete(GUILD, &world.member, "bindings remove", "id", "", json!({}))
        .await;
    assert!(choices.is_empty(), "bindings leaked: {choices:?}");
    assert!(world.technified.requests().is_empty(), "no call made");
    world.discord.assert_conformant();
}

/// Technified answers 404 both for an unknown binding and for a member who is not verified;
/// when the binding is known (it is in the list the admin picked it from), the member is the
/// missing part and the answer must say so, not "that item does not exist".
#[tokio::test]
async fn testing_a_member_who_is_not_verified_says_so() {
    let world = world().await;
    let id = world
        .technified
        .insert_binding(GUILD, group_binding(MEMBER_ROLE, 50, 100));
    let options = json!({"id": id.to_string(), "user": support::MEMBER});
    let seen = world.run(&world.admin, "bindings test", options).await;
    assert_look(&seen, RED, &["not verified"]);
    assert!(!seen.embed_text().contains("does not exist"));
}
