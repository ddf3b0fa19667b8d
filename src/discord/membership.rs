//! The bot's membership of servers, from the gateway: removed from a server (GUILD_DELETE
//! without `unavailable`; with it, the server is only in an outage), its pending writes end at
//! once and its key and settings are deleted after 7 days (the retry engine's hourly purge)
//! unless the bot is added back first (GUILD_CREATE).

use poise::serenity_prelude as serenity;

use super::Data;
use crate::retry::engine::FailureReason;

/// poise's event handler. Failures are logged here: there is nobody to answer.
pub async fn on_event(event: &serenity::FullEvent, data: &Data) {
    match event {
        serenity::FullEvent::GuildDelete { incomplete, .. } if !incomplete.unavailable => {
            removed(data, incomplete.id.get()).await;
        }
        serenity::FullEvent::GuildCreate { guild, .. } => {
            if let Err(e) = data.store.guild_present(guild.id.get()).await {
                tracing::warn!(guild_id = guild.id.get(), error = %e, "could not note the bot is in a server");
            }
        }
        _ => {}
    }
}

async fn removed(data: &Data, guild_id: u64) {
    if let Err(e) = data.store.guild_left(guild_id, data.clock.now_ms()).await {
        tracing::error!(guild_id, error = %e, "could not note that the bot was removed from a server");
    }
    match data
        .engine
        .end_pending(guild_id, FailureReason::BotRemoved)
        .await
    {
        Ok(ended) => tracing::info!(guild_id, ended, "the bot was removed from a server"),
        Err(e) => {
            tracing::error!(guild_id, error = %e, "could not end the writes of a server the bot was removed from")
        }
    }
}
