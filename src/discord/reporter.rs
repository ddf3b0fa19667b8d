//! The retry engine's reports shown in Discord: progress and late results edit the member's
//! reply while the interaction token lives, else go to the log channel with a mention; every
//! end gets its audit line.

use std::sync::{Arc, OnceLock};

use poise::serenity_prelude as serenity;
use secrecy::ExposeSecret;
use serenity::Builder as _;

use super::{Error, audit, embeds, reply, text, views};
use crate::clock::Clock;
use crate::retry::engine::{BoxFuture, Outcome, Reporter};
use crate::retry::policy::{self, Retry};
use crate::store::{Job, Store};
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

    /// Edits the member's reply while the token lives; `false` when it cannot.
    async fn edit_reply(
        &self,
        http: &serenity::Http,
        job: &Job,
        embed: serenity::CreateEmbed,
    ) -> bool {
        let (Some(token), Some(expires)) = (&job.interaction_token, job.token_expires_at_ms) else {
            return false;
        };
        if self.clock.now_ms() >= expires {
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
            let embed = embeds::case(embeds::working(&notice), job.case_number);
            self.edit_reply(http, job, embed).await;
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
                    (
                        failure.embed(&self.clock),
                        text::audit_failed(&failure.headline(&self.clock)),
                    )
                }
                Outcome::Failed { reason, .. } => {
                    let why = views::failure_reason(*reason);
                    let notice = text::job_failed(&summary(false), why);
                    (embeds::error(&notice), text::audit_failed(why))
                }
            };
            let embed = embeds::case(embed, job.case_number);
            if !self.edit_reply(http, job, embed.clone()).await {
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
                &text::audit_line(
                    job.requested_by,
                    &summary(false),
                    job.case_number,
                    &outcome_text,
                ),
            )
            .await;
        })
    }
}
