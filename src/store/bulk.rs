//! Bulk runs (`bulk_runs`): one confirmed `/roblox bulk-ban` or `bulk-unban` file. Its writes
//! are ordinary jobs, each with its case, that carry the run's id: stored all together with
//! the run in one transaction ([`Store::begin_bulk`]), cancelled together
//! ([`Store::cancel_bulk`]), counted for the run's progress and listed for its final report.

use secrecy::{ExposeSecret, SecretString};
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::cases::{CaseAction, NewCase, insert_case, take_case_numbers};
use super::jobs::{JobState, MAX_PENDING_PER_GUILD, NewJob};
use super::{Store, StoreError, db_id, from_db_id, shard_args};
use crate::shard_range::ShardRange;

/// A run to store with its writes.
#[derive(Debug, Clone)]
pub struct NewBulkRun {
    pub guild_id: u64,
    pub action: CaseAction,
    /// The Discord user who confirmed it.
    pub requested_by: u64,
    /// Lets the run edit the member's reply while the token lives.
    pub interaction_token: Option<SecretString>,
    pub token_expires_at_ms: Option<i64>,
    /// The member's Discord locale, for the reply the token edits.
    pub locale: Option<String>,
    /// When it was confirmed (unix ms, the engine's clock): its first progress is shown then.
    pub now_ms: i64,
}

/// A row of `bulk_runs`. Times are unix milliseconds.
#[derive(Debug, Clone)]
pub struct BulkRun {
    pub id: i64,
    pub guild_id: u64,
    pub action: CaseAction,
    pub requested_by: u64,
    pub total: i64,
    pub interaction_token: Option<SecretString>,
    pub token_expires_at_ms: Option<i64>,
    pub locale: Option<String>,
    /// The progress message in the log channel, once the token could no longer edit the reply.
    pub log_message_id: Option<u64>,
    /// When progress was last shown.
    pub progress_at_ms: i64,
    pub cancelled: bool,
    pub created_at_ms: i64,
}

impl<'r> FromRow<'r, AnyRow> for BulkRun {
    fn from_row(row: &'r AnyRow) -> Result<Self, sqlx::Error> {
        let id = |column: &str| row.try_get::<i64, _>(column).map(from_db_id);
        Ok(Self {
            id: row.try_get("id")?,
            guild_id: id("guild_id")?,
            action: row.try_get::<String, _>("action")?.parse()?,
            requested_by: id("requested_by")?,
            total: row.try_get("total")?,
            interaction_token: row
                .try_get::<Option<String>, _>("interaction_token")?
                .map(SecretString::from),
            token_expires_at_ms: row.try_get("token_expires_at")?,
            locale: row.try_get("locale")?,
            log_message_id: row
                .try_get::<Option<i64>, _>("log_message_id")?
                .map(from_db_id),
            progress_at_ms: row.try_get("progress_at")?,
            cancelled: row.try_get::<i64, _>("cancelled")? != 0,
            created_at_ms: row.try_get("created_at")?,
        })
    }
}

/// How far a run's writes have got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BulkCounts {
    pub done: i64,
    pub failed: i64,
    pub cancelled: i64,
    /// Pending or running.
    pub open: i64,
}

impl BulkCounts {
    pub fn over(&self) -> i64 {
        self.done + self.failed + self.cancelled
    }
}

/// One write of a run, for its report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkWrite {
    pub roblox_id: u64,
    pub state: JobState,
    /// The job's recorded result code, when over (see `crate::retry::engine::FailureReason`).
    pub result: Option<String>,
    /// Technified's last error for it, if any.
    pub last_error: Option<String>,
}

impl Store {
    /// Stores a run and its writes (each a job, pending, with its case under the server's next
    /// numbers) in one transaction, and returns the run's id. When the server's queue has no
    /// room for all of them, nothing is stored ([`StoreError::QueueFull`]).
    pub async fn begin_bulk(
        &self,
        run: NewBulkRun,
        writes: Vec<(NewJob, NewCase)>,
    ) -> Result<i64, StoreError> {
        let guild_id = db_id(run.guild_id)?;
        let count = writes.len() as i64;
        let mut tx = self.pool.begin().await?;
        self.lock_server_writes(&mut tx, run.guild_id).await?;
        // First, so the transaction holds SQLite's write lock before it looks at the queue.
        let last_number = take_case_numbers(&mut tx, guild_id, count).await?;
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs WHERE guild_id = $1 AND state IN ('pending', 'running')",
        )
        .bind(guild_id)
        .fetch_one(&mut *tx)
        .await?;
        if waiting + count > MAX_PENDING_PER_GUILD {
            return Err(StoreError::QueueFull);
        }
        let run_id: i64 = sqlx::query_scalar(
            "INSERT INTO bulk_runs
                 (guild_id, action, requested_by, total, interaction_token, token_expires_at,
                  progress_at, created_at, locale)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)
             RETURNING id",
        )
        .bind(guild_id)
        .bind(run.action.as_str())
        .bind(db_id(run.requested_by)?)
        .bind(count)
        .bind(
            run.interaction_token
                .as_ref()
                .map(|t| t.expose_secret().to_owned()),
        )
        .bind(run.token_expires_at_ms)
        .bind(run.now_ms)
        .bind(run.locale.as_deref())
        .fetch_one(&mut *tx)
        .await?;
        for (number, (job, case)) in (last_number - count + 1..).zip(writes) {
            let job_id: i64 = sqlx::query_scalar(
                "INSERT INTO jobs
                     (guild_id, kind, target, payload, requested_by, next_attempt_at,
                      deadline_at, case_number, bulk_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 RETURNING id",
            )
            .bind(guild_id)
            .bind(&job.kind)
            .bind(&job.target)
            .bind(job.payload.to_string())
            .bind(db_id(job.requested_by)?)
            .bind(job.next_attempt_at_ms)
            .bind(job.deadline_at_ms)
            .bind(number)
            .bind(run_id)
            .fetch_one(&mut *tx)
            .await?;
            insert_case(&mut tx, guild_id, number, job_id, &case).await?;
        }
        tx.commit().await?;
        Ok(run_id)
    }

    /// Runs of servers on `shards` whose final report has not gone out yet, oldest first:
    /// each process shows and reports its own servers' runs, as it runs their writes.
    pub async fn open_bulk_runs(&self, shards: ShardRange) -> Result<Vec<BulkRun>, StoreError> {
        Ok(sqlx::query_as_with(
            concat!(
                "SELECT * FROM bulk_runs WHERE reported = 0 AND ",
                on_shards!("guild_id"),
                " ORDER BY id"
            ),
            shard_args(shards)?,
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// One server's runs whose final report has not gone out yet, oldest first.
    pub async fn open_bulk_runs_of(&self, guild_id: u64) -> Result<Vec<BulkRun>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT * FROM bulk_runs WHERE reported = 0 AND guild_id = $1 ORDER BY id",
        )
        .bind(db_id(guild_id)?)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn bulk_counts(&self, run_id: i64) -> Result<BulkCounts, StoreError> {
        let (done, failed, cancelled, open) = sqlx::query_as(
            "SELECT COUNT(*) FILTER (WHERE state = 'done'),
                    COUNT(*) FILTER (WHERE state = 'failed'),
                    COUNT(*) FILTER (WHERE state = 'cancelled'),
                    COUNT(*) FILTER (WHERE state IN ('pending', 'running'))
             FROM jobs WHERE bulk_id = $1",
        )
        .bind(run_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(BulkCounts {
            done,
            failed,
            cancelled,
            open,
        })
    }

    /// Every write of a run, in the order of the file.
    pub async fn bulk_writes(&self, run_id: i64) -> Result<Vec<BulkWrite>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.roblox_id, j.state, j.result, j.last_error
             FROM jobs AS j JOIN cases AS c ON c.job_id = j.id
             WHERE j.bulk_id = $1 ORDER BY j.id",
        )
        .bind(run_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let state: String = row.try_get("state")?;
                Ok(BulkWrite {
                    roblox_id: from_db_id(row.try_get("roblox_id")?),
                    state: state
                        .parse()
                        .map_err(|_| sqlx::Error::Decode(format!("job state {state:?}").into()))?,
                    result: row.try_get("result")?,
                    last_error: row.try_get("last_error")?,
                })
            })
            .collect()
    }

    /// Progress of the run was shown at `at_ms`, in the log channel's message
    /// `log_message_id` when it is set.
    pub async fn note_bulk_progress(
        &self,
        run_id: i64,
        at_ms: i64,
        log_message_id: Option<u64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE bulk_runs SET progress_at = $1, log_message_id = COALESCE($2, log_message_id)
             WHERE id = $3",
        )
        .bind(at_ms)
        .bind(log_message_id.map(db_id).transpose()?)
        .bind(run_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The run's final report went out: its interaction token is of no more use.
    pub async fn mark_bulk_reported(&self, run_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE bulk_runs SET reported = 1, interaction_token = NULL WHERE id = $1")
            .bind(run_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Cancels what is left of a run of this server (its pending writes and their cases, in
    /// one transaction); a write being sent right now is cancelled if it comes back to the
    /// queue (see `reschedule`). Returns how many were cancelled, or `None` when the run is
    /// not this server's or is over.
    pub async fn cancel_bulk(&self, guild_id: u64, run_id: i64) -> Result<Option<u64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let marked = sqlx::query(
            "UPDATE bulk_runs SET cancelled = 1 WHERE id = $1 AND guild_id = $2 AND reported = 0",
        )
        .bind(run_id)
        .bind(db_id(guild_id)?)
        .execute(&mut *tx)
        .await?;
        if marked.rows_affected() != 1 {
            return Ok(None);
        }
        let cancelled = sqlx::query(
            "UPDATE jobs SET state = 'cancelled',
                 updated_at = $2
             WHERE bulk_id = $1 AND state = 'pending'",
        )
        .bind(run_id)
        .bind(super::now_ms())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE cases SET outcome = 'cancelled', updated_at = $1
             WHERE outcome = 'queued'
               AND job_id IN (SELECT id FROM jobs WHERE bulk_id = $2 AND state = 'cancelled')",
        )
        .bind(super::now_ms())
        .bind(run_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(cancelled.rows_affected()))
    }
}
