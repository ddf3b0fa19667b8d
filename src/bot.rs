//! The poise framework: the command list, the hooks and the one error handler, and the serenity
//! client that runs it. Built here, beside the wiring, so that the Discord layer never reaches
//! up into `commands/` (which imports it).

use poise::serenity_prelude as serenity;

use crate::discord::{Data, Error, ban_sync, invocation, lang, membership, on_error};

/// The framework options: the command list, in every language, and the one error handler.
pub fn framework_options() -> poise::FrameworkOptions<Data, Error> {
    let mut commands = crate::commands::all();
    lang::commands::localise(&mut commands);
    poise::FrameworkOptions {
        commands,
        on_error: |error| Box::pin(on_error::on_error(error)),
        pre_command: |ctx| Box::pin(invocation::start_command(ctx)),
        post_command: |ctx| Box::pin(invocation::finish_command(ctx, "ok")),
        event_handler: |framework, event| {
            Box::pin(async move {
                membership::on_event(event, framework.user_data).await;
                ban_sync::on_event(framework.serenity_context, event, framework.user_data).await;
                Ok(())
            })
        },
        // Owners are not used, and asking Discord for them is one more call at start.
        initialize_owners: false,
        ..Default::default()
    }
}

/// Discord's REST client: to `api_url` when set (a proxy or a test double), with serenity's own
/// rate limiter off there since it would bypass the proxy's.
pub fn http(token: &str, api_url: Option<&str>) -> serenity::Http {
    let mut http = serenity::HttpBuilder::new(token);
    if let Some(url) = api_url {
        http = http.proxy(url).ratelimiter_disabled(true);
    }
    http.build()
}

/// Where slash commands are registered.
#[derive(Debug, Clone, Copy)]
pub enum Registration {
    Global,
    Guild(u64),
}

/// Builds the Discord client: REST to `api_url` when set (a proxy or a test double, with
/// serenity's own rate limiter off since it would bypass the proxy), the gateway from that
/// REST's `GET /gateway`.
/// `on_ready` runs once the gateway is up (the application ID is known then), with the REST
/// client that can answer interactions and the cache of servers.
pub async fn client(
    token: &str,
    api_url: Option<&str>,
    registration: Registration,
    data: Data,
    on_ready: impl FnOnce(serenity::Context) + Send + 'static,
) -> Result<serenity::Client, serenity::Error> {
    // poise wants a shareable setup closure; it runs once, so the callback is taken out.
    let on_ready = std::sync::Mutex::new(Some(on_ready));
    let framework = poise::Framework::builder()
        .options(framework_options())
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                match registration {
                    Registration::Global => {
                        poise::builtins::register_globally(ctx, commands).await?;
                    }
                    Registration::Guild(guild) => {
                        poise::builtins::register_in_guild(ctx, commands, guild.into()).await?;
                    }
                }
                tracing::info!(bot = %ready.user.name, ?registration, "connected; commands registered");
                let on_ready = on_ready.lock().unwrap_or_else(|e| e.into_inner()).take();
                if let Some(on_ready) = on_ready {
                    on_ready(ctx.clone());
                }
                Ok(data)
            })
        })
        .build();
    let http = http(token, api_url);
    if api_url.is_some() {
        // serenity silently falls back to Discord's own gateway when this call fails; with a
        // proxy configured, failing to start is the honest answer.
        http.get_gateway().await?;
    }
    // GUILD_MODERATION: bans and audit-log entries, for ban sync (neither intent is privileged).
    let intents = serenity::GatewayIntents::GUILDS | serenity::GatewayIntents::GUILD_MODERATION;
    serenity::ClientBuilder::new_with_http(http, intents)
        .framework(framework)
        .await
}
