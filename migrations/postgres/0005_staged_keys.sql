-- As migrations/sqlite/0005_staged_keys.sql.
CREATE TABLE staged_keys (
    guild_id    BIGINT PRIMARY KEY,
    key_blob    BYTEA  NOT NULL,
    key_version BIGINT NOT NULL,
    masked      TEXT   NOT NULL,
    set_by      BIGINT NOT NULL,
    set_at      BIGINT NOT NULL
);
