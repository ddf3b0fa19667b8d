//! SQLite store: per-server keys (encrypted), settings, and the durable retry queue.
//!
//! Queries are checked at run time (`query_as` + `FromRow`), so building needs no database.
//! Times are passed in by callers (unix seconds for keys, milliseconds for jobs) so that tests
//! control them; only the jobs' `created_at`/`updated_at` bookkeeping uses SQLite's clock.
//!
//! This file holds the [`Store`] type and its errors; its methods are spread by what they
//! touch: `open.rs` (opening the database), `keys.rs` (servers' keys), `settings.rs`
//! (servers' settings and the servers the bot left), `jobs.rs` (the retry queue), `cases.rs`
//! (moderation cases, stored with their writes' jobs), `ban_sync.rs` (ban sync's mode and cards),
//! `bulk.rs` (bulk runs: a file's writes).

mod ban_sync;
mod bulk;
mod cases;
pub mod crypto;
mod jobs;
mod key_cache;
mod keys;
mod open;
mod settings;

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use sqlx::sqlite::SqlitePool;
use tokio_util::task::TaskTracker;

pub use ban_sync::{BanSyncMode, Card, CardAction, CardState, NewCard};
pub use bulk::{BulkCounts, BulkRun, BulkWrite, NewBulkRun};
pub use cases::{Begun, Case, CaseAction, CaseFilter, CaseOutcome, CaseSource, NewCase};
pub use crypto::{BLOB_VERSION, CipherError, KeyCipher};
pub use jobs::{Job, JobOutcome, JobState, MAX_PENDING_PER_GUILD, NewJob, UnknownJobState};
pub use keys::{GuildKey, LastError};
pub use open::{data_dir, database_file};

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
    /// The server already has [`MAX_PENDING_PER_GUILD`] writes waiting.
    #[error("the server's retry queue is full")]
    QueueFull,
}

/// The store: cheap to clone, shared by commands and the retry engine.
#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
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

impl Store {
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
