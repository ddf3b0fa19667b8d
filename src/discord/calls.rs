//! Technified calls made on behalf of a member: the server's key, the retry policy for reads,
//! the bookkeeping `/key status` shows (last success, last error), and what keeps one member
//! from spending the server's quota (the lookup cooldown, the moderator account cache).

use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::time::Instant;

use super::reply;
use super::{Context, Data, Error, embeds, member_lang, text};
use crate::retry::policy::{self, Decision, READ_DEADLINE, Retry};
use crate::store::{GuildKey, StoreError};
use crate::technified::model::{Binding, Link};
use crate::technified::{ApiError, ApiKey, ErrorKind};

/// Longest a member's call waits for its rate-limit bucket: past this a read answers
/// "rate-limited until" and a write is queued, rather than leave the member on "thinking".
pub const MEMBER_PACING_WAIT: Duration = Duration::from_secs(10);

/// This server's API key, or why there is none.
pub async fn guild_key(ctx: Context<'_>) -> Result<ApiKey, Error> {
    Ok(stored_key(ctx).await?.key)
}

/// This server's stored key with what is known about it, or why there is none.
pub async fn stored_key(ctx: Context<'_>) -> Result<GuildKey, Error> {
    stored_key_of(ctx.data(), guild_id(ctx)).await
}

/// Server `guild`'s stored key, for work no member's command started (ban sync).
pub async fn stored_key_of(data: &Data, guild: u64) -> Result<GuildKey, Error> {
    match data.store.key(guild).await {
        Ok(Some(stored)) => Ok(stored),
        Ok(None) => Err(Error::NotConnected),
        Err(StoreError::Undecryptable) => Err(Error::KeyUnreadable),
        Err(e) => Err(e.into()),
    }
}

pub fn guild_id(ctx: Context<'_>) -> u64 {
    // Every command is guild-only, so poise has already refused direct messages.
    ctx.interaction.guild_id.map_or(0, |g| g.get())
}

/// Runs a read made with `key`, retrying failures the policy calls retryable until the read
/// deadline; while it retries, the member sees an amber "retrying" reply that the final
/// answer replaces.
pub async fn read<T, F, Fut>(ctx: Context<'_>, key: &ApiKey, mut call: F) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, ApiError>>,
{
    let lang = member_lang(ctx);
    let deadline = Instant::now() + READ_DEADLINE;
    let mut attempt: u32 = 0;
    loop {
        let result = reply::quick_or_defer(ctx, call()).await;
        attempt += 1;
        let error = match result {
            Ok(value) => {
                record_success(ctx.data(), guild_id(ctx), key);
                return Ok(value);
            }
            Err(error) => error,
        };
        record_error(ctx.data(), guild_id(ctx), key, &error).await;
        if matches!(error.kind, ErrorKind::Paced { .. }) {
            // Not sent because the wait is too long: say until when, now.
            return Err(Error::Technified {
                error,
                attempts: attempt,
            });
        }
        let tried = policy::Attempt {
            before: attempt - 1,
            spent_500_retry: attempt > 1,
            read_back: false,
        };
        let left = deadline.saturating_duration_since(Instant::now());
        let (delay, retry) = match policy::decide(&error, tried, left, policy::random_jitter()) {
            Decision::Retry { after, retry } => (after, retry),
            Decision::GiveUp(_) => {
                return Err(Error::Technified {
                    error,
                    attempts: attempt,
                });
            }
        };
        let notice = match retry {
            Retry::After(_) => text::rate_limited(lang, ctx.data().clock.unix_in(delay)),
            _ => text::retrying(lang, attempt + 1, ctx.data().clock.unix_in(delay)),
        };
        reply::show(ctx, embeds::working(&notice), Vec::new()).await?;
        tracing::info!(attempt, delay_ms = delay.as_millis() as u64, error = %error, "retrying a read");
        tokio::time::sleep(delay).await;
    }
}

/// Notes for `/key status` that server `guild`'s key worked just now.
pub(super) fn record_success(data: &Data, guild: u64, key: &ApiKey) {
    data.store
        .record_success(guild, key, data.clock.unix_secs());
}

/// Notes for `/key status` a failure that says something about the key or Technified.
pub(super) async fn record_error(data: &Data, guild: u64, key: &ApiKey, error: &ApiError) {
    if !error.is_key_failure() {
        // An answer about the data shows the key works; a call never sent shows nothing.
        if error.status().is_some() {
            record_success(data, guild, key);
        }
        return;
    }
    let message = error
        .message()
        .map_or_else(|| error.to_string(), str::to_owned);
    if let Err(e) = data
        .store
        .record_error(guild, error.status(), &message, data.clock.unix_secs())
        .await
    {
        tracing::warn!(error = %e, "could not record a failed call");
    }
}

/// Counts one public lookup of the invoking member, or says when they may look up again.
pub async fn spend_lookup(ctx: Context<'_>) -> Result<(), Error> {
    let member = (guild_id(ctx), ctx.author().id.get());
    match ctx.data().lookups.acquire(member, Duration::ZERO).await {
        Ok(_) => Ok(()),
        Err(free_at) => Err(Error::Cooldown {
            free_unix: ctx
                .data()
                .clock
                .unix_in(free_at.saturating_duration_since(Instant::now())),
        }),
    }
}

/// The invoking member's Roblox ID, under which Technified records their moderation actions.
pub async fn moderator_roblox_id(ctx: Context<'_>, key: &ApiKey) -> Result<u64, Error> {
    let member = (guild_id(ctx), ctx.author().id.get());
    if let Some(roblox_id) = ctx.data().moderators.get(member) {
        return Ok(roblox_id);
    }
    let result = read(ctx, key, || {
        ctx.data().technified.lookup_discord(key, member.1)
    })
    .await;
    seen(ctx, &result, Seen::DiscordUnlinked(member.1));
    match result {
        Ok(link) => {
            ctx.data().moderators.put(member, link.roblox_id);
            Ok(link.roblox_id)
        }
        Err(Error::Technified { error, .. }) if error.status() == Some(404) => {
            Err(Error::ModeratorNotVerified)
        }
        Err(other) => Err(other),
    }
}

/// Member `discord`'s Roblox account in server `guild` (`None`: not verified), for work no
/// command of theirs started (ban sync): one try, cached like [`moderator_roblox_id`].
pub async fn roblox_account_of(
    data: &Data,
    guild: u64,
    key: &ApiKey,
    discord: u64,
) -> Result<Option<u64>, ApiError> {
    if let Some(roblox_id) = data.moderators.get((guild, discord)) {
        return Ok(Some(roblox_id));
    }
    match data.technified.lookup_discord(key, discord).await {
        Ok(link) => {
            data.moderators.put((guild, discord), link.roblox_id);
            Ok(Some(link.roblox_id))
        }
        Err(error) if error.status() == Some(404) => Ok(None),
        Err(error) => Err(error),
    }
}

/// What a lookup that found nothing says.
#[derive(Clone, Copy)]
pub enum Seen {
    DiscordUnlinked(u64),
    RobloxUnlinked(u64),
}

/// Drops the cached moderator accounts a lookup's answer contradicts.
pub fn seen(ctx: Context<'_>, result: &Result<Link, Error>, if_not_found: Seen) {
    let guild = guild_id(ctx);
    let stale = |discord: u64, roblox: u64| match result {
        Ok(link) => (discord == link.discord_id) != (roblox == link.roblox_id),
        Err(Error::Technified { error, .. }) if error.status() == Some(404) => match if_not_found {
            Seen::DiscordUnlinked(id) => discord == id,
            Seen::RobloxUnlinked(id) => roblox == id,
        },
        Err(_) => false,
    };
    ctx.data()
        .moderators
        .forget_where(|(g, discord), roblox| *g == guild && stale(*discord, *roblox));
}

/// The binding list for autocomplete: cached, else one quick call; empty when Technified is
/// slow or failing (autocomplete has 3 s and must not show errors).
pub async fn cached_bindings(ctx: Context<'_>) -> Arc<Vec<Binding>> {
    let guild = guild_id(ctx);
    if let Some(list) = ctx.data().bindings.get(guild) {
        return list;
    }
    let Ok(key) = guild_key(ctx).await else {
        return Arc::default();
    };
    let call = ctx.data().technified.list_bindings(&key);
    match tokio::time::timeout(reply::DEFER_AFTER, call).await {
        Ok(Ok(list)) => {
            let list = Arc::new(list);
            ctx.data().bindings.put(guild, list.clone());
            list
        }
        _ => Arc::default(),
    }
}

/// What the bot needs in the log channel: to see it, post, and show embeds.
pub const LOG_CHANNEL_NEEDS: serenity::Permissions = serenity::Permissions::VIEW_CHANNEL
    .union(serenity::Permissions::SEND_MESSAGES)
    .union(serenity::Permissions::EMBED_LINKS);

/// What the bot lacks to post in `channel`, from the cached guild; `None` when the cache
/// cannot tell.
pub fn missing_in_channel(ctx: Context<'_>, channel: u64) -> Option<serenity::Permissions> {
    let guild = ctx.guild()?;
    let channel = guild.channels.get(&channel.into())?;
    let me = guild.members.get(&ctx.cache().current_user().id)?;
    Some(LOG_CHANNEL_NEEDS - guild.user_permissions_in(channel, me))
}

/// The bot's server-wide permissions, from the cached guild; `None` when the cache cannot tell.
pub fn bot_server_permissions(ctx: Context<'_>) -> Option<serenity::Permissions> {
    let guild = ctx.guild()?;
    let me = guild.members.get(&ctx.cache().current_user().id)?;
    Some(guild.member_permissions(me))
}
