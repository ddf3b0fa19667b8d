//! The framework's one error handler: every failure a command meets is shown to the member
//! as an embed (`Error::embed` for the command's own errors) and counted like any finished
//! interaction. Every variant of poise's `FrameworkError` is matched here, so a new one in a
//! poise update fails to compile instead of reaching members as plain text.

use poise::FrameworkError;
use poise::serenity_prelude as serenity;

use super::{Data, Error, Lang, embeds, invocation, reply, text, views};

/// The framework's single error handler.
pub async fn on_error(error: FrameworkError<'_, Data, Error>) {
    // The member's language, when a member is waiting.
    let lang = Lang::or_english(error.ctx().and_then(|ctx| ctx.locale()));
    let (ctx, outcome, embed) = match error {
        FrameworkError::Command { error, ctx, .. }
        | FrameworkError::CommandCheckFailed {
            error: Some(error),
            ctx,
            ..
        } => {
            let command = &ctx.command().qualified_name;
            if error.is_internal() {
                tracing::error!(%command, %error, "command failed");
            } else {
                tracing::info!(%command, %error, "command failed");
            }
            let case = invocation::case(ctx).await;
            let embed = error.case_embed(lang, &ctx.data().clock, case);
            (ctx, error.outcome(), embed)
        }
        FrameworkError::CommandPanic { ctx, payload, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, panic = ?payload, "command panicked");
            (
                ctx,
                "internal_error",
                embeds::error(&text::unexpected(lang)),
            )
        }
        FrameworkError::ArgumentParse {
            error, input, ctx, ..
        } => {
            tracing::info!(command = %ctx.command().qualified_name, %error, ?input, "an option could not be read");
            (ctx, "failed", embeds::error(&text::option_unreadable(lang)))
        }
        FrameworkError::CommandStructureMismatch {
            description, ctx, ..
        } => {
            tracing::warn!(command = %ctx.command().qualified_name, description, "the command arrived in an outdated shape");
            (
                ctx.into(),
                "failed",
                Error::Outdated.embed(lang, &ctx.data().clock),
            )
        }
        // Raised for prefix commands only; a slash group without its subcommand is
        // `Error::Outdated` from the group's own function.
        FrameworkError::SubcommandRequired { ctx } => (
            ctx,
            "failed",
            Error::Outdated.embed(lang, &ctx.data().clock),
        ),
        FrameworkError::MissingUserPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            let names = missing_permissions.map_or_else(
                || vec![text::required(lang)],
                |missing| views::permission_names(lang, missing),
            );
            let notice = text::missing_permission(lang, &names);
            (ctx, "refused", embeds::error(&notice))
        }
        FrameworkError::MissingBotPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            let notice = text::bot_missing_permission(
                lang,
                &views::permission_names(lang, missing_permissions),
                &text::this_channel(lang),
            );
            (ctx, "refused", embeds::error(&notice))
        }
        FrameworkError::PermissionFetchFailed { ctx, .. } => (
            ctx,
            "refused",
            embeds::error(&text::permissions_unknown(lang)),
        ),
        FrameworkError::GuildOnly { ctx, .. } => {
            (ctx, "refused", embeds::error(&text::guild_only(lang)))
        }
        FrameworkError::CooldownHit {
            remaining_cooldown,
            ctx,
            ..
        } => {
            let notice = text::cooldown(lang, ctx.data().clock.unix_in(remaining_cooldown));
            (ctx, "refused", embeds::error(&notice))
        }
        // No command is owners-only, DM-only, NSFW-only or has checks; should one ever be,
        // the member still learns that it is not for them here.
        FrameworkError::NotAnOwner { ctx, .. }
        | FrameworkError::DmOnly { ctx, .. }
        | FrameworkError::NsfwOnly { ctx, .. }
        | FrameworkError::CommandCheckFailed {
            error: None, ctx, ..
        } => (ctx, "refused", embeds::error(&text::not_here(lang))),
        FrameworkError::UnknownInteraction {
            interaction,
            framework,
            ..
        } => {
            return unknown_command(&framework.serenity_context.http, interaction).await;
        }
        // No member is waiting on these: start-up and event errors, and prefix commands (off).
        FrameworkError::Setup { error, .. } => {
            return tracing::error!(%error, "start-up failed");
        }
        FrameworkError::EventHandler { error, .. }
        | FrameworkError::DynamicPrefix { error, .. }
        | FrameworkError::NonCommandMessage { error, .. } => {
            return tracing::error!(%error, "an event could not be handled");
        }
        FrameworkError::UnknownCommand { .. } => return,
        FrameworkError::__NonExhaustive(never) => match never {},
    };
    invocation::finish_command(ctx, outcome).await;
    show(ctx, embed).await;
}

/// A command this version does not have (a client with an outdated list, or one dropped).
async fn unknown_command(http: &serenity::Http, interaction: &serenity::CommandInteraction) {
    let lang = Lang::of(&interaction.locale);
    let command = interaction.data.name.clone();
    tracing::warn!(%command, "an unknown command was used");
    invocation::record_interaction(
        command,
        interaction.guild_id.map_or(0, |g| g.get()),
        interaction.user.id.get(),
        0,
        "failed",
    );
    let answer = if interaction.data.autocomplete().is_some() {
        serenity::CreateInteractionResponse::Autocomplete(
            serenity::CreateAutocompleteResponse::new(),
        )
    } else {
        let message = serenity::CreateInteractionResponseMessage::new()
            .embed(embeds::error(&text::command_outdated(lang)))
            .ephemeral(true);
        serenity::CreateInteractionResponse::Message(message)
    };
    if let Err(e) = interaction.create_response(http, answer).await {
        tracing::warn!(error = %e, "could not show an error to the member");
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
