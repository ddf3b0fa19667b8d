//! Scenario `memory`: the bot's RSS after READY with 1 server (idle), and with 1,000 servers
//! (1,000 GUILD_CREATE) and 10,000 queued writes (enqueued through the store API into the
//! bot's database file before it starts, due at once, so the retry engine works through them
//! while RSS is sampled); against a bare poise bot's idle RSS.

use std::time::{Duration, Instant};

use technified_bot::retry::operation::Operation;
use technified_bot::technified::Punish;
use testkit::discord::{FakeDiscord, FakeGuild};
use testkit::technified::FakeTechnified;

use crate::common::{self, Ctx, Proc, Verdict, guild, mb};

const NAME: &str = "memory";
const IDLE_TARGET_KB: u64 = 30 * 1024;
const LOADED_TARGET_KB: u64 = 100 * 1024;
const BARE_FACTOR: f64 = 1.3;
const SERVERS: usize = 1_000;
const WRITES: usize = 10_000;

pub async fn run(ctx: Ctx) {
    let (ours, ours_parts) = idle(true).await;
    let (bare, bare_parts) = idle(false).await;
    let r = &ctx.report;
    r.add(
        NAME,
        "idle RSS after READY, 1 server",
        mb(ours),
        "≤ 30 MB",
        Verdict::of(ours <= IDLE_TARGET_KB),
    );
    r.info(NAME, "bare poise bot idle RSS, 1 server", mb(bare));
    r.info(
        NAME,
        "idle RSS split: heap and stacks (RssAnon) + mapped files, mostly code (RssFile)",
        format!(
            "ours {} + {}, bare {} + {}",
            mb(ours_parts.0),
            mb(ours_parts.1),
            mb(bare_parts.0),
            mb(bare_parts.1)
        ),
    );
    let ratio = ours as f64 / bare.max(1) as f64;
    r.add(
        NAME,
        "idle RSS / bare poise bot's",
        format!("{ratio:.3}×"),
        "≤ 1.3×",
        Verdict::of(ratio <= BARE_FACTOR),
    );
    loaded(&ctx).await;
}

/// RSS (kB) a few seconds after commands were registered, the highest of several samples,
/// and its split (RssAnon, RssFile) at that sample.
async fn idle(ours: bool) -> (u64, (u64, u64)) {
    let dir = common::scratch(if ours { "memory-idle" } else { "memory-bare" });
    let discord = FakeDiscord::start().await;
    let technified = FakeTechnified::start().await;
    let proc = if ours {
        common::servers(&discord, &technified, &common::database_url(&dir), 1).await;
        Proc::bot(&discord, &technified, &dir, &[])
    } else {
        discord.add_guild(FakeGuild::new(guild(0), "Bench 0"));
        Proc::bare(&discord, &dir, &[])
    };
    assert!(
        common::wait_registrations(&discord, 1, Duration::from_secs(60)).await,
        "no command registration; log: {}",
        proc.log.display()
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mut highest = (0, (0, 0));
    for _ in 0..5 {
        let rss = proc.rss_kb();
        if rss > highest.0 {
            highest = (rss, proc.rss_split_kb());
        }
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    highest
}

async fn loaded(ctx: &Ctx) {
    let drain_limit = ctx.pick(Duration::from_secs(240), Duration::from_secs(45));
    let dir = common::scratch("memory-loaded");
    let discord = FakeDiscord::start().await;
    let technified = FakeTechnified::start().await;
    let guilds = common::servers(&discord, &technified, &common::database_url(&dir), SERVERS).await;

    let store = common::open_store(&common::database_url(&dir)).await;
    let queued_at = Instant::now();
    let now = common::unix_ms();
    for j in 0..WRITES {
        let op = Operation::Ban(Punish {
            roblox_id: 5_000_000 + j as u64,
            reason: "benchmark".into(),
            moderator_roblox_id: common::STAFF_ROBLOX,
            duration: Some("7d".into()),
        });
        let job = op.new_job(guilds[j % guilds.len()], common::STAFF, now, now);
        store
            .enqueue(job, 0, None, None)
            .await
            .expect("enqueue a write");
    }
    store.close().await;
    let enqueue_time = queued_at.elapsed();

    let proc = Proc::bot(&discord, &technified, &dir, &[]);
    let ((after_guilds, applied, took), samples) =
        common::sample_rss(&proc, Duration::from_millis(500), async {
            assert!(
                common::wait_registrations(&discord, 1, Duration::from_secs(60)).await,
                "no command registration; log: {}",
                proc.log.display()
            );
            let registered = Instant::now();
            // Every GUILD_CREATE is sent right after READY; give the cache a moment.
            tokio::time::sleep(Duration::from_secs(3)).await;
            let after_guilds = proc.rss_kb();
            let deadline = Instant::now() + drain_limit;
            let mut applied = 0;
            while Instant::now() < deadline {
                applied = technified.count("POST /moderation");
                if applied >= WRITES {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            (after_guilds, applied, registered.elapsed())
        })
        .await;
    let peak = proc.peak_rss_kb();
    let log = proc.log_text();
    drop(proc);
    let r = &ctx.report;
    r.info(
        NAME,
        "10,000 writes enqueued through Store::enqueue before start",
        format!(
            "{:.1} s ({:.0} writes/s)",
            enqueue_time.as_secs_f64(),
            WRITES as f64 / enqueue_time.as_secs_f64()
        ),
    );
    let sampled_max = samples.iter().map(|(_, kb)| *kb).max().unwrap_or(0);
    r.info(
        NAME,
        "RSS 3 s after READY + 1,000 GUILD_CREATE, 10,000 writes queued",
        mb(after_guilds),
    );
    r.add(
        NAME,
        "loaded peak RSS (VmHWM) while draining the queue",
        format!("{} (RSS samples max {})", mb(peak), mb(sampled_max)),
        "≤ 100 MB",
        Verdict::of(peak <= LOADED_TARGET_KB),
    );
    r.info(
        NAME,
        "queued writes sent by the retry engine meanwhile",
        format!(
            "{applied} / {WRITES} in {:.0} s ({:.0}/s)",
            took.as_secs_f64(),
            applied as f64 / took.as_secs_f64().max(0.001)
        ),
    );
    r.panics(NAME, &log);
}
