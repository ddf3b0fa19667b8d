//! Scenario `starvation` (full run ~10 s; ~3 minutes on a bot without the lookup cooldown):
//! one member floods 200 `/lookup discord` at once, then a moderator runs `/roblox ban`
//! (timed, so no confirmation, with the moderator's Roblox account not cached yet). Figure:
//! the time from the ban to Technified receiving it. The public lookups' per-member cooldown
//! (5 per 30 s) keeps the flood from filling the lookup bucket the ban's moderator lookup
//! needs.

use std::time::Duration;

use serde_json::json;
use tokio::time::Instant;

use crate::common::{self, Cmd, Verdict, World, secs, staff};

const NAME: &str = "starvation";
const FLOOD: usize = 200;
/// The ban must reach Technified within this; a bucket-bound bot needs about 183 s.
const TARGET: Duration = Duration::from_secs(3);
/// How long to wait for the ban at most (the bound of this scenario).
const LIMIT: Duration = Duration::from_secs(240);

pub async fn run(ctx: common::Ctx) {
    let World {
        dir: _dir,
        database: _,
        discord,
        technified,
        clock: _clock,
        guilds,
        mut proc,
    } = World::start(NAME, 1).await;
    let guild = guilds[0];
    let flooder = testkit::discord::Member::new(common::TARGET + 1_000, "flooder");
    for _ in 0..FLOOD {
        common::send(
            &discord,
            &flooder,
            Cmd {
                guild,
                path: "lookup discord",
                options: json!({"user": common::TARGET.to_string()}),
            },
        );
    }
    // The moderator comes right after the flood.
    let asked = Instant::now();
    common::send(
        &discord,
        &staff(),
        Cmd {
            guild,
            path: "roblox ban",
            options: json!({"roblox_id": 42, "reason": "exploiting", "duration": "1d"}),
        },
    );
    let ban_route = format!("POST /moderation/{guild}/roblox/ban");
    let deadline = Instant::now() + LIMIT;
    while technified.count(&ban_route) == 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let requests = technified.requests();
    let sent_after = requests
        .iter()
        .find(|r| r.method == "POST" && r.path.ends_with("/roblox/ban"))
        .map(|r| r.at - asked);
    let flood_sent = requests
        .iter()
        .filter(|r| {
            r.path.starts_with("/lookup/discord") && !r.path.ends_with(&common::STAFF.to_string())
        })
        .count();
    proc.kill().await;

    let r = &ctx.report;
    r.add(
        NAME,
        "200 lookups from one member, then /roblox ban: ban sent after",
        match sent_after {
            Some(after) => format!(
                "{} ({flood_sent} of the 200 lookups reached Technified)",
                secs(after)
            ),
            None => format!("not within {} ({flood_sent} lookups sent)", secs(LIMIT)),
        },
        format!("≤ {}", secs(TARGET)),
        Verdict::of(sent_after.is_some_and(|after| after <= TARGET)),
    );
}
