//! Writes that Technified could not take right away: queued durably for the retry engine, and
//! their progress and late results shown to the member (their reply while the interaction token
//! lives, else the log channel with a mention; `/jobs` either way).

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use serenity::Builder as _;

use super::embeds::{unix_in, unix_now};
use super::reply;
use super::{Context, Error, audit, calls, embeds, text};
use crate::retry::engine::{BoxFuture, Outcome, Reporter};
use crate::retry::operation::Operation;
use crate::retry::policy::{self, Retry};
use crate::store::{Job, NewJob, Store};
use crate::technified::{ApiError, ErrorKind};

/// Discord's interaction token life, minus a margin for the edit itself.
pub const TOKEN_LIFE: Duration = Duration::from_secs(14 * 60 + 30);

/// What became of a write.
pub enum Written {
    /// Technified applied it.
    Done,
    /// Technified failed in a way worth retrying: it is in the queue as job `id`.
    Queued(i64),
}

/// Sends `operation` once; when that fails in a way the policy retries, stores it for the
/// retry engine (before telling the member), shows the amber "queued" reply, and returns
/// `Queued`. Other failures are errors as usual. A write whose target already has a queued
/// job (a ban waiting out an outage, then an unban) queues behind it instead, so the two
/// apply in the order they were asked.
pub async fn write(ctx: Context<'_>, operation: Operation) -> Result<Written, Error> {
    let key = calls::guild_key(ctx).await?;
    let data = ctx.data();
    let guild = calls::guild_id(ctx);
    if data.engine.target_busy(guild, &operation.target()).await? {
        let id = data
            .engine
            .submit(queued_job(ctx, &operation, Duration::ZERO))
            .await?;
        let notice = text::queued(&text::operation_summary(&operation, false), unix_now());
        return queued(ctx, id, notice).await;
    }
    let error = match calls::write(ctx, &key, operation.send(&data.technified, &key)).await {
        Ok(()) => return Ok(Written::Done),
        Err(Error::Technified { error, .. }) => error,
        Err(other) => return Err(other),
    };
    let decision = policy::classify(&error);
    let Some(delay) = policy::delay_for(&decision, 0, policy::random_jitter())
        .filter(|_| !matches!(decision, Retry::Never))
    else {
        return Err(error.into());
    };
    let job = queued_job(ctx, &operation, delay);
    let id = data.engine.submit_after(job, &error).await?;
    let summary = text::operation_summary(&operation, false);
    let notice = match error.kind {
        // Never sent: its rate-limit group is booked for longer than the member should wait.
        ErrorKind::Paced { .. } => text::queued_rate_limited(&summary, unix_in(delay)),
        _ => text::queued(&summary, unix_in(delay)),
    };
    queued(ctx, id, notice).await
}

/// The queue row for `operation`, first tried `delay` from now, able to edit this reply.
fn queued_job(ctx: Context<'_>, operation: &Operation, delay: Duration) -> NewJob {
    let now_ms = ctx.data().engine.now_ms();
    let mut job = operation.new_job(
        calls::guild_id(ctx),
        ctx.author().id.get(),
        now_ms,
        now_ms + delay.as_millis() as i64,
    );
    job.interaction_token = Some(SecretString::from(ctx.interaction.token.clone()));
    job.token_expires_at_ms = Some(now_ms + TOKEN_LIFE.as_millis() as i64);
    job.channel_id = Some(ctx.interaction.channel_id.get());
    job
}

async fn queued(ctx: Context<'_>, id: i64, notice: text::Notice) -> Result<Written, Error> {
    reply::show(ctx, embeds::working(&notice), Vec::new()).await?;
    Ok(Written::Queued(id))
}

/// Shows the engine's progress and results in Discord.
pub struct DiscordReporter {
    /// Set once the gateway is up (the application ID is known then); the engine starts only
    /// after that.
    http: OnceLock<Arc<serenity::Http>>,
    store: Store,
}

impl DiscordReporter {
    pub fn new(store: Store) -> Self {
        Self {
            http: OnceLock::new(),
            store,
        }
    }

    pub fn connect(&self, http: Arc<serenity::Http>) {
        let _ = self.http.set(http);
    }

    /// Edits the member's reply while the token lives; `false` when it cannot.
    async fn edit_reply(http: &serenity::Http, job: &Job, embed: serenity::CreateEmbed) -> bool {
        let (Some(token), Some(expires)) = (&job.interaction_token, job.token_expires_at_ms) else {
            return false;
        };
        if unix_now() * 1000 >= expires {
            return false;
        }
        let edit = serenity::EditInteractionResponse::new()
            .embed(embed)
            .components(Vec::new());
        match edit.execute(http, token.expose_secret()).await {
            Ok(_) => true,
            Err(e) => {
                if !reply::token_gone(&e) {
                    tracing::warn!(job = job.id, error = %e, "could not edit the member's reply");
                }
                false
            }
        }
    }
}

impl Reporter for DiscordReporter {
    fn progress<'a>(
        &'a self,
        job: &'a Job,
        attempt: u32,
        next_try_ms: i64,
        error: &'a ApiError,
    ) -> BoxFuture<'a> {
        Box::pin(async move {
            let Some(http) = self.http.get() else {
                return;
            };
            let next_unix = next_try_ms / 1000;
            let notice = match policy::classify(error) {
                Retry::After(_) => text::rate_limited(next_unix),
                _ => text::retrying(attempt + 1, next_unix),
            };
            Self::edit_reply(http, job, embeds::working(&notice)).await;
        })
    }

    fn finished<'a>(&'a self, job: &'a Job, outcome: &'a Outcome) -> BoxFuture<'a> {
        Box::pin(async move {
            let Some(http) = self.http.get() else {
                return;
            };
            let summary = |done| text::job_summary(job, done);
            let (embed, outcome_text) = match outcome {
                Outcome::Done => (
                    embeds::success(&summary(true), text::LATE_DONE),
                    text::AUDIT_DONE.to_owned(),
                ),
                Outcome::Failed {
                    error: Some(error),
                    attempts,
                    ..
                } => {
                    let failure = Error::Technified {
                        error: error.clone(),
                        attempts: (*attempts).max(2),
                    };
                    (failure.embed(), text::audit_failed(&failure.headline()))
                }
                Outcome::Failed { reason, .. } => (
                    embeds::error(&text::job_failed(&summary(false), reason)),
                    text::audit_failed(text::failure_reason(reason)),
                ),
            };
            if !Self::edit_reply(http, job, embed.clone()).await {
                let member = serenity::UserId::new(job.requested_by.max(1));
                if let Err(e) =
                    reply::deliver_late(http, &self.store, job.guild_id, member, embed).await
                {
                    tracing::warn!(job = job.id, error = %e, "could not deliver a late result");
                }
            }
            audit::post_audit(
                http,
                &self.store,
                job.guild_id,
                &text::audit_line(job.requested_by, &summary(false), &outcome_text),
            )
            .await;
        })
    }
}

/// Applies a write and shows how it went: green when Technified applied it, the amber
/// "queued" reply when it waits for a retry (the engine reports the end), an audit line for
/// every outcome known now. The member's answer goes first; the audit line never delays it.
pub async fn apply(ctx: Context<'_>, operation: Operation) -> Result<(), Error> {
    let asked = text::operation_summary(&operation, false);
    let done = text::operation_summary(&operation, true);
    let written = write(ctx, operation).await;
    let shown = match written {
        Ok(Written::Done) => reply::show(ctx, embeds::success(&done, ""), Vec::new()).await,
        _ => Ok(()),
    };
    if !matches!(written, Ok(Written::Queued(_))) {
        audit::audit(ctx, &asked, &written);
    }
    shown?;
    written.map(drop)
}
