use std::time::Instant;

use crate::discord::{Context, Error, calls, embeds, reply, text, views};
use crate::store::StoreError;
use crate::technified::routes::RateGroup;

/// One checklist: key, API, log channel, queue, rate-limit headroom.
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn doctor(ctx: Context<'_>) -> Result<(), Error> {
    let checks = reply::quick_or_defer(ctx, run_checks(ctx)).await?;
    reply::show(ctx, views::checklist(&checks), Vec::new()).await?;
    Ok(())
}

async fn run_checks(ctx: Context<'_>) -> Result<Vec<text::Check>, Error> {
    let guild = calls::guild_id(ctx);
    let data = ctx.data();
    let mut checks = Vec::new();
    match data.store.key(guild).await {
        Ok(Some(stored)) => {
            let started = Instant::now();
            let verdict = data.technified.verify_key(&stored.key).await;
            let latency_ms = started.elapsed().as_millis() as u64;
            checks.push(text::check_key_present(&stored.masked));
            checks.extend(text::check_key_and_api(verdict.as_ref().err(), latency_ms));
        }
        Ok(None) => checks.push(text::check_key_missing()),
        Err(StoreError::Undecryptable) => checks.push(text::check_key_unreadable()),
        Err(e) => return Err(e.into()),
    }
    checks.push(match data.store.log_channel(guild).await? {
        None => text::check_log_channel_unset(),
        Some(channel) => text::check_log_channel(channel, calls::missing_in_channel(ctx, channel)),
    });
    checks.push(text::check_queue(
        data.store.pending_count(Some(guild)).await?,
    ));
    let pacer = data.technified.pacer();
    let groups = [
        RateGroup::Lookup,
        RateGroup::BindingsRead,
        RateGroup::BindingsWrite,
        RateGroup::BanStatus,
        RateGroup::ModerationWrite,
    ];
    let headroom: Vec<_> = groups
        .iter()
        .map(|group| {
            let (used, quota) = pacer.headroom((guild, *group));
            let paused = pacer.paused_until((guild, *group)).map(|until| {
                embeds::unix_in(until.saturating_duration_since(tokio::time::Instant::now()))
            });
            (group.name(), used, quota, paused)
        })
        .collect();
    checks.push(text::check_headroom(&headroom));
    Ok(checks)
}
