use crate::discord::{Context, Error, buttons, calls, embeds, input, jobs, reply, text, views};
use crate::retry::operation::Operation;
use crate::technified::Punishment;
use crate::technified::model::{Lift, Punish};

/// Roblox bans and mutes through Technified.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("ban_status", "mute_status", "ban", "unban", "mute", "unmute"),
    subcommand_required,
    default_member_permissions = "MODERATE_MEMBERS"
)]
pub async fn roblox(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

/// Whether a Roblox account is banned.
#[poise::command(
    slash_command,
    guild_only,
    rename = "ban-status",
    required_permissions = "BAN_MEMBERS"
)]
async fn ban_status(
    ctx: Context<'_>,
    #[description = "The Roblox user ID"]
    #[min = 1]
    roblox_id: i64,
    #[description = "Also count bans for this place only"]
    #[min = 1]
    place_id: Option<i64>,
) -> Result<(), Error> {
    status(ctx, Punishment::Ban, roblox_id, place_id).await
}

/// Whether a Roblox account is muted.
#[poise::command(
    slash_command,
    guild_only,
    rename = "mute-status",
    required_permissions = "MODERATE_MEMBERS"
)]
async fn mute_status(
    ctx: Context<'_>,
    #[description = "The Roblox user ID"]
    #[min = 1]
    roblox_id: i64,
    #[description = "Also count mutes for this place only"]
    #[min = 1]
    place_id: Option<i64>,
) -> Result<(), Error> {
    status(ctx, Punishment::Mute, roblox_id, place_id).await
}

/// Ban a Roblox account from this server's games.
#[poise::command(slash_command, guild_only, required_permissions = "BAN_MEMBERS")]
async fn ban(
    ctx: Context<'_>,
    #[description = "The Roblox user ID"]
    #[min = 1]
    roblox_id: i64,
    #[description = "Why (shown in the dashboard and logs)"]
    #[max_length = 500]
    reason: String,
    #[description = "How long: 30m, 12h, 7d, 2w, or permanent (the default)"] duration: Option<
        String,
    >,
) -> Result<(), Error> {
    punish(
        ctx,
        Punishment::Ban,
        roblox_id,
        &reason,
        duration.as_deref(),
    )
    .await
}

/// Lift a Roblox ban.
#[poise::command(slash_command, guild_only, required_permissions = "BAN_MEMBERS")]
async fn unban(
    ctx: Context<'_>,
    #[description = "The Roblox user ID"]
    #[min = 1]
    roblox_id: i64,
    #[description = "Why (optional)"]
    #[max_length = 500]
    reason: Option<String>,
) -> Result<(), Error> {
    lift(ctx, Punishment::Ban, roblox_id, reason.as_deref()).await
}

/// Mute a Roblox account in this server's games.
#[poise::command(slash_command, guild_only, required_permissions = "MODERATE_MEMBERS")]
async fn mute(
    ctx: Context<'_>,
    #[description = "The Roblox user ID"]
    #[min = 1]
    roblox_id: i64,
    #[description = "Why (shown in the dashboard and logs)"]
    #[max_length = 500]
    reason: String,
    #[description = "How long: 30m, 12h, 7d, 2w, or permanent (the default)"] duration: Option<
        String,
    >,
) -> Result<(), Error> {
    punish(
        ctx,
        Punishment::Mute,
        roblox_id,
        &reason,
        duration.as_deref(),
    )
    .await
}

/// Lift a Roblox mute.
#[poise::command(slash_command, guild_only, required_permissions = "MODERATE_MEMBERS")]
async fn unmute(
    ctx: Context<'_>,
    #[description = "The Roblox user ID"]
    #[min = 1]
    roblox_id: i64,
    #[description = "Why (optional)"]
    #[max_length = 500]
    reason: Option<String>,
) -> Result<(), Error> {
    lift(ctx, Punishment::Mute, roblox_id, reason.as_deref()).await
}

async fn status(
    ctx: Context<'_>,
    kind: Punishment,
    roblox_id: i64,
    place_id: Option<i64>,
) -> Result<(), Error> {
    let roblox_id = input::positive_id("roblox_id", roblox_id)?;
    let place_id = place_id
        .map(|p| input::positive_id("place_id", p))
        .transpose()?;
    let key = calls::guild_key(ctx).await?;
    let client = &ctx.data().technified;
    let status = calls::read(ctx, &key, || {
        client.punishment_status(&key, kind, roblox_id, place_id, false)
    })
    .await?;
    reply::show(
        ctx,
        views::punishment_status(kind, roblox_id, &status),
        Vec::new(),
    )
    .await?;
    Ok(())
}

async fn punish(
    ctx: Context<'_>,
    kind: Punishment,
    roblox_id: i64,
    reason: &str,
    duration: Option<&str>,
) -> Result<(), Error> {
    let roblox_id = input::positive_id("roblox_id", roblox_id)?;
    let reason = input::reason(reason)?;
    let duration = input::duration(duration)?;
    let key = calls::guild_key(ctx).await?;
    let moderator = calls::moderator_roblox_id(ctx, &key).await?;
    if duration.is_none() && kind == Punishment::Ban {
        let question = embeds::working(&text::permanent_ban_question(roblox_id, &reason));
        if !buttons::confirm(ctx, question, text::BAN_CONFIRM).await? {
            reply::show(
                ctx,
                embeds::info(text::CANCELLED, text::NOTHING_CHANGED),
                Vec::new(),
            )
            .await?;
            return Ok(());
        }
    }
    let request = Punish {
        roblox_id,
        reason,
        moderator_roblox_id: moderator,
        duration,
    };
    jobs::apply(
        ctx,
        match kind {
            Punishment::Ban => Operation::Ban(request),
            Punishment::Mute => Operation::Mute(request),
        },
    )
    .await
}

async fn lift(
    ctx: Context<'_>,
    kind: Punishment,
    roblox_id: i64,
    reason: Option<&str>,
) -> Result<(), Error> {
    let roblox_id = input::positive_id("roblox_id", roblox_id)?;
    let reason = input::optional_reason(reason)?;
    let request = Lift { roblox_id, reason };
    jobs::apply(
        ctx,
        match kind {
            Punishment::Ban => Operation::Unban(request),
            Punishment::Mute => Operation::Unmute(request),
        },
    )
    .await
}
