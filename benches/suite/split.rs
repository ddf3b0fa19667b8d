//! Scenario `split`: two bot processes on one Postgres database (`BENCH_POSTGRES_URL`), each
//! running half the shards (`SHARDS=0-0/2` and `SHARDS=1-1/2`), 1,000 servers dealt out
//! evenly between the two shards, both processes started at the same moment.
//!
//! Steady: 500 interactions/s (the `throughput` mix) across the 1,000 servers for 60 s
//! (`--quick`: 10 s): every first callback within Discord's 3 s. Then the same load again,
//! with `/roblox ban` writes at 20/s in the second process's servers, and that process killed
//! with SIGKILL half-way: the first process's p99 before and after the kill, and, once the
//! killed one is restarted (it waits for its shard's lease to lapse), every write it told a
//! member about applied exactly once, the writes it never answered at most once. What the
//! fake queued for the dead shard reaches the restarted process late (real Discord would drop
//! it), so the survivor's figures count only the survivor's servers.

use std::time::{Duration, Instant};

use serde_json::json;
use testkit::discord::FakeDiscord;
use testkit::technified::FakeTechnified;

use crate::common::{self, Cmd, Ctx, FakeClock, Proc, Sent, Verdict, ms, secs, staff, summarize};
use crate::load;

const NAME: &str = "split";
const SERVERS: usize = 1_000;
const RATE: f64 = 500.0;
const WRITE_RATE: f64 = 20.0;
const FIRST_ANSWER: Duration = Duration::from_secs(3);
const TOTAL_SHARDS: u64 = 2;

/// The shard (and so the process) a server's events go to.
fn shard_of(guild: u64) -> u64 {
    (guild >> 22) % TOTAL_SHARDS
}

/// Starts the process for `shard`, its log in its own folder.
fn start(
    discord: &FakeDiscord,
    technified: &FakeTechnified,
    dir: &std::path::Path,
    database: &str,
    shard: u64,
) -> Proc {
    let shards = format!("{shard}-{shard}/{TOTAL_SHARDS}");
    let env = [("DATABASE_URL", database), ("SHARDS", shards.as_str())];
    Proc::bot(
        discord,
        technified,
        &dir.join(format!("shard-{shard}")),
        &env,
    )
}

pub async fn run(ctx: Ctx) {
    let Some(server) = common::postgres_server(NAME) else {
        ctx.report
            .info(NAME, "skipped", "BENCH_POSTGRES_URL is not set");
        return;
    };
    let duration = ctx.pick(Duration::from_secs(60), Duration::from_secs(10));
    let database = common::postgres_database(&server, NAME).await;
    let dir = common::scratch(NAME);
    let discord = FakeDiscord::start().await;
    let technified = FakeTechnified::start().await;
    let clock = FakeClock::calibrate(&discord).await;
    discord.recommend_shards(TOTAL_SHARDS as u32);
    let guilds = common::servers(&discord, &technified, &database, SERVERS).await;
    let on_first = guilds.iter().filter(|g| shard_of(**g) == 0).count();
    let started = Instant::now();
    let first = start(&discord, &technified, &dir, &database, 0);
    let mut second = start(&discord, &technified, &dir, &database, 1);
    discord
        .wait_shards_connected(TOTAL_SHARDS as u32, Duration::from_secs(90))
        .await;
    let connected = started.elapsed();
    assert!(
        common::wait_registrations(&discord, 2, Duration::from_secs(60)).await,
        "both processes register their commands; logs: {}, {}",
        first.log.display(),
        second.log.display()
    );
    let r = &ctx.report;
    r.info(
        NAME,
        "two processes started together → both shards connected",
        format!(
            "{} ({} IDENTIFY refused for its rate; servers per process {on_first} / {})",
            secs(connected),
            discord.rate_limited_identifies(),
            SERVERS - on_first
        ),
    );
    let member = staff();
    // Warm-up, not counted: one interaction per server.
    let (warm, _) = common::drive(&discord, &member, 200.0, Duration::from_secs(5), |i| {
        load::mixed(&guilds, i)
    })
    .await;
    common::wait_answers(&discord, &clock, &warm, Duration::from_secs(30), false).await;
    let mut offset = warm.len();

    // Steady.
    let cpu = (first.cpu(), second.cpu());
    let (sent, lag) = common::drive(&discord, &member, RATE, duration, |i| {
        load::mixed(&guilds, offset + i)
    })
    .await;
    let cores = |proc: &Proc, before: Duration| {
        proc.cpu().saturating_sub(before).as_secs_f64() / duration.as_secs_f64()
    };
    let (first_cores, second_cores) = (cores(&first, cpu.0), cores(&second, cpu.1));
    offset += sent.len();
    let answers =
        common::wait_answers(&discord, &clock, &sent, Duration::from_secs(60), false).await;
    let lat = common::latencies(&sent, &answers);
    let within = lat.first.iter().filter(|d| **d <= FIRST_ANSWER).count();
    r.info(
        NAME,
        "steady: interactions sent",
        format!(
            "{} in {} s across {SERVERS} servers (generator lag max {})",
            sent.len(),
            duration.as_secs(),
            ms(lag)
        ),
    );
    r.add(
        NAME,
        "steady: first callback within 3 s",
        format!(
            "{within} / {} ({} without a final answer)",
            sent.len(),
            lat.unfinished
        ),
        "all",
        Verdict::of(within == sent.len() && lat.unfinished == 0),
    );
    for shard in 0..TOTAL_SHARDS {
        let own: Vec<Sent> = sent
            .iter()
            .filter(|s| shard_of(s.guild) == shard)
            .cloned()
            .collect();
        r.info(
            NAME,
            format!("steady: process {shard}'s servers, first callback"),
            summarize(&common::latencies(&own, &answers).first).line(),
        );
    }
    r.info(
        NAME,
        "steady: CPU cores of process 0 / process 1",
        format!("{first_cores:.2} / {second_cores:.2}"),
    );

    // The same load, writes in the second process's servers, and the kill half-way.
    let theirs: Vec<u64> = guilds
        .iter()
        .copied()
        .filter(|g| shard_of(*g) == 1)
        .collect();
    let write_member = member.clone();
    let writes_for = Duration::from_secs_f64(duration.as_secs_f64() * 0.75);
    let traffic = common::drive(&discord, &member, RATE, duration, |i| {
        load::mixed(&guilds, offset + i)
    });
    let writes = common::drive(&discord, &write_member, WRITE_RATE, writes_for, |i| Cmd {
        guild: theirs[i % theirs.len()],
        path: "roblox ban",
        options: json!({"roblox_id": 8_000_000 + i as u64, "reason": "split", "duration": "7d"}),
    });
    let kill = async {
        tokio::time::sleep(duration / 2).await;
        let at = Instant::now();
        second.kill().await;
        at
    };
    let ((sent, _), (writes, _), killed_at) = tokio::join!(traffic, writes, kill);
    let restarted_at = Instant::now();
    second = start(&discord, &technified, &dir, &database, 1);
    discord
        .wait_shards_connected(TOTAL_SHARDS as u32, Duration::from_secs(90))
        .await;
    let back = restarted_at.elapsed();
    let answers =
        common::wait_answers(&discord, &clock, &sent, Duration::from_secs(60), false).await;
    let survivors: Vec<Sent> = sent
        .iter()
        .filter(|s| shard_of(s.guild) == 0)
        .cloned()
        .collect();
    let (before, after): (Vec<Sent>, Vec<Sent>) =
        survivors.into_iter().partition(|s| s.t0 < killed_at);
    let before = common::latencies(&before, &answers);
    let after = common::latencies(&after, &answers);
    let (p_before, p_after) = (summarize(&before.first), summarize(&after.first));
    let ratio = p_after.p99.as_secs_f64() / p_before.p99.as_secs_f64().max(1e-9);
    r.info(
        NAME,
        "kill -9 of process 1 half-way: process 0's servers before the kill, first callback",
        p_before.line(),
    );
    r.info(
        NAME,
        "kill -9 of process 1 half-way: process 0's servers after the kill, first callback",
        p_after.line(),
    );
    let survivor_within = after.first.iter().filter(|d| **d <= FIRST_ANSWER).count();
    r.add(
        NAME,
        "kill -9: process 0's p99 after the kill / before it (its answers within 3 s after)",
        format!(
            "{ratio:.2}× ({survivor_within} / {})",
            after.first.len() + after.unanswered
        ),
        "unchanged; all",
        Verdict::Info,
    );
    r.info(
        NAME,
        "kill -9: process 1 restarted once the load ended → its shard connected again",
        secs(back),
    );
    let answers = common::wait_settled(
        &discord,
        &clock,
        &writes,
        Duration::from_secs(120),
        Duration::from_secs(10),
    )
    .await;
    let tally = common::tally_writes(&writes, &answers, &technified.requests());
    r.add(
        NAME,
        "kill -9: process 1's writes told queued/done, applied exactly once / lost / twice",
        format!(
            "{} / {} / {} of {}",
            tally.exactly_once, tally.lost, tally.duplicated, tally.told
        ),
        format!("{} / 0 / 0", tally.told),
        Verdict::of(tally.exactly_once == tally.told && tally.lost == 0 && tally.duplicated == 0),
    );
    r.add(
        NAME,
        "kill -9: process 1's writes answered as refused or failed: applied all the same",
        format!("{} of {}", tally.refused_applied, tally.refused),
        "0",
        Verdict::of(tally.refused_applied == 0),
    );
    r.info(
        NAME,
        "kill -9: process 1's writes never answered (killed first): applied",
        format!(
            "{} of {} (at most once each; {} of {} writes sent after the kill)",
            tally.unanswered_applied,
            tally.unanswered,
            writes.iter().filter(|w| w.t0 >= killed_at).count(),
            writes.len()
        ),
    );
    // Both runs of process 1 append to one log file.
    let logs = format!("{}{}", first.log_text(), second.log_text());
    r.panics(NAME, &logs);
}
