//! The store: per-server keys (encrypted), settings, and the durable retry queue, on SQLite
//! (one process, the default) or Postgres (several processes sharing one database).
//!
//! One set of queries serves both, through sqlx's `Any` driver: placeholders are `$1`, `$2`...
//! (SQLite reads them too), flags are 0/1 integers and IDs signed 64-bit integers in both
//! schemas (`migrations/sqlite/`, `migrations/postgres/`, kept equal by tests/schema.rs).
//! Queries are checked at run time (`query_as` + `FromRow`), so building needs no database.
//! Times are passed in by callers (unix seconds for keys, milliseconds for jobs) so that tests
//! control them; only the jobs' `created_at`/`updated_at` bookkeeping reads the process clock.
//!
//! This file holds the [`Store`] type, its errors and the shard condition the queue's queries
//! share; its methods are spread by what they touch: `open.rs` (opening the database),
//! `keys.rs` (servers' keys), `settings.rs` (servers' settings and the servers the bot left),
//! `jobs.rs` (the retry queue), `cases.rs` (moderation cases, stored with their writes' jobs),
//! `ban_sync.rs` (ban sync's mode and cards), `bulk.rs` (bulk runs: a file's writes).

/// The condition "the row's server is on the process's shards" for the column `$guild_id`: a
/// server's shard is `(guild_id >> 22) % total` (src/shard_range.rs). Its three values are the
/// query's first arguments, from [`shard_args`]. A macro, so that queries stay `&'static str`.
macro_rules! on_shards {
    ($guild_id:literal) => {
        concat!("(", $guild_id, " >> 22) % $1 BETWEEN $2 AND $3")
    };
}

mod ban_sync;
mod bulk;
mod cases;
mod copy;
pub mod crypto;
mod jobs;
mod key_cache;
mod keys;
mod leases;
mod open;
mod settings;

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use sqlx::any::AnyArguments;
use sqlx::{AnyPool, Arguments};
use tokio_util::task::TaskTracker;

pub use ban_sync::{BanSyncMode, Card, CardAction, CardState, NewCard};
pub use bulk::{BulkCounts, BulkRun, BulkWrite, NewBulkRun};
pub use cases::{Begun, Case, CaseAction, CaseFilter, CaseOutcome, CaseSource, NewCase};
pub use crypto::{BLOB_VERSION, CipherError, KeyCipher};
pub use jobs::{Job, JobOutcome, JobState, MAX_PENDING_PER_GUILD, NewJob, UnknownJobState};
pub use keys::{GuildKey, LastError};
pub use leases::{IdentifyTurn, ShardLeases};
pub use open::{Backend, data_dir, database_file};

use crate::shard_range::ShardRange;
use key_cache::KeyCache;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("DATABASE_URL {0}")]
    InvalidUrl(&'static str),
    #[error("cannot create {}: {error}", path.display())]
    Create { path: PathBuf, error: io::Error },
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The master key changed (or the row was tampered with): the admin runs /setup again.
    #[error("the stored key cannot be decrypted with this ENCRYPTION_KEY; run /setup again")]
    Undecryptable,
    #[error("the key belongs to server {key_guild}, not to server {guild_id}")]
    KeyForOtherGuild { guild_id: u64, key_guild: u64 },
    #[error("ID {0} is too large to store")]
    IdOutOfRange(u64),
    /// `copy_into` found rows in this table of the target database.
    #[error("the Postgres database already holds rows in {0}; copy into an empty database")]
    TargetNotEmpty(String),
    /// `copy_into` met a column type the schemas do not use.
    #[error("cannot copy column {0}: its type is not one the schemas use")]
    Uncopyable(String),
    /// The connection holding the shard leases is gone; another process may take the shards.
    #[error("lost the shard leases' database connection")]
    LeaseLost,
    /// The server already has [`MAX_PENDING_PER_GUILD`] writes waiting.
    #[error("the server's retry queue is full")]
    QueueFull,
}

/// The store: cheap to clone, shared by commands and the retry engine.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    cipher: Arc<KeyCipher>,
    keys: Arc<KeyCache>,
    /// Bookkeeping writes nobody waits for; `close` lets them land first.
    background: TaskTracker,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

fn db_id(id: u64) -> Result<i64, StoreError> {
    i64::try_from(id).map_err(|_| StoreError::IdOutOfRange(id))
}

fn db_opt_id(id: Option<u64>) -> Result<Option<i64>, StoreError> {
    id.map(db_id).transpose()
}

/// An ID read back: every stored ID went through [`db_id`], so it is never negative.
fn from_db_id(id: i64) -> u64 {
    id.cast_unsigned()
}

/// The values of `on_shards!` for `shards`, as a query's first three arguments (the query's
/// own follow through `bind`).
fn shard_args(shards: ShardRange) -> Result<AnyArguments, StoreError> {
    let mut args = AnyArguments::default();
    for value in [shards.total, shards.first, shards.last] {
        args.add(i64::from(value)).map_err(sqlx::Error::Encode)?;
    }
    Ok(args)
}

/// Now in unix milliseconds, for the jobs' `created_at`/`updated_at` bookkeeping.
fn now_ms() -> i64 {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

impl Store {
    /// Which database this store runs on.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Waits for background writes and open connections to finish and closes them
    /// (checkpointing the WAL).
    pub async fn close(&self) {
        self.background.close();
        self.background.wait().await;
        self.pool.close().await;
    }

    /// Whether the database answers (for `/readyz` and `/doctor`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }
}
