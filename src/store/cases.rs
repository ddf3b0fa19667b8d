//! Moderation cases (`cases`): one per write on a Roblox account, numbered per server, stored
//! with its write's job in one transaction ([`Store::begin_write`]) and kept in step with that
//! job's end (`jobs.rs`: finish, cancel, end_pending).

use std::str::FromStr;

use sqlx::any::AnyRow;
use sqlx::{Any, FromRow, Row, Transaction};

use super::jobs::{JobState, MAX_PENDING_PER_GUILD, NewJob};
use super::{Store, StoreError, db_id, db_opt_id, from_db_id, now_ms};

/// What a case did at Technified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseAction {
    Ban,
    Unban,
    Mute,
    Unmute,
}

/// Where a case came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseSource {
    /// A slash command.
    Command,
    /// A bulk file.
    Bulk,
    /// Ban sync, from a ban on Discord.
    BanSync,
}

/// How a case's write went so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseOutcome {
    /// Stored and not over: being sent, or waiting in the retry queue.
    Queued,
    Done,
    Failed,
    Cancelled,
}

macro_rules! names {
    ($type:ty, $what:literal, $($variant:ident = $name:literal),+ $(,)?) => {
        impl $type {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $name),+ }
            }
        }

        impl FromStr for $type {
            type Err = sqlx::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($name => Ok(Self::$variant),)+
                    other => Err(sqlx::Error::Decode(format!("unknown {} {other:?}", $what).into())),
                }
            }
        }
    };
}

names!(
    CaseAction,
    "case action",
    Ban = "ban",
    Unban = "unban",
    Mute = "mute",
    Unmute = "unmute"
);
names!(
    CaseSource,
    "case source",
    Command = "command",
    Bulk = "bulk",
    BanSync = "ban_sync"
);
names!(
    CaseOutcome,
    "case outcome",
    Queued = "queued",
    Done = "done",
    Failed = "failed",
    Cancelled = "cancelled",
);

impl CaseOutcome {
    /// A job's end, as its case's outcome.
    pub fn of_job(state: JobState) -> CaseOutcome {
        match state {
            JobState::Pending | JobState::Running => CaseOutcome::Queued,
            JobState::Done => CaseOutcome::Done,
            JobState::Failed => CaseOutcome::Failed,
            JobState::Cancelled => CaseOutcome::Cancelled,
        }
    }
}

/// A case to store with its write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCase {
    pub action: CaseAction,
    pub roblox_id: u64,
    /// The Discord member the Roblox account belongs to, when known.
    pub discord_id: Option<u64>,
    /// The Discord user who asked.
    pub moderator_id: u64,
    /// The moderator's Roblox account, as recorded at Technified (bans and mutes).
    pub moderator_roblox_id: Option<u64>,
    pub reason: Option<String>,
    /// As asked (`7d`, `12h`); `None` for permanent, or for a lift.
    pub duration: Option<String>,
    pub source: CaseSource,
}

/// A row of `cases`. Times are unix milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub guild_id: u64,
    pub number: i64,
    pub job_id: i64,
    pub action: CaseAction,
    pub roblox_id: u64,
    pub discord_id: Option<u64>,
    pub moderator_id: u64,
    pub moderator_roblox_id: Option<u64>,
    pub reason: Option<String>,
    pub duration: Option<String>,
    pub source: CaseSource,
    pub outcome: CaseOutcome,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

impl<'r> FromRow<'r, AnyRow> for Case {
    fn from_row(row: &'r AnyRow) -> Result<Self, sqlx::Error> {
        let id = |column: &str| row.try_get::<i64, _>(column).map(from_db_id);
        let maybe_id = |column: &str| {
            Ok::<_, sqlx::Error>(row.try_get::<Option<i64>, _>(column)?.map(from_db_id))
        };
        Ok(Self {
            guild_id: id("guild_id")?,
            number: row.try_get("number")?,
            job_id: row.try_get("job_id")?,
            action: row.try_get::<String, _>("action")?.parse()?,
            roblox_id: id("roblox_id")?,
            discord_id: maybe_id("discord_id")?,
            moderator_id: id("moderator_id")?,
            moderator_roblox_id: maybe_id("moderator_roblox_id")?,
            reason: row.try_get("reason")?,
            duration: row.try_get("duration")?,
            source: row.try_get::<String, _>("source")?.parse()?,
            outcome: row.try_get::<String, _>("outcome")?.parse()?,
            created_at_ms: row.try_get("created_at")?,
            updated_at_ms: row.try_get("updated_at")?,
        })
    }
}

/// Which cases `/cases list` shows; every filter set must match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CaseFilter {
    /// About this Discord member: recorded as the case's member, or (`linked_roblox_id`) the
    /// Roblox account linked to them.
    pub member: Option<u64>,
    pub linked_roblox_id: Option<u64>,
    pub roblox_id: Option<u64>,
    pub moderator: Option<u64>,
}

/// A write stored before its first attempt ([`Store::begin_write`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Begun {
    pub job_id: i64,
    pub case_number: Option<i64>,
    /// Another job of the same target is open: this one waits behind it (pending), unsent.
    /// Otherwise the job is `running`, claimed by the caller for its first attempt.
    pub behind: bool,
}

impl Store {
    /// Stores a write before it is made, in one transaction: its job, claimed for the caller's
    /// first attempt (`running`), or pending behind an open job of the same target; and its
    /// case (when it has one) under the server's next number. A server with
    /// [`MAX_PENDING_PER_GUILD`] jobs not over yet gets [`StoreError::QueueFull`] and nothing
    /// is stored, its case number included.
    pub async fn begin_write(
        &self,
        job: NewJob,
        case: Option<NewCase>,
    ) -> Result<Begun, StoreError> {
        let guild_id = db_id(job.guild_id)?;
        let mut tx = self.pool.begin().await?;
        // Two writes of one server must not both find its target free (two first attempts at
        // once) or both take the queue's last place.
        self.lock_server_writes(&mut tx, job.guild_id).await?;
        let case_number: Option<i64> = match case {
            // First, so the transaction holds SQLite's write lock before it looks at the queue.
            Some(_) => Some(take_case_numbers(&mut tx, guild_id, 1).await?),
            None => None,
        };
        let inserted: Option<(i64, String)> = sqlx::query_as(
            "INSERT INTO jobs
                 (guild_id, kind, target, payload, requested_by, interaction_token,
                  token_expires_at, channel_id, next_attempt_at, deadline_at, case_number, state,
                  locale)
             SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
                    CASE WHEN EXISTS (SELECT 1 FROM jobs WHERE guild_id = $1 AND target = $3
                                        AND state IN ('pending', 'running'))
                         THEN 'pending' ELSE 'running' END,
                    $13
             WHERE (SELECT COUNT(*) FROM jobs
                    WHERE guild_id = $1 AND state IN ('pending', 'running')) < $12
             RETURNING id, state",
        )
        .bind(guild_id)
        .bind(&job.kind)
        .bind(&job.target)
        .bind(job.payload.to_string())
        .bind(db_id(job.requested_by)?)
        .bind(
            job.interaction_token
                .as_ref()
                .map(|t| secrecy::ExposeSecret::expose_secret(t).to_owned()),
        )
        .bind(job.token_expires_at_ms)
        .bind(db_opt_id(job.channel_id)?)
        .bind(job.next_attempt_at_ms)
        .bind(job.deadline_at_ms)
        .bind(case_number)
        .bind(MAX_PENDING_PER_GUILD)
        .bind(job.locale.as_deref())
        .fetch_optional(&mut *tx)
        .await?;
        let Some((job_id, state)) = inserted else {
            return Err(StoreError::QueueFull);
        };
        if let (Some(case), Some(number)) = (case, case_number) {
            insert_case(&mut tx, guild_id, number, job_id, &case).await?;
        }
        tx.commit().await?;
        Ok(Begun {
            job_id,
            case_number,
            behind: state == "pending",
        })
    }

    /// Ends a write whose first attempt ended it (applied, or refused): its job is deleted
    /// (nothing is left to retry or report) and its case takes `outcome`, in one transaction.
    /// False when the job was no longer running (then nothing changes).
    pub async fn end_write(&self, job_id: i64, outcome: CaseOutcome) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let deleted = sqlx::query("DELETE FROM jobs WHERE id = $1 AND state = 'running'")
            .bind(job_id)
            .execute(&mut *tx)
            .await?;
        if deleted.rows_affected() != 1 {
            return Ok(false);
        }
        set_case_outcome(&mut tx, job_id, outcome).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// One case of this server.
    pub async fn case(&self, guild_id: u64, number: i64) -> Result<Option<Case>, StoreError> {
        Ok(
            sqlx::query_as("SELECT * FROM cases WHERE guild_id = $1 AND number = $2")
                .bind(db_id(guild_id)?)
                .bind(number)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// This server's cases matching `filter`, newest first, at most `limit`; and how many
    /// match in all.
    pub async fn cases(
        &self,
        guild_id: u64,
        filter: CaseFilter,
        limit: u32,
    ) -> Result<(Vec<Case>, i64), StoreError> {
        // The total rides on every row (a window over the whole match, before the limit).
        let rows = sqlx::query(
            "SELECT *, COUNT(*) OVER () AS total FROM cases
             WHERE guild_id = $1
               AND ($2 IS NULL OR discord_id = $2 OR roblox_id = $3)
               AND ($4 IS NULL OR roblox_id = $4)
               AND ($5 IS NULL OR moderator_id = $5)
             ORDER BY number DESC LIMIT $6",
        )
        .bind(db_id(guild_id)?)
        .bind(db_opt_id(filter.member)?)
        .bind(db_opt_id(filter.linked_roblox_id)?)
        .bind(db_opt_id(filter.roblox_id)?)
        .bind(db_opt_id(filter.moderator)?)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        let total = match rows.first() {
            Some(row) => row.try_get("total")?,
            None => 0,
        };
        let cases = rows
            .iter()
            .map(Case::from_row)
            .collect::<Result<Vec<_>, _>>()?;
        Ok((cases, total))
    }

    /// Cases whose number or Roblox account starts with `typed`, newest first (autocomplete).
    pub async fn case_suggestions(
        &self,
        guild_id: u64,
        typed: &str,
        limit: u32,
    ) -> Result<Vec<Case>, StoreError> {
        let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
        Ok(sqlx::query_as(
            "SELECT * FROM cases
             WHERE guild_id = $1
               AND ($2 = '' OR CAST(number AS TEXT) LIKE $2 || '%'
                    OR CAST(roblox_id AS TEXT) LIKE $2 || '%')
             ORDER BY number DESC LIMIT $3",
        )
        .bind(db_id(guild_id)?)
        .bind(digits)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Every case of this server, oldest first (the export).
    pub async fn all_cases(&self, guild_id: u64) -> Result<Vec<Case>, StoreError> {
        Ok(
            sqlx::query_as("SELECT * FROM cases WHERE guild_id = $1 ORDER BY number")
                .bind(db_id(guild_id)?)
                .fetch_all(&self.pool)
                .await?,
        )
    }
}

/// Hands out the server's next `count` case numbers and returns the last of them: the
/// statement takes the write lock, so the transaction's view of the queue stays current.
pub(super) async fn take_case_numbers(
    tx: &mut Transaction<'_, Any>,
    guild_id: i64,
    count: i64,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO case_numbers (guild_id, last) VALUES ($1, $2)
         ON CONFLICT (guild_id) DO UPDATE SET last = case_numbers.last + $2
         RETURNING last",
    )
    .bind(guild_id)
    .bind(count)
    .fetch_one(&mut **tx)
    .await?)
}

/// Stores `case` as number `number` of the server, for the write of job `job_id`.
pub(super) async fn insert_case(
    tx: &mut Transaction<'_, Any>,
    guild_id: i64,
    number: i64,
    job_id: i64,
    case: &NewCase,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO cases
             (guild_id, number, job_id, action, roblox_id, discord_id, moderator_id,
              moderator_roblox_id, reason, duration, source, outcome, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'queued', $12, $12)",
    )
    .bind(guild_id)
    .bind(number)
    .bind(job_id)
    .bind(case.action.as_str())
    .bind(db_id(case.roblox_id)?)
    .bind(db_opt_id(case.discord_id)?)
    .bind(db_id(case.moderator_id)?)
    .bind(db_opt_id(case.moderator_roblox_id)?)
    .bind(&case.reason)
    .bind(&case.duration)
    .bind(case.source.as_str())
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Gives the case of job `job_id` (if it has one) its `outcome`, inside the transaction that
/// ends the job.
pub(super) async fn set_case_outcome(
    tx: &mut Transaction<'_, Any>,
    job_id: i64,
    outcome: CaseOutcome,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE cases SET outcome = $1, updated_at = $2 WHERE job_id = $3")
        .bind(outcome.as_str())
        .bind(now_ms())
        .bind(job_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for action in [
            CaseAction::Ban,
            CaseAction::Unban,
            CaseAction::Mute,
            CaseAction::Unmute,
        ] {
            assert_eq!(action.as_str().parse::<CaseAction>().unwrap(), action);
        }
        for source in [CaseSource::Command, CaseSource::Bulk, CaseSource::BanSync] {
            assert_eq!(source.as_str().parse::<CaseSource>().unwrap(), source);
        }
        for outcome in [
            CaseOutcome::Queued,
            CaseOutcome::Done,
            CaseOutcome::Failed,
            CaseOutcome::Cancelled,
        ] {
            assert_eq!(outcome.as_str().parse::<CaseOutcome>().unwrap(), outcome);
        }
        assert!("kick".parse::<CaseAction>().is_err());
    }
}
