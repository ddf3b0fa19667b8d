//! Scenario `queue` (~1 minute, no bot process): the retry engine's cost per look at the
//! queue, with 10,000 pending writes in one server against 10 in each of 1,000 servers. A look
//! is what the engine's loop runs each time it wakes (`ready_jobs`, `next_ready_at`,
//! `pending_count`), all jobs due, on a real SQLite file. Flat means one full server costs about
//! what the same number of jobs spread over many servers does. For comparison, the same looks
//! without the index on open jobs by (server, target), as the schema was before it. With
//! `BENCH_POSTGRES_URL` (a server whose role may create databases, as `.ci/postgres start`
//! prints), the same two looks on Postgres, side by side.

use std::time::{Duration, Instant};

use sqlx::Connection;
use technified_bot::retry::engine::MAX_IN_FLIGHT_PER_GUILD;
use technified_bot::shard_range::ShardRange;
use technified_bot::store::{KeyCipher, Store};

use crate::common::{self, Ctx, Verdict, ms};

/// Every server: one process runs every shard.
const ALL: ShardRange = ShardRange {
    first: 0,
    last: 0,
    total: 1,
};

const NAME: &str = "queue";
const JOBS: i64 = 10_000;
const FIRST_GUILD: i64 = 1_500_000_000_000_000_000;
/// Ready jobs fetched per look, as the engine does.
const BATCH: u32 = 64;
/// Looks are flat when one full server costs at most this many times the spread queue.
const FLAT: f64 = 2.0;

pub async fn run(ctx: Ctx) {
    let looks = ctx.pick(200, 40);
    let one = per_look(&sqlite("one-server"), 1, looks, false).await;
    let spread = per_look(&sqlite("spread"), 1_000, looks, false).await;
    let r = &ctx.report;
    r.add(
        NAME,
        "scheduler look, 10,000 pending in 1 server (median)",
        ms(one),
        format!("≤ {FLAT}× the spread queue"),
        Verdict::of(one.as_secs_f64() <= FLAT * spread.as_secs_f64()),
    );
    r.info(
        NAME,
        "scheduler look, 10 pending in each of 1,000 servers (median)",
        ms(spread),
    );
    // Without the index a look is quadratic in one server's queue: one look says enough.
    let before = per_look(&sqlite("one-server-no-index"), 1, 1, true).await;
    r.info(
        NAME,
        "same look, 1 server, without the (server, target) index",
        ms(before),
    );
    let Some(server) = common::postgres_server(NAME) else {
        return;
    };
    for (guilds, what) in [
        (1, "10,000 pending in 1 server"),
        (1_000, "10 pending in each of 1,000 servers"),
    ] {
        let url = common::postgres_database(&server, &format!("{NAME}_{guilds}")).await;
        r.info(
            NAME,
            format!("scheduler look on Postgres, {what} (median)"),
            ms(per_look(&url, guilds, looks, false).await),
        );
    }
}

/// A new SQLite file for the looks called `name`.
fn sqlite(name: &str) -> String {
    common::database_url(&common::scratch(&format!("{NAME}-{name}")))
}

/// The median time of `looks` scheduler looks at 10,000 due jobs spread over `guilds` servers.
async fn per_look(url: &str, guilds: i64, looks: usize, drop_index: bool) -> Duration {
    let cipher = KeyCipher::from_base64(common::ENCRYPTION_KEY).expect("a valid key");
    let store = Store::open(url, cipher).await.expect("open the database");
    fill(url, guilds, drop_index).await;
    let now = common::unix_ms();
    let per_guild = MAX_IN_FLIGHT_PER_GUILD as u32;
    let mut samples = Vec::with_capacity(looks);
    for _ in 0..looks {
        let started = Instant::now();
        look(&store, now, per_guild).await;
        samples.push(started.elapsed());
    }
    store.close().await;
    common::summarize(&samples).p50
}

async fn look(store: &Store, now: i64, per_guild: u32) {
    let ready = store
        .ready_jobs(now, per_guild, BATCH, ALL)
        .await
        .expect("ready jobs");
    assert!(!ready.is_empty(), "jobs are due");
    store.next_ready_at(ALL).await.expect("next ready");
    store.pending_count(None).await.expect("queue depth");
}

/// 10,000 due bans of distinct Roblox users, round-robin over `guilds` servers, in one
/// statement.
async fn fill(url: &str, guilds: i64, drop_index: bool) {
    let mut raw = sqlx::AnyConnection::connect(url)
        .await
        .expect("open the database");
    if drop_index {
        sqlx::query("DROP INDEX jobs_open_lines")
            .execute(&mut raw)
            .await
            .expect("drop the index");
    }
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $1 - 1)
         INSERT INTO jobs (guild_id, kind, target, payload, requested_by, next_attempt_at,
                           deadline_at)
         SELECT $2 + i % $3, 'ban', 'ban:' || i, '{}', 1, 0, 32503680000000 FROM n",
    )
    .bind(JOBS)
    .bind(FIRST_GUILD)
    .bind(guilds)
    .execute(&mut raw)
    .await
    .expect("fill the queue");
}
