//! The retry engine's reports shown in Discord: progress and late results edit the member's
//! reply while the interaction token lives, else go to the log channel with a mention; every
//! end gets its audit line.

use std::sync::{Arc, OnceLock};

use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use serenity::Builder as _;

use super::embeds::{self, Fitted};
use super::{Error, Lang, audit, reply, server_lang, text, views};
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
    /// Set with `http`: the servers' preferred locales, for posts in their log channels.
    cache: OnceLock<Arc<serenity::Cache>>,
    store: Store,
    /// The process's clock (the engine's too): token expiry is in it.
    clock: Clock,
}

impl DiscordReporter {
    pub fn new(store: Store, clock: Clock) -> Self {
        Self {
            http: OnceLock::new(),
            cache: OnceLock::new(),
            store,
            clock,
        }
    }

    pub fn connect(&self, http: Arc<serenity::Http>, cache: Arc<serenity::Cache>) {
        let _ = self.http.set(http);
        let _ = self.cache.set(cache);
    }

    /// The language of posts in `guild`'s log channel.
    fn server_lang(&self, guild: u64) -> Lang {
        self.cache
            .get()
            .map_or_else(Lang::english, |cache| server_lang(cache, guild))
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
            let lang = Lang::or_english(job.locale.as_deref());
            let next_unix = next_try_ms / 1000;
            let notice = match policy::classify(error) {
                Retry::After(_) => text::rate_limited(lang, next_unix),
                _ => text::retrying(lang, attempt + 1, next_unix),
            };
            let embed =
                Fitted::new(embeds::AMBER, &notice.title, &notice.body).case(lang, job.case_number);
            self.edit_job_reply(http, job, embed.into()).await;
        })
    }

    fn finished<'a>(&'a self, job: &'a Job, outcome: &'a Outcome) -> BoxFuture<'a> {
        Box::pin(async move {
            let Some(http) = self.http.get() else {
                return;
            };
            let summary = |lang, done| views::job_summary(lang, job, done);
            // The result as shown in `lang`, naming the job's case, and the outcome for the
            // audit line.
            let case = job.case_number;
            let result = |lang| match outcome {
                Outcome::Done => (
                    Fitted::new(embeds::GREEN, &summary(lang, true), &text::late_done(lang))
                        .case(lang, case)
                        .into(),
                    text::audit_done(lang),
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
                        failure.case_embed(lang, &self.clock, case),
                        text::audit_failed(lang, &failure.headline(lang, &self.clock)),
                    )
                }
                Outcome::Failed { reason, .. } => {
                    let why = views::failure_reason(lang, *reason);
                    let notice = text::job_failed(lang, &summary(lang, false), &why);
                    let embed = Fitted::new(embeds::RED, &notice.title, &notice.body);
                    (
                        embed.case(lang, case).into(),
                        text::audit_failed(lang, &why),
                    )
                }
            };
            let member_lang = Lang::or_english(job.locale.as_deref());
            let server_lang = self.server_lang(job.guild_id);
            let (embed, _) = result(member_lang);
            if !self.edit_job_reply(http, job, embed).await {
                let (embed, _) = result(server_lang);
                let member = serenity::UserId::new(job.requested_by.max(1));
                if let Err(e) =
                    reply::deliver_late(http, &self.store, job.guild_id, member, embed).await
                {
                    tracing::warn!(job = job.id, error = %e, "could not deliver a late result");
                }
            }
            let (_, outcome_text) = result(server_lang);
            audit::post_audit(
                http,
                &self.store,
                job.guild_id,
                &text::audit_line(
                    server_lang,
                    job.requested_by,
                    &summary(server_lang, false),
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
            let progress = |lang| {
                let notice =
                    views::bulk_progress(lang, run.action, counts.over(), run.total, end_ms);
                embeds::working(&notice)
            };
            let edit = serenity::EditInteractionResponse::new()
                .embed(progress(Lang::or_english(run.locale.as_deref())))
                .components(Vec::new());
            if self.edit_run_reply(http, run, edit).await {
                return None;
            }
            let embed = progress(self.server_lang(run.guild_id));
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
            let finished = |lang| {
                let notice = views::bulk_finished(lang, run.action, counts);
                embeds::success(&notice.title, &notice.body)
            };
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
                .embed(finished(Lang::or_english(run.locale.as_deref())))
                .components(Vec::new());
            if let Some(file) = file.clone() {
                edit = edit.new_attachment(file);
            }
            let server_lang = self.server_lang(run.guild_id);
            if !self.edit_run_reply(http, run, edit).await {
                let member = serenity::UserId::new(run.requested_by.max(1));
                if let Err(e) = reply::post_late(
                    http,
                    &self.store,
                    run.guild_id,
                    member,
                    None,
                    Some(finished(server_lang)),
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
                &text::audit_line(
                    server_lang,
                    run.requested_by,
                    &views::bulk_summary(server_lang, run),
                    None,
                    &views::audit_bulk_finished(server_lang, counts),
                ),
            )
            .await;
        })
    }
}
