//! The durable retry queue (`jobs`): its rows, queueing, the scheduler's queries, each
//! attempt's bookkeeping, cancelling, and the clean-up of old jobs and expired tokens.
//!
//! Long on purpose (about 530 lines of code): every query of the queue shares the row type and
//! its decoding, and the scheduler's, an attempt's and the clean-up's queries are read together
//! when the queue's rules change.

use std::str::FromStr;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use sqlx::any::AnyRow;
use sqlx::{Any, FromRow, Row, Transaction};

use super::cases::{CaseOutcome, set_case_outcome};
use super::{Backend, Store, StoreError, db_id, db_opt_id, from_db_id, now_ms, shard_args};
use crate::shard_range::ShardRange;

/// Jobs a server may have waiting (pending or running) at once: past that a write is refused
/// rather than queued, so one server cannot grow the queue without bound.
pub const MAX_PENDING_PER_GUILD: i64 = 10_000;

/// The first key of the per-server write locks on Postgres ("TBWR"); the second is the
/// server's ID folded into 31 bits (two servers sharing one only wait for each other).
const WRITE_KEY: i32 = 0x5442_5752;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobState {
    Pending,
    Running,
    Done,
    Failed,
    Cancelled,
}

impl JobState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown job state")]
pub struct UnknownJobState;

impl FromStr for JobState {
    type Err = UnknownJobState;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "pending" => Self::Pending,
            "running" => Self::Running,
            "done" => Self::Done,
            "failed" => Self::Failed,
            "cancelled" => Self::Cancelled,
            _ => return Err(UnknownJobState),
        })
    }
}

/// How a job ended; see [`Store::finish`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobOutcome {
    Done,
    Failed,
}

impl JobOutcome {
    fn state(self) -> JobState {
        match self {
            Self::Done => JobState::Done,
            Self::Failed => JobState::Failed,
        }
    }
}

/// A job to queue. Times are unix milliseconds.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub guild_id: u64,
    pub kind: String,
    /// What the job acts on (a Roblox ID, a binding key...), so same-target jobs keep their order.
    pub target: String,
    pub payload: serde_json::Value,
    /// The Discord user who asked.
    pub requested_by: u64,
    /// Lets the engine edit the member's reply, even after a restart.
    pub interaction_token: Option<SecretString>,
    pub token_expires_at_ms: Option<i64>,
    /// The member's Discord locale, for the reply the token edits.
    pub locale: Option<String>,
    pub channel_id: Option<u64>,
    pub next_attempt_at_ms: i64,
    pub deadline_at_ms: i64,
}

/// A row of `jobs`; field names follow the columns, with `_ms` on the millisecond times.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub guild_id: u64,
    pub kind: String,
    pub target: String,
    pub payload: serde_json::Value,
    pub requested_by: u64,
    pub interaction_token: Option<SecretString>,
    pub token_expires_at_ms: Option<i64>,
    pub locale: Option<String>,
    pub channel_id: Option<u64>,
    pub state: JobState,
    pub attempts: u32,
    /// When an attempt that may have reached Technified was first made (unix ms); `None`
    /// while it was never sent. Once set, every attempt reads the state back before sending.
    pub sent_at_ms: Option<i64>,
    pub next_attempt_at_ms: i64,
    pub deadline_at_ms: i64,
    pub last_error: Option<String>,
    pub result: Option<String>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    /// The moderation case this job's write is (src/store/cases.rs), if it is one.
    pub case_number: Option<i64>,
    /// The bulk run this job is one write of (src/store/bulk.rs), if any: its end is told
    /// with the run's progress, not on its own.
    pub bulk_id: Option<i64>,
}

impl<'r> FromRow<'r, AnyRow> for Job {
    fn from_row(row: &'r AnyRow) -> Result<Self, sqlx::Error> {
        let payload: String = row.try_get("payload")?;
        let state: String = row.try_get("state")?;
        Ok(Self {
            id: row.try_get("id")?,
            guild_id: from_db_id(row.try_get("guild_id")?),
            kind: row.try_get("kind")?,
            target: row.try_get("target")?,
            payload: serde_json::from_str(&payload).map_err(|e| decode_error("payload", e))?,
            requested_by: from_db_id(row.try_get("requested_by")?),
            interaction_token: row
                .try_get::<Option<String>, _>("interaction_token")?
                .map(SecretString::from),
            token_expires_at_ms: row.try_get("token_expires_at")?,
            locale: row.try_get("locale")?,
            channel_id: row.try_get::<Option<i64>, _>("channel_id")?.map(from_db_id),
            state: state.parse().map_err(|e| decode_error("state", e))?,
            attempts: u32::try_from(row.try_get::<i64, _>("attempts")?)
                .map_err(|e| decode_error("attempts", e))?,
            sent_at_ms: row.try_get("sent_at")?,
            next_attempt_at_ms: row.try_get("next_attempt_at")?,
            deadline_at_ms: row.try_get("deadline_at")?,
            last_error: row.try_get("last_error")?,
            result: row.try_get("result")?,
            created_at_ms: row.try_get("created_at")?,
            updated_at_ms: row.try_get("updated_at")?,
            case_number: row.try_get("case_number")?,
            bulk_id: row.try_get("bulk_id")?,
        })
    }
}

fn decode_error(
    column: &str,
    error: impl std::error::Error + Send + Sync + 'static,
) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: Box::new(error),
    }
}

impl Store {
    pub async fn job(&self, id: i64) -> Result<Option<Job>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM jobs WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Takes a pending job for an attempt; false when it is not pending (another worker or
    /// process took it, or it was cancelled or finished).
    ///
    /// One compare-and-set on `state`, so of two claims exactly one wins: SQLite runs one
    /// writer at a time; Postgres makes the second UPDATE wait for the first's row lock and
    /// then checks `state = 'pending'` again on the committed row (READ COMMITTED), finding
    /// it `running`. That is the guarantee `FOR UPDATE SKIP LOCKED` gives, without a
    /// transaction around the read; a loser only skips the job, as with SKIP LOCKED.
    pub async fn claim(&self, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'running',
                 updated_at = $2
             WHERE id = $1 AND state = 'pending'",
        )
        .bind(id)
        .bind(now_ms())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Puts a job back in the queue after a failed attempt. `sent_at` (this attempt's start,
    /// when it may have reached Technified) is kept only when none was recorded before: once a
    /// request may have reached Technified, every later attempt reads back first. A write of a
    /// bulk run cancelled meanwhile is cancelled instead, with its case. False when the job
    /// was not pending or running.
    pub async fn reschedule(
        &self,
        id: i64,
        attempts: u32,
        next_attempt_at_ms: i64,
        sent_at_ms: Option<i64>,
        last_error: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let state: Option<String> = sqlx::query_scalar(
            "UPDATE jobs SET attempts = $1, next_attempt_at = $2,
                 state = CASE WHEN bulk_id IN (SELECT id FROM bulk_runs WHERE cancelled = 1)
                              THEN 'cancelled' ELSE 'pending' END,
                 sent_at = COALESCE(sent_at, $3),
                 sent_once = CASE WHEN $3 IS NULL THEN sent_once ELSE 1 END,
                 last_error = $4,
                 updated_at = $6
             WHERE id = $5 AND state IN ('pending', 'running')
             RETURNING state",
        )
        .bind(i64::from(attempts))
        .bind(next_attempt_at_ms)
        .bind(sent_at_ms)
        .bind(last_error)
        .bind(id)
        .bind(now_ms())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(state) = state else {
            return Ok(false);
        };
        if state == JobState::Cancelled.as_str() {
            set_case_outcome(&mut tx, id, CaseOutcome::Cancelled).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Ends a job with its final result (the retry engine's code for how it ended), to be
    /// reported ([`Self::mark_reported`]); `last_error`, when given, replaces the recorded one.
    /// Its case takes the same outcome in the same transaction. False when the job was not
    /// pending or running.
    pub async fn finish(
        &self,
        id: i64,
        outcome: JobOutcome,
        result: &str,
        last_error: Option<&str>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE jobs SET state = $1, result = $2, last_error = COALESCE($3, last_error),
                 reported = 0, updated_at = $5
             WHERE id = $4 AND state IN ('pending', 'running')",
        )
        .bind(outcome.state().as_str())
        .bind(result)
        .bind(last_error)
        .bind(id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        set_case_outcome(&mut tx, id, CaseOutcome::of_job(outcome.state())).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The end of the job has been reported: its interaction token is of no more use and is
    /// deleted.
    pub async fn mark_reported(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE jobs SET reported = 1, interaction_token = NULL WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Finished jobs of servers on `shards` whose end was never reported (the bot stopped in
    /// between), oldest first.
    pub async fn unreported_jobs(&self, shards: ShardRange) -> Result<Vec<Job>, StoreError> {
        Ok(sqlx::query_as_with(
            concat!(
                "SELECT * FROM jobs
                 WHERE reported = 0 AND state IN ('done', 'failed') AND ",
                on_shards!("guild_id"),
                " ORDER BY id"
            ),
            shard_args(shards)?,
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// Ends every pending job of the server as failed with `result` (the engine's code), to be
    /// reported (its key was removed, or the bot was removed from it), their cases too in the
    /// same transaction. Jobs under way finish their attempt. Returns the jobs ended.
    pub async fn end_pending(&self, guild_id: u64, result: &str) -> Result<Vec<Job>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let ended: Vec<Job> = sqlx::query_as(
            "UPDATE jobs SET state = 'failed', result = $1, reported = 0,
                 updated_at = $3
             WHERE guild_id = $2 AND state = 'pending'
             RETURNING *",
        )
        .bind(result)
        .bind(db_id(guild_id)?)
        .bind(now_ms())
        .fetch_all(&mut *tx)
        .await?;
        for job in &ended {
            set_case_outcome(&mut tx, job.id, CaseOutcome::Failed).await?;
        }
        tx.commit().await?;
        Ok(ended)
    }

    /// Deletes the interaction tokens that expired by `now_ms` (unix ms): they can edit
    /// nothing any more, and a credential is not kept longer than it is useful. Returns how
    /// many.
    pub async fn clear_expired_tokens(&self, now_ms: i64) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET interaction_token = NULL
             WHERE interaction_token IS NOT NULL AND token_expires_at <= $1",
        )
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Cancels a pending job of this server, and its case in the same transaction; false when
    /// it is not this server's, or is running or already over.
    pub async fn cancel(&self, guild_id: u64, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE jobs SET state = 'cancelled', interaction_token = NULL,
                 updated_at = $3
             WHERE id = $1 AND guild_id = $2 AND state = 'pending'",
        )
        .bind(id)
        .bind(db_id(guild_id)?)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        set_case_outcome(&mut tx, id, CaseOutcome::Cancelled).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// For `/jobs`: the server's pending and running jobs in queue order, then those that
    /// failed or were cancelled in the last 24 hours, newest first. Writes of bulk runs are
    /// not among them: `/jobs` shows each run as one line ([`Store::open_bulk_runs_of`]).
    pub async fn jobs_for_guild(&self, guild_id: u64, limit: u32) -> Result<Vec<Job>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT * FROM jobs
             WHERE guild_id = $1 AND bulk_id IS NULL
               AND (state IN ('pending', 'running')
                    OR (state IN ('failed', 'cancelled')
                        AND updated_at >= $3 - 86400000))
             ORDER BY state IN ('failed', 'cancelled'),
                      CASE WHEN state IN ('pending', 'running') THEN id END,
                      updated_at DESC, id DESC
             LIMIT $2",
        )
        .bind(db_id(guild_id)?)
        .bind(i64::from(limit))
        .bind(now_ms())
        .fetch_all(&self.pool)
        .await?)
    }

    /// Jobs not over yet (pending or running), for one server or all.
    pub async fn pending_count(&self, guild_id: Option<u64>) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs
             WHERE state IN ('pending', 'running') AND ($1 IS NULL OR guild_id = $1)",
        )
        .bind(db_opt_id(guild_id)?)
        .fetch_one(&self.pool)
        .await?)
    }

    /// At start: jobs of servers on `shards` left running by a crash go back to pending,
    /// marked sent since the interrupted attempt may have reached Technified; it began no
    /// earlier than the time it was due. Other shards' running jobs are another live
    /// process's. Returns how many.
    pub async fn recover_running(&self, shards: ShardRange) -> Result<u64, StoreError> {
        let done = sqlx::query_with(
            concat!(
                "UPDATE jobs SET state = 'pending', sent_once = 1,
                     sent_at = COALESCE(sent_at, next_attempt_at),
                     updated_at = $4
                 WHERE state = 'running' AND ",
                on_shards!("guild_id")
            ),
            shard_args(shards)?,
        )
        .bind(now_ms())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Deletes jobs that ended (done, failed or cancelled) more than `age` ago, with the
    /// interaction tokens they kept. By the process clock, like `updated_at`. Returns how many.
    pub async fn purge_finished(&self, age: Duration) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "DELETE FROM jobs
             WHERE state IN ('done', 'failed', 'cancelled')
               AND updated_at < $2 - $1",
        )
        .bind(i64::try_from(age.as_millis()).unwrap_or(i64::MAX))
        .bind(now_ms())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    // ---- retry engine (additive; see src/retry/engine/mod.rs) ----

    /// Queues a job and returns its ID. The row is committed when this returns, so the member
    /// may be told "queued" only afterwards. `attempts` counts attempts already made (the
    /// command's own first one) and `sent_at_ms` says when one may have reached Technified
    /// (`None`: never sent), in the same statement, so no later attempt can re-send before
    /// reading back, even after a crash right after queueing. A server with
    /// [`MAX_PENDING_PER_GUILD`] jobs not over yet gets [`StoreError::QueueFull`] and nothing
    /// is stored (counted under the server's write lock, so two writes cannot both take the
    /// last place).
    pub async fn enqueue(
        &self,
        job: NewJob,
        attempts: u32,
        sent_at_ms: Option<i64>,
        last_error: Option<&str>,
    ) -> Result<i64, StoreError> {
        let guild_id = db_id(job.guild_id)?;
        let mut tx = self.pool.begin().await?;
        self.lock_server_writes(&mut tx, job.guild_id).await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO jobs
                 (guild_id, kind, target, payload, requested_by, interaction_token,
                  token_expires_at, channel_id, next_attempt_at, deadline_at,
                  attempts, sent_at, sent_once, last_error, created_at, updated_at, locale)
             SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
                    CASE WHEN $12 IS NULL THEN 0 ELSE 1 END, $13, $15, $15, $16
             WHERE (SELECT COUNT(*) FROM jobs
                    WHERE guild_id = $1 AND state IN ('pending', 'running')) < $14
             RETURNING id",
        )
        .bind(guild_id)
        .bind(job.kind)
        .bind(job.target)
        .bind(job.payload.to_string())
        .bind(db_id(job.requested_by)?)
        .bind(
            job.interaction_token
                .as_ref()
                .map(|t| t.expose_secret().to_owned()),
        )
        .bind(job.token_expires_at_ms)
        .bind(db_opt_id(job.channel_id)?)
        .bind(job.next_attempt_at_ms)
        .bind(job.deadline_at_ms)
        .bind(i64::from(attempts))
        .bind(sent_at_ms)
        .bind(last_error)
        .bind(MAX_PENDING_PER_GUILD)
        .bind(now_ms())
        .bind(job.locale.as_deref())
        .fetch_optional(&mut *tx)
        .await?;
        let id = id.ok_or(StoreError::QueueFull)?;
        tx.commit().await?;
        Ok(id)
    }

    /// Makes the transaction the only one storing writes of the server until it ends, so that
    /// counting the server's queue and adding to it are one step. SQLite runs one writing
    /// transaction at a time anyway; on Postgres two transactions would each count without
    /// the other's rows (several processes, or one process's pool), so a lock per server.
    pub(super) async fn lock_server_writes(
        &self,
        tx: &mut Transaction<'_, Any>,
        guild_id: u64,
    ) -> Result<(), StoreError> {
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT 1 FROM pg_advisory_xact_lock($1, $2)")
                .bind(WRITE_KEY)
                .bind(i32::try_from(guild_id % i32::MAX as u64).unwrap_or(0))
                .fetch_one(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// Pending jobs due at `now_ms` that are first in line for their server and target (no
    /// earlier job of that server and target is pending or running), at most `per_guild` per
    /// server so that one busy server cannot fill the batch, in queue order. Only servers on
    /// `shards` (`on_shards!`): each process runs its own servers' jobs.
    pub async fn ready_jobs(
        &self,
        now_ms: i64,
        per_guild: u32,
        limit: u32,
        shards: ShardRange,
    ) -> Result<Vec<Job>, StoreError> {
        // Ranked by ID only, whole rows read for the batch alone: with thousands of jobs due,
        // carrying every row's payload through the window costs three times as much.
        Ok(sqlx::query_as_with(
            concat!(
                "SELECT * FROM jobs WHERE id IN (
                     SELECT id FROM (
                         SELECT j.id,
                                ROW_NUMBER() OVER (PARTITION BY j.guild_id ORDER BY j.id) AS nth
                         FROM jobs AS j
                         WHERE j.state = 'pending' AND j.next_attempt_at <= $4 AND ",
                on_shards!("j.guild_id"),
                "
                           AND NOT EXISTS (
                               SELECT 1 FROM jobs AS e
                               WHERE e.guild_id = j.guild_id AND e.target = j.target
                                 AND e.id < j.id AND e.state IN ('pending', 'running'))
                     ) AS ranked
                     WHERE nth <= $5 ORDER BY id LIMIT $6
                 )
                 ORDER BY id"
            ),
            shard_args(shards)?,
        )
        .bind(now_ms)
        .bind(i64::from(per_guild))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?)
    }

    /// When the next pending job of a server on `shards` that is first in line for its server
    /// and target is due (unix ms): the jobs behind it wait for it, not for the clock.
    pub async fn next_ready_at(&self, shards: ShardRange) -> Result<Option<i64>, StoreError> {
        // In due order with LIMIT 1 (not MIN): the scan stops at the first job in line.
        Ok(sqlx::query_scalar_with(
            concat!(
                "SELECT j.next_attempt_at FROM jobs AS j
                 WHERE j.state = 'pending' AND ",
                on_shards!("j.guild_id"),
                "
                   AND NOT EXISTS (
                       SELECT 1 FROM jobs AS e
                       WHERE e.guild_id = j.guild_id AND e.target = j.target AND e.id < j.id
                         AND e.state IN ('pending', 'running'))
                 ORDER BY j.next_attempt_at LIMIT 1"
            ),
            shard_args(shards)?,
        )
        .fetch_optional(&self.pool)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_states_round_trip() {
        use JobState::*;
        for state in [Pending, Running, Done, Failed, Cancelled] {
            assert_eq!(state.as_str().parse::<JobState>(), Ok(state));
        }
        assert_eq!("paused".parse::<JobState>(), Err(UnknownJobState));
    }
}
