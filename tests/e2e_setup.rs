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
