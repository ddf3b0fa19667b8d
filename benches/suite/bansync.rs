//! Scenario `bansync` (~15 s): 100 servers with ban sync in `mirror`; in each, the staff member
//! (verified) bans the looked-up member (verified) on Discord, 10 bans per second across the
//! servers, the audit-log entry following each ban event as Discord usually sends it. Figure:
//! from the fake queuing GUILD_BAN_ADD to Technified receiving the Roblox ban, p50/p99.

use std::time::Duration;

use testkit::discord::AuditEvent;
use testkit::discord::permissions::{BAN_MEMBERS, DEFAULT_BOT, VIEW_AUDIT_LOG};
use tokio::time::Instant;

use crate::common::{self, Verdict, World, open_store, staff, summarize};
use technified_bot::store::BanSyncMode;

const NAME: &str = "bansync";
const SERVERS: usize = 100;
const PER_SECOND: u32 = 10;
/// p99 must stay under this: the event, two lookups and the ban, on loopback.
const TARGET: Duration = Duration::from_millis(500);
/// How long to wait for the last ban at most.
const LIMIT: Duration = Duration::from_secs(60);

pub async fn run(ctx: common::Ctx) {
    let World {
        dir: _dir,
        database,
        discord,
        technified,
        clock: _clock,
        guilds,
        mut proc,
    } = World::start(NAME, SERVERS).await;
    let store = open_store(&database).await;
    for &guild in &guilds {
        let server = discord.guild(guild).expect("a bench server");
        let channel = server.default_channel().expect("#general").id;
        discord.add_guild(server.bot_permissions(DEFAULT_BOT | BAN_MEMBERS | VIEW_AUDIT_LOG));
        store
            .set_log_channel(guild, Some(channel))
            .await
            .expect("log channel");
        store
            .set_ban_sync(guild, BanSyncMode::Mirror)
            .await
            .expect("mirror");
    }
    store.close().await;

    let moderator = staff();
    let start = Instant::now();
    let mut banned = Vec::with_capacity(SERVERS);
    for (i, &guild) in guilds.iter().enumerate() {
        tokio::time::sleep_until(start + Duration::from_secs(1) * i as u32 / PER_SECOND).await;
        let at = Instant::now();
        discord.ban_as_moderator(
            guild,
            &moderator,
            common::TARGET,
            Some("raid"),
            AuditEvent::AfterBanEvent,
        );
        banned.push((guild, at));
    }
    let deadline = Instant::now() + LIMIT;
    while technified.count("POST /moderation") < SERVERS && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let requests = technified.requests();
    let latencies: Vec<Duration> = banned
        .iter()
        .filter_map(|(guild, at)| {
            let path = format!("/moderation/{guild}/roblox/ban");
            let sent = requests
                .iter()
                .find(|r| r.method == "POST" && r.path == path)?;
            Some(sent.at - *at)
        })
        .collect();
    proc.kill().await;

    let summary = summarize(&latencies);
    let r = &ctx.report;
    r.add(
        NAME,
        "GUILD_BAN_ADD to the Roblox ban sent, mirror, 10 bans/s over 100 servers",
        summary.line(),
        format!("all {SERVERS} sent, p99 ≤ {}", common::ms(TARGET)),
        Verdict::of(latencies.len() == SERVERS && summary.p99 <= TARGET),
    );
    r.panics(NAME, &proc.log_text());
}
