//! Bulk runs, watched: their writes are ordinary jobs the engine sends in turn (paced by the
//! client within Technified's quota); this task tells the [`Reporter`] how far each open run
//! has got, at most once every [`PROGRESS_EVERY`] per run, and hands it the run's report once
//! every write is over. Everything it reads is in the store, so after a restart it carries on
//! where the last process stopped.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::report::report;
use super::{Inner, hold_clock};
use crate::store::{BulkCounts, BulkRun};
use crate::technified::Endpoint;

/// The least time between two updates of a run's progress (its final report included).
pub const PROGRESS_EVERY: Duration = Duration::from_secs(5);
/// How often the open runs are looked at.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// Whether a run whose progress was last shown at `shown_ms` may be shown again at `now_ms`.
pub fn progress_due(shown_ms: i64, now_ms: i64) -> bool {
    now_ms.saturating_sub(shown_ms) >= PROGRESS_EVERY.as_millis() as i64
}

/// When a run started at `started_ms` should end (unix ms), at the pace it has kept so far:
/// `None` before its first write is over.
pub fn estimated_end(started_ms: i64, now_ms: i64, counts: BulkCounts) -> Option<i64> {
    let over = counts.over();
    let elapsed = now_ms.checked_sub(started_ms).filter(|e| *e > 0)?;
    if over == 0 {
        return None;
    }
    let left = i128::from(counts.open);
    let per_write = i128::from(elapsed) / i128::from(over);
    i64::try_from(i128::from(now_ms) + left * per_write).ok()
}

/// At the start of a process, before any write is sent: the last process may have spent the
/// moderation quota of a server whose bulk run it was sending, and this process's pacing
/// cannot know it. Such servers' bulk actions wait one quota window, so a restart in the
/// middle of a run meets no 429.
pub(super) async fn hold_after_restart(inner: &Inner) {
    let runs = match hold_clock(inner.store.open_bulk_runs(inner.shards())).await {
        Ok(runs) => runs,
        Err(e) => {
            tracing::warn!(error = %e, "could not read the open bulk runs");
            return;
        }
    };
    let until = Instant::now() + inner.client.pacer().window();
    let mut held = HashSet::new();
    for run in runs {
        let started = match hold_clock(inner.store.bulk_counts(run.id)).await {
            Ok(counts) => counts.over() > 0,
            Err(e) => {
                tracing::warn!(run = run.id, error = %e, "could not count a bulk run's writes");
                true
            }
        };
        if !started || !held.insert(run.guild_id) {
            continue;
        }
        tracing::info!(
            guild_id = run.guild_id,
            "bulk run resumes after one quota window"
        );
        for endpoint in [Endpoint::Ban, Endpoint::Unban] {
            let group = endpoint.route().group;
            inner
                .client
                .pacer()
                .pause_until((run.guild_id, group), until);
        }
    }
}

/// Watches the open runs until the engine stops (the task is aborted then).
pub(super) async fn watch(inner: Arc<Inner>) {
    let mut tick = tokio::time::interval(LOOK_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let runs = match hold_clock(inner.store.open_bulk_runs(inner.shards())).await {
            Ok(runs) => runs,
            Err(e) => {
                tracing::warn!(error = %e, "could not read the open bulk runs");
                continue;
            }
        };
        for run in runs {
            look_at(&inner, &run).await;
        }
    }
}

/// Shows one run's progress, or its report when every write is over, if it is time to.
async fn look_at(inner: &Inner, run: &BulkRun) {
    let now = inner.clock.now_ms();
    if !progress_due(run.progress_at_ms, now) {
        return;
    }
    let counts = match hold_clock(inner.store.bulk_counts(run.id)).await {
        Ok(counts) => counts,
        Err(e) => {
            tracing::warn!(run = run.id, error = %e, "could not count a bulk run's writes");
            return;
        }
    };
    if counts.open > 0 {
        let end = estimated_end(run.created_at_ms, now, counts);
        let mut posted = None;
        report(Box::pin(async {
            posted = inner.reporter.bulk_progress(run, counts, end).await;
        }))
        .await;
        // Counted from when the edit is through, not from when it was decided: a slow edit
        // followed by a quick one would otherwise reach Discord less than 5 s apart.
        let shown = inner.clock.now_ms();
        if let Err(e) = hold_clock(inner.store.note_bulk_progress(run.id, shown, posted)).await {
            tracing::warn!(run = run.id, error = %e, "could not note a bulk run's progress");
        }
        return;
    }
    let writes = match hold_clock(inner.store.bulk_writes(run.id)).await {
        Ok(writes) => writes,
        Err(e) => {
            tracing::warn!(run = run.id, error = %e, "could not list a bulk run's writes");
            return;
        }
    };
    report(inner.reporter.bulk_finished(run, counts, &writes)).await;
    tracing::info!(run = run.id, ?counts, "bulk run over and reported");
    if let Err(e) = hold_clock(inner.store.mark_bulk_reported(run.id)).await {
        tracing::warn!(run = run.id, error = %e, "could not note that a bulk run was reported");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_shown_at_most_every_five_seconds() {
        assert!(!progress_due(10_000, 10_000));
        assert!(!progress_due(10_000, 14_999));
        assert!(progress_due(10_000, 15_000));
        // A clock that went back never shows progress early.
        assert!(!progress_due(10_000, 9_000));
    }

    #[test]
    fn the_end_follows_the_pace_so_far() {
        let counts = |over, open| BulkCounts {
            done: over,
            open,
            ..BulkCounts::default()
        };
        assert_eq!(estimated_end(0, 10_000, counts(0, 10)), None);
        // 10 writes in 10 s, 30 left: 30 s more.
        assert_eq!(estimated_end(0, 10_000, counts(10, 30)), Some(40_000));
        assert_eq!(estimated_end(5_000, 5_000, counts(1, 1)), None);
        let failed_and_cancelled = BulkCounts {
            failed: 2,
            cancelled: 2,
            open: 4,
            ..BulkCounts::default()
        };
        assert_eq!(estimated_end(0, 4_000, failed_and_cancelled), Some(8_000));
    }
}
