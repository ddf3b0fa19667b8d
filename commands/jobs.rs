use poise::serenity_prelude as serenity;

use crate::discord::views::CancelTarget;
use crate::discord::{
    Context, Error, audit, buttons, calls, member_lang, reply, server_lang, text, views,
};
use crate::store::{BulkCounts, BulkRun};

// Pending and recently failed writes, each with a cancel button; a bulk run still going is one
// line, cancelled as one.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn jobs(ctx: Context<'_>) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let guild = calls::guild_id(ctx);
    let prefix = format!("{}:cancel:", ctx.interaction.id);
    loop {
        let runs = bulk_runs(ctx, guild).await?;
        let jobs = ctx.data().store.jobs_for_guild(guild, 10).await?;
        let buttons = views::cancel_buttons(lang, &runs, &jobs, &prefix);
        let waiting = !buttons.is_empty();
        reply::show(ctx, views::jobs(lang, &runs, &jobs), buttons).await?;
        if !waiting {
            return Ok(());
        }
        let press = serenity::ComponentInteractionCollector::new(ctx.serenity_context())
            .filter({
                let prefix = prefix.clone();
                move |press| press.data.custom_id.starts_with(&prefix)
            })
            .author_id(ctx.author().id)
            .timeout(buttons::CONFIRM_TIMEOUT)
            .await;
        let Some(press) = press else {
            // Nobody pressed anything: leave the list, without buttons that would do nothing.
            let runs = bulk_runs(ctx, guild).await?;
            let jobs = ctx.data().store.jobs_for_guild(guild, 10).await?;
            reply::show(ctx, views::jobs(lang, &runs, &jobs), Vec::new()).await?;
            return Ok(());
        };
        buttons::check_press(ctx, &press).await?;
        press
            .create_response(ctx.http(), serenity::CreateInteractionResponse::Acknowledge)
            .await?;
        let engine = &ctx.data().engine;
        // Said in the audit line: the server's language.
        let audit_lang = server_lang(ctx.cache(), guild);
        let (summary, cancelled) = match views::cancel_target(&press.data.custom_id[prefix.len()..])
        {
            Some(CancelTarget::Job(id)) => (
                text::job_cancel_summary(audit_lang, id),
                engine.cancel(guild, id).await,
            ),
            Some(CancelTarget::Run(id)) => match engine.cancel_bulk(guild, id).await {
                Some(count) => (text::bulk_cancel_summary(audit_lang, id, count), true),
                None => (text::bulk_cancel_summary(audit_lang, id, 0), false),
            },
            None => continue,
        };
        tracing::info!(
            guild_id = guild,
            cancelled,
            by = ctx.author().id.get(),
            "cancel pressed"
        );
        let outcome = if cancelled {
            text::audit_done(audit_lang)
        } else {
            text::already_running(audit_lang)
        };
        let line = text::audit_line(audit_lang, ctx.author().id.get(), &summary, None, &outcome);
        audit::post_audit(ctx.http(), &ctx.data().store, guild, &line).await;
    }
}

/// The server's bulk runs still going, with how far each has got.
async fn bulk_runs(ctx: Context<'_>, guild: u64) -> Result<Vec<(BulkRun, BulkCounts)>, Error> {
    let store = &ctx.data().store;
    let mut runs = Vec::new();
    for run in store.open_bulk_runs_of(guild).await? {
        let counts = store.bulk_counts(run.id).await?;
        runs.push((run, counts));
    }
    Ok(runs)
}
