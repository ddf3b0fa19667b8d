//! Bulk files end to end: `/roblox bulk-ban` and `bulk-unban` through the real binary against
//! the fakes: the preview and its confirm, every account banned exactly once (as the fake
//! Technified received it) with its case, the CSV report parsed back, progress edits at
//! least 5 s apart, a run cancelled from `/jobs` as one line, a `kill -9` in the middle, and
//! every kind of bad file refused before anything is stored or sent. The whole run and the
//! kill run again with the bot's data on Postgres when a server is given (README, "Tests").

mod support;

use std::collections::HashMap;
use std::time::Duration;

use serde_json::{Value, json};
use support::databases::{self, TestDatabase};
use support::{AMBER, GREEN, GUILD, LOG_CHANNEL, RED, WAIT, World, assert_look};
use testkit::discord::{Interaction, SeenMessage};
use testkit::technified::Fault;

/// Long enough for a run that waits out one moderation quota window (61 s) and its report.
const RUN_WAIT: Duration = Duration::from_secs(150);

/// A connected world with its log channel set, the bot's data in its SQLite file.
async fn world() -> World {
    world_with(&[]).await
}

/// Like [`world`], the bot's data in `database`.
async fn world_on(database: &TestDatabase) -> World {
    world_with(&[
        ("DATABASE_URL", &database.url),
        ("ENCRYPTION_KEY", support::ENCRYPTION_KEY),
    ])
    .await
}

async fn world_with(env: &[(&str, &str)]) -> World {
    let (world, _key) = World::connected_with(env).await;
    world.set_log_channel().await;
    world
}

/// The moderator runs `/roblox <command>` with `bytes` attached as `file`, plus `options`.
fn bulk(
    world: &World,
    command: &str,
    name: &str,
    kind: &str,
    bytes: Vec<u8>,
    options: Value,
) -> Interaction {
    bulk_with_id(world, command, name, kind, bytes, options).0
}

/// Like [`bulk`], with the attachment's id.
fn bulk_with_id(
    world: &World,
    command: &str,
    name: &str,
    kind: &str,
    bytes: Vec<u8>,
    mut options: Value,
) -> (Interaction, u64) {
    let file = world.discord.attachment(name, kind, bytes);
    options["file"] = json!(file);
    let command = format!("roblox {command}");
    let run = world
        .discord
        .command(GUILD, &world.moderator, &command, options);
    (run, file)
}

/// Presses the preview's confirm button (the first one).
fn confirm(world: &World, preview: &SeenMessage) {
    let buttons = preview.buttons();
    preview.click(&world.moderator, &buttons[0].0);
}

/// Waits for the run's report: a green message with a CSV file, in the reply or the log
/// channel; returns its rows as `(roblox_id, result, detail)` and the message.
async fn report(run: &Interaction) -> (Vec<(u64, String, String)>, SeenMessage) {
    let done = run
        .wait_message(RUN_WAIT, "the bulk report", has_file)
        .await;
    (rows(&done), done)
}

/// Whether a message carries a file (read from its JSON: the fake's state is locked while a
/// wait's check runs).
fn has_file(message: &SeenMessage) -> bool {
    message.json()["attachments"]
        .as_array()
        .is_some_and(|files| !files.is_empty())
}

fn rows(message: &SeenMessage) -> Vec<(u64, String, String)> {
    let files = message.files();
    assert_eq!(files.len(), 1, "one report file");
    assert!(
        files[0].filename.ends_with("-report.csv"),
        "{}",
        files[0].filename
    );
    let mut reader = csv::Reader::from_reader(files[0].bytes.as_slice());
    assert_eq!(
        reader.headers().expect("a header row"),
        vec!["roblox_id", "result", "detail"]
    );
    reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV row");
            (
                r[0].parse().expect("an ID"),
                r[1].to_owned(),
                r[2].to_owned(),
            )
        })
        .collect()
}

/// Ban requests Technified received, per Roblox account.
fn bans_sent(world: &World) -> HashMap<u64, usize> {
    let mut sent = HashMap::new();
    for request in world.technified.requests() {
        if request.method == "POST" && request.path.ends_with("/roblox/ban") {
            let body = request.body.unwrap_or_default();
            let id = body["roblox_id"].as_str().and_then(|s| s.parse().ok());
            *sent.entry(id.expect("a roblox_id")).or_default() += 1;
        }
    }
    sent
}

/// `(roblox_id, source, outcome)` of every case in the bot's database, by number.
async fn cases(world: &World) -> Vec<(i64, String, String)> {
    let mut db = support::database_at(&world.database_url()).await;
    sqlx::query_as(
        "SELECT roblox_id, source, outcome FROM cases WHERE guild_id = $1 ORDER BY number",
    )
    .bind(GUILD as i64)
    .fetch_all(&mut db)
    .await
    .expect("read the cases")
}

/// One ID per line, `first..first + n`.
fn ids(first: u64, n: u64) -> Vec<u8> {
    (first..first + n)
        .map(|id| format!("{id}\n"))
        .collect::<String>()
        .into_bytes()
}

/// The edits of the reply with `token` Discord received, as times since the fake started.
fn reply_edits(world: &World, token: &str) -> Vec<Duration> {
    world
        .discord
        .requests()
        .iter()
        .filter(|r| r.method == "PATCH" && r.path.contains(token) && r.status == 200)
        .map(|r| r.at)
        .collect()
}

#[tokio::test]
async fn a_bulk_ban_is_previewed_then_bans_each_account_once_and_reports_a_csv() {
    previewed_then_banned_once(world().await).await;
}

#[tokio::test]
async fn on_postgres_a_bulk_ban_is_previewed_then_bans_each_account_once() {
    if let Some(database) = databases::postgres().await {
        previewed_then_banned_once(world_on(&database).await).await;
    }
}

async fn previewed_then_banned_once(world: World) {
    let file =
        b"roblox_id,note\n101,first\n102\n# raiders from the 5th\n101\nbuilderman\n103\n".to_vec();
    let run = bulk(
        &world,
        "bulk-ban",
        "raid.csv",
        "text/csv",
        file,
        json!({"reason": "Raid", "duration": "7d"}),
    );
    let preview = run.final_message(WAIT).await;
    assert_look(
        &preview,
        AMBER,
        &[
            "3 roblox accounts to ban",
            "1 duplicate left out",
            "not a roblox user id: line 6.",
            "reason: raid",
        ],
    );
    assert_eq!(preview.buttons()[0].1, "Ban 3");
    assert!(bans_sent(&world).is_empty(), "nothing before the confirm");
    assert!(cases(&world).await.is_empty());

    confirm(&world, &preview);
    let (rows, done) = report(&run).await;
    assert_look(
        &done,
        GREEN,
        &["finished", "3 banned, 0 failed, 0 cancelled"],
    );
    assert_eq!(
        rows,
        [101, 102, 103].map(|id| (id, "banned".to_owned(), "done".to_owned()))
    );
    let sent = bans_sent(&world);
    assert_eq!(sent, HashMap::from([(101, 1), (102, 1), (103, 1)]));
    let bans = world.technified.bans(GUILD);
    assert!(
        bans.iter()
            .all(|b| b.reason == "Raid" && b.by == (support::ADMIN_ROBLOX + 1).to_string()),
        "{bans:?}"
    );
    let stored = cases(&world).await;
    assert_eq!(
        stored,
        [101, 102, 103].map(|id| (id, "bulk".to_owned(), "done".to_owned()))
    );
    let edits = reply_edits(&world, run.token());
    for pair in edits.windows(2).skip(2) {
        // The preview, the confirm's answer, then progress and the end: 5 s apart at least.
        assert!(pair[1] - pair[0] >= Duration::from_secs(5), "{edits:?}");
    }
    wait_log(&world, |m| {
        m.text().contains("bulk ban of 3 roblox accounts")
    })
    .await;
    world.discord.assert_conformant();
}

#[tokio::test]
async fn a_bulk_unban_counts_an_account_without_a_ban_as_had_no_ban() {
    let world = world().await;
    world.technified.ban(GUILD, 201, "Exploiting", 1, None);
    let run = bulk(
        &world,
        "bulk-unban",
        "appeals.txt",
        "text/plain",
        ids(201, 2),
        json!({}),
    );
    let preview = run.final_message(WAIT).await;
    assert_look(&preview, AMBER, &["2 roblox accounts to unban"]);
    confirm(&world, &preview);
    let (rows, _) = report(&run).await;
    let results: Vec<(u64, &str)> = rows.iter().map(|r| (r.0, r.1.as_str())).collect();
    assert_eq!(results, [(201, "unbanned"), (202, "had_no_ban")]);
    assert!(world.technified.bans(GUILD).is_empty());
}

#[tokio::test]
async fn bad_files_are_refused_and_change_nothing() {
    let world = world().await;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec();
    let cases_of = [
        (
            "empty.txt",
            "text/plain",
            Vec::new(),
            "lists no roblox user id",
        ),
        (
            "huge.csv",
            "text/csv",
            vec![b'1'; 10 << 20],
            "at most 1024 kib",
        ),
        ("photo.png", "image/png", png, "not text"),
        (
            "names.txt",
            "text/plain",
            b"roblox_id\n12a\nbuilderman\n".to_vec(),
            "(a number): lines 2, 3",
        ),
        (
            "many.txt",
            "text/plain",
            ids(1, 5_001),
            "5001 different roblox user ids",
        ),
    ];
    for (name, kind, bytes, words) in cases_of {
        let declared_too_big = bytes.len() > 1 << 20;
        let options = json!({"reason": "Raid"});
        let (run, file) = bulk_with_id(&world, "bulk-ban", name, kind, bytes, options);
        let refused = run.final_message(WAIT).await;
        assert_look(&refused, RED, &[words]);
        assert!(refused.buttons().is_empty(), "{name}: no confirm");
        if declared_too_big {
            assert_eq!(world.discord.downloads(file), 0, "{name}: not downloaded");
        }
    }

    // A file that states less than it is: the download stops at the cap.
    let file = world.discord.attachment_declaring(
        "understated.csv",
        "text/csv",
        vec![b'1'; 2 << 20],
        1_000,
    );
    let run = world.discord.command(
        GUILD,
        &world.moderator,
        "roblox bulk-ban",
        json!({"file": file, "reason": "Raid"}),
    );
    let refused = run.final_message(WAIT).await;
    assert_look(&refused, RED, &["at most 1024 kib"]);
    assert!(refused.buttons().is_empty(), "no confirm");
    assert_eq!(world.discord.downloads(file), 1, "downloaded, then cut off");

    assert!(bans_sent(&world).is_empty());
    assert!(cases(&world).await.is_empty());
}

#[tokio::test]
async fn jobs_cancels_what_is_left_of_a_bulk_run_as_one_item() {
    let world = world().await;
    world.technified.fail_next(
        "POST /moderation",
        Fault::Status(503, "Service Unavailable".into()),
        100_000,
    );
    let run = bulk(
        &world,
        "bulk-ban",
        "raid.txt",
        "text/plain",
        ids(301, 20),
        json!({"reason": "Raid"}),
    );
    confirm(&world, &run.final_message(WAIT).await);
    world
        .technified
        .wait_for_requests("POST /moderation", 4, WAIT)
        .await;

    let jobs = world
        .discord
        .command(GUILD, &world.admin, "jobs", json!({}));
    let list = jobs.final_message(WAIT).await;
    let text = list.embed_text();
    assert!(text.contains("bulk ban of 20 accounts"), "{text}");
    assert!(!text.contains("`#"), "no line per account: {text}");
    let buttons = list.buttons();
    assert_eq!(buttons.len(), 1, "{buttons:?}");
    assert_eq!(buttons[0].1, "Cancel run 1");
    list.click(&world.admin, &buttons[0].0);

    let (rows, done) = report(&run).await;
    world.technified.clear_faults();
    assert_look(&done, GREEN, &["0 banned, 0 failed, 20 cancelled"]);
    assert!(rows.iter().all(|r| r.1 == "cancelled"), "{rows:?}");
    assert_eq!(rows.len(), 20);
    let stored = cases(&world).await;
    assert!(stored.iter().all(|c| c.2 == "cancelled"), "{stored:?}");
    assert!(world.technified.bans(GUILD).is_empty());
    // Nothing more is sent once the run is over.
    let sent_then = world.technified.count("POST /moderation");
    let again = world
        .discord
        .command(GUILD, &world.admin, "jobs", json!({}));
    assert!(again.final_message(WAIT).await.buttons().is_empty());
    assert_eq!(world.technified.count("POST /moderation"), sent_then);
}

#[tokio::test]
async fn a_kill_in_the_middle_of_a_bulk_run_bans_each_account_exactly_once() {
    killed_in_the_middle(world().await).await;
}

#[tokio::test]
async fn on_postgres_a_kill_in_the_middle_of_a_bulk_run_bans_each_account_exactly_once() {
    if let Some(database) = databases::postgres().await {
        killed_in_the_middle(world_on(&database).await).await;
    }
}

async fn killed_in_the_middle(mut world: World) {
    // 60 accounts: the first 50 fill Technified's moderation window, the last 10 wait for the next.
    let run = bulk(
        &world,
        "bulk-ban",
        "raid.txt",
        "text/plain",
        ids(401, 60),
        json!({"reason": "Raid"}),
    );
    confirm(&world, &run.final_message(WAIT).await);
    world
        .technified
        .wait_for_requests("POST /moderation", 50, WAIT)
        .await;
    // The reply can no longer be edited: progress and the report go to the log channel.
    run.expire_token();
    world.restart().await;

    let log = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 2, RUN_WAIT)
        .await;
    let posted = wait_log(&world, has_file).await;
    let rows = rows(&posted);
    assert_eq!(rows.len(), 60);
    assert!(rows.iter().all(|r| r.1 == "banned"), "{rows:?}");
    let sent = bans_sent(&world);
    assert_eq!(sent.len(), 60);
    assert!(
        sent.values().all(|&n| n == 1),
        "each account once: {sent:?}"
    );
    assert_eq!(
        world.technified.rate_limited_count(),
        0,
        "no 429 across the restart"
    );
    assert!(!log.is_empty());
    let stored = cases(&world).await;
    assert_eq!(stored.len(), 60);
    assert!(stored.iter().all(|c| c.2 == "done"));
}

/// Waits for a message in the log channel that `found` accepts.
async fn wait_log(world: &World, found: impl Fn(&SeenMessage) -> bool) -> SeenMessage {
    let mut seen = 1;
    loop {
        // Bounded: each wait panics after RUN_WAIT without a new message.
        let messages = world
            .discord
            .wait_channel_messages(LOG_CHANNEL, seen, RUN_WAIT)
            .await;
        if let Some(message) = messages.iter().find(|m| found(m)) {
            return message.clone();
        }
        seen = messages.len() + 1;
    }
}
