-- Ban sync (src/discord/ban_sync.rs): what a Discord ban of a verified member does on Roblox.
ALTER TABLE guild_settings ADD COLUMN ban_sync TEXT NOT NULL DEFAULT 'off'
    CHECK (ban_sync IN ('off', 'ask', 'mirror'));

-- A ban-sync card in the log channel ("Ban on Roblox too" / "Dismiss"). Its buttons carry the
-- card's id, and everything a press needs is here, so a card still works after a restart.
CREATE TABLE ban_sync_cards (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused: old buttons stay dead
    guild_id     INTEGER NOT NULL,
    action       TEXT    NOT NULL CHECK (action IN ('ban', 'unban')),
    discord_id   INTEGER NOT NULL,                    -- the member banned (or unbanned) on Discord
    roblox_id    INTEGER NOT NULL,                    -- their Roblox account
    roblox_name  TEXT    NOT NULL,
    banned_by    INTEGER,                             -- the Discord moderator; NULL: unknown
    reason       TEXT,                                -- Discord's reason, when known
    channel_id   INTEGER NOT NULL,
    message_id   INTEGER,                             -- set once the card is posted
    state        TEXT    NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'pressed', 'done', 'dismissed')),
    pressed_by   INTEGER,
    case_number  INTEGER,
    created_at   INTEGER NOT NULL                     -- unix ms
) STRICT;
