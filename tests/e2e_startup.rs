//! Start-up against the fakes: gateway, command registration (the registered tree is
//! docs/behaviour.md's command table), and `/help` end to end.

mod support;

use serde_json::{Value, json};
use support::World;

/// Discord option types.
const SUB: u64 = 1;
const GROUP: u64 = 2;
const STRING: u64 = 3;
const INTEGER: u64 = 4;
const BOOLEAN: u64 = 5;
const USER: u64 = 6;
const CHANNEL: u64 = 7;
const ROLE: u64 = 8;
const ATTACHMENT: u64 = 11;

/// `name`, `type`, `required` of an option, recursively.
fn opt(name: &str, kind: u64, required: bool) -> Value {
    json!({"name": name, "type": kind, "required": required})
}

fn sub(name: &str, options: Vec<Value>) -> Value {
    json!({"name": name, "type": SUB, "options": options})
}

fn group(name: &str, subs: Vec<Value>) -> Value {
    json!({"name": name, "type": GROUP, "options": subs})
}

fn command(name: &str, permissions: Option<&str>, options: Vec<Value>) -> Value {
    json!({"name": name, "default_member_permissions": permissions, "options": options})
}

/// docs/behaviour.md's command table, for the commands that exist so far.
fn expected_tree() -> Value {
    const MANAGE_GUILD: Option<&str> = Some("32");
    const MODERATE_MEMBERS: Option<&str> = Some("1099511627776");
    let role = || opt("role", ROLE, true);
    let priority = || opt("priority", INTEGER, false);
    let roblox_id = || opt("roblox_id", INTEGER, true);
    json!([
        command("setup", MANAGE_GUILD, vec![]),
        command(
            "key",
            MANAGE_GUILD,
            vec![sub("status", vec![]), sub("remove", vec![])]
        ),
        command(
            "lookup",
            None,
            vec![
                sub("discord", vec![opt("user", USER, true)]),
                sub("roblox", vec![roblox_id()]),
                sub("batch", vec![opt("users", STRING, true)]),
            ]
        ),
        command(
            "bindings",
            MANAGE_GUILD,
            vec![
                sub("list", vec![]),
                group(
                    "add",
                    vec![
                        sub(
                            "group-rank",
                            vec![
                                role(),
                                opt("group_id", INTEGER, true),
                                opt("min_rank", INTEGER, true),
                                opt("max_rank", INTEGER, true),
                                priority(),
                            ]
                        ),
                        sub(
                            "gamepass",
                            vec![role(), opt("gamepass_id", INTEGER, true), priority()]
                        ),
                        sub(
                            "asset",
                            vec![role(), opt("asset_id", INTEGER, true), priority()]
                        ),
                        sub(
                            "badge",
                            vec![role(), opt("badge_id", INTEGER, true), priority()]
                        ),
                        sub(
                            "account-age",
                            vec![
                                role(),
                                opt("platform", INTEGER, true),
                                opt("min_days", INTEGER, true),
                                priority(),
                            ]
                        ),
                    ]
                ),
                sub("remove", vec![opt("id", STRING, true)]),
                sub(
                    "test",
                    vec![opt("id", STRING, true), opt("user", USER, true)]
                ),
            ]
        ),
        command(
            "roblox",
            MODERATE_MEMBERS,
            vec![
                sub(
                    "ban-status",
                    vec![roblox_id(), opt("place_id", INTEGER, false)]
                ),
                sub(
                    "mute-status",
                    vec![roblox_id(), opt("place_id", INTEGER, false)]
                ),
                sub(
                    "ban",
                    vec![
                        roblox_id(),
                        opt("reason", STRING, true),
                        opt("duration", STRING, false),
                        opt("discord", BOOLEAN, false)
                    ]
                ),
                sub("unban", vec![roblox_id(), opt("reason", STRING, false)]),
                sub(
                    "mute",
                    vec![
                        roblox_id(),
                        opt("reason", STRING, true),
                        opt("duration", STRING, false)
                    ]
                ),
                sub("unmute", vec![roblox_id(), opt("reason", STRING, false)]),
                sub(
                    "bulk-ban",
                    vec![
                        opt("file", ATTACHMENT, true),
                        opt("reason", STRING, true),
                        opt("duration", STRING, false)
                    ]
                ),
                sub(
                    "bulk-unban",
                    vec![opt("file", ATTACHMENT, true), opt("reason", STRING, false)]
                ),
            ]
        ),
        command(
            "shield",
            MANAGE_GUILD,
            vec![sub("check", vec![roblox_id()])]
        ),
        command("jobs", MANAGE_GUILD, vec![]),
        command(
            "settings",
            MANAGE_GUILD,
            vec![
                sub("log-channel", vec![opt("channel", CHANNEL, true)]),
                sub("ban-sync", vec![opt("mode", INTEGER, true)]),
            ]
        ),
        command(
            "cases",
            MODERATE_MEMBERS,
            vec![
                sub(
                    "list",
                    vec![
                        opt("user", USER, false),
                        opt("roblox_id", INTEGER, false),
                        opt("moderator", USER, false),
                    ]
                ),
                sub("show", vec![opt("case", INTEGER, true)]),
                sub("export", vec![]),
            ]
        ),
        command("doctor", MANAGE_GUILD, vec![]),
        command("help", None, vec![opt("command", STRING, false)]),
    ])
}

/// The registered tree reduced to what docs/behaviour.md fixes: names, option types, required,
/// default permissions. Commands must also be guild-only (context 0 only).
fn project(registered: &Value) -> Value {
    fn options(list: Option<&Value>) -> Value {
        Value::Array(
            list.and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|o| {
                    let kind = o["type"].as_u64().unwrap_or_default();
                    if kind == SUB || kind == GROUP {
                        json!({"name": o["name"], "type": kind, "options": options(o.get("options"))})
                    } else {
                        json!({"name": o["name"], "type": kind, "required": o["required"].as_bool().unwrap_or(false)})
                    }
                })
                .collect(),
        )
    }
    Value::Array(
        registered
            .as_array()
            .expect("registration is an array")
            .iter()
            .map(|c| {
                assert_eq!(
                    c["contexts"],
                    json!([0]),
                    "{} must be guild-only",
                    c["name"]
                );
                json!({
                    "name": c["name"],
                    "default_member_permissions": c["default_member_permissions"],
                    "options": options(c.get("options")),
                })
            })
            .collect(),
    )
}

#[tokio::test]
async fn registers_exactly_the_product_command_table() {
    let world = World::start().await;
    let registered = world.discord.registered_commands(None);
    assert_eq!(
        project(&Value::Array(registered)),
        expected_tree(),
        "the registered commands drifted from docs/behaviour.md"
    );
    // The account-age platform is a choice named exactly discord and roblox (poise sends the
    // choice's index as its value).
    let registered = world.discord.registered_commands(None);
    let bindings = registered.iter().find(|c| c["name"] == "bindings").unwrap();
    let platform = &bindings["options"][1]["options"][4]["options"][1];
    let choices: Vec<_> = platform["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(choices, ["discord", "roblox"]);
    let settings = registered.iter().find(|c| c["name"] == "settings").unwrap();
    let mode = &settings["options"][1]["options"][0];
    let choices: Vec<_> = mode["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(choices, ["off", "ask", "mirror"]);
    world.discord.assert_conformant();
}

/// The commands reach Discord in every language: English descriptions from en-US.ftl, and
/// German (one language for all) names and descriptions of a command, a subcommand, an option
/// and a choice; es-419 reads the es-ES file.
#[tokio::test]
async fn registers_commands_in_every_language() {
    let world = World::start().await;
    let (_, sent) = world
        .discord
        .registrations()
        .pop()
        .expect("one registration");
    let command = |name: &str| {
        sent.as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap()
            .clone()
    };
    let bindings = command("bindings");
    assert_eq!(
        bindings["description"],
        "Role bindings: Discord roles given from Roblox data."
    );
    assert_eq!(bindings["name_localizations"]["de"], "verknüpfungen");
    assert_eq!(
        bindings["description_localizations"]["de"],
        "Rollenverknüpfungen: Discord-Rollen aus Roblox-Daten."
    );
    let roblox = command("roblox");
    let ban = &roblox["options"][2];
    assert_eq!(ban["name"], "ban");
    assert_eq!(ban["name_localizations"]["de"], "bannen");
    assert_eq!(
        ban["description_localizations"]["de"],
        "Ein Roblox-Konto aus den Spielen dieses Servers bannen; mit discord auch sein Mitglied hier."
    );
    let reason = &ban["options"][1];
    assert_eq!(reason["name"], "reason");
    assert_eq!(reason["name_localizations"]["de"], "grund");
    assert_eq!(reason["name_localizations"]["es-419"], "motivo");
    assert_eq!(
        reason["name_localizations"]["es-419"],
        reason["name_localizations"]["es-ES"]
    );
    let mode = &command("settings")["options"][1]["options"][0];
    assert_eq!(mode["choices"][1]["name"], "ask");
    assert_eq!(
        mode["choices"][1]["name_localizations"]["de"],
        "fragen (ask)"
    );
    // Discord answers with the localisations it stored.
    let registered = world.discord.registered_commands(None);
    let stored = registered.iter().find(|c| c["name"] == "bindings").unwrap();
    assert_eq!(stored["name_localizations"]["de"], "verknüpfungen");
    world.discord.assert_conformant();
}

#[test]
fn the_tree_check_fails_on_drift() {
    let mut drifted = expected_tree();
    drifted[2]["options"][0]["options"][0]["name"] = json!("member");
    assert_ne!(drifted, expected_tree());
    let mut registered = expected_tree();
    for command in registered.as_array_mut().unwrap() {
        command["contexts"] = json!([0]);
    }
    assert_eq!(project(&registered), expected_tree());
    registered[7]["options"][0]["options"][0]["type"] = json!(STRING);
    assert_ne!(project(&registered), expected_tree());
}

#[tokio::test]
async fn help_lists_every_command_and_explains_one() {
    let world = World::start().await;
    let overview = world.run(&world.member, "help", json!({})).await;
    assert!(overview.ephemeral());
    let text = overview.embed_text();
    for name in [
        "/setup",
        "/key status",
        "/lookup discord",
        "/lookup batch",
        "/bindings add group-rank",
        "/bindings test",
        "/roblox ban-status",
        "/roblox bulk-ban",
        "/roblox bulk-unban",
        "/shield check",
        "/jobs",
        "/settings log-channel",
        "/settings ban-sync",
        "/cases list",
        "/cases show",
        "/cases export",
        "/doctor",
        "/help",
    ] {
        assert!(text.contains(name), "help lacks {name}: {text}");
    }

    let details = world
        .run(&world.member, "help", json!({"command": "roblox ban"}))
        .await;
    let text = details.embed_text();
    assert!(text.contains("reason"), "{text}");
    assert!(text.contains("ban members"), "{text}");
    assert!(
        text.contains("also ban the discord member linked to that roblox account"),
        "{text}"
    );

    // The moderation commands, each with its options.
    for (command, options) in [
        ("roblox bulk-ban", &["file", "reason", "duration"][..]),
        ("roblox bulk-unban", &["file", "reason"]),
        ("cases list", &["user", "roblox_id", "moderator"]),
        ("cases show", &["case"]),
        ("cases export", &[]),
        ("settings ban-sync", &["mode"]),
    ] {
        let details = world
            .run(&world.member, "help", json!({"command": command}))
            .await;
        let text = details.embed_text();
        assert!(text.contains(&format!("/{command}")), "{text}");
        for option in options {
            assert!(text.contains(option), "/{command} lacks {option}: {text}");
        }
    }

    let unknown = world
        .run(&world.member, "help", json!({"command": "frobnicate"}))
        .await;
    assert!(unknown.embed_text().contains("no such command"));
    world.discord.assert_conformant();
}
