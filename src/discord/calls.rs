//! Technified calls made on behalf of a member: the server's key, the retry policy for reads,
//! and the bookkeeping `/key status` shows (last success, last error).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::embeds::{unix_in, unix_now};
use super::reply;
use super::{Context, Error, embeds, text};
use crate::retry::policy::{self, READ_DEADLINE};
use crate::store::StoreError;
use crate::technified::model::Binding;
use crate::technified::{ApiError, ApiKey};

/// This server's API key, or why there is none.
pub async fn guild_key(ctx: Context<'_>) -> Result<ApiKey, Error> {
    let guild = guild_id(ctx);
    match ctx.data().store.key(guild).await {
        Ok(Some(stored)) => Ok(stored.key),
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
    let deadline = Instant::now() + READ_DEADLINE;
    let mut attempt: u32 = 0;
    loop {
        let result = reply::quick_or_defer(ctx, call()).await;
        attempt += 1;
        let error = match result {
            Ok(value) => {
                record_success(ctx, key);
                return Ok(value);
            }
            Err(error) => error,
        };
        record_error(ctx, &error).await;
        let decision = policy::classify(&error);
        let delay = policy::delay_for(&decision, attempt - 1, rand::random::<f64>());
        let Some(delay) = delay.filter(|d| Instant::now() + *d <= deadline) else {
            return Err(Error::Technified {
                error,
                attempts: attempt,
            });
        };
        let notice = match decision {
            policy::Retry::After(_) => text::rate_limited(unix_in(delay)),
            _ => text::retrying(attempt + 1, unix_in(delay)),
        };
        reply::show(ctx, embeds::working(&notice), Vec::new()).await?;
        tracing::info!(attempt, delay_ms = delay.as_millis() as u64, error = %error, "retrying a read");
        tokio::time::sleep(delay).await;
    }
}

/// Runs a write made with `key` once. A failure that may be temporary is reported as such,
/// not retried here: re-sending a write safely needs the durable queue (read back before
/// re-sending).
pub async fn write<T, Fut>(ctx: Context<'_>, key: &ApiKey, call: Fut) -> Result<T, Error>
where
    Fut: Future<Output = Result<T, ApiError>>,
{
    match reply::quick_or_defer(ctx, call).await {
        Ok(value) => {
            record_success(ctx, key);
            Ok(value)
        }
        Err(error) => {
            record_error(ctx, &error).await;
            Err(error.into())
        }
    }
}

fn record_success(ctx: Context<'_>, key: &ApiKey) {
    ctx.data()
        .store
        .record_success(guild_id(ctx), key, unix_now());
}

async fn record_error(ctx: Context<'_>, error: &ApiError) {
    let message = error
        .message()
        .map_or_else(|| error.to_string(), str::to_owned);
    if let Err(e) = ctx
        .data()
        .store
        .record_error(guild_id(ctx), error.status(), &message, unix_now())
        .await
    {
        tracing::warn!(error = %e, "could not record a failed call");
    }
}

/// The invoking member's Roblox ID, under which Technified records their moderation actions.
pub async fn moderator_roblox_id(ctx: Context<'_>, key: &ApiKey) -> Result<u64, Error> {
    let member = ctx.author().id.get();
    match read(ctx, key, || {
        ctx.data().technified.lookup_discord(key, member)
    })
    .await
    {
        Ok(link) => Ok(link.roblox_id),
        Err(Error::Technified { error, .. }) if error.status() == Some(404) => {
            Err(Error::ModeratorNotVerified)
        }
        Err(other) => Err(other),
    }
}

/// How long autocomplete reuses a server's binding list.
const BINDINGS_TTL: Duration = Duration::from_secs(30);

/// Each server's binding list for a short while, so autocomplete keystrokes don't spend the
/// bindings quota. Writes forget the entry.
#[derive(Default)]
pub struct BindingsCache(std::sync::Mutex<HashMap<u64, CachedBindings>>);

type CachedBindings = (Instant, Arc<Vec<Binding>>);

impl BindingsCache {
    pub fn put(&self, guild: u64, bindings: Vec<Binding>) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (at, _)| at.elapsed() < BINDINGS_TTL);
        map.insert(guild, (Instant::now(), Arc::new(bindings)));
    }

    pub fn get(&self, guild: u64) -> Option<Arc<Vec<Binding>>> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.get(&guild)
            .filter(|(at, _)| at.elapsed() < BINDINGS_TTL)
            .map(|(_, list)| list.clone())
    }

    pub fn forget(&self, guild: u64) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&guild);
    }
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
            ctx.data().bindings.put(guild, list);
            ctx.data().bindings.get(guild).unwrap_or_default()
        }
        _ => Arc::default(),
    }
}
