//! The one way a command makes a Technified write for a member ([`make`]): stored with its
//! moderation case, then sent now, or, when Technified cannot take it yet, left in the retry
//! engine's queue with the member's reply to edit (filled in by [`reply_to`], here only); the
//! engine's reports are `reporter.rs`.

use std::time::Duration;

use secrecy::SecretString;

use super::embeds::{unix_in, unix_now};
use super::{Context, Error, audit, calls, embeds, reply, text};
use crate::retry::engine::FirstAttempt;
use crate::retry::operation::Operation;
use crate::retry::policy::{self, Decision};
use crate::store::{CaseOutcome, CaseSource, NewCase, NewJob};
use crate::technified::{ApiKey, ErrorKind};

/// Discord's interaction token life, minus a margin for the edit itself.
pub const TOKEN_LIFE: Duration = Duration::from_secs(14 * 60 + 30);

/// Lets a queued `job` edit the reply of the interaction with `token` in `channel` (a command
/// or a dialog's submit) while that token lives, from `now_ms` (the engine's clock).
pub fn reply_to(job: &mut NewJob, token: &str, channel: u64, now_ms: i64) {
    job.interaction_token = Some(SecretString::from(token.to_owned()));
    job.token_expires_at_ms = Some(now_ms + TOKEN_LIFE.as_millis() as i64);
    job.channel_id = Some(channel);
}

/// Makes `operation` for the invoking member and shows how it went: green when Technified
/// applied it, the amber "queued" reply when it waits for a retry (the engine reports the
/// end), an audit line for every outcome known now. The member's answer goes first; the audit
/// line never delays it.
///
/// Before anything is sent, the write is stored with its case ([`Engine::begin`]): a write
/// on a Roblox account is always a case and a case always a write, whatever happens next.
/// The first attempt is made here; its end, or its place in the queue, is recorded with the
/// case. A write whose target already has an open job (a ban waiting out an outage, then an
/// unban) waits behind it instead, so the two apply in the order they were asked.
///
/// [`Engine::begin`]: crate::retry::engine::Engine::begin
pub async fn make(ctx: Context<'_>, operation: Operation) -> Result<(), Error> {
    let done = text::operation_summary(&operation, true);
    let (written, case) = write(ctx, &operation, None).await;
    if let Ok(Written::Done) = written {
        let embed = embeds::case(embeds::success(&done, ""), case);
        reply::show(ctx, embed, Vec::new()).await?;
    }
    written.map(drop)
}

/// What became of a write.
pub enum Written {
    /// Technified applied it.
    Done,
    /// It waits in the queue (behind another job of its target, or for a retry), and the
    /// member sees the amber "queued" reply, which the retry engine edits with the result.
    Queued,
}

/// Makes `operation` like [`make`], for a command that shows the result itself (with more
/// beside it): the amber "queued" reply and the audit line are given here, the green or red
/// answer is the caller's. `member` is the Discord member the Roblox account belongs to, when
/// the caller knows it (recorded in the case). Returns how it went and its case, if it is one
/// (none when it was refused before it was stored). The audit line is posted in the background.
pub async fn write(
    ctx: Context<'_>,
    operation: &Operation,
    member: Option<u64>,
) -> (Result<Written, Error>, Option<i64>) {
    let (written, case) = match begin(ctx, operation, member).await {
        Ok((write, key)) => {
            let case = write.begun.case_number;
            (first_attempt(ctx, operation, write, &key).await, case)
        }
        Err(error) => (Err(error), None),
    };
    if !matches!(written, Ok(Written::Queued)) {
        let asked = text::operation_summary(operation, false);
        audit::audit(ctx, case, &asked, &written);
    }
    (written, case)
}

/// Stores the write and its case, before anything is sent.
async fn begin(
    ctx: Context<'_>,
    operation: &Operation,
    member: Option<u64>,
) -> Result<(FirstAttempt, ApiKey), Error> {
    let key = calls::guild_key(ctx).await?;
    let moderator = ctx.author().id.get();
    let case = operation
        .case(CaseSource::Command, moderator)
        .map(|case| NewCase {
            discord_id: member,
            ..case
        });
    let job = queued_job(ctx, operation);
    Ok((ctx.data().engine.begin(job, case).await?, key))
}

/// Sends a stored write once, unless it waits behind another; when that fails in a way the
/// policy retries, it goes to the retry engine's queue and the member sees the amber
/// "queued" reply. Re-sending a write safely needs the queue (read back before re-sending),
/// so nothing is retried here.
async fn first_attempt(
    ctx: Context<'_>,
    operation: &Operation,
    write: FirstAttempt,
    key: &ApiKey,
) -> Result<Written, Error> {
    let summary = text::operation_summary(operation, false);
    let case = write.begun.case_number;
    if write.begun.behind {
        return queued(ctx, case, text::queued(&summary, unix_now())).await;
    }
    let data = ctx.data();
    let sent = reply::quick_or_defer(ctx, operation.send(&data.technified, key)).await;
    let error = match sent {
        Ok(()) => {
            calls::record_success(ctx, key);
            data.engine.end_first(write, CaseOutcome::Done).await;
            return Ok(Written::Done);
        }
        Err(error) => error,
    };
    calls::record_error(ctx, key, &error).await;
    let first = policy::Attempt::default();
    let delay = match policy::decide(&error, first, operation.deadline(), policy::random_jitter()) {
        Decision::Retry { after, .. } => after,
        Decision::GiveUp(_) => {
            data.engine.end_first(write, CaseOutcome::Failed).await;
            return Err(error.into());
        }
    };
    data.engine.queue_first(write, delay, &error).await;
    let notice = match error.kind {
        // Never sent: its rate-limit group is booked for longer than the member should wait.
        ErrorKind::Paced { .. } => text::queued_rate_limited(&summary, unix_in(delay)),
        _ => text::queued(&summary, unix_in(delay)),
    };
    queued(ctx, case, notice).await
}

/// The queue row for `operation`, due now, able to edit this reply.
fn queued_job(ctx: Context<'_>, operation: &Operation) -> NewJob {
    let now_ms = ctx.data().engine.now_ms();
    let mut job = operation.new_job(calls::guild_id(ctx), ctx.author().id.get(), now_ms, now_ms);
    let channel = ctx.interaction.channel_id.get();
    reply_to(&mut job, &ctx.interaction.token, channel, now_ms);
    job
}

async fn queued(
    ctx: Context<'_>,
    case: Option<i64>,
    notice: text::Notice,
) -> Result<Written, Error> {
    let embed = embeds::case(embeds::working(&notice), case);
    reply::show(ctx, embed, Vec::new()).await?;
    Ok(Written::Queued)
}
