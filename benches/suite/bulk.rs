//! Scenario `bulk`: `/roblox bulk-ban` with a file of 1,000 accounts against Technified's
//! moderation quota (50 per window), the window scaled down from 60 s to 6 s on both sides
//! for the run: the fake Technified counts 6 s windows (`FakeTechnified::set_quota_window`)
//! and the bot paces over them (`TECHNIFIED_QUOTA_WINDOW_MS=6000`, its 1 s safety margin
//! scaled to 0.1 s with it), so the run takes the code path of a real one in a tenth of the
//! time. Progress edits are not scaled: at most one per 5 s, as in production.
//!
//! Run 1, undisturbed: 429s, the time from the first ban to the last against the quota-bound
//! minimum (the first 50 at once, then 50 per window: 19 windows), and the spacing of the
//! progress edits. Run 2, the same file on a new bot: SIGKILL once half of the bans have
//! reached Technified, a restart on the same data folder, then every account banned exactly
//! once and no 429.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::json;
use testkit::discord::{FakeDiscord, Interaction, SeenMessage};
use testkit::technified::FakeTechnified;

use crate::common::{self, Ctx, FakeClock, Proc, Verdict, ms, secs, staff};

const NAME: &str = "bulk";
const ACCOUNTS: u64 = 1_000;
const FIRST_ACCOUNT: u64 = 40_000_000;
/// Technified's moderation quota per window.
const QUOTA: u64 = 50;
/// The quota window for the run (Technified's: 60 s).
const WINDOW: Duration = Duration::from_secs(6);
const WINDOW_ENV: (&str, &str) = ("TECHNIFIED_QUOTA_WINDOW_MS", "6000");
/// The least time between two progress edits of one run.
const PROGRESS_EVERY: Duration = Duration::from_secs(5);
/// The bot keeps a run's last progress time in whole milliseconds of its wall clock, and a
/// restarted process reads that clock afresh: across a restart two edits may arrive up to two
/// truncations short of [`PROGRESS_EVERY`].
const CLOCK_RESOLUTION: Duration = Duration::from_millis(2);
/// Completion may take at most this much longer than the quota-bound minimum.
const OVER_MINIMUM: f64 = 0.05;
/// Bound on a run: the minimum, a restart's hold of one window, and room.
const RUN_LIMIT: Duration = Duration::from_secs(300);

/// The fakes and the bot for one run, on one server.
struct Run {
    dir: std::path::PathBuf,
    discord: FakeDiscord,
    technified: FakeTechnified,
    clock: FakeClock,
    guild: u64,
    proc: Proc,
}

impl Run {
    async fn start(label: &str) -> Run {
        let dir = common::scratch(&format!("{NAME}-{label}"));
        let discord = FakeDiscord::start().await;
        let technified = FakeTechnified::start().await;
        technified.set_quota_window(WINDOW);
        let clock = FakeClock::calibrate(&discord).await;
        let guilds = common::servers(&discord, &technified, &common::database_url(&dir), 1).await;
        let proc = Proc::bot(&discord, &technified, &dir, &[WINDOW_ENV]);
        assert!(
            common::wait_registrations(&discord, 1, Duration::from_secs(60)).await,
            "{label}: no command registration; log: {}",
            proc.log.display()
        );
        Run {
            dir,
            discord,
            technified,
            clock,
            guild: guilds[0],
            proc,
        }
    }

    /// Sends the bulk ban and confirms its preview; returns the interaction and when the
    /// confirm was pressed.
    async fn confirm_bulk_ban(&self) -> (Interaction, Instant) {
        let ids: String = (FIRST_ACCOUNT..FIRST_ACCOUNT + ACCOUNTS)
            .map(|id| format!("{id}\n"))
            .collect();
        let file = self
            .discord
            .attachment("raid.txt", "text/plain", ids.into_bytes());
        let member = staff();
        let run = self.discord.command(
            self.guild,
            &member,
            "roblox bulk-ban",
            json!({"file": file, "reason": "Raid"}),
        );
        let preview = run.final_message(Duration::from_secs(30)).await;
        let buttons = preview.buttons();
        assert!(
            !buttons.is_empty(),
            "no confirm button on the preview: {}",
            preview.embed_text()
        );
        let pressed = Instant::now();
        preview.click(&member, &buttons[0].0);
        (run, pressed)
    }

    /// Waits for the run's report (a message carrying the CSV file).
    async fn report(&self, run: &Interaction) -> SeenMessage {
        run.wait_message(RUN_LIMIT, "the bulk report", |m| {
            m.json()["attachments"]
                .as_array()
                .is_some_and(|files| !files.is_empty())
        })
        .await
    }

    /// Ban requests per account: (accepted with 2xx, sent at all), and the arrival times of
    /// the accepted ones.
    fn bans(&self) -> (HashMap<u64, (usize, usize)>, Vec<Instant>) {
        let mut per_account: HashMap<u64, (usize, usize)> = HashMap::new();
        let mut accepted = Vec::new();
        for r in self.technified.requests() {
            if r.method != "POST" || !r.path.ends_with("/roblox/ban") {
                continue;
            }
            let body = r.body.clone().unwrap_or_default();
            let id = body["roblox_id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let entry = per_account.entry(id).or_default();
            entry.1 += 1;
            if (200..300).contains(&r.status) {
                entry.0 += 1;
                accepted.push(r.at.into_std());
            }
        }
        accepted.sort();
        (per_account, accepted)
    }

    /// When the edits of the run's reply after `since` arrived at Discord.
    fn edits_after(&self, run: &Interaction, since: Instant) -> Vec<Instant> {
        self.discord
            .requests()
            .iter()
            .filter(|r| r.method == "PATCH" && r.path.contains(run.token()) && r.status == 200)
            .map(|r| self.clock.at(r.at))
            .filter(|at| *at >= since)
            .collect()
    }
}

/// First ban to last: the first `QUOTA` leave at once, each later `QUOTA` one window later.
fn quota_minimum() -> Duration {
    WINDOW * (ACCOUNTS.div_ceil(QUOTA) - 1) as u32
}

pub async fn run(ctx: Ctx) {
    undisturbed(&ctx).await;
    killed(&ctx).await;
}

async fn undisturbed(ctx: &Ctx) {
    let world = Run::start("undisturbed").await;
    let (run, pressed) = world.confirm_bulk_ban().await;
    let report = world.report(&run).await;
    let reported = Instant::now();
    let (per_account, accepted) = world.bans();
    let edits = world.edits_after(&run, pressed);
    let r = &ctx.report;
    r.add(
        NAME,
        "undisturbed: 429s from Technified",
        world.technified.rate_limited_count().to_string(),
        "0",
        Verdict::of(world.technified.rate_limited_count() == 0),
    );
    let banned_once = per_account.values().filter(|(ok, _)| *ok == 1).count();
    r.add(
        NAME,
        "undisturbed: accounts banned exactly once",
        format!("{banned_once} / {ACCOUNTS}"),
        "all",
        Verdict::of(banned_once as u64 == ACCOUNTS && per_account.len() as u64 == ACCOUNTS),
    );
    if let (Some(first), Some(last)) = (accepted.first(), accepted.last()) {
        let took = *last - *first;
        let minimum = quota_minimum();
        let over = took.as_secs_f64() / minimum.as_secs_f64() - 1.0;
        r.add(
            NAME,
            format!(
                "undisturbed: first ban → last ban at Technified ({ACCOUNTS} bans, {QUOTA} per {} s window)",
                WINDOW.as_secs()
            ),
            format!(
                "{} = {:+.1}% over the quota-bound minimum of {}",
                secs(took),
                over * 100.0,
                secs(minimum)
            ),
            format!("≤ +{:.0}%", OVER_MINIMUM * 100.0),
            Verdict::of(over <= OVER_MINIMUM),
        );
        r.info(
            NAME,
            "undisturbed: confirm pressed → first ban / report posted",
            format!(
                "{} / {}",
                ms(first.saturating_duration_since(pressed)),
                secs(reported - pressed)
            ),
        );
    }
    progress_rows(ctx, "undisturbed", &edits);
    r.info(
        NAME,
        "undisturbed: the report",
        report
            .embed_text()
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned(),
    );
    r.panics(NAME, &world.proc.log_text());
    drop(world.dir);
}

async fn killed(ctx: &Ctx) {
    let mut world = Run::start("killed").await;
    let (run, pressed) = world.confirm_bulk_ban().await;
    let half = (ACCOUNTS / 2) as usize;
    world
        .technified
        .wait_for_requests("POST /moderation", half, RUN_LIMIT)
        .await;
    world.proc.kill().await;
    let killed_at = Instant::now();
    let sent_before_kill = world.technified.count("POST /moderation");
    world.proc = Proc::bot(&world.discord, &world.technified, &world.dir, &[WINDOW_ENV]);
    world.report(&run).await;
    let reported = Instant::now();
    let (per_account, accepted) = world.bans();
    let edits = world.edits_after(&run, pressed);
    let r = &ctx.report;
    r.info(
        NAME,
        "kill -9 in the middle: bans sent before the kill",
        format!(
            "{sent_before_kill} of {ACCOUNTS}, {} after the confirm",
            secs(killed_at - pressed)
        ),
    );
    r.add(
        NAME,
        "kill -9 in the middle: 429s from Technified",
        world.technified.rate_limited_count().to_string(),
        "0",
        Verdict::of(world.technified.rate_limited_count() == 0),
    );
    let once = per_account
        .values()
        .filter(|(ok, sent)| *ok == 1 && *sent == 1)
        .count();
    let missing = ACCOUNTS as usize - per_account.values().filter(|(ok, _)| *ok >= 1).count();
    let twice = per_account.values().filter(|(ok, _)| *ok > 1).count();
    let resent = per_account.values().filter(|(_, sent)| *sent > 1).count();
    let active = world.technified.bans(world.guild).len();
    r.add(
        NAME,
        "kill -9 in the middle: accounts banned exactly once (missing / twice / requests sent twice)",
        format!("{once} / {ACCOUNTS} ({missing} / {twice} / {resent}); {active} active bans at the fake"),
        format!("{ACCOUNTS} (0 / 0 / 0)"),
        Verdict::of(once as u64 == ACCOUNTS && missing == 0 && twice == 0),
    );
    if let (Some(first), Some(last)) = (accepted.first(), accepted.last()) {
        let took = *last - *first;
        r.info(
            NAME,
            "kill -9 in the middle: first ban → last ban (includes the restart and its hold of one window)",
            format!(
                "{} against the minimum of {}; report {} after the confirm",
                secs(took),
                secs(quota_minimum()),
                secs(reported - pressed)
            ),
        );
    }
    progress_rows(ctx, "kill -9 in the middle", &edits);
    // Both processes append to one log file.
    r.panics(NAME, &world.proc.log_text());
}

/// The progress edits' count and their closest spacing.
fn progress_rows(ctx: &Ctx, label: &str, edits: &[Instant]) {
    let closest = edits.windows(2).map(|w| w[1] - w[0]).min();
    let value = match closest {
        Some(gap) => format!(
            "{} edits, closest two {:.1} ms apart",
            edits.len(),
            gap.as_secs_f64() * 1000.0
        ),
        None => format!("{} edits", edits.len()),
    };
    ctx.report.add(
        NAME,
        format!("{label}: progress edits of the reply after the confirm (arrival at Discord)"),
        value,
        "≥ 5 s apart (less 2 ms of clock resolution)",
        Verdict::of(closest.is_none_or(|gap| gap + CLOCK_RESOLUTION >= PROGRESS_EVERY)),
    );
}
