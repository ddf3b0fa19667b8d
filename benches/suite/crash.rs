//! Scenario `crash`: a crash/restart loop. Each round queues writes (`/roblox ban` and
//! `/roblox mute` across 5 servers) while Technified's write routes fail, ambiguously or not
//! (503, applied-then-500, applied-then-reset, 429) and its read-backs are slow (so jobs are
//! caught mid-attempt), then kills the bot with SIGKILL at a random moment and starts it again
//! on the same data folder. After the last round the faults stop and the queue drains.
//!
//! Exactly-once: every write the member was told about (amber "queued" or green "done") is
//! applied exactly once; a write the bot never answered (killed first) at most once.

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;
use testkit::technified::Fault;

use crate::common::{self, Cmd, Ctx, Proc, Verdict, World, staff};

const NAME: &str = "crash";
const SERVERS: usize = 5;
const WRITES_PER_ROUND: usize = 12;

fn write_fault(rng: &mut StdRng) -> Fault {
    match rng.random_range(0..4) {
        0 => Fault::Status(503, "Service Unavailable".into()),
        1 => Fault::ApplyThen(500),
        2 => Fault::ApplyThenDrop,
        _ => Fault::RateLimitedHeader(1),
    }
}

pub async fn run(ctx: Ctx) {
    let rounds = ctx.pick(10, 3);
    let seed = common::unix_ms() as u64;
    println!("  [{NAME}] seed {seed}");
    let mut rng = StdRng::seed_from_u64(seed);
    let World {
        dir,
        database: _,
        discord,
        technified,
        clock,
        guilds,
        mut proc,
    } = World::start(NAME, SERVERS).await;
    let mut sessions = 1;
    discord
        .wait_sessions(sessions, Duration::from_secs(30))
        .await;
    let member = staff();
    let mut sent = Vec::new();
    let started = Instant::now();
    for round in 0..rounds {
        technified.clear_faults();
        for _ in 0..3 * WRITES_PER_ROUND {
            technified.fail_next("POST /moderation", write_fault(&mut rng), 1);
        }
        technified.fail_next(
            "GET /moderation",
            Fault::Delay(Duration::from_millis(1_500)),
            WRITES_PER_ROUND,
        );
        for k in 0..WRITES_PER_ROUND {
            let i = round * WRITES_PER_ROUND + k;
            let (path, duration) = if k % 3 == 2 {
                ("roblox mute", "1h")
            } else {
                ("roblox ban", "7d")
            };
            sent.push(common::send(
                &discord,
                &member,
                Cmd {
                    guild: guilds[i % SERVERS],
                    path,
                    options: json!({"roblox_id": 6_000_000 + i as u64, "reason": "crash loop", "duration": duration}),
                },
            ));
            tokio::time::sleep(Duration::from_millis(rng.random_range(20..150))).await;
        }
        tokio::time::sleep(Duration::from_millis(rng.random_range(100..2_500))).await;
        proc.kill().await;
        proc = Proc::bot(&discord, &technified, &dir, &[]);
        sessions += 1;
        discord
            .wait_sessions(sessions, Duration::from_secs(60))
            .await;
    }
    let rounds_took = started.elapsed();
    technified.clear_faults();
    let answers = common::wait_settled(
        &discord,
        &clock,
        &sent,
        Duration::from_secs(150),
        Duration::from_secs(15),
    )
    .await;
    let common::WriteTally {
        told,
        exactly_once,
        lost,
        duplicated,
        unanswered,
        unanswered_applied,
        ..
    } = common::tally_writes(&sent, &answers, &technified.requests());
    let log = proc.log_text();
    proc.kill().await;
    let recovered = log.lines().filter(|l| l.contains("queued again")).count();
    let r = &ctx.report;
    r.info(
        NAME,
        "rounds",
        format!(
            "{rounds} kill -9 + restart in {:.0} s; {} writes; jobs found running at a restart and read back: {recovered} restart(s)",
            rounds_took.as_secs_f64(),
            sent.len()
        ),
    );
    r.add(
        NAME,
        "writes told queued/done: applied exactly once / lost / twice",
        format!("{exactly_once} / {lost} / {duplicated} of {told}"),
        format!("{told} / 0 / 0"),
        Verdict::of(lost == 0 && duplicated == 0 && exactly_once == told),
    );
    r.info(
        NAME,
        "writes never answered (killed first): applied",
        format!("{unanswered_applied} of {unanswered} (at most once each)"),
    );
    r.panics(NAME, &log);
}
