-- Servers the bot was removed from (GUILD_DELETE without `unavailable`), with when (unix ms,
-- the retry engine's clock). Their key and settings are deleted 7 days later unless the bot
-- is added back first, which deletes the row (src/store/mod.rs, src/discord/membership.rs).
CREATE TABLE departed_guilds (
    guild_id INTEGER PRIMARY KEY,
    left_at  INTEGER NOT NULL
) STRICT;
