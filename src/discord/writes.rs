//! The one way the bot makes a Technified write ([`send`]; for a member's command, [`make`] and
//! [`write`]): stored with its moderation case, then sent now, or, when Technified cannot take
//! it yet, left in the retry engine's queue with the member's reply to edit (filled in by
//! [`reply_to`], here only) or, without one, its result for the log channel; the engine's
//! reports are `reporter.rs`. A bulk file's writes ([`make_bulk`]) all go to the queue at
//! once, as one run.

use std::time::Duration;

use secrecy::SecretString;

use super::embeds::{self, Fitted};
use super::{
    Context, Data, Error, Lang, audit, calls, invocation, member_lang, reply, text, views,
};
use crate::retry::engine::FirstAttempt;
use crate::retry::operation::Operation;
use crate::retry::policy::{self, Decision};
use crate::store::{CaseAction, CaseOutcome, CaseSource, NewBulkRun, NewCase, NewJob};
use crate::technified::{ApiKey, ErrorKind};

/// Discord's interaction token life, minus a margin for the edit itself.
pub const TOKEN_LIFE: Duration = Duration::from_secs(14 * 60 + 30);

/// The interaction (a command or a dialog's submit) whose reply a queued write edits.
#[derive(Clone, Copy)]
pub struct Reply<'a> {
    pub token: &'a str,
    pub channel: u64,
    /// The member's Discord locale: the reply stays in their language.
    pub locale: &'a str,
}

/// Lets a queued `job` edit `reply` while its token lives, from `now_ms` (the process's
/// clock).
pub fn reply_to(job: &mut NewJob, reply: Reply<'_>, now_ms: i64) {
    job.interaction_token = Some(SecretString::from(reply.token.to_owned()));
    job.token_expires_at_ms = Some(now_ms + TOKEN_LIFE.as_millis() as i64);
    job.locale = Some(reply.locale.to_owned());
    job.channel_id = Some(reply.channel);
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
    let lang = member_lang(ctx);
    let done = views::operation_summary(lang, &operation, true);
    let (written, case) = write(ctx, &operation, None).await;
    if let Ok(Written::Done) = written {
        let embed = Fitted::new(embeds::GREEN, &done, "").case(lang, case);
        reply::show(ctx, embed.into(), Vec::new()).await?;
    }
    written.map(drop)
}

/// What became of a write.
pub enum Written {
    /// Technified applied it.
    Done,
    /// It waits in the queue (behind another job of its target, or for a retry); the notice
    /// says so. A member sees it as the amber "queued" reply, which the retry engine edits
    /// with the result.
    Queued(text::Notice),
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
    let lang = member_lang(ctx);
    let request = Request {
        data: ctx.data(),
        guild_id: calls::guild_id(ctx),
        moderator: ctx.author().id.get(),
        member,
        source: CaseSource::Command,
        reply: Some(Reply {
            token: &ctx.interaction.token,
            channel: ctx.interaction.channel_id.get(),
            locale: &ctx.interaction.locale,
        }),
    };
    let Made { case, written } = reply::quick_or_defer(ctx, send(lang, &request, operation)).await;
    invocation::note_case(ctx, case).await;
    let written = match written {
        Ok(Written::Queued(notice)) => {
            let embed = Fitted::new(embeds::AMBER, &notice.title, &notice.body).case(lang, case);
            match reply::show(ctx, embed.into(), Vec::new()).await {
                Ok(()) => Ok(Written::Queued(notice)),
                Err(e) => Err(e.into()),
            }
        }
        other => other,
    };
    if !matches!(written, Ok(Written::Queued(_))) {
        let asked = |lang| views::operation_summary(lang, operation, false);
        audit::audit(ctx, case, asked, &written);
    }
    (written, case)
}

/// Whom a write is made for, and where it came from.
pub struct Request<'a> {
    pub data: &'a Data,
    pub guild_id: u64,
    /// The Discord user the write is made for: the case's moderator.
    pub moderator: u64,
    /// The Discord member the Roblox account belongs to, when known.
    pub member: Option<u64>,
    pub source: CaseSource,
    /// The interaction whose reply a queued write edits; without one, its late result goes
    /// to the log channel.
    pub reply: Option<Reply<'a>>,
}

/// A write's case (once stored) and how its first attempt went.
pub struct Made {
    pub case: Option<i64>,
    pub written: Result<Written, Error>,
}

/// The one write path, for a command ([`write`]) or for ban sync: stores `operation` with its
/// case ([`Engine::begin`]), so a write on a Roblox account is always a case and a case
/// always a write, whatever happens next; then makes the first attempt, unless the target
/// already has an open job (a ban waiting out an outage, then an unban): it waits behind that
/// one, so the two apply in the order they were asked. A failure the policy retries leaves it
/// in the retry engine's queue, which reports its end. Nothing is shown here.
///
/// [`Engine::begin`]: crate::retry::engine::Engine::begin
pub async fn send(lang: Lang, request: &Request<'_>, operation: &Operation) -> Made {
    match begin(request, operation).await {
        Ok((write, key)) => Made {
            case: write.begun.case_number,
            written: first_attempt(lang, request, operation, write, &key).await,
        },
        Err(error) => Made {
            case: None,
            written: Err(error),
        },
    }
}

/// Stores the write and its case, before anything is sent.
async fn begin(
    request: &Request<'_>,
    operation: &Operation,
) -> Result<(FirstAttempt, ApiKey), Error> {
    let data = request.data;
    let key = calls::stored_key_of(data, request.guild_id).await?.key;
    let case = operation
        .case(request.source, request.moderator)
        .map(|case| NewCase {
            discord_id: request.member,
            ..case
        });
    let now_ms = data.clock.now_ms();
    let mut job = operation.new_job(request.guild_id, request.moderator, now_ms, now_ms);
    if let Some(reply) = request.reply {
        reply_to(&mut job, reply, now_ms);
    }
    Ok((data.engine.begin(job, case).await?, key))
}

/// Sends a stored write once, unless it waits behind another; when that fails in a way the
/// policy retries, it goes to the retry engine's queue. Re-sending a write safely needs the
/// queue (read back before re-sending), so nothing is retried here.
async fn first_attempt(
    lang: Lang,
    request: &Request<'_>,
    operation: &Operation,
    write: FirstAttempt,
    key: &ApiKey,
) -> Result<Written, Error> {
    let summary = views::operation_summary(lang, operation, false);
    if write.begun.behind {
        return Ok(Written::Queued(text::queued(
            lang,
            &summary,
            request.data.clock.unix_secs(),
        )));
    }
    let (data, guild) = (request.data, request.guild_id);
    let error = match operation.send(&data.technified, key).await {
        Ok(()) => {
            calls::record_success(data, guild, key);
            data.engine.end_first(write, CaseOutcome::Done).await;
            return Ok(Written::Done);
        }
        Err(error) => error,
    };
    calls::record_error(data, guild, key, &error).await;
    let first = policy::Attempt::default();
    let delay = match policy::decide(&error, first, operation.deadline(), policy::random_jitter()) {
        Decision::Retry { after, .. } => after,
        Decision::GiveUp(_) => {
            data.engine.end_first(write, CaseOutcome::Failed).await;
            return Err(error.into());
        }
    };
    data.engine.queue_first(write, delay, &error).await;
    Ok(Written::Queued(match error.kind {
        // Never sent: its rate-limit group is booked for longer than the member should wait.
        ErrorKind::Paced { .. } => {
            text::queued_rate_limited(lang, &summary, data.clock.unix_in(delay))
        }
        _ => text::queued(lang, &summary, data.clock.unix_in(delay)),
    }))
}

/// Queues the writes of a bulk file as one run (`action` on each account), all with their
/// cases (from a bulk file) in one transaction, and shows the run's start in the member's
/// reply; the retry engine sends them in turn within Technified's quota and reports the run's
/// progress and end in that reply while its token lives, then in the log channel.
pub async fn make_bulk(
    ctx: Context<'_>,
    action: CaseAction,
    operations: Vec<Operation>,
) -> Result<(), Error> {
    let lang = member_lang(ctx);
    let data = ctx.data();
    let guild = calls::guild_id(ctx);
    let moderator = ctx.author().id.get();
    let now_ms = data.engine.now_ms();
    let writes: Vec<_> = operations
        .iter()
        .filter_map(|op| {
            let case = op.case(CaseSource::Bulk, moderator)?;
            Some((op.new_job(guild, moderator, now_ms, now_ms), case))
        })
        .collect();
    let total = writes.len() as i64;
    // The token lives 15 minutes from the command, however long the preview waited.
    let asked_ms = ctx.interaction.id.created_at().unix_timestamp() * 1000;
    let run = NewBulkRun {
        guild_id: guild,
        action,
        requested_by: moderator,
        interaction_token: Some(SecretString::from(ctx.interaction.token.clone())),
        token_expires_at_ms: Some(asked_ms + TOKEN_LIFE.as_millis() as i64),
        locale: Some(ctx.interaction.locale.clone()),
        now_ms,
    };
    data.engine.begin_bulk(run, writes).await?;
    let started = views::bulk_progress(lang, action, 0, total, None);
    reply::show(ctx, embeds::working(&started), Vec::new()).await?;
    Ok(())
}
