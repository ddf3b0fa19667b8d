//! Discord sharding: which shards this process runs (`SHARDS`, or as many as Discord
//! recommends), and how many of them are connected, for `/readyz` and `/metrics`.
//!
//! Discord sends each server's events to one shard, `(guild_id >> 22) % total`; a shard may
//! carry at most 2,500 servers. When a shard would carry more, Discord closes it with 4011
//! Sharding required; [`run`] then stops the shards so the caller can start again with the
//! count Discord recommends now.

use std::fmt;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::Notify;
use tracing::field::{Field, Visit};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::{LevelFilter, filter_fn};

pub use crate::shard_range::ShardRange;

/// The shards to start: `configured` (`SHARDS`), else every shard Discord recommends now.
pub async fn plan(
    configured: Option<ShardRange>,
    http: &serenity::Http,
) -> Result<ShardRange, serenity::Error> {
    match configured {
        Some(range) => Ok(range),
        None => Ok(ShardRange::all(http.get_bot_gateway().await?.shards.max(1))),
    }
}

/// Discord allows one IDENTIFY per this window in each bucket (`shard_id % max_concurrency`).
pub const IDENTIFY_INTERVAL: Duration = Duration::from_secs(5);

/// Why [`run`] returned.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// The shards were shut down (the process is stopping).
    Stopped,
    /// Discord closed `shard` with 4011 at `at`: the count is too small; every shard was
    /// stopped.
    ShardingRequired {
        shard: u32,
        at: tokio::time::Instant,
    },
}

/// Starts the shards of `range` and runs them until they are shut down or Discord closes one
/// with 4011. serenity's own shard queue starts one shard per 5 s, whatever
/// `max_concurrency` allows, which never exceeds Discord's IDENTIFY rate.
pub async fn run(
    client: &mut serenity::Client,
    range: ShardRange,
) -> Result<Ended, serenity::Error> {
    let manager = client.shard_manager.clone();
    // serenity 0.12.5 reads the range's end as the last shard to start, included
    // (`start_connection(start, end, total)`), whatever `Range` usually means.
    let started = client.start_shard_range(range.first..range.last, range.total);
    tokio::select! {
        result = started => result.map(|()| Ended::Stopped),
        shard = sharding_required() => {
            let at = tokio::time::Instant::now();
            // A closed shard's runner waits on a socket that is gone: asked to shut down, it
            // would wait forever for the closing handshake. Any write fails there, and a runner
            // whose write fails stops, so each closed one (this and any other closed meanwhile)
            // is given one first.
            let closed = CLOSED_4011.lock().unwrap_or_else(|e| e.into_inner()).split_off(0);
            let runners = manager.runners.lock().await;
            for id in std::iter::once(shard).chain(closed) {
                if let Some(runner) = runners.get(&serenity::ShardId(id)) {
                    runner.runner_tx.set_status(serenity::OnlineStatus::Online);
                }
            }
            drop(runners);
            manager.shutdown_all().await;
            Ok(Ended::ShardingRequired { shard, at })
        }
    }
}

/// Shards Discord closed with 4011, as serenity logged them; woken on each.
static CLOSED_4011: Mutex<Vec<u32>> = Mutex::new(Vec::new());
static CLOSED_4011_SEEN: Notify = Notify::const_new();

/// The next shard Discord closes with 4011.
async fn sharding_required() -> u32 {
    loop {
        if let Some(shard) = CLOSED_4011.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            return shard;
        }
        CLOSED_4011_SEEN.notified().await;
    }
}

/// A tracing layer that notices serenity's log line for a 4011 close. serenity 0.12.5 turns
/// the close into `GatewayError::OverloadedShard`, logs it and keeps the shard waiting with the
/// same count; the error never reaches the client, so its log event is the only signal.
pub fn sharding_required_layer<S>() -> impl Layer<S>
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    let only_shard_errors = filter_fn(|meta| {
        meta.target() == "serenity::gateway::shard" && *meta.level() == tracing::Level::ERROR
    })
    .with_max_level_hint(LevelFilter::ERROR);
    ShardingRequiredLayer.with_filter(only_shard_errors)
}

struct ShardingRequiredLayer;

impl<S: tracing::Subscriber> Layer<S> for ShardingRequiredLayer {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let mut message = Message(String::new());
        event.record(&mut message);
        if let Some(shard) = overloaded_shard(&message.0) {
            CLOSED_4011
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(shard);
            CLOSED_4011_SEEN.notify_one();
        }
    }
}

struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

/// The shard of serenity's `[ShardInfo { id: ShardId(3), total: 4 }] Shard has too many guilds.`
fn overloaded_shard(message: &str) -> Option<u32> {
    let (info, text) = message.split_once("] ")?;
    if text != "Shard has too many guilds." {
        return None;
    }
    let id = info.split_once("ShardId(")?.1.split_once(')')?.0;
    id.parse().ok()
}

/// The running shards, as the health listener sees them.
#[derive(Clone, Default)]
pub struct Shards(Arc<RwLock<Option<Running>>>);

/// A shard manager and the range it runs.
type Running = (Arc<serenity::ShardManager>, ShardRange);

/// How the shards of the process are doing.
#[derive(Debug, PartialEq, Eq)]
pub struct Status {
    pub expected: u32,
    pub connected: u32,
    /// Heartbeat round trip per shard, once one was measured.
    pub latencies: Vec<(u32, Duration)>,
}

impl Shards {
    /// From now on, `manager` runs `range`.
    pub fn set(&self, manager: Arc<serenity::ShardManager>, range: ShardRange) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = Some((manager, range));
    }

    pub async fn status(&self) -> Status {
        let current = self.0.read().unwrap_or_else(|e| e.into_inner()).clone();
        let Some((manager, range)) = current else {
            return Status {
                expected: 1,
                connected: 0,
                latencies: Vec::new(),
            };
        };
        let runners = manager.runners.lock().await;
        let ours = || runners.iter().filter(|(id, _)| range.contains(id.0));
        let connected = ours()
            .filter(|(_, runner)| runner.stage == serenity::ConnectionStage::Connected)
            .count();
        let mut latencies: Vec<(u32, Duration)> = ours()
            .filter_map(|(id, runner)| Some((id.0, runner.latency?)))
            .collect();
        latencies.sort_unstable();
        Status {
            expected: range.count(),
            connected: u32::try_from(connected).unwrap_or(u32::MAX),
            latencies,
        }
    }

    /// Sets `gateway_shards_connected` and `gateway_latency_seconds{shard}`.
    pub async fn record_metrics(&self) {
        let status = self.status().await;
        metrics::gauge!("gateway_shards_connected").set(status.connected);
        for (shard, latency) in status.latencies {
            metrics::gauge!("gateway_latency_seconds", "shard" => shard.to_string())
                .set(latency.as_secs_f64());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shard_from_serenitys_4011_line() {
        let line = "[ShardInfo { id: ShardId(3), total: 4 }] Shard has too many guilds.";
        assert_eq!(overloaded_shard(line), Some(3));
        let other = "[ShardInfo { id: ShardId(3), total: 4 }] Sent invalid shard data.";
        assert_eq!(overloaded_shard(other), None);
    }
}
