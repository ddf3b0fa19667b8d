//! Ban sync (`/settings ban-sync`): a Discord ban or unban of a verified member, seen on the
//! gateway (GUILD_BAN_ADD/REMOVE, with who and why from the audit log), becomes a Roblox ban
//! or unban, at once (`mirror`) or when staff press a card's button (`ask`, `cards.rs`). What
//! to do is decided in `decide.rs`; wording is in `text`; cards are stored in the database.

mod cards;
mod decide;

use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::model::guild::audit_log::{Action, MemberAction};

use super::caches::AuditEntry;
use super::writes::{self, Made, Request, Written};
use super::{Data, Lang, audit, calls, embeds, server_lang, text, views};
use crate::clock::Clock;
use crate::retry::operation::Operation;
use crate::store::{BanSyncMode, CardAction, CaseSource, NewCard};
use crate::technified::model::Link;
use crate::technified::{ApiKey, Lift, Punish};
use decide::{Executor, Step, decide};

/// How long a ban event waits for its audit-log entry on the gateway before reading the audit
/// log itself: Discord sends the two in no set order, and the entry not at all to a bot that
/// may not view the audit log.
const AUDIT_WAIT: Duration = Duration::from_secs(2);

/// An audit-log entry read over REST counts for a ban only if it is this recent: an older one
/// is an earlier ban of the same user.
const AUDIT_ENTRY_FRESH: Duration = Duration::from_secs(60);

/// The gateway events of ban sync. Failures are logged here: there is nobody to answer.
pub async fn on_event(ctx: &serenity::Context, event: &serenity::FullEvent, data: &Data) {
    if let Some(guild) = moderation_event_guild(event) {
        data.moderation_seen.saw(guild, data.clock.unix_secs());
    }
    match event {
        serenity::FullEvent::GuildAuditLogEntryCreate { entry, guild_id } => {
            noted(data, guild_id.get(), entry);
        }
        serenity::FullEvent::GuildBanAddition {
            guild_id,
            banned_user,
        } => {
            handled(
                ctx,
                data,
                guild_id.get(),
                banned_user.id.get(),
                CardAction::Ban,
            )
            .await
        }
        serenity::FullEvent::GuildBanRemoval {
            guild_id,
            unbanned_user,
        } => {
            let user = unbanned_user.id.get();
            handled(ctx, data, guild_id.get(), user, CardAction::Unban).await;
        }
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(press),
        } => cards::pressed(ctx, data, press).await,
        _ => {}
    }
}

/// The server of a GUILD_MODERATION intent's event (a ban, an unban, an audit-log entry).
fn moderation_event_guild(event: &serenity::FullEvent) -> Option<u64> {
    match event {
        serenity::FullEvent::GuildAuditLogEntryCreate { guild_id, .. }
        | serenity::FullEvent::GuildBanAddition { guild_id, .. }
        | serenity::FullEvent::GuildBanRemoval { guild_id, .. } => Some(guild_id.get()),
        _ => None,
    }
}

fn audit_action(action: CardAction) -> Action {
    Action::Member(match action {
        CardAction::Ban => MemberAction::BanAdd,
        CardAction::Unban => MemberAction::BanRemove,
    })
}

/// Keeps a ban or unban entry of the audit log for its ban event.
fn noted(data: &Data, guild: u64, entry: &serenity::AuditLogEntry) {
    let kind = entry.action.num();
    let ours = [CardAction::Ban, CardAction::Unban].map(|a| audit_action(a).num());
    if !ours.contains(&kind) {
        return;
    }
    let Some(target) = entry.target_id else {
        return;
    };
    let found = AuditEntry {
        executor: entry.user_id.get(),
        reason: entry.reason.clone(),
    };
    data.audit_entries
        .arrived((guild, target.get(), kind), found);
}

/// Handles one Discord ban or unban of `user` in server `guild`, and logs what it did.
async fn handled(ctx: &serenity::Context, data: &Data, guild: u64, user: u64, action: CardAction) {
    // Everything ban sync posts goes to the log channel: the server's language.
    let lang = server_lang(&ctx.cache, guild);
    let done = synced(lang, ctx, data, guild, user, action).await;
    tracing::debug!(
        guild_id = guild,
        user_id = user,
        action = action.as_str(),
        done,
        "ban sync handled a Discord ban event"
    );
}

/// Does what ban sync does about one Discord ban or unban; says what that was.
async fn synced(
    lang: Lang,
    ctx: &serenity::Context,
    data: &Data,
    guild: u64,
    user: u64,
    action: CardAction,
) -> &'static str {
    let mode = match data.store.ban_sync(guild).await {
        Ok(mode) => mode,
        Err(e) => {
            tracing::error!(guild_id = guild, error = %e, "ban sync: could not read the mode");
            return "store error";
        }
    };
    if mode == BanSyncMode::Off {
        return "off";
    }
    let Ok(Some(channel)) = data.store.log_channel(guild).await else {
        tracing::warn!(
            guild_id = guild,
            "ban sync is on but the server has no log channel"
        );
        return "no log channel";
    };
    let http = &ctx.http;
    let key = match calls::stored_key_of(data, guild).await {
        Ok(stored) => stored.key,
        Err(e) => {
            tracing::warn!(guild_id = guild, error = %e.headline(Lang::english(), &data.clock), "ban sync: no usable key");
            return "no key";
        }
    };
    let link = match data.technified.lookup_discord(&key, user).await {
        Ok(link) => link,
        Err(e) if e.status() == Some(404) => {
            if action == CardAction::Ban {
                let note = embeds::info(
                    &text::unverified_ban_title(lang),
                    &text::unverified_ban(lang, user),
                );
                post(http, guild, channel, note).await;
            }
            return "member not verified";
        }
        Err(e) => {
            let why = super::Error::from(e).headline(lang, &data.clock);
            let body = text::sync_lookup_failed(lang, user, &why);
            post(
                http,
                guild,
                channel,
                embeds::info(&text::sync_lookup_failed_title(lang), &body),
            )
            .await;
            return "lookup failed";
        }
    };
    let roblox_ban = match data.store.open_roblox_ban(guild, link.roblox_id).await {
        Ok(source) => source,
        Err(e) => {
            tracing::error!(guild_id = guild, error = %e, "ban sync: could not read the cases");
            return "store error";
        }
    };
    let entry = who(http, data, guild, user, action).await;
    let bot = ctx.cache.current_user().id.get();
    let executor = match &entry {
        None => Executor::Unknown,
        Some(entry) if entry.executor == bot => Executor::Bot,
        Some(entry) => Executor::Member {
            id: entry.executor,
            roblox: match (mode, action) {
                (BanSyncMode::Mirror, CardAction::Ban) => {
                    moderator_account(data, guild, &key, entry.executor).await
                }
                _ => None,
            },
        },
    };
    let card = NewCard {
        guild_id: guild,
        action,
        discord_id: user,
        roblox_id: link.roblox_id,
        roblox_name: link.roblox_username.clone(),
        banned_by: entry.as_ref().map(|e| e.executor),
        reason: entry.and_then(|e| e.reason),
        channel_id: channel,
        created_at_ms: data.clock.now_ms(),
    };
    match decide(mode, action, executor, roblox_ban, bot) {
        Step::Nothing(why) => why,
        Step::Ask { fallback } => {
            cards::post(lang, http, data, card, fallback).await;
            "asked"
        }
        Step::Mirror { moderator, roblox } => {
            mirror(lang, http, data, &link, card, moderator, roblox).await;
            "mirrored"
        }
    }
}

/// Who banned (or unbanned) and why: the audit-log entry from the gateway, waited for a
/// little, else read from the audit log. `None` when the bot may not view it, or it has none.
async fn who(
    http: &serenity::Http,
    data: &Data,
    guild: u64,
    user: u64,
    action: CardAction,
) -> Option<AuditEntry> {
    let kind = audit_action(action);
    let waited = data
        .audit_entries
        .take((guild, user, kind.num()), AUDIT_WAIT);
    if let Some(entry) = waited.await {
        return Some(entry);
    }
    let guild_id = serenity::GuildId::new(guild);
    let logs = match guild_id
        .audit_logs(http, Some(kind), None, None, Some(10))
        .await
    {
        Ok(logs) => logs,
        Err(e) => {
            tracing::info!(guild_id = guild, error = %e, "ban sync: the audit log could not be read; the moderator is unknown");
            return None;
        }
    };
    let fresh_since = data.clock.unix_secs() - AUDIT_ENTRY_FRESH.as_secs() as i64;
    logs.entries
        .into_iter()
        .find(|e| {
            e.target_id.map(|t| t.get()) == Some(user)
                && e.id.created_at().unix_timestamp() >= fresh_since
        })
        .map(|e| AuditEntry {
            executor: e.user_id.get(),
            reason: e.reason,
        })
}

/// The Discord moderator's Roblox account; `None` when not verified, or when Technified
/// cannot tell now (then `mirror` asks instead).
async fn moderator_account(data: &Data, guild: u64, key: &ApiKey, moderator: u64) -> Option<u64> {
    match calls::roblox_account_of(data, guild, key, moderator).await {
        Ok(account) => account,
        Err(e) => {
            tracing::warn!(guild_id = guild, error = %e, "ban sync: could not look up the moderator");
            None
        }
    }
}

/// The Roblox write a card or `mirror` makes: a permanent ban with Discord's reason, or the
/// lift of ban sync's ban.
fn operation(lang: Lang, card: &NewCard, moderator_roblox: Option<u64>) -> Operation {
    match (card.action, moderator_roblox) {
        (CardAction::Ban, Some(moderator_roblox_id)) => Operation::Ban(Punish {
            roblox_id: card.roblox_id,
            reason: text::ban_sync_reason(lang, card.reason.as_deref()),
            moderator_roblox_id,
            duration: None,
        }),
        _ => Operation::Unban(Lift {
            roblox_id: card.roblox_id,
            reason: Some(text::unban_sync_reason(lang)),
        }),
    }
}

/// Makes the Roblox write of `card` for Discord user `moderator` through the one write path,
/// as a case from ban sync; posts its audit line when its end is known now (a queued write's
/// comes from the retry engine).
async fn write(
    lang: Lang,
    http: &serenity::Http,
    data: &Data,
    card: &NewCard,
    moderator: u64,
    moderator_roblox: Option<u64>,
) -> Made {
    let operation = operation(lang, card, moderator_roblox);
    let request = Request {
        data,
        guild_id: card.guild_id,
        moderator,
        member: Some(card.discord_id),
        source: CaseSource::BanSync,
        reply: None,
    };
    let made = writes::send(lang, &request, &operation).await;
    let outcome = match &made.written {
        Ok(Written::Queued(_)) => return made,
        Ok(Written::Done) => text::audit_done(lang).to_owned(),
        Err(e) => text::audit_failed(lang, &e.headline(lang, &data.clock)),
    };
    let what = views::operation_summary(lang, &operation, false);
    let line = text::audit_line(lang, moderator, &what, made.case, &outcome);
    audit::post_audit(http, &data.store, card.guild_id, &line).await;
    made
}

/// How a write went, as a card or note says it, and in which colour.
fn outcome(lang: Lang, made: &Made, by: u64, unban: bool, clock: &Clock) -> (u32, String) {
    let (colour, written) = match &made.written {
        Ok(Written::Done) => (embeds::GREEN, text::sync_done(lang).to_owned()),
        Ok(Written::Queued(_)) => (embeds::AMBER, text::sync_queued(lang).to_owned()),
        Err(e) => (
            embeds::RED,
            text::sync_failed(lang, &e.headline(lang, clock)),
        ),
    };
    (colour, text::sync_outcome(lang, by, unban, &written))
}

/// `mirror`: the Roblox write at once, and a note in the log channel saying so.
async fn mirror(
    lang: Lang,
    http: &serenity::Http,
    data: &Data,
    link: &Link,
    card: NewCard,
    moderator: u64,
    moderator_roblox: Option<u64>,
) {
    let made = write(lang, http, data, &card, moderator, moderator_roblox).await;
    let unban = card.action == CardAction::Unban;
    let (colour, line) = outcome(lang, &made, moderator, unban, &data.clock);
    let title = if unban {
        text::mirrored_unban_title(lang)
    } else {
        text::mirrored_ban_title(lang)
    };
    tracing::info!(guild_id = card.guild_id, roblox_id = link.roblox_id, case = ?made.case, "ban sync mirrored a Discord {}", card.action.as_str());
    let note = views::sync_card(lang, &card, colour, &title, &[line], made.case);
    post(http, card.guild_id, card.channel_id, note).await;
}

/// Posts `embed` in the log channel, mentioning nobody; failures are only logged.
async fn post(http: &serenity::Http, guild: u64, channel: u64, embed: serenity::CreateEmbed) {
    let message = serenity::CreateMessage::new()
        .embed(embed)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Err(e) = serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await
    {
        tracing::warn!(guild_id = guild, error = %e, "ban sync: could not post in the log channel");
    }
}
