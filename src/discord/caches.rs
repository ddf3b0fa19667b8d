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

/// How long an audit-log entry is kept for its ban or unban event, which may come later.
pub const AUDIT_ENTRY_TTL: Duration = Duration::from_secs(60);

/// Who did a ban or an unban, and why, as the audit log says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub executor: u64,
    pub reason: Option<String>,
}

/// Audit-log entries of bans and unbans from the gateway (GUILD_AUDIT_LOG_ENTRY_CREATE), per
/// (guild, target user, action type), until their GUILD_BAN_ADD/REMOVE takes them: Discord
/// sends the two in no set order.
pub struct AuditEntries {
    entries: TtlCache<(u64, u64, u8), AuditEntry>,
    arrived: tokio::sync::Notify,
}

impl Default for AuditEntries {
    fn default() -> Self {
        Self {
            entries: TtlCache::new(AUDIT_ENTRY_TTL),
            arrived: tokio::sync::Notify::new(),
        }
    }
}

impl AuditEntries {
    pub fn arrived(&self, key: (u64, u64, u8), entry: AuditEntry) {
        self.entries.put(key, entry);
        self.arrived.notify_waiters();
    }

    /// The entry for `key`, waiting up to `wait` for it to arrive.
    pub async fn take(&self, key: (u64, u64, u8), wait: Duration) -> Option<AuditEntry> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            // Registered before looking, so an arrival in between is not missed.
            let notified = self.arrived.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(entry) = self.entries.get(key) {
                self.entries.forget(key);
                return Some(entry);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }
}

/// When each server's last ban or audit-log event arrived (unix seconds), since the bot
/// started: `/doctor` shows it, to tell whether the GUILD_MODERATION intent's events arrive.
#[derive(Default)]
pub struct ModerationSeen(std::sync::Mutex<HashMap<u64, i64>>);

impl ModerationSeen {
    pub fn saw(&self, guild: u64, at_unix: i64) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(guild, at_unix);
    }

    pub fn last(&self, guild: u64) -> Option<i64> {
        let seen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        seen.get(&guild).copied()
    }
}
