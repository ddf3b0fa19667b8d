//! The store against real databases: first run, restarts, encryption at rest, the queue. Most
//! tests run on a SQLite file and then on Postgres (`support::databases`); those about the
//! SQLite file itself run on SQLite only.

mod support;

use std::path::Path;

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;
use sqlx::Row;
use sqlx::sqlite::SqliteConnectOptions;
use technified_bot::shard_range::ShardRange;
use technified_bot::store::{
    BanSyncMode, BulkCounts, CardAction, CardState, CaseAction, CaseFilter, CaseOutcome,
    CaseSource, JobOutcome, JobState, KeyCipher, LastError, NewBulkRun, NewCard, NewCase, NewJob,
    Store, StoreError,
};
use technified_bot::technified::ApiKey;

use support::ENCRYPTION_KEY;
use support::databases;

/// Every server: one process runs every shard.
const ALL: ShardRange = ShardRange {
    first: 0,
    last: 0,
    total: 1,
};

const OTHER_MASTER: &str = "HwAeAR0CHAMbBBoFGQYYBxcIFgkVChQLEwwSDREOEA8=";
const GUILD: u64 = 1_100_000_000_000_000_001;
const OTHER_GUILD: u64 = 1_100_000_000_000_000_002;
const ADMIN: u64 = 900_000_000_000_000_001;

fn url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("nested/data/bot.db").display())
}

async fn open(url: &str) -> Store {
    Store::open(url, KeyCipher::from_base64(ENCRYPTION_KEY).unwrap())
        .await
        .unwrap()
}

fn api_key(guild: u64, secret: &str) -> ApiKey {
    ApiKey::parse(&format!("technified_{guild}_{secret}")).unwrap()
}

/// A second, independent connection to the database, as a DBA would use it (`$1` placeholders
/// read on both).
async fn raw_any(url: &str) -> sqlx::AnyConnection {
    use sqlx::Connection;
    sqlx::AnyConnection::connect(url).await.unwrap()
}

/// A second, independent connection to the file, as an attacker or a DBA would read it.
async fn raw(dir: &Path) -> sqlx::SqliteConnection {
    use sqlx::ConnectOptions;
    SqliteConnectOptions::new()
        .filename(dir.join("nested/data/bot.db"))
        .connect()
        .await
        .unwrap()
}

fn new_job(guild: u64, target: &str, next_ms: i64) -> NewJob {
    NewJob {
        guild_id: guild,
        kind: "roblox.ban".into(),
        target: target.into(),
        payload: json!({"roblox_id": 42, "reason": "spam"}),
        requested_by: ADMIN,
        interaction_token: Some(SecretString::from("interaction-token-xyz".to_owned())),
        token_expires_at_ms: Some(next_ms + 900_000),
        locale: None,
        channel_id: Some(123),
        next_attempt_at_ms: next_ms,
        deadline_at_ms: next_ms + 86_400_000,
    }
}

#[tokio::test]
async fn first_run_creates_folder_and_file_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let url = url(dir.path());
    assert!(!dir.path().join("nested").exists());

    let store = open(&url).await;
    store.ping().await.unwrap();
    assert!(dir.path().join("nested/data/bot.db").is_file());
    #[cfg(unix)]
    for file in ["bot.db", "bot.db-wal"] {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.path().join("nested/data").join(file);
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{file} is readable by others");
    }
    assert_eq!(
        technified_bot::store::data_dir(&url).as_deref(),
        Some(dir.path().join("nested/data").as_path())
    );
    drop(store);

    // A restart runs the embedded migrations again: they must be recognised as applied.
    let store = open(&url).await;
    store.ping().await.unwrap();
    store.close().await;
    let store = open(&url).await;
    let mut conn = raw(dir.path()).await;
    let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    let migrations = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite"))
        .unwrap()
        .count();
    assert_eq!(applied, migrations as i64, "each migration applied once");
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(journal, "wal");
    store.ping().await.unwrap();
}

#[tokio::test]
async fn memory_database_works_and_other_urls_are_refused() {
    let store = open("sqlite::memory:").await;
    store.set_log_channel(GUILD, Some(5)).await.unwrap();
    assert_eq!(store.log_channel(GUILD).await.unwrap(), Some(5));

    let Err(error) = Store::open(
        "mysql://localhost/bot",
        KeyCipher::from_base64(ENCRYPTION_KEY).unwrap(),
    )
    .await
    else {
        panic!("opened a MySQL URL");
    };
    assert!(matches!(error, StoreError::InvalidUrl(_)), "{error}");
}

#[tokio::test]
async fn key_survives_restart_and_is_encrypted_at_rest() {
    let dir = tempfile::tempdir().unwrap();
    let url = url(dir.path());
    let key = api_key(GUILD, "VerySecretPart123");
    let store = open(&url).await;
    store
        .put_key(GUILD, &key, ADMIN, true, 1_700_000_000)
        .await
        .unwrap();
    drop(store);

    let store = open(&url).await;
    let stored = store.key(GUILD).await.unwrap().unwrap();
    assert_eq!(stored.key.expose(), key.expose());
    assert_eq!(stored.masked, key.masked());
    assert_eq!(stored.set_by, ADMIN);
    assert_eq!(stored.set_at, 1_700_000_000);
    assert!(stored.verified);
    assert_eq!(stored.last_success_at, None);
    assert_eq!(stored.last_error, None);
    assert!(store.key(OTHER_GUILD).await.unwrap().is_none());
    // Debug shows the masked key only.
    let debug = format!("{stored:?}");
    assert!(!debug.contains("VerySecretPart123"), "{debug}");

    let mut conn = raw(dir.path()).await;
    let row =
        sqlx::query("SELECT key_blob, key_version, masked FROM guild_keys WHERE guild_id = ?")
            .bind(GUILD as i64)
            .fetch_one(&mut conn)
            .await
            .unwrap();
    let blob: Vec<u8> = row.get("key_blob");
    assert_eq!(blob[0], 1);
    assert_eq!(row.get::<i64, _>("key_version"), 1);
    assert!(row.get::<String, _>("masked").ends_with("…t123"));
    let clear = key.expose().as_bytes();
    assert!(!blob.windows(clear.len()).any(|w| w == clear));
    assert!(!blob.windows(8).any(|w| w == b"VerySecr"));
    let cipher = KeyCipher::from_base64(ENCRYPTION_KEY).unwrap();
    assert_eq!(
        cipher.decrypt(GUILD, &blob).unwrap().expose_secret(),
        key.expose()
    );
    assert!(cipher.decrypt(OTHER_GUILD, &blob).is_err());
    // The whole file (main database and WAL) never holds the key in clear.
    for name in ["bot.db", "bot.db-wal"] {
        if let Ok(bytes) = std::fs::read(dir.path().join("nested/data").join(name)) {
            assert!(!bytes.windows(clear.len()).any(|w| w == clear), "{name}");
        }
    }
}

#[tokio::test]
async fn a_row_copied_to_another_guild_or_read_with_another_master_key_is_undecryptable() {
    for db in databases::each().await {
        let url = db.url.clone();
        let store = open(&url).await;
        store
            .put_key(GUILD, &api_key(GUILD, "abc"), ADMIN, true, 1)
            .await
            .unwrap();
        let mut conn = raw_any(&db.url).await;
        sqlx::query(
            "INSERT INTO guild_keys (guild_id, key_blob, key_version, masked, set_by, set_at)
         SELECT $1, key_blob, key_version, masked, set_by, set_at FROM guild_keys
         WHERE guild_id = $2",
        )
        .bind(OTHER_GUILD as i64)
        .bind(GUILD as i64)
        .execute(&mut conn)
        .await
        .unwrap();
        let error = store.key(OTHER_GUILD).await.err().unwrap();
        assert!(matches!(error, StoreError::Undecryptable));
        assert!(
            error
                .to_string()
                .contains("stored key cannot be decrypted with this ENCRYPTION_KEY")
        );
        drop(store);

        let store = Store::open(&url, KeyCipher::from_base64(OTHER_MASTER).unwrap())
            .await
            .unwrap();
        assert!(matches!(
            store.key(GUILD).await,
            Err(StoreError::Undecryptable)
        ));
    }
}

#[tokio::test]
async fn rotation_replaces_the_key_and_forgets_its_history() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        store
            .put_key(GUILD, &api_key(GUILD, "first1"), ADMIN, true, 100)
            .await
            .unwrap();
        store.record_success(GUILD, &api_key(GUILD, "first1"), 150);
        store
            .record_error(GUILD, Some(503), "Service Unavailable", 160)
            .await
            .unwrap();

        store
            .put_key(GUILD, &api_key(GUILD, "second2"), ADMIN + 1, false, 200)
            .await
            .unwrap();
        let stored = store.key(GUILD).await.unwrap().unwrap();
        assert_eq!(stored.key.expose(), format!("technified_{GUILD}_second2"));
        assert_eq!(stored.set_by, ADMIN + 1);
        assert_eq!(stored.set_at, 200);
        assert!(!stored.verified);
        assert_eq!(stored.last_success_at, None);
        assert_eq!(stored.last_error, None);

        assert!(
            store
                .accept_key(GUILD, &api_key(GUILD, "second2"), 210)
                .await
                .unwrap()
        );
        assert!(store.key(GUILD).await.unwrap().unwrap().verified);

        assert!(store.delete_key(GUILD).await.unwrap());
        assert!(store.key(GUILD).await.unwrap().is_none());
        assert!(!store.delete_key(GUILD).await.unwrap());
    }
}

#[tokio::test]
async fn a_key_for_another_guild_is_not_stored() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let result = store
            .put_key(GUILD, &api_key(OTHER_GUILD, "abc"), ADMIN, true, 1)
            .await;
        assert!(matches!(
            result,
            Err(StoreError::KeyForOtherGuild {
                key_guild: OTHER_GUILD,
                ..
            })
        ));
        assert!(store.key(GUILD).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn success_and_error_are_recorded() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        store
            .put_key(GUILD, &api_key(GUILD, "abc"), ADMIN, false, 100)
            .await
            .unwrap();
        store
            .record_error(GUILD, Some(401), "Invalid API key for this guild", 110)
            .await
            .unwrap();
        let stored = store.key(GUILD).await.unwrap().unwrap();
        assert_eq!(
            stored.last_error,
            Some(LastError {
                status: Some(401),
                message: "Invalid API key for this guild".into(),
                at: 110,
            })
        );
        assert!(!stored.verified);

        store
            .record_error(GUILD, None, "timed out", 120)
            .await
            .unwrap();
        store.record_success(GUILD, &api_key(GUILD, "abc"), 130);
        let stored = store.key(GUILD).await.unwrap().unwrap();
        assert_eq!(stored.last_success_at, Some(130));
        assert!(stored.verified, "a successful call proves the key");
        let error = stored.last_error.unwrap();
        assert_eq!((error.status, error.at), (None, 120));
        assert_eq!(error.message, "timed out");
    }
}

/// What a restart finds: the last success as the database has it.
async fn stored_after_restart(store: Store, url: &str) -> (Store, Option<i64>, bool) {
    store.close().await;
    let store = open(url).await;
    let stored = store.key(GUILD).await.unwrap().unwrap();
    (store, stored.last_success_at, stored.verified)
}

#[tokio::test]
async fn the_last_success_is_seen_at_once_and_written_at_most_once_a_minute() {
    for db in databases::each().await {
        let url = db.url.clone();
        let store = open(&url).await;
        store
            .put_key(GUILD, &api_key(GUILD, "abc"), ADMIN, false, 100)
            .await
            .unwrap();

        // The first success verifies the key, so it is written whatever the time.
        store.record_success(GUILD, &api_key(GUILD, "abc"), 110);
        let (store, stored, verified) = stored_after_restart(store, &url).await;
        assert_eq!((stored, verified), (Some(110), true));

        // Within the minute: in memory only.
        store.record_success(GUILD, &api_key(GUILD, "abc"), 169);
        assert_eq!(
            store.key(GUILD).await.unwrap().unwrap().last_success_at,
            Some(169)
        );
        let (store, stored, _) = stored_after_restart(store, &url).await;
        assert_eq!(stored, Some(110));

        // A minute after the stored one: written.
        store.record_success(GUILD, &api_key(GUILD, "abc"), 170);
        let (store, stored, _) = stored_after_restart(store, &url).await;
        assert_eq!(stored, Some(170));

        // A rotated key is not credited with the old key's success.
        store.record_success(GUILD, &api_key(GUILD, "abc"), 300);
        store
            .put_key(GUILD, &api_key(GUILD, "def"), ADMIN, false, 300)
            .await
            .unwrap();
        let (_, stored, verified) = stored_after_restart(store, &url).await;
        assert_eq!((stored, verified), (None, false));
    }
}

#[tokio::test]
async fn finished_jobs_are_purged_after_their_age_and_nothing_else() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let mut ids = Vec::new();
        for target in ["1", "2", "3", "4"] {
            ids.push(
                store
                    .enqueue(new_job(GUILD, target, 0), 0, None, None)
                    .await
                    .unwrap(),
            );
        }
        let [old_done, old_failed, recent_done, old_pending] = ids[..] else {
            unreachable!()
        };
        store
            .finish(old_done, JobOutcome::Done, "done", None)
            .await
            .unwrap();
        store
            .finish(old_failed, JobOutcome::Failed, "refused", None)
            .await
            .unwrap();
        store
            .finish(recent_done, JobOutcome::Done, "done", None)
            .await
            .unwrap();
        let mut conn = raw_any(&db.url).await;
        sqlx::query("UPDATE jobs SET updated_at = updated_at - 8 * 86400000 WHERE id != $1")
            .bind(recent_done)
            .execute(&mut conn)
            .await
            .unwrap();

        let week = std::time::Duration::from_secs(7 * 86_400);
        assert_eq!(store.purge_finished(week).await.unwrap(), 2);
        assert!(store.job(old_done).await.unwrap().is_none());
        assert!(store.job(old_failed).await.unwrap().is_none());
        assert!(store.job(recent_done).await.unwrap().is_some());
        assert_eq!(
            store.job(old_pending).await.unwrap().unwrap().state,
            JobState::Pending,
            "a job still waiting is never purged, however old"
        );
        assert_eq!(store.purge_finished(week).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn log_channel_is_set_changed_and_cleared() {
    for db in databases::each().await {
        let url = db.url.clone();
        let store = open(&url).await;
        assert_eq!(store.log_channel(GUILD).await.unwrap(), None);
        store.set_log_channel(GUILD, Some(111)).await.unwrap();
        store.set_log_channel(GUILD, Some(222)).await.unwrap();
        store.set_log_channel(OTHER_GUILD, Some(333)).await.unwrap();
        drop(store);
        let store = open(&url).await;
        assert_eq!(store.log_channel(GUILD).await.unwrap(), Some(222));
        assert_eq!(store.log_channel(OTHER_GUILD).await.unwrap(), Some(333));
        store.set_log_channel(GUILD, None).await.unwrap();
        assert_eq!(store.log_channel(GUILD).await.unwrap(), None);
    }
}

#[tokio::test]
async fn job_lifecycle() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        assert_eq!(store.next_ready_at(ALL).await.unwrap(), None);
        let id = store
            .enqueue(new_job(GUILD, "42", 1_000), 0, None, None)
            .await
            .unwrap();
        let later = store
            .enqueue(new_job(GUILD, "43", 5_000), 0, None, None)
            .await
            .unwrap();
        assert_eq!(store.next_ready_at(ALL).await.unwrap(), Some(1_000));
        assert_eq!(store.pending_count(Some(GUILD)).await.unwrap(), 2);
        assert_eq!(store.pending_count(Some(OTHER_GUILD)).await.unwrap(), 0);

        assert!(
            store
                .ready_jobs(999, u32::MAX, 10, ALL)
                .await
                .unwrap()
                .is_empty()
        );
        let due = store.ready_jobs(1_000, u32::MAX, 10, ALL).await.unwrap();
        assert_eq!(due.len(), 1);
        let job = &due[0];
        assert_eq!(job.id, id);
        assert_eq!(job.guild_id, GUILD);
        assert_eq!(job.kind, "roblox.ban");
        assert_eq!(job.target, "42");
        assert_eq!(job.payload, json!({"roblox_id": 42, "reason": "spam"}));
        assert_eq!(job.requested_by, ADMIN);
        assert_eq!(
            job.interaction_token.as_ref().map(|t| t.expose_secret()),
            Some("interaction-token-xyz")
        );
        assert_eq!(job.token_expires_at_ms, Some(901_000));
        assert_eq!(job.channel_id, Some(123));
        assert_eq!(job.state, JobState::Pending);
        assert_eq!((job.attempts, job.sent_at_ms), (0, None));
        assert_eq!(job.deadline_at_ms, 86_401_000);
        assert_eq!(
            (job.last_error.as_deref(), job.result.as_deref()),
            (None, None)
        );
        assert!(job.created_at_ms > 1_600_000_000_000);
        // The interaction token is a credential: Debug must not show it.
        assert!(!format!("{job:?}").contains("interaction-token-xyz"));

        assert!(store.claim(id).await.unwrap());
        assert!(!store.claim(id).await.unwrap(), "already running");
        assert!(
            store
                .ready_jobs(10_000, u32::MAX, 10, ALL)
                .await
                .unwrap()
                .iter()
                .all(|j| j.id != id)
        );
        assert_eq!(
            store.job(id).await.unwrap().unwrap().state,
            JobState::Running
        );

        assert!(
            store
                .reschedule(id, 1, 3_000, Some(2_500), "503 Service Unavailable")
                .await
                .unwrap()
        );
        let job = store.job(id).await.unwrap().unwrap();
        assert_eq!(job.state, JobState::Pending);
        assert_eq!(
            (job.attempts, job.sent_at_ms, job.next_attempt_at_ms),
            (1, Some(2_500), 3_000)
        );
        assert_eq!(job.last_error.as_deref(), Some("503 Service Unavailable"));
        assert_eq!(store.next_ready_at(ALL).await.unwrap(), Some(3_000));

        // Once possibly sent, always read back first, from the first send on.
        assert!(store.claim(id).await.unwrap());
        assert!(
            store
                .reschedule(id, 2, 4_000, Some(3_500), "timeout")
                .await
                .unwrap()
        );
        assert_eq!(
            store.job(id).await.unwrap().unwrap().sent_at_ms,
            Some(2_500)
        );

        let due: Vec<i64> = store
            .ready_jobs(5_000, u32::MAX, 10, ALL)
            .await
            .unwrap()
            .iter()
            .map(|j| j.id)
            .collect();
        assert_eq!(due, [id, later], "queue order");
        assert_eq!(
            store
                .ready_jobs(5_000, u32::MAX, 1, ALL)
                .await
                .unwrap()
                .len(),
            1
        );

        assert!(store.claim(id).await.unwrap());
        assert!(
            store
                .finish(id, JobOutcome::Done, "banned", None)
                .await
                .unwrap()
        );
        let job = store.job(id).await.unwrap().unwrap();
        assert_eq!(job.state, JobState::Done);
        assert_eq!(job.result.as_deref(), Some("banned"));
        assert!(
            !store
                .finish(id, JobOutcome::Failed, "again", None)
                .await
                .unwrap()
        );
        assert!(!store.claim(id).await.unwrap());
        assert!(!store.reschedule(id, 3, 0, None, "x").await.unwrap());
        assert_eq!(store.pending_count(None).await.unwrap(), 1);
        assert_eq!(store.next_ready_at(ALL).await.unwrap(), Some(5_000));
    }
}

#[tokio::test]
async fn cancelled_jobs_are_never_due_again() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let id = store
            .enqueue(new_job(GUILD, "42", 0), 0, None, None)
            .await
            .unwrap();
        assert!(
            !store.cancel(OTHER_GUILD, id).await.unwrap(),
            "another server's job"
        );
        assert!(store.cancel(GUILD, id).await.unwrap());
        assert!(!store.cancel(GUILD, id).await.unwrap());
        assert!(
            store
                .ready_jobs(i64::MAX, u32::MAX, 10, ALL)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(!store.claim(id).await.unwrap());
        assert!(!store.reschedule(id, 1, 0, None, "x").await.unwrap());
        assert_eq!(store.next_ready_at(ALL).await.unwrap(), None);
        assert_eq!(store.pending_count(None).await.unwrap(), 0);
        assert_eq!(
            store.job(id).await.unwrap().unwrap().state,
            JobState::Cancelled
        );

        // A running job cannot be cancelled: its attempt may already be on the wire.
        let running = store
            .enqueue(new_job(GUILD, "43", 0), 0, None, None)
            .await
            .unwrap();
        assert!(store.claim(running).await.unwrap());
        assert!(!store.cancel(GUILD, running).await.unwrap());
    }
}

#[tokio::test]
async fn jobs_for_guild_lists_active_then_recent_failures() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let pending = store
            .enqueue(new_job(GUILD, "1", 0), 0, None, None)
            .await
            .unwrap();
        let running = store
            .enqueue(new_job(GUILD, "2", 0), 0, None, None)
            .await
            .unwrap();
        let done = store
            .enqueue(new_job(GUILD, "3", 0), 0, None, None)
            .await
            .unwrap();
        let failed = store
            .enqueue(new_job(GUILD, "4", 0), 0, None, None)
            .await
            .unwrap();
        let cancelled = store
            .enqueue(new_job(GUILD, "5", 0), 0, None, None)
            .await
            .unwrap();
        let old_failure = store
            .enqueue(new_job(GUILD, "6", 0), 0, None, None)
            .await
            .unwrap();
        store
            .enqueue(new_job(OTHER_GUILD, "7", 0), 0, None, None)
            .await
            .unwrap();
        for id in [running, done, failed, old_failure] {
            assert!(store.claim(id).await.unwrap());
        }
        store
            .finish(done, JobOutcome::Done, "ok", None)
            .await
            .unwrap();
        store
            .finish(failed, JobOutcome::Failed, "400", None)
            .await
            .unwrap();
        store
            .finish(old_failure, JobOutcome::Failed, "400", None)
            .await
            .unwrap();
        store.cancel(GUILD, cancelled).await.unwrap();
        let mut conn = raw_any(&db.url).await;
        sqlx::query("UPDATE jobs SET updated_at = updated_at - 2 * 86400000 WHERE id = $1")
            .bind(old_failure)
            .execute(&mut conn)
            .await
            .unwrap();
        // Make the order of the two recent ones unambiguous.
        sqlx::query("UPDATE jobs SET updated_at = updated_at - 1000 WHERE id = $1")
            .bind(failed)
            .execute(&mut conn)
            .await
            .unwrap();

        let ids: Vec<i64> = store
            .jobs_for_guild(GUILD, 10)
            .await
            .unwrap()
            .iter()
            .map(|j| j.id)
            .collect();
        assert_eq!(ids, [pending, running, cancelled, failed]);
        assert_eq!(store.jobs_for_guild(GUILD, 2).await.unwrap().len(), 2);
        assert_eq!(store.pending_count(Some(GUILD)).await.unwrap(), 2);
        assert_eq!(store.pending_count(None).await.unwrap(), 3);
    }
}

#[tokio::test]
async fn queue_survives_restart_and_running_jobs_are_recovered() {
    for db in databases::each().await {
        let url = db.url.clone();
        let store = open(&url).await;
        let waiting = store
            .enqueue(new_job(GUILD, "42", 1_000), 0, None, None)
            .await
            .unwrap();
        let interrupted = store
            .enqueue(new_job(GUILD, "43", 1_000), 0, None, None)
            .await
            .unwrap();
        assert!(store.claim(interrupted).await.unwrap());
        // A crash: no close, no finish.
        drop(store);

        let store = open(&url).await;
        assert!(
            store
                .ready_jobs(1_000, u32::MAX, 10, ALL)
                .await
                .unwrap()
                .iter()
                .all(|j| j.id != interrupted)
        );
        assert_eq!(store.recover_running(ALL).await.unwrap(), 1);
        let due = store.ready_jobs(1_000, u32::MAX, 10, ALL).await.unwrap();
        assert_eq!(
            due.iter().map(|j| j.id).collect::<Vec<_>>(),
            [waiting, interrupted]
        );
        assert_eq!(due[0].sent_at_ms, None);
        assert_eq!(
            due[1].sent_at_ms,
            Some(due[1].next_attempt_at_ms),
            "the interrupted attempt may have reached Technified, from when it was due"
        );
        assert_eq!(due[1].payload, json!({"roblox_id": 42, "reason": "spam"}));
        assert_eq!(
            due[1].interaction_token.as_ref().map(|t| t.expose_secret()),
            Some("interaction-token-xyz")
        );
        assert_eq!(store.recover_running(ALL).await.unwrap(), 0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_claims_have_exactly_one_winner() {
    for db in databases::each().await {
        let url = db.url.clone();
        let store = open(&url).await;
        // A second process-like handle on the same file, with its own connections.
        let other = open(&url).await;
        for round in 0..20 {
            let id = store
                .enqueue(new_job(GUILD, &round.to_string(), 0), 0, None, None)
                .await
                .unwrap();
            let (a, b) = tokio::join!(
                tokio::spawn({
                    let store = store.clone();
                    async move { store.claim(id).await.unwrap() }
                }),
                tokio::spawn({
                    let other = other.clone();
                    async move { other.claim(id).await.unwrap() }
                }),
            );
            assert!(a.unwrap() ^ b.unwrap(), "round {round}");
        }
    }
}

#[tokio::test]
async fn a_server_holds_at_most_ten_thousand_open_jobs() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        support::fill_queue(&db.url, GUILD, 9_999).await;
        let last = store
            .enqueue(new_job(GUILD, "ban:last", 0), 0, None, None)
            .await
            .unwrap();
        assert_eq!(store.pending_count(Some(GUILD)).await.unwrap(), 10_000);
        assert!(matches!(
            store
                .enqueue(new_job(GUILD, "ban:over", 0), 0, None, None)
                .await,
            Err(StoreError::QueueFull)
        ));
        assert_eq!(
            store.pending_count(Some(GUILD)).await.unwrap(),
            10_000,
            "nothing stored"
        );
        // A running job still counts; another server is not affected; an ended job frees a place.
        assert!(store.claim(last).await.unwrap());
        assert!(matches!(
            store
                .enqueue(new_job(GUILD, "ban:over", 0), 0, None, None)
                .await,
            Err(StoreError::QueueFull)
        ));
        store
            .enqueue(new_job(OTHER_GUILD, "ban:1", 0), 0, None, None)
            .await
            .unwrap();
        assert!(
            store
                .finish(last, JobOutcome::Done, "done", None)
                .await
                .unwrap()
        );
        store
            .enqueue(new_job(GUILD, "ban:over", 0), 0, None, None)
            .await
            .unwrap();
    }
}

/// The cap holds when writes of one server race for its last places, from two processes and
/// through every way a write is stored (queued after an attempt, begun with a case, a bulk
/// run): the count and the insert are one step for the server, on Postgres too, where two
/// transactions would otherwise each count the other's place as free.
#[tokio::test]
async fn writes_racing_for_a_servers_last_places_never_pass_the_cap() {
    for db in databases::each().await {
        let stores = [open(&db.url).await, open(&db.url).await];
        support::fill_queue(&db.url, GUILD, 9_990).await;
        let mut racing = tokio::task::JoinSet::new();
        for n in 0..40 {
            let store = stores[n % 2].clone();
            racing.spawn(async move {
                let job = new_job(GUILD, &format!("ban:race{n}"), 0);
                let stored = match n % 4 {
                    0 => store.enqueue(job, 0, None, None).await.map(|_| 1),
                    1 => store
                        .begin_write(job, Some(new_case(n as u64)))
                        .await
                        .map(|_| 1),
                    2 => store.begin_write(job, None).await.map(|_| 1),
                    _ => {
                        let writes = vec![(job, new_case(n as u64))];
                        store.begin_bulk(bulk_run(), writes).await.map(|_| 1)
                    }
                };
                match stored {
                    Ok(n) => n,
                    Err(StoreError::QueueFull) => 0,
                    Err(e) => panic!("{e}"),
                }
            });
        }
        let stored: i64 = racing.join_all().await.into_iter().sum();
        assert_eq!(stored, 10);
        assert_eq!(stores[0].pending_count(Some(GUILD)).await.unwrap(), 10_000);
    }
}

/// The scheduler's "first in line" check is an index seek on the open jobs of one server and
/// target, not a scan of the server's queue.
#[tokio::test]
async fn the_first_in_line_check_seeks_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let _store = open(&url(dir.path())).await;
    let mut raw = raw(dir.path()).await;
    let plan: Vec<String> = sqlx::query(
        "EXPLAIN QUERY PLAN
         SELECT 1 FROM jobs AS j WHERE j.state = 'pending' AND NOT EXISTS (
             SELECT 1 FROM jobs AS e
             WHERE e.guild_id = j.guild_id AND e.target = j.target AND e.id < j.id
               AND e.state IN ('pending', 'running'))",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap()
    .iter()
    .map(|row| row.get::<String, _>("detail"))
    .collect();
    assert!(
        plan.iter()
            .any(|step| step.contains("jobs_open_lines (guild_id=? AND target=?")),
        "{plan:#?}"
    );
}

/// Issue 11, item 6: a key saved while Technified cannot be reached waits beside the key in
/// use; only a check that accepts it makes it the server's key, a refused one is dropped, and
/// no key is credited with another key's result.
#[tokio::test]
async fn an_unverified_key_waits_beside_the_key_in_use() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let (first, second, third) = (
            api_key(GUILD, "first1"),
            api_key(GUILD, "second2"),
            api_key(GUILD, "third3"),
        );
        let in_use = |store: &Store| {
            let store = store.clone();
            async move {
                store
                    .key(GUILD)
                    .await
                    .unwrap()
                    .map(|k| (k.key.expose().to_owned(), k.verified))
            }
        };
        store
            .put_key(GUILD, &first, ADMIN, true, 100)
            .await
            .unwrap();
        assert!(store.stage_key(GUILD, &second, ADMIN, 200).await.unwrap());
        assert_eq!(
            in_use(&store).await,
            Some((first.expose().to_owned(), true))
        );
        assert_eq!(
            store
                .key_to_check(GUILD)
                .await
                .unwrap()
                .map(|k| k.expose().to_owned()),
            Some(second.expose().to_owned())
        );
        // A call made with the staged key credits nothing; an old key's check changes nothing.
        store.record_success(GUILD, &second, 210);
        assert_eq!(
            store.key(GUILD).await.unwrap().unwrap().last_success_at,
            None
        );
        assert!(!store.accept_key(GUILD, &third, 220).await.unwrap());

        // Accepted: the staged key replaces the one in use, verified, with a fresh history.
        assert!(store.accept_key(GUILD, &second, 230).await.unwrap());
        let stored = store.key(GUILD).await.unwrap().unwrap();
        assert_eq!(stored.key.expose(), second.expose());
        assert_eq!(
            (stored.verified, stored.set_at, stored.last_success_at),
            (true, 200, Some(230))
        );
        // The old key's late success is not the new key's.
        store.record_success(GUILD, &first, 240);
        assert_eq!(
            store.key(GUILD).await.unwrap().unwrap().last_success_at,
            Some(230)
        );

        // Refused: dropped, the key in use stays.
        assert!(store.stage_key(GUILD, &third, ADMIN, 300).await.unwrap());
        assert!(store.reject_key(GUILD, &third).await.unwrap());
        assert_eq!(
            in_use(&store).await,
            Some((second.expose().to_owned(), true))
        );
        assert_eq!(
            store
                .key_to_check(GUILD)
                .await
                .unwrap()
                .map(|k| k.expose().to_owned()),
            Some(second.expose().to_owned())
        );
        // A verified key is never dropped by a refused check.
        assert!(!store.reject_key(GUILD, &second).await.unwrap());

        // Removal forgets a staged key too.
        assert!(store.stage_key(GUILD, &third, ADMIN, 400).await.unwrap());
        assert!(store.delete_key(GUILD).await.unwrap());
        assert!(store.key_to_check(GUILD).await.unwrap().is_none());

        // With no key in use, an unverified key is the server's key; refused, it is dropped.
        assert!(!store.stage_key(GUILD, &first, ADMIN, 500).await.unwrap());
        assert_eq!(
            in_use(&store).await,
            Some((first.expose().to_owned(), false))
        );
        // A success with another key does not verify it.
        store.record_success(GUILD, &second, 510);
        assert_eq!(
            in_use(&store).await,
            Some((first.expose().to_owned(), false))
        );
        assert!(store.reject_key(GUILD, &first).await.unwrap());
        assert!(store.key(GUILD).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn ending_a_servers_pending_jobs_leaves_others_alone() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let pending = store
            .enqueue(new_job(GUILD, "ban:1", 0), 0, None, None)
            .await
            .unwrap();
        let running = store
            .enqueue(new_job(GUILD, "ban:2", 0), 0, None, None)
            .await
            .unwrap();
        let other = store
            .enqueue(new_job(OTHER_GUILD, "ban:1", 0), 0, None, None)
            .await
            .unwrap();
        assert!(store.claim(running).await.unwrap());
        let ended = store
            .end_pending(GUILD, "failed: key removed")
            .await
            .unwrap();
        assert_eq!(ended.iter().map(|j| j.id).collect::<Vec<_>>(), [pending]);
        let job = store.job(pending).await.unwrap().unwrap();
        assert_eq!(
            (job.state, job.result.as_deref()),
            (JobState::Failed, Some("failed: key removed"))
        );
        assert_eq!(
            store.unreported_jobs(ALL).await.unwrap().len(),
            1,
            "to be reported"
        );
        assert_eq!(
            store.job(running).await.unwrap().unwrap().state,
            JobState::Running
        );
        assert_eq!(
            store.job(other).await.unwrap().unwrap().state,
            JobState::Pending
        );
    }
}

#[tokio::test]
async fn cancelling_or_reporting_a_job_deletes_its_token_and_expired_tokens_go() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let reported = store
            .enqueue(new_job(GUILD, "ban:1", 0), 0, None, None)
            .await
            .unwrap();
        let cancelled = store
            .enqueue(new_job(GUILD, "ban:2", 0), 0, None, None)
            .await
            .unwrap();
        let expiring = store
            .enqueue(new_job(GUILD, "ban:3", 0), 0, None, None)
            .await
            .unwrap();
        let later = store
            .enqueue(new_job(GUILD, "ban:4", 100_000), 0, None, None)
            .await
            .unwrap();
        let token = |id| {
            let store = store.clone();
            async move {
                store
                    .job(id)
                    .await
                    .unwrap()
                    .unwrap()
                    .interaction_token
                    .is_some()
            }
        };
        assert!(store.claim(reported).await.unwrap());
        assert!(
            store
                .finish(reported, JobOutcome::Done, "done", None)
                .await
                .unwrap()
        );
        assert!(token(reported).await, "kept until the end is reported");
        store.mark_reported(reported).await.unwrap();
        assert!(!token(reported).await);
        assert!(store.cancel(GUILD, cancelled).await.unwrap());
        assert!(!token(cancelled).await);
        // Tokens expire 900 s after `next_ms` here.
        assert_eq!(store.clear_expired_tokens(900_000).await.unwrap(), 1);
        assert!(!token(expiring).await);
        assert!(token(later).await);
    }
}

/// A confirmed bulk ban file of `GUILD`, without a reply to edit.
fn bulk_run() -> NewBulkRun {
    NewBulkRun {
        guild_id: GUILD,
        action: CaseAction::Ban,
        requested_by: ADMIN,
        interaction_token: None,
        token_expires_at_ms: None,
        locale: None,
        now_ms: 0,
    }
}

fn new_case(roblox_id: u64) -> NewCase {
    NewCase {
        action: CaseAction::Ban,
        roblox_id,
        discord_id: None,
        moderator_id: ADMIN,
        moderator_roblox_id: Some(7),
        reason: Some("spam".into()),
        duration: None,
        source: CaseSource::Command,
    }
}

/// A bulk run's writes are counted as they end, on both databases (Postgres has no `SUM` of a
/// comparison, which SQLite allows), cancelled together and listed in the file's order; the
/// open runs are listed per server and per shard.
#[tokio::test]
async fn a_bulk_runs_writes_are_counted_and_its_run_listed_by_server_and_shard() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        let writes = (1..=3)
            .map(|id| (new_job(GUILD, &format!("ban:{id}"), 0), new_case(id)))
            .collect();
        let run_id = store.begin_bulk(bulk_run(), writes).await.unwrap();
        let counts = |done, failed, open| BulkCounts {
            done,
            failed,
            cancelled: 0,
            open,
        };
        assert_eq!(store.bulk_counts(run_id).await.unwrap(), counts(0, 0, 3));

        let jobs = store.ready_jobs(0, 10, 10, ALL).await.unwrap();
        let (first, second) = (jobs[0].id, jobs[1].id);
        assert!(store.claim(first).await.unwrap());
        store
            .finish(first, JobOutcome::Done, "done", None)
            .await
            .unwrap();
        store
            .finish(second, JobOutcome::Failed, "refused", Some("no"))
            .await
            .unwrap();
        assert_eq!(store.bulk_counts(run_id).await.unwrap(), counts(1, 1, 1));
        store
            .note_bulk_progress(run_id, 5_000, Some(77))
            .await
            .unwrap();
        assert_eq!(store.cancel_bulk(OTHER_GUILD, run_id).await.unwrap(), None);
        assert_eq!(store.cancel_bulk(GUILD, run_id).await.unwrap(), Some(1));
        let states: Vec<(u64, JobState)> = store
            .bulk_writes(run_id)
            .await
            .unwrap()
            .iter()
            .map(|w| (w.roblox_id, w.state))
            .collect();
        assert_eq!(
            states,
            [
                (1, JobState::Done),
                (2, JobState::Failed),
                (3, JobState::Cancelled)
            ]
        );
        let run = &store.open_bulk_runs_of(GUILD).await.unwrap()[0];
        assert_eq!((run.progress_at_ms, run.log_message_id), (5_000, Some(77)));
        let done = BulkCounts {
            cancelled: 1,
            ..counts(1, 1, 0)
        };
        assert_eq!(store.bulk_counts(run_id).await.unwrap(), done);

        let ids = |runs: Vec<technified_bot::store::BulkRun>| -> Vec<i64> {
            runs.iter().map(|r| r.id).collect()
        };
        assert_eq!(ids(store.open_bulk_runs_of(GUILD).await.unwrap()), [run_id]);
        assert!(
            store
                .open_bulk_runs_of(OTHER_GUILD)
                .await
                .unwrap()
                .is_empty()
        );
        let halves = |n| ShardRange {
            first: n,
            last: n,
            total: 2,
        };
        let (mine, theirs) = if halves(0).shard_of(GUILD) == 0 {
            (halves(0), halves(1))
        } else {
            (halves(1), halves(0))
        };
        assert_eq!(ids(store.open_bulk_runs(ALL).await.unwrap()), [run_id]);
        assert_eq!(ids(store.open_bulk_runs(mine).await.unwrap()), [run_id]);
        assert!(store.open_bulk_runs(theirs).await.unwrap().is_empty());
        store.mark_bulk_reported(run_id).await.unwrap();
        assert!(store.open_bulk_runs(ALL).await.unwrap().is_empty());
    }
}

/// Autocomplete of `/cases`: by the start of the case number or of the Roblox account ID,
/// newest first, on both databases.
#[tokio::test]
async fn cases_are_suggested_by_number_or_account() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        for roblox_id in [4_200, 4_217, 99] {
            let target = format!("ban:{roblox_id}");
            let job = new_job(GUILD, &target, 0);
            store
                .begin_write(job, Some(new_case(roblox_id)))
                .await
                .unwrap();
        }
        let suggested = |typed: &'static str| {
            let store = store.clone();
            async move {
                let cases = store.case_suggestions(GUILD, typed, 10).await.unwrap();
                cases.iter().map(|c| c.number).collect::<Vec<_>>()
            }
        };
        assert_eq!(suggested("").await, [3, 2, 1]);
        assert_eq!(suggested("42").await, [2, 1]);
        assert_eq!(suggested("#3").await, [3]);
        assert_eq!(suggested("5").await, [] as [i64; 0]);
        assert!(
            store
                .case_suggestions(OTHER_GUILD, "", 10)
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn case_numbers_are_unique_and_gap_free_across_two_stores_on_one_database() {
    for db in databases::each().await {
        let url = db.url.clone();
        // Two stores on one database stand for two processes.
        let (a, b) = (open(&url).await, open(&url).await);
        let begin = |store: Store, n: u64| async move {
            let target = format!("ban:{n}");
            store
                .begin_write(new_job(GUILD, &target, 0), Some(new_case(n)))
                .await
                .unwrap()
        };
        let mut writes = tokio::task::JoinSet::new();
        for n in 0..40 {
            writes.spawn(begin(if n % 2 == 0 { a.clone() } else { b.clone() }, n));
        }
        let mut numbers: Vec<i64> = writes
            .join_all()
            .await
            .iter()
            .map(|begun| begun.case_number.unwrap())
            .collect();
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=40).collect::<Vec<_>>());
        // Another server counts from 1.
        let other = a
            .begin_write(new_job(OTHER_GUILD, "ban:1", 0), Some(new_case(1)))
            .await
            .unwrap();
        assert_eq!(other.case_number, Some(1));
    }
}

#[tokio::test]
async fn a_case_lives_and_ends_with_its_job() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        // The first write of a target is claimed for its first attempt; the next waits behind it.
        let first = store
            .begin_write(new_job(GUILD, "ban:42", 0), Some(new_case(42)))
            .await
            .unwrap();
        assert!(!first.behind);
        let job = store.job(first.job_id).await.unwrap().unwrap();
        assert_eq!((job.state, job.case_number), (JobState::Running, Some(1)));
        let second = store
            .begin_write(new_job(GUILD, "ban:42", 0), Some(new_case(42)))
            .await
            .unwrap();
        assert!(second.behind);
        assert_eq!(
            store.job(second.job_id).await.unwrap().unwrap().state,
            JobState::Pending
        );
        // A write without a case (a binding) takes no number.
        let binding = store
            .begin_write(new_job(GUILD, "bindings", 0), None)
            .await
            .unwrap();
        assert_eq!(binding.case_number, None);

        // Ended on its first attempt: the job goes, the case takes the outcome.
        assert!(
            store
                .end_write(first.job_id, CaseOutcome::Done)
                .await
                .unwrap()
        );
        assert!(store.job(first.job_id).await.unwrap().is_none());
        assert_eq!(
            store.case(GUILD, 1).await.unwrap().unwrap().outcome,
            CaseOutcome::Done
        );
        assert!(
            !store
                .end_write(first.job_id, CaseOutcome::Failed)
                .await
                .unwrap()
        );
        assert_eq!(
            store.case(GUILD, 1).await.unwrap().unwrap().outcome,
            CaseOutcome::Done
        );

        // Cancelled, finished by the engine, ended by a key removal: the case follows each.
        assert_eq!(
            store.case(GUILD, 2).await.unwrap().unwrap().outcome,
            CaseOutcome::Queued
        );
        assert!(store.cancel(GUILD, second.job_id).await.unwrap());
        assert_eq!(
            store.case(GUILD, 2).await.unwrap().unwrap().outcome,
            CaseOutcome::Cancelled
        );
        let third = store
            .begin_write(new_job(GUILD, "ban:43", 0), Some(new_case(43)))
            .await
            .unwrap();
        assert!(
            store
                .finish(third.job_id, JobOutcome::Failed, "failed: refused", None)
                .await
                .unwrap()
        );
        assert_eq!(
            store.case(GUILD, 3).await.unwrap().unwrap().outcome,
            CaseOutcome::Failed
        );
        let fourth = store
            .begin_write(new_job(GUILD, "ban:44", 0), Some(new_case(44)))
            .await
            .unwrap();
        assert!(
            store
                .reschedule(fourth.job_id, 1, 0, None, "503")
                .await
                .unwrap()
        );
        store
            .end_pending(GUILD, "failed: key removed")
            .await
            .unwrap();
        assert_eq!(
            store.case(GUILD, 4).await.unwrap().unwrap().outcome,
            CaseOutcome::Failed
        );

        let (listed, total) = store.cases(GUILD, CaseFilter::default(), 2).await.unwrap();
        let numbers: Vec<i64> = listed.iter().map(|c| c.number).collect();
        assert_eq!(
            (numbers, total),
            (vec![4, 3], 4),
            "newest first, total of all"
        );
    }
}

#[tokio::test]
async fn a_full_queue_stores_neither_job_nor_case_nor_number() {
    for db in databases::each().await {
        let store = open(&db.url).await;
        store
            .begin_write(new_job(GUILD, "ban:1", 0), Some(new_case(1)))
            .await
            .unwrap();
        support::fill_queue(&db.url, GUILD, 10_000).await;
        let refused = store
            .begin_write(new_job(GUILD, "ban:2", 0), Some(new_case(2)))
            .await;
        assert!(matches!(refused, Err(StoreError::QueueFull)), "{refused:?}");
        assert!(store.case(GUILD, 2).await.unwrap().is_none());
        let mut raw = raw_any(&db.url).await;
        sqlx::query("DELETE FROM jobs WHERE kind = 'ban'")
            .execute(&mut raw)
            .await
            .unwrap();
        let next = store
            .begin_write(new_job(GUILD, "ban:3", 0), Some(new_case(3)))
            .await
            .unwrap();
        assert_eq!(
            next.case_number,
            Some(2),
            "no number was spent on the refusal"
        );
    }
}

#[tokio::test]
async fn ban_sync_mode_defaults_to_off_and_keeps_the_log_channel() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&url(dir.path())).await;
    assert_eq!(store.ban_sync(GUILD).await.unwrap(), BanSyncMode::Off);
    store.set_log_channel(GUILD, Some(5)).await.unwrap();
    store
        .set_ban_sync(GUILD, BanSyncMode::Mirror)
        .await
        .unwrap();
    assert_eq!(store.ban_sync(GUILD).await.unwrap(), BanSyncMode::Mirror);
    assert_eq!(store.log_channel(GUILD).await.unwrap(), Some(5));
    assert_eq!(store.ban_sync(OTHER_GUILD).await.unwrap(), BanSyncMode::Off);
}

#[tokio::test]
async fn a_card_is_taken_by_one_press_and_given_back_by_a_refused_one() {
    let dir = tempfile::tempdir().unwrap();
    let url = url(dir.path());
    let store = open(&url).await;
    let card = NewCard {
        guild_id: GUILD,
        action: CardAction::Ban,
        discord_id: 3,
        roblox_id: 42,
        roblox_name: "Someone".into(),
        banned_by: None,
        reason: Some("raid".into()),
        channel_id: 5,
        created_at_ms: 0,
    };
    let id = store.add_card(&card).await.unwrap();
    store.card_posted(id, 77).await.unwrap();
    // After a restart (another store on the file), the card is all there.
    let again = open(&url).await;
    let read = again.card(GUILD, id).await.unwrap().unwrap();
    assert_eq!(
        (read.new, read.message_id, read.state),
        (card, Some(77), CardState::Open)
    );
    assert!(
        again.card(OTHER_GUILD, id).await.unwrap().is_none(),
        "only its own server's"
    );

    assert!(store.claim_card(id).await.unwrap());
    assert!(!again.claim_card(id).await.unwrap(), "one press at a time");
    store.release_card(id).await.unwrap();
    assert!(again.claim_card(id).await.unwrap());
    again
        .close_card(id, CardState::Done, ADMIN, Some(1))
        .await
        .unwrap();
    assert!(
        !store.claim_card(id).await.unwrap(),
        "answered cards stay answered"
    );
}

#[tokio::test]
async fn the_open_roblox_ban_is_the_latest_ban_or_unban_case_that_did_not_fail() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&url(dir.path())).await;
    let write = |case: NewCase, outcome| {
        let store = store.clone();
        async move {
            let begun = store
                .begin_write(new_job(GUILD, "ban:42", 0), Some(case))
                .await
                .unwrap();
            assert!(store.end_write(begun.job_id, outcome).await.unwrap());
        }
    };
    let synced = NewCase {
        source: CaseSource::BanSync,
        ..new_case(42)
    };
    let lift = NewCase {
        action: CaseAction::Unban,
        ..new_case(42)
    };
    assert_eq!(store.open_roblox_ban(GUILD, 42).await.unwrap(), None);
    write(synced.clone(), CaseOutcome::Done).await;
    assert_eq!(
        store.open_roblox_ban(GUILD, 42).await.unwrap(),
        Some(CaseSource::BanSync)
    );
    // A failed command ban changes nothing; a done unban lifts it.
    write(new_case(42), CaseOutcome::Failed).await;
    assert_eq!(
        store.open_roblox_ban(GUILD, 42).await.unwrap(),
        Some(CaseSource::BanSync)
    );
    write(lift, CaseOutcome::Done).await;
    assert_eq!(store.open_roblox_ban(GUILD, 42).await.unwrap(), None);
    write(new_case(42), CaseOutcome::Done).await;
    assert_eq!(
        store.open_roblox_ban(GUILD, 42).await.unwrap(),
        Some(CaseSource::Command)
    );
    assert_eq!(store.open_roblox_ban(OTHER_GUILD, 42).await.unwrap(), None);
}

/// Two processes' first writes of one target at the same moment: exactly one goes out at once
/// (running), every other waits behind it, so writes on a target keep their order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_writes_of_one_target_start_one_attempt() {
    for db in databases::each().await {
        let (a, b) = (open(&db.url).await, open(&db.url).await);
        let mut writes = tokio::task::JoinSet::new();
        for n in 0..20 {
            let store = if n % 2 == 0 { a.clone() } else { b.clone() };
            writes.spawn(async move {
                store
                    .begin_write(new_job(GUILD, "ban:1", 0), None)
                    .await
                    .unwrap()
            });
        }
        let begun = writes.join_all().await;
        let at_once = begun.iter().filter(|b| !b.behind).count();
        assert_eq!(at_once, 1, "{db:?}: {begun:?}", db = db.kind);
    }
}

/// migrations/sqlite/0008: a database written by an older version, whose job results are English,
/// has them turned into the engine's codes, with a failure's Technified error moved to
/// `last_error`; results it does not know are left as they were.
#[tokio::test]
async fn old_english_job_results_become_codes() {
    use technified_bot::retry::engine::FailureReason;
    let dir = tempfile::tempdir().unwrap();
    let url = url(dir.path());
    std::fs::create_dir_all(dir.path().join("nested/data")).unwrap();
    let mut conn = {
        use sqlx::ConnectOptions;
        SqliteConnectOptions::new()
            .filename(dir.path().join("nested/data/bot.db"))
            .create_if_missing(true)
            .connect()
            .await
            .unwrap()
    };
    sqlx::migrate!("./migrations/sqlite")
        .run_to(7, &mut conn)
        .await
        .unwrap();
    let old = [
        ("done", "done", None),
        ("done", "done (an earlier attempt had applied it)", None),
        ("failed", "failed: key removed", Some("HTTP 503 before")),
        (
            "failed",
            "failed: the bot was removed from the server",
            None,
        ),
        (
            "failed",
            "failed: Technified refused the request: Technified ban failed: HTTP 403 (request ID r1)",
            Some("HTTP 503 before"),
        ),
        (
            "failed",
            "failed: gave up: Technified still failed at the deadline: Technified ban failed: HTTP 503 (request ID r2)",
            None,
        ),
        (
            "failed",
            "failed: gave up: Technified still failed at the deadline",
            Some("HTTP 503 before"),
        ),
        (
            "failed",
            "failed: Technified failed again on the retry: Technified ban failed: HTTP 500 (request ID r3)",
            None,
        ),
        (
            "failed",
            "failed: the stored key cannot be decrypted; run /setup again",
            None,
        ),
        ("failed", "failed: the queued job cannot be read", None),
        ("failed", "failed: something newer", None),
    ];
    for (state, result, last_error) in old {
        sqlx::query(
            "INSERT INTO jobs (guild_id, kind, target, payload, requested_by, state,
                               next_attempt_at, deadline_at, result, last_error)
             VALUES (1, 'roblox.ban', '42', '{}', 2, ?, 0, 0, ?, ?)",
        )
        .bind(state)
        .bind(result)
        .bind(last_error)
        .execute(&mut conn)
        .await
        .unwrap();
    }
    drop(conn);

    let store = open(&url).await;
    let mut seen = Vec::new();
    for id in 1..=old.len() as i64 {
        let job = store.job(id).await.unwrap().unwrap();
        seen.push((job.result.unwrap(), job.last_error));
    }
    let expected: Vec<(String, Option<String>)> = [
        ("done", None),
        ("done_earlier", None),
        ("key_removed", Some("HTTP 503 before")),
        ("bot_removed", None),
        (
            "refused",
            Some("Technified ban failed: HTTP 403 (request ID r1)"),
        ),
        (
            "gave_up",
            Some("Technified ban failed: HTTP 503 (request ID r2)"),
        ),
        ("gave_up", Some("HTTP 503 before")),
        (
            "failed_twice",
            Some("Technified ban failed: HTTP 500 (request ID r3)"),
        ),
        ("key_unreadable", None),
        ("unreadable_job", None),
        ("failed: something newer", None),
    ]
    .into_iter()
    .map(|(result, error)| (result.to_owned(), error.map(str::to_owned)))
    .collect();
    assert_eq!(seen, expected);
    let reasons: Vec<FailureReason> = seen[2..]
        .iter()
        .map(|(code, _)| FailureReason::from_code(code))
        .collect();
    use FailureReason::*;
    assert_eq!(
        reasons,
        [
            KeyRemoved,
            BotRemoved,
            Refused,
            GaveUp,
            GaveUp,
            FailedTwice,
            KeyUnreadable,
            UnreadableJob,
            Unknown
        ]
    );
}
