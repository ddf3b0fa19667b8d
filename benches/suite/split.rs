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
//!
//! Last, an outage: Technified's write routes answer 503 while 1,000 `/roblox ban` arrive, one
//! in each server (so half in each process's), over 48 s of a 60 s outage (`--quick`: 12 s of
//! 15 s); every one should be answered "queued", then, once the outage ends, applied exactly
//! once, by the process that owns its server. Each process is given its own address of the
//! fake Technified (one service, one state), so the fake records which process sent what.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde_json::json;
use testkit::discord::FakeDiscord;
use testkit::technified::{FakeTechnified, Recorded};

use crate::common::{
    self, BACKOFF_BOUND, Cmd, Ctx, FakeClock, Proc, Sent, Verdict, ms, secs, staff, summarize,
};
use crate::load;

const NAME: &str = "split";
const SERVERS: usize = 1_000;
const RATE: f64 = 500.0;
const WRITE_RATE: f64 = 20.0;
const FIRST_ANSWER: Duration = Duration::from_secs(3);
const TOTAL_SHARDS: u64 = 2;
/// Writes sent during the outage: one in each server.
const OUTAGE_WRITES: usize = SERVERS;

/// The shard (and so the process) a server's events go to.
fn shard_of(guild: u64) -> u64 {
    (guild >> 22) % TOTAL_SHARDS
}

/// Starts the process for `shard`, its log in its own folder, talking to Technified through
/// `addresses[shard]`.
fn start(
    discord: &FakeDiscord,
    technified: &FakeTechnified,
    addresses: &[SocketAddr],
    dir: &std::path::Path,
    database: &str,
    shard: u64,
) -> Proc {
    let shards = format!("{shard}-{shard}/{TOTAL_SHARDS}");
    let url = FakeTechnified::base_url_of(addresses[shard as usize]);
    let env = [
        ("DATABASE_URL", database),
        ("SHARDS", shards.as_str()),
        ("TECHNIFIED_API_URL", url.as_str()),
    ];
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
    let addresses = [technified.addr(), technified.add_address().await];
    let started = Instant::now();
    let first = start(&discord, &technified, &addresses, &dir, &database, 0);
    let mut second = start(&discord, &technified, &addresses, &dir, &database, 1);
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
    second = start(&discord, &technified, &addresses, &dir, &database, 1);
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
    let (strangers, all) = from_strangers(&technified.requests(), started, &addresses, |_| true);
    r.add(
        NAME,
        "steady and kill -9: requests to Technified from the process that does not own the server",
        format!("{strangers} of {all}"),
        "0",
        Verdict::of(strangers == 0),
    );

    outage(&ctx, &discord, &clock, &technified, &guilds, &addresses).await;

    // Both runs of process 1 append to one log file.
    let logs = format!("{}{}", first.log_text(), second.log_text());
    r.info(
        NAME,
        "database pool timeouts in the logs of process 0 / process 1",
        format!(
            "{} / {}",
            pool_timeouts(&first.log_text()),
            pool_timeouts(&second.log_text())
        ),
    );
    r.panics(NAME, &logs);
}

/// The outage phase (see the module's docs); both processes are running.
async fn outage(
    ctx: &Ctx,
    discord: &FakeDiscord,
    clock: &FakeClock,
    technified: &FakeTechnified,
    guilds: &[u64],
    addresses: &[SocketAddr],
) {
    let outage = ctx.pick(Duration::from_secs(60), Duration::from_secs(15));
    let r = &ctx.report;
    let plan = common::OutagePlan {
        bans: OUTAGE_WRITES,
        first_roblox_id: 8_500_000,
        outage,
        limit: ctx.pick(Duration::from_secs(300), Duration::from_secs(120)),
    };
    let common::OutageRun {
        sent,
        spread,
        lag,
        started: outage_start,
        queued,
        refused: refused_meanwhile,
        drain,
        answers,
        green,
        ..
    } = common::bans_through_outage(plan, discord, technified, clock, guilds).await;
    let requests = technified.requests();
    let tally = common::tally_writes(&sent, &answers, &requests);
    let is_write = |r: &Recorded| r.method == "POST" && r.path.starts_with("/moderation/");
    let (stranger_writes, writes) = from_strangers(&requests, outage_start, addresses, is_write);
    let (strangers, all) = from_strangers(&requests, outage_start, addresses, |_| true);
    let too_many = requests
        .iter()
        .filter(|r| r.at.into_std() >= outage_start && r.status == 429)
        .count();
    let per_process: Vec<usize> = (0..TOTAL_SHARDS)
        .map(|shard| sent.iter().filter(|s| shard_of(s.guild) == shard).count())
        .collect();

    r.add(
        NAME,
        "outage: writes sent, told \"queued\" by the end of the outage",
        format!(
            "{queued} / {} ({} / {} in process 0's / 1's servers, {} servers, over {} of a {} outage, generator lag max {}; {refused_meanwhile} attempts refused with 503 meanwhile)",
            sent.len(),
            per_process[0],
            per_process[1],
            sent.iter().map(|s| s.guild).collect::<std::collections::HashSet<_>>().len(),
            secs(spread),
            secs(outage),
            ms(lag)
        ),
        "all",
        Verdict::of(queued == sent.len()),
    );
    r.add(
        NAME,
        "outage: applied exactly once / lost / twice",
        format!(
            "{} / {} / {} of {} told (active bans of these writes at the fake: {})",
            tally.exactly_once,
            tally.lost,
            tally.duplicated,
            tally.told,
            active_bans(technified, &sent)
        ),
        format!("{} / 0 / 0", sent.len()),
        Verdict::of(
            tally.told == sent.len()
                && tally.exactly_once == sent.len()
                && tally.lost == 0
                && tally.duplicated == 0,
        ),
    );
    r.add(
        NAME,
        "outage: writes sent to Technified by the process that does not own the server (all requests)",
        format!("{stranger_writes} of {writes} ({strangers} of {all})"),
        "0",
        Verdict::of(stranger_writes == 0 && strangers == 0),
    );
    r.add(
        NAME,
        "outage: drain time (outage end to the last ban applied)",
        drain.map_or_else(|| "nothing applied".to_owned(), secs),
        format!(
            "≤ {} (backoff cap 30 s + 10% jitter; one write per server)",
            secs(BACKOFF_BOUND)
        ),
        Verdict::of(drain.is_some_and(|d| d <= BACKOFF_BOUND)),
    );
    r.add(
        NAME,
        "outage: members' replies turned green; 429s answered by Technified",
        format!("{green} / {}; {too_many}", sent.len()),
        "all; 0",
        Verdict::of(green == sent.len() && too_many == 0),
    );
}

/// Of the `requests` since `since` that `counted` picks: how many were sent by a process that
/// does not own the server (the one whose key they carry), and how many there were. A process
/// is known by the fake's address it was given.
fn from_strangers(
    requests: &[Recorded],
    since: Instant,
    addresses: &[SocketAddr],
    counted: impl Fn(&Recorded) -> bool,
) -> (usize, usize) {
    let mut strangers = 0;
    let mut all = 0;
    for r in requests
        .iter()
        .filter(|r| r.at.into_std() >= since && counted(r))
    {
        let Some(guild) = key_guild(r) else { continue };
        all += 1;
        strangers += usize::from(r.received_on != addresses[shard_of(guild) as usize]);
    }
    (strangers, all)
}

/// The server a request acts for: the one its key was issued to (`technified_<guild>_…`).
fn key_guild(request: &Recorded) -> Option<u64> {
    request
        .header("x-api-key")?
        .strip_prefix("technified_")?
        .split('_')
        .next()?
        .parse()
        .ok()
}

/// How many of the bans in `sent` are active at the fake.
fn active_bans(technified: &FakeTechnified, sent: &[Sent]) -> usize {
    sent.iter()
        .filter(|s| {
            let roblox_id = s.options["roblox_id"].as_u64();
            technified
                .bans(s.guild)
                .iter()
                .any(|b| Some(b.roblox_id) == roblox_id)
        })
        .count()
}

/// Lines of a bot's log where a database connection was not free in time.
fn pool_timeouts(log: &str) -> usize {
    log.lines()
        .filter(|l| l.contains("pool timed out while waiting for an open connection"))
        .count()
}
