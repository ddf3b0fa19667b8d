//! The servers' keys, decrypted, kept in memory so that a command does not read and decrypt
//! its server's key on every call. Every change to `guild_keys` passes through here too.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use super::GuildKey;
use crate::technified::ApiKey;

/// How stale the stored "last successful call" may get; `/key status` shows it to the minute,
/// and the copy in memory is always exact.
const SUCCESS_WRITE_INTERVAL_SECS: i64 = 60;

#[derive(Default)]
pub struct KeyCache(Mutex<Entries>);

#[derive(Default)]
struct Entries {
    keys: HashMap<u64, Cached>,
    /// Bumped by every change, so that a key read from the database before a change is not
    /// cached after it.
    generation: u64,
}

struct Cached {
    key: GuildKey,
    /// The last success as the database has it (or will, once the queued write lands).
    stored_success_at: Option<i64>,
    /// The row's `key_blob`: unique to each stored key (a fresh nonce each time), so a write
    /// about this key cannot land on a key stored since.
    blob: Vec<u8>,
}

impl KeyCache {
    fn entries(&self) -> MutexGuard<'_, Entries> {
        // No code panics while holding the lock; a poisoned map is still consistent.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn get(&self, guild_id: u64) -> Option<GuildKey> {
        self.entries()
            .keys
            .get(&guild_id)
            .map(|cached| cached.key.clone())
    }

    /// Take before reading a key from the database, and pass to [`Self::fill`].
    pub fn generation(&self) -> u64 {
        self.entries().generation
    }

    /// Caches a key read from the database (`blob` is its row's `key_blob`), unless
    /// something changed since `generation`.
    pub fn fill(&self, guild_id: u64, key: GuildKey, blob: Vec<u8>, generation: u64) {
        let mut entries = self.entries();
        if entries.generation == generation {
            entries.keys.insert(guild_id, Cached::new(key, blob));
        }
    }

    /// A key was just stored for the server (replacing any other).
    pub fn put(&self, guild_id: u64, key: GuildKey, blob: Vec<u8>) {
        self.change().keys.insert(guild_id, Cached::new(key, blob));
    }

    pub fn forget(&self, guild_id: u64) {
        self.change().keys.remove(&guild_id);
    }

    /// Applies a change the database already has.
    pub fn update(&self, guild_id: u64, change: impl FnOnce(&mut GuildKey)) {
        if let Some(cached) = self.change().keys.get_mut(&guild_id) {
            change(&mut cached.key);
        }
    }

    /// Notes a successful call made with `used` (which also proves it), when `used` is still
    /// the server's key. Returns the key's row identity (`key_blob`) when the database's copy
    /// is due for the update: it is more than a minute old, or the key was not verified yet.
    /// `None` as well for a key not in memory (deleted meanwhile) or another key.
    pub fn note_success(&self, guild_id: u64, used: &ApiKey, now: i64) -> Option<Vec<u8>> {
        let mut entries = self.change();
        let cached = entries
            .keys
            .get_mut(&guild_id)
            .filter(|cached| cached.key.key.expose() == used.expose())?;
        let was_verified = cached.key.verified;
        cached.key.verified = true;
        cached.key.last_success_at = Some(now);
        let due = !was_verified
            || cached
                .stored_success_at
                .is_none_or(|stored| now - stored >= SUCCESS_WRITE_INTERVAL_SECS);
        if due {
            cached.stored_success_at = Some(now);
        }
        due.then(|| cached.blob.clone())
    }

    /// The lock, for a change: the generation moves on.
    fn change(&self) -> MutexGuard<'_, Entries> {
        let mut entries = self.entries();
        entries.generation += 1;
        entries
    }
}

impl Cached {
    fn new(key: GuildKey, blob: Vec<u8>) -> Self {
        Self {
            stored_success_at: key.last_success_at,
            key,
            blob,
        }
    }
}
