//! The SQLite and Postgres migrations stay twins: the same versions and names, and once applied
//! the same tables with the same columns (name, type, nullability). A SQLite migration without
//! its Postgres twin fails here.

mod support;

use std::collections::BTreeSet;

use sqlx::Connection;
use technified_bot::store::{KeyCipher, Store};

use support::ENCRYPTION_KEY;
use support::databases::{self, TestDatabase};

fn migrations(backend: &str) -> BTreeSet<String> {
    let dir = format!("{}/migrations/{backend}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn every_migration_has_a_twin_of_the_same_version_and_name() {
    let sqlite = migrations("sqlite");
    let postgres = migrations("postgres");
    assert!(!sqlite.is_empty());
    // A migration left in migrations/ itself would never run: each goes in migrations/sqlite/
    // with its twin in migrations/postgres/.
    let stray: Vec<String> = migrations("")
        .into_iter()
        .filter(|name| name.ends_with(".sql"))
        .collect();
    assert!(
        stray.is_empty(),
        "move {stray:?} to migrations/sqlite/ and write their twins in migrations/postgres/"
    );
    assert_eq!(
        sqlite.symmetric_difference(&postgres).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "migrations/sqlite and migrations/postgres must hold the same files"
    );
}

/// (table, column, type, not null), types named alike on both: whole numbers (IDs, times,
/// 0/1 flags), text, bytes.
type Column = (String, String, String, bool);

fn normalised(table: String, column: String, declared: &str, not_null: i64) -> Column {
    let kind = match declared.to_ascii_lowercase().as_str() {
        "integer" | "bigint" => "whole number",
        "text" => "text",
        "blob" | "bytea" => "bytes",
        other => panic!("{table}.{column}: type {other} has no twin on the other database"),
    };
    (table, column, kind.to_owned(), not_null != 0)
}

async fn columns(db: &TestDatabase) -> Vec<Column> {
    let store = Store::open(&db.url, KeyCipher::from_base64(ENCRYPTION_KEY).unwrap())
        .await
        .expect("migrations apply");
    store.close().await;
    let query = match db.kind {
        databases::Kind::Sqlite => {
            "SELECT m.name, p.name, p.type, CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN 1 ELSE 0 END
             FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'
             ORDER BY 1, 2"
        }
        databases::Kind::Postgres => {
            "SELECT table_name::text, column_name::text, data_type::text,
                    CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END
             FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'
             ORDER BY 1, 2"
        }
    };
    let mut raw = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    sqlx::query_as::<_, (String, String, String, i64)>(query)
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .into_iter()
        .map(|(table, column, declared, not_null)| normalised(table, column, &declared, not_null))
        .collect()
}

#[tokio::test]
async fn both_schemas_have_the_same_tables_and_columns() {
    let Some(postgres) = databases::postgres().await else {
        return;
    };
    let sqlite = columns(&databases::sqlite()).await;
    assert!(sqlite.iter().any(|(table, ..)| table == "jobs"));
    assert_eq!(sqlite, columns(&postgres).await);
}
