//! Servers' keys: the key in use (`guild_keys`), a key staged beside it until its check
//! (`staged_keys`), their encryption, the in-memory key cache, and each key's last success
//! and last error.

use std::fmt;

use secrecy::ExposeSecret;
use sqlx::FromRow;

use super::{BLOB_VERSION, Store, StoreError, db_id, from_db_id};
use crate::technified::ApiKey;

/// A server's key, decrypted, with what is known about it.
#[derive(Clone)]
pub struct GuildKey {
    pub key: ApiKey,
    /// `technified_<guild>_…abcd`, for people.
    pub masked: String,
    pub set_by: u64,
    /// Unix seconds.
    pub set_at: i64,
    /// False when Technified could not be reached at /setup; the retry worker checks it later.
    pub verified: bool,
    pub last_success_at: Option<i64>,
    pub last_error: Option<LastError>,
}

impl fmt::Debug for GuildKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GuildKey")
            .field("key", &self.masked)
            .field("set_by", &self.set_by)
            .field("set_at", &self.set_at)
            .field("verified", &self.verified)
            .field("last_success_at", &self.last_success_at)
            .field("last_error", &self.last_error)
            .finish()
    }
}

/// The last failed Technified call made with a server's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastError {
    /// HTTP status; `None` for timeouts and connection failures.
    pub status: Option<u16>,
    pub message: String,
    /// Unix seconds.
    pub at: i64,
}

#[derive(FromRow)]
struct KeyRow {
    key_blob: Vec<u8>,
    masked: String,
    set_by: i64,
    set_at: i64,
    verified: i64,
    last_success_at: Option<i64>,
    last_error_status: Option<i64>,
    last_error_message: Option<String>,
    last_error_at: Option<i64>,
}

/// Where a server's key is: `guild_keys` (in use) or `staged_keys` (waiting for its check).
#[derive(Clone, Copy)]
enum KeyTable {
    Active,
    Staged,
}

impl Store {
    /// Stores `key` for `guild_id`, replacing any previous key (rotation) and forgetting the
    /// previous key's last success and last error.
    pub async fn put_key(
        &self,
        guild_id: u64,
        key: &ApiKey,
        set_by: u64,
        verified: bool,
        now: i64,
    ) -> Result<(), StoreError> {
        if key.guild_id() != guild_id {
            return Err(StoreError::KeyForOtherGuild {
                guild_id,
                key_guild: key.guild_id(),
            });
        }
        let blob = self.cipher.encrypt(guild_id, key.expose());
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO guild_keys
                 (guild_id, key_blob, key_version, masked, set_by, set_at, verified,
                  last_success_at, last_error_status, last_error_message, last_error_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL, NULL, NULL)
             ON CONFLICT (guild_id) DO UPDATE SET
                 key_blob = excluded.key_blob,
                 key_version = excluded.key_version,
                 masked = excluded.masked,
                 set_by = excluded.set_by,
                 set_at = excluded.set_at,
                 verified = excluded.verified,
                 last_success_at = NULL,
                 last_error_status = NULL,
                 last_error_message = NULL,
                 last_error_at = NULL",
        )
        .bind(db_id(guild_id)?)
        .bind(&blob)
        .bind(i64::from(BLOB_VERSION))
        .bind(key.masked())
        .bind(db_id(set_by)?)
        .bind(now)
        .bind(i64::from(verified))
        .execute(&mut *tx)
        .await?;
        // A key waiting for its check is superseded: its check must not promote it later.
        sqlx::query("DELETE FROM staged_keys WHERE guild_id = $1")
            .bind(db_id(guild_id)?)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.keys.put(
            guild_id,
            GuildKey {
                key: key.clone(),
                masked: key.masked(),
                set_by,
                set_at: now,
                verified,
                last_success_at: None,
                last_error: None,
            },
            blob,
        );
        Ok(())
    }

    /// Saves a key Technified could not check yet (`/setup` during an outage). With a key in
    /// place, the new one is staged beside it: the current key stays the server's key (for
    /// commands and queued writes) until a check accepts the new one ([`Self::accept_key`]).
    /// Without one, it becomes the server's key, not yet verified. Returns whether it was
    /// staged.
    pub async fn stage_key(
        &self,
        guild_id: u64,
        key: &ApiKey,
        set_by: u64,
        now: i64,
    ) -> Result<bool, StoreError> {
        if key.guild_id() != guild_id {
            return Err(StoreError::KeyForOtherGuild {
                guild_id,
                key_guild: key.guild_id(),
            });
        }
        let blob = self.cipher.encrypt(guild_id, key.expose());
        let staged = sqlx::query(
            "INSERT INTO staged_keys (guild_id, key_blob, key_version, masked, set_by, set_at)
             SELECT $1, $2, $3, $4, $5, $6
             WHERE EXISTS (SELECT 1 FROM guild_keys WHERE guild_id = $1)
             ON CONFLICT (guild_id) DO UPDATE SET
                 key_blob = excluded.key_blob,
                 key_version = excluded.key_version,
                 masked = excluded.masked,
                 set_by = excluded.set_by,
                 set_at = excluded.set_at",
        )
        .bind(db_id(guild_id)?)
        .bind(blob)
        .bind(i64::from(BLOB_VERSION))
        .bind(key.masked())
        .bind(db_id(set_by)?)
        .bind(now)
        .execute(&self.pool)
        .await?;
        if staged.rows_affected() == 1 {
            return Ok(true);
        }
        self.put_key(guild_id, key, set_by, false, now).await?;
        Ok(false)
    }

    /// The key a check is for: the staged one when there is one, else the server's key.
    pub async fn key_to_check(&self, guild_id: u64) -> Result<Option<ApiKey>, StoreError> {
        if let Some((key, _)) = self.read_blob(guild_id, KeyTable::Staged).await? {
            return Ok(Some(key));
        }
        Ok(self.key(guild_id).await?.map(|stored| stored.key))
    }

    /// A check accepted `key`: a staged key becomes the server's key (verified, its history
    /// fresh), or the server's key is marked verified. Nothing happens when `key` is neither
    /// any more (replaced or removed since): an older key's result never credits a newer
    /// one. Returns whether it was applied.
    pub async fn accept_key(
        &self,
        guild_id: u64,
        key: &ApiKey,
        now: i64,
    ) -> Result<bool, StoreError> {
        let guild = db_id(guild_id)?;
        let done = if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Staged).await? {
            let mut tx = self.pool.begin().await?;
            let promoted = sqlx::query(
                "INSERT INTO guild_keys
                     (guild_id, key_blob, key_version, masked, set_by, set_at, verified,
                      last_success_at, last_error_status, last_error_message, last_error_at)
                 SELECT guild_id, key_blob, key_version, masked, set_by, set_at, 1, $3,
                        NULL, NULL, NULL
                 FROM staged_keys WHERE guild_id = $1 AND key_blob = $2
                 ON CONFLICT (guild_id) DO UPDATE SET
                     key_blob = excluded.key_blob,
                     key_version = excluded.key_version,
                     masked = excluded.masked,
                     set_by = excluded.set_by,
                     set_at = excluded.set_at,
                     verified = 1,
                     last_success_at = excluded.last_success_at,
                     last_error_status = NULL,
                     last_error_message = NULL,
                     last_error_at = NULL",
            )
            .bind(guild)
            .bind(&blob)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM staged_keys WHERE guild_id = $1 AND key_blob = $2")
                .bind(guild)
                .bind(&blob)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            promoted.rows_affected() == 1
        } else if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Active).await? {
            sqlx::query(
                "UPDATE guild_keys SET verified = 1, last_success_at = $1
                 WHERE guild_id = $2 AND key_blob = $3",
            )
            .bind(now)
            .bind(guild)
            .bind(&blob)
            .execute(&self.pool)
            .await?
            .rows_affected()
                == 1
        } else {
            false
        };
        self.keys.forget(guild_id);
        Ok(done)
    }

    /// A check refused `key`: a staged key is dropped, and so is the server's key when it is
    /// `key` and was never verified (a verified key is only ever replaced by `/setup` or
    /// removed by `/key remove`). Returns whether a key was dropped.
    pub async fn reject_key(&self, guild_id: u64, key: &ApiKey) -> Result<bool, StoreError> {
        let guild = db_id(guild_id)?;
        let dropped =
            if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Staged).await? {
                sqlx::query("DELETE FROM staged_keys WHERE guild_id = $1 AND key_blob = $2")
                    .bind(guild)
                    .bind(blob)
                    .execute(&self.pool)
                    .await?
            } else if let Some(blob) = self.matching_blob(guild_id, key, KeyTable::Active).await? {
                sqlx::query(
                    "DELETE FROM guild_keys WHERE guild_id = $1 AND key_blob = $2 AND verified = 0",
                )
                .bind(guild)
                .bind(blob)
                .execute(&self.pool)
                .await?
            } else {
                return Ok(false);
            };
        self.keys.forget(guild_id);
        Ok(dropped.rows_affected() == 1)
    }

    /// The `key_blob` of `table`'s row for the server when it holds `key`.
    async fn matching_blob(
        &self,
        guild_id: u64,
        key: &ApiKey,
        table: KeyTable,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .read_blob(guild_id, table)
            .await?
            .filter(|(stored, _)| stored.expose() == key.expose())
            .map(|(_, blob)| blob))
    }

    /// The key in `table` for the server, decrypted, with its
    /// row's `key_blob`.
    async fn read_blob(
        &self,
        guild_id: u64,
        table: KeyTable,
    ) -> Result<Option<(ApiKey, Vec<u8>)>, StoreError> {
        let query = match table {
            KeyTable::Active => "SELECT key_blob FROM guild_keys WHERE guild_id = $1",
            KeyTable::Staged => "SELECT key_blob FROM staged_keys WHERE guild_id = $1",
        };
        let blob: Option<Vec<u8>> = sqlx::query_scalar(query)
            .bind(db_id(guild_id)?)
            .fetch_optional(&self.pool)
            .await?;
        blob.map(|blob| Ok((self.decrypt(guild_id, &blob)?, blob)))
            .transpose()
    }

    fn decrypt(&self, guild_id: u64, blob: &[u8]) -> Result<ApiKey, StoreError> {
        let plain = self
            .cipher
            .decrypt(guild_id, blob)
            .map_err(|_| StoreError::Undecryptable)?;
        ApiKey::parse(plain.expose_secret()).map_err(|_| StoreError::Undecryptable)
    }

    /// The server's key, decrypted; `None` when no key is stored.
    pub async fn key(&self, guild_id: u64) -> Result<Option<GuildKey>, StoreError> {
        self.keys
            .get_or_read(guild_id, async || self.read_key(guild_id).await)
            .await
    }

    async fn read_key(&self, guild_id: u64) -> Result<Option<(GuildKey, Vec<u8>)>, StoreError> {
        let row: Option<KeyRow> = sqlx::query_as(
            "SELECT key_blob, masked, set_by, set_at, verified, last_success_at,
                    last_error_status, last_error_message, last_error_at
             FROM guild_keys WHERE guild_id = $1",
        )
        .bind(db_id(guild_id)?)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let key = self.decrypt(guild_id, &row.key_blob)?;
        let last_error = match (row.last_error_message, row.last_error_at) {
            (Some(message), Some(at)) => Some(LastError {
                status: row
                    .last_error_status
                    .and_then(|status| u16::try_from(status).ok()),
                message,
                at,
            }),
            _ => None,
        };
        let stored = GuildKey {
            key,
            masked: row.masked,
            set_by: from_db_id(row.set_by),
            set_at: row.set_at,
            verified: row.verified != 0,
            last_success_at: row.last_success_at,
            last_error,
        };
        Ok(Some((stored, row.key_blob)))
    }

    /// Forgets the server's key, and any key staged beside it; false when there was none.
    pub async fn delete_key(&self, guild_id: u64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("DELETE FROM guild_keys WHERE guild_id = $1")
            .bind(db_id(guild_id)?)
            .execute(&mut *tx)
            .await?;
        let staged = sqlx::query("DELETE FROM staged_keys WHERE guild_id = $1")
            .bind(db_id(guild_id)?)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.keys.forget(guild_id);
        Ok(done.rows_affected() + staged.rows_affected() > 0)
    }

    /// A call with `used`, the server's key when the call began, succeeded, which also
    /// proves the key (so it counts as verified). Nothing is recorded when the server's key
    /// is another one by now: a newer key is never credited with an older key's result.
    ///
    /// Seen at once by [`Self::key`]; written to the database in the background, and at most
    /// once a minute per server, so that no reply waits for a disk flush.
    pub fn record_success(&self, guild_id: u64, used: &ApiKey, now: i64) {
        let (Some(blob), Ok(guild)) =
            (self.keys.note_success(guild_id, used, now), db_id(guild_id))
        else {
            return;
        };
        let pool = self.pool.clone();
        self.background.spawn(async move {
            // `key_blob`: a key stored since is not credited with its predecessor's success.
            let written = sqlx::query(
                "UPDATE guild_keys SET last_success_at = $1, verified = 1
                 WHERE guild_id = $2 AND key_blob = $3",
            )
            .bind(now)
            .bind(guild)
            .bind(blob)
            .execute(&pool)
            .await;
            if let Err(e) = written {
                tracing::warn!(error = %e, "could not record a successful call");
            }
        });
    }

    /// A call with the key failed; `status` is `None` for timeouts and connection failures.
    pub async fn record_error(
        &self,
        guild_id: u64,
        status: Option<u16>,
        message: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE guild_keys
             SET last_error_status = $1, last_error_message = $2, last_error_at = $3
             WHERE guild_id = $4",
        )
        .bind(status.map(i64::from))
        .bind(message)
        .bind(now)
        .bind(db_id(guild_id)?)
        .execute(&self.pool)
        .await?;
        self.keys.update(guild_id, |key| {
            key.last_error = Some(LastError {
                status,
                message: message.to_owned(),
                at: now,
            });
        });
        Ok(())
    }
}
