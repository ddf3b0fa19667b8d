//! Scenario `throughput`: 500 interactions/s sustained across 100 servers (60 s; `--quick`
//! 10 s). Every interaction must get its first callback within Discord's 3 s and a final
//! answer; the bot's CPU time and peak RSS come from /proc.
//!
//! The traffic is a mix that stays inside Technified's documented per-server quotas at this
//! rate (5 interactions/s per server = 300/min, while `/lookup` allows 60/min): per server and
//! minute 25 `/lookup discord`, 125 `/roblox ban-status`, 125 `/roblox mute-status` and 25
//! `/help`. A lookup-only load of 300/min per server would be held by the pacer by design
//! (see the `pacing` scenario), which is not what this scenario measures.

use std::time::Duration;

use serde_json::json;

use crate::common::{self, Cmd, Ctx, Verdict, World, mb, ms, staff, summarize};

const NAME: &str = "throughput";
const RATE: f64 = 500.0;
const SERVERS: usize = 100;
const FIRST_ANSWER: Duration = Duration::from_secs(3);
/// One server's commands, in order: 1 lookup, 5 ban-status, 5 mute-status, 1 help.
const PATTERN: [&str; 12] = [
    "lookup discord",
    "roblox ban-status",
    "roblox mute-status",
    "roblox ban-status",
    "roblox mute-status",
    "help",
    "roblox ban-status",
    "roblox mute-status",
    "roblox ban-status",
    "roblox mute-status",
    "roblox ban-status",
    "roblox mute-status",
];

pub fn mixed(guilds: &[u64], i: usize) -> Cmd {
    let guild = guilds[i % guilds.len()];
    let nth = i / guilds.len();
    let path = PATTERN[nth % PATTERN.len()];
    let options = match path {
        "lookup discord" => json!({"user": common::TARGET.to_string()}),
        "help" => json!({}),
        _ => json!({"roblox_id": 1_000 + (i % 5_000) as u64}),
    };
    Cmd {
        guild,
        path,
        options,
    }
}

pub async fn run(ctx: Ctx) {
    measure(&ctx, None).await;
    let Some(server) = common::postgres_server(NAME) else {
        return;
    };
    // The same run with the bot's data on Postgres, its figures beside the SQLite run's.
    let database = common::postgres_database(&server, NAME).await;
    measure(&ctx, Some(&database)).await;
}

/// One run, the bot's data in `database` (a URL) when given, else in a SQLite file.
async fn measure(ctx: &Ctx, database: Option<&str>) {
    let duration = ctx.pick(Duration::from_secs(60), Duration::from_secs(10));
    let (scratch, prefix) = match database {
        None => (NAME.to_owned(), ""),
        Some(_) => (format!("{NAME}-postgres"), "on Postgres: "),
    };
    let figure = |name: &str| format!("{prefix}{name}");
    let World {
        dir: _dir,
        database: _,
        discord,
        technified,
        clock,
        guilds,
        mut proc,
    } = World::start_on(&scratch, SERVERS, database).await;
    let member = staff();
    // Warm-up, not counted: one interaction per server.
    let (warm, _) = common::drive(&discord, &member, 100.0, Duration::from_secs(1), |i| {
        mixed(&guilds, i)
    })
    .await;
    common::wait_answers(&discord, &clock, &warm, Duration::from_secs(30), false).await;
    let offset = warm.len();

    let cpu_before = proc.cpu();
    let bench_before = common::cpu_of("self");
    let ((sent, lag), rss) = common::sample_rss(
        &proc,
        Duration::from_secs(1),
        common::drive(&discord, &member, RATE, duration, |i| {
            mixed(&guilds, offset + i)
        }),
    )
    .await;
    let cpu_load = proc.cpu().saturating_sub(cpu_before);
    let bench_load = common::cpu_of("self").saturating_sub(bench_before);
    let answers =
        common::wait_answers(&discord, &clock, &sent, Duration::from_secs(60), false).await;
    let cpu_total = proc.cpu().saturating_sub(cpu_before);
    let lat = common::latencies(&sent, &answers);
    let within = lat.first.iter().filter(|d| **d <= FIRST_ANSWER).count();
    let first = summarize(&lat.first);
    let last = summarize(&lat.last);
    let peak = proc.peak_rss_kb();
    let log = proc.log_text();
    proc.kill().await;

    let r = &ctx.report;
    r.info(
        NAME,
        figure("interactions sent"),
        format!(
            "{} in {} s ({:.0}/s; generator lag max {})",
            sent.len(),
            duration.as_secs(),
            sent.len() as f64 / duration.as_secs_f64(),
            ms(lag)
        ),
    );
    r.add(
        NAME,
        figure("first callback within 3 s"),
        format!("{within} / {}", sent.len()),
        "all",
        Verdict::of(within == sent.len()),
    );
    r.add(
        NAME,
        figure("interactions without a final answer (lost)"),
        lat.unfinished.to_string(),
        "0",
        Verdict::of(lat.unfinished == 0),
    );
    r.info(NAME, figure("first callback"), first.line());
    r.info(NAME, figure("final answer"), last.line());
    r.info(
        NAME,
        figure("bot CPU time during the load"),
        format!(
            "{:.1} s over {} s = {:.2} cores ({:.0} µs per interaction; {:.1} s incl. the tail)",
            cpu_load.as_secs_f64(),
            duration.as_secs(),
            cpu_load.as_secs_f64() / duration.as_secs_f64(),
            cpu_total.as_secs_f64() * 1e6 / sent.len().max(1) as f64,
            cpu_total.as_secs_f64()
        ),
    );
    r.info(
        NAME,
        figure("bench process CPU (fakes + load generator) during the load"),
        format!(
            "{:.2} cores",
            bench_load.as_secs_f64() / duration.as_secs_f64()
        ),
    );
    let rss_max = rss.iter().map(|(_, kb)| *kb).max().unwrap_or(0);
    r.info(
        NAME,
        figure("bot peak RSS (VmHWM)"),
        format!("{} (RSS samples max {})", mb(peak), mb(rss_max)),
    );
    r.add(
        NAME,
        figure("Technified 429s (quota enforcement)"),
        technified.rate_limited_count().to_string(),
        "0",
        Verdict::of(technified.rate_limited_count() == 0),
    );
    r.panics(NAME, &log);
}
