//! Scenario `recovery`: writes (`/roblox ban`, 7 days) queued across 50 servers during an
//! outage of Technified's write routes (every `POST /moderation` answers 503; lookups still
//! work, so each ban's moderator lookup succeeds): 1,000 writes in 2 minutes (`--quick`: 200
//! in 20 s). After the fake recovers: every write applied exactly once, and the drain time
//! against what the quotas and the backoff allow.

use std::time::Duration;

use crate::common::{self, BACKOFF_BOUND, Ctx, Verdict, World, secs};

const NAME: &str = "recovery";
const SERVERS: usize = 50;
/// Technified's documented quota of moderation writes per server and minute.
const WRITE_QUOTA: usize = 50;

pub async fn run(ctx: Ctx) {
    let (writes, outage): (usize, Duration) = ctx.pick(
        (1_000, Duration::from_secs(120)),
        (200, Duration::from_secs(20)),
    );
    let World {
        dir: _dir,
        database: _,
        discord,
        technified,
        clock,
        guilds,
        mut proc,
    } = World::start(NAME, SERVERS).await;

    let plan = common::OutagePlan {
        bans: writes,
        first_roblox_id: 7_000_000,
        outage,
        limit: ctx.pick(Duration::from_secs(600), Duration::from_secs(180)),
    };
    let common::OutageRun {
        sent,
        queued: told_queued,
        refused: attempts_in_outage,
        expected,
        applied,
        drain,
        waited,
        green,
        ..
    } = common::bans_through_outage(plan, &discord, &technified, &clock, &guilds).await;
    let drain = drain.unwrap_or(waited);
    let log = proc.log_text();
    proc.kill().await;

    let missing = expected.iter().filter(|k| !applied.contains_key(k)).count();
    let duplicated = expected
        .iter()
        .filter(|k| applied.get(k).copied().unwrap_or(0) > 1)
        .count();
    let active_bans: usize = guilds.iter().map(|g| technified.bans(*g).len()).sum();
    let r = &ctx.report;
    r.info(
        NAME,
        "writes during the outage",
        format!(
            "{} across {SERVERS} servers in {} ({told_queued} told \"queued\"; {attempts_in_outage} write attempts refused meanwhile)",
            sent.len(),
            secs(outage)
        ),
    );
    r.add(
        NAME,
        "applied exactly once after recovery (missing / duplicated)",
        format!(
            "{} / {missing} / {duplicated} (active bans at the fake: {active_bans})",
            sent.len() - missing - duplicated
        ),
        format!("{} / 0 / 0", sent.len()),
        Verdict::of(missing == 0 && duplicated == 0 && active_bans == sent.len()),
    );
    let per_server = writes.div_ceil(SERVERS);
    let quota_bound = Duration::from_secs(60 * (per_server.div_ceil(WRITE_QUOTA) as u64 - 1));
    r.add(
        NAME,
        "drain time (recovery to the last write applied)",
        secs(drain),
        format!(
            "≤ {} (quota: {per_server} writes/server at {WRITE_QUOTA}/min allows {}; backoff cap 30 s + 10% jitter)",
            secs(quota_bound.max(BACKOFF_BOUND)),
            secs(quota_bound)
        ),
        Verdict::of(drain <= quota_bound.max(BACKOFF_BOUND)),
    );
    r.add(
        NAME,
        "members' replies turned green",
        format!("{green} / {}", sent.len()),
        "all",
        Verdict::of(green == sent.len()),
    );
    r.panics(NAME, &log);
}
