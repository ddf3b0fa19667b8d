//! How an interaction is answered: one ephemeral message per command, sent directly when the
//! answer is quick and deferred when it is not, then edited in place (progress, result, error).
//! When Discord no longer accepts the edit (the 15-minute token is gone), the result goes to the
//! server's log channel with a mention of the member.

use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use super::{Context, Data, Error};
use crate::store::Store;

/// Discord wants a first answer within 3 s; past this the bot defers and edits later.
pub const DEFER_AFTER: Duration = Duration::from_millis(2000);

/// How long a member has to press a button (confirm, page, cancel).
pub const CONFIRM_TIMEOUT: Duration = Duration::from_secs(120);

fn answered(ctx: Context<'_>) -> bool {
    ctx.has_sent_initial_response
        .load(std::sync::atomic::Ordering::SeqCst)
}

/// Shows `embed` (and `components`) as the command's one message, replacing what was there.
pub async fn show(
    ctx: Context<'_>,
    embed: serenity::CreateEmbed,
    components: Vec<serenity::CreateActionRow>,
) -> Result<(), serenity::Error> {
    if !answered(ctx) {
        let reply = poise::CreateReply::default()
            .embed(embed)
            .components(components)
            .ephemeral(true);
        return ctx.send(reply).await.map(drop);
    }
    let edit = serenity::EditInteractionResponse::new()
        .embed(embed.clone())
        .components(components);
    match ctx.interaction.edit_response(ctx.http(), edit).await {
        Ok(_) => Ok(()),
        Err(e) if token_gone(&e) => {
            let guild = ctx.interaction.guild_id.map_or(0, |g| g.get());
            deliver_late(ctx.http(), &ctx.data().store, guild, ctx.author().id, embed).await
        }
        Err(e) => Err(e),
    }
}

/// Discord's answers for an interaction token that expired or was never valid.
pub fn token_gone(error: &serenity::Error) -> bool {
    matches!(
        error,
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response))
            if matches!(response.error.code, 10015 | 50027 | 10062)
    )
}

/// Posts a result the member can no longer see in place to the log channel, mentioning them.
pub async fn deliver_late(
    http: &serenity::Http,
    store: &Store,
    guild_id: u64,
    member: serenity::UserId,
    embed: serenity::CreateEmbed,
) -> Result<(), serenity::Error> {
    let Ok(Some(channel)) = store.log_channel(guild_id).await else {
        tracing::info!(guild_id, "late result dropped: no log channel set");
        return Ok(());
    };
    let message = serenity::CreateMessage::new()
        .content(format!("<@{member}>"))
        .embed(embed)
        .allowed_mentions(serenity::CreateAllowedMentions::new().users([member]));
    serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await
        .map(drop)
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

/// Start of a command: remembers when it began, for the latency in the closing log line.
pub async fn start_command(ctx: poise::Context<'_, Data, Error>) {
    ctx.set_invocation_data(Instant::now()).await;
}

/// End of a command: one log line and one metric per interaction.
pub async fn finish_command(ctx: poise::Context<'_, Data, Error>, outcome: &'static str) {
    let command = ctx.command().qualified_name.clone();
    let latency_ms = ctx
        .invocation_data::<Instant>()
        .await
        .map_or(0, |started| started.elapsed().as_millis() as u64);
    metrics::counter!("commands_total", "command" => command.clone(), "outcome" => outcome)
        .increment(1);
    tracing::info!(
        command = %command,
        guild_id = ctx.guild_id().map_or(0, |g| g.get()),
        user_id = ctx.author().id.get(),
        latency_ms,
        outcome,
        "interaction done"
    );
}

/// Asks the member to confirm with a button. `Ok(true)` only when they pressed the confirm
/// button; no answer within `CONFIRM_TIMEOUT` is an error that changes nothing.
pub async fn confirm(
    ctx: Context<'_>,
    question: serenity::CreateEmbed,
    confirm_label: &str,
) -> Result<bool, Error> {
    let id = ctx.interaction.id;
    let yes = format!("{id}:confirm");
    let no = format!("{id}:cancel");
    let buttons = serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(&yes)
            .label(confirm_label)
            .style(serenity::ButtonStyle::Danger),
        serenity::CreateButton::new(&no)
            .label(super::text::CANCEL)
            .style(serenity::ButtonStyle::Secondary),
    ]);
    show(ctx, question, vec![buttons]).await?;
    let author = ctx.author().id;
    let press = serenity::ComponentInteractionCollector::new(ctx.serenity_context())
        .custom_ids(vec![yes.clone(), no])
        .author_id(author)
        .timeout(CONFIRM_TIMEOUT)
        .await;
    let Some(press) = press else {
        return Err(Error::TimedOut);
    };
    // Acknowledge the click silently; the command then edits its own message.
    press
        .create_response(ctx.http(), serenity::CreateInteractionResponse::Acknowledge)
        .await?;
    Ok(press.data.custom_id == yes)
}

/// One audit line per write in the log channel (who, what, result). An unset or unwritable log
/// channel never fails the command itself; `/doctor` reports it.
pub async fn audit<T>(ctx: Context<'_>, what: &str, result: &Result<T, Error>) {
    let guild = ctx.interaction.guild_id.map_or(0, |g| g.get());
    let outcome = match result {
        Ok(_) => super::text::AUDIT_DONE.to_owned(),
        Err(e) => super::text::audit_failed(&e.headline()),
    };
    let line = super::text::audit_line(ctx.author().id.get(), what, &outcome);
    post_audit(ctx.http(), &ctx.data().store, guild, &line).await;
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

/// Shows `pages` with Previous/Next buttons (when there is more than one) until the member
/// stops paging for `CONFIRM_TIMEOUT`; then the buttons go away.
pub async fn paginate(ctx: Context<'_>, pages: Vec<serenity::CreateEmbed>) -> Result<(), Error> {
    let Some(first) = pages.first().cloned() else {
        return Ok(());
    };
    if pages.len() == 1 {
        return Ok(show(ctx, first, Vec::new()).await?);
    }
    let id = ctx.interaction.id;
    let previous = format!("{id}:previous");
    let next = format!("{id}:next");
    let buttons = |page: usize| {
        vec![serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(&previous)
                .label(super::text::PREVIOUS)
                .style(serenity::ButtonStyle::Secondary)
                .disabled(page == 0),
            serenity::CreateButton::new(&next)
                .label(super::text::NEXT)
                .style(serenity::ButtonStyle::Secondary)
                .disabled(page + 1 == pages.len()),
        ])]
    };
    let mut page = 0;
    show(ctx, first, buttons(page)).await?;
    while let Some(press) = serenity::ComponentInteractionCollector::new(ctx.serenity_context())
        .custom_ids(vec![previous.clone(), next.clone()])
        .author_id(ctx.author().id)
        .timeout(CONFIRM_TIMEOUT)
        .await
    {
        page = if press.data.custom_id == next {
            (page + 1).min(pages.len() - 1)
        } else {
            page.saturating_sub(1)
        };
        let update = serenity::CreateInteractionResponseMessage::new()
            .embed(pages[page].clone())
            .components(buttons(page));
        press
            .create_response(
                ctx.http(),
                serenity::CreateInteractionResponse::UpdateMessage(update),
            )
            .await?;
    }
    Ok(show(ctx, pages[page].clone(), Vec::new()).await?)
}
