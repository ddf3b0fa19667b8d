use poise::serenity_prelude as serenity;

use crate::discord::{Context, Error, audit, buttons, calls, reply, text, views};

/// This server's pending and recently failed retries, each with a cancel button.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn jobs(ctx: Context<'_>) -> Result<(), Error> {
    let guild = calls::guild_id(ctx);
    let prefix = format!("{}:cancel:", ctx.interaction.id);
    loop {
        let jobs = ctx.data().store.jobs_for_guild(guild, 10).await?;
        let buttons = views::cancel_buttons(&jobs, &prefix);
        let waiting = !buttons.is_empty();
        reply::show(ctx, views::jobs(&jobs), buttons).await?;
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
            let jobs = ctx.data().store.jobs_for_guild(guild, 10).await?;
            reply::show(ctx, views::jobs(&jobs), Vec::new()).await?;
            return Ok(());
        };
        buttons::check_press(ctx, &press).await?;
        press
            .create_response(ctx.http(), serenity::CreateInteractionResponse::Acknowledge)
            .await?;
        let id = press.data.custom_id[prefix.len()..]
            .parse::<i64>()
            .unwrap_or_default();
        let cancelled = ctx.data().engine.cancel(guild, id).await;
        tracing::info!(
            guild_id = guild,
            job = id,
            cancelled,
            by = ctx.author().id.get(),
            "cancel pressed"
        );
        audit::post_audit(
            ctx.http(),
            &ctx.data().store,
            guild,
            &text::audit_line(
                ctx.author().id.get(),
                &text::job_cancel_summary(id),
                None,
                if cancelled {
                    text::AUDIT_DONE
                } else {
                    text::ALREADY_RUNNING
                },
            ),
        )
        .await;
    }
}
