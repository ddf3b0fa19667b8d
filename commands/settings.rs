use poise::serenity_prelude as serenity;

use crate::discord::{Context, Error, calls, embeds, errors, member_lang, text, views};
use crate::store::BanSyncMode;

#[poise::command(
    slash_command,
    guild_only,
    subcommands("log_channel", "ban_sync"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn settings(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(
    slash_command,
    guild_only,
    rename = "log-channel",
    required_permissions = "MANAGE_GUILD"
)]
async fn log_channel(
    ctx: Context<'_>,
    #[channel_types("Text")] channel: serenity::GuildChannel,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    // Posting the test line is the permission check: Discord answers 50013/50001 when the bot
    // cannot; the cached server then tells which permissions are missing.
    let test_line = serenity::CreateMessage::new()
        .embed(embeds::info(
            &text::log_channel_test_title(lang),
            &text::log_channel_test(lang, ctx.author().id.get()),
        ))
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Err(e) = channel.id.send_message(ctx.http(), test_line).await {
        if !errors::permission_refused(&e) {
            return Err(e.into());
        }
        let missing = calls::missing_in_channel(ctx, channel.id.get())
            .filter(|missing| !missing.is_empty())
            .unwrap_or(calls::LOG_CHANNEL_NEEDS);
        return Err(Error::BotLacks {
            channel: channel.id.get(),
            missing,
        });
    }
    ctx.data()
        .store
        .set_log_channel(calls::guild_id(ctx), Some(channel.id.get()))
        .await?;
    crate::discord::reply::show(
        ctx,
        embeds::success(
            &text::saved(lang),
            &text::log_channel_set(lang, channel.id.get()),
        ),
        Vec::new(),
    )
    .await?;
    Ok(())
}

/// What ban sync does, as the command offers it.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
enum Mode {
    #[name = "off"]
    Off,
    #[name = "ask"]
    Ask,
    #[name = "mirror"]
    Mirror,
}

#[poise::command(
    slash_command,
    guild_only,
    rename = "ban-sync",
    required_permissions = "MANAGE_GUILD"
)]
async fn ban_sync(ctx: Context<'_>, mode: Mode) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let mode = match mode {
        Mode::Off => BanSyncMode::Off,
        Mode::Ask => BanSyncMode::Ask,
        Mode::Mirror => BanSyncMode::Mirror,
    };
    let store = &ctx.data().store;
    let guild = calls::guild_id(ctx);
    // Cards and notes go to the log channel: without one, ask and mirror would act unseen.
    if mode != BanSyncMode::Off && store.log_channel(guild).await?.is_none() {
        return Err(Error::invalid(text::ban_sync_needs_log_channel(lang)));
    }
    store.set_ban_sync(guild, mode).await?;
    crate::discord::reply::show(
        ctx,
        embeds::success(
            &text::ban_sync_saved(lang),
            &views::ban_sync_set(lang, mode),
        ),
        Vec::new(),
    )
    .await?;
    Ok(())
}
