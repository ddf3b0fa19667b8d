//! The audit line in the server's log channel: one per write, who asked what and how it went.

use poise::serenity_prelude as serenity;

use super::{Context, Error, Lang, server_lang, text};
use crate::store::Store;

/// One audit line per write in the log channel (its case, who, what, result). An unset or unwritable log
/// channel never fails the command itself; `/doctor` reports it. The line is posted in the
/// background: a slow log channel (Discord's rate limit in a raid) must never hold up the
/// member's answer, which Discord wants within 3 s. The line is in the server's language, so
/// `what` is asked for in it.
pub fn audit<T>(
    ctx: Context<'_>,
    case: Option<i64>,
    what: impl FnOnce(Lang) -> String,
    result: &Result<T, Error>,
) {
    let guild = ctx.interaction.guild_id.map_or(0, |g| g.get());
    let lang = server_lang(ctx.cache(), guild);
    let outcome = match result {
        Ok(_) => text::audit_done(lang),
        Err(e) => text::audit_failed(lang, &e.headline(lang, &ctx.data().clock)),
    };
    let line = text::audit_line(lang, ctx.author().id.get(), &what(lang), case, &outcome);
    let http = ctx.serenity_context().http.clone();
    let store = ctx.data().store.clone();
    tokio::spawn(async move { post_audit(&http, &store, guild, &line).await });
}

/// Posts `line` to the server's log channel, if one is set; failures are only logged.
pub async fn post_audit(http: &serenity::Http, store: &Store, guild: u64, line: &str) {
    let Ok(Some(channel)) = store.log_channel(guild).await else {
        return;
    };
    let message = serenity::CreateMessage::new()
        .content(super::embeds::truncate(line, 2000))
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Err(e) = serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await
    {
        tracing::warn!(guild_id = guild, error = %e, "could not write the audit line");
    }
}
