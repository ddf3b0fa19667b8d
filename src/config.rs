//! Configuration from the environment (the README, "Configuration").
//!
//! Every variable is read and checked here, before anything connects, so a mistake stops the
//! process with one plain line naming the variable (see `ConfigError`).

use std::net::SocketAddr;
use std::time::Duration;

use secrecy::SecretString;

use crate::shards::ShardRange;
use crate::store::Backend;
use crate::store::crypto::KeyCipher;
use crate::technified;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/technified-bot.db";
pub const DEFAULT_HTTP_ADDR: &str = "127.0.0.1:8080";

pub struct Config {
    pub discord_token: SecretString,
    pub technified_api_url: String,
    pub database: DatabaseConfig,
    /// `None`: Discord itself.
    pub discord_api_url: Option<String>,
    pub dev_guild_id: Option<u64>,
    /// `None`: the health and metrics listener is off.
    pub http_addr: Option<SocketAddr>,
    pub logging: LogConfig,
    /// `None`: every shard, as many as Discord recommends.
    pub shards: Option<ShardRange>,
    /// Tests and benchmarks only: Technified's quota window as a fake on this machine counts
    /// it (`None`: Technified's minute).
    pub quota_window: Option<Duration>,
}

/// Where the data is kept and the key that seals the servers' API keys there: all that
/// `copy-to-postgres` needs besides the log.
pub struct DatabaseConfig {
    pub url: String,
    pub backend: Backend,
    /// `None`: generated on first run into the data folder.
    pub encryption_key: Option<KeyCipher>,
}

pub struct LogConfig {
    pub format: LogFormat,
    /// An `EnvFilter` directive, checked.
    pub filter: String,
}

/// The longest `TECHNIFIED_QUOTA_WINDOW_MS`: Technified's own window.
const MAX_QUOTA_WINDOW_MS: u64 = 60_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// One invalid variable: printed as `VARIABLE: problem`.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{var}: {problem}")]
pub struct ConfigError {
    pub var: &'static str,
    pub problem: String,
}

fn invalid(var: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        var,
        problem: problem.into(),
    }
}

impl Config {
    /// Reads the process environment (after `.env` was loaded by the caller).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads variables through `lookup`; empty values count as unset.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = non_empty(lookup);

        let discord_token = get("DISCORD_TOKEN").ok_or_else(|| {
            invalid(
                "DISCORD_TOKEN",
                "is required: the bot token from the Discord developer portal (Bot, Reset Token)",
            )
        })?;
        if discord_token.contains(char::is_whitespace) {
            return Err(invalid("DISCORD_TOKEN", "must not contain spaces"));
        }

        let technified_api_url = http_url(
            "TECHNIFIED_API_URL",
            get("TECHNIFIED_API_URL").unwrap_or_else(|| technified::DEFAULT_BASE_URL.into()),
        )?;

        let database = DatabaseConfig::read(&get)?;
        let backend = database.backend;

        let discord_api_url = get("DISCORD_API_URL")
            .map(|url| http_url("DISCORD_API_URL", url))
            .transpose()?;

        let dev_guild_id = get("DEV_GUILD_ID")
            .map(|id| {
                id.parse::<u64>()
                    .ok()
                    .filter(|id| *id > 0)
                    .ok_or_else(|| invalid("DEV_GUILD_ID", "must be a Discord server ID (digits)"))
            })
            .transpose()?;

        let http_addr = match get("HTTP_ADDR").as_deref() {
            Some("off") => None,
            other => Some(
                other
                    .unwrap_or(DEFAULT_HTTP_ADDR)
                    .parse::<SocketAddr>()
                    .map_err(|_| {
                        invalid(
                            "HTTP_ADDR",
                            "must be an address like 127.0.0.1:8080, or off",
                        )
                    })?,
            ),
        };

        let logging = LogConfig::read(&get)?;

        let shards = get("SHARDS")
            .map(|value| ShardRange::parse(&value).map_err(|problem| invalid("SHARDS", problem)))
            .transpose()?;
        if let Some(range) = shards
            .filter(ShardRange::is_partial)
            .filter(|_| backend == Backend::Sqlite)
        {
            // Every process of a split bot must see the same keys and queue; SQLite is one file
            // on one machine.
            return Err(invalid(
                "SHARDS",
                format!(
                    "{range} runs only part of the shards, which needs a database shared by several processes; with SQLite, leave SHARDS unset or cover every shard (0-{}/{})",
                    range.total - 1,
                    range.total
                ),
            ));
        }

        let quota_window = get("TECHNIFIED_QUOTA_WINDOW_MS")
            .map(|value| {
                let ms = value
                    .parse::<u64>()
                    .ok()
                    .filter(|ms| (1..=MAX_QUOTA_WINDOW_MS).contains(ms))
                    .ok_or_else(|| {
                        invalid(
                            "TECHNIFIED_QUOTA_WINDOW_MS",
                            "must be a number of milliseconds from 1 to 60000",
                        )
                    })?;
                // Real Technified counts a minute: a shorter window would collect its 429s.
                if !is_loopback(&technified_api_url) {
                    return Err(invalid(
                        "TECHNIFIED_QUOTA_WINDOW_MS",
                        "is for tests and benchmarks against a fake Technified on this machine; unset it",
                    ));
                }
                Ok(Duration::from_millis(ms))
            })
            .transpose()?;

        Ok(Self {
            discord_token: SecretString::from(discord_token),
            technified_api_url,
            database,
            discord_api_url,
            dev_guild_id,
            http_addr,
            logging,
            shards,
            quota_window,
        })
    }

    /// Whether API keys would cross the network unencrypted: `TECHNIFIED_API_URL` is plain
    /// `http://` to a host other than this machine.
    pub fn technified_in_clear(&self) -> bool {
        let plain =
            reqwest::Url::parse(&self.technified_api_url).is_ok_and(|u| u.scheme() == "http");
        plain && !is_loopback(&self.technified_api_url)
    }
}

impl DatabaseConfig {
    /// Reads `DATABASE_URL` and `ENCRYPTION_KEY` alone (the process environment).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::read(&non_empty(|name| std::env::var(name).ok()))
    }

    fn read(get: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
        let backend = Backend::of(&url).map_err(|_| {
            invalid(
                "DATABASE_URL",
                "must be a SQLite URL such as sqlite://data/technified-bot.db, or a Postgres one such as postgres://user:password@host/database",
            )
        })?;

        let encryption_key = get("ENCRYPTION_KEY")
            .map(|value| KeyCipher::from_base64(&value))
            .transpose()
            .map_err(|e| {
                let hint = "make one with `openssl rand -base64 32`, or leave it unset to have one generated";
                invalid("ENCRYPTION_KEY", format!("{e} ({hint})"))
            })?;
        if encryption_key.is_none() && backend == Backend::Postgres {
            // A generated key lives beside a SQLite file; processes sharing Postgres must all
            // seal and open the servers' keys with one key given to each.
            return Err(invalid(
                "ENCRYPTION_KEY",
                "is required with a Postgres DATABASE_URL, the same in every process (make one with `openssl rand -base64 32`)",
            ));
        }

        Ok(Self {
            url,
            backend,
            encryption_key,
        })
    }
}

impl LogConfig {
    /// Reads `LOG_FORMAT` and `RUST_LOG` alone (the process environment).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::read(&non_empty(|name| std::env::var(name).ok()))
    }

    fn read(get: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let format = match get("LOG_FORMAT").as_deref() {
            None | Some("pretty") => LogFormat::Pretty,
            Some("json") => LogFormat::Json,
            Some(_) => return Err(invalid("LOG_FORMAT", "must be pretty or json")),
        };

        let filter = get("RUST_LOG").unwrap_or_else(|| "info".into());
        tracing_subscriber::EnvFilter::try_new(&filter)
            .map_err(|e| invalid("RUST_LOG", format!("is not a valid filter: {e}")))?;

        Ok(Self { format, filter })
    }
}

/// `lookup` with values trimmed and empty ones counted as unset.
fn non_empty(lookup: impl Fn(&str) -> Option<String>) -> impl Fn(&str) -> Option<String> {
    move |name| {
        lookup(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }
}

/// Whether `url` names this machine (`localhost` or a loopback address).
fn is_loopback(url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(url) else {
        return false;
    };
    let host = url.host_str().unwrap_or_default();
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The listener address of a running instance, for `healthcheck`; a wildcard address is asked
/// on loopback.
pub fn healthcheck_addr(
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<SocketAddr, ConfigError> {
    let raw = lookup("HTTP_ADDR").filter(|v| !v.trim().is_empty());
    let raw = raw.as_deref().map(str::trim).unwrap_or(DEFAULT_HTTP_ADDR);
    if raw == "off" {
        return Err(invalid(
            "HTTP_ADDR",
            "is off, so there is no health endpoint to ask",
        ));
    }
    let mut addr: SocketAddr = raw.parse().map_err(|_| {
        invalid(
            "HTTP_ADDR",
            "must be an address like 127.0.0.1:8080, or off",
        )
    })?;
    if addr.ip().is_unspecified() {
        addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    Ok(addr)
}

fn http_url(var: &'static str, url: String) -> Result<String, ConfigError> {
    let parsed =
        reqwest::Url::parse(&url).map_err(|e| invalid(var, format!("is not a valid URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
        return Err(invalid(var, "must be an http:// or https:// URL"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_need_only_the_token() {
        let c = config(&[("DISCORD_TOKEN", "abc.def")]).unwrap();
        assert_eq!(c.technified_api_url, technified::DEFAULT_BASE_URL);
        assert_eq!(c.database.url, DEFAULT_DATABASE_URL);
        assert!(c.database.encryption_key.is_none());
        assert!(c.discord_api_url.is_none());
        assert_eq!(c.http_addr, Some("127.0.0.1:8080".parse().unwrap()));
        assert_eq!(c.logging.format, LogFormat::Pretty);
        assert_eq!(c.logging.filter, "info");
        assert_eq!(c.shards, None);
    }

    #[test]
    fn shards_covering_every_shard_are_fine_with_sqlite() {
        let c = config(&[("DISCORD_TOKEN", "t"), ("SHARDS", "0-3/4")]).unwrap();
        assert_eq!(c.shards, Some(ShardRange::all(4)));
        let partial = config(&[("DISCORD_TOKEN", "t"), ("SHARDS", "2-3/4")]).err();
        assert!(partial.is_some_and(|e| e.to_string().contains("SQLite")));
    }

    #[test]
    fn postgres_takes_a_partial_range_and_needs_a_given_key() {
        let c = config(&[
            ("DISCORD_TOKEN", "t"),
            ("DATABASE_URL", "postgres://bot:secret@db/bot"),
            ("SHARDS", "2-3/4"),
            (
                "ENCRYPTION_KEY",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            ),
        ])
        .unwrap();
        assert_eq!(c.shards.map(|r| r.to_string()).as_deref(), Some("2-3/4"));
        let keyless = config(&[
            ("DISCORD_TOKEN", "t"),
            ("DATABASE_URL", "postgres://bot:secret@db/bot"),
        ])
        .err()
        .unwrap();
        assert_eq!(keyless.var, "ENCRYPTION_KEY");
        assert!(!keyless.to_string().contains("secret"));
    }

    #[test]
    fn each_bad_variable_is_named() {
        let token = ("DISCORD_TOKEN", "t");
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[], "DISCORD_TOKEN"),
            (&[("DISCORD_TOKEN", "   ")], "DISCORD_TOKEN"),
            (
                &[token, ("TECHNIFIED_API_URL", "ftp://x")],
                "TECHNIFIED_API_URL",
            ),
            (
                &[token, ("TECHNIFIED_API_URL", "not a url")],
                "TECHNIFIED_API_URL",
            ),
            (&[token, ("DATABASE_URL", "mysql://x")], "DATABASE_URL"),
            (&[token, ("DATABASE_URL", "postgres://x")], "ENCRYPTION_KEY"),
            (&[token, ("ENCRYPTION_KEY", "short")], "ENCRYPTION_KEY"),
            (
                &[token, ("DISCORD_API_URL", "localhost:9")],
                "DISCORD_API_URL",
            ),
            (&[token, ("DEV_GUILD_ID", "abc")], "DEV_GUILD_ID"),
            (&[token, ("HTTP_ADDR", "8080")], "HTTP_ADDR"),
            (&[token, ("LOG_FORMAT", "xml")], "LOG_FORMAT"),
            (&[token, ("RUST_LOG", "info,[")], "RUST_LOG"),
            (&[token, ("SHARDS", "0-3")], "SHARDS"),
            (&[token, ("SHARDS", "3-1/4")], "SHARDS"),
            (&[token, ("SHARDS", "0-4/4")], "SHARDS"),
            (&[token, ("SHARDS", "0-0/0")], "SHARDS"),
            (&[token, ("SHARDS", "0-1/4")], "SHARDS"),
        ];
        for (vars, var) in cases {
            let err = config(vars)
                .err()
                .unwrap_or_else(|| panic!("{vars:?} accepted"));
            assert_eq!(err.var, *var);
            assert!(err.to_string().starts_with(&format!("{var}: ")));
            assert!(!err.to_string().contains('\n'));
        }
    }

    #[test]
    fn explicit_values() {
        let c = config(&[
            ("DISCORD_TOKEN", "t"),
            ("DISCORD_API_URL", "http://127.0.0.1:3000/"),
            ("DEV_GUILD_ID", "42"),
            ("HTTP_ADDR", "off"),
            ("LOG_FORMAT", "json"),
            (
                "ENCRYPTION_KEY",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            ),
        ])
        .unwrap();
        assert_eq!(c.discord_api_url.as_deref(), Some("http://127.0.0.1:3000"));
        assert_eq!(c.dev_guild_id, Some(42));
        assert_eq!(c.http_addr, None);
        assert_eq!(c.logging.format, LogFormat::Json);
        assert!(c.database.encryption_key.is_some());
    }

    #[test]
    fn a_quota_window_is_only_for_a_technified_on_this_machine() {
        let local = ("TECHNIFIED_API_URL", "http://127.0.0.1:3000");
        let c = config(&[("DISCORD_TOKEN", "t")]).unwrap();
        assert_eq!(c.quota_window, None);
        let c = config(&[
            ("DISCORD_TOKEN", "t"),
            local,
            ("TECHNIFIED_QUOTA_WINDOW_MS", "6000"),
        ])
        .unwrap();
        assert_eq!(c.quota_window, Some(Duration::from_secs(6)));
        for (url, window) in [
            ("https://api.technified.xyz/api/v1", "6000"),
            ("http://127.0.0.1:3000", "0"),
            ("http://127.0.0.1:3000", "60001"),
            ("http://127.0.0.1:3000", "6s"),
        ] {
            let err = config(&[
                ("DISCORD_TOKEN", "t"),
                ("TECHNIFIED_API_URL", url),
                ("TECHNIFIED_QUOTA_WINDOW_MS", window),
            ])
            .err()
            .unwrap_or_else(|| panic!("{url} {window} accepted"));
            assert_eq!(err.var, "TECHNIFIED_QUOTA_WINDOW_MS");
        }
    }

    #[test]
    fn plain_http_is_in_clear_unless_it_stays_on_this_machine() {
        let cases = [
            ("http://api.example.com/api/v1", true),
            ("http://10.0.0.5:8080", true),
            ("https://api.example.com/api/v1", false),
            ("http://127.0.0.1:3000", false),
            ("http://127.8.0.1:3000", false),
            ("http://localhost:3000", false),
            ("http://[::1]:3000", false),
        ];
        for (url, in_clear) in cases {
            let c = config(&[("DISCORD_TOKEN", "t"), ("TECHNIFIED_API_URL", url)]).unwrap();
            assert_eq!(c.technified_in_clear(), in_clear, "{url}");
        }
    }

    #[test]
    fn healthcheck_asks_loopback_for_a_wildcard_listener() {
        let addr = healthcheck_addr(|_| Some("0.0.0.0:9000".into())).unwrap();
        assert_eq!(addr, "127.0.0.1:9000".parse().unwrap());
        assert!(healthcheck_addr(|_| Some("off".into())).is_err());
    }
}
