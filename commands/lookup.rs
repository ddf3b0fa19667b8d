use poise::serenity_prelude as serenity;

use crate::discord::calls::Seen;
use crate::discord::{Context, Error, calls, input, member_lang, reply, views};

#[poise::command(
    slash_command,
    guild_only,
    subcommands("discord", "roblox", "batch"),
    subcommand_required
)]
pub async fn lookup(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(slash_command, guild_only)]
async fn discord(ctx: Context<'_>, user: serenity::User) -> Result<(), Error> {
    let lang = member_lang(ctx);
    calls::spend_lookup(ctx).await?;
    let key = calls::guild_key(ctx).await?;
    let link = calls::read(ctx, &key, || {
        ctx.data().technified.lookup_discord(&key, user.id.get())
    })
    .await;
    calls::seen(ctx, &link, Seen::DiscordUnlinked(user.id.get()));
    let link = link?;
    reply::show(ctx, views::link(lang, &link), Vec::new()).await?;
    Ok(())
}

#[poise::command(slash_command, guild_only)]
async fn roblox(ctx: Context<'_>, #[min = 1] roblox_id: i64) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let roblox_id = input::positive_id(lang, "roblox_id", roblox_id)?;
    calls::spend_lookup(ctx).await?;
    let key = calls::guild_key(ctx).await?;
    let link = calls::read(ctx, &key, || {
        ctx.data().technified.lookup_roblox(&key, roblox_id)
    })
    .await;
    calls::seen(ctx, &link, Seen::RobloxUnlinked(roblox_id));
    let link = link?;
    reply::show(ctx, views::link(lang, &link), Vec::new()).await?;
    Ok(())
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn batch(ctx: Context<'_>, users: String) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let ids = input::user_list(lang, &users)?;
    let key = calls::guild_key(ctx).await?;
    let results = calls::read(ctx, &key, || ctx.data().technified.lookup_batch(&key, &ids)).await?;
    reply::show(ctx, views::batch(lang, &results), Vec::new()).await?;
    Ok(())
}
