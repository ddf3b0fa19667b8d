//! The servers' keys, decrypted, kept in memory so that a command does not read and decrypt
//! its server's key on every call. Every change to `guild_keys` passes through here too.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use super::GuildKey;
use crate::technified::ApiKey;

/// How stale the stored "last successful call" may get; `/key status` shows it to the minute,
/// and the copy in memory is always exact.
const SUCCESS_WRITE_INTERVAL_SECS: i64 = 60;

#[derive(Default)]
pub struct KeyCache {
    entries: Mutex<Entries>,
    /// One database read at a time per server whose key is not in memory: a burst of commands
    /// from servers not cached yet (a restart into a busy shard) would otherwise send every
    /// command to the database at once and run the pool out of connections.
    reads: Mutex<HashMap<u64, Arc<tokio::sync::Mutex<()>>>>,
}

#[derive(Default)]
struct Entries {
    keys: HashMap<u64, Cached>,
    /// Bumped by every change (but a success noted, see [`KeyCache::note_success`]), so that
    /// a key read from the database before a change is not cached after it.
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
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The server's key from memory, or else from `read` (the database), which then fills the
    /// cache; of calls for one server at the same moment, one reads and the others wait for it.
    /// A server without a key is not remembered, so each call reads (in turn).
    pub async fn get_or_read<E>(
        &self,
        guild_id: u64,
        read: impl AsyncFnOnce() -> Result<Option<(GuildKey, Vec<u8>)>, E>,
    ) -> Result<Option<GuildKey>, E> {
        if let Some(key) = self.get(guild_id) {
            return Ok(Some(key));
        }
        let gate = Arc::clone(self.reads().entry(guild_id).or_default());
        let turn = gate.lock().await;
        let result = match self.get(guild_id) {
            Some(key) => Ok(Some(key)),
            None => {
                let generation = self.generation();
                read().await.map(|found| {
                    found.map(|(key, blob)| {
                        self.fill(guild_id, key.clone(), blob, generation);
                        key
                    })
                })
            }
        };
        drop(turn);
        let mut reads = self.reads();
        // Only the map's and this call's: nobody waits, so the gate goes.
        if Arc::strong_count(&gate) == 2 {
            reads.remove(&guild_id);
        }
        result
    }

    fn reads(&self) -> MutexGuard<'_, HashMap<u64, Arc<tokio::sync::Mutex<()>>>> {
        self.reads.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn get(&self, guild_id: u64) -> Option<GuildKey> {
        self.entries()
            .keys
            .get(&guild_id)
            .map(|cached| cached.key.clone())
    }

    /// Take before reading a key from the database, and pass to [`Self::fill`].
    fn generation(&self) -> u64 {
        self.entries().generation
    }

    /// Caches a key read from the database (`blob` is its row's `key_blob`), unless
    /// something changed since `generation`.
    fn fill(&self, guild_id: u64, key: GuildKey, blob: Vec<u8>, generation: u64) {
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
    ///
    /// Not a change that moves the generation on: it touches only a key already in memory,
    /// which no read is under way for (a server's key is read only while it is not in
    /// memory, one read at a time), and under steady traffic some success lands during
    /// nearly every read, so that the keys read would never be kept.
    pub fn note_success(&self, guild_id: u64, used: &ApiKey, now: i64) -> Option<Vec<u8>> {
        let mut entries = self.entries();
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

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn key() -> GuildKey {
        GuildKey {
            key: ApiKey::parse("technified_42_abcdef").unwrap(),
            masked: "technified_42_…cdef".into(),
            set_by: 1,
            set_at: 0,
            verified: true,
            last_success_at: None,
            last_error: None,
        }
    }

    /// Twenty commands of one server at once, its key not in memory: one database read, which
    /// every call gets; the next call reads nothing.
    #[tokio::test]
    async fn calls_at_the_same_moment_read_a_servers_key_once() {
        let cache = Arc::new(KeyCache::default());
        let reads = Arc::new(AtomicUsize::new(0));
        let release = Arc::new(tokio::sync::Semaphore::new(0));
        let calls: Vec<_> = (0..20)
            .map(|_| {
                let (cache, reads, release) = (cache.clone(), reads.clone(), release.clone());
                tokio::spawn(async move {
                    let read = async || {
                        reads.fetch_add(1, Ordering::SeqCst);
                        // Held until every call has arrived.
                        let _ = release.acquire().await;
                        Ok::<_, ()>(Some((key(), vec![1])))
                    };
                    cache.get_or_read(42, read).await
                })
            })
            .collect();
        while reads.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
        release.add_permits(20);
        for call in calls {
            let found = call.await.unwrap().unwrap().expect("the key");
            assert_eq!(found.masked, key().masked);
        }
        assert_eq!(reads.load(Ordering::SeqCst), 1);
        let again = cache.get_or_read(42, async || Err("read")).await;
        assert!(again.unwrap().is_some());
        assert!(cache.reads().is_empty(), "the gate is gone");
    }

    /// A success noted for another server while a key is read does not keep that key out of
    /// memory: under steady traffic nearly every read overlapped one, and most commands read
    /// and decrypted their server's key again.
    #[tokio::test]
    async fn a_success_elsewhere_during_a_read_does_not_keep_the_key_out_of_memory() {
        let cache = KeyCache::default();
        let other = key();
        cache.put(1, other.clone(), vec![1]);
        let read = async || {
            // Meanwhile a command of server 1 succeeds.
            cache.note_success(1, &other.key, 100);
            Ok::<_, &str>(Some((key(), vec![2])))
        };
        assert!(cache.get_or_read(42, read).await.unwrap().is_some());
        let again = cache.get_or_read(42, async || Err("read again")).await;
        assert!(again.expect("the key kept in memory").is_some());
    }

    /// A server without a key is read again each time (a key may be set meanwhile).
    #[tokio::test]
    async fn a_server_without_a_key_is_not_remembered() {
        let cache = KeyCache::default();
        assert!(
            cache
                .get_or_read(7, async || Ok::<_, ()>(None))
                .await
                .unwrap()
                .is_none()
        );
        let found = cache.get_or_read(7, async || Ok::<_, ()>(Some((key(), vec![1]))));
        assert!(found.await.unwrap().is_some());
    }
}
