//! Scenario `startup`: from spawning the process to the command registration (`PUT
//! .../commands`) arriving at the fake Discord, median of several starts on the same data
//! folder (the first start of the run is reported too); the bare poise bot for comparison.

use std::time::Duration;

use testkit::discord::{FakeDiscord, FakeGuild, IDENTIFY_WINDOW};
use testkit::technified::FakeTechnified;

use crate::common::{self, Ctx, FakeClock, Proc, Verdict, guild, ms, summarize};

const NAME: &str = "startup";
const TARGET: Duration = Duration::from_millis(500);

pub async fn run(ctx: Ctx) {
    let starts = ctx.pick(9, 3);
    let ours = measure(true, starts).await;
    let bare = measure(false, starts).await;
    let ours_summary = summarize(&ours);
    let r = &ctx.report;
    r.add(
        NAME,
        format!("process start → commands registered, median of {starts}"),
        ms(ours_summary.p50),
        "≤ 500 ms",
        Verdict::of(ours_summary.p50 <= TARGET),
    );
    r.info(
        NAME,
        "all starts (first is the run's first start of the binary)",
        ours.iter().map(|d| ms(*d)).collect::<Vec<_>>().join(", "),
    );
    r.info(
        NAME,
        format!("bare poise bot, median of {starts}"),
        ms(summarize(&bare).p50),
    );
}

async fn measure(ours: bool, starts: usize) -> Vec<Duration> {
    let dir = common::scratch(if ours { "startup" } else { "startup-bare" });
    let discord = FakeDiscord::start().await;
    let technified = FakeTechnified::start().await;
    let clock = FakeClock::calibrate(&discord).await;
    if ours {
        common::servers(&discord, &technified, &common::database_url(&dir), 1).await;
    } else {
        discord.add_guild(FakeGuild::new(guild(0), "Bench 0"));
    }
    let mut out = Vec::new();
    for _ in 0..starts {
        let before = discord.registrations().len();
        let mut proc = if ours {
            Proc::bot(&discord, &technified, &dir, &[])
        } else {
            Proc::bare(&discord, &dir, &[])
        };
        assert!(
            common::wait_registrations(&discord, before + 1, Duration::from_secs(30)).await,
            "no registration within 30 s; log: {}",
            proc.log.display()
        );
        let registered = discord
            .requests()
            .into_iter()
            .rev()
            .find(|r| r.method == "PUT" && r.path.ends_with("/commands"))
            .expect("the registration was recorded");
        out.push(
            clock
                .at(registered.at)
                .saturating_duration_since(proc.spawned_at),
        );
        proc.kill().await;
        // Discord (and the fake) allow one IDENTIFY per 5 s: a sooner start would measure its
        // Invalid Session and serenity's retry, not the start-up.
        tokio::time::sleep(IDENTIFY_WINDOW).await;
    }
    out
}
