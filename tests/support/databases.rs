//! The databases a store test runs on: a fresh SQLite file always, and a fresh Postgres
//! database when `TEST_POSTGRES_URL` names a server (README, "Tests"). Without it the Postgres
//! run is skipped with a notice, except under `CI=true`, where its absence fails the test.

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
/// CREATEDB; `testkit::postgres`).
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
    let url = testkit::postgres::new_database(&server, "test").await;
    Some(TestDatabase {
        url,
        kind: Kind::Postgres,
        _dir: None,
    })
}
