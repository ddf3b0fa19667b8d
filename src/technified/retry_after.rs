//! `Retry-After`, as Technified sends it on a 429: delta-seconds or an HTTP-date (RFC 9110).
//! Part of reading a response; the retry policy only uses the wait it gives.

use std::time::{Duration, SystemTime};

/// A `Retry-After` longer than this is treated as this: an hour is already far past any
/// documented quota window, and a bogus value must not park a job for days.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60 * 60);

/// Parses a `Retry-After` value: delta-seconds (fractions tolerated) or an HTTP-date
/// (RFC 9110). A date in the past means "now" (zero); anything above an hour is an hour.
/// Unparseable or negative values give `None`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for u64 is still "a very long time".
        let seconds = value.parse::<u64>().unwrap_or(u64::MAX);
        return Some(Duration::from_secs(seconds).min(MAX_RETRY_AFTER));
    }
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0)
            .then(|| Duration::from_secs_f64(seconds.min(MAX_RETRY_AFTER.as_secs_f64())));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(
        date.duration_since(now)
            .unwrap_or(Duration::ZERO)
            .min(MAX_RETRY_AFTER),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_746_712_921);
        let secs = |s| Some(Duration::from_secs(s));
        assert_eq!(parse_retry_after("17", now), secs(17));
        assert_eq!(parse_retry_after(" 0 ", now), secs(0));
        assert_eq!(
            parse_retry_after("1.5", now),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(parse_retry_after("86400", now), Some(MAX_RETRY_AFTER));
        assert_eq!(
            parse_retry_after("99999999999999999999999", now),
            Some(MAX_RETRY_AFTER)
        );
        // 1746712921 is Thu, 08 May 2025 14:02:01 GMT.
        assert_eq!(
            parse_retry_after("Thu, 08 May 2025 14:02:31 GMT", now),
            secs(30)
        );
        assert_eq!(
            parse_retry_after("Thu, 08 May 2025 14:00:00 GMT", now),
            secs(0)
        );
        assert_eq!(
            parse_retry_after("Fri, 08 May 2026 14:02:01 GMT", now),
            Some(MAX_RETRY_AFTER)
        );
        for bad in ["", "soon", "-5", "NaN", "inf", "1e999", "Thu, 32 May 2025"] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn parse_retry_after_never_panics(value in "\\PC{0,64}", now_secs in 0u64..8_000_000_000) {
            let now = SystemTime::UNIX_EPOCH + Duration::from_secs(now_secs);
            if let Some(wait) = parse_retry_after(&value, now) {
                prop_assert!(wait <= MAX_RETRY_AFTER);
            }
        }

        #[test]
        fn http_dates_round_trip(now_secs in 0u64..4_000_000_000, ahead in 0u64..7200) {
            let now = SystemTime::UNIX_EPOCH + Duration::from_secs(now_secs);
            let date = httpdate::fmt_http_date(now + Duration::from_secs(ahead));
            prop_assert_eq!(
                parse_retry_after(&date, now),
                Some(Duration::from_secs(ahead).min(MAX_RETRY_AFTER))
            );
        }
    }
}
