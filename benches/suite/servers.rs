//! Scenario `servers`: one process against 1, 1,000, 10,000 and 50,000 servers (`--quick`: up
//! to 10,000), each server a GUILD_CREATE from the fake gateway. For each size: the time from
//! spawning the process to `/readyz` answering 200 (every shard connected), against Discord's
//! identify floor for that many shards, and the RSS once the bot has handled every
//! GUILD_CREATE; then the cost per 1,000 servers and a linear projection to 100,000.
//!
//! Shards: as many as Discord recommends, about one per 1,000 servers (it refuses more than
//! 2,500 on one with 4011); the fake's `GET /gateway/bot` recommends that count and the bot
//! starts it by itself. The servers' IDs (`common::guild`) deal 1,000 to each shard. The
//! fake's identify rate is Discord's own, unscaled: one IDENTIFY per 5 s per bucket, with
//! `max_concurrency` 1 (what Discord gives bots below its large-bot sharding). Each server is
//! the fake's default: one text channel, `@everyone` and the bot's role, the bot as the only
//! member (the bot asks for no member intent); real servers carry more channels and roles,
//! so the per-server figure is a lower bound of what serenity's cache holds.

use std::time::{Duration, Instant};

use testkit::discord::{FakeDiscord, FakeGuild, IDENTIFY_WINDOW};
use testkit::technified::FakeTechnified;

use crate::common::{self, Ctx, Proc, guild, mb, secs};

const NAME: &str = "servers";
const SIZES: [usize; 4] = [1, 1_000, 10_000, 50_000];
/// Discord's recommendation: about one shard per this many servers.
const SERVERS_PER_SHARD: usize = 1_000;
/// `session_start_limit.max_concurrency` the fake hands out (its default, Discord's for all
/// but the largest bots).
const MAX_CONCURRENCY: u32 = 1;
/// The projection's size.
const PROJECTED: usize = 100_000;

struct Measured {
    servers: usize,
    shards: u32,
    /// Process spawned → `/readyz` 200.
    ready: Duration,
    /// `/readyz` 200 → the bot's CPU time stopped growing (every GUILD_CREATE handled).
    settled: Duration,
    /// kB: VmRSS, its RssAnon (heap and stacks) and RssFile parts, VmHWM.
    rss: u64,
    anon: u64,
    file: u64,
    peak: u64,
}

pub async fn run(ctx: Ctx) {
    let sizes = ctx.pick(&SIZES[..], &SIZES[..3]);
    let r = &ctx.report;
    let mut all = Vec::new();
    for &servers in sizes {
        let m = measure(servers).await;
        let floor = identify_floor(m.shards);
        r.info(
            NAME,
            format!(
                "{}, {} shard(s): process start → every shard ready (/readyz 200)",
                servers_label(servers),
                m.shards
            ),
            format!(
                "{} against an identify floor of {} ({} over it)",
                secs(m.ready),
                secs(floor),
                secs(m.ready.saturating_sub(floor))
            ),
        );
        r.info(
            NAME,
            format!(
                "{}: RSS once every GUILD_CREATE is handled ({} after ready)",
                servers_label(servers),
                secs(m.settled)
            ),
            format!(
                "{} (heap and stacks {} + mapped files {}; peak {})",
                mb(m.rss),
                mb(m.anon),
                mb(m.file),
                mb(m.peak)
            ),
        );
        all.push(m);
    }
    let (Some(small), Some(large)) = (all.first(), all.last()) else {
        return;
    };
    if large.servers <= small.servers {
        return;
    }
    let per_thousand = |a: &Measured, b: &Measured, kb: fn(&Measured) -> u64| {
        (kb(b) as f64 - kb(a) as f64) * 1_000.0 / (b.servers - a.servers) as f64
    };
    r.info(
        NAME,
        format!(
            "cost per 1,000 servers, {} → {} servers",
            thousands(small.servers),
            thousands(large.servers)
        ),
        format!(
            "{} RSS ({} of it heap and stacks)",
            mb(per_thousand(small, large, |m| m.rss).round() as u64),
            mb(per_thousand(small, large, |m| m.anon).round() as u64)
        ),
    );
    // The slope of the two largest sizes carries the projection: the fixed costs are paid.
    let previous = &all[all.len().saturating_sub(2)];
    if previous.servers < large.servers {
        let slope = per_thousand(previous, large, |m| m.rss);
        let projected = large.rss as f64 + slope * (PROJECTED - large.servers) as f64 / 1_000.0;
        let shards = PROJECTED.div_ceil(SERVERS_PER_SHARD) as u32;
        r.info(
            NAME,
            format!(
                "PROJECTION (not measured): 100,000 servers in one process, linear from {} → {}",
                thousands(previous.servers),
                thousands(large.servers)
            ),
            format!(
                "about {} RSS; {shards} shards, identify floor {} at max_concurrency {MAX_CONCURRENCY}",
                mb(projected.round() as u64),
                secs(identify_floor(shards))
            ),
        );
    }
}

/// Discord's floor for starting `shards`: the first IDENTIFY of each bucket at once, then one
/// per bucket every 5 s.
fn identify_floor(shards: u32) -> Duration {
    IDENTIFY_WINDOW * (shards.div_ceil(MAX_CONCURRENCY) - 1)
}

async fn measure(servers: usize) -> Measured {
    let dir = common::scratch(&format!("{NAME}-{servers}"));
    let discord = FakeDiscord::start().await;
    let technified = FakeTechnified::start().await;
    let shards = servers.div_ceil(SERVERS_PER_SHARD).max(1) as u32;
    discord.recommend_shards(shards);
    discord.max_concurrency(MAX_CONCURRENCY);
    discord.add_guilds((0..servers).map(|i| FakeGuild::new(guild(i), &format!("S{i}"))));
    let addr = free_addr();
    let proc = Proc::bot(&discord, &technified, &dir, &[("HTTP_ADDR", addr.as_str())]);
    let limit = identify_floor(shards) + Duration::from_secs(90);
    let ready_at = wait_ready(&addr, limit).await.unwrap_or_else(|| {
        panic!(
            "{servers} servers: /readyz not 200 within {}; log: {}",
            secs(limit),
            proc.log.display()
        )
    });
    let settled_at = settle(&proc, Duration::from_secs(180)).await;
    let mut highest = (0, (0, 0));
    for _ in 0..5 {
        let rss = proc.rss_kb();
        if rss > highest.0 {
            highest = (rss, proc.rss_split_kb());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let closes = discord.sharding_required_closes();
    let refused = discord.rate_limited_identifies();
    assert!(
        closes == 0 && refused == 0,
        "{servers} servers: {closes} closes with 4011, {refused} IDENTIFYs refused; log: {}",
        proc.log.display()
    );
    let panics = proc.log_text().matches("panicked").count();
    assert_eq!(
        panics,
        0,
        "{servers} servers: panics in {}",
        proc.log.display()
    );
    Measured {
        servers,
        shards,
        ready: ready_at.saturating_duration_since(proc.spawned_at),
        settled: settled_at.saturating_duration_since(ready_at),
        rss: highest.0,
        anon: highest.1.0,
        file: highest.1.1,
        peak: proc.peak_rss_kb(),
    }
}

/// An address on 127.0.0.1 nothing listens on now, for the bot's health listener.
fn free_addr() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("a local address").to_string()
}

/// Polls `/readyz` every 20 ms; the instant it first answered 200.
async fn wait_ready(addr: &str, limit: Duration) -> Option<Instant> {
    let http = reqwest::Client::new();
    let url = format!("http://{addr}/readyz");
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        let answer = http.get(&url).timeout(Duration::from_secs(1)).send().await;
        if answer.is_ok_and(|a| a.status().is_success()) {
            return Some(Instant::now());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    None
}

/// Waits until the process's CPU time grows by at most one clock tick (10 ms) in a second (its
/// events handled; an idle bot only heartbeats and looks at its queue), at most `limit`;
/// returns when that second began.
async fn settle(proc: &Proc, limit: Duration) -> Instant {
    let deadline = Instant::now() + limit;
    loop {
        let (started, cpu) = (Instant::now(), proc.cpu());
        tokio::time::sleep(Duration::from_secs(1)).await;
        if proc.cpu().saturating_sub(cpu) < Duration::from_millis(15) || Instant::now() > deadline {
            return started;
        }
    }
}

fn servers_label(n: usize) -> String {
    match n {
        1 => "1 server".to_owned(),
        n => format!("{} servers", thousands(n)),
    }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
