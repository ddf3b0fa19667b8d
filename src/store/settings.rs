//! Servers' settings (the log channel) and the servers the bot was removed from, whose key and
//! settings are deleted after a while.

use super::{Store, StoreError, db_id, db_opt_id, from_db_id};

impl Store {
    // ---- settings ----

    /// Sets (or with `None`, clears) the server's log channel.
    pub async fn set_log_channel(
        &self,
        guild_id: u64,
        channel_id: Option<u64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, log_channel_id) VALUES ($1, $2)
             ON CONFLICT (guild_id) DO UPDATE SET log_channel_id = excluded.log_channel_id",
        )
        .bind(db_id(guild_id)?)
        .bind(db_opt_id(channel_id)?)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn log_channel(&self, guild_id: u64) -> Result<Option<u64>, StoreError> {
        let channel: Option<Option<i64>> =
            sqlx::query_scalar("SELECT log_channel_id FROM guild_settings WHERE guild_id = $1")
                .bind(db_id(guild_id)?)
                .fetch_optional(&self.pool)
                .await?;
        Ok(channel.flatten().map(from_db_id))
    }

    // ---- servers the bot was removed from ----

    /// The bot was removed from the server at `at_ms` (unix ms). A repeated notice keeps the
    /// first time.
    pub async fn guild_left(&self, guild_id: u64, at_ms: i64) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO departed_guilds (guild_id, left_at) VALUES ($1, $2)
             ON CONFLICT (guild_id) DO NOTHING",
        )
        .bind(db_id(guild_id)?)
        .bind(at_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The bot is in the server (again): nothing of it is to be deleted.
    pub async fn guild_present(&self, guild_id: u64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM departed_guilds WHERE guild_id = $1")
            .bind(db_id(guild_id)?)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes the key (and any staged key), settings and cases of every server the bot left at or
    /// before `left_by_ms` and was not added back to. Returns those servers.
    pub async fn forget_departed(&self, left_by_ms: i64) -> Result<Vec<u64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let guilds: Vec<i64> = sqlx::query_scalar(
            "DELETE FROM departed_guilds WHERE left_at <= $1 RETURNING guild_id",
        )
        .bind(left_by_ms)
        .fetch_all(&mut *tx)
        .await?;
        for guild in &guilds {
            for query in [
                "DELETE FROM guild_keys WHERE guild_id = $1",
                "DELETE FROM staged_keys WHERE guild_id = $1",
                "DELETE FROM guild_settings WHERE guild_id = $1",
                "DELETE FROM cases WHERE guild_id = $1",
                "DELETE FROM case_numbers WHERE guild_id = $1",
                "DELETE FROM ban_sync_cards WHERE guild_id = $1",
            ] {
                sqlx::query(query).bind(*guild).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        let guilds: Vec<u64> = guilds.into_iter().map(from_db_id).collect();
        for guild in &guilds {
            self.keys.forget(*guild);
        }
        Ok(guilds)
    }
}
