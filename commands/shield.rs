use crate::discord::{Context, Error, calls, input, member_lang, reply, views};

#[poise::command(
    slash_command,
    guild_only,
    subcommands("check"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn shield(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn check(ctx: Context<'_>, #[min = 1] roblox_id: i64) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let roblox_id = input::positive_id(lang, "roblox_id", roblox_id)?;
    let key = calls::guild_key(ctx).await?;
    // Shield is suspended upstream: any failure means "offline" at once, never a retry.
    let result = reply::quick_or_defer(ctx, ctx.data().technified.shield_check(&key, roblox_id))
        .await
        .map_err(Error::ShieldOffline)?;
    reply::show(ctx, views::shield(lang, roblox_id, &result), Vec::new()).await?;
    Ok(())
}
