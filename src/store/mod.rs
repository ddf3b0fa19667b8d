//! SQLite store: per-server keys (encrypted), settings, and the durable retry queue.
//!
//! Queries are checked at run time (`query_as` + `FromRow`), so building needs no database.
//! Times are passed in by callers (unix seconds for keys, milliseconds for jobs) so that tests
//! control them; only the jobs' `created_at`/`updated_at` bookkeeping uses SQLite's clock.

pub mod crypto;
mod key_cache;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow,
};
use sqlx::{FromRow, Row};
use tokio_util::task::TaskTracker;

pub use crypto::{BLOB_VERSION, CipherError, KeyCipher};

use crate::technified::ApiKey;
use key_cache::KeyCache;

/// How long a statement waits for another connection's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
const MAX_CONNECTIONS: u32 = 4;

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

/// Jobs a server may have waiting (pending or running) at once: past that a write is refused
/// rather than queued, so one server cannot grow the queue without bound.
pub const MAX_PENDING_PER_GUILD: i64 = 10_000;

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

/// A server's key, decrypted, with what is known about it.
#[derive(Clone)]
pub struct GuildKey {
    pub key: ApiKey,
    /// `technified_<guild>_…abcd`, for people.
    pub masked: String,
    pub set_by: u64,
    /// Unix seconds.
    pub set_at: i64,
    /// False when Technified could not be reached at /setup; the retry worker checks it later.
    pub verified: bool,
    pub last_success_at: Option<i64>,
    pub last_error: Option<LastError>,
}

impl fmt::Debug for GuildKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GuildKey")
            .field("key", &self.masked)
            .field("set_by", &self.set_by)
            .field("set_at", &self.set_at)
            .field("verified", &self.verified)
            .field("last_success_at", &self.last_success_at)
            .field("last_error", &self.last_error)
            .finish()
    }
}

/// The last failed Technified call made with a server's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastError {
    /// HTTP status; `None` for timeouts and connection failures.
    pub status: Option<u16>,
    pub message: String,
    /// Unix seconds.
    pub at: i64,
}

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
}

impl<'r> FromRow<'r, SqliteRow> for Job {
    fn from_row(row: &'r SqliteRow) -> Result<Self, sqlx::Error> {
        let payload: String = row.try_get("payload")?;
        let state: String = row.try_get("state")?;
        Ok(Self {
            id: row.try_get("id")?,
            guild_id: row.try_get("guild_id")?,
            kind: row.try_get("kind")?,
            target: row.try_get("target")?,
            payload: serde_json::from_str(&payload).map_err(|e| decode_error("payload", e))?,
            requested_by: row.try_get("requested_by")?,
            interaction_token: row
                .try_get::<Option<String>, _>("interaction_token")?
                .map(SecretString::from),
            token_expires_at_ms: row.try_get("token_expires_at")?,
            channel_id: row.try_get("channel_id")?,
            state: state.parse().map_err(|e| decode_error("state", e))?,
            attempts: row.try_get("attempts")?,
            sent_at_ms: row.try_get("sent_at")?,
            next_attempt_at_ms: row.try_get("next_attempt_at")?,
            deadline_at_ms: row.try_get("deadline_at")?,
            last_error: row.try_get("last_error")?,
            result: row.try_get("result")?,
            created_at_ms: row.try_get("created_at")?,
            updated_at_ms: row.try_get("updated_at")?,
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

#[derive(FromRow)]
struct KeyRow {
    key_blob: Vec<u8>,
    masked: String,
    set_by: u64,
    set_at: i64,
    verified: bool,
    last_success_at: Option<i64>,
    last_error_status: Option<u16>,
    last_error_message: Option<String>,
    last_error_at: Option<i64>,
}

/// Where a server's key is: `guild_keys` (in use) or `staged_keys` (waiting for its check).
#[derive(Clone, Copy)]
enum KeyTable {
    Active,
    Staged,
}

/// Where a `DATABASE_URL` points.
enum Location {
    Memory,
    File(PathBuf),
}

fn parse_url(database_url: &str) -> Result<(SqliteConnectOptions, Location), StoreError> {
    let rest = database_url
        .strip_prefix("sqlite:")
        .ok_or(StoreError::InvalidUrl(
            "must be a SQLite URL: sqlite://path, sqlite:path or sqlite::memory:",
        ))?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let (database, params) = rest.split_once('?').unwrap_or((rest, ""));
    let options = SqliteConnectOptions::from_str(database_url)?;
    if database == ":memory:" || params.split('&').any(|p| p == "mode=memory") {
        return Ok((options, Location::Memory));
    }
    if database.is_empty() {
        return Err(StoreError::InvalidUrl("names no database file"));
    }
    let path = options.get_filename().to_owned();
    Ok((options, Location::File(path)))
}

/// The folder of the SQLite file, where a generated encryption key file goes; `None` for an
/// in-memory database or a URL that is not a SQLite one.
pub fn data_dir(database_url: &str) -> Option<PathBuf> {
    let path = database_file(database_url)?;
    Some(match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    })
}

/// The SQLite file of `database_url`; `None` for an in-memory database or a URL that is not a
/// SQLite one.
pub fn database_file(database_url: &str) -> Option<PathBuf> {
    match parse_url(database_url).ok()?.1 {
        Location::Memory => None,
        Location::File(path) => Some(path),
    }
}

/// Creates the database file (and its folder) on first run, readable by its owner only: it
/// holds interaction tokens and the servers' settings. SQLite gives its WAL the same mode.
fn create_private_file(path: &Path) -> Result<(), StoreError> {
    let create_error = |path: &Path| {
        let path = path.to_owned();
        move |error| StoreError::Create { path, error }
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(create_error(parent))?;
    }
    create_owner_only(path)
        .map(drop)
        .map_err(create_error(path))
}

/// A new file at `path`, readable and writable by its owner only from the moment it exists;
/// `None` when the file is already there (never overwritten: another process may have won).
fn create_owner_only(path: &Path) -> io::Result<Option<std::fs::File>> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(file) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(None),
        Err(e) => Err(e),
    }
}

fn db_id(id: u64) -> Result<i64, StoreError> {
    i64::try_from(id).map_err(|_| StoreError::IdOutOfRange(id))
}

fn db_opt_id(id: Option<u64>) -> Result<Option<i64>, StoreError> {
    id.map(db_id).transpose()
}

impl Store {
    /// Opens (creating on first run) the database and brings its schema up to date.
    pub async fn open(database_url: &str, cipher: KeyCipher) -> Result<Self, StoreError> {
        let (options, location) = parse_url(database_url)?;
        let options = options
            .create_if_missing(true)
            .busy_timeout(BUSY_TIMEOUT)
            .foreign_keys(true);
        let pool = match location {
            // One connection that never closes: an in-memory database lives as long as it.
            Location::Memory => {
                SqlitePoolOptions::new()
                    .max_connections(1)
                    .min_connections(1)
                    .idle_timeout(None)
                    .max_lifetime(None)
                    .connect_with(options)
                    .await?
            }
            Location::File(path) => {
                create_private_file(&path)?;
                // WAL: readers do not block the writer. `synchronous` stays FULL so a queued
                // write survives a power cut, not just a crash.
                SqlitePoolOptions::new()
                    .max_connections(MAX_CONNECTIONS)
                    .connect_with(options.journal_mode(SqliteJournalMode::Wal))
                    .await?
            }
        };
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self {
            pool,
            cipher: Arc::new(cipher),
            keys: Arc::default(),
            background: TaskTracker::new(),
        })
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

    // ---- keys ----

    /// Stores `key` for `guild_id`, replacing any previous key (rotation) and forgetting the
    /// previous key's last success and last error.
    pub async fn put_key(
        &self,
        guild_id: u64,
        key: &ApiKey,
        set_by: u64,
        verified: bool,
        now: i64,
    ) -> Result<(), StoreError> {
        if key.guild_id() != guild_id {
            return Err(StoreError::KeyForOtherGuild {
                guild_id,
                key_guild: key.guild_id(),
            });
        }
        let blob = self.cipher.encrypt(guild_id, key.expose());
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO guild_keys
                 (guild_id, key_blob, key_version, masked, set_by, set_at, verified,
                  last_success_at, last_error_status, last_error_message, last_error_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL)
             ON CONFLICT (guild_id) DO UPDATE SET
                 key_blob = excluded.key_blob,
                 key_version = excluded.key_version,
                 masked = excluded.masked,
                 set_by = excluded.set_by,
                 set_at = excluded.set_at,
                 verified = excluded.verified,
                 last_success_at = NULL,
                 last_error_status = NULL,
                 last_error_message = NULL,
                 last_error_at = NULL",
        )
        .bind(db_id(guild_id)?)
        .bind(&blob)
        .bind(i64::from(BLOB_VERSION))
        .bind(key.masked())
        .bind(db_id(set_by)?)
        .bind(now)
        .bind(verified)
        .execute(&mut *tx)
        .await?;
        // A key waiting for its check is superseded: its check must not promote it later.
        sqlx::query("DELETE FROM staged_keys WHERE guild_id = ?")
            .bind(db_id(guild_id)?)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.keys.put(
            guild_id,
            GuildKey {
                key: key.clone(),
                masked: key.masked(),
                set_by,
                set_at: now,
                verified,
                last_success_at: None,
                last_error: None,
            },
            blob,
        );
        Ok(())
    }

    /// Saves a key Technified could not check yet (`/setup` during an outage). With a key in
    /// place, the new one is staged beside it: the current key stays the server's key (for
    /// commands and queued writes) until a check accepts the new one ([`Self::accept_key`]).
    /// Without one, it becomes the server's key, not yet verified. Returns whether it was
    /// staged.
    pub async fn stage_key(
        &self,
        guild_id: u64,
        key: &ApiKey,
        set_by: u64,
        now: i64,
    ) -> Result<bool, StoreError> {
        if key.guild_id() != guild_id {
            return Err(StoreError::KeyForOtherGuild {
                guild_id,
                key_guild: key.guild_id(),
            });
        }
        let blob = self.cipher.encrypt(guild_id, key.expose());
        let staged = sqlx::query(
            "INSERT INTO staged_keys (guild_id, key_blob, key_version, masked, set_by, set_at)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6
             WHERE EXISTS (SELECT 1 FROM guild_keys WHERE guild_id = ?1)
             ON CONFLICT (guild_id) DO UPDATE SET
                 key_blob = excluded.key_blob,
                 key_version = excluded.key_version,
                 masked = excluded.masked,
                 set_by = excluded.set_by,
                 set_at = excluded.set_at",
        )
        .bind(db_id(guild_id)?)
        .bind(blob)
        .bind(i64::from(BLOB_VERSION))
        .bind(key.masked())
        .bind(db_id(set_by)?)
        .bind(now)
        .execute(&self.pool)
        .await?;
        if staged.rows_affected() == 1 {
            return Ok(true);
        }
        self.put_key(guild_id, key, set_by, false, now).await?;
        Ok(false)
    }

    /// The key a check is for: the staged one when there is one, else the server's key.
    pub async fn key_to_check(&self, guild_id: u64) -> Result<Option<ApiKey>, StoreError> {
        if let Some((key, _)) = self.read_blob(guild_id, KeyTable::Staged).await? {
            return Ok(Some(key));
        }
        Ok(self.key(guild_id).await?.map(|stored| stored.key))
    }

    /// A check accepted `key`: a staged key becomes the server's key (verified, its history
    /// fresh), or the server's key is marked verified. Nothing happens when `key` is neither
    /// any more (replaced or removed since): an older key's result never credits a newer
    /// one. Returns whether it was applied.
    pub async fn accept_key(
        &self,
        guild_id: u64,
        key: &ApiKey,
        now: i64,
    ) -> Result<bool, StoreError> {
        let guild = db_id(guild_id)?;
        let done = if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Staged).await? {
            let mut tx = self.pool.begin().await?;
            let promoted = sqlx::query(
                "INSERT INTO guild_keys
                     (guild_id, key_blob, key_version, masked, set_by, set_at, verified,
                      last_success_at, last_error_status, last_error_message, last_error_at)
                 SELECT guild_id, key_blob, key_version, masked, set_by, set_at, 1, ?3,
                        NULL, NULL, NULL
                 FROM staged_keys WHERE guild_id = ?1 AND key_blob = ?2
                 ON CONFLICT (guild_id) DO UPDATE SET
                     key_blob = excluded.key_blob,
                     key_version = excluded.key_version,
                     masked = excluded.masked,
                     set_by = excluded.set_by,
                     set_at = excluded.set_at,
                     verified = 1,
                     last_success_at = excluded.last_success_at,
                     last_error_status = NULL,
                     last_error_message = NULL,
                     last_error_at = NULL",
            )
            .bind(guild)
            .bind(&blob)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM staged_keys WHERE guild_id = ? AND key_blob = ?")
                .bind(guild)
                .bind(&blob)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            promoted.rows_affected() == 1
        } else if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Active).await? {
            sqlx::query(
                "UPDATE guild_keys SET verified = 1, last_success_at = ?
                 WHERE guild_id = ? AND key_blob = ?",
            )
            .bind(now)
            .bind(guild)
            .bind(&blob)
            .execute(&self.pool)
            .await?
            .rows_affected()
                == 1
        } else {
            false
        };
        self.keys.forget(guild_id);
        Ok(done)
    }

    /// A check refused `key`: a staged key is dropped, and so is the server's key when it is
    /// `key` and was never verified (a verified key is only ever replaced by `/setup` or
    /// removed by `/key remove`). Returns whether a key was dropped.
    pub async fn reject_key(&self, guild_id: u64, key: &ApiKey) -> Result<bool, StoreError> {
        let guild = db_id(guild_id)?;
        let dropped =
            if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Staged).await? {
                sqlx::query("DELETE FROM staged_keys WHERE guild_id = ? AND key_blob = ?")
                    .bind(guild)
                    .bind(blob)
                    .execute(&self.pool)
                    .await?
            } else if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Active).await? {
                sqlx::query(
                    "DELETE FROM guild_keys WHERE guild_id = ? AND key_blob = ? AND verified = 0",
                )
                .bind(guild)
                .bind(blob)
                .execute(&self.pool)
                .await?
            } else {
                return Ok(false);
            };
        self.keys.forget(guild_id);
        Ok(dropped.rows_affected() == 1)
    }

    /// The `key_blob` of `table`'s row for the server when it holds `key`.
    async fn matching_blob(
        &self,
        guild_id: u64,
        key: &ApiKey,
        table: KeyTable,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .read_blob(guild_id, table)
            .await?
            .filter(|(stored, _)| stored.expose() == key.expose())
            .map(|(_, blob)| blob))
    }

    /// The key in `table` for the server, decrypted, with its
    /// row's `key_blob`.
    async fn read_blob(
        &self,
        guild_id: u64,
        table: KeyTable,
    ) -> Result<Option<(ApiKey, Vec<u8>)>, StoreError> {
        let query = match table {
            KeyTable::Active => "SELECT key_blob FROM guild_keys WHERE guild_id = ?",
            KeyTable::Staged => "SELECT key_blob FROM staged_keys WHERE guild_id = ?",
        };
        let blob: Option<Vec<u8>> = sqlx::query_scalar(query)
            .bind(db_id(guild_id)?)
            .fetch_optional(&self.pool)
            .await?;
        blob.map(|blob| Ok((self.decrypt(guild_id, &blob)?, blob)))
            .transpose()
    }

    fn decrypt(&self, guild_id: u64, blob: &[u8]) -> Result<ApiKey, StoreError> {
        let plain = self
            .cipher
            .decrypt(guild_id, blob)
            .map_err(|_| StoreError::Undecryptable)?;
        ApiKey::parse(plain.expose_secret()).map_err(|_| StoreError::Undecryptable)
    }

    /// The server's key, decrypted; `None` when no key is stored.
    pub async fn key(&self, guild_id: u64) -> Result<Option<GuildKey>, StoreError> {
        if let Some(cached) = self.keys.get(guild_id) {
            return Ok(Some(cached));
        }
        let generation = self.keys.generation();
        let Some((key, blob)) = self.read_key(guild_id).await? else {
            return Ok(None);
        };
        self.keys.fill(guild_id, key.clone(), blob, generation);
        Ok(Some(key))
    }

    async fn read_key(&self, guild_id: u64) -> Result<Option<(GuildKey, Vec<u8>)>, StoreError> {
        let row: Option<KeyRow> = sqlx::query_as(
            "SELECT key_blob, masked, set_by, set_at, verified, last_success_at,
                    last_error_status, last_error_message, last_error_at
             FROM guild_keys WHERE guild_id = ?",
        )
        .bind(db_id(guild_id)?)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let key = self.decrypt(guild_id, &row.key_blob)?;
        let last_error = match (row.last_error_message, row.last_error_at) {
            (Some(message), Some(at)) => Some(LastError {
                status: row.last_error_status,
                message,
                at,
            }),
            _ => None,
        };
        let stored = GuildKey {
            key,
            masked: row.masked,
            set_by: row.set_by,
            set_at: row.set_at,
            verified: row.verified,
            last_success_at: row.last_success_at,
            last_error,
        };
        Ok(Some((stored, row.key_blob)))
    }

    /// Forgets the server's key, and any key staged beside it; false when there was none.
    pub async fn delete_key(&self, guild_id: u64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("DELETE FROM guild_keys WHERE guild_id = ?")
            .bind(db_id(guild_id)?)
            .execute(&mut *tx)
            .await?;
        let staged = sqlx::query("DELETE FROM staged_keys WHERE guild_id = ?")
            .bind(db_id(guild_id)?)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.keys.forget(guild_id);
        Ok(done.rows_affected() + staged.rows_affected() > 0)
    }

    /// A call with `used`, the server's key when the call began, succeeded, which also
    /// proves the key (so it counts as verified). Nothing is recorded when the server's key
    /// is another one by now: a newer key is never credited with an older key's result.
    ///
    /// Seen at once by [`Self::key`]; written to the database in the background, and at most
    /// once a minute per server, so that no reply waits for a disk flush.
    pub fn record_success(&self, guild_id: u64, used: &ApiKey, now: i64) {
        let (Some(blob), Ok(guild)) =
            (self.keys.note_success(guild_id, used, now), db_id(guild_id))
        else {
            return;
        };
        let pool = self.pool.clone();
        self.background.spawn(async move {
            // `key_blob`: a key stored since is not credited with its predecessor's success.
            let written = sqlx::query(
                "UPDATE guild_keys SET last_success_at = ?, verified = 1
                 WHERE guild_id = ? AND key_blob = ?",
            )
            .bind(now)
            .bind(guild)
            .bind(blob)
            .execute(&pool)
            .await;
            if let Err(e) = written {
                tracing::warn!(error = %e, "could not record a successful call");
            }
        });
    }

    /// A call with the key failed; `status` is `None` for timeouts and connection failures.
    pub async fn record_error(
        &self,
        guild_id: u64,
        status: Option<u16>,
        message: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE guild_keys
             SET last_error_status = ?, last_error_message = ?, last_error_at = ?
             WHERE guild_id = ?",
        )
        .bind(status)
        .bind(message)
        .bind(now)
        .bind(db_id(guild_id)?)
        .execute(&self.pool)
        .await?;
        self.keys.update(guild_id, |key| {
            key.last_error = Some(LastError {
                status,
                message: message.to_owned(),
                at: now,
            });
        });
        Ok(())
    }

    // ---- servers the bot was removed from ----

    /// The bot was removed from the server at `at_ms` (unix ms). A repeated notice keeps the
    /// first time.
    pub async fn guild_left(&self, guild_id: u64, at_ms: i64) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO departed_guilds (guild_id, left_at) VALUES (?, ?)
             ON CONFLICT (guild_id) DO NOTHING",
        )
        .bind(db_id(guild_id)?)
        .bind(at_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The bot is in the server (again): nothing of it is to be deleted.
    pub async fn guild_present(&self, guild_id: u64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM departed_guilds WHERE guild_id = ?")
            .bind(db_id(guild_id)?)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes the key (and any staged key) and settings of every server the bot left at or
    /// before `left_by_ms` and was not added back to. Returns those servers.
    pub async fn forget_departed(&self, left_by_ms: i64) -> Result<Vec<u64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let guilds: Vec<u64> =
            sqlx::query_scalar("DELETE FROM departed_guilds WHERE left_at <= ? RETURNING guild_id")
                .bind(left_by_ms)
                .fetch_all(&mut *tx)
                .await?;
        for guild in &guilds {
            for query in [
                "DELETE FROM guild_keys WHERE guild_id = ?",
                "DELETE FROM staged_keys WHERE guild_id = ?",
                "DELETE FROM guild_settings WHERE guild_id = ?",
            ] {
                sqlx::query(query)
                    .bind(db_id(*guild)?)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        for guild in &guilds {
            self.keys.forget(*guild);
        }
        Ok(guilds)
    }

    // ---- settings ----

    /// Sets (or with `None`, clears) the server's log channel.
    pub async fn set_log_channel(
        &self,
        guild_id: u64,
        channel_id: Option<u64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, log_channel_id) VALUES (?, ?)
             ON CONFLICT (guild_id) DO UPDATE SET log_channel_id = excluded.log_channel_id",
        )
        .bind(db_id(guild_id)?)
        .bind(db_opt_id(channel_id)?)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn log_channel(&self, guild_id: u64) -> Result<Option<u64>, StoreError> {
        let channel: Option<Option<u64>> =
            sqlx::query_scalar("SELECT log_channel_id FROM guild_settings WHERE guild_id = ?")
                .bind(db_id(guild_id)?)
                .fetch_optional(&self.pool)
                .await?;
        Ok(channel.flatten())
    }

    // ---- retry queue ----

    pub async fn job(&self, id: i64) -> Result<Option<Job>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM jobs WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Takes a pending job for an attempt; false when it is not pending (another worker took
    /// it, or it was cancelled or finished).
    pub async fn claim(&self, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'running',
                 updated_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
             WHERE id = ? AND state = 'pending'",
        )
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Puts a job back in the queue after a failed attempt. `sent_at` (this attempt's start,
    /// when it may have reached Technified) is kept only when none was recorded before: once a
    /// request may have reached Technified, every later attempt reads back first. False when
    /// the job was not pending or running.
    pub async fn reschedule(
        &self,
        id: i64,
        attempts: u32,
        next_attempt_at_ms: i64,
        sent_at_ms: Option<i64>,
        last_error: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'pending', attempts = ?1, next_attempt_at = ?2,
                 sent_at = COALESCE(sent_at, ?3), sent_once = (sent_once OR ?3 IS NOT NULL),
                 last_error = ?4,
                 updated_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
             WHERE id = ?5 AND state IN ('pending', 'running')",
        )
        .bind(attempts)
        .bind(next_attempt_at_ms)
        .bind(sent_at_ms)
        .bind(last_error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Ends a job with its final result (shown to the member or in the log channel), to be
    /// reported ([`Self::mark_reported`]). False when the job was not pending or running.
    pub async fn finish(
        &self,
        id: i64,
        outcome: JobOutcome,
        result: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = ?, result = ?, reported = 0,
                 updated_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
             WHERE id = ? AND state IN ('pending', 'running')",
        )
        .bind(outcome.state().as_str())
        .bind(result)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The end of the job has been reported: its interaction token is of no more use and is
    /// deleted.
    pub async fn mark_reported(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE jobs SET reported = 1, interaction_token = NULL WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Finished jobs whose end was never reported (the bot stopped in between), oldest first.
    pub async fn unreported_jobs(&self) -> Result<Vec<Job>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT * FROM jobs WHERE reported = 0 AND state IN ('done', 'failed') ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// Ends every pending job of the server as failed with `result`, to be reported (its key
    /// was removed, or the bot was removed from it). Jobs under way finish their attempt.
    /// Returns the jobs ended.
    pub async fn end_pending(&self, guild_id: u64, result: &str) -> Result<Vec<Job>, StoreError> {
        Ok(sqlx::query_as(
            "UPDATE jobs SET state = 'failed', result = ?, reported = 0,
                 updated_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
             WHERE guild_id = ? AND state = 'pending'
             RETURNING *",
        )
        .bind(result)
        .bind(db_id(guild_id)?)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Deletes the interaction tokens that expired by `now_ms` (unix ms): they can edit
    /// nothing any more, and a credential is not kept longer than it is useful. Returns how
    /// many.
    pub async fn clear_expired_tokens(&self, now_ms: i64) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET interaction_token = NULL
             WHERE interaction_token IS NOT NULL AND token_expires_at <= ?",
        )
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Cancels a pending job of this server; false when it is not this server's, or is
    /// running or already over.
    pub async fn cancel(&self, guild_id: u64, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'cancelled', interaction_token = NULL,
                 updated_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
             WHERE id = ? AND guild_id = ? AND state = 'pending'",
        )
        .bind(id)
        .bind(db_id(guild_id)?)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// For `/jobs`: the server's pending and running jobs in queue order, then those that
    /// failed or were cancelled in the last 24 hours, newest first.
    pub async fn jobs_for_guild(&self, guild_id: u64, limit: u32) -> Result<Vec<Job>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT * FROM jobs
             WHERE guild_id = ?
               AND (state IN ('pending', 'running')
                    OR (state IN ('failed', 'cancelled')
                        AND updated_at >= CAST(unixepoch('subsec') * 1000 AS INTEGER) - 86400000))
             ORDER BY state IN ('failed', 'cancelled'),
                      CASE WHEN state IN ('pending', 'running') THEN id END,
                      updated_at DESC, id DESC
             LIMIT ?",
        )
        .bind(db_id(guild_id)?)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Jobs not over yet (pending or running), for one server or all.
    pub async fn pending_count(&self, guild_id: Option<u64>) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs
             WHERE state IN ('pending', 'running') AND (?1 IS NULL OR guild_id = ?1)",
        )
        .bind(db_opt_id(guild_id)?)
        .fetch_one(&self.pool)
        .await?)
    }

    /// At start: jobs left running by a crash go back to pending, marked sent since the
    /// interrupted attempt may have reached Technified; it began no earlier than the time it
    /// was due. Returns how many.
    pub async fn recover_running(&self) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'pending', sent_once = 1,
                 sent_at = COALESCE(sent_at, next_attempt_at),
                 updated_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
             WHERE state = 'running'",
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Deletes jobs that ended (done, failed or cancelled) more than `age` ago, with the
    /// interaction tokens they kept. By SQLite's clock, like `updated_at`. Returns how many.
    pub async fn purge_finished(&self, age: Duration) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "DELETE FROM jobs
             WHERE state IN ('done', 'failed', 'cancelled')
               AND updated_at < CAST(unixepoch('subsec') * 1000 AS INTEGER) - ?",
        )
        .bind(i64::try_from(age.as_millis()).unwrap_or(i64::MAX))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    // ---- retry engine (additive; see src/retry/engine.rs) ----

    /// Queues a job and returns its ID. The row is committed when this returns, so the member
    /// may be told "queued" only afterwards. `attempts` counts attempts already made (the
    /// command's own first one) and `sent_at_ms` says when one may have reached Technified
    /// (`None`: never sent), in the same statement, so no later attempt can re-send before
    /// reading back, even after a crash right after queueing. A server with
    /// [`MAX_PENDING_PER_GUILD`] jobs not over yet gets [`StoreError::QueueFull`] and nothing
    /// is stored (counted in the same statement, so two writes cannot both take the last place).
    pub async fn enqueue(
        &self,
        job: NewJob,
        attempts: u32,
        sent_at_ms: Option<i64>,
        last_error: Option<&str>,
    ) -> Result<i64, StoreError> {
        let guild_id = db_id(job.guild_id)?;
        let done = sqlx::query(
            "INSERT INTO jobs
                 (guild_id, kind, target, payload, requested_by, interaction_token,
                  token_expires_at, channel_id, next_attempt_at, deadline_at,
                  attempts, sent_at, sent_once, last_error)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12 IS NOT NULL, ?13
             WHERE (SELECT COUNT(*) FROM jobs
                    WHERE guild_id = ?1 AND state IN ('pending', 'running')) < ?14",
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
        .bind(attempts)
        .bind(sent_at_ms)
        .bind(last_error)
        .bind(MAX_PENDING_PER_GUILD)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::QueueFull);
        }
        Ok(done.last_insert_rowid())
    }

    /// Pending jobs due at `now_ms` that are first in line for their server and target (no
    /// earlier job of that server and target is pending or running), at most `per_guild` per
    /// server so that one busy server cannot fill the batch, in queue order.
    pub async fn ready_jobs(
        &self,
        now_ms: i64,
        per_guild: u32,
        limit: u32,
    ) -> Result<Vec<Job>, StoreError> {
        // Ranked by ID only, whole rows read for the batch alone: with thousands of jobs due,
        // carrying every row's payload through the window costs three times as much.
        Ok(sqlx::query_as(
            "SELECT * FROM jobs WHERE id IN (
                 SELECT id FROM (
                     SELECT j.id,
                            ROW_NUMBER() OVER (PARTITION BY j.guild_id ORDER BY j.id) AS nth
                     FROM jobs AS j
                     WHERE j.state = 'pending' AND j.next_attempt_at <= ?
                       AND NOT EXISTS (
                           SELECT 1 FROM jobs AS e
                           WHERE e.guild_id = j.guild_id AND e.target = j.target AND e.id < j.id
                             AND e.state IN ('pending', 'running'))
                 )
                 WHERE nth <= ? ORDER BY id LIMIT ?
             )
             ORDER BY id",
        )
        .bind(now_ms)
        .bind(per_guild)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// When the next pending job that is first in line for its server and target is due
    /// (unix ms): the jobs behind it wait for it, not for the clock.
    pub async fn next_ready_at(&self) -> Result<Option<i64>, StoreError> {
        // In due order with LIMIT 1 (not MIN): the scan stops at the first job in line.
        Ok(sqlx::query_scalar(
            "SELECT j.next_attempt_at FROM jobs AS j
             WHERE j.state = 'pending'
               AND NOT EXISTS (
                   SELECT 1 FROM jobs AS e
                   WHERE e.guild_id = j.guild_id AND e.target = j.target AND e.id < j.id
                     AND e.state IN ('pending', 'running'))
             ORDER BY j.next_attempt_at LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Whether a job of this server and target is pending or running: a command about to
    /// act on the target directly should queue behind it instead, to keep the order.
    pub async fn target_busy(&self, guild_id: u64, target: &str) -> Result<bool, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM jobs
                 WHERE guild_id = ? AND target = ? AND state IN ('pending', 'running'))",
        )
        .bind(db_id(guild_id)?)
        .bind(target)
        .fetch_one(&self.pool)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_is_the_folder_of_the_file() {
        let cases = [
            ("sqlite://data/technified-bot.db", Some("data")),
            ("sqlite:data/bot.db", Some("data")),
            ("sqlite:///var/lib/bot/bot.db", Some("/var/lib/bot")),
            ("sqlite://bot.db?mode=rwc", Some(".")),
            ("sqlite:bot.db", Some(".")),
            ("sqlite::memory:", None),
            ("sqlite://:memory:", None),
            ("sqlite://?mode=memory", None),
            ("sqlite://", None),
            ("postgres://localhost/bot", None),
        ];
        for (url, expected) in cases {
            assert_eq!(data_dir(url), expected.map(PathBuf::from), "{url}");
        }
    }

    #[test]
    fn non_sqlite_urls_are_refused_without_echoing_them() {
        let Err(error) = parse_url("postgres://user:hunter2@localhost/bot") else {
            panic!("accepted a postgres URL");
        };
        let message = error.to_string();
        assert!(
            message.starts_with("DATABASE_URL must be a SQLite URL"),
            "{message}"
        );
        assert!(!message.contains("hunter2"), "{message}");
    }

    #[test]
    fn job_states_round_trip() {
        use JobState::*;
        for state in [Pending, Running, Done, Failed, Cancelled] {
            assert_eq!(state.as_str().parse::<JobState>(), Ok(state));
        }
        assert_eq!("paused".parse::<JobState>(), Err(UnknownJobState));
    }
}
