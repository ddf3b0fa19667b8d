//! The framework's one error handler: every failure a command meets is shown to the member
//! as the embed `Error::embed` makes, and counted like any finished interaction.

use poise::serenity_prelude as serenity;

use super::{Data, Error, embeds, reply, text};

/// The framework's single error handler.
pub async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            if error.is_internal() {
                tracing::error!(command = %ctx.command().qualified_name, error = %error, "command failed");
            } else {
                tracing::info!(command = %ctx.command().qualified_name, error = %error, "command failed");
            }
            let outcome = if error.is_internal() {
                "internal_error"
            } else {
                "failed"
            };
            reply::finish_command(ctx, outcome).await;
            show(ctx, error.embed()).await;
        }
        poise::FrameworkError::MissingUserPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            let names = missing_permissions
                .map_or_else(|| text::REQUIRED.to_owned(), text::permission_names);
            reply::finish_command(ctx, "refused").await;
            show(ctx, embeds::error(&text::missing_permission(&names))).await;
        }
        poise::FrameworkError::GuildOnly { ctx, .. } => {
            reply::finish_command(ctx, "refused").await;
            show(ctx, embeds::error(&text::guild_only())).await;
        }
        poise::FrameworkError::CommandPanic { ctx, payload, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, panic = ?payload, "command panicked");
            reply::finish_command(ctx, "internal_error").await;
            show(ctx, embeds::error(&text::unexpected())).await;
        }
        other => {
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::error!(error = %e, "could not handle a framework error");
            }
        }
    }
}

/// Shows `embed` as the command's answer, replacing whatever the member saw before. An
/// autocomplete request cannot show an embed: it gets no choices instead of no answer.
async fn show(ctx: poise::Context<'_, Data, Error>, embed: serenity::CreateEmbed) {
    let poise::Context::Application(ctx) = ctx else {
        return;
    };
    let shown = if ctx.interaction_type == poise::CommandInteractionType::Autocomplete {
        let none = serenity::CreateInteractionResponse::Autocomplete(
            serenity::CreateAutocompleteResponse::new(),
        );
        ctx.interaction.create_response(ctx.http(), none).await
    } else {
        reply::show(ctx, embed, Vec::new()).await
    };
    if let Err(e) = shown {
        tracing::warn!(error = %e, "could not show an error to the member");
    }
}
