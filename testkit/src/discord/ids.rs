//! Snowflakes and timestamps shaped like Discord's.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// 2015-01-01T00:00:00Z in Unix milliseconds.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// A fresh, process-wide unique snowflake whose timestamp part is now (strictly increasing, so
/// ids sort like creation order as on Discord).
pub fn next_snowflake() -> u64 {
    static LAST: AtomicU64 = AtomicU64::new(0);
    let candidate = (now_ms().saturating_sub(DISCORD_EPOCH_MS)) << 22;
    let prev = LAST
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |last| {
            Some(candidate.max(last + 1))
        })
        .unwrap_or_default();
    candidate.max(prev + 1)
}

/// The creation time encoded in a snowflake, as Discord formats message timestamps.
pub fn iso_timestamp_of_snowflake(id: u64) -> String {
    iso_timestamp((id >> 22) + DISCORD_EPOCH_MS)
}

/// The current time in Discord's timestamp format.
pub fn iso_now() -> String {
    iso_timestamp(now_ms())
}

/// `2026-11-25T20:17:00.123000+00:00` for Unix milliseconds.
pub fn iso_timestamp(unix_ms: u64) -> String {
    let secs = unix_ms / 1000;
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}000+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        unix_ms % 1000
    )
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// An interaction token: opaque, URL-safe and unique, like Discord's.
pub fn interaction_token(id: u64) -> String {
    format!("aW50ZXJhY3Rpb246{id}.{:016x}", mix(id))
}

/// The `hm` signature of a CDN URL for attachment `id` (Discord signs attachment URLs; a URL
/// without its query is refused).
pub(crate) fn cdn_signature(id: u64) -> String {
    format!("{:016x}{:016x}", mix(id), mix(!id))
}

/// A cheap mix (splitmix64's finalizer) so values of consecutive ids do not look alike.
fn mix(id: u64) -> u64 {
    let mut x = id ^ 0x9e37_79b9_7f4a_7c15;
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_match_known_dates() {
        assert_eq!(iso_timestamp(0), "1970-01-01T00:00:00.000000+00:00");
        assert_eq!(
            iso_timestamp(1_709_294_400_123),
            "2024-03-01T12:00:00.123000+00:00"
        );
        assert_eq!(
            iso_timestamp_of_snowflake(175_928_847_299_117_063),
            "2016-04-30T11:18:25.796000+00:00"
        );
    }

    #[test]
    fn snowflakes_increase() {
        let a = next_snowflake();
        let b = next_snowflake();
        assert!(b > a);
        assert!(iso_timestamp_of_snowflake(b).starts_with("20"));
    }
}
