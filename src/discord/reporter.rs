//! The retry engine's reports shown in Discord: progress and late results edit the member's
//! reply while the interaction token lives, else go to the log channel with a mention; every
//! end gets its audit line.

use std::sync::{Arc, OnceLock};

use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use serenity::Builder as _;

use super::{Error, audit, embeds, reply, text, views};
use crate::clock::Clock;
use crate::retry::engine::{BoxFuture, Outcome, Reporter};
use crate::retry::policy::{self, Retry};
use crate::store::{BulkCounts, BulkRun, BulkWrite, Job, Store};
use crate::technified::ApiError;

/// Shows the engine's progress and results in Discord.
pub struct DiscordReporter {
    /// Set once the gateway is up (the application ID is known then); the engine starts only
    /// after that.
    http: OnceLock<Arc<serenity::Http>>,
    store: Store,
    /// The process's clock (the engine's too): token expiry is in it.
    clock: Clock,
}

impl DiscordReporter {
    pub fn new(store: Store, clock: Clock) -> Self {
        Self {
            http: OnceLock::new(),
            store,
            clock,
        }
    }

    pub fn connect(&self, http: Arc<serenity::Http>) {
        let _ = self.http.set(http);
    }

    /// Edits the member's reply (the interaction's `token`, good until `expires` in unix ms)
    /// with `edit`; `false` when it cannot.
    async fn edit_reply(
        &self,
        http: &serenity::Http,
        token: Option<&SecretString>,
        expires: Option<i64>,
        edit: serenity::EditInteractionResponse,
    ) -> bool {
        let (Some(token), Some(expires)) = (token, expires) else {
            return false;
        };
        if self.clock.now_ms() >= expires {
            return false;
        }
        match edit.execute(http, token.expose_secret()).await {
            Ok(_) => true,
            Err(e) => {
                if !reply::token_gone(&e) {
                    tracing::warn!(error = %e, "could not edit the member's reply");
                }
                false
            }
        }
    }

    /// Edits a job's reply to show `embed` alone.
    async fn edit_job_reply(
        &self,
        http: &serenity::Http,
        job: &Job,
        embed: serenity::CreateEmbed,
    ) -> bool {
        let edit = serenity::EditInteractionResponse::new()
            .embed(embed)
            .components(Vec::new());
        self.edit_reply(
            http,
            job.interaction_token.as_ref(),
            job.token_expires_at_ms,
            edit,
        )
        .await
    }

    /// Edits a bulk run's reply while its token lives and no log channel message has taken
    /// over; `false` when it cannot.
    async fn edit_run_reply(
        &self,
        http: &serenity::Http,
        run: &BulkRun,
        edit: serenity::EditInteractionResponse,
    ) -> bool {
        run.log_message_id.is_none()
            && self
                .edit_reply(
                    http,
                    run.interaction_token.as_ref(),
                    run.token_expires_at_ms,
                    edit,
                )
                .await
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
                Retry::After(_) => text::rate_limited(lang, next_unix),
                _ => text::retrying(lang, attempt + 1, next_unix),
            };
            let embed = embeds::case(embeds::working(&notice), job.case_number);
            self.edit_job_reply(http, job, embed).await;
        })
    }

    fn finished<'a>(&'a self, job: &'a Job, outcome: &'a Outcome) -> BoxFuture<'a> {
        Box::pin(async move {
            let Some(http) = self.http.get() else {
                return;
            };
            let summary = |done| views::job_summary(job, done);
            let (embed, outcome_text) = match outcome {
                Outcome::Done => (
                    embeds::success(&summary(true), text::late_done(lang)),
                    text::audit_done(lang).to_owned(),
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
                    (
                        failure.embed(&self.clock),
                        text::audit_failed(lang, &failure.headline(&self.clock)),
                    )
                }
                Outcome::Failed { reason, .. } => {
                    let why = views::failure_reason(*reason);
                    let notice = text::job_failed(lang, &summary(false), why);
                    (embeds::error(&notice), text::audit_failed(lang, why))
                }
            };
            let embed = embeds::case(embed, job.case_number);
            if !self.edit_job_reply(http, job, embed.clone()).await {
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
                &text::audit_line(lang, 
                    job.requested_by,
                    &summary(false),
                    job.case_number,
                    &outcome_text,
                ),
            )
            .await;
        })
    }

    fn bulk_progress<'a>(
        &'a self,
        run: &'a BulkRun,
        counts: BulkCounts,
        end_ms: Option<i64>,
    ) -> BoxFuture<'a, Option<u64>> {
        Box::pin(async move {
            let http = self.http.get()?;
            let notice = views::bulk_progress(run.action, counts.over(), run.total, end_ms);
            let embed = embeds::working(&notice);
            let edit = serenity::EditInteractionResponse::new()
                .embed(embed.clone())
                .components(Vec::new());
            if self.edit_run_reply(http, run, edit).await {
                return None;
            }
            let member = serenity::UserId::new(run.requested_by.max(1));
            match run.log_message_id {
                Some(message) => {
                    let edit = serenity::EditMessage::new().embed(embed);
                    let channel = self.store.log_channel(run.guild_id).await.ok().flatten()?;
                    if let Err(e) = serenity::ChannelId::new(channel)
                        .edit_message(http, serenity::MessageId::new(message.max(1)), edit)
                        .await
                    {
                        tracing::warn!(run = run.id, error = %e, "could not edit a bulk run's progress");
                    }
                    None
                }
                None => reply::post_late(http, &self.store, run.guild_id, member, None, Some(embed), None)
                    .await
                    .unwrap_or_else(|e| {
                        tracing::warn!(run = run.id, error = %e, "could not post a bulk run's progress");
                        None
                    }),
            }
        })
    }

    fn bulk_finished<'a>(
        &'a self,
        run: &'a BulkRun,
        counts: BulkCounts,
        writes: &'a [BulkWrite],
    ) -> BoxFuture<'a> {
        Box::pin(async move {
            let Some(http) = self.http.get() else {
                return;
            };
            let notice = views::bulk_finished(run.action, counts);
            let embed = embeds::success(&notice.title, &notice.body);
            let file = match views::bulk_report_csv(run.action, writes) {
                Ok(csv) => Some(serenity::CreateAttachment::bytes(
                    csv,
                    views::bulk_report_file(run.action),
                )),
                Err(e) => {
                    tracing::error!(run = run.id, error = %e, "could not write a bulk run's report");
                    None
                }
            };
            let mut edit = serenity::EditInteractionResponse::new()
                .embed(embed.clone())
                .components(Vec::new());
            if let Some(file) = file.clone() {
                edit = edit.new_attachment(file);
            }
            if !self.edit_run_reply(http, run, edit).await {
                let member = serenity::UserId::new(run.requested_by.max(1));
                if let Err(e) = reply::post_late(
                    http,
                    &self.store,
                    run.guild_id,
                    member,
                    None,
                    Some(embed),
                    file,
                )
                .await
                {
                    tracing::warn!(run = run.id, error = %e, "could not post a bulk run's report");
                }
            }
            audit::post_audit(
                http,
                &self.store,
                run.guild_id,
                &text::audit_line(lang, 
                    run.requested_by,
                    &views::bulk_summary(run),
                    None,
                    &views::audit_bulk_finished(counts),
                ),
            )
            .await;
        })
    }
}
