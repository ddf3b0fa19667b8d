-- A key saved by /setup while Technified could not be reached, beside the server's key in
-- guild_keys: that one stays in use (queued writes included) until a check accepts the new
-- one, which then replaces it; a key the check rejects is dropped (src/store/mod.rs).
CREATE TABLE staged_keys (
    guild_id    INTEGER PRIMARY KEY,
    key_blob    BLOB    NOT NULL,  -- as guild_keys.key_blob
    key_version INTEGER NOT NULL,
    masked      TEXT    NOT NULL,
    set_by      INTEGER NOT NULL,
    set_at      INTEGER NOT NULL   -- unix seconds
) STRICT;
