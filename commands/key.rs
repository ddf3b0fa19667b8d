use crate::discord::{Context, Error, buttons, calls, embeds, member_lang, reply, text, views};
use crate::retry::engine::FailureReason;

#[poise::command(
    slash_command,
    guild_only,
    subcommands("status", "remove"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn key(_: Context<'_>) -> Result<(), Error> {
    Err(Error::Outdated)
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn status(ctx: Context<'_>) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let guild = calls::guild_id(ctx);
    let stored = calls::stored_key(ctx).await?;
    let pending = ctx.data().store.pending_count(Some(guild)).await?;
    reply::show(ctx, views::key_status(lang, &stored, pending), Vec::new()).await?;
    Ok(())
}

#[poise::command(slash_command, guild_only, required_permissions = "MANAGE_GUILD")]
async fn remove(ctx: Context<'_>) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let guild = calls::guild_id(ctx);
    let stored = calls::stored_key(ctx).await?;
    let question = embeds::working(&text::key_remove_question(lang, &stored.masked));
    if !buttons::confirm(ctx, question, &text::remove(lang)).await? {
        reply::show(
            ctx,
            embeds::info(&text::kept(lang), &text::key_kept(lang)),
            Vec::new(),
        )
        .await?;
        return Ok(());
    }
    ctx.data().store.delete_key(guild).await?;
    // No key, no sending: the writes waiting for it end now, each reported to its member.
    let ended = ctx
        .data()
        .engine
        .end_pending(guild, FailureReason::KeyRemoved)
        .await?;
    tracing::info!(
        guild_id = guild,
        by = ctx.author().id.get(),
        ended,
        "API key removed"
    );
    reply::show(
        ctx,
        embeds::success(&text::removed(lang), &text::key_removed(lang, ended)),
        Vec::new(),
    )
    .await?;
    Ok(())
}
