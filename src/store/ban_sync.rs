//! Ban sync: each server's mode (`guild_settings.ban_sync`), the cards posted in its log
//! channel (`ban_sync_cards`, so that their buttons work after a restart), and whether a
//! Roblox ban is one ban sync made (from the cases).

use std::str::FromStr;

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{CaseSource, Store, StoreError, db_id, db_opt_id, from_db_id};

/// What a Discord ban of a verified member does on Roblox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BanSyncMode {
    #[default]
    Off,
    /// A card in the log channel asks staff.
    Ask,
    /// The Roblox ban is made at once.
    Mirror,
}

impl BanSyncMode {
    pub fn as_str(self) -> &'static str {
        match self {
            BanSyncMode::Off => "off",
            BanSyncMode::Ask => "ask",
            BanSyncMode::Mirror => "mirror",
        }
    }
}

impl FromStr for BanSyncMode {
    type Err = sqlx::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "off" => Ok(BanSyncMode::Off),
            "ask" => Ok(BanSyncMode::Ask),
            "mirror" => Ok(BanSyncMode::Mirror),
            other => Err(sqlx::Error::Decode(
                format!("unknown ban sync mode {other:?}").into(),
            )),
        }
    }
}

/// What a card offers to do on Roblox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardAction {
    Ban,
    Unban,
}

impl CardAction {
    pub fn as_str(self) -> &'static str {
        match self {
            CardAction::Ban => "ban",
            CardAction::Unban => "unban",
        }
    }
}

/// Where a card stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardState {
    /// Its buttons wait for a press.
    Open,
    /// A press is being handled; nobody else's counts meanwhile.
    Pressed,
    /// The Roblox write was made (or queued, or failed: its case says).
    Done,
    Dismissed,
}

impl CardState {
    fn as_str(self) -> &'static str {
        match self {
            CardState::Open => "open",
            CardState::Pressed => "pressed",
            CardState::Done => "done",
            CardState::Dismissed => "dismissed",
        }
    }
}

impl FromStr for CardState {
    type Err = sqlx::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [
            CardState::Open,
            CardState::Pressed,
            CardState::Done,
            CardState::Dismissed,
        ]
        .into_iter()
        .find(|state| state.as_str() == s)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown card state {s:?}").into()))
    }
}

/// A card about to be posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCard {
    pub guild_id: u64,
    pub action: CardAction,
    pub discord_id: u64,
    pub roblox_id: u64,
    pub roblox_name: String,
    /// The Discord moderator, when the audit log told.
    pub banned_by: Option<u64>,
    pub reason: Option<String>,
    pub channel_id: u64,
    pub created_at_ms: i64,
}

/// A row of `ban_sync_cards`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: i64,
    pub new: NewCard,
    pub message_id: Option<u64>,
    pub state: CardState,
}

impl<'r> FromRow<'r, AnyRow> for Card {
    fn from_row(row: &'r AnyRow) -> Result<Self, sqlx::Error> {
        let id = |column: &str| row.try_get::<i64, _>(column).map(from_db_id);
        let maybe_id = |column: &str| {
            Ok::<_, sqlx::Error>(row.try_get::<Option<i64>, _>(column)?.map(from_db_id))
        };
        let action = match row.try_get::<String, _>("action")?.as_str() {
            "ban" => CardAction::Ban,
            "unban" => CardAction::Unban,
            other => {
                let what = format!("unknown card action {other:?}");
                return Err(sqlx::Error::Decode(what.into()));
            }
        };
        Ok(Self {
            id: row.try_get("id")?,
            new: NewCard {
                guild_id: id("guild_id")?,
                action,
                discord_id: id("discord_id")?,
                roblox_id: id("roblox_id")?,
                roblox_name: row.try_get("roblox_name")?,
                banned_by: maybe_id("banned_by")?,
                reason: row.try_get("reason")?,
                channel_id: id("channel_id")?,
                created_at_ms: row.try_get("created_at")?,
            },
            message_id: maybe_id("message_id")?,
            state: row.try_get::<String, _>("state")?.parse()?,
        })
    }
}

impl Store {
    pub async fn set_ban_sync(&self, guild_id: u64, mode: BanSyncMode) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, ban_sync) VALUES ($1, $2)
             ON CONFLICT (guild_id) DO UPDATE SET ban_sync = excluded.ban_sync",
        )
        .bind(db_id(guild_id)?)
        .bind(mode.as_str())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The server's ban sync mode (off unless set).
    pub async fn ban_sync(&self, guild_id: u64) -> Result<BanSyncMode, StoreError> {
        let mode: Option<String> =
            sqlx::query_scalar("SELECT ban_sync FROM guild_settings WHERE guild_id = $1")
                .bind(db_id(guild_id)?)
                .fetch_optional(&self.pool)
                .await?;
        Ok(mode.map(|m| m.parse()).transpose()?.unwrap_or_default())
    }

    /// Stores a card before it is posted; returns its id (for its buttons).
    pub async fn add_card(&self, card: &NewCard) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO ban_sync_cards
                 (guild_id, action, discord_id, roblox_id, roblox_name, banned_by, reason,
                  channel_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(db_id(card.guild_id)?)
        .bind(card.action.as_str())
        .bind(db_id(card.discord_id)?)
        .bind(db_id(card.roblox_id)?)
        .bind(&card.roblox_name)
        .bind(db_opt_id(card.banned_by)?)
        .bind(&card.reason)
        .bind(db_id(card.channel_id)?)
        .bind(card.created_at_ms)
        .fetch_one(&self.pool)
        .await?)
    }

    /// The card was posted as `message_id`.
    pub async fn card_posted(&self, id: i64, message_id: u64) -> Result<(), StoreError> {
        sqlx::query("UPDATE ban_sync_cards SET message_id = $1 WHERE id = $2")
            .bind(db_id(message_id)?)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Card `id` of this server.
    pub async fn card(&self, guild_id: u64, id: i64) -> Result<Option<Card>, StoreError> {
        Ok(
            sqlx::query_as("SELECT * FROM ban_sync_cards WHERE id = $1 AND guild_id = $2")
                .bind(id)
                .bind(db_id(guild_id)?)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Takes an open card for one press: true for the one press that gets it.
    pub async fn claim_card(&self, id: i64) -> Result<bool, StoreError> {
        let claimed = sqlx::query(
            "UPDATE ban_sync_cards SET state = 'pressed' WHERE id = $1 AND state = 'open'",
        )
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(claimed.rows_affected() == 1)
    }

    /// A press that was refused gives the card back to the next one.
    pub async fn release_card(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE ban_sync_cards SET state = 'open' WHERE id = $1 AND state = 'pressed'")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Closes a claimed card: `state` (done or dismissed), by whom, and the case it made.
    pub async fn close_card(
        &self,
        id: i64,
        state: CardState,
        pressed_by: u64,
        case_number: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE ban_sync_cards SET state = $1, pressed_by = $2, case_number = $3
             WHERE id = $4",
        )
        .bind(state.as_str())
        .bind(db_id(pressed_by)?)
        .bind(case_number)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Where the Roblox ban of `roblox_id` in this server came from, when the bot made one
    /// that still stands: the latest case on that account's ban (a ban or an unban, not failed
    /// or cancelled) is a ban. `None`: no such ban (never made, or lifted since).
    pub async fn open_roblox_ban(
        &self,
        guild_id: u64,
        roblox_id: u64,
    ) -> Result<Option<CaseSource>, StoreError> {
        let latest: Option<(String, String)> = sqlx::query_as(
            "SELECT action, source FROM cases
             WHERE guild_id = $1 AND roblox_id = $2 AND action IN ('ban', 'unban')
               AND outcome IN ('done', 'queued')
             ORDER BY number DESC LIMIT 1",
        )
        .bind(db_id(guild_id)?)
        .bind(db_id(roblox_id)?)
        .fetch_optional(&self.pool)
        .await?;
        match latest {
            Some((action, source)) if action == "ban" => Ok(Some(source.parse()?)),
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for mode in [BanSyncMode::Off, BanSyncMode::Ask, BanSyncMode::Mirror] {
            assert_eq!(mode.as_str().parse::<BanSyncMode>().unwrap(), mode);
        }
        for state in [
            CardState::Open,
            CardState::Pressed,
            CardState::Done,
            CardState::Dismissed,
        ] {
            assert_eq!(state.as_str().parse::<CardState>().unwrap(), state);
        }
        assert!("loud".parse::<BanSyncMode>().is_err());
    }
}
