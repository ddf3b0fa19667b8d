//! A scripted session against in-process fakes, printed as a conversation, so anyone can see
//! the bot work without a token: `cargo run --example demo`.
//!
//! The bot runs exactly as `main` runs it (`app::run_until`), with Discord and Technified
//! replaced by the test fakes on 127.0.0.1 and its data in a temporary folder.

use std::time::Duration;

use serde_json::{Value, json};
use technified_bot::{app, config::Config};
use testkit::discord::permissions::{BAN_MEMBERS, MANAGE_GUILD, MODERATE_MEMBERS};
use testkit::discord::{FakeChannel, FakeDiscord, FakeGuild, FakeRole, Member, SeenMessage};
use testkit::technified::FakeTechnified;

const GUILD: u64 = 111_111_111_111_111_111;
const WAIT: Duration = Duration::from_secs(15);

#[tokio::main]
async fn main() {
    let discord = FakeDiscord::start().await;
    discord.add_guild(
        FakeGuild::new(GUILD, "Demo Server")
            .channel(FakeChannel::text(444, "bot-log"))
            .role(FakeRole::new(555, "Verified", 0)),
    );
    let technified = FakeTechnified::start().await;
    let data = tempfile::tempdir().expect("a temporary folder");
    let database_url = format!("sqlite://{}", data.path().join("demo.db").display());
    let env = [
        ("DISCORD_TOKEN", "demo-token".to_owned()),
        ("DISCORD_API_URL", discord.api_url()),
        ("TECHNIFIED_API_URL", technified.base_url()),
        ("DATABASE_URL", database_url),
        ("HTTP_ADDR", "off".to_owned()),
    ];
    let config = Config::from_lookup(|name| {
        env.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.clone())
    })
    .expect("demo configuration");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(app::run_until(config, async {
        let _ = stopped.await;
    }));
    discord.wait_commands_registered(WAIT).await;
    println!("The bot connected to the fake Discord and registered its commands.\n");

    let admin = Member::new(222, "alex").permissions(MANAGE_GUILD | BAN_MEMBERS | MODERATE_MEMBERS);
    technified.link(GUILD, 222, 1001, "AlexOnRoblox");
    technified.link(GUILD, 333, 261, "Shedletsky");

    let key = technified.add_key(GUILD);
    say(&admin, "/setup");
    let setup = discord.command(GUILD, &admin, "setup", json!({}));
    let dialog = setup.reply(WAIT).await;
    println!(
        "  [dialog \"{}\"] alex pastes the server's API key",
        dialog.modal_title().unwrap_or_default()
    );
    show(
        &setup
            .submit_modal(&[("0", &key)])
            .await
            .final_message(WAIT)
            .await,
    );

    for (command, options) in [
        ("lookup discord", json!({"user": "333"})),
        ("lookup roblox", json!({"roblox_id": 261})),
        ("lookup discord", json!({"user": "444"})),
        (
            "roblox ban",
            json!({"roblox_id": 261, "reason": "Exploiting", "duration": "7d"}),
        ),
        ("roblox ban-status", json!({"roblox_id": 261})),
        (
            "bindings add group-rank",
            json!({"role": "555", "group_id": 7384293, "min_rank": 50, "max_rank": 255}),
        ),
        ("bindings list", json!({})),
        ("shield check", json!({"roblox_id": 261})),
        ("key status", json!({})),
    ] {
        say(&admin, &format!("/{command} {}", describe(&options)));
        show(
            &discord
                .command(GUILD, &admin, command, options)
                .final_message(WAIT)
                .await,
        );
    }

    let _ = stop.send(());
    let _ = bot.await;
}

fn say(member: &Member, line: &str) {
    println!("{}: {line}", member.username);
}

fn describe(options: &Value) -> String {
    options
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, value)| {
            format!(
                "{name}:{}",
                value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_owned)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prints the bot's answer roughly as Discord shows it.
fn show(message: &SeenMessage) {
    let colour = match message.color() {
        Some(0x57F287) => "green",
        Some(0xED4245) => "red",
        Some(0xF0B232) => "amber",
        _ => "info",
    };
    for embed in message.embeds() {
        println!(
            "  bot [{colour}] {}",
            embed["title"].as_str().unwrap_or_default()
        );
        if let Some(description) = embed["description"].as_str().filter(|d| !d.is_empty()) {
            for line in description.lines() {
                println!("      {line}");
            }
        }
        for field in embed["fields"].as_array().into_iter().flatten() {
            println!(
                "      {}: {}",
                field["name"].as_str().unwrap_or_default(),
                field["value"].as_str().unwrap_or_default()
            );
        }
        if let Some(footer) = embed["footer"]["text"].as_str() {
            println!("      ({footer})");
        }
    }
    println!();
}
