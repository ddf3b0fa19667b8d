//! Throwaway Postgres databases for the bot's tests and benchmarks: each run gets a new, empty
//! database on a server whose role may create databases (as `.ci/postgres start` prints), so
//! runs in parallel never see each other's rows or advisory locks. The databases stay: the
//! server is a throwaway one.

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::{Connection, PgConnection};

/// Creates a new database named `<prefix>_<pid>_<n>_<random>` on the Postgres `server` (a
/// URL) and returns its URL. Panics with the cause when the server refuses.
pub async fn new_database(server: &str, prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        rand::random::<u32>()
    );
    let mut url = url::Url::parse(server).expect("the Postgres server is given as a URL");
    let mut admin = PgConnection::connect(server)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to the Postgres server: {e}"));
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .unwrap_or_else(|e| panic!("cannot create the database {name}: {e}"));
    admin.close().await.ok();
    url.set_path(&name);
    url.to_string()
}
