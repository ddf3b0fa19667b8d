-- As migrations/sqlite/0007_departed_guilds.sql.
CREATE TABLE departed_guilds (
    guild_id BIGINT PRIMARY KEY,
    left_at  BIGINT NOT NULL
);
