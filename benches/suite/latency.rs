//! Scenario `latency`: added latency of `/lookup discord` with the fake Technified answering at
//! once, at 10, 100 and 500 interactions/s, against the framework floor (a bare poise bot on
//! the same fake Discord), and against that floor making the same Technified lookup (the floor
//! for any bot that calls an API once per command; see `bare.rs`).
//!
//! Times: `t0` is taken in the bench just before `FakeDiscord::command` queues the
//! INTERACTION_CREATE (testkit records when an interaction was queued, not when the gateway
//! task wrote it to the socket, and does not expose either), so every figure includes the fake
//! gateway's wake-up and serialisation, for the floor as much as for the bot. Callback and edit
//! arrival times are the fake's own request log (`RecordedRequest::at`), mapped to the bench's
//! clock by probing the fake before the bot starts (uncertainty: half the best probe's round
//! trip, printed).

use std::time::{Duration, Instant};

use serde_json::json;
use testkit::discord::{FakeDiscord, FakeGuild};
use testkit::technified::FakeTechnified;

use crate::common::{
    self, Cmd, Ctx, FakeClock, Proc, Summary, Verdict, guild, ms, staff, summarize,
};

const NAME: &str = "latency";
const RATES: [f64; 3] = [10.0, 100.0, 500.0];
/// Enough servers that no server reaches the lookup quota (60/min) over the whole scenario.
const SERVERS: usize = 200;
/// The floor's figures times this is the target for ours.
const FLOOR_FACTOR: f64 = 1.2;
/// Issue 15's bound on the bot's CPU per interaction at 500/s, as a multiple of the floor's.
const CPU_FACTOR: f64 = 1.3;

struct RateResult {
    rate: f64,
    first: Summary,
    last: Summary,
    /// Final answers minus the Technified service time.
    adjusted: Summary,
    lost: usize,
    lag: Duration,
    /// CPU cores used while the traffic ran: the bot, and this process (fakes + generator).
    bot_cores: f64,
    bench_cores: f64,
    /// The bot's CPU time per interaction sent at this rate, in µs.
    bot_cpu_us: f64,
}

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Ours,
    Bare,
    /// The bare bot, looking the member up on the fake Technified before it answers.
    BareWithLookup,
}

/// A server on the fake Technified with a key and the target verified in it: what the service
/// time probe and the bare bot's lookup ask about.
struct Probe {
    guild: u64,
    key: String,
}

impl Probe {
    fn new(technified: &FakeTechnified) -> Probe {
        let guild = guild(90_000);
        let key = technified.add_key(guild);
        technified.link(guild, common::TARGET, common::TARGET_ROBLOX, "Target");
        Probe { guild, key }
    }

    fn lookup_url(technified: &FakeTechnified) -> String {
        format!("{}/lookup/discord", technified.base_url())
    }
}

pub async fn run(ctx: Ctx) {
    let duration = ctx.pick(Duration::from_secs(10), Duration::from_secs(3));
    let technified = FakeTechnified::start().await;
    // The bot paces itself by its own per-server buckets; the fake's quota is not the subject
    // here, and raising it lets the service-time probe below run.
    technified.set_quota("lookup", 10_000_000);
    let probe = Probe::new(&technified);
    let service = service_time(&technified, &probe).await;
    ctx.report.info(
        NAME,
        "fake Technified service time (GET /lookup/discord round trip, keep-alive client)",
        service.line(),
    );
    let run =
        |which, service, database| measure(which, &technified, &probe, duration, service, database);
    let floor = run(Which::Bare, Duration::ZERO, None).await;
    let with_lookup = run(Which::BareWithLookup, service.p50, None).await;
    let ours = run(Which::Ours, service.p50, None).await;
    for ((f, o), l) in floor.iter().zip(&ours).zip(&with_lookup) {
        let rate = format!("{:.0}/s", o.rate);
        ctx.report.info(
            NAME,
            format!("floor (bare poise) {rate}: first callback = final answer"),
            f.first.line(),
        );
        ctx.report.info(
            NAME,
            format!("ours {rate}: (a) first callback"),
            o.first.line(),
        );
        ctx.report.info(
            NAME,
            format!("ours {rate}: (b) final answer"),
            o.last.line(),
        );
        let p50_target = f.last.p50.mul_f64(FLOOR_FACTOR);
        let p99_target = f.last.p99.mul_f64(FLOOR_FACTOR);
        ctx.report.add(
            NAME,
            format!("ours {rate}: (b) − Technified service, p50"),
            ms(o.adjusted.p50),
            format!("≤ {} (1.2 × floor p50 {})", ms(p50_target), ms(f.last.p50)),
            Verdict::of(o.adjusted.p50 <= p50_target),
        );
        ctx.report.add(
            NAME,
            format!("ours {rate}: (b) − Technified service, p99"),
            ms(o.adjusted.p99),
            format!("≤ {} (1.2 × floor p99 {})", ms(p99_target), ms(f.last.p99)),
            Verdict::of(o.adjusted.p99 <= p99_target),
        );
        ctx.report.info(
            NAME,
            format!("{rate}: final answer p50 / p99, ours against the floor with one lookup"),
            format!(
                "{} (p99 {:.2}×)",
                against(&o.last, &l.last),
                o.last.p99.as_secs_f64() / l.last.p99.as_secs_f64()
            ),
        );
        if o.lost + f.lost + l.lost > 0 {
            ctx.report.add(
                NAME,
                format!(
                    "{rate}: interactions without a final answer (ours / floor / floor with lookup)"
                ),
                format!("{} / {} / {}", o.lost, f.lost, l.lost),
                "0",
                Verdict::Missed,
            );
        }
        ctx.report.info(
            NAME,
            format!("{rate}: CPU cores used by ours / the floor / the fakes (bench process)"),
            format!(
                "{:.2} / {:.2} / {:.2} (during ours), {:.2} (during the floor)",
                o.bot_cores, f.bot_cores, o.bench_cores, f.bench_cores
            ),
        );
        let cpu_ratio = o.bot_cpu_us / f.bot_cpu_us;
        let cpu_line = format!(
            "{:.0} / {:.0} µs ({cpu_ratio:.2}×)",
            o.bot_cpu_us, f.bot_cpu_us
        );
        let cpu_figure = format!("{rate}: bot CPU per interaction, ours / the floor");
        if o.rate == 500.0 {
            let target = format!("≤ {CPU_FACTOR}× the floor's");
            let verdict = Verdict::of(cpu_ratio <= CPU_FACTOR);
            ctx.report.add(NAME, cpu_figure, cpu_line, target, verdict);
        } else {
            ctx.report.info(NAME, cpu_figure, cpu_line);
        }
        ctx.report.info(
            NAME,
            format!("{rate}: bot CPU per interaction, ours / the floor with one lookup"),
            format!(
                "{:.0} / {:.0} µs ({:.2}×)",
                o.bot_cpu_us,
                l.bot_cpu_us,
                o.bot_cpu_us / l.bot_cpu_us
            ),
        );
        let lag = o.lag.max(f.lag);
        if lag > Duration::from_millis(50) {
            ctx.report.info(
                NAME,
                format!("{rate}: load generator fell behind by up to"),
                ms(lag),
            );
        }
    }
    let Some(server) = common::postgres_server(NAME) else {
        return;
    };
    // The same run of ours with its data on Postgres, beside the SQLite run above.
    let database = common::postgres_database(&server, NAME).await;
    let postgres = run(Which::Ours, service.p50, Some(&database)).await;
    for ((f, o), p) in floor.iter().zip(&ours).zip(&postgres) {
        let rate = format!("{:.0}/s", p.rate);
        ctx.report.info(
            NAME,
            format!("ours on Postgres {rate}: (b) final answer"),
            p.last.line(),
        );
        ctx.report.info(
            NAME,
            format!("{rate}: (b) − Technified service p50 / p99, SQLite against Postgres"),
            format!(
                "{} (floor {} / {})",
                against(&o.adjusted, &p.adjusted),
                ms(f.last.p50),
                ms(f.last.p99)
            ),
        );
        ctx.report.info(
            NAME,
            format!("{rate}: CPU cores of ours on Postgres (the Postgres server not counted)"),
            format!("{:.2}", p.bot_cores),
        );
        if p.lost > 0 {
            ctx.report.add(
                NAME,
                format!("{rate}: interactions without a final answer, on Postgres"),
                p.lost.to_string(),
                "0",
                Verdict::Missed,
            );
        }
    }
}

/// `p50 / p99 against p50 / p99`.
fn against(one: &Summary, other: &Summary) -> String {
    format!(
        "{} / {} against {} / {}",
        ms(one.p50),
        ms(one.p99),
        ms(other.p50),
        ms(other.p99)
    )
}

/// Round trips of plain lookups straight to the fake, as the bot's client would see them.
async fn service_time(technified: &FakeTechnified, probe: &Probe) -> Summary {
    let http = reqwest::Client::new();
    let url = format!("{}/{}", Probe::lookup_url(technified), common::TARGET);
    let mut samples = Vec::new();
    for i in 0..600 {
        let started = Instant::now();
        let response = http
            .get(&url)
            .header("X-API-Key", &probe.key)
            .header("X-Guild-ID", probe.guild.to_string())
            .send()
            .await
            .expect("the fake Technified answers");
        let _ = response.bytes().await;
        // The first 100 warm the connection and the allocator.
        if i >= 100 {
            samples.push(started.elapsed());
        }
    }
    summarize(&samples)
}

/// One bot through the three rates; ours keeps its data in `database` (a URL) when given,
/// else in a SQLite file.
async fn measure(
    which: Which,
    technified: &FakeTechnified,
    probe: &Probe,
    duration: Duration,
    service: Duration,
    database: Option<&str>,
) -> Vec<RateResult> {
    let label = match (which, database) {
        (Which::Bare, _) => "latency-bare",
        (Which::BareWithLookup, _) => "latency-bare-lookup",
        (Which::Ours, None) => "latency-ours",
        (Which::Ours, Some(_)) => "latency-ours-postgres",
    };
    let dir = common::scratch(label);
    let database = database.map_or_else(|| common::database_url(&dir), str::to_owned);
    let discord = FakeDiscord::start().await;
    let clock = FakeClock::calibrate(&discord).await;
    let guilds: Vec<u64> = match which {
        Which::Ours => common::servers(&discord, technified, &database, SERVERS).await,
        Which::Bare | Which::BareWithLookup => (0..SERVERS)
            .map(|i| {
                discord.add_guild(FakeGuild::new(guild(i), &format!("Bench {i}")));
                guild(i)
            })
            .collect(),
    };
    let mut proc = match which {
        Which::Ours => Proc::bot(&discord, technified, &dir, &[("DATABASE_URL", &database)]),
        Which::Bare => Proc::bare(&discord, &dir, &[]),
        Which::BareWithLookup => Proc::bare(
            &discord,
            &dir,
            &[
                ("BARE_LOOKUP_URL", &Probe::lookup_url(technified)),
                ("BARE_API_KEY", &probe.key),
                ("BARE_GUILD_ID", &probe.guild.to_string()),
            ],
        ),
    };
    assert!(
        common::wait_registrations(&discord, 1, Duration::from_secs(60)).await,
        "{label}: the bot did not register its commands within 60 s; log: {}",
        proc.log.display()
    );
    println!(
        "  [{NAME}] {label}: clock calibrated to ±{}",
        ms(clock.error)
    );
    let member = staff();
    let next = |i: usize| Cmd {
        guild: guilds[i % guilds.len()],
        path: "lookup discord",
        options: json!({"user": common::TARGET.to_string()}),
    };
    // Warm up with one lookup per server, as a bot that has been running a while: connections,
    // allocator, and each server's key in memory (the first call after a start reads and
    // decrypts it, and records the server's first success).
    const WARM_RATE: f64 = 100.0;
    let warm_for = Duration::from_secs_f64(SERVERS as f64 / WARM_RATE);
    let (warm, _) = common::drive(&discord, &member, WARM_RATE, warm_for, next).await;
    common::wait_answers(&discord, &clock, &warm, Duration::from_secs(30), false).await;
    let mut out = Vec::new();
    let mut offset = warm.len();
    for rate in RATES {
        let (bot_cpu, bench_cpu, started) = (proc.cpu(), common::cpu_of("self"), Instant::now());
        let (sent, lag) =
            common::drive(&discord, &member, rate, duration, |i| next(offset + i)).await;
        let wall = started.elapsed().as_secs_f64();
        let bot_cpu = proc.cpu().saturating_sub(bot_cpu).as_secs_f64();
        let bot_cores = bot_cpu / wall;
        let bench_cores = common::cpu_of("self")
            .saturating_sub(bench_cpu)
            .as_secs_f64()
            / wall;
        offset += sent.len();
        let answers =
            common::wait_answers(&discord, &clock, &sent, Duration::from_secs(30), false).await;
        let lat = common::latencies(&sent, &answers);
        let adjusted: Vec<Duration> = lat.last.iter().map(|d| d.saturating_sub(service)).collect();
        println!(
            "  [{NAME}] {label} {rate}/s: first {}, final {}",
            summarize(&lat.first).line(),
            summarize(&lat.last).line()
        );
        out.push(RateResult {
            rate,
            first: summarize(&lat.first),
            last: summarize(&lat.last),
            adjusted: summarize(&adjusted),
            lost: lat.unfinished,
            lag,
            bot_cores,
            bench_cores,
            bot_cpu_us: bot_cpu * 1e6 / sent.len().max(1) as f64,
        });
        // Let the last answers' bookkeeping settle before the next rate.
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    proc.kill().await;
    out
}
