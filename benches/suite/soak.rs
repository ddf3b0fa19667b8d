//! Scenario `soak`: 10 minutes (`--quick`: 1 minute) of mixed traffic (lookups, ban and mute
//! status, bans, mutes, help) across 20 servers while the fake Technified injects every fault
//! kind at random and the fake gateway drops the connection every minute (`--quick`: every
//! 20 s), alternating a resumable close (4000) and one that forces a new session (4009).
//!
//! Faults: about 15% of reads and 30% of writes get one, drawn at random (seeded; the seed is
//! printed). Reads: 500, 502, 503, 504, the three 429 forms, an HTML page, truncated JSON, a
//! timeout (an 11 s delay against the client's 10 s) and a connection reset. Writes: the same
//! minus 500 and the timeout, plus the two ambiguous ones (applied then 500, applied then
//! reset) and a slow success. Which statuses mean "applied" is then decidable from the fake's
//! log (see `common::applications`): exactly-once is checked per write.
//!
//! Checks: no panic in the bot's log, every interaction gets a final (non-amber) answer after
//! the faults stop, no write told "done" or "queued" is missing, none applied twice, and RSS
//! flat (median of the second quarter of the run against the last quarter).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;
use testkit::discord::FakeDiscord;
use testkit::technified::{FakeTechnified, Fault};

use crate::common::{self, Cmd, Ctx, Verdict, World, mb, staff};

const NAME: &str = "soak";
const SERVERS: usize = 20;
const RATE: f64 = 10.0;
/// One server's commands, in order.
const PATTERN: [&str; 20] = [
    "lookup discord",
    "roblox ban-status",
    "roblox ban",
    "roblox mute-status",
    "help",
    "lookup discord",
    "roblox ban-status",
    "roblox mute",
    "roblox mute-status",
    "roblox ban",
    "lookup discord",
    "roblox ban-status",
    "roblox mute-status",
    "roblox ban",
    "help",
    "lookup discord",
    "roblox ban-status",
    "roblox mute",
    "roblox mute-status",
    "roblox ban-status",
];

fn command(guilds: &[u64], i: usize) -> Cmd {
    let guild = guilds[i % guilds.len()];
    let path = PATTERN[(i / guilds.len()) % PATTERN.len()];
    let options = match path {
        "lookup discord" => json!({"user": common::TARGET.to_string()}),
        "help" => json!({}),
        "roblox ban" => {
            json!({"roblox_id": 8_000_000 + i as u64, "reason": "soak", "duration": "7d"})
        }
        "roblox mute" => {
            json!({"roblox_id": 8_000_000 + i as u64, "reason": "soak", "duration": "1h"})
        }
        _ => json!({"roblox_id": 1_000 + (i % 500) as u64}),
    };
    Cmd {
        guild,
        path,
        options,
    }
}

fn read_fault(rng: &mut StdRng) -> Fault {
    match rng.random_range(0..11) {
        0 => Fault::Status(500, "Internal Server Error".into()),
        1 => Fault::Status(502, "Bad Gateway".into()),
        2 => Fault::Status(503, "Service Unavailable".into()),
        3 => Fault::Status(504, "Gateway Timeout".into()),
        4 => Fault::RateLimitedHeader(2),
        5 => Fault::RateLimitedBody(2),
        6 => Fault::RateLimitedHttpDate(Duration::from_secs(2)),
        7 => Fault::Html(502),
        8 => Fault::TruncatedJson(503),
        9 => Fault::Delay(Duration::from_secs(11)),
        _ => Fault::Drop,
    }
}

/// Never a plain 500 or a plain drop: on write routes those statuses (500, none) mean
/// "applied" in the exactly-once accounting.
fn write_fault(rng: &mut StdRng) -> Fault {
    match rng.random_range(0..11) {
        0 => Fault::Status(502, "Bad Gateway".into()),
        1 => Fault::Status(503, "Service Unavailable".into()),
        2 => Fault::Status(504, "Gateway Timeout".into()),
        3 => Fault::RateLimitedHeader(2),
        4 => Fault::RateLimitedBody(3),
        5 => Fault::RateLimitedHttpDate(Duration::from_secs(2)),
        6 => Fault::Html(503),
        7 => Fault::TruncatedJson(502),
        8 => Fault::ApplyThen(500),
        9 => Fault::ApplyThenDrop,
        _ => Fault::Delay(Duration::from_millis(1_500)),
    }
}

/// Injects faults in proportion to the traffic until `stop` (or `until`, should the scenario
/// be cut off); returns how many of each.
async fn inject(
    technified: FakeTechnified,
    stop: Arc<AtomicBool>,
    until: Instant,
    seed: u64,
) -> (usize, usize) {
    let mut rng = StdRng::seed_from_u64(seed);
    let (mut gets, mut posts) = (0, 0);
    let (mut read_faults, mut write_faults) = (0, 0);
    while !stop.load(Ordering::SeqCst) && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now_gets = technified.count("GET /");
        let now_posts = technified.count("POST /moderation");
        for _ in gets..now_gets {
            if rng.random_bool(0.15) {
                technified.fail_next("GET /", read_fault(&mut rng), 1);
                read_faults += 1;
            }
        }
        for _ in posts..now_posts {
            if rng.random_bool(0.30) {
                technified.fail_next("POST /moderation", write_fault(&mut rng), 1);
                write_faults += 1;
            }
        }
        (gets, posts) = (now_gets, now_posts);
    }
    (read_faults, write_faults)
}

/// Closes the gateway every `every` until `until`; returns how many times. Panics (caught by
/// the caller) when the bot does not reconnect within a minute.
async fn drop_gateway(discord: Arc<FakeDiscord>, every: Duration, until: Instant) -> usize {
    let mut sessions = 1;
    let mut drops = 0;
    loop {
        let next = Instant::now() + every;
        if next >= until {
            return drops;
        }
        tokio::time::sleep_until(next.into()).await;
        let code = if drops % 2 == 0 { 4000 } else { 4009 };
        discord.close_gateway(code);
        drops += 1;
        sessions += 1;
        discord
            .wait_sessions(sessions, Duration::from_secs(60))
            .await;
    }
}

pub async fn run(ctx: Ctx) {
    let length = ctx.pick(Duration::from_secs(600), Duration::from_secs(60));
    let drop_every = ctx.pick(Duration::from_secs(60), Duration::from_secs(20));
    let seed = std::env::var("SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| common::unix_ms() as u64);
    println!("  [{NAME}] fault seed {seed} (SOAK_SEED={seed} repeats it)");
    let World {
        dir: _dir,
        database: _,
        discord,
        technified,
        clock,
        guilds,
        mut proc,
    } = World::start(NAME, SERVERS).await;
    let discord = Arc::new(discord);
    discord.wait_ready(Duration::from_secs(30)).await;

    let stop = Arc::new(AtomicBool::new(false));
    let injector = tokio::spawn(inject(
        technified.clone(),
        stop.clone(),
        Instant::now() + length + Duration::from_secs(60),
        seed,
    ));
    let dropper = tokio::spawn(drop_gateway(
        discord.clone(),
        drop_every,
        Instant::now() + length,
    ));
    let member = staff();
    let ((sent, _), rss) = common::sample_rss(
        &proc,
        Duration::from_secs(5),
        common::drive(&discord, &member, RATE, length, |i| command(&guilds, i)),
    )
    .await;
    stop.store(true, Ordering::SeqCst);
    let (read_faults, write_faults) = injector.await.unwrap_or_default();
    let drops = dropper.await;
    technified.clear_faults();

    // After the faults stop: every answer final and every write settled, within a bound.
    let answers = common::wait_answers(
        &discord,
        &clock,
        &sent,
        ctx.pick(Duration::from_secs(240), Duration::from_secs(180)),
        true,
    )
    .await;
    let requests = technified.requests();
    let applied = common::applications(&requests);
    let log = proc.log_text();
    let peak = proc.peak_rss_kb();
    proc.kill().await;

    let mut colours: HashMap<&str, usize> = HashMap::new();
    let (mut writes, mut lost, mut duplicated, mut failed_but_applied) = (0, 0, 0, 0);
    for s in &sent {
        let answer = answers.get(&s.token);
        let colour = match answer.and_then(|a| a.is_final().then(|| a.colour())) {
            None => "none",
            Some(Some(common::GREEN)) => "green",
            Some(Some(common::RED)) => "red",
            Some(Some(common::AMBER)) => "amber",
            Some(_) => "other",
        };
        *colours.entry(colour).or_default() += 1;
        let Some(key) = common::write_key(s) else {
            continue;
        };
        writes += 1;
        let times = applied.get(&key).copied().unwrap_or(0);
        if times > 1 {
            duplicated += 1;
        }
        match colour {
            "green" | "amber" | "none" if times == 0 => lost += 1,
            "red" if times > 0 => failed_but_applied += 1,
            _ => {}
        }
    }
    let unanswered =
        colours.get("none").copied().unwrap_or(0) + colours.get("amber").copied().unwrap_or(0);

    let r = &ctx.report;
    r.info(
        NAME,
        "traffic",
        format!(
            "{} interactions ({writes} writes) over {} s; faults injected: {read_faults} on reads, {write_faults} on writes; gateway drops: {}",
            sent.len(),
            length.as_secs(),
            match &drops {
                Ok(n) => n.to_string(),
                Err(_) => "failed".into(),
            }
        ),
    );
    if let Err(e) = drops {
        r.add(
            NAME,
            "gateway reconnects",
            format!("the bot did not reconnect: {e}"),
            "always",
            Verdict::Missed,
        );
    }
    r.panics(NAME, &log);
    r.add(
        NAME,
        "interactions without a final answer",
        format!(
            "{unanswered} (answers: {} green, {} red, {} other)",
            colours.get("green").copied().unwrap_or(0),
            colours.get("red").copied().unwrap_or(0),
            colours.get("other").copied().unwrap_or(0)
        ),
        "0",
        Verdict::of(unanswered == 0),
    );
    r.add(
        NAME,
        "writes lost / applied twice",
        format!(
            "{lost} / {duplicated} of {writes} (reported failed yet applied: {failed_but_applied})"
        ),
        "0 / 0",
        Verdict::of(lost == 0 && duplicated == 0),
    );
    let values: Vec<u64> = rss.iter().map(|(_, kb)| *kb).filter(|kb| *kb > 0).collect();
    let quarter = |from: usize, to: usize| -> u64 {
        let n = values.len();
        let mut part: Vec<u64> =
            values[n * from / 4..(n * to / 4).max(n * from / 4 + 1).min(n)].to_vec();
        part.sort_unstable();
        part.get(part.len() / 2).copied().unwrap_or(0)
    };
    if values.len() >= 4 {
        let (early, late) = (quarter(1, 2), quarter(3, 4));
        let growth = late as f64 / early.max(1) as f64 - 1.0;
        r.add(
            NAME,
            "RSS: median 2nd quarter → last quarter (peak)",
            format!(
                "{} → {} ({:+.1}%; peak {})",
                mb(early),
                mb(late),
                growth * 100.0,
                mb(peak)
            ),
            if ctx.quick {
                "≤ +10% (judged in the full run; one minute is mostly warm-up)"
            } else {
                "≤ +10%"
            },
            if ctx.quick {
                Verdict::Info
            } else {
                Verdict::of(growth <= 0.10)
            },
        );
    }
    r.info(
        NAME,
        "quota 429s from the fake (not injected)",
        technified.rate_limited_count().to_string(),
    );
}
