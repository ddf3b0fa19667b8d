//! Opening the database: what a `DATABASE_URL` points to (a SQLite file, or Postgres), the
//! SQLite file created owner-only on first run, the connection pool and the migrations.

use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use tokio_util::task::TaskTracker;

use super::{KeyCipher, Store, StoreError};

/// SQLite: one writer at a time anyway; a few readers beside it.
const SQLITE_CONNECTIONS: u32 = 4;
/// Postgres: commands, the retry engine and the shard leases' checks side by side.
const POSTGRES_CONNECTIONS: u32 = 10;
/// How long a query waits for a free connection before failing.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// The database a `DATABASE_URL` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One file, one process: the default.
    Sqlite,
    /// Shared by several processes (`SHARDS` split over them).
    Postgres,
}

impl Backend {
    /// The backend of `database_url`, judged by its scheme only (the URL may hold a password,
    /// so it is never echoed back).
    pub fn of(database_url: &str) -> Result<Self, StoreError> {
        if database_url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://")
        {
            Ok(Self::Postgres)
        } else {
            Err(StoreError::InvalidUrl(
                "must be a SQLite URL (sqlite://path) or a Postgres one (postgres://user:password@host/database)",
            ))
        }
    }
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
pub(super) fn create_owner_only(path: &Path) -> io::Result<Option<std::fs::File>> {
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

impl Store {
    /// Opens (creating on first run) the database and brings its schema up to date.
    pub async fn open(database_url: &str, cipher: KeyCipher) -> Result<Self, StoreError> {
        let (pool, backend) = connect(database_url).await?;
        Ok(Self {
            pool,
            backend,
            cipher: Arc::new(cipher),
            keys: Arc::default(),
            background: TaskTracker::new(),
        })
    }
}

/// The pool of `database_url`, its schema brought up to date.
pub(super) async fn connect(database_url: &str) -> Result<(AnyPool, Backend), StoreError> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of(database_url)?;
    let pool = match backend {
        Backend::Sqlite => open_sqlite(database_url).await?,
        Backend::Postgres => {
            migrate(database_url, Backend::Postgres).await?;
            AnyPoolOptions::new()
                .max_connections(POSTGRES_CONNECTIONS)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .connect(database_url)
                .await?
        }
    };
    Ok((pool, backend))
}

/// sqlx's SQLite defaults suit: foreign keys on, a 5 s busy timeout (how long a statement waits
/// for another connection's write lock), `synchronous` FULL so a queued write survives a power
/// cut, not just a crash.
async fn open_sqlite(database_url: &str) -> Result<AnyPool, StoreError> {
    let pool = match parse_url(database_url)?.1 {
        // One connection that never closes: an in-memory database lives as long as it.
        Location::Memory => {
            let pool = AnyPoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .connect(database_url)
                .await?;
            // Always a new, empty database: no statement prepared against an older schema.
            SQLITE_MIGRATIONS.run(&pool).await?;
            pool
        }
        Location::File(path) => {
            create_private_file(&path)?;
            migrate(database_url, Backend::Sqlite).await?;
            AnyPoolOptions::new()
                .max_connections(SQLITE_CONNECTIONS)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .connect(database_url)
                .await?
        }
    };
    Ok(pool)
}

/// Brings the schema up to date on a connection of its own, closed before the pool opens: a
/// connection that ran the migrations of an older database can keep statements described
/// against the old schema (an upgraded file's `SELECT * FROM jobs` then read one column too
/// few). For SQLite it also turns WAL on (readers do not block the writer), a mode the file
/// keeps for every later connection.
async fn migrate(database_url: &str, backend: Backend) -> Result<(), StoreError> {
    let once = AnyPoolOptions::new()
        .max_connections(1)
        .connect(database_url)
        .await?;
    let migrator = match backend {
        Backend::Sqlite => {
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&once)
                .await?;
            &SQLITE_MIGRATIONS
        }
        Backend::Postgres => &POSTGRES_MIGRATIONS,
    };
    migrator.run(&once).await?;
    once.close().await;
    Ok(())
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
}
