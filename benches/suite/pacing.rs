//! Scenario `pacing` (full run only, ~4 minutes): 300 `/lookup discord` from one server at
//! once (60 members, five each), under Technified's lookup quota of 60 per sliding minute. Zero 429s from the fake, and
//! the last answer within 5% of the quota-bound minimum: 60 at once, then 60 more each minute,
//! so the 300th can leave no earlier than 240 s after the first.

use std::time::Duration;

use serde_json::json;

use crate::common::{self, Cmd, Ctx, Verdict, World, secs};

const NAME: &str = "pacing";
const LOOKUPS: usize = 300;
const QUOTA_BOUND: Duration = Duration::from_secs(240);

pub async fn run(ctx: Ctx) {
    let World {
        dir: _dir,
        database: _,
        discord,
        technified,
        clock,
        guilds,
        mut proc,
    } = World::start(NAME, 1).await;
    // Five lookups per member: the most the per-member cooldown allows at once.
    let sent: Vec<_> = (0..LOOKUPS)
        .map(|i| {
            common::send(
                &discord,
                &common::member(i / 5),
                Cmd {
                    guild: guilds[0],
                    path: "lookup discord",
                    options: json!({"user": common::TARGET.to_string()}),
                },
            )
        })
        .collect();
    let answers =
        common::wait_answers(&discord, &clock, &sent, Duration::from_secs(330), false).await;
    let lat = common::latencies(&sent, &answers);
    let requests = technified.requests();
    let lookups: Vec<_> = requests
        .iter()
        .filter(|r| r.path.starts_with("/lookup/discord"))
        .collect();
    let rejected = lookups.iter().filter(|r| r.status == 429).count();
    let span = match (lookups.first(), lookups.last()) {
        (Some(a), Some(b)) => b.at - a.at,
        _ => Duration::ZERO,
    };
    let completion = lat.last.iter().max().copied().unwrap_or_default();
    let within_first = lat
        .first
        .iter()
        .filter(|d| **d <= Duration::from_secs(3))
        .count();
    let verified = common::answered_in(&sent, &answers, common::GREEN);
    proc.kill().await;

    let r = &ctx.report;
    r.add(
        NAME,
        "429s from the fake Technified",
        format!(
            "{rejected} (quota refusals counted by the fake: {})",
            technified.rate_limited_count()
        ),
        "0",
        Verdict::of(rejected == 0 && technified.rate_limited_count() == 0),
    );
    let limit = QUOTA_BOUND.mul_f64(1.05);
    r.add(
        NAME,
        "burst of 300 to the last final answer",
        format!(
            "{} ({:.1}% over the 240 s minimum; first to last Technified call {})",
            secs(completion),
            (completion.as_secs_f64() / QUOTA_BOUND.as_secs_f64() - 1.0) * 100.0,
            secs(span)
        ),
        format!("≤ {} (240 s + 5%)", secs(limit)),
        Verdict::of(completion <= limit && lat.unfinished == 0),
    );
    r.add(
        NAME,
        "answered green (verified) / first callback within 3 s",
        format!("{verified} / {within_first} of {LOOKUPS}"),
        "300 / 300",
        Verdict::of(verified == LOOKUPS && within_first == LOOKUPS),
    );
}
