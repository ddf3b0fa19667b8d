//! `/setup` and `/key`: the key setup steps of docs/behaviour.md, through the real binary.

mod support;

use serde_json::json;
use support::{AMBER, GREEN, GUILD, OTHER_GUILD, RED, WAIT, World};
use testkit::technified::Fault;

#[tokio::test]
async fn setup_opens_the_dialog_checks_the_key_and_stores_it() {
    let world = World::start().await;
    let key = world.technified.add_key(GUILD);

    let command = world
        .discord
        .command(GUILD, &world.admin, "setup", json!({}));
    let dialog = command.reply(WAIT).await;
    assert!(dialog.is_modal());
    assert_eq!(dialog.modal_title().as_deref(), Some("Connect Technified"));
    let inputs = dialog.modal_inputs();
    assert_eq!(inputs.len(), 1);
    assert_eq!(inputs[0]["label"], "API key");
    assert_eq!(inputs[0]["required"], true);

    let verdict = command
        .submit_modal(&[("0", &format!("  {key}  "))])
        .await
        .final_message(WAIT)
        .await;
    assert_eq!(verdict.color(), Some(GREEN));
    assert!(verdict.ephemeral());
    let text = verdict.embed_text();
    assert!(text.contains("connected"), "{text}");
    assert!(
        !text.contains(&key.to_lowercase()),
        "the key is shown masked only: {text}"
    );
    assert!(text.contains(&key[key.len() - 4..].to_lowercase()));

    // One authenticated read proved the key, with the key in X-API-Key.
    let requests = world.technified.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(
        requests[0]
            .headers
            .iter()
            .any(|(n, v)| n == "x-api-key" && v == &key)
    );

    let status = world.run(&world.admin, "key status", json!({})).await;
    let text = status.embed_text();
    assert!(text.contains("accepted by technified"), "{text}");
    assert!(
        text.contains(&format!("<@{}>", world.admin.user_id)),
        "{text}"
    );
    assert!(!world.bot.logs().contains(&key), "the key reached the log");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn malformed_or_foreign_keys_are_refused_without_any_call() {
    let world = World::start().await;

    let malformed = world.setup("not-a-key").await;
    assert_eq!(malformed.color(), Some(RED));
    let text = malformed.embed_text();
    assert!(text.contains("not a technified api key"), "{text}");
    assert!(text.contains("settings, api keys"), "{text}");

    let foreign_key = world.technified.add_key(OTHER_GUILD);
    let foreign = world.setup(&foreign_key).await;
    assert_eq!(foreign.color(), Some(RED));
    let text = foreign.embed_text();
    assert!(text.contains("belongs to another server"), "{text}");
    assert!(text.contains(&OTHER_GUILD.to_string()), "{text}");

    assert!(world.technified.requests().is_empty(), "no network call");
    let status = world.run(&world.admin, "key status", json!({})).await;
    assert!(status.embed_text().contains("not connected"));
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_revoked_key_is_rejected_and_not_stored() {
    let world = World::start().await;
    let key = world.technified.add_key(GUILD);
    world.technified.revoke_key(&key);

    let verdict = world.setup(&key).await;
    assert_eq!(verdict.color(), Some(RED));
    let text = verdict.embed_text();
    assert!(text.contains("rejected"), "{text}");
    assert!(text.contains("http 401"), "{text}");

    let status = world.run(&world.admin, "key status", json!({})).await;
    assert!(status.embed_text().contains("not connected"));
}

#[tokio::test]
async fn an_outage_stores_the_key_as_not_yet_verified() {
    let world = World::start().await;
    let key = world.technified.add_key(GUILD);
    world
        .technified
        .fail_next("GET /bindings/list", Fault::Html(503), 1);

    let verdict = world.setup(&key).await;
    assert_eq!(verdict.color(), Some(AMBER));
    assert!(verdict.embed_text().contains("not yet verified"));

    let status = world.run(&world.admin, "key status", json!({})).await;
    assert!(status.embed_text().contains("not yet verified"));

    // The next successful call proves the key.
    world.technified.link(GUILD, 5, 50, "Someone");
    let lookup = world
        .run(&world.admin, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(lookup.color(), Some(GREEN));
    let status = world.run(&world.admin, "key status", json!({})).await;
    assert!(status.embed_text().contains("accepted by technified"));
}

#[tokio::test]
async fn the_key_survives_a_restart_and_is_not_stored_in_clear() {
    let (mut world, key) = World::connected().await;
    world.restart().await;
    world.technified.link(GUILD, 5, 50, "Someone");
    let lookup = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(lookup.color(), Some(GREEN), "{}", lookup.embed_text());

    for file in ["bot.db", "bot.db-wal"] {
        let bytes = std::fs::read(world.dir.path().join(file)).unwrap_or_default();
        let secret = key.rsplit('_').next().unwrap().as_bytes();
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret),
            "{file} holds the key in clear"
        );
    }
}

#[tokio::test]
async fn rotation_replaces_the_key() {
    let (world, old) = World::connected().await;
    let new = world.technified.add_key(GUILD);
    world.technified.revoke_key(&old);
    let verdict = world.setup(&new).await;
    assert_eq!(verdict.color(), Some(GREEN));
    let status = world.run(&world.admin, "key status", json!({})).await;
    assert!(
        status
            .embed_text()
            .contains(&new[new.len() - 4..].to_lowercase())
    );
}

#[tokio::test]
async fn key_remove_asks_first() {
    let (world, _key) = World::connected().await;

    let remove = world
        .discord
        .command(GUILD, &world.admin, "key remove", json!({}));
    let question = remove.final_message(WAIT).await;
    let buttons = question.buttons();
    assert_eq!(buttons.len(), 2, "{buttons:?}");
    let cancel = buttons.iter().find(|b| b.1 == "Cancel").unwrap().0.clone();
    question.click(&world.admin, &cancel);
    let kept = remove
        .wait_message(WAIT, "kept", |m| m.embed_text().contains("not removed"))
        .await;
    assert!(kept.buttons().is_empty());

    let remove = world
        .discord
        .command(GUILD, &world.admin, "key remove", json!({}));
    let question = remove.final_message(WAIT).await;
    let confirm = question
        .buttons()
        .iter()
        .find(|b| b.1 == "Remove")
        .unwrap()
        .0
        .clone();
    question.click(&world.admin, &confirm);
    remove
        .wait_message(WAIT, "removed", |m| m.embed_text().contains("forgotten"))
        .await;

    let lookup = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert!(lookup.embed_text().contains("not connected"));
    world.discord.assert_conformant();
}

#[tokio::test]
async fn members_without_manage_server_cannot_set_up() {
    let world = World::start().await;
    let refused = world.run(&world.member, "setup", json!({})).await;
    assert_eq!(refused.color(), Some(RED));
    assert!(
        refused.embed_text().contains("manage server"),
        "{}",
        refused.embed_text()
    );
    let refused = world.run(&world.member, "key status", json!({})).await;
    assert!(refused.embed_text().contains("manage server"));
}

/// Confirms `/key remove` and returns what the admin finally sees.
async fn remove_key(world: &World) -> testkit::discord::SeenMessage {
    let remove = world
        .discord
        .command(GUILD, &world.admin, "key remove", json!({}));
    let question = remove.final_message(WAIT).await;
    let (confirm, _, _) = question
        .buttons()
        .into_iter()
        .find(|b| b.1 == "Remove")
        .expect("a remove button");
    question.click(&world.admin, &confirm);
    remove
        .wait_message(WAIT, "removed", |m| m.embed_text().contains("forgotten"))
        .await
}

/// Issue 11, item 6: `/key remove` ends the writes waiting in the queue at once, each reported
/// to its member, and none of them is sent with a key set later.
#[tokio::test]
async fn key_remove_ends_queued_writes_at_once() {
    let (world, _key) = World::connected().await;
    world.outage("POST /moderation");
    let ban = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox ban",
        json!({"roblox_id": 271, "reason": "Exploiting", "duration": "1d"}),
    );
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));

    let removed = remove_key(&world).await;
    assert!(
        removed
            .embed_text()
            .contains("1 write waiting in the queue was ended"),
        "{}",
        removed.embed_text()
    );
    let ended = ban
        .wait_message(WAIT, "the ban ended", |m| m.color() == Some(RED))
        .await;
    assert!(
        ended.embed_text().contains("not done") && ended.embed_text().contains("key was removed"),
        "{}",
        ended.embed_text()
    );

    // A new key and a working Technified: the ended ban is never sent.
    world.technified.clear_faults();
    let sent_before = world.technified.count("POST /moderation");
    let key = world.technified.add_key(GUILD);
    assert_eq!(world.setup(&key).await.color(), Some(GREEN));
    let listing = world.run(&world.admin, "jobs", json!({})).await;
    let text = listing.embed_text();
    assert!(
        text.contains("key removed") && !text.contains("waiting"),
        "{text}"
    );
    assert_eq!(world.technified.count("POST /moderation"), sent_before);
    assert!(world.technified.bans(GUILD).is_empty());
}

/// Issue 11, item 6: `/setup` during an outage does not replace a working key with an
/// unverified one, and a key the background check rejects is not kept.
#[tokio::test]
async fn a_key_saved_during_an_outage_replaces_the_working_key_only_once_verified() {
    let (world, old) = World::connected().await;
    let unknown = format!("technified_{GUILD}_neverissued");
    world
        .technified
        .fail_next("GET /bindings/list", Fault::Html(503), 1);
    let setup = world
        .discord
        .command(GUILD, &world.admin, "setup", json!({}));
    let submit = setup.submit_modal(&[("0", unknown.as_str())]).await;
    let verdict = submit.final_message(WAIT).await;
    assert_eq!(verdict.color(), Some(AMBER));
    assert!(
        verdict.embed_text().contains("current key stays in use"),
        "{}",
        verdict.embed_text()
    );
    let old_tail = old[old.len() - 4..].to_lowercase();
    let status = world.run(&world.admin, "key status", json!({})).await;
    assert!(
        status.embed_text().contains(&old_tail),
        "{}",
        status.embed_text()
    );

    // The background check gets a 401: the rejected key is dropped, the working key stays.
    let rejected = submit
        .wait_message(WAIT, "the check's result", |m| m.color() == Some(RED))
        .await;
    assert!(
        rejected.embed_text().contains("rejected"),
        "{}",
        rejected.embed_text()
    );
    let status = world.run(&world.admin, "key status", json!({})).await;
    let text = status.embed_text();
    assert!(
        text.contains(&old_tail) && text.contains("accepted by technified"),
        "{text}"
    );
    world.technified.link(GUILD, 5, 50, "Someone");
    let lookup = world
        .run(&world.member, "lookup discord", json!({"user": "5"}))
        .await;
    assert_eq!(lookup.color(), Some(GREEN), "{}", lookup.embed_text());
}
