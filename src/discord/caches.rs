//! What the Discord layer keeps in memory for a short while: each member's public lookups (the
//! cooldown), moderators' Roblox accounts, and each server's binding list for autocomplete.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use crate::technified::model::Binding;
use crate::technified::pacing::Limiter;

/// How many `/lookup discord|roblox` a member may run per [`LOOKUP_COOLDOWN_WINDOW`].
pub const LOOKUP_COOLDOWN_USES: u32 = 5;
pub const LOOKUP_COOLDOWN_WINDOW: Duration = Duration::from_secs(30);

/// Each member's recent public lookups, per (guild, member). Poise's own cooldowns allow one
/// use per period, not five.
pub type LookupCooldown = Limiter<(u64, u64)>;

pub fn lookup_cooldown() -> LookupCooldown {
    Limiter::with_quota(LOOKUP_COOLDOWN_WINDOW, |_| LOOKUP_COOLDOWN_USES)
}

/// How long a moderator's Roblox account is reused for their bans and mutes.
pub const MODERATOR_TTL: Duration = Duration::from_secs(10 * 60);

/// Moderators' Roblox accounts per (guild, Discord member), so a ban or mute does not spend a
/// lookup each time.
pub type ModeratorCache = TtlCache<(u64, u64), u64>;

/// How long autocomplete reuses a server's binding list.
pub const BINDINGS_TTL: Duration = Duration::from_secs(30);

/// Each server's binding list for a short while, so autocomplete keystrokes don't spend the
/// bindings quota. Writes forget the entry.
pub type BindingsCache = TtlCache<u64, Arc<Vec<Binding>>>;

/// Values kept for a fixed time after they were put.
pub struct TtlCache<K, V> {
    ttl: Duration,
    map: std::sync::Mutex<HashMap<K, (Instant, V)>>,
}

impl<K: Hash + Eq, V: Clone> TtlCache<K, V> {
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            map: Default::default(),
        }
    }

    pub fn put(&self, key: K, value: V) {
        let mut map = self.lock();
        map.retain(|_, (at, _)| at.elapsed() < self.ttl);
        map.insert(key, (Instant::now(), value));
    }

    pub fn get(&self, key: K) -> Option<V> {
        self.lock()
            .get(&key)
            .filter(|(at, _)| at.elapsed() < self.ttl)
            .map(|(_, value)| value.clone())
    }

    pub fn forget(&self, key: K) {
        self.lock().remove(&key);
    }

    pub fn forget_where(&self, stale: impl Fn(&K, &V) -> bool) {
        self.lock().retain(|key, (_, value)| !stale(key, value));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, (Instant, V)>> {
        self.map.lock().unwrap_or_else(|e| e.into_inner())
    }
}
