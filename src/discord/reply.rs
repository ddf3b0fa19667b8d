//! How an interaction is answered: one ephemeral message per command, sent directly when the
//! answer is quick and deferred when it is not, then edited in place (progress, result, error).
//! When Discord no longer accepts the edit (the 15-minute token is gone), the result goes to the
//! server's log channel with a mention of the member.

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::Context;
use super::invocation::Invocation;
use crate::store::Store;

/// Discord wants a first answer within 3 s; past this the bot defers and edits later.
pub const DEFER_AFTER: Duration = Duration::from_millis(2000);

fn answered(ctx: Context<'_>) -> bool {
    ctx.has_sent_initial_response
        .load(std::sync::atomic::Ordering::SeqCst)
}

/// Shows `embed` (and `components`) as the command's one message, replacing what was there.
/// After a dialog, that is the dialog's answer (the command's own reply does not exist then).
/// When Discord no longer takes the answer (token expired, or the first answer came too late),
/// the result goes to the log channel with a mention of the member.
pub async fn show(
    ctx: Context<'_>,
    embed: serenity::CreateEmbed,
    components: Vec<serenity::CreateActionRow>,
) -> Result<(), serenity::Error> {
    answer(ctx, None, Some(embed), components).await
}

/// Shows `line` as the message's text above its embed, and `embed` in place of the one shown
/// (`None` keeps it). A later edit of the embed alone, such as a queued write's late result,
/// leaves the line in place. Mentions in the line do not ping.
pub async fn show_line(
    ctx: Context<'_>,
    line: &str,
    embed: Option<serenity::CreateEmbed>,
) -> Result<(), serenity::Error> {
    answer(ctx, Some(line), embed, Vec::new()).await
}

async fn answer(
    ctx: Context<'_>,
    line: Option<&str>,
    embed: Option<serenity::CreateEmbed>,
    components: Vec<serenity::CreateActionRow>,
) -> Result<(), serenity::Error> {
    let quiet = serenity::CreateAllowedMentions::new;
    let shown = match modal_submit(ctx).await {
        Some(submit) => show_on_modal(ctx, &submit, line, embed.clone(), components).await,
        None if !answered(ctx) => {
            let mut reply = poise::CreateReply::default()
                .components(components)
                .ephemeral(true);
            if let Some(line) = line {
                reply = reply.content(line).allowed_mentions(quiet());
            }
            if let Some(embed) = embed.clone() {
                reply = reply.embed(embed);
            }
            ctx.send(reply).await.map(drop)
        }
        None => {
            let mut edit = serenity::EditInteractionResponse::new().components(components);
            if let Some(line) = line {
                edit = edit.content(line).allowed_mentions(quiet());
            }
            if let Some(embed) = embed.clone() {
                edit = edit.embed(embed);
            }
            ctx.interaction
                .edit_response(ctx.http(), edit)
                .await
                .map(drop)
        }
    };
    match shown {
        Err(e) if token_gone(&e) => {
            let guild = ctx.interaction.guild_id.map_or(0, |g| g.get());
            let store = &ctx.data().store;
            post_late(ctx.http(), store, guild, ctx.author().id, line, embed, None)
                .await
                .map(drop)
        }
        other => other,
    }
}

/// Answers the dialog's submit: a new answer, or an edit of the one it already has.
async fn show_on_modal(
    ctx: Context<'_>,
    submit: &serenity::ModalInteraction,
    line: Option<&str>,
    embed: Option<serenity::CreateEmbed>,
    components: Vec<serenity::CreateActionRow>,
) -> Result<(), serenity::Error> {
    let mut message = serenity::CreateInteractionResponseMessage::new()
        .components(components.clone())
        .ephemeral(true);
    let mut edit = serenity::EditInteractionResponse::new().components(components);
    if let Some(line) = line {
        let quiet = serenity::CreateAllowedMentions::new;
        message = message.content(line).allowed_mentions(quiet());
        edit = edit.content(line).allowed_mentions(quiet());
    }
    if let Some(embed) = embed {
        message = message.embed(embed.clone());
        edit = edit.embed(embed);
    }
    let answer = serenity::CreateInteractionResponse::Message(message);
    match submit.create_response(ctx.http(), answer).await {
        Err(e) if discord_code(&e) == Some(ALREADY_ACKNOWLEDGED) => {
            submit.edit_response(ctx.http(), edit).await.map(drop)
        }
        other => other,
    }
}

/// Discord's "Interaction has already been acknowledged".
const ALREADY_ACKNOWLEDGED: isize = 40060;

/// Discord's JSON error code of a failed request, when Discord answered with one.
pub fn discord_code(error: &serenity::Error) -> Option<isize> {
    match error {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)) => {
            Some(response.error.code)
        }
        _ => None,
    }
}

/// Discord's answers for an interaction token that expired or was never valid.
pub fn token_gone(error: &serenity::Error) -> bool {
    matches!(discord_code(error), Some(10015 | 50027 | 10062))
}

/// Posts a result the member can no longer see in place to the log channel, mentioning them.
pub async fn deliver_late(
    http: &serenity::Http,
    store: &Store,
    guild_id: u64,
    member: serenity::UserId,
    embed: serenity::CreateEmbed,
) -> Result<(), serenity::Error> {
    post_late(http, store, guild_id, member, None, Some(embed), None)
        .await
        .map(drop)
}

/// Posts to the log channel, mentioning `member`: the reply's text `line` after the mention,
/// if it has one, its `embed` and a `file`. Returns the message's id, or `None` when the
/// server has no log channel.
pub async fn post_late(
    http: &serenity::Http,
    store: &Store,
    guild_id: u64,
    member: serenity::UserId,
    line: Option<&str>,
    embed: Option<serenity::CreateEmbed>,
    file: Option<serenity::CreateAttachment>,
) -> Result<Option<u64>, serenity::Error> {
    let Ok(Some(channel)) = store.log_channel(guild_id).await else {
        tracing::info!(guild_id, "late result dropped: no log channel set");
        return Ok(None);
    };
    let content = match line {
        Some(line) => format!("<@{member}> {line}"),
        None => format!("<@{member}>"),
    };
    let mut message = serenity::CreateMessage::new()
        .content(content)
        .allowed_mentions(serenity::CreateAllowedMentions::new().users([member]));
    if let Some(embed) = embed {
        message = message.embed(embed);
    }
    if let Some(file) = file {
        message = message.add_file(file);
    }
    let posted = serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await?;
    Ok(Some(posted.id.get()))
}

/// Waits for `call`; if it takes longer than Discord's first-answer window allows, defers the
/// reply first so the member sees "thinking" instead of "the application did not respond".
pub async fn quick_or_defer<T>(ctx: Context<'_>, call: impl Future<Output = T>) -> T {
    if answered(ctx) {
        return call.await;
    }
    let call = std::pin::pin!(call);
    let deadline = tokio::time::sleep(DEFER_AFTER);
    tokio::pin!(deadline);
    let mut call = call;
    tokio::select! {
        result = &mut call => result,
        () = &mut deadline => {
            if let Err(e) = ctx.defer_ephemeral().await {
                tracing::warn!(error = %e, "could not defer the reply");
            }
            call.await
        }
    }
}

/// From now on the command answers on the dialog's submit (`show`, errors included).
pub async fn answer_on_modal(ctx: Context<'_>, submit: &serenity::ModalInteraction) {
    if let Some(mut invocation) = ctx.invocation_data::<Invocation>().await {
        invocation.modal = Some(submit.clone());
    }
}

async fn modal_submit(ctx: Context<'_>) -> Option<serenity::ModalInteraction> {
    ctx.invocation_data::<Invocation>()
        .await
        .and_then(|invocation| invocation.modal.clone())
}
