//! The databases a store test runs on: a fresh SQLite file always, and a fresh Postgres
//! database when `TEST_POSTGRES_URL` names a server (README, "Tests"). Without it the Postgres
//! run is skipped with a notice, except under `CI=true`, where its absence fails the test.

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::{Connection, PgConnection};

/// One database for one test; the SQLite file's folder lives as long as this.
pub struct TestDatabase {
    pub url: String,
    pub kind: Kind,
    _dir: Option<tempfile::TempDir>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

/// A new SQLite file, then (when a server is given) a new Postgres database.
pub async fn each() -> Vec<TestDatabase> {
    let mut databases = vec![sqlite()];
    databases.extend(postgres().await);
    databases
}

pub fn sqlite() -> TestDatabase {
    let dir = tempfile::tempdir().expect("temp dir");
    TestDatabase {
        url: format!("sqlite://{}", dir.path().join("data/bot.db").display()),
        kind: Kind::Sqlite,
        _dir: Some(dir),
    }
}

/// A new, empty Postgres database on the `TEST_POSTGRES_URL` server (its role needs
/// CREATEDB), so tests run in parallel without seeing each other's rows or advisory locks.
/// The databases stay: the test server is a throwaway one (`.ci/postgres`).
pub async fn postgres() -> Option<TestDatabase> {
    let Some(server) = std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|v| !v.is_empty())
    else {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(
            !ci,
            "TEST_POSTGRES_URL is required in CI (.ci/run starts a server)"
        );
        eprintln!(
            "notice: TEST_POSTGRES_URL is not set; skipping the Postgres run (README, Tests)"
        );
        return None;
    };
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "test_{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        rand::random::<u32>()
    );
    let mut admin = PgConnection::connect(&server)
        .await
        .expect("TEST_POSTGRES_URL: cannot connect");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("create a test database");
    admin.close().await.ok();
    let mut url = reqwest::Url::parse(&server).expect("TEST_POSTGRES_URL is a URL");
    url.set_path(&name);
    Some(TestDatabase {
        url: url.to_string(),
        kind: Kind::Postgres,
        _dir: None,
    })
}
