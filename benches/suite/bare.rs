//! The framework floor: a minimal poise 0.7 bot with one `/lookup discord`-shaped command,
//! built exactly like the real bot's client (same serenity HTTP setup, same intents, same global
//! registration, same multi-thread runtime). The bench runs itself with `--bare-bot` to be this
//! process; it exits when its stdin closes (the bench is gone) or after an hour.
//!
//! By default the command answers a constant embed. Given `BARE_LOOKUP_URL` (the fake
//! Technified's `…/lookup/discord` URL), `BARE_API_KEY` and `BARE_GUILD_ID`, it first makes the
//! lookup the real bot makes, as the plainest reqwest code would (one keep-alive client, the
//! body decoded into a struct): the floor for a bot that must call an API once per command.

use std::process::ExitCode;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use serde::Deserialize;

type Error = Box<dyn std::error::Error + Send + Sync>;
type Context<'a> = poise::Context<'a, Option<Lookup>, Error>;

/// Where the command looks its member up, when it does.
struct Lookup {
    http: reqwest::Client,
    url: String,
    key: String,
    guild: String,
}

#[derive(Deserialize)]
struct Envelope {
    data: Account,
}

#[derive(Deserialize)]
struct Account {
    roblox_id: u64,
    roblox_username: String,
}

/// Find who is verified with Technified in this server.
#[poise::command(slash_command, guild_only, subcommands("discord"), subcommand_required)]
async fn lookup(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// The Roblox account linked to a member.
#[poise::command(slash_command, guild_only)]
async fn discord(
    ctx: Context<'_>,
    #[description = "The member to look up"] user: serenity::User,
) -> Result<(), Error> {
    let account = match ctx.data() {
        Some(lookup) => {
            let response = lookup
                .http
                .get(format!("{}/{}", lookup.url, user.id))
                .header("X-API-Key", &lookup.key)
                .header("X-Guild-ID", &lookup.guild)
                .send()
                .await?
                .error_for_status()?;
            response.json::<Envelope>().await?.data
        }
        None => Account {
            roblox_id: 9_000_002,
            roblox_username: "TargetOnRoblox".to_owned(),
        },
    };
    let embed = serenity::CreateEmbed::new()
        .title("✅ Verified")
        .colour(technified_bot::discord::embeds::GREEN)
        .field("Discord", format!("<@{}>", user.id), true)
        .field("Roblox", account.roblox_username, true)
        .field("Roblox ID", account.roblox_id.to_string(), true);
    ctx.send(poise::CreateReply::default().embed(embed).ephemeral(true))
        .await?;
    Ok(())
}

pub fn main() -> ExitCode {
    let (Ok(token), Ok(api_url)) = (
        std::env::var("DISCORD_TOKEN"),
        std::env::var("DISCORD_API_URL"),
    ) else {
        eprintln!("--bare-bot needs DISCORD_TOKEN and DISCORD_API_URL");
        return ExitCode::from(2);
    };
    let api = match (
        std::env::var("BARE_LOOKUP_URL"),
        std::env::var("BARE_API_KEY"),
        std::env::var("BARE_GUILD_ID"),
    ) {
        (Ok(url), Ok(key), Ok(guild)) => Some(Lookup {
            http: reqwest::Client::new(),
            url,
            key,
            guild,
        }),
        _ => None,
    };
    // The bench holds our stdin open; end of input means it is gone.
    std::thread::spawn(|| {
        let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
        std::process::exit(0);
    });
    std::thread::spawn(|| {
        std::thread::sleep(Duration::from_secs(3600));
        std::process::exit(0);
    });
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.block_on(async move {
        let http = serenity::HttpBuilder::new(&token)
            .proxy(api_url)
            .ratelimiter_disabled(true)
            .build();
        let framework = poise::Framework::builder()
            .options(poise::FrameworkOptions {
                commands: vec![lookup()],
                initialize_owners: false,
                ..Default::default()
            })
            .setup(|ctx, _ready, framework| {
                Box::pin(async move {
                    poise::builtins::register_globally(ctx, &framework.options().commands).await?;
                    Ok(api)
                })
            })
            .build();
        let client = serenity::ClientBuilder::new_with_http(http, serenity::GatewayIntents::GUILDS)
            .framework(framework)
            .await;
        match client {
            Ok(mut client) => {
                if let Err(e) = client.start().await {
                    eprintln!("bare bot: {e}");
                }
            }
            Err(e) => eprintln!("bare bot: {e}"),
        }
    });
    ExitCode::SUCCESS
}
