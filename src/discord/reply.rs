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
/// After a dialog, that is the dialog's answer (the command's own reply does not exist then).
/// When Discord no longer takes the answer (token expired, or the first answer came too late),
/// the result goes to the log channel with a mention of the member.
pub async fn show(
    ctx: Context<'_>,
    embed: serenity::CreateEmbed,
    components: Vec<serenity::CreateActionRow>,
) -> Result<(), serenity::Error> {
    let shown = match modal_submit(ctx).await {
        Some(submit) => show_on_modal(ctx, &submit, embed.clone(), components).await,
        None if !answered(ctx) => {
            let reply = poise::CreateReply::default()
                .embed(embed.clone())
                .components(components)
                .ephemeral(true);
            ctx.send(reply).await.map(drop)
        }
        None => {
            let edit = serenity::EditInteractionResponse::new()
                .embed(embed.clone())
                .components(components);
            ctx.interaction
                .edit_response(ctx.http(), edit)
                .await
                .map(drop)
        }
    };
    match shown {
        Err(e) if token_gone(&e) => {
            let guild = ctx.interaction.guild_id.map_or(0, |g| g.get());
            deliver_late(ctx.http(), &ctx.data().store, guild, ctx.author().id, embed).await
        }
        other => other,
    }
}

/// Answers the dialog's submit: a new answer, or an edit of the one it already has.
async fn show_on_modal(
    ctx: Context<'_>,
    submit: &serenity::ModalInteraction,
    embed: serenity::CreateEmbed,
    components: Vec<serenity::CreateActionRow>,
) -> Result<(), serenity::Error> {
    let message = serenity::CreateInteractionResponseMessage::new()
        .embed(embed.clone())
        .components(components.clone())
        .ephemeral(true);
    let answer = serenity::CreateInteractionResponse::Message(message);
    match submit.create_response(ctx.http(), answer).await {
        Err(e) if discord_code(&e) == Some(ALREADY_ACKNOWLEDGED) => {
            let edit = serenity::EditInteractionResponse::new()
                .embed(embed)
                .components(components);
            submit.edit_response(ctx.http(), edit).await.map(drop)
        }
        other => other,
    }
}

/// Discord's "Interaction has already been acknowledged".
const ALREADY_ACKNOWLEDGED: isize = 40060;

fn discord_code(error: &serenity::Error) -> Option<isize> {
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

/// What one command invocation remembers.
struct Invocation {
    /// For the latency in the closing log line.
    started: Instant,
    /// The dialog's submit, once the command answered with a dialog: its answers go there.
    modal: Option<serenity::ModalInteraction>,
}

/// Start of a command: remembers when it began, for the latency in the closing log line.
pub async fn start_command(ctx: poise::Context<'_, Data, Error>) {
    ctx.set_invocation_data(Invocation {
        started: Instant::now(),
        modal: None,
    })
    .await;
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

/// End of a command: one log line and one metric per interaction.
pub async fn finish_command(ctx: poise::Context<'_, Data, Error>, outcome: &'static str) {
    // Checks that fail before the command starts leave no start time: latency 0.
    let latency_ms = ctx
        .invocation_data::<Invocation>()
        .await
        .map_or(0, |invocation| {
            invocation.started.elapsed().as_millis() as u64
        });
    record_interaction(
        ctx.command().qualified_name.to_string(),
        ctx.guild_id().map_or(0, |g| g.get()),
        ctx.author().id.get(),
        latency_ms,
        outcome,
    );
}

/// The one log line and `commands_total` count of a finished interaction.
pub fn record_interaction(
    command: String,
    guild_id: u64,
    user_id: u64,
    latency_ms: u64,
    outcome: &'static str,
) {
    tracing::info!(
        command = %command,
        guild_id,
        user_id,
        latency_ms,
        outcome,
        "interaction done"
    );
    metrics::counter!("commands_total", "command" => command, "outcome" => outcome).increment(1);
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
    check_press(ctx, &press).await?;
    // Acknowledge the click silently; the command then edits its own message.
    press
        .create_response(ctx.http(), serenity::CreateInteractionResponse::Acknowledge)
        .await?;
    Ok(press.data.custom_id == yes)
}

/// A button counts only if the presser still holds the command's permissions: an ephemeral
/// reply can be pressed by its owner long after they lost a role. Interactions carry the
/// presser's permissions as Discord computes them. A refused press is acknowledged (Discord
/// shows no failure) and ends the command with the refusal in place of the buttons.
pub async fn check_press(
    ctx: Context<'_>,
    press: &serenity::ComponentInteraction,
) -> Result<(), Error> {
    let held = press
        .member
        .as_ref()
        .and_then(|member| member.permissions)
        .unwrap_or_default();
    let missing = ctx.command().required_permissions - held;
    if missing.is_empty() {
        return Ok(());
    }
    tracing::info!(
        command = %ctx.command().qualified_name,
        user_id = press.user.id.get(),
        %missing,
        "button press refused"
    );
    press
        .create_response(ctx.http(), serenity::CreateInteractionResponse::Acknowledge)
        .await?;
    Err(Error::NotPermitted(missing))
}

/// One audit line per write in the log channel (who, what, result). An unset or unwritable log
/// channel never fails the command itself; `/doctor` reports it. The line is posted in the
/// background: a slow log channel (Discord's rate limit in a raid) must never hold up the
/// member's answer, which Discord wants within 3 s.
pub fn audit<T>(ctx: Context<'_>, what: &str, result: &Result<T, Error>) {
    let guild = ctx.interaction.guild_id.map_or(0, |g| g.get());
    let outcome = match result {
        Ok(_) => super::text::AUDIT_DONE.to_owned(),
        Err(e) => super::text::audit_failed(&e.headline()),
    };
    let line = super::text::audit_line(ctx.author().id.get(), what, &outcome);
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
        check_press(ctx, &press).await?;
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
