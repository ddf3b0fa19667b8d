//! Buttons under a reply: a confirmation, and pages. Every press is checked against the
//! command's permissions when it happens.

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::reply::show;
use super::{Context, Error, member_lang};

/// How long a member has to press a button (confirm, page, cancel).
pub const CONFIRM_TIMEOUT: Duration = Duration::from_secs(120);

/// Asks the member to confirm with a button. `Ok(true)` only when they pressed the confirm
/// button; no answer within `CONFIRM_TIMEOUT` is an error that changes nothing.
pub async fn confirm(
    ctx: Context<'_>,
    question: serenity::CreateEmbed,
    confirm_label: &str,
) -> Result<bool, Error> {
    let lang = member_lang(ctx);
    let id = ctx.interaction.id;
    let yes = format!("{id}:confirm");
    let no = format!("{id}:cancel");
    let buttons = serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(&yes)
            .label(confirm_label)
            .style(serenity::ButtonStyle::Danger),
        serenity::CreateButton::new(&no)
            .label(super::text::cancel(lang))
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

/// Shows `pages` with Previous/Next buttons (when there is more than one) until the member
/// stops paging for `CONFIRM_TIMEOUT`; then the buttons go away.
pub async fn paginate(ctx: Context<'_>, pages: Vec<serenity::CreateEmbed>) -> Result<(), Error> {
    let lang = member_lang(ctx);
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
                .label(super::text::previous(lang))
                .style(serenity::ButtonStyle::Secondary)
                .disabled(page == 0),
            serenity::CreateButton::new(&next)
                .label(super::text::next(lang))
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
