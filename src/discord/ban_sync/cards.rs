//! Ban sync's cards in the log channel: posted with "Ban on Roblox too" (or "Unban on Roblox
//! too") and "Dismiss", stored in the database first so their buttons work after a restart.
//! A press is handled here, from the gateway (not a collector): the presser needs Ban Members
//! and a verified Roblox account, checked when they press; the card then shows the outcome.

use poise::serenity_prelude as serenity;

use super::{outcome, write};
use crate::discord::{Data, Error, Lang, calls, embeds, server_lang, text, views};
use crate::store::{Card, CardAction, CardState, NewCard};

/// Custom IDs of card buttons: `bansync:<card id>:<choice>`.
const PREFIX: &str = "bansync:";
const ACT: &str = "act";
const DISMISS: &str = "dismiss";

fn custom_id(card: i64, choice: &str) -> String {
    format!("{PREFIX}{card}:{choice}")
}

/// The card and the choice a button carries; `None` for any other button.
fn parse(custom_id: &str) -> Option<(i64, &str)> {
    let (card, choice) = custom_id.strip_prefix(PREFIX)?.split_once(':')?;
    Some((card.parse().ok()?, choice))
}

fn title(lang: Lang, action: CardAction) -> String {
    match action {
        CardAction::Ban => text::card_banned_title(lang),
        CardAction::Unban => text::card_unbanned_title(lang),
    }
}

/// Stores `card` and posts it in the log channel with its buttons; `fallback`: `mirror`
/// could not act at once, and the card says why.
pub(super) async fn post(
    lang: Lang,
    http: &serenity::Http,
    data: &Data,
    card: NewCard,
    fallback: bool,
) {
    let guild = card.guild_id;
    let id = match data.store.add_card(&card).await {
        Ok(id) => id,
        Err(e) => {
            tracing::error!(guild_id = guild, error = %e, "ban sync: could not store a card");
            return;
        }
    };
    let unban = card.action == CardAction::Unban;
    let mut lines = vec![text::card_question(lang, unban)];
    if fallback {
        lines.push(text::card_fallback(lang, card.banned_by));
    }
    let act_label = if unban {
        text::card_unban_button(lang)
    } else {
        text::card_ban_button(lang)
    };
    let buttons = serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(custom_id(id, ACT))
            .label(act_label)
            .style(serenity::ButtonStyle::Danger),
        serenity::CreateButton::new(custom_id(id, DISMISS))
            .label(text::card_dismiss_button(lang))
            .style(serenity::ButtonStyle::Secondary),
    ]);
    let embed = views::sync_card(
        lang,
        &card,
        embeds::BLURPLE,
        &title(lang, card.action),
        &lines,
        None,
    );
    let message = serenity::CreateMessage::new()
        .embed(embed)
        .components(vec![buttons])
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    let channel = serenity::ChannelId::new(card.channel_id);
    match channel.send_message(http, message).await {
        Ok(posted) => {
            if let Err(e) = data.store.card_posted(id, posted.id.get()).await {
                tracing::warn!(guild_id = guild, error = %e, "ban sync: could not note a posted card");
            }
        }
        Err(e) => {
            tracing::warn!(guild_id = guild, error = %e, "ban sync: could not post a card")
        }
    }
}

/// A press of a card's button.
pub(super) async fn pressed(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
) {
    let Some((id, choice)) = parse(&press.data.custom_id) else {
        return;
    };
    let Some(guild) = press.guild_id.map(|g| g.get()) else {
        return;
    };
    let http = &ctx.http;
    // Refusals are the presser's alone, in their language; the card is the server's.
    let lang = Lang::of(&press.locale);
    let card_lang = server_lang(&ctx.cache, guild);
    let held = press
        .member
        .as_ref()
        .and_then(|member| member.permissions)
        .unwrap_or_default();
    let needed = serenity::Permissions::BAN_MEMBERS;
    if !held.contains(needed) {
        tracing::info!(
            guild_id = guild,
            user_id = press.user.id.get(),
            "ban sync card press refused"
        );
        refuse(
            http,
            press,
            Error::NotPermitted(needed).embed(lang, &data.clock),
        )
        .await;
        return;
    }
    let card = match data.store.card(guild, id).await {
        Ok(Some(card)) => card,
        Ok(None) => return refuse(http, press, embeds::error(&text::card_closed(lang))).await,
        Err(e) => return refuse(http, press, Error::from(e).embed(lang, &data.clock)).await,
    };
    match data.store.claim_card(id).await {
        Ok(true) => {}
        Ok(false) => return refuse(http, press, embeds::error(&text::card_closed(lang))).await,
        Err(e) => return refuse(http, press, Error::from(e).embed(lang, &data.clock)).await,
    }
    // Acknowledged now: the Technified calls below may take longer than Discord's 3 s.
    let ack = serenity::CreateInteractionResponse::Acknowledge;
    if let Err(e) = press.create_response(http, ack).await {
        tracing::warn!(guild_id = guild, error = %e, "ban sync: could not acknowledge a press");
    }
    let presser = press.user.id.get();
    let shown = match choice {
        ACT => act(http, data, &card, presser, [lang, card_lang]).await,
        _ => dismiss(data, &card, presser, [lang, card_lang]).await,
    };
    match shown {
        Ok(embed) => {
            let edit = serenity::EditMessage::new()
                .embed(embed)
                .components(Vec::new());
            let mut message = press.message.clone();
            if let Err(e) = message.edit(http, edit).await {
                tracing::warn!(guild_id = guild, error = %e, "ban sync: could not update a card");
            }
        }
        Err(refusal) => {
            if let Err(e) = data.store.release_card(id).await {
                tracing::error!(guild_id = guild, error = %e, "ban sync: could not reopen a card");
            }
            let followup = serenity::CreateInteractionResponseFollowup::new()
                .embed(refusal)
                .ephemeral(true);
            if let Err(e) = press.create_followup(http, followup).await {
                tracing::warn!(guild_id = guild, error = %e, "ban sync: could not answer a press");
            }
        }
    }
}

/// Makes the card's Roblox write for `presser`: the card as it is to show now, or, when
/// nothing was made, why (the card stays open), each in its language.
async fn act(
    http: &serenity::Http,
    data: &Data,
    card: &Card,
    presser: u64,
    [lang, card_lang]: [Lang; 2],
) -> Result<serenity::CreateEmbed, serenity::CreateEmbed> {
    let guild = card.new.guild_id;
    let key = match calls::stored_key_of(data, guild).await {
        Ok(stored) => stored.key,
        Err(e) => return Err(e.embed(lang, &data.clock)),
    };
    let roblox = match calls::roblox_account_of(data, guild, &key, presser).await {
        Ok(Some(roblox)) => roblox,
        Ok(None) => return Err(embeds::error(&text::card_refused_no_account(lang))),
        Err(e) => return Err(Error::from(e).embed(lang, &data.clock)),
    };
    let made = write(card_lang, http, data, &card.new, presser, Some(roblox)).await;
    if made.case.is_none() {
        // Not even stored (no key, a full queue): nothing was made.
        if let Err(e) = made.written {
            return Err(e.embed(lang, &data.clock));
        }
    }
    if let Err(e) = data
        .store
        .close_card(card.id, CardState::Done, presser, made.case)
        .await
    {
        tracing::error!(guild_id = guild, error = %e, "ban sync: could not close a card");
    }
    let unban = card.new.action == CardAction::Unban;
    let (colour, line) = outcome(card_lang, &made, presser, unban, &data.clock);
    Ok(views::sync_card(
        card_lang,
        &card.new,
        colour,
        &title(card_lang, card.new.action),
        &[line],
        made.case,
    ))
}

async fn dismiss(
    data: &Data,
    card: &Card,
    presser: u64,
    [lang, card_lang]: [Lang; 2],
) -> Result<serenity::CreateEmbed, serenity::CreateEmbed> {
    data.store
        .close_card(card.id, CardState::Dismissed, presser, None)
        .await
        .map_err(|e| Error::from(e).embed(lang, &data.clock))?;
    let line = text::card_dismissed(card_lang, presser);
    Ok(views::sync_card(
        card_lang,
        &card.new,
        embeds::BLURPLE,
        &title(card_lang, card.new.action),
        &[line],
        None,
    ))
}

/// Answers a refused press with `embed`, seen by the presser only; the card is unchanged.
async fn refuse(
    http: &serenity::Http,
    press: &serenity::ComponentInteraction,
    embed: serenity::CreateEmbed,
) {
    let message = serenity::CreateInteractionResponseMessage::new()
        .embed(embed)
        .ephemeral(true);
    let answer = serenity::CreateInteractionResponse::Message(message);
    if let Err(e) = press.create_response(http, answer).await {
        tracing::warn!(error = %e, "ban sync: could not answer a press");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_ids_carry_the_card() {
        assert_eq!(parse(&custom_id(42, ACT)), Some((42, ACT)));
        assert_eq!(parse(&custom_id(7, DISMISS)), Some((7, DISMISS)));
        assert_eq!(parse("1234:confirm"), None);
        assert_eq!(parse("bansync:x:act"), None);
        assert!(
            custom_id(i64::MAX, DISMISS).len() <= 100,
            "Discord's custom_id limit"
        );
    }
}
