//! `technified-bot copy-to-postgres` (README, "Moving from SQLite to Postgres"): the real
//! binary copies a SQLite database into an empty Postgres one, and the store on Postgres then
//! has the same keys, settings, cases and queued jobs. Needs `TEST_POSTGRES_URL`.

mod support;

use std::process::Stdio;

use serde_json::json;
use support::ENCRYPTION_KEY;
use technified_bot::shard_range::ShardRange;
use technified_bot::store::{
    CaseAction, CaseOutcome, CaseSource, JobState, KeyCipher, NewCase, NewJob, Store,
};
use technified_bot::technified::ApiKey;

const GUILD: u64 = 1_400_000_000_000_000_001;
const LEFT_GUILD: u64 = 1_400_000_000_000_000_002;
const ADMIN: u64 = 900_000_000_000_000_001;

async fn open(url: &str) -> Store {
    Store::open(url, KeyCipher::from_base64(ENCRYPTION_KEY).unwrap())
        .await
        .unwrap()
}

fn key(secret: &str) -> ApiKey {
    ApiKey::parse(&format!("technified_{GUILD}_{secret}")).unwrap()
}

/// Runs `copy-to-postgres` on the SQLite database at `sqlite` into `postgres`; exit code and
/// both outputs. Without `DISCORD_TOKEN`: the copy needs no Discord, so it does not ask for
/// the bot's token.
async fn copy(sqlite: &str, postgres: &str) -> (Option<i32>, String, String) {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_technified-bot"))
        .arg("copy-to-postgres")
        .env_clear()
        .env("DATABASE_URL", sqlite)
        .env("ENCRYPTION_KEY", ENCRYPTION_KEY)
        .env("TARGET_DATABASE_URL", postgres)
        .stdin(Stdio::null())
        .output()
        .await
        .expect("the binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn keys_settings_and_queued_jobs_move_to_postgres() {
    let Some(postgres) = support::databases::postgres().await else {
        return;
    };
    let sqlite = support::databases::sqlite();
    let store = open(&sqlite.url).await;
    store
        .put_key(GUILD, &key("inuse1"), ADMIN, true, 100)
        .await
        .unwrap();
    assert!(
        store
            .stage_key(GUILD, &key("staged2"), ADMIN, 200)
            .await
            .unwrap()
    );
    store.set_log_channel(GUILD, Some(444)).await.unwrap();
    store.guild_left(LEFT_GUILD, 5_000).await.unwrap();
    let job = |target: &str| NewJob {
        guild_id: GUILD,
        kind: "roblox.ban".into(),
        target: target.into(),
        payload: json!({"roblox_id": 42}),
        requested_by: ADMIN,
        interaction_token: None,
        token_expires_at_ms: None,
        locale: None,
        channel_id: Some(444),
        next_attempt_at_ms: 1_000,
        deadline_at_ms: 86_401_000,
    };
    let sent = store
        .enqueue(job("ban:42"), 2, Some(900), Some("503"))
        .await
        .unwrap();
    let waiting = store.enqueue(job("ban:43"), 0, None, None).await.unwrap();
    let case = |roblox_id| NewCase {
        action: CaseAction::Ban,
        roblox_id,
        discord_id: None,
        moderator_id: ADMIN,
        moderator_roblox_id: Some(7),
        reason: Some("spam".into()),
        duration: None,
        source: CaseSource::Command,
    };
    let with_case = store
        .begin_write(job("ban:45"), Some(case(45)))
        .await
        .unwrap();
    assert!(
        store
            .end_write(with_case.job_id, CaseOutcome::Done)
            .await
            .unwrap()
    );
    store.close().await;

    let (code, stdout, stderr) = copy(&sqlite.url, &postgres.url).await;
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("copied 2 rows of jobs"), "{stdout}");
    assert!(stdout.contains("ENCRYPTION_KEY"), "{stdout}");
    assert!(!stdout.contains(ENCRYPTION_KEY) && !stderr.contains(ENCRYPTION_KEY));

    let moved = open(&postgres.url).await;
    let stored = moved.key(GUILD).await.unwrap().unwrap();
    assert_eq!(stored.key.expose(), key("inuse1").expose());
    assert!(stored.verified);
    assert_eq!(
        moved.key_to_check(GUILD).await.unwrap().unwrap().expose(),
        key("staged2").expose()
    );
    assert_eq!(moved.log_channel(GUILD).await.unwrap(), Some(444));
    assert_eq!(moved.forget_departed(5_000).await.unwrap(), [LEFT_GUILD]);
    let all = ShardRange::all(1);
    let due = moved.ready_jobs(1_000, u32::MAX, 10, all).await.unwrap();
    assert_eq!(
        due.iter().map(|j| j.id).collect::<Vec<_>>(),
        [sent, waiting]
    );
    assert_eq!((due[0].attempts, due[0].sent_at_ms), (2, Some(900)));
    assert_eq!(due[0].payload, json!({"roblox_id": 42}));
    assert_eq!(due[1].state, JobState::Pending);
    let copied_case = moved.case(GUILD, 1).await.unwrap().unwrap();
    assert_eq!(
        (copied_case.roblox_id, copied_case.outcome),
        (45, CaseOutcome::Done)
    );
    // New jobs and cases continue after the copied ones.
    let next = moved
        .begin_write(job("ban:44"), Some(case(44)))
        .await
        .unwrap();
    assert!(
        next.job_id > with_case.job_id,
        "{next:?} after {with_case:?}"
    );
    assert_eq!(next.case_number, Some(2));
    moved.close().await;

    // A second copy finds the database in use and changes nothing.
    let (code, _, stderr) = copy(&sqlite.url, &postgres.url).await;
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("already holds rows"), "{stderr}");
    let moved = open(&postgres.url).await;
    assert_eq!(moved.pending_count(None).await.unwrap(), 3);
    assert!(moved.case(GUILD, 3).await.unwrap().is_none());
}
