//! Performance and resilience figures of technified-bot, printed as a table with the targets
//! beside them (BENCHMARKS.md holds the last full run).
//!
//! ```text
//! cargo bench --bench suite                       # every scenario, full length (~22 min)
//! cargo bench --bench suite -- --quick            # all but pacing, shortened (~6 min)
//! cargo bench --bench suite -- latency memory     # only these
//! cargo bench --bench suite -- --list             # the scenarios
//! ```
//!
//! Everything runs on 127.0.0.1 against the fakes of `testkit`: the bot is the release binary
//! (`CARGO_BIN_EXE_technified-bot`, built by `cargo bench` itself) in a child process, so its
//! RSS and CPU time are read from /proc; the framework floor is this bench run again with
//! `--bare-bot` (a minimal poise bot). Every scenario is bounded in time and count and stops
//! by itself; a scenario that overruns its budget is cut off and reported as failed.

#[path = "suite/bansync.rs"]
mod bansync;
#[path = "suite/bare.rs"]
mod bare;
#[path = "suite/bulk.rs"]
mod bulk;
#[path = "suite/common.rs"]
mod common;
#[path = "suite/crash.rs"]
mod crash;
#[path = "suite/fuzz.rs"]
mod fuzz;
#[path = "suite/latency.rs"]
mod latency;
#[path = "suite/load.rs"]
mod load;
#[path = "suite/memory.rs"]
mod memory;
#[path = "suite/pacing.rs"]
mod pacing;
#[path = "suite/queue.rs"]
mod queue;
#[path = "suite/recovery.rs"]
mod recovery;
#[path = "suite/servers.rs"]
mod servers;
#[path = "suite/soak.rs"]
mod soak;
#[path = "suite/split.rs"]
mod split;
#[path = "suite/startup.rs"]
mod startup;
#[path = "suite/starvation.rs"]
mod starvation;

use std::future::Future;
use std::pin::Pin;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use common::{Ctx, Report, Verdict};

type Scenario = fn(Ctx) -> Pin<Box<dyn Future<Output = ()> + Send>>;

struct Entry {
    name: &'static str,
    what: &'static str,
    /// Skipped by `--quick` unless named.
    full_only: bool,
    /// Hard limit on the scenario's run time (full, quick).
    budget: (Duration, Duration),
    run: Scenario,
}

const fn minutes(m: u64) -> Duration {
    Duration::from_secs(m * 60)
}

const SCENARIOS: &[Entry] = &[
    Entry {
        name: "latency",
        what: "added latency of /lookup discord at 10, 100, 500/s vs a bare poise bot",
        full_only: false,
        budget: (minutes(10), minutes(5)),
        run: |ctx| Box::pin(latency::run(ctx)),
    },
    Entry {
        name: "throughput",
        what: "500 interactions/s across 100 servers: answered within 3 s, none lost, CPU, peak RSS",
        full_only: false,
        budget: (minutes(8), minutes(4)),
        run: |ctx| Box::pin(load::run(ctx)),
    },
    Entry {
        name: "memory",
        what: "RSS idle (1 server) and loaded (1,000 servers, 10,000 queued writes) vs a bare poise bot",
        full_only: false,
        budget: (minutes(10), minutes(5)),
        run: |ctx| Box::pin(memory::run(ctx)),
    },
    Entry {
        name: "startup",
        what: "process start to commands registered (median of several starts)",
        full_only: false,
        budget: (minutes(3), minutes(2)),
        run: |ctx| Box::pin(startup::run(ctx)),
    },
    Entry {
        name: "servers",
        what: "1 to 50,000 servers in one process: start to every shard ready vs the identify floor, RSS",
        full_only: false,
        budget: (minutes(15), minutes(5)),
        run: |ctx| Box::pin(servers::run(ctx)),
    },
    Entry {
        name: "pacing",
        what: "300 lookups from one server in a burst under the 60/min quota (~4 min)",
        full_only: true,
        budget: (minutes(8), minutes(8)),
        run: |ctx| Box::pin(pacing::run(ctx)),
    },
    Entry {
        name: "queue",
        what: "retry scheduler's time per look: 10,000 pending in 1 server vs 10 in each of 1,000",
        full_only: false,
        budget: (minutes(5), minutes(3)),
        run: |ctx| Box::pin(queue::run(ctx)),
    },
    Entry {
        name: "starvation",
        what: "one member floods 200 lookups, then a moderator bans: time until the ban is sent",
        full_only: false,
        budget: (minutes(5), minutes(5)),
        run: |ctx| Box::pin(starvation::run(ctx)),
    },
    Entry {
        name: "recovery",
        what: "writes queued across 50 servers during an outage: applied exactly once, drain time",
        full_only: false,
        budget: (minutes(15), minutes(5)),
        run: |ctx| Box::pin(recovery::run(ctx)),
    },
    Entry {
        name: "soak",
        what: "mixed traffic with every fault kind and gateway drops: no panic, loss, duplicate; flat memory",
        full_only: false,
        budget: (minutes(20), minutes(6)),
        run: |ctx| Box::pin(soak::run(ctx)),
    },
    Entry {
        name: "crash",
        what: "kill -9 the bot while writes are queued, restart, repeat; then exactly-once",
        full_only: false,
        budget: (minutes(10), minutes(5)),
        run: |ctx| Box::pin(crash::run(ctx)),
    },
    Entry {
        name: "bansync",
        what: "ban sync in mirror: GUILD_BAN_ADD to the Roblox ban sent, 10 bans/s over 100 servers",
        full_only: false,
        budget: (minutes(3), minutes(3)),
        run: |ctx| Box::pin(bansync::run(ctx)),
    },
    Entry {
        name: "bulk",
        what: "bulk ban of 1,000 accounts under the moderation quota (window scaled to 6 s): 429s, time, kill -9",
        full_only: false,
        budget: (minutes(12), minutes(12)),
        run: |ctx| Box::pin(bulk::run(ctx)),
    },
    Entry {
        name: "split",
        what: "two processes, one shard each, one Postgres: 500/s over 1,000 servers, kill -9 of one, 1,000 writes through an outage",
        full_only: false,
        budget: (minutes(12), minutes(6)),
        run: |ctx| Box::pin(split::run(ctx)),
    },
    Entry {
        name: "fuzz",
        what: "envelope, key and Retry-After parsers under proptest (1,000,000 inputs in total)",
        full_only: false,
        budget: (minutes(15), minutes(5)),
        run: |ctx| Box::pin(fuzz::run(ctx)),
    },
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--bare-bot") {
        return bare::main();
    }
    if args
        .iter()
        .any(|a| a == "--list" || a == "--help" || a == "-h")
    {
        println!("cargo bench --bench suite -- [scenario...] [--quick]\n\nscenarios:");
        for s in SCENARIOS {
            let note = if s.full_only { " (full run only)" } else { "" };
            println!("  {:<11} {}{note}", s.name, s.what);
        }
        return ExitCode::SUCCESS;
    }
    let quick = args.iter().any(|a| a == "--quick");
    // `cargo bench` passes `--bench`; other flags are not ours either.
    let named: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .map(String::as_str)
        .collect();
    if let Some(unknown) = named
        .iter()
        .find(|n| !SCENARIOS.iter().any(|s| s.name == **n))
    {
        eprintln!("unknown scenario {unknown:?}; `-- --list` lists them");
        return ExitCode::from(2);
    }
    let selected: Vec<&Entry> = SCENARIOS
        .iter()
        .filter(|s| {
            if named.is_empty() {
                !(quick && s.full_only)
            } else {
                named.contains(&s.name)
            }
        })
        .collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    common::remove_old_runs();
    let report = Report::default();
    let started = Instant::now();
    let load_at_start = loadavg();
    runtime.block_on(async {
        for entry in &selected {
            run_one(entry, quick, &report).await;
        }
    });
    // Cut off anything a failed scenario left behind (its children die with their handles).
    runtime.shutdown_timeout(Duration::from_secs(5));
    print_machine(&args, &load_at_start);
    println!(
        "Logs and databases of this run: {}",
        common::run_dir().display()
    );
    print_table(&report, quick, started.elapsed());
    let failed = report.rows().iter().any(|r| r.verdict == Verdict::Failed);
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

async fn run_one(entry: &Entry, quick: bool, report: &Report) {
    let budget = if quick {
        entry.budget.1
    } else {
        entry.budget.0
    };
    println!(
        "\n=== {} ({}): {}",
        entry.name,
        if quick { "quick" } else { "full" },
        entry.what
    );
    let ctx = Ctx {
        quick,
        report: report.clone(),
    };
    let started = Instant::now();
    let task = tokio::spawn((entry.run)(ctx));
    let abort = task.abort_handle();
    match tokio::time::timeout(budget, task).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            let why = match e.try_into_panic() {
                Ok(panic) => panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_else(|| "panicked".into()),
                Err(e) => e.to_string(),
            };
            let first_line = why.lines().next().unwrap_or_default().to_owned();
            report.add(entry.name, "scenario", first_line, "", Verdict::Failed);
        }
        Err(_) => {
            abort.abort();
            report.add(
                entry.name,
                "scenario",
                format!("cut off after its budget of {} s", budget.as_secs()),
                "",
                Verdict::Failed,
            );
        }
    }
    println!(
        "=== {} done in {:.1} s",
        entry.name,
        started.elapsed().as_secs_f64()
    );
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn print_machine(args: &[String], load_at_start: &str) {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or_else(String::new, |kb| {
            format!("{:.1} GiB", kb as f64 / 1048576.0)
        });
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_owned())
        })
        .unwrap_or_default();
    let args: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| *a != "--bench")
        .collect();
    println!("\nMachine: {cores} cores ({model}), {memory} memory");
    println!(
        "Load average (1, 5, 15 min): {load_at_start} at the start, {} at the end",
        loadavg()
    );
    println!(
        "Command: cargo bench --bench suite{}{}",
        if args.is_empty() { "" } else { " -- " },
        args.join(" ")
    );
}

fn print_table(report: &Report, quick: bool, took: Duration) {
    println!(
        "\n## Results ({} run, {:.1} min)\n",
        if quick { "quick" } else { "full" },
        took.as_secs_f64() / 60.0
    );
    println!("| Scenario | Figure | Value | Target | |");
    println!("|---|---|---|---|---|");
    for row in report.rows() {
        println!(
            "| {} | {} | {} | {} | {} |",
            row.scenario,
            row.figure,
            row.value,
            row.target,
            row.verdict.label()
        );
    }
}
