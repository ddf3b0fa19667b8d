//! When and how soon to retry a failed Technified call (docs/behaviour.md, "Retries").
//!
//! Pure functions: no clock, no randomness, no I/O. The caller passes the attempt number,
//! a jitter sample in `[0, 1)` and, for `Retry-After` dates, the current time, which keeps
//! every rule here testable without waiting.

use std::time::Duration;

use crate::technified::retry_after::MAX_RETRY_AFTER;
use crate::technified::{ApiError, Endpoint, ErrorKind};

/// Reads give up after this long, inside the 15-minute life of an interaction token.
pub const READ_DEADLINE: Duration = Duration::from_secs(14 * 60);
/// Writes are stored and retried for a day.
pub const WRITE_DEADLINE: Duration = Duration::from_secs(24 * 60 * 60);
/// First backoff delay; it doubles from here.
pub const FIRST_DELAY: Duration = Duration::from_secs(1);
/// Backoff never waits longer than this between attempts.
pub const MAX_DELAY: Duration = Duration::from_secs(30);
/// Technified's guidance for a 500: one more try after about a second.
pub const RETRY_500_DELAY: Duration = Duration::from_secs(1);

/// What to do after a failed call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Not retryable: the same request would fail the same way.
    Never,
    /// Retry exactly once, after the given delay (a 500).
    Once(Duration),
    /// Retry with exponential backoff until the deadline (502, 503, 504, timeouts,
    /// connection failures).
    Backoff,
    /// Technified said how long to wait (429 with `Retry-After` or `retry_after`).
    After(Duration),
}

/// Decides how a failure is retried.
///
/// Non-envelope bodies take the class of their status. A 2xx whose body cannot be read is
/// retried once: a mangled response is possible, but a repeatable one means Technified
/// changed its format, and fourteen minutes of retries would only delay the error.
pub fn classify(error: &ApiError) -> Retry {
    match &error.kind {
        ErrorKind::Api {
            status: 429,
            retry_after: Some(wait),
            ..
        } => Retry::After((*wait).min(MAX_RETRY_AFTER)),
        ErrorKind::Api { status, .. } => classify_status(*status),
        ErrorKind::Malformed { status, .. } if (200..300).contains(status) => {
            Retry::Once(RETRY_500_DELAY)
        }
        ErrorKind::Malformed { status, .. } => classify_status(*status),
        ErrorKind::Transport { .. } => Retry::Backoff,
        // Not sent: the bucket frees up then (a write is queued until that time).
        ErrorKind::Paced { ready_in } => Retry::After((*ready_in).min(MAX_RETRY_AFTER)),
    }
}

fn classify_status(status: u16) -> Retry {
    match status {
        429 => Retry::Backoff,
        500 => Retry::Once(RETRY_500_DELAY),
        // Not Implemented and HTTP Version Not Supported will not change by waiting.
        501 | 505 => Retry::Never,
        // 502, 503, 504 and the proxy-specific 5xx (Cloudflare's 520-524, ...).
        502..=504 | 506..=599 => Retry::Backoff,
        _ => Retry::Never,
    }
}

/// Backoff delay before retry number `attempt` (0 for the first retry): 1 s doubling to a
/// 30 s cap, times a jitter factor of 0.9 to 1.1 taken from `jitter` in `[0, 1)`, and never
/// more than 30 s. Out-of-range jitter is clamped; NaN counts as no jitter.
pub fn next_delay(attempt: u32, jitter: f64) -> Duration {
    let base = FIRST_DELAY
        .checked_mul(2u32.saturating_pow(attempt))
        .unwrap_or(MAX_DELAY)
        .min(MAX_DELAY);
    let jitter = if jitter.is_nan() {
        0.5
    } else {
        jitter.clamp(0.0, 1.0)
    };
    base.mul_f64(0.9 + 0.2 * jitter).min(MAX_DELAY)
}

/// How long to wait before retry number `attempt` (0 for the first), or `None` to give up.
/// A server-given wait always wins over backoff.
fn delay_for(retry: &Retry, attempt: u32, jitter: f64) -> Option<Duration> {
    match retry {
        Retry::Never => None,
        Retry::Once(delay) => (attempt == 0).then_some(*delay),
        Retry::Backoff => Some(next_delay(attempt, jitter)),
        Retry::After(wait) => Some((*wait).min(MAX_RETRY_AFTER)),
    }
}

/// A failed call, as far as the policy needs to know it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attempt {
    /// Failed attempts before this one (0 for a first failure); backoff grows with it.
    pub before: u32,
    /// The one retry a 500 gets is already spent.
    pub spent_500_retry: bool,
    /// The call was the read-back before a re-send, not the write: its 500 says nothing
    /// about the write, so it is backed off like a 502 instead of spending (or ending on)
    /// the write's one retry.
    pub read_back: bool,
}

/// Why a failed call is not tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiveUp {
    /// The same request would fail the same way (4xx, 501, ...).
    Refused,
    /// The one retry of a 500 failed too.
    FailedTwice,
    /// The next try would come after the deadline.
    Deadline,
}

/// What to do after a failed call: the one answer every caller (reads, a member's write,
/// the key check, the retry engine) acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Try again after `after`; `retry` says which rule chose it (a wait Technified asked
    /// for reads as "rate-limited", a 500's one retry is spent by it).
    Retry {
        after: Duration,
        retry: Retry,
    },
    GiveUp(GiveUp),
}

/// Decides, for `error` on `attempt`, whether and when to try again with `left` until the
/// deadline; `jitter` is a sample in `[0, 1)` ([`random_jitter`]).
pub fn decide(error: &ApiError, attempt: Attempt, left: Duration, jitter: f64) -> Decision {
    let retry = match classify(error) {
        Retry::Once(_) if attempt.read_back => Retry::Backoff,
        retry => retry,
    };
    let index = match retry {
        Retry::Once(_) => u32::from(attempt.spent_500_retry),
        _ => attempt.before,
    };
    match delay_for(&retry, index, jitter) {
        None if matches!(retry, Retry::Once(_)) => Decision::GiveUp(GiveUp::FailedTwice),
        None => Decision::GiveUp(GiveUp::Refused),
        Some(after) if after > left => Decision::GiveUp(GiveUp::Deadline),
        Some(after) => Decision::Retry { after, retry },
    }
}

/// How long a failed call of `endpoint` keeps being retried.
pub fn deadline_for(endpoint: Endpoint) -> Duration {
    if endpoint.is_write() {
        WRITE_DEADLINE
    } else {
        READ_DEADLINE
    }
}

/// A jitter sample for [`next_delay`] and [`decide`] from the thread's RNG.
pub fn random_jitter() -> f64 {
    rand::random::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn error(kind: ErrorKind) -> ApiError {
        ApiError {
            endpoint: Endpoint::LookupDiscord,
            request_id: "r".into(),
            kind,
        }
    }

    fn api(status: u16, retry_after: Option<Duration>) -> ApiError {
        error(ErrorKind::Api {
            status,
            message: String::new(),
            details: None,
            retry_after,
        })
    }

    fn malformed(status: u16) -> ApiError {
        error(ErrorKind::Malformed {
            status,
            snippet: "<html>".into(),
        })
    }

    #[test]
    fn classifies_statuses_as_the_contract_says() {
        for status in [400, 401, 403, 404, 409, 422, 426] {
            assert_eq!(classify(&api(status, None)), Retry::Never, "{status}");
        }
        assert_eq!(
            classify(&api(500, None)),
            Retry::Once(Duration::from_secs(1))
        );
        for status in [502, 503, 504, 520, 524] {
            assert_eq!(classify(&api(status, None)), Retry::Backoff, "{status}");
        }
        assert_eq!(classify(&api(501, None)), Retry::Never);
        let wait = Duration::from_secs(17);
        assert_eq!(classify(&api(429, Some(wait))), Retry::After(wait));
        assert_eq!(classify(&api(429, None)), Retry::Backoff);
    }

    #[test]
    fn malformed_bodies_take_their_status_class() {
        assert_eq!(classify(&malformed(502)), Retry::Backoff);
        assert_eq!(classify(&malformed(429)), Retry::Backoff);
        assert_eq!(classify(&malformed(500)), Retry::Once(RETRY_500_DELAY));
        assert_eq!(classify(&malformed(404)), Retry::Never);
        assert_eq!(classify(&malformed(301)), Retry::Never);
        assert_eq!(classify(&malformed(200)), Retry::Once(RETRY_500_DELAY));
    }

    #[test]
    fn transport_failures_back_off() {
        for (timeout, sent) in [(true, true), (false, true), (false, false)] {
            assert_eq!(
                classify(&error(ErrorKind::Transport { timeout, sent })),
                Retry::Backoff
            );
        }
    }

    #[test]
    fn backoff_doubles_to_the_cap() {
        let no_jitter: Vec<_> = (0..7).map(|a| next_delay(a, 0.5).as_secs()).collect();
        assert_eq!(no_jitter, [1, 2, 4, 8, 16, 30, 30]);
        assert_eq!(next_delay(0, 0.0), Duration::from_millis(900));
        assert_eq!(next_delay(u32::MAX, 0.999_999), MAX_DELAY);
        assert_eq!(next_delay(3, f64::NAN), Duration::from_secs(8));
    }

    #[test]
    fn writes_get_a_day_and_reads_fourteen_minutes() {
        assert_eq!(deadline_for(Endpoint::Ban), Duration::from_secs(86_400));
        assert_eq!(deadline_for(Endpoint::RemoveBinding), WRITE_DEADLINE);
        assert_eq!(deadline_for(Endpoint::BanStatus), Duration::from_secs(840));
        assert_eq!(deadline_for(Endpoint::TestBinding), READ_DEADLINE);
    }

    #[test]
    fn once_means_one_retry() {
        let once = Retry::Once(Duration::from_secs(1));
        assert_eq!(delay_for(&once, 0, 0.3), Some(Duration::from_secs(1)));
        assert_eq!(delay_for(&once, 1, 0.3), None);
        assert_eq!(delay_for(&Retry::Never, 0, 0.3), None);
    }

    #[test]
    fn decide_gives_up_for_the_right_reason() {
        let day = WRITE_DEADLINE;
        let first = Attempt::default();
        assert_eq!(
            decide(&api(403, None), first, day, 0.5),
            Decision::GiveUp(GiveUp::Refused)
        );
        let once = Retry::Once(RETRY_500_DELAY);
        assert_eq!(
            decide(&api(500, None), first, day, 0.5),
            Decision::Retry {
                after: RETRY_500_DELAY,
                retry: once
            }
        );
        let spent = Attempt {
            spent_500_retry: true,
            ..first
        };
        assert_eq!(
            decide(&api(500, None), spent, day, 0.5),
            Decision::GiveUp(GiveUp::FailedTwice)
        );
        // A read-back's 500 backs off instead, however often.
        let read_back = Attempt {
            before: 3,
            spent_500_retry: true,
            read_back: true,
        };
        assert_eq!(
            decide(&api(500, None), read_back, day, 0.5),
            Decision::Retry {
                after: Duration::from_secs(8),
                retry: Retry::Backoff
            }
        );
        assert_eq!(
            decide(
                &api(503, None),
                Attempt { before: 2, ..first },
                Duration::from_secs(3),
                0.5
            ),
            Decision::GiveUp(GiveUp::Deadline)
        );
        let wait = Duration::from_secs(17);
        assert_eq!(
            decide(&api(429, Some(wait)), first, day, 0.5),
            Decision::Retry {
                after: wait,
                retry: Retry::After(wait)
            }
        );
    }

    proptest! {
        #[test]
        fn next_delay_stays_within_bounds(attempt in 0u32..200, jitter in 0.0f64..1.0) {
            let delay = next_delay(attempt, jitter);
            let base = if attempt >= 5 { 30.0 } else { f64::from(1u32 << attempt) };
            prop_assert!(delay <= MAX_DELAY);
            prop_assert!(delay.as_secs_f64() >= base * 0.9 - 1e-9);
            prop_assert!(delay.as_secs_f64() <= (base * 1.1).min(30.0) + 1e-9);
        }

        #[test]
        fn next_delay_reaches_and_keeps_the_cap(attempt in 5u32.., jitter in 0.0f64..1.0) {
            let delay = next_delay(attempt, jitter);
            prop_assert!(delay >= MAX_DELAY.mul_f64(0.9) && delay <= MAX_DELAY);
            prop_assert!(next_delay(attempt.saturating_add(1), jitter) >= delay);
        }

        #[test]
        fn next_delay_never_shrinks_with_attempts(attempt in 0u32..100, jitter in 0.0f64..1.0) {
            prop_assert!(next_delay(attempt + 1, jitter) >= next_delay(attempt, jitter));
        }

        #[test]
        fn retry_after_always_wins(
            wait_ms in 0u64..10_000_000,
            attempt in any::<u32>(),
            jitter in any::<f64>(),
        ) {
            let wait = Duration::from_millis(wait_ms);
            let expected = Some(wait.min(MAX_RETRY_AFTER));
            prop_assert_eq!(delay_for(&Retry::After(wait), attempt, jitter), expected);
            let classified = classify(&api(429, Some(wait)));
            prop_assert_eq!(delay_for(&classified, attempt, jitter), expected);
        }


    }
}
