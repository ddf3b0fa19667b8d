use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use technified_bot::app;
use technified_bot::config::{self, Config, DatabaseConfig, LogConfig, LogFormat};
use technified_bot::store::Backend;
use tracing_subscriber::filter::LevelFilter;

/// Self-hosted Discord bot for servers that use Technified.
///
/// Configured by environment variables (a .env file in the working directory is read first):
/// DISCORD_TOKEN (required), TECHNIFIED_API_URL, DATABASE_URL, ENCRYPTION_KEY, DISCORD_API_URL,
/// DEV_GUILD_ID, HTTP_ADDR, LOG_FORMAT, RUST_LOG, SHARDS. See .env.example.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate the configuration and reach Discord and Technified, one line per check.
    Check,
    /// Ask a running instance's /healthz on HTTP_ADDR; exit 0 when healthy, else 1.
    Healthcheck,
    /// Copy the SQLite database of DATABASE_URL (keys, settings, queued jobs) into an empty
    /// Postgres database, with the bot stopped. Afterwards run the bot with DATABASE_URL set to
    /// that database and the same ENCRYPTION_KEY.
    CopyToPostgres {
        /// The Postgres database to fill: postgres://user:password@host/database
        #[arg(long, env = "TARGET_DATABASE_URL", hide_env_values = true)]
        to: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(e) = dotenvy::dotenv()
        && !e.not_found()
    {
        eprintln!(".env: {e}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(Command::Healthcheck) = cli.command {
        return match config::healthcheck_addr(|name| std::env::var(name).ok()) {
            Ok(addr) if runtime.block_on(app::healthcheck(addr)) => ExitCode::SUCCESS,
            Ok(_) => ExitCode::FAILURE,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(2)
            }
        };
    }
    if let Some(Command::CopyToPostgres { to }) = &cli.command {
        return copy_to_postgres(&runtime, to);
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    init_tracing(&config.logging);
    match cli.command {
        Some(Command::Check) => {
            if runtime.block_on(app::check(&config)) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        _ => {
            let result = runtime.block_on(app::run(config));
            // What is still running (serenity retrying an unreachable gateway, a DNS lookup on
            // a blocking thread) must not hold the exit up.
            runtime.shutdown_timeout(LEFTOVERS_GRACE);
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    tracing::error!(error = %e, "the bot stopped");
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// `copy-to-postgres`: reads only what it uses (the databases, their key and the log), so it
/// runs without the bot's Discord token.
fn copy_to_postgres(runtime: &tokio::runtime::Runtime, to: &str) -> ExitCode {
    let (database, logging) = match (DatabaseConfig::from_env(), LogConfig::from_env()) {
        (Ok(database), Ok(logging)) => (database, logging),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    init_tracing(&logging);
    if database.backend != Backend::Sqlite || !Backend::of(to).is_ok_and(|b| b == Backend::Postgres)
    {
        eprintln!(
            "copy-to-postgres: DATABASE_URL must name the SQLite database and --to (TARGET_DATABASE_URL) a Postgres one"
        );
        return ExitCode::from(2);
    }
    match runtime.block_on(app::copy_to_postgres(database, to)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("copy-to-postgres: {e}");
            ExitCode::FAILURE
        }
    }
}

/// How long tasks left over after the bot stopped may take to end.
const LEFTOVERS_GRACE: Duration = Duration::from_millis(500);

/// Library targets whose lines can carry a gateway payload, a request or response body or an
/// interaction token (so an API key typed into /setup, or a token), with the most they may
/// log, whatever `RUST_LOG` asks: tungstenite traces every frame; serenity logs failed
/// responses (with the webhook URL) and unknown events at debug, and a gateway payload it
/// cannot parse at warn, so its `gateway::ws` lines are kept to errors.
const SECRET_BEARING_TARGETS: [(&str, LevelFilter); 4] = [
    ("tungstenite", LevelFilter::INFO),
    ("tokio_tungstenite", LevelFilter::INFO),
    ("serenity", LevelFilter::INFO),
    ("serenity::gateway::ws", LevelFilter::ERROR),
];

fn init_tracing(logging: &LogConfig) {
    use std::io::IsTerminal;
    use tracing_subscriber::filter::{EnvFilter, FilterExt, Targets, filter_fn};
    use tracing_subscriber::prelude::*;

    // serenity opens an INFO span around every gateway event and REST request, and formatting
    // their Debug-recorded arguments cost about a tenth of the bot's CPU. Its events still log.
    // The hint says this filter sets no level, so EnvFilter's level still caps what the `log`
    // crate's records (reqwest, hyper) cost.
    let no_serenity_spans =
        filter_fn(|meta| !(meta.is_span() && meta.target().starts_with("serenity")))
            .with_max_level_hint(LevelFilter::TRACE);
    let caps = Targets::new()
        .with_default(LevelFilter::TRACE)
        .with_targets(SECRET_BEARING_TARGETS);
    let filter = EnvFilter::new(&logging.filter)
        .and(no_serenity_spans)
        .and(caps);
    // Colours are for a person at a terminal; in a file or a container's log they are noise,
    // and their escape codes cost formatting on every line (one per interaction at least).
    let layer = tracing_subscriber::fmt::layer();
    let layer = if std::io::stdout().is_terminal() {
        layer
    } else {
        layer.with_ansi(false)
    };
    let layer = match logging.format {
        LogFormat::Json => layer.json().boxed(),
        LogFormat::Pretty => layer.boxed(),
    };
    tracing_subscriber::registry()
        .with(layer.with_filter(filter))
        .with(technified_bot::shards::sharding_required_layer())
        .init();
}
