//! Moving from SQLite to Postgres: every row of every table, as the Postgres schema lists
//! them (so a table a later migration adds is copied too), into an empty Postgres database,
//! in one transaction. Encrypted keys are copied as they are: the Postgres processes need the
//! ENCRYPTION_KEY the SQLite database used.

use sqlx::any::AnyRow;
use sqlx::{AnyPool, AssertSqlSafe, Row};

use super::open::connect;
use super::{Backend, Store, StoreError};

/// A table's columns, by name and type, and which of them is an identity column.
struct Table {
    name: String,
    columns: Vec<(String, Kind)>,
    identity: Option<String>,
}

/// The column types both schemas use (tests/schema.rs).
#[derive(Clone, Copy)]
enum Kind {
    Integer,
    Text,
    Bytes,
}

impl Store {
    /// Copies every row of this (SQLite) store into the empty Postgres database at
    /// `target_url`, migrating it first. Returns each table with the rows copied.
    pub async fn copy_into(&self, target_url: &str) -> Result<Vec<(String, u64)>, StoreError> {
        let (target, backend) = connect(target_url).await?;
        if self.backend != Backend::Sqlite || backend != Backend::Postgres {
            return Err(StoreError::InvalidUrl(
                "must be SQLite, to be copied into a Postgres database",
            ));
        }
        let copied = self.copy_rows(&target).await;
        target.close().await;
        copied
    }

    async fn copy_rows(&self, target: &AnyPool) -> Result<Vec<(String, u64)>, StoreError> {
        let mut tx = target.begin().await?;
        let mut copied = Vec::new();
        for table in tables(target).await? {
            let list = table
                .columns
                .iter()
                .map(|(column, _)| column.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let name = &table.name;
            let present: i64 =
                sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {name}")))
                    .fetch_one(&mut *tx)
                    .await?;
            if present > 0 {
                return Err(StoreError::TargetNotEmpty(name.clone()));
            }
            let rows = sqlx::query(AssertSqlSafe(format!("SELECT {list} FROM {name}")))
                .fetch_all(&self.pool)
                .await?;
            let holes = (1..=table.columns.len())
                .map(|n| format!("${n}"))
                .collect::<Vec<_>>()
                .join(", ");
            let insert = format!("INSERT INTO {name} ({list}) VALUES ({holes})");
            for row in &rows {
                let mut query = sqlx::query(AssertSqlSafe(insert.clone()));
                for (index, (_, kind)) in table.columns.iter().enumerate() {
                    query = bind(query, row, index, *kind)?;
                }
                query.execute(&mut *tx).await?;
            }
            // Rows came with their IDs: new ones continue after the highest ever handed out,
            // deleted rows' included (SQLite's AUTOINCREMENT keeps it in sqlite_sequence), so
            // no ID is used twice (old buttons and cases name jobs by ID).
            if let Some(column) = &table.identity {
                let handed_out: Option<i64> =
                    sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = $1")
                        .bind(name)
                        .fetch_optional(&self.pool)
                        .await?;
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT setval(pg_get_serial_sequence('{name}', '{column}'),
                                   GREATEST(COALESCE(MAX({column}), 0), $1) + 1, false)
                     FROM {name}"
                )))
                .bind(handed_out.unwrap_or(0))
                .execute(&mut *tx)
                .await?;
            }
            copied.push((name.clone(), rows.len() as u64));
        }
        tx.commit().await?;
        Ok(copied)
    }
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds column `index` of `row` as a `kind` (typed, so a NULL is a typed NULL too).
fn bind<'q>(
    query: Query<'q>,
    row: &AnyRow,
    index: usize,
    kind: Kind,
) -> Result<Query<'q>, sqlx::Error> {
    Ok(match kind {
        Kind::Integer => query.bind(row.try_get::<Option<i64>, _>(index)?),
        Kind::Text => query.bind(row.try_get::<Option<String>, _>(index)?),
        Kind::Bytes => query.bind(row.try_get::<Option<Vec<u8>>, _>(index)?),
    })
}

/// The tables of `target`'s schema (but sqlx's own), in name order, with their columns.
async fn tables(target: &AnyPool) -> Result<Vec<Table>, StoreError> {
    let columns: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_identity::text
         FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'
         ORDER BY table_name, ordinal_position",
    )
    .fetch_all(target)
    .await?;
    let mut tables: Vec<Table> = Vec::new();
    for (table, column, kind, identity) in columns {
        let kind = match kind.as_str() {
            "bigint" => Kind::Integer,
            "text" => Kind::Text,
            "bytea" => Kind::Bytes,
            _ => return Err(StoreError::Uncopyable(format!("{table}.{column}"))),
        };
        if tables.last().is_none_or(|last| last.name != table) {
            tables.push(Table {
                name: table,
                columns: Vec::new(),
                identity: None,
            });
        }
        let Some(last) = tables.last_mut() else {
            continue;
        };
        if identity == "YES" {
            last.identity = Some(column.clone());
        }
        last.columns.push((column, kind));
    }
    Ok(tables)
}
