//! The one way a command makes a Technified write for a member ([`make`]): sent now, or, when
//! Technified cannot take it yet, queued durably for the retry engine with the member's reply
//! to edit (filled in by [`reply_to`], here only); the engine's reports are `reporter.rs`.

use std::time::Duration;

use secrecy::SecretString;

use super::embeds::{unix_in, unix_now};
use super::{Context, Error, audit, calls, embeds, reply, text};
use crate::retry::operation::Operation;
use crate::retry::policy::{self, Decision};
use crate::store::NewJob;
use crate::technified::ErrorKind;

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
pub async fn make(ctx: Context<'_>, operation: Operation) -> Result<(), Error> {
    let done = text::operation_summary(&operation, true);
    let written = write(ctx, &operation).await;
    if let Ok(Written::Done) = written {
        reply::show(ctx, embeds::success(&done, ""), Vec::new()).await?;
    }
    written.map(drop)
}

/// What became of a write.
pub enum Written {
    /// Technified applied it.
    Done,
    /// Technified failed in a way worth retrying: it is in the queue, and the member sees the
    /// amber "queued" reply, which the retry engine edits with the result.
    Queued,
}

/// Makes `operation` like [`make`], for a command that shows the result itself (with more
/// beside it): the amber "queued" reply and the audit line are given here, the green or red
/// answer is the caller's. The audit line is posted in the background.
pub async fn write(ctx: Context<'_>, operation: &Operation) -> Result<Written, Error> {
    let written = send_or_queue(ctx, operation).await;
    if !matches!(written, Ok(Written::Queued)) {
        let asked = text::operation_summary(operation, false);
        audit::audit(ctx, &asked, &written);
    }
    written
}

/// Sends `operation` once; when that fails in a way the policy retries, stores it for the
/// retry engine (before telling the member), shows the amber "queued" reply, and returns
/// `Queued`. Other failures are errors as usual. A write whose target already has a queued
/// job (a ban waiting out an outage, then an unban) queues behind it instead, so the two
/// apply in the order they were asked. Re-sending a write safely needs the durable queue
/// (read back before re-sending), so nothing is retried here.
async fn send_or_queue(ctx: Context<'_>, operation: &Operation) -> Result<Written, Error> {
    let key = calls::guild_key(ctx).await?;
    let data = ctx.data();
    let guild = calls::guild_id(ctx);
    if data.engine.target_busy(guild, &operation.target()).await? {
        data.engine
            .submit(queued_job(ctx, operation, Duration::ZERO))
            .await?;
        let notice = text::queued(&text::operation_summary(operation, false), unix_now());
        return queued(ctx, notice).await;
    }
    let sent = reply::quick_or_defer(ctx, operation.send(&data.technified, &key)).await;
    let error = match sent {
        Ok(()) => {
            calls::record_success(ctx, &key);
            return Ok(Written::Done);
        }
        Err(error) => error,
    };
    calls::record_error(ctx, &key, &error).await;
    let first = policy::Attempt::default();
    let delay = match policy::decide(&error, first, operation.deadline(), policy::random_jitter()) {
        Decision::Retry { after, .. } => after,
        Decision::GiveUp(_) => return Err(error.into()),
    };
    let job = queued_job(ctx, operation, delay);
    data.engine.submit_after(job, &error).await?;
    let summary = text::operation_summary(operation, false);
    let notice = match error.kind {
        // Never sent: its rate-limit group is booked for longer than the member should wait.
        ErrorKind::Paced { .. } => text::queued_rate_limited(&summary, unix_in(delay)),
        _ => text::queued(&summary, unix_in(delay)),
    };
    queued(ctx, notice).await
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
    let channel = ctx.interaction.channel_id.get();
    reply_to(&mut job, &ctx.interaction.token, channel, now_ms);
    job
}

async fn queued(ctx: Context<'_>, notice: text::Notice) -> Result<Written, Error> {
    reply::show(ctx, embeds::working(&notice), Vec::new()).await?;
    Ok(Written::Queued)
}
