//! One process per shard on Postgres: a lease per shard, held as a session-level advisory lock
//! on a connection of its own. Postgres releases a session's advisory locks when the session
//! ends, so a process that stops, crashes or is killed (`kill -9`: the kernel closes its
//! socket) lets its shards go at once; a machine that vanishes is noticed by TCP keepalives
//! within seconds. SQLite needs none: its data folder admits one process (src/data_folder.rs).
//!
//! A shard's number means something only with the total it is taken of (shard 1 of 2 holds
//! the servers of shards 1 and 3 of 4), so every process also holds a shared lock on its
//! total, and one with a different total waits until no process holds another: a deploy that
//! changes `SHARDS`' total starts the new processes once the old ones are gone.
//!
//! The same kind of lock, taken by one process at a time, is the turn to start shards:
//! Discord allows one IDENTIFY per 5 s per bucket and serenity's queue spaces only its own
//! process's shards, so processes started together take turns (src/app.rs).

use std::time::Duration;

use sqlx::{AnyConnection, Connection};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::{Backend, Store, StoreError};
use crate::shard_range::ShardRange;

/// The advisory locks' first key, naming them as this bot's shard leases ("TBOT"); the second
/// is the shard's number.
const LEASE_KEY: i32 = 0x5442_4F54;
/// The shared locks on the total every live process runs ("TBTT", the total).
const TOTAL_KEY: i32 = 0x5442_5454;
/// The turn to check the totals and take one ("TBTC", 0), so two processes with different
/// totals starting together cannot each take theirs before seeing the other's.
const TOTAL_TURN_KEY: i32 = 0x5442_5443;
/// The identify turn's key ("TBID", 0).
const TURN_KEY: i32 = 0x5442_4944;
/// How often a shard another process holds is asked for again.
const RETRY: Duration = Duration::from_secs(1);
/// How often the lease connection is checked, so a lost lease is noticed.
const CHECK: Duration = Duration::from_secs(2);

/// The held leases. Dropping them closes their connection, which releases them soon after;
/// [`ShardLeases::release`] releases them at once.
pub struct ShardLeases {
    keeper: JoinHandle<()>,
    lost: oneshot::Receiver<StoreError>,
    release: Option<oneshot::Sender<()>>,
}

impl Store {
    /// Takes the lease of every shard of `range`, waiting (and logging which shard, once) for
    /// any another live process holds. `None` on SQLite.
    pub async fn lease_shards(&self, range: ShardRange) -> Result<Option<ShardLeases>, StoreError> {
        if self.backend != Backend::Postgres {
            return Ok(None);
        }
        let mut connection = self.lock_connection().await?;
        let mut logged = false;
        while let Some(other) = take_total(&mut connection, range.total).await? {
            if !logged {
                tracing::warn!(
                    shards = %range,
                    other_total = other,
                    "another live process runs {other} shards in all, this one {total} (SHARDS {range}); every process must use the same total, so this one waits for it to stop",
                    total = range.total,
                );
                logged = true;
            }
            tokio::time::sleep(RETRY).await;
        }
        // In order, so two processes whose ranges overlap never hold parts of each other's.
        for shard in range.first..=range.last {
            let mut logged = false;
            while !try_lock(&mut connection, LEASE_KEY, shard).await? {
                if !logged {
                    tracing::warn!(
                        shard,
                        shards = %range,
                        "shard {shard} is run by another live process (do the SHARDS of two processes overlap?); waiting for it to stop"
                    );
                    logged = true;
                }
                tokio::time::sleep(RETRY).await;
            }
            if logged {
                tracing::info!(shard, "shard {shard} is free now; taking it over");
            }
        }
        tracing::info!(shards = %range, "holding the lease of shards {range}");
        let (report, lost) = oneshot::channel();
        let (release, mut released) = oneshot::channel();
        let keeper = tokio::spawn(async move {
            let mut every = tokio::time::interval(CHECK);
            loop {
                tokio::select! {
                    _ = every.tick() => {}
                    _ = &mut released => return unlock_all(connection).await,
                }
                if let Err(e) = connection.ping().await {
                    let _ = report.send(e.into());
                    return;
                }
            }
        });
        Ok(Some(ShardLeases {
            keeper,
            lost,
            release: Some(release),
        }))
    }
}

/// The turn to IDENTIFY, held until released (or dropped, which closes its connection).
pub struct IdentifyTurn {
    connection: AnyConnection,
}

impl IdentifyTurn {
    /// Lets the turn go, and returns once Postgres has.
    pub async fn release(self) {
        unlock_all(self.connection).await;
    }
}

impl Store {
    /// Waits until no other process is starting its shards, and takes the turn. `None` on
    /// SQLite (one process).
    pub async fn identify_turn(&self) -> Result<Option<IdentifyTurn>, StoreError> {
        if self.backend != Backend::Postgres {
            return Ok(None);
        }
        let mut connection = self.lock_connection().await?;
        let mut logged = false;
        while !try_lock(&mut connection, TURN_KEY, 0).await? {
            if !logged {
                tracing::info!(
                    "another process is starting its shards; waiting for its turn to identify (Discord allows one IDENTIFY per 5 s)"
                );
                logged = true;
            }
            tokio::time::sleep(RETRY).await;
        }
        Ok(Some(IdentifyTurn { connection }))
    }

    /// A connection of its own for session locks, out of the pool.
    async fn lock_connection(&self) -> Result<AnyConnection, StoreError> {
        let mut connection = self.pool.acquire().await?.detach();
        // The server notices a silent peer (a machine gone) after 5 + 5 × 1 s of quiet.
        sqlx::raw_sql(
            "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 1; \
             SET tcp_keepalives_count = 5",
        )
        .execute(&mut connection)
        .await?;
        Ok(connection)
    }
}

/// Takes a shared lock on `total` unless a live process holds one on another total, which it
/// returns. Under the total turn, so the look and the take are one step for other processes.
async fn take_total(connection: &mut AnyConnection, total: u32) -> Result<Option<i64>, StoreError> {
    let total = i32::try_from(total).unwrap_or(i32::MAX);
    // Selected from, as the Any driver reads no `void` column.
    sqlx::query("SELECT true FROM pg_advisory_lock($1, 0)")
        .bind(TOTAL_TURN_KEY)
        .execute(&mut *connection)
        .await?;
    // An advisory lock on two keys shows in `pg_locks` as classid (the first) and objid (the
    // second) with objsubid 2; advisory locks belong to one database.
    let other: Result<Option<i64>, sqlx::Error> = sqlx::query_scalar(
        "SELECT objid::int8 FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND objsubid = 2
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND classid = $1::int8::oid AND objid <> $2::int8::oid
         LIMIT 1",
    )
    .bind(i64::from(TOTAL_KEY))
    .bind(i64::from(total))
    .fetch_optional(&mut *connection)
    .await;
    let taken = match other {
        Ok(None) => sqlx::query("SELECT true FROM pg_advisory_lock_shared($1, $2)")
            .bind(TOTAL_KEY)
            .bind(total)
            .execute(&mut *connection)
            .await
            .map(|_| None),
        other => other,
    };
    sqlx::query("SELECT pg_advisory_unlock($1, 0)")
        .bind(TOTAL_TURN_KEY)
        .execute(&mut *connection)
        .await?;
    Ok(taken?)
}

async fn try_lock(connection: &mut AnyConnection, key: i32, n: u32) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar("SELECT pg_try_advisory_lock($1, $2)")
        .bind(key)
        .bind(i32::try_from(n).unwrap_or(i32::MAX))
        .fetch_one(connection)
        .await?)
}

/// Releases the connection's locks, then closes it. Closing alone would release them too, but
/// only once the server has noticed; this process may be about to take them again.
async fn unlock_all(mut connection: AnyConnection) {
    // Selected from, as the Any driver reads no `void` column.
    let unlocked = sqlx::query("SELECT true FROM pg_advisory_unlock_all()")
        .execute(&mut connection)
        .await;
    if let Err(e) = unlocked {
        tracing::warn!(error = %e, "could not release the shard locks; closing their connection");
    }
    let _ = connection.close().await;
}

impl ShardLeases {
    /// Lets the shards go, and returns once Postgres has (not just once the connection is
    /// dropped): this process takes another count's leases next.
    pub async fn release(mut self) {
        if let Some(release) = self.release.take()
            && release.send(()).is_ok()
        {
            let _ = (&mut self.keeper).await;
        }
    }

    /// Resolves if the leases are lost (their connection failed): another process may take
    /// the shards from then on, so this one must stop running them.
    pub async fn lost(&mut self) -> StoreError {
        match (&mut self.lost).await {
            Ok(error) => error,
            // The keeper ended without a word: it was aborted, so the leases are gone too.
            Err(_) => StoreError::LeaseLost,
        }
    }
}

impl Drop for ShardLeases {
    fn drop(&mut self) {
        // Ends the keeper, which drops (and so closes) the connection holding the locks.
        self.keeper.abort();
    }
}
