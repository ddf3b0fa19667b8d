//! Which shards a process runs (`SHARDS=FIRST-LAST/TOTAL`) and which servers that makes it
//! own: Discord sends a server's events to shard `(guild_id >> 22) % total`, so the process
//! running that shard owns the server's interactions and its queued writes (the store's
//! `on_shards!` in src/store/mod.rs filters the queue with the same formula in SQL). Plain
//! data: the store, the engine and the wiring all use it.

use std::fmt;

/// Shards `first` to `last` (both included) of `total`: the `SHARDS=FIRST-LAST/TOTAL` syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl ShardRange {
    /// Every shard of `total`.
    pub fn all(total: u32) -> Self {
        Self {
            first: 0,
            last: total.saturating_sub(1),
            total,
        }
    }

    /// Parses `FIRST-LAST/TOTAL`; the error says what is wrong, for `SHARDS: ...`.
    pub fn parse(value: &str) -> Result<Self, String> {
        let syntax = || format!("must be FIRST-LAST/TOTAL such as 0-3/16, got {value:?}");
        let (range, total) = value.split_once('/').ok_or_else(syntax)?;
        let (first, last) = range.split_once('-').ok_or_else(syntax)?;
        let number = |s: &str| s.trim().parse::<u32>().map_err(|_| syntax());
        let (first, last, total) = (number(first)?, number(last)?, number(total)?);
        if total == 0 {
            return Err("TOTAL must be at least 1".into());
        }
        if first > last {
            return Err(format!("FIRST ({first}) must not be above LAST ({last})"));
        }
        if last >= total {
            return Err(format!(
                "LAST ({last}) must be below TOTAL ({total}): shards are numbered from 0"
            ));
        }
        Ok(Self { first, last, total })
    }

    /// Runs fewer than all shards: another process must run the rest.
    pub fn is_partial(&self) -> bool {
        *self != Self::all(self.total)
    }

    pub fn count(&self) -> u32 {
        self.last - self.first + 1
    }

    pub fn contains(&self, shard: u32) -> bool {
        (self.first..=self.last).contains(&shard)
    }

    /// The shard Discord sends `guild_id`'s events to.
    pub fn shard_of(&self, guild_id: u64) -> u32 {
        // Below `total`, a u32.
        ((guild_id >> 22) % u64::from(self.total)) as u32
    }
}

impl fmt::Display for ShardRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}/{}", self.first, self.last, self.total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ranges_and_names_each_mistake() {
        assert_eq!(
            ShardRange::parse("0-3/16"),
            Ok(ShardRange {
                first: 0,
                last: 3,
                total: 16
            })
        );
        assert_eq!(ShardRange::parse("2-2/3").map(|r| r.count()), Ok(1));
        for (value, says) in [
            ("0-3", "FIRST-LAST/TOTAL"),
            ("a-3/16", "FIRST-LAST/TOTAL"),
            ("-1-3/16", "FIRST-LAST/TOTAL"),
            ("0-0/0", "at least 1"),
            ("3-1/4", "must not be above"),
            ("0-4/4", "below TOTAL"),
        ] {
            let err = ShardRange::parse(value).unwrap_err();
            assert!(err.contains(says), "{value}: {err}");
        }
    }

    #[test]
    fn partial_means_not_every_shard() {
        assert!(!ShardRange::all(1).is_partial());
        assert!(!ShardRange::parse("0-3/4").unwrap().is_partial());
        assert!(ShardRange::parse("0-2/4").unwrap().is_partial());
        assert!(ShardRange::parse("1-3/4").unwrap().is_partial());
        assert_eq!(ShardRange::all(4).to_string(), "0-3/4");
    }

    #[test]
    fn a_server_belongs_to_the_shard_discord_sends_it_to() {
        let range = ShardRange::parse("1-2/4").unwrap();
        // The low 22 bits (worker, process, increment) do not count; the timestamp does.
        assert_eq!(range.shard_of((1 << 22) - 1), 0);
        assert_eq!(range.shard_of(5 << 22), 1);
        assert_eq!(range.shard_of((7 << 22) | 12345), 3);
        assert_eq!(ShardRange::all(1).shard_of(u64::MAX), 0);
    }
}
