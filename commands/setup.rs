use std::sync::atomic::Ordering;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use crate::discord::{Context, Error, calls, embeds, reply, text};
use crate::retry::policy::{self, Retry};
use crate::technified::ApiKey;

/// How long the "Connect Technified" dialog waits, well inside the 15-minute interaction token.
const MODAL_TIMEOUT: Duration = Duration::from_secs(10 * 60);

/// Connect this server to Technified with its API key.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn setup(ctx: Context<'_>) -> Result<(), Error> {
    // The dialog must be the first answer to the command (nothing slow before it).
    let modal = serenity::CreateQuickModal::new(text::SETUP_MODAL_TITLE)
        .timeout(MODAL_TIMEOUT)
        .field(
            serenity::CreateInputText::new(
                serenity::InputTextStyle::Short,
                text::SETUP_KEY_LABEL,
                "",
            )
            .placeholder(text::SETUP_KEY_PLACEHOLDER)
            .min_length(1)
            .max_length(200)
            .required(true),
        );
    let answer = ctx
        .interaction
        .quick_modal(ctx.serenity_context(), modal)
        .await?;
    ctx.has_sent_initial_response.store(true, Ordering::SeqCst);
    let Some(answer) = answer else {
        return Ok(()); // The admin closed the dialog or let it time out: nothing to do.
    };
    let submit = answer.interaction;
    let typed = answer.inputs.into_iter().next().unwrap_or_default();
    let embed = connect(ctx, &submit, &typed).await;
    // The verdict is shown on the dialog's own interaction, so the admin sees it right there.
    let edit = serenity::EditInteractionResponse::new().embed(embed.clone());
    if submit.edit_response(ctx.http(), edit).await.is_err() {
        let message = serenity::CreateInteractionResponseMessage::new()
            .embed(embed)
            .ephemeral(true);
        submit
            .create_response(
                ctx.http(),
                serenity::CreateInteractionResponse::Message(message),
            )
            .await?;
    }
    Ok(())
}

/// The key setup steps of PRODUCT.md, in order; returns the verdict to show.
async fn connect(
    ctx: Context<'_>,
    submit: &serenity::ModalInteraction,
    typed: &str,
) -> serenity::CreateEmbed {
    let guild = calls::guild_id(ctx);
    // 1 and 2: format and guild, without any network call.
    let key = match ApiKey::parse(typed) {
        Ok(key) => key,
        Err(problem) => return embeds::error(&text::key_malformed(&problem.to_string())),
    };
    if key.guild_id() != guild {
        return embeds::error(&text::key_for_other_server(key.guild_id()));
    }
    // 3: one cheap authenticated read, after deferring (it may take longer than 3 s).
    let thinking = serenity::CreateInteractionResponse::Defer(
        serenity::CreateInteractionResponseMessage::new().ephemeral(true),
    );
    if let Err(e) = submit.create_response(ctx.http(), thinking).await {
        tracing::warn!(error = %e, "could not defer the setup answer");
    }
    let by = ctx.author().id.get();
    let verified = match ctx.data().technified.verify_key(&key).await {
        Ok(()) => true,
        // No answer or a server fault: kept as "not yet verified" and checked again later.
        Err(error) if !matches!(policy::classify(&error), Retry::Never) => false,
        // 401, 403 and the rest: rejected; nothing stored.
        Err(error) => return Error::from(error).embed(),
    };
    // 4 and 5: stored encrypted, replacing any previous key.
    if let Err(e) = ctx
        .data()
        .store
        .put_key(guild, &key, by, verified, reply::unix_now())
        .await
    {
        return Error::from(e).embed();
    }
    tracing::info!(guild_id = guild, by, verified, key = %key.masked(), "API key saved");
    if verified {
        embeds::success(text::CONNECTED_TITLE, &text::connected(&key.masked()))
    } else {
        embeds::working(&text::key_checking())
    }
}
