//! The fake Discord driven by plain clients (a tokio-tungstenite gateway client and reqwest),
//! standing in for the bot: handshake, heartbeats, callbacks, modals, token expiry, faults,
//! resume, and the conformance checks.

use std::panic::AssertUnwindSafe;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use testkit::conformance::{self, check_limits, check_request};
use testkit::discord::{
    AuditEvent, DiscordFault, FakeBan, FakeChannel, FakeDiscord, FakeGuild, FakeRole, Interaction,
    Member, audit_action, intents, permissions,
};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

const T: Duration = Duration::from_secs(10);
const GUILD: u64 = 111;
const LOG: u64 = 900;

/// A bare-bones gateway client, as serenity behaves on the wire.
struct Gateway {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Gateway {
    /// Asks `GET /gateway` for the URL like serenity does, connects and reads HELLO.
    async fn connect(discord: &FakeDiscord) -> (Self, Value) {
        let info = rest(discord, "GET", "/gateway", None).await.1;
        let url = format!("{}?v=10", info["url"].as_str().expect("gateway url"));
        let (ws, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("connect to fake gateway");
        let mut gw = Self { ws };
        let hello = gw.recv().await;
        (gw, hello)
    }

    async fn send(&mut self, v: Value) {
        self.ws
            .send(Message::Text(v.to_string().into()))
            .await
            .expect("send frame");
    }

    /// The next text frame; `Value::Null` once the server closed the connection.
    async fn recv(&mut self) -> Value {
        loop {
            let frame = tokio::time::timeout(T, self.ws.next())
                .await
                .expect("a gateway frame in time");
            match frame {
                Some(Ok(Message::Text(t))) => {
                    return serde_json::from_str(t.as_str()).expect("JSON frame");
                }
                Some(Ok(Message::Close(c))) => {
                    return json!({"closed": c.map(|c| u16::from(c.code))});
                }
                Some(Ok(_)) => continue,
                Some(Err(_)) | None => return Value::Null,
            }
        }
    }

    /// The next dispatch named `t` (skipping heartbeat ACKs and other dispatches).
    async fn dispatch(&mut self, t: &str) -> Value {
        loop {
            let f = self.recv().await;
            assert!(!f.is_null(), "connection closed while waiting for {t}");
            if f["op"] == 0 && f["t"] == t {
                return f;
            }
        }
    }

    /// Reads up to the server's close frame; returns its code.
    async fn close_code(&mut self) -> Value {
        loop {
            let f = self.recv().await;
            if f.is_null() || f.get("closed").is_some() {
                return f["closed"].clone();
            }
        }
    }

    async fn identify(&mut self) -> Value {
        self.send(json!({"op": 2, "d": {
            "token": "Bot fake", "intents": 513, "compress": true, "large_threshold": 250,
            "shard": [0, 1], "properties": {"os": "linux", "browser": "serenity", "device": "serenity"},
        }}))
        .await;
        self.dispatch("READY").await
    }

    /// Sends IDENTIFY as shard `[shard, total]`; returns the first frame the fake answers.
    async fn identify_shard(&mut self, shard: u32, total: u32) -> Value {
        self.send(json!({"op": 2, "d": {
            "token": "Bot fake", "intents": 1, "shard": [shard, total],
            "properties": {"os": "linux", "browser": "serenity", "device": "serenity"},
        }}))
        .await;
        self.recv().await
    }
}

/// A REST call as the bot makes it; returns status and JSON body (Null when empty).
async fn rest(
    discord: &FakeDiscord,
    method: &str,
    path: impl AsRef<str>,
    body: Option<Value>,
) -> (u16, Value) {
    let url = format!("{}/api/v10{}", discord.api_url(), path.as_ref());
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut req = reqwest::Client::new()
        .request(method, url)
        .header("authorization", "Bot fake");
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.expect("request to the fake");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    (
        status,
        if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).expect("JSON body")
        },
    )
}

/// The shape serenity 0.12.5 / poise 0.7.1 sent for `/lookup` (captured on the wire, nulls and
/// all), plus `/setup` and `/bindings` for modal and autocomplete flows.
fn command_tree() -> Value {
    let opt = |name: &str, kind: u8, required: bool, extra: Value| {
        let mut o = json!({"autocomplete": false, "channel_types": [], "choices": [], "description": format!("The {name}"),
            "max_length": null, "max_value": null, "min_length": null, "min_value": null,
            "name": name, "options": [], "required": required, "type": kind});
        if let (Some(o), Value::Object(extra)) = (o.as_object_mut(), extra) {
            o.extend(extra);
        }
        o
    };
    let sub = |name: &str, options: Vec<Value>| opt(name, 1, false, json!({"options": options}));
    json!([
        {"contexts": [0], "description": "Look members up", "description_localizations": {}, "name": "lookup",
         "name_localizations": {}, "nsfw": false, "options": [
            sub("discord", vec![opt("user", 6, true, json!({}))]),
            sub("roblox", vec![opt("roblox_id", 4, true, json!({"max_value": 9_007_199_254_740_990.0, "min_value": -9_007_199_254_740_990.0}))]),
        ]},
        {"contexts": [0], "default_member_permissions": "32", "description": "Connect Technified",
         "description_localizations": {}, "name": "setup", "name_localizations": {}, "nsfw": false, "options": []},
        {"contexts": [0], "default_member_permissions": "32", "description": "Role bindings", "name": "bindings",
         "options": [
            {"type": 2, "name": "add", "description": "Add a binding", "options": [
                sub("account-age", vec![
                    opt("role", 8, true, json!({})),
                    opt("platform", 3, true, json!({"choices": [{"name": "Discord", "value": "discord"}, {"name": "Roblox", "value": "roblox"}]})),
                    opt("min_days", 4, true, json!({"min_value": 0})),
                    opt("priority", 4, false, json!({})),
                ]),
            ]},
            sub("remove", vec![opt("id", 3, true, json!({"autocomplete": true}))]),
        ]},
    ])
}

/// A fake with one guild (with a log channel) and a connected, identified client that
/// registered [`command_tree`] in the guild.
async fn connected() -> (FakeDiscord, Gateway) {
    let discord = FakeDiscord::start().await;
    discord
        .add_guild(FakeGuild::new(GUILD, "Test Server").channel(FakeChannel::text(LOG, "bot-log")));
    let (mut gw, _) = Gateway::connect(&discord).await;
    gw.identify().await;
    let app = discord.application_id();
    let (status, _) = rest(
        &discord,
        "PUT",
        &format!("/applications/{app}/guilds/{GUILD}/commands"),
        Some(command_tree()),
    )
    .await;
    assert_eq!(status, 200);
    (discord, gw)
}

/// An id as Discord writes it in JSON.
fn snowflake(id: u64) -> Value {
    json!(id.to_string())
}

fn callback_path(i: &Interaction) -> String {
    format!("/interactions/{}/{}/callback", i.id(), i.token())
}

/// Runs a future that is expected to panic; returns the panic message.
async fn panic_message<F: Future + Send + 'static>(f: F) -> String
where
    F::Output: Send + 'static,
{
    let err = tokio::spawn(f).await.err().expect("expected a panic");
    let payload = err.into_panic();
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

fn sync_panic_message(f: impl FnOnce()) -> String {
    let payload = std::panic::catch_unwind(AssertUnwindSafe(f)).expect_err("expected a panic");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

// ----- gateway --------------------------------------------------------------------------------

#[tokio::test]
async fn handshake_hello_identify_ready_guild_create() {
    let discord = FakeDiscord::start().await;
    let guild = FakeGuild::new(GUILD, "Test Server")
        .channel(FakeChannel::text(LOG, "bot-log").deny_bot(permissions::SEND_MESSAGES))
        .member(Member::new(222, "alice"));
    discord.add_guild(guild);
    let (mut gw, hello) = Gateway::connect(&discord).await;
    assert_eq!(hello["op"], 10);
    assert_eq!(hello["d"]["heartbeat_interval"], 41_250);

    gw.send(json!({"op": 1, "d": null})).await;
    assert_eq!(gw.recv().await["op"], 11, "heartbeat is acknowledged");
    assert_eq!(discord.heartbeats(), 1);

    let ready = gw.identify().await;
    assert_eq!(ready["s"], 1);
    let d = &ready["d"];
    assert_eq!(d["user"]["id"], discord.bot_user_id().to_string());
    assert_eq!(d["user"]["bot"], true);
    assert_eq!(d["application"]["id"], discord.application_id().to_string());
    assert_eq!(
        d["guilds"],
        json!([{"id": GUILD.to_string(), "unavailable": true}])
    );
    assert_eq!(d["resume_gateway_url"], discord.gateway_url());
    assert!(d["session_id"].as_str().is_some_and(|s| !s.is_empty()));

    let create = gw.dispatch("GUILD_CREATE").await;
    assert_eq!(create["s"], 2, "sequence numbers increase");
    let g = &create["d"];
    assert_eq!(g["id"], GUILD.to_string());
    assert_eq!(g["name"], "Test Server");
    let everyone = g["roles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == snowflake(GUILD))
        .expect("@everyone role");
    assert_eq!(
        everyone["permissions"],
        permissions::DEFAULT_MEMBER.to_string()
    );
    let bot_id = discord.bot_user_id().to_string();
    assert!(
        g["members"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["user"]["id"] == bot_id),
        "the bot is a member"
    );
    assert_eq!(g["member_count"], 2);
    let log = g["channels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == snowflake(LOG))
        .expect("log channel");
    assert_eq!(log["permission_overwrites"][0]["id"], bot_id);
    assert_eq!(
        log["permission_overwrites"][0]["deny"],
        permissions::SEND_MESSAGES.to_string()
    );

    let identify = discord.wait_ready(T).await;
    assert_eq!(identify["intents"], 513);
}

#[tokio::test]
async fn guild_added_after_connecting_is_pushed() {
    let (discord, mut gw) = connected().await;
    discord.add_guild(FakeGuild::new(444, "Second"));
    let create = loop {
        let create = gw.dispatch("GUILD_CREATE").await;
        if create["d"]["id"] != snowflake(GUILD) {
            break create;
        }
    };
    assert_eq!(create["d"]["id"], "444");
    assert_eq!(
        discord.guild(444).map(|g| g.name),
        Some("Second".to_string())
    );
}

#[tokio::test]
async fn closing_the_gateway_lets_the_client_resume() {
    let discord = FakeDiscord::start().await;
    discord.add_guild(FakeGuild::new(GUILD, "Test Server"));
    let (mut gw, _) = Gateway::connect(&discord).await;
    let ready = gw.identify().await;
    let session = ready["d"]["session_id"]
        .as_str()
        .expect("session id")
        .to_string();
    let app = discord.application_id();
    rest(
        &discord,
        "PUT",
        &format!("/applications/{app}/commands"),
        Some(command_tree()),
    )
    .await;

    discord.close_gateway(4000);
    assert_eq!(gw.close_code().await, 4000);
    // An interaction while the bot is away waits for the session to come back.
    let i = discord.command(GUILD, &Member::new(222, "alice"), "setup", json!({}));

    let (mut wrong, _) = Gateway::connect(&discord).await;
    wrong
        .send(json!({"op": 6, "d": {"token": "Bot fake", "session_id": "nope", "seq": 1}}))
        .await;
    let invalid = wrong.recv().await;
    assert_eq!(
        (invalid["op"].clone(), invalid["d"].clone()),
        (json!(9), json!(false))
    );

    let (mut gw, _) = Gateway::connect(&discord).await;
    gw.send(json!({"op": 6, "d": {"token": "Bot fake", "session_id": session, "seq": 1}}))
        .await;
    let replayed = gw.recv().await;
    assert_eq!(
        (replayed["s"].clone(), replayed["t"].clone()),
        (json!(2), json!("GUILD_CREATE")),
        "missed dispatches are replayed"
    );
    assert_eq!(gw.recv().await["t"], "RESUMED");
    let pending = gw.dispatch("INTERACTION_CREATE").await;
    assert_eq!(
        (pending["s"].clone(), pending["d"]["id"].clone()),
        (json!(4), json!(i.id().to_string()))
    );
    discord.wait_sessions(2, T).await;
    assert_eq!(discord.resumes().len(), 2);
    assert_eq!(discord.identifies().len(), 1);

    discord.reject_resume(true);
    // Identifying again at once is what this test is about, not Discord's 5 s IDENTIFY window.
    discord.identify_window(Duration::ZERO);
    discord.close_gateway(4000);
    assert_eq!(gw.close_code().await, 4000);
    let (mut gw, _) = Gateway::connect(&discord).await;
    gw.send(json!({"op": 6, "d": {"token": "Bot fake", "session_id": session, "seq": 4}}))
        .await;
    assert_eq!(gw.recv().await["op"], 9, "resume rejected on request");
    let ready = gw.identify().await;
    assert_ne!(
        ready["d"]["session_id"],
        json!(session),
        "a fresh session after identifying again"
    );
}

/// A server id on `shard` of `total` (Discord: `(guild_id >> 22) % total`).
fn guild_on_shard(shard: u64, total: u64, n: u64) -> u64 {
    ((1_000 + n) * total + shard) << 22
}

#[tokio::test]
async fn each_shard_gets_its_own_servers_and_discords_limits_apply() {
    let discord = FakeDiscord::start().await;
    let (first, second) = (guild_on_shard(0, 2, 1), guild_on_shard(1, 2, 2));
    for id in [first, second] {
        discord.add_guild(FakeGuild::new(id, "Server"));
    }
    discord.recommend_shards(2);
    // Two buckets: shards 0 and 1 may identify at the same moment.
    discord.max_concurrency(2);
    let (status, gateway) = rest(&discord, "GET", "/gateway/bot", None).await;
    assert_eq!(status, 200);
    assert_eq!(gateway["shards"], 2);
    assert_eq!(gateway["session_start_limit"]["max_concurrency"], 2);

    let (mut shard0, _) = Gateway::connect(&discord).await;
    let (mut shard1, _) = Gateway::connect(&discord).await;
    let ready0 = shard0.identify_shard(0, 2).await;
    let ready1 = shard1.identify_shard(1, 2).await;
    for (ready, shard, guild) in [(&ready0, 0, first), (&ready1, 1, second)] {
        assert_eq!(ready["t"], "READY", "{ready}");
        assert_eq!(ready["d"]["shard"], json!([shard, 2]));
        assert_eq!(
            ready["d"]["guilds"],
            json!([{"id": guild.to_string(), "unavailable": true}])
        );
        let create = if shard == 0 {
            shard0.dispatch("GUILD_CREATE").await
        } else {
            shard1.dispatch("GUILD_CREATE").await
        };
        assert_eq!(create["d"]["id"], guild.to_string());
    }
    let app = discord.application_id();
    rest(
        &discord,
        "PUT",
        format!("/applications/{app}/commands"),
        Some(command_tree()),
    )
    .await;
    // The second server's interaction reaches shard 1 only: shard 0's next one is its own.
    let alice = Member::new(222, "alice");
    let on_second = discord.command(second, &alice, "setup", json!({}));
    let on_first = discord.command(first, &alice, "setup", json!({}));
    let got1 = shard1.dispatch("INTERACTION_CREATE").await;
    let got0 = shard0.dispatch("INTERACTION_CREATE").await;
    assert_eq!(got1["d"]["id"], on_second.id().to_string());
    assert_eq!(got0["d"]["id"], on_first.id().to_string());

    // Bucket 0 identified just now: another IDENTIFY there is an Invalid Session, not resumable.
    let (mut early, _) = Gateway::connect(&discord).await;
    let invalid = early.identify_shard(0, 2).await;
    assert_eq!(
        (invalid["op"].clone(), invalid["d"].clone()),
        (json!(9), json!(false))
    );
    assert_eq!(discord.rate_limited_identifies(), 1);

    // Shard data out of range: 4010 Invalid shard.
    discord.identify_window(Duration::ZERO);
    let (mut wrong, _) = Gateway::connect(&discord).await;
    assert_eq!(wrong.identify_shard(2, 2).await, json!({"closed": 4010}));

    // One server per shard allowed: a single shard would carry two, 4011 Sharding required,
    // and from then on Discord recommends enough shards.
    discord.guilds_per_shard(1);
    discord.recommend_shards(1);
    let (mut crowded, _) = Gateway::connect(&discord).await;
    assert_eq!(crowded.identify_shard(0, 1).await, json!({"closed": 4011}));
    assert_eq!(discord.sharding_required_closes(), 1);
    assert_eq!(
        rest(&discord, "GET", "/gateway/bot", None).await.1["shards"],
        2
    );
    discord.assert_conformant();
}

// ----- interactions -------------------------------------------------------------------------

#[tokio::test]
async fn command_options_take_their_types_from_the_registered_tree() {
    let (discord, mut gw) = connected().await;
    let registered = discord.wait_commands_registered(T).await;
    assert_eq!(registered, command_tree());
    let echoed = discord.registered_commands(Some(GUILD));
    assert_eq!(echoed.len(), 3);
    assert_eq!(
        echoed[0]["application_id"],
        discord.application_id().to_string()
    );
    assert_eq!(echoed[1]["default_member_permissions"], "32");

    let bob = Member::new(333, "bob");
    discord.add_member(GUILD, bob.clone());
    let alice = Member::new(222, "alice").permissions(permissions::MANAGE_GUILD);
    let i = discord.command(GUILD, &alice, "lookup discord", json!({"user": "333"}));
    let p = gw.dispatch("INTERACTION_CREATE").await["d"].clone();
    assert_eq!(&p, i.payload());
    assert_eq!(p["type"], 2);
    assert_eq!(p["data"]["id"], echoed[0]["id"]);
    assert_eq!(p["data"]["guild_id"], GUILD.to_string());
    assert_eq!(
        p["data"]["options"],
        json!([{"name": "discord", "type": 1, "options": [{"name": "user", "type": 6, "value": "333"}]}])
    );
    assert_eq!(p["data"]["resolved"]["users"]["333"]["username"], "bob");
    assert_eq!(
        p["data"]["resolved"]["members"]["333"]["permissions"],
        permissions::DEFAULT_MEMBER.to_string()
    );
    assert_eq!(p["member"]["user"]["id"], "222");
    assert_eq!(
        p["member"]["permissions"],
        (permissions::DEFAULT_MEMBER | permissions::MANAGE_GUILD).to_string()
    );
    assert_eq!(p["attachment_size_limit"], 10_485_760);
    assert_eq!(p["context"], 0);
    assert_eq!(p["authorizing_integration_owners"]["0"], GUILD.to_string());
    assert!(p["app_permissions"].as_str().is_some());
    assert_eq!(p["channel"]["id"], p["channel_id"]);

    let i = discord.command(GUILD, &alice, "lookup roblox", json!({"roblox_id": "42"}));
    assert_eq!(
        i.payload()["data"]["options"][0]["options"][0]["value"],
        42,
        "integer option sent as a number"
    );

    let admin = Member::new(555, "root").permissions(permissions::ADMINISTRATOR);
    assert_eq!(
        admin.permissions,
        permissions::ALL,
        "administrator is computed as every permission"
    );
    let role = discord.guild(GUILD).unwrap().roles[0].id;
    let i = discord.command(
        GUILD,
        &admin,
        "bindings add account-age",
        json!({"role": role.to_string(), "platform": "roblox", "min_days": 30}),
    );
    let opts = &i.payload()["data"]["options"][0];
    assert_eq!(
        (opts["name"].clone(), opts["type"].clone()),
        (json!("add"), json!(2))
    );
    assert_eq!(opts["options"][0]["name"], "account-age");
    assert_eq!(opts["options"][0]["options"][0]["type"], 8);
    assert!(i.payload()["data"]["resolved"]["roles"][role.to_string()].is_object());

    let msg = sync_panic_message(|| {
        discord.command(GUILD, &alice, "lookup nobody", json!({}));
    });
    assert!(
        msg.contains("`nobody` is not a registered subcommand"),
        "{msg}"
    );
    let msg = sync_panic_message(|| {
        discord.command(GUILD, &alice, "ping", json!({}));
    });
    assert!(
        msg.contains("/ping is not registered") && msg.contains("/lookup"),
        "{msg}"
    );
    let msg = sync_panic_message(|| {
        discord.command(GUILD, &alice, "lookup roblox", json!({"roblox_id": "abc"}));
    });
    assert!(msg.contains("option `roblox_id` is an integer"), "{msg}");
    let msg = sync_panic_message(|| {
        discord.command(
            GUILD,
            &admin,
            "bindings add account-age",
            json!({"role": role.to_string(), "platform": "steam", "min_days": 1}),
        );
    });
    assert!(msg.contains("registered choices"), "{msg}");
    let msg = sync_panic_message(|| {
        discord.command(GUILD, &alice, "lookup discord", json!({}));
    });
    assert!(msg.contains("required option `user` is missing"), "{msg}");
}

#[tokio::test]
async fn command_before_registration_fails_clearly() {
    let discord = FakeDiscord::start().await;
    discord.add_guild(FakeGuild::new(GUILD, "Test Server"));
    let msg = sync_panic_message(|| {
        discord.command(GUILD, &Member::new(1, "a"), "lookup discord", json!({}));
    });
    assert!(msg.contains("has not registered any commands yet"), "{msg}");
}

#[tokio::test]
async fn callbacks_are_recorded_and_read_as_the_member_sees_them() {
    let (discord, _gw) = connected().await;
    let alice = Member::new(222, "alice");
    let i = discord.command(GUILD, &alice, "lookup discord", json!({"user": "333"}));
    let body = json!({"type": 4, "data": {"flags": 64, "embeds": [{
        "title": "Not verified", "description": "That member is not verified with Technified.",
        "color": 0xE74C3C, "fields": [{"name": "Member", "value": "<@333>", "inline": true}],
        "footer": {"text": "HTTP 404 · User not found"}}],
        "components": [{"type": 1, "components": [{"type": 2, "style": 2, "label": "Help", "custom_id": "help"}]}]}});
    let (status, _) = rest(&discord, "POST", &callback_path(&i), Some(body.clone())).await;
    assert_eq!(status, 204);
    let (status, again) = rest(&discord, "POST", &callback_path(&i), Some(body)).await;
    assert_eq!(
        (status, again["code"].clone()),
        (400, json!(40060)),
        "a second callback is refused"
    );

    let reply = i.reply(T).await;
    assert_eq!(reply.kind(), 4);
    assert!(reply.ephemeral());
    assert_eq!(reply.embed_title().as_deref(), Some("Not verified"));
    let seen = i.final_message(T).await;
    assert!(seen.ephemeral());
    assert_eq!(seen.color(), Some(0xE74C3C));
    assert!(seen.embed_text().contains("not verified with technified"));
    assert!(seen.embed_text().contains("http 404"));
    assert_eq!(
        seen.buttons(),
        vec![("help".to_string(), "Help".to_string(), false)]
    );
    assert_eq!(seen.json()["type"], 20);
    assert_eq!(seen.json()["interaction_metadata"]["user"]["id"], "222");
    assert_eq!(
        seen.json()["webhook_id"],
        discord.application_id().to_string()
    );

    // A click on the ephemeral reply: a component interaction carrying that message.
    let click = seen.click(&alice, "help");
    assert_eq!(click.payload()["type"], 3);
    assert_eq!(
        click.payload()["data"],
        json!({"custom_id": "help", "component_type": 2})
    );
    assert_eq!(click.payload()["message"]["id"], seen.id().to_string());
    let update = json!({"type": 7, "data": {"content": "Here is help", "components": []}});
    assert_eq!(
        rest(&discord, "POST", &callback_path(&click), Some(update))
            .await
            .0,
        204
    );
    let after = click.final_message(T).await;
    assert_eq!(after.id(), seen.id(), "type 7 edits the clicked message");
    assert_eq!(after.content(), "Here is help");
    assert!(after.buttons().is_empty());
    let msg = sync_panic_message(|| {
        after.click(&alice, "help");
    });
    assert!(msg.contains("has no button `help`"), "{msg}");
    discord.assert_conformant();
}

#[tokio::test]
async fn deferred_reply_then_follow_up_then_edits() {
    let (discord, _gw) = connected().await;
    let app = discord.application_id();
    let alice = Member::new(222, "alice");
    let i = discord.command(GUILD, &alice, "lookup roblox", json!({"roblox_id": 7}));
    let hook = format!("/webhooks/{app}/{}", i.token());
    let (status, early) = rest(
        &discord,
        "POST",
        &hook,
        Some(json!({"content": "too early"})),
    )
    .await;
    assert_eq!(
        (status, early["code"].clone()),
        (404, json!(10015)),
        "no webhook before the interaction is acknowledged"
    );

    rest(
        &discord,
        "POST",
        &callback_path(&i),
        Some(json!({"type": 5, "data": {"flags": 64}})),
    )
    .await;
    assert!(i.reply(T).await.is_deferred());
    let thinking = i.original().expect("deferred message");
    assert_eq!(thinking.json()["flags"], 64 | 128);

    let (status, first) = rest(&discord, "POST", &hook, Some(json!({"content": "Retrying in 2 s", "embeds": [{"title": "Working on it", "color": 0xF1C40F}]}))).await;
    assert_eq!(status, 200);
    assert_eq!(
        first["id"],
        thinking.id().to_string(),
        "the first follow-up replaces the thinking message"
    );
    assert_eq!(first["flags"], 64, "and keeps the deferred ephemeral state");
    let seen = i.final_message(T).await;
    assert_eq!(seen.embed_title().as_deref(), Some("Working on it"));

    let (status, edited) = rest(
        &discord,
        "PATCH",
        &format!("{hook}/messages/@original"),
        Some(json!({"embeds": [{"title": "Done", "color": 0x2ECC71}]})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(edited["content"], "Retrying in 2 s", "absent fields stay");
    let done = i.wait_edit(1, T).await;
    assert_eq!(done.color(), Some(0x2ECC71));
    assert!(done.is_edited());

    let (_, second) = rest(
        &discord,
        "POST",
        &hook,
        Some(json!({"content": "extra", "flags": 64})),
    )
    .await;
    assert_eq!(i.followups().len(), 1);
    let (status, got) = rest(
        &discord,
        "GET",
        &format!("{hook}/messages/{}", second["id"].as_str().unwrap()),
        None,
    )
    .await;
    assert_eq!((status, got["content"].clone()), (200, json!("extra")));
    assert_eq!(
        rest(
            &discord,
            "DELETE",
            &format!("{hook}/messages/@original"),
            None
        )
        .await
        .0,
        204
    );
    assert_eq!(
        rest(&discord, "GET", &format!("{hook}/messages/@original"), None)
            .await
            .0,
        404
    );
    let green = i
        .wait_message(T, "a message saying extra", |m| m.content() == "extra")
        .await;
    assert!(green.ephemeral());
    discord.assert_conformant();
}

#[tokio::test]
async fn modal_submit_uses_the_custom_ids_the_bot_sent() {
    let (discord, mut gw) = connected().await;
    let alice = Member::new(222, "alice").permissions(permissions::MANAGE_GUILD);
    let i = discord.command(GUILD, &alice, "setup", json!({}));
    let modal = json!({"type": 9, "data": {"custom_id": i.id().to_string(), "title": "Connect Technified", "components": [
        {"type": 1, "components": [{"type": 4, "custom_id": "api_key", "style": 1, "label": "API key", "required": true, "placeholder": "technified_..."}]},
        {"type": 1, "components": [{"type": 4, "custom_id": "note", "style": 2, "label": "Note", "required": false}]},
    ]}});
    let (status, _) = rest(&discord, "POST", &callback_path(&i), Some(modal)).await;
    assert_eq!(status, 204);
    let shown = std::time::Instant::now();
    let reply = i.reply(T).await;
    assert!(reply.is_modal());
    assert_eq!(reply.modal_title().as_deref(), Some("Connect Technified"));
    assert_eq!(
        reply.modal_fields()[0],
        ("api_key".to_string(), "API key".to_string())
    );

    let deferred = discord.command(GUILD, &alice, "setup", json!({}));
    rest(
        &discord,
        "POST",
        &callback_path(&deferred),
        Some(json!({"type": 5})),
    )
    .await;
    let msg = panic_message(async move { deferred.submit_modal(&[("api_key", "x")]).await }).await;
    assert!(msg.contains("no modal to submit"), "{msg}");

    let i2 = discord.command(GUILD, &alice, "setup", json!({}));
    let msg = {
        let modal = json!({"type": 9, "data": {"custom_id": "m2", "title": "T", "components": [{"type": 1, "components": [{"type": 4, "custom_id": "api_key", "style": 1, "label": "K"}]}]}});
        rest(&discord, "POST", &callback_path(&i2), Some(modal)).await;
        panic_message(async move { i2.submit_modal(&[("apikey", "x")]).await }).await
    };
    assert!(msg.contains("has no input `apikey`"), "{msg}");

    let submit = i
        .submit_modal(&[("api_key", "technified_111_secret")])
        .await;
    // The member answers after a reaction time, and a heartbeat ACK goes first so that
    // serenity's shard runner registers a freshly added collector before the event.
    let mut previous = Value::Null;
    let p = loop {
        let f = gw.recv().await;
        if f["t"] == "INTERACTION_CREATE" && f["d"]["type"] == 5 {
            break f["d"].clone();
        }
        previous = f;
    };
    assert!(
        shown.elapsed() >= Duration::from_millis(200),
        "submitted after {:?}",
        shown.elapsed()
    );
    assert_eq!(previous["op"], 11);
    assert_eq!(&p, submit.payload());
    assert_eq!(p["data"]["custom_id"], i.id().to_string());
    let inputs: Vec<(Value, Value)> = p["data"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["components"][0]["custom_id"].clone(),
                row["components"][0]["value"].clone(),
            )
        })
        .collect();
    assert_eq!(
        inputs,
        vec![
            (json!("api_key"), json!("technified_111_secret")),
            (json!("note"), json!(""))
        ]
    );

    // poise's way: ack the submit with 6, answer with a follow-up on the command's token.
    rest(
        &discord,
        "POST",
        &callback_path(&submit),
        Some(json!({"type": 6})),
    )
    .await;
    let app = discord.application_id();
    rest(
        &discord,
        "POST",
        &format!("/webhooks/{app}/{}", i.token()),
        Some(json!({"content": "Key saved", "flags": 64})),
    )
    .await;
    let seen = submit.final_message(T).await;
    assert_eq!(seen.content(), "Key saved");
    assert!(seen.ephemeral());
}

#[tokio::test]
async fn autocomplete_reads_the_choices_the_bot_returns() {
    let (discord, mut gw) = connected().await;
    let alice = Member::new(222, "alice").permissions(permissions::MANAGE_GUILD);
    let api = discord.api_url();
    let bot = tokio::spawn(async move {
        let p = gw.dispatch("INTERACTION_CREATE").await["d"].clone();
        let (id, token) = (
            p["id"].as_str().unwrap().to_string(),
            p["token"].as_str().unwrap().to_string(),
        );
        let body =
            json!({"type": 8, "data": {"choices": [{"name": "#12 group rank", "value": "12"}]}});
        reqwest::Client::new()
            .post(format!("{api}/api/v10/interactions/{id}/{token}/callback"))
            .json(&body)
            .send()
            .await
            .unwrap();
        p
    });
    let choices = discord
        .autocomplete(GUILD, &alice, "bindings remove", "id", "gro", json!({}))
        .await;
    assert_eq!(choices.len(), 1);
    assert_eq!(
        (choices[0].name.as_str(), &choices[0].value),
        ("#12 group rank", &json!("12"))
    );
    let p = bot.await.unwrap();
    assert_eq!(p["type"], 4);
    assert_eq!(
        p["data"]["options"][0]["options"][0],
        json!({"name": "id", "type": 3, "value": "gro", "focused": true})
    );
}

// ----- failures -----------------------------------------------------------------------------

#[tokio::test]
async fn expired_tokens_refuse_webhook_calls() {
    let (discord, _gw) = connected().await;
    let app = discord.application_id();
    let alice = Member::new(222, "alice");
    let i = discord.command(GUILD, &alice, "lookup roblox", json!({"roblox_id": 1}));
    rest(
        &discord,
        "POST",
        &callback_path(&i),
        Some(json!({"type": 5})),
    )
    .await;
    i.expire_token();
    let (status, body) = rest(
        &discord,
        "PATCH",
        &format!("/webhooks/{app}/{}/messages/@original", i.token()),
        Some(json!({"content": "late"})),
    )
    .await;
    assert_eq!(
        (status, body["code"].clone(), body["message"].clone()),
        (401, json!(50027), json!("Invalid Webhook Token"))
    );
    let (status, _) = rest(
        &discord,
        "POST",
        &format!("/webhooks/{app}/{}", i.token()),
        Some(json!({"content": "late"})),
    )
    .await;
    assert_eq!(status, 401);
    let (status, body) = rest(
        &discord,
        "POST",
        &format!("/webhooks/{app}/not-a-token"),
        Some(json!({"content": "x"})),
    )
    .await;
    assert_eq!((status, body["code"].clone()), (404, json!(10015)));

    // Tokens age out; the fallback channel post still works and mentions the member.
    discord.expire_tokens_after(Duration::ZERO);
    let j = discord.command(GUILD, &alice, "lookup roblox", json!({"roblox_id": 2}));
    let (status, body) = rest(
        &discord,
        "POST",
        &callback_path(&j),
        Some(json!({"type": 5})),
    )
    .await;
    assert_eq!(
        (status, body["code"].clone()),
        (404, json!(10062)),
        "callbacks on an expired interaction are unknown"
    );
    let (status, _) = rest(
        &discord,
        "POST",
        &format!("/channels/{LOG}/messages"),
        Some(json!({"content": "<@222> your ban went through"})),
    )
    .await;
    assert_eq!(status, 200);
    let posts = discord.wait_channel_messages(LOG, 1, T).await;
    assert_eq!(posts[0].mentions(), vec![222]);
    assert_eq!(
        posts[0].json()["author"]["id"],
        discord.bot_user_id().to_string()
    );
}

#[tokio::test]
async fn faults_are_served_then_normal_service_resumes() {
    let (discord, _gw) = connected().await;
    discord.fail_next("POST /channels/", DiscordFault::missing_permissions(), 1);
    discord.fail_next("/interactions", DiscordFault::unknown_interaction(), 1);
    discord.require_callback_within(Duration::ZERO);
    discord.fail_next(
        "/users/@me",
        DiscordFault::rate_limited(Duration::from_millis(1500)),
        1,
    );
    discord.fail_next("PATCH /webhooks", DiscordFault::invalid_form_body(), 1);

    let post = || {
        rest(
            &discord,
            "POST",
            format!("/channels/{LOG}/messages"),
            Some(json!({"content": "audit"})),
        )
    };
    let (status, body) = post().await;
    assert_eq!(
        (status, body["code"].clone(), body["message"].clone()),
        (403, json!(50013), json!("Missing Permissions"))
    );
    assert_eq!(post().await.0, 200, "the fault was used up");

    let i = discord.command(GUILD, &Member::new(1, "a"), "setup", json!({}));
    let (status, body) = rest(
        &discord,
        "POST",
        &callback_path(&i),
        Some(json!({"type": 5})),
    )
    .await;
    assert_eq!((status, body["code"].clone()), (404, json!(10062)));
    let (status, body) = rest(
        &discord,
        "POST",
        callback_path(&i),
        Some(json!({"type": 5})),
    )
    .await;
    assert_eq!(
        (status, body["code"].clone()),
        (404, json!(10062)),
        "the response window was missed"
    );

    let resp = reqwest::get(format!("{}/api/v10/users/@me", discord.api_url()))
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 429);
    assert_eq!(resp.headers()["retry-after"], "2");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["retry_after"], 1.5);
    assert_eq!(
        rest(&discord, "GET", "/users/@me", None).await.1["id"],
        discord.bot_user_id().to_string()
    );

    let app = discord.application_id();
    let (status, body) = rest(
        &discord,
        "PATCH",
        &format!("/webhooks/{app}/t/messages/@original"),
        Some(json!({"content": "x"})),
    )
    .await;
    assert_eq!((status, body["code"].clone()), (400, json!(50035)));
    assert!(body["errors"].is_object());

    let (status, body) = rest(&discord, "GET", "/not/a/route", None).await;
    assert_eq!(
        (status, body),
        (404, json!({"message": "404: Not Found", "code": 0}))
    );
    let unmatched = discord.unmatched_requests();
    assert_eq!(unmatched.len(), 1);
    assert_eq!(unmatched[0].path, "/api/v10/not/a/route");
    assert!(discord.requests().len() >= 8);
}

#[tokio::test]
async fn channel_permissions_decide_whether_the_bot_may_post() {
    let discord = FakeDiscord::start().await;
    let guild = FakeGuild::new(GUILD, "Test Server")
        .channel(FakeChannel::text(LOG, "bot-log").deny_bot(permissions::SEND_MESSAGES))
        .channel(FakeChannel::text(901, "hidden").deny_bot(permissions::VIEW_CHANNEL));
    discord.add_guild(guild);
    let post = |ch: u64| {
        rest(
            &discord,
            "POST",
            format!("/channels/{ch}/messages"),
            Some(json!({"content": "hi"})),
        )
    };
    assert_eq!(post(LOG).await.1["code"], 50013);
    assert_eq!(post(901).await.1["code"], 50001);
    assert_eq!(post(12345).await.1["code"], 10003);
    discord.add_guild(
        discord
            .guild(GUILD)
            .unwrap()
            .bot_permissions(permissions::ADMINISTRATOR),
    );
    assert_eq!(post(LOG).await.0, 200, "administrators ignore overwrites");
    assert_eq!(discord.channel_messages(LOG).len(), 1);
    let (status, ch) = rest(&discord, "GET", &format!("/channels/{LOG}"), None).await;
    assert_eq!((status, ch["name"].clone()), (200, json!("bot-log")));
    let bot = discord.bot_user_id();
    let (status, m) = rest(
        &discord,
        "GET",
        &format!("/guilds/{GUILD}/members/{bot}"),
        None,
    )
    .await;
    assert_eq!(
        (status, m["user"]["id"].clone()),
        (200, json!(bot.to_string()))
    );
}

// ----- conformance --------------------------------------------------------------------------

#[tokio::test]
async fn broken_embed_title_is_caught_with_path_and_pointer() {
    let (discord, _gw) = connected().await;
    let i = discord.command(
        GUILD,
        &Member::new(222, "alice"),
        "lookup discord",
        json!({"user": "1"}),
    );
    let body = json!({"type": 4, "data": {"embeds": [{"title": "x".repeat(300)}]}});
    let (status, answer) = rest(&discord, "POST", &callback_path(&i), Some(body)).await;
    assert_eq!(
        (status, answer["code"].clone()),
        (400, json!(50035)),
        "Discord refuses it"
    );
    assert_eq!(
        answer["errors"]["data"]["embeds"]["0"]["title"]["_errors"][0]["code"],
        "BASE_TYPE_MAX_LENGTH"
    );

    let v = discord.violations();
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].pointer, "/data/embeds/0/title");
    assert_eq!(v[0].message, "length 300 > 256");
    let expected = format!(
        "conformance: POST /api/v10{}: /data/embeds/0/title: length 300 > 256",
        callback_path(&i)
    );
    assert!(sync_panic_message(|| discord.assert_conformant()).contains(&expected));
    let msg = panic_message(async move { i.reply(T).await }).await;
    assert!(msg.contains(&expected), "the driver fails the test: {msg}");
}

#[test]
fn a_valid_message_passes_and_schema_errors_are_found() {
    let good = json!({"type": 4, "data": {"content": "ok", "flags": 64, "tts": false,
        "allowed_mentions": {"parse": [], "users": ["222"]},
        "embeds": [{"type": "rich", "title": "t".repeat(256), "description": "d", "color": 3066993,
            "timestamp": "2026-11-25T20:17:00Z", "fields": [{"name": "n", "value": "v", "inline": true}],
            "footer": {"text": "f"}, "author": {"name": "a"}}],
        "components": [{"type": 1, "components": [{"type": 2, "style": 4, "label": "Remove", "custom_id": "rm"},
            {"type": 2, "style": 5, "label": "Docs", "url": "https://example.com"}]}]}});
    let path = "/api/v10/interactions/1/tok/callback";
    assert_eq!(check_request("POST", path, &good), vec![]);
    if conformance::spec().is_none() {
        // Without the spec (outside CI) only the limits above ran; the schema part is skipped.
        return;
    }
    let mut bad = good.clone();
    bad["data"]["tts"] = json!("yes");
    bad["data"]["components"][0]["components"][0]["style"] = json!(9);
    let v = check_request("POST", path, &bad);
    let found: Vec<(&str, &str)> = v
        .iter()
        .map(|v| (v.pointer.as_str(), v.message.as_str()))
        .collect();
    assert!(
        found.contains(&("/data/tts", "expected boolean or null, got string")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(p, _)| *p == "/data/components/0/components/0/style"),
        "{found:?}"
    );
    let spec = conformance::spec().unwrap();
    for (method, route) in [
        ("POST", "/api/v10/interactions/1/t/callback"),
        ("POST", "/api/v10/webhooks/1/t"),
        ("PATCH", "/api/v10/webhooks/1/t/messages/@original"),
        ("PATCH", "/api/v10/webhooks/1/t/messages/2"),
        ("POST", "/api/v10/channels/1/messages"),
        ("PUT", "/api/v10/applications/1/commands"),
        ("PUT", "/api/v10/applications/1/guilds/2/commands"),
    ] {
        assert!(
            spec.request_schema(method, route).is_some(),
            "spec has a request schema for {method} {route}"
        );
    }
    assert_eq!(
        spec.template_for("/api/v10/webhooks/1/t/messages/@original"),
        Some("/webhooks/{webhook_id}/{webhook_token}/messages/@original")
    );
}

#[test]
fn message_modal_and_autocomplete_limits_are_caught() {
    let at = |problems: Vec<(String, String)>, pointer: &str| {
        problems
            .into_iter()
            .find(|(p, _)| p == pointer)
            .map(|(_, m)| m)
    };
    let rows: Vec<Value> = (0..6).map(|i| json!({"type": 1, "components": [{"type": 2, "style": 1, "label": "l".repeat(81), "custom_id": format!("b{i}")}]})).collect();
    let msg = json!({"content": "c".repeat(2001), "components": rows});
    let p = check_limits("POST", "/api/v10/channels/1/messages", &msg);
    assert_eq!(
        at(p.clone(), "/content").as_deref(),
        Some("length 2001 > 2000")
    );
    assert_eq!(
        at(p.clone(), "/components").as_deref(),
        Some("6 action rows > 5")
    );
    assert_eq!(
        at(p, "/components/0/components/0/label").as_deref(),
        Some("length 81 > 80")
    );
    let p = check_limits("POST", "/api/v10/webhooks/1/t", &json!({"content": ""}));
    assert!(at(p, "").is_some_and(|m| m.starts_with("empty message")));

    let inputs: Vec<Value> = (0..6).map(|i| json!({"type": 1, "components": [{"type": 4, "custom_id": format!("f{i}"), "style": 1, "label": "L", "min_length": 10, "max_length": 5}]})).collect();
    let modal = json!({"type": 9, "data": {"custom_id": "m", "title": "t".repeat(46), "components": inputs}});
    let p = check_limits("POST", "/api/v10/interactions/1/t/callback", &modal);
    assert_eq!(
        at(p.clone(), "/data/title").as_deref(),
        Some("length 46 > 45")
    );
    assert_eq!(
        at(p.clone(), "/data/components").as_deref(),
        Some("6 components in a modal, allowed 1 to 5")
    );
    assert_eq!(
        at(p, "/data/components/0/components/0/min_length").as_deref(),
        Some("min_length 10 > max_length 5")
    );

    let choices: Vec<Value> = (0..26)
        .map(|i| json!({"name": format!("c{i}"), "value": "v"}))
        .collect();
    let p = check_limits(
        "POST",
        "/api/v10/interactions/1/t/callback",
        &json!({"type": 8, "data": {"choices": choices}}),
    );
    assert_eq!(at(p, "/data/choices").as_deref(), Some("26 items > 25"));
}

#[tokio::test]
async fn registration_limits_are_caught() {
    let discord = FakeDiscord::start().await;
    let app = discord.application_id();
    let opt = |name: &str, required: bool| json!({"type": 3, "name": name, "description": "d", "required": required});
    let mut options: Vec<Value> = (0..26).map(|i| opt(&format!("o{i}"), false)).collect();
    options[1] = opt("late", true);
    let choices: Vec<Value> = (0..26)
        .map(|i| json!({"name": format!("c{i}"), "value": format!("{i}")}))
        .collect();
    options[2] = json!({"type": 3, "name": "pick", "description": "d", "choices": choices});
    let bad = json!([
        {"name": "Bad Name", "description": "d".repeat(101), "options": options},
        {"name": "mixed", "description": "d", "options": [{"type": 1, "name": "sub", "description": "d"}, opt("plain", false)]},
    ]);
    let (status, body) = rest(
        &discord,
        "PUT",
        &format!("/applications/{app}/commands"),
        Some(bad),
    )
    .await;
    assert_eq!((status, body["code"].clone()), (400, json!(50035)));
    let v = discord.violations();
    let msg = |pointer: &str| {
        v.iter()
            .find(|v| v.pointer == pointer)
            .map(|v| v.message.clone())
    };
    assert!(
        msg("/0/name").is_some_and(|m| m.contains("not a valid command name")),
        "{v:?}"
    );
    assert_eq!(msg("/0/description").as_deref(), Some("length 101 > 100"));
    assert!(
        msg("/0/options").is_some_and(|m| m.contains("26 items > 25")),
        "{v:?}"
    );
    assert_eq!(
        msg("/0/options/1/required").as_deref(),
        Some("required options must come before optional ones")
    );
    assert!(
        msg("/0/options/2/choices").is_some_and(|m| m.contains("26 items > 25")),
        "{v:?}"
    );
    assert_eq!(
        msg("/1/options").as_deref(),
        Some("subcommands and groups cannot be mixed with plain options")
    );
    assert!(
        v.iter().all(
            |v| v.path == format!("/api/v10/applications/{app}/commands") && v.method == "PUT"
        )
    );
    assert!(
        discord.registered_commands(None).is_empty(),
        "nothing was registered"
    );

    let many: Vec<Value> = (0..101)
        .map(|i| json!({"name": format!("c{i}"), "description": "d"}))
        .collect();
    let p = check_limits(
        "PUT",
        "/api/v10/applications/1/commands",
        &Value::Array(many),
    );
    assert!(
        p.iter()
            .any(|(ptr, m)| ptr.is_empty() && m == "101 commands of type 1 > 100"),
        "{p:?}"
    );
    let long: Vec<Value> = (0..25).map(|i| json!({"type": 3, "name": format!("o{i}"), "description": "d".repeat(100),
        "choices": (0..25).map(|j| json!({"name": format!("{j}{}", "n".repeat(90)), "value": "v"})).collect::<Vec<_>>()})).collect();
    let p = check_limits(
        "PUT",
        "/api/v10/applications/1/commands",
        &json!([{"name": "big", "description": "d", "options": long}]),
    );
    assert!(
        p.iter().any(|(ptr, m)| ptr == "/0" && m.contains("> 8000")),
        "{p:?}"
    );
}

// ----- moderation: bans and the audit log ---------------------------------------------------

const MODERATION: u64 = intents::GUILD_MODERATION;

/// A guild whose bot may ban and view the audit log, with a moderator, a member below the bot
/// and a member whose role is level with the bot's.
fn moderation_guild() -> (FakeGuild, Member, Member, Member) {
    let bot_position = 5;
    let guild = FakeGuild::new(GUILD, "Test Server")
        .bot_permissions(
            permissions::DEFAULT_BOT | permissions::BAN_MEMBERS | permissions::VIEW_AUDIT_LOG,
        )
        .bot_role_position(bot_position)
        .role(FakeRole::new(801, "Helper", 0).position(bot_position - 1))
        .role(FakeRole::new(802, "Admin", 0).position(bot_position));
    let moderator = Member::new(300, "mod").permissions(permissions::BAN_MEMBERS);
    let low = Member::new(301, "low").roles(&[801]);
    let level = Member::new(302, "level").roles(&[801, 802]);
    let guild = guild.member(low.clone()).member(level.clone());
    (guild, moderator, low, level)
}

impl Gateway {
    async fn identify_with(&mut self, intents: u64) -> Value {
        self.send(json!({"op": 2, "d": {
            "token": "Bot fake", "intents": intents, "shard": [0, 1],
            "properties": {"os": "linux", "browser": "serenity", "device": "serenity"},
        }}))
        .await;
        self.dispatch("READY").await
    }

    /// The dispatches up to the GUILD_CREATE of guild `marker` (queued by the test after the
    /// events it expects, so everything before it has been sent): their `t` and `d`.
    async fn dispatches_until(&mut self, marker: u64) -> Vec<(String, Value)> {
        let mut seen = Vec::new();
        loop {
            let f = self.recv().await;
            assert!(!f.is_null(), "connection closed before the marker");
            if f["op"] != 0 {
                continue;
            }
            if f["t"] == "GUILD_CREATE" && f["d"]["id"] == snowflake(marker) {
                return seen;
            }
            if f["t"] != "GUILD_CREATE" {
                seen.push((
                    f["t"].as_str().unwrap_or_default().to_string(),
                    f["d"].clone(),
                ));
            }
        }
    }
}

/// A connected client with these intents on a fresh fake holding [`moderation_guild`].
async fn moderation_session(intents: u64) -> (FakeDiscord, Gateway, Member, Member, Member) {
    let discord = FakeDiscord::start().await;
    let (guild, moderator, low, level) = moderation_guild();
    discord.add_guild(guild);
    let (mut gw, _) = Gateway::connect(&discord).await;
    gw.identify_with(intents).await;
    (discord, gw, moderator, low, level)
}

fn names(events: &[(String, Value)]) -> Vec<&str> {
    events.iter().map(|(t, _)| t.as_str()).collect()
}

/// Checks a value the fake sends against a component schema of Discord's spec.
fn assert_matches_component(name: &str, value: &Value) {
    if let Some(spec) = conformance::spec() {
        let schema = spec.component(name).expect("component in the spec");
        let problems = spec.check_schema(schema, value);
        assert!(problems.is_empty(), "{name}: {problems:?}\n{value:#}");
    }
}

/// Checks a REST answer of the fake against the spec's response schema for it.
fn assert_matches_response(method: &str, path: &str, status: u16, body: &Value) {
    if let Some(spec) = conformance::spec() {
        let schema = spec
            .response_schema(method, path, status)
            .unwrap_or_else(|| panic!("spec has a {status} response for {method} {path}"));
        let problems = spec.check_schema(schema, body);
        assert!(
            problems.is_empty(),
            "{method} {path}: {problems:?}\n{body:#}"
        );
    }
}

#[tokio::test]
async fn moderator_bans_emit_ban_and_audit_log_events_in_the_order_asked() {
    let (discord, mut gw, moderator, low, level) =
        moderation_session(513 | MODERATION | intents::GUILD_MEMBERS).await;
    let entry = discord.ban_as_moderator(
        GUILD,
        &moderator,
        low.user_id,
        Some("raiding"),
        AuditEvent::AfterBanEvent,
    );
    discord.add_guild(FakeGuild::new(444, "marker"));
    let events = gw.dispatches_until(444).await;
    assert_eq!(
        names(&events),
        [
            "GUILD_MEMBER_REMOVE",
            "GUILD_BAN_ADD",
            "GUILD_AUDIT_LOG_ENTRY_CREATE"
        ]
    );
    let ban = &events[1].1;
    assert_eq!(ban["guild_id"], snowflake(GUILD));
    assert_eq!(ban["user"]["id"], snowflake(low.user_id));
    assert_eq!(ban["user"]["username"], "low");
    assert_matches_component("UserResponse", &ban["user"]);
    let logged = &events[2].1;
    assert_eq!(logged["guild_id"], snowflake(GUILD));
    assert_eq!(logged["id"], snowflake(entry));
    assert_eq!(logged["action_type"], audit_action::MEMBER_BAN_ADD);
    assert_eq!(logged["user_id"], snowflake(moderator.user_id));
    assert_eq!(logged["target_id"], snowflake(low.user_id));
    assert_eq!(logged["reason"], "raiding");
    let mut entry_only = logged.clone();
    entry_only.as_object_mut().unwrap().remove("guild_id");
    assert_matches_component("AuditLogEntryResponse", &entry_only);
    let members = discord.guild(GUILD).unwrap().members;
    assert!(
        !members.iter().any(|m| m.user_id == low.user_id),
        "a banned member leaves"
    );
    assert_eq!(
        discord.bans(GUILD),
        vec![FakeBan {
            user_id: low.user_id,
            reason: Some("raiding".into())
        }]
    );

    // The entry event first, or not at all; an unban is action 23 with GUILD_BAN_REMOVE.
    discord.ban_as_moderator(
        GUILD,
        &moderator,
        level.user_id,
        None,
        AuditEvent::BeforeBanEvent,
    );
    discord.unban_as_moderator(GUILD, &moderator, low.user_id, None, AuditEvent::NotSent);
    discord.add_guild(FakeGuild::new(445, "marker"));
    let events = gw.dispatches_until(445).await;
    assert_eq!(
        names(&events),
        [
            "GUILD_MEMBER_REMOVE",
            "GUILD_AUDIT_LOG_ENTRY_CREATE",
            "GUILD_BAN_ADD",
            "GUILD_BAN_REMOVE"
        ]
    );
    assert!(events[1].1.get("reason").is_none(), "no reason, no field");
    assert_eq!(events[3].1["user"]["id"], snowflake(low.user_id));
    let log = discord.audit_log(GUILD);
    let actions: Vec<&Value> = log.iter().map(|e| &e["action_type"]).collect();
    assert_eq!(
        actions,
        [&json!(23), &json!(22), &json!(22)],
        "newest first, the unsent one too"
    );
    assert_eq!(discord.bans(GUILD).len(), 1);
}

#[tokio::test]
async fn moderation_events_need_the_intent_and_audit_entries_the_permission() {
    // Without GUILD_MODERATION (and GUILD_MEMBERS) nothing of a ban is sent.
    let (discord, mut gw, moderator, low, _) = moderation_session(513).await;
    discord.ban_as_moderator(
        GUILD,
        &moderator,
        low.user_id,
        None,
        AuditEvent::AfterBanEvent,
    );
    discord.add_guild(FakeGuild::new(444, "marker"));
    assert_eq!(names(&gw.dispatches_until(444).await), Vec::<&str>::new());
    assert_eq!(
        discord.bans(GUILD).len(),
        1,
        "the ban happened all the same"
    );

    // A bot that may not view the audit log gets the ban event but never the entry event.
    let (discord, mut gw, moderator, low, _) = moderation_session(513 | MODERATION).await;
    discord.add_guild(
        discord
            .guild(GUILD)
            .unwrap()
            .bot_permissions(permissions::DEFAULT_BOT | permissions::BAN_MEMBERS),
    );
    discord.ban_as_moderator(
        GUILD,
        &moderator,
        low.user_id,
        None,
        AuditEvent::BeforeBanEvent,
    );
    discord.add_guild(FakeGuild::new(444, "marker"));
    assert_eq!(names(&gw.dispatches_until(444).await), ["GUILD_BAN_ADD"]);
}

/// A REST call with an `X-Audit-Log-Reason` header; returns status and JSON body.
async fn rest_with_reason(
    discord: &FakeDiscord,
    method: &str,
    path: &str,
    reason: &str,
) -> (u16, Value) {
    let url = format!("{}/api/v10{path}", discord.api_url());
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let resp = reqwest::Client::new()
        .request(method, url)
        .header("authorization", "Bot fake")
        .header("x-audit-log-reason", reason)
        .send()
        .await
        .expect("request to the fake");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn bot_bans_are_refused_like_discord_and_logged_with_the_bot_and_reason() {
    let (discord, mut gw, _, low, level) = moderation_session(513 | MODERATION).await;
    let owner = discord.guild(GUILD).unwrap().owner_id;
    let ban = |user: u64| format!("/guilds/{GUILD}/bans/{user}");
    let refused = json!({"message": "Missing Permissions", "code": 50013});
    assert_eq!(
        rest(&discord, "PUT", ban(owner), None).await,
        (403, refused.clone())
    );
    assert_eq!(
        rest(&discord, "PUT", ban(level.user_id), None).await,
        (403, refused.clone()),
        "a member whose highest role is level with the bot's"
    );

    // Discord reads the reason URL-encoded (serenity encodes every non-alphanumeric).
    let path = ban(low.user_id) + "?delete_message_seconds=0";
    let (status, body) =
        rest_with_reason(&discord, "PUT", &path, "Spam%20in%20%23general%20%E2%9C%94").await;
    assert_eq!((status, body), (204, Value::Null));
    let reason = "Spam in #general ✔";
    assert_eq!(
        discord
            .wait_banned(GUILD, low.user_id, T)
            .await
            .reason
            .as_deref(),
        Some(reason)
    );
    discord.add_guild(FakeGuild::new(444, "marker"));
    let events = gw.dispatches_until(444).await;
    assert_eq!(
        names(&events),
        ["GUILD_BAN_ADD", "GUILD_AUDIT_LOG_ENTRY_CREATE"]
    );
    let bot = discord.bot_user_id();
    assert_eq!(events[1].1["user_id"], snowflake(bot));
    assert_eq!(events[1].1["reason"], reason);

    let (status, got) = rest(&discord, "GET", ban(low.user_id), None).await;
    assert_eq!((status, got["reason"].clone()), (200, json!(reason)));
    assert_eq!(got["user"]["id"], snowflake(low.user_id));
    assert_matches_response("GET", &ban(low.user_id), 200, &got);
    assert_eq!(
        rest(&discord, "PUT", ban(low.user_id), None).await.0,
        204,
        "banning again is no error"
    );
    assert_eq!(discord.audit_log(GUILD).len(), 1, "and logs nothing");

    assert_eq!(
        rest(&discord, "DELETE", ban(low.user_id), None).await.0,
        204
    );
    let unknown = json!({"message": "Unknown Ban", "code": 10026});
    assert_eq!(
        rest(&discord, "DELETE", ban(low.user_id), None).await,
        (404, unknown.clone())
    );
    assert_eq!(
        rest(&discord, "GET", ban(low.user_id), None).await,
        (404, unknown)
    );
    let log = discord.audit_log(GUILD);
    assert_eq!(log[0]["action_type"], audit_action::MEMBER_BAN_REMOVE);
    assert_eq!(log[0]["user_id"], snowflake(bot));

    // Without Ban Members every ban route is refused; bad query values are the bot's bug.
    let (status, _) = rest(
        &discord,
        "PUT",
        ban(777) + "?delete_message_seconds=604801",
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(discord.violations()[0].pointer, "?delete_message_seconds");
    discord.add_guild(
        discord
            .guild(GUILD)
            .unwrap()
            .bot_permissions(permissions::DEFAULT_BOT),
    );
    for method in ["PUT", "GET", "DELETE"] {
        assert_eq!(
            rest(&discord, method, ban(777), None).await,
            (403, refused.clone())
        );
    }
    assert!(discord.bans(GUILD).is_empty());
}

#[tokio::test]
async fn audit_log_lists_entries_newest_first_with_filters() {
    let (discord, _gw, moderator, low, _) = moderation_session(513).await;
    discord.ban_as_moderator(
        GUILD,
        &moderator,
        low.user_id,
        Some("one"),
        AuditEvent::NotSent,
    );
    discord.unban_as_moderator(GUILD, &moderator, low.user_id, None, AuditEvent::NotSent);
    assert_eq!(
        rest_with_reason(
            &discord,
            "PUT",
            &format!("/guilds/{GUILD}/bans/{}", 778),
            "two"
        )
        .await
        .0,
        204
    );
    let logs = |query: &str| {
        rest(
            &discord,
            "GET",
            format!("/guilds/{GUILD}/audit-logs{query}"),
            None,
        )
    };
    let (status, all) = logs("").await;
    assert_eq!(status, 200);
    assert_matches_response("GET", &format!("/guilds/{GUILD}/audit-logs"), 200, &all);
    let reasons: Vec<&Value> = all["audit_log_entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["reason"])
        .collect();
    assert_eq!(reasons, [&json!("two"), &Value::Null, &json!("one")]);
    let user_ids: Vec<&Value> = all["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| &u["id"])
        .collect();
    assert_eq!(
        user_ids.len(),
        4,
        "bot, 778, moderator, member: {user_ids:?}"
    );

    let (_, bans) = logs("?action_type=22").await;
    assert_eq!(bans["audit_log_entries"].as_array().unwrap().len(), 2);
    let (_, by_mod) = logs(&format!("?action_type=22&user_id={}", moderator.user_id)).await;
    let entries = by_mod["audit_log_entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["target_id"], snowflake(low.user_id));
    let (_, newest) = logs("?limit=1").await;
    assert_eq!(newest["audit_log_entries"][0]["reason"], "two");

    assert_eq!(logs("?limit=101").await.0, 400);
    assert_eq!(discord.violations()[0].pointer, "?limit");
    discord.add_guild(
        discord
            .guild(GUILD)
            .unwrap()
            .bot_permissions(permissions::DEFAULT_BOT | permissions::BAN_MEMBERS),
    );
    assert_eq!(logs("").await.1["code"], 50013, "VIEW_AUDIT_LOG is needed");
}

// ----- files: attachment options and uploads ------------------------------------------------

/// A client connected to a fake whose guild has [`command_tree`] plus `/import file:<attachment>`.
async fn with_import_command() -> (FakeDiscord, Gateway) {
    let (discord, gw) = connected().await;
    let mut tree = command_tree();
    tree.as_array_mut().unwrap().push(json!({
        "name": "import", "description": "Import a file", "contexts": [0],
        "options": [{"type": 11, "name": "file", "description": "A CSV file", "required": true}],
    }));
    let app = discord.application_id();
    let path = format!("/applications/{app}/guilds/{GUILD}/commands");
    assert_eq!(rest(&discord, "PUT", path, Some(tree)).await.0, 200);
    (discord, gw)
}

#[tokio::test]
async fn attachment_options_are_resolved_and_served_from_the_fake_cdn() {
    let (discord, _gw) = with_import_command().await;
    let csv = b"roblox_id,reason\n261,exploiting\n".to_vec();
    let id = discord.attachment("bans.csv", "text/csv", csv.clone());
    let i = discord.command(
        GUILD,
        &Member::new(222, "alice"),
        "import",
        json!({"file": id}),
    );
    let data = &i.payload()["data"];
    assert_eq!(
        data["options"],
        json!([{"name": "file", "type": 11, "value": id.to_string()}])
    );
    let a = &data["resolved"]["attachments"][id.to_string()];
    assert_eq!(a["filename"], "bans.csv");
    assert_eq!(a["content_type"], "text/csv");
    assert_eq!(a["size"], csv.len());
    assert_eq!(a["ephemeral"], true);
    assert_matches_component("AttachmentResponse", a);
    let url = a["url"].as_str().unwrap();
    assert!(
        url.starts_with(&format!("{}/ephemeral-attachments/", discord.api_url())),
        "{url}"
    );

    let resp = reqwest::get(url).await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "text/csv");
    assert_eq!(resp.bytes().await.unwrap().to_vec(), csv);
    assert_eq!(discord.downloads(id), 1);
    // Discord's CDN refuses unsigned URLs.
    let unsigned = url.split('?').next().unwrap();
    assert_eq!(reqwest::get(unsigned).await.unwrap().status(), 404);
    assert_eq!(discord.downloads(id), 1);

    let msg = panic_message(async move {
        let (discord, _gw) = with_import_command().await;
        discord.command(
            GUILD,
            &Member::new(222, "alice"),
            "import",
            json!({"file": "42"}),
        );
    })
    .await;
    assert!(msg.contains("FakeDiscord::attachment"), "{msg}");
}

/// A multipart/form-data REST call as serenity makes it: `payload_json` and `files[n]`.
async fn upload(
    discord: &FakeDiscord,
    method: &str,
    path: &str,
    payload: Option<Value>,
    files: Vec<(&str, Vec<u8>)>,
) -> (u16, Value) {
    let mut form = reqwest::multipart::Form::new();
    for (n, (name, bytes)) in files.into_iter().enumerate() {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(name.to_string())
            .mime_str("text/csv")
            .unwrap();
        form = form.part(format!("files[{n}]"), part);
    }
    if let Some(p) = payload {
        form = form.text("payload_json", p.to_string());
    }
    let url = format!("{}/api/v10{path}", discord.api_url());
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let resp = reqwest::Client::new()
        .request(method, url)
        .header("authorization", "Bot fake")
        .multipart(form)
        .send()
        .await
        .expect("request to the fake");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn channel_uploads_are_stored_served_and_limited_like_discord() {
    let (discord, _gw) = connected().await;
    let post = format!("/channels/{LOG}/messages");
    let report = b"user,result\n333,banned\n".to_vec();
    let payload =
        json!({"content": "Report", "attachments": [{"id": 0, "filename": "report.csv"}]});
    let (status, m) = upload(
        &discord,
        "POST",
        &post,
        Some(payload),
        vec![("r.csv", report.clone())],
    )
    .await;
    assert_eq!(status, 200, "{m}");
    let a = &m["attachments"][0];
    assert_eq!(a["filename"], "report.csv", "the payload's filename wins");
    assert_eq!(a["size"], report.len());
    assert_matches_component("MessageAttachmentResponse", a);
    let seen = &discord.channel_messages(LOG)[0];
    assert_eq!(seen.content(), "Report");
    let files = seen.files();
    assert_eq!(files.len(), 1);
    assert_eq!(
        (files[0].filename.as_str(), &files[0].bytes),
        ("report.csv", &report)
    );
    assert_eq!(files[0].content_type.as_deref(), Some("text/csv"));
    let url = a["url"].as_str().unwrap();
    assert!(url.contains(&format!("/attachments/{LOG}/")), "{url}");
    assert_eq!(
        reqwest::get(url)
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
            .to_vec(),
        report
    );

    // Files alone, without payload_json, make a message with every file.
    let (status, m) = upload(
        &discord,
        "POST",
        &post,
        None,
        vec![("a.csv", vec![1]), ("b.csv", vec![2])],
    )
    .await;
    assert_eq!(status, 200, "{m}");
    assert_eq!(m["attachments"].as_array().unwrap().len(), 2);

    // Above 10 MiB in all: Discord's 413, not the bot's bug.
    let half = vec![b'x'; 5 * 1024 * 1024 + 1];
    let (status, body) = upload(
        &discord,
        "POST",
        &post,
        None,
        vec![("a", half.clone()), ("b", half)],
    )
    .await;
    assert_eq!(
        (status, body),
        (
            413,
            json!({"message": "Request entity too large", "code": 40005})
        )
    );
    assert_eq!(discord.channel_messages(LOG).len(), 2);
    discord.assert_conformant();

    // Eleven files, or an entry naming no uploaded file, are the bot's bug.
    let eleven: Vec<(&str, Vec<u8>)> = (0..11).map(|_| ("f.csv", vec![0])).collect();
    assert_eq!(upload(&discord, "POST", &post, None, eleven).await.0, 400);
    let dangling = json!({"content": "x", "attachments": [{"id": 3}]});
    assert_eq!(
        upload(
            &discord,
            "POST",
            &post,
            Some(dangling),
            vec![("a", vec![1])]
        )
        .await
        .0,
        400
    );
    let pointers: Vec<String> = discord
        .violations()
        .iter()
        .map(|v| v.pointer.clone())
        .collect();
    assert_eq!(pointers, ["/attachments", "/attachments/0/id"]);
    assert_eq!(discord.channel_messages(LOG).len(), 2);
}

#[tokio::test]
async fn follow_ups_and_original_edits_take_uploads_and_payload_json_is_checked() {
    let (discord, _gw) = connected().await;
    let app = discord.application_id();
    let i = discord.command(
        GUILD,
        &Member::new(222, "alice"),
        "lookup discord",
        json!({"user": "333"}),
    );
    let deferred = json!({"type": 5, "data": {"flags": 64}});
    assert_eq!(
        rest(&discord, "POST", &callback_path(&i), Some(deferred))
            .await
            .0,
        204
    );
    let hook = format!("/webhooks/{app}/{}", i.token());
    let payload = json!({"content": "Part 1", "attachments": [{"id": 0, "filename": "one.csv"}]});
    let (status, first) = upload(
        &discord,
        "POST",
        &hook,
        Some(payload),
        vec![("one.csv", b"1".to_vec())],
    )
    .await;
    assert_eq!(status, 200, "{first}");
    let kept = first["attachments"][0]["id"].clone();

    // An edit keeps the attachments it names (by id) and adds the new files.
    let edit = json!({"attachments": [{"id": kept}, {"id": 0, "filename": "two.csv"}]});
    let (status, edited) = upload(
        &discord,
        "PATCH",
        &format!("{hook}/messages/@original"),
        Some(edit),
        vec![("x", b"2".to_vec())],
    )
    .await;
    assert_eq!(status, 200, "{edited}");
    let seen = i.final_message(T).await;
    let files: Vec<(String, Vec<u8>)> = seen
        .files()
        .into_iter()
        .map(|f| (f.filename, f.bytes))
        .collect();
    assert_eq!(
        files,
        [
            ("one.csv".to_string(), b"1".to_vec()),
            ("two.csv".to_string(), b"2".to_vec())
        ]
    );

    let (status, second) = upload(
        &discord,
        "POST",
        &hook,
        Some(json!({"content": "Part 2"})),
        vec![("three.csv", b"3".to_vec())],
    )
    .await;
    assert_eq!(status, 200, "{second}");
    assert_eq!(i.followups()[0].files()[0].filename, "three.csv");
    discord.assert_conformant();

    // Files on an interaction callback are not modelled: refused, never silently dropped.
    let later = discord.command(
        GUILD,
        &Member::new(222, "alice"),
        "lookup discord",
        json!({"user": "333"}),
    );
    let callback = json!({"type": 4, "data": {"content": "x"}});
    let (status, _) = upload(
        &discord,
        "POST",
        &callback_path(&later),
        Some(callback),
        vec![("f", vec![1])],
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        discord.violations()[0]
            .message
            .contains("takes files only on")
    );

    // payload_json is checked like a JSON body.
    let broken = json!({"content": "x".repeat(2001)});
    let (status, body) = upload(&discord, "POST", &hook, Some(broken), vec![("f", vec![1])]).await;
    assert_eq!((status, body["code"].clone()), (400, json!(50035)));
    assert_eq!(discord.violations()[1].pointer, "/content");
}

#[tokio::test]
async fn a_held_route_answers_once_released_and_records_in_that_order() {
    let (discord, _gw) = connected().await;
    let route = format!("POST /channels/{LOG}/messages");
    discord.hold(&route);
    let post = tokio::spawn({
        let url = format!("{}/api/v10/channels/{LOG}/messages", discord.api_url());
        async move {
            reqwest::Client::new()
                .post(url)
                .json(&json!({"content": "audit"}))
                .send()
                .await
                .expect("the fake answers")
                .status()
                .as_u16()
        }
    });
    discord.wait_held(&route, T).await;
    // Other routes pass while the log channel is held.
    assert_eq!(rest(&discord, "GET", "/users/@me", None).await.0, 200);
    assert!(discord.channel_messages(LOG).is_empty());

    discord.release(&route);
    assert_eq!(post.await.expect("the held request"), 200);
    let paths: Vec<String> = discord.requests().iter().map(|r| r.path.clone()).collect();
    let me = paths.iter().position(|p| p.ends_with("/users/@me"));
    let held = paths
        .iter()
        .position(|p| p.ends_with(&format!("/channels/{LOG}/messages")));
    assert!(me < held, "recorded when served: {paths:?}");
    assert_eq!(discord.channel_messages(LOG).len(), 1);
}

#[tokio::test]
async fn a_stale_command_is_sent_as_given() {
    let (discord, mut gw) = connected().await;
    let options = json!([{"name": "roblox_id", "type": 3, "value": "not a number"}]);
    let i = discord.stale_command(GUILD, &Member::new(1, "a"), "gone", options.clone());
    let event = gw.dispatch("INTERACTION_CREATE").await;
    assert_eq!(event["d"]["data"]["name"], "gone");
    assert_eq!(event["d"]["data"]["options"], options);
    let (status, _) = rest(
        &discord,
        "POST",
        callback_path(&i),
        Some(json!({"type": 5})),
    )
    .await;
    assert_eq!(status, 204, "the fake answers it like any command");
}
