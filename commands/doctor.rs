use std::time::Instant;

use poise::serenity_prelude as serenity;

use crate::discord::text::ApiTrouble;
use crate::discord::{Context, Error, Lang, calls, member_lang, reply, text, views};
use crate::store::{BanSyncMode, StoreError};
use crate::technified::routes::RateGroup;
use crate::technified::{ApiError, ErrorKind};

#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn doctor(ctx: Context<'_>) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let checks = reply::quick_or_defer(ctx, run_checks(ctx)).await?;
    reply::show(ctx, views::checklist(lang, &checks), Vec::new()).await?;
    Ok(())
}

async fn run_checks(ctx: Context<'_>) -> Result<Vec<text::Check>, Error> {
    let lang = member_lang(ctx);
    let guild = calls::guild_id(ctx);
    let data = ctx.data();
    let mut checks = Vec::new();
    match data.store.key(guild).await {
        Ok(Some(stored)) => {
            let started = Instant::now();
            let verdict = data.technified.verify_key(&stored.key).await;
            let latency_ms = started.elapsed().as_millis() as u64;
            checks.push(text::check_key_present(lang, &stored.masked));
            checks.extend(key_and_api(lang, verdict.as_ref().err(), latency_ms));
        }
        Ok(None) => checks.push(text::check_key_missing(lang)),
        Err(StoreError::Undecryptable) => checks.push(text::check_key_unreadable(lang)),
        Err(e) => return Err(e.into()),
    }
    let log = data.store.log_channel(guild).await?;
    let missing = log.map(|channel| (channel, calls::missing_in_channel(ctx, channel)));
    checks.push(match missing {
        None => text::check_log_channel_unset(lang),
        Some((channel, missing)) => log_channel(lang, channel, missing),
    });
    checks.push(ban_sync(lang, data.store.ban_sync(guild).await?, missing));
    checks.extend(server_permissions(lang, calls::bot_server_permissions(ctx)));
    checks.push(match data.moderation_seen.last(guild) {
        Some(at) => text::check_moderation_events_seen(lang, at),
        None => text::check_moderation_events_none(lang),
    });
    checks.push(text::check_queue(
        lang,
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
    let mut any_paused = false;
    let lines: Vec<String> = groups
        .iter()
        .map(|group| {
            let (used, quota) = pacer.headroom((guild, *group));
            let paused = pacer.paused_until((guild, *group)).map(|until| {
                data.clock
                    .unix_in(until.saturating_duration_since(tokio::time::Instant::now()))
            });
            any_paused |= paused.is_some();
            text::headroom_line(lang, group.name(), used, quota, paused)
        })
        .collect();
    checks.push(if any_paused {
        text::check_headroom_paused(lang, &lines)
    } else {
        text::check_headroom(lang, &lines)
    });
    Ok(checks)
}

/// The key check and the reachability check, from one authenticated read.
fn key_and_api(lang: Lang, error: Option<&ApiError>, latency_ms: u64) -> Vec<text::Check> {
    let reachable = text::check_api_reachable(lang, latency_ms);
    let Some(error) = error else {
        return vec![text::check_key_accepted(lang), reachable];
    };
    match (error.status(), &error.kind) {
        (Some(status @ (401 | 403)), _) => vec![text::check_key_refused(lang, status), reachable],
        (_, ErrorKind::Paced { .. }) => vec![text::check_key_not_checked_paced(lang)],
        (Some(429), _) => vec![text::check_key_accepted_rate_limited(lang), reachable],
        (_, ErrorKind::Transport { timeout: true, .. }) => {
            vec![text::check_api_trouble(lang, ApiTrouble::Timeout)]
        }
        (_, ErrorKind::Transport { .. }) => {
            vec![text::check_api_trouble(lang, ApiTrouble::NoConnection)]
        }
        (status, _) => vec![text::check_api_trouble(
            lang,
            ApiTrouble::Status(status.unwrap_or_default()),
        )],
    }
}

/// The log channel passes when the bot may post there, or when the cache cannot tell yet.
fn log_channel(lang: Lang, channel: u64, missing: Option<serenity::Permissions>) -> text::Check {
    match missing {
        Some(missing) if !missing.is_empty() => {
            text::check_log_channel_blocked(lang, channel, &views::permission_list(lang, missing))
        }
        Some(_) => text::check_log_channel_writable(lang, channel),
        None => text::check_log_channel_uncached(lang, channel),
    }
}

/// Ban sync on needs a log channel the bot may post in: its cards and notes go there.
fn ban_sync(
    lang: Lang,
    mode: BanSyncMode,
    log: Option<(u64, Option<serenity::Permissions>)>,
) -> text::Check {
    let name = mode.as_str();
    match (mode, log) {
        (BanSyncMode::Off, _) => text::check_ban_sync_off(lang),
        (_, None) => text::check_ban_sync_no_log_channel(lang, name),
        (_, Some((channel, Some(missing)))) if !missing.is_empty() => text::check_ban_sync_blocked(
            lang,
            name,
            channel,
            &views::permission_list(lang, missing),
        ),
        (_, Some((channel, _))) => text::check_ban_sync_posting(lang, name, channel),
    }
}

/// Ban Members and View Audit Log, server-wide: what bans on Discord and ban sync need.
fn server_permissions(lang: Lang, granted: Option<serenity::Permissions>) -> Vec<text::Check> {
    match granted {
        Some(granted) => vec![
            match granted.ban_members() {
                true => text::check_ban_members_granted(lang),
                false => text::check_ban_members_missing(lang),
            },
            match granted.view_audit_log() {
                true => text::check_view_audit_log_granted(lang),
                false => text::check_view_audit_log_missing(lang),
            },
        ],
        None => vec![text::check_server_permissions_uncached(lang)],
    }
}
