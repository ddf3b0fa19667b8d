-- Initial schema. Discord IDs are INTEGER (snowflakes fit in 63 bits).
-- Times: guild_keys in unix seconds; jobs in unix milliseconds.

-- One Technified API key per server, encrypted (src/store/crypto.rs).
CREATE TABLE guild_keys (
    guild_id           INTEGER PRIMARY KEY,
    key_blob           BLOB    NOT NULL,  -- version || nonce || ciphertext+tag; guild_id is the AD
    key_version        INTEGER NOT NULL,  -- the blob's version byte: which master key sealed it
    masked             TEXT    NOT NULL,  -- technified_<guild>_…abcd, shown without decrypting
    set_by             INTEGER NOT NULL,  -- Discord user who ran /setup
    set_at             INTEGER NOT NULL,
    verified           INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    last_success_at    INTEGER,
    last_error_status  INTEGER,           -- HTTP status; NULL for timeouts and connection failures
    last_error_message TEXT,
    last_error_at      INTEGER
) STRICT;

CREATE TABLE guild_settings (
    guild_id       INTEGER PRIMARY KEY,
    log_channel_id INTEGER
) STRICT;

-- Durable retry queue: a row exists before the member is told "queued".
CREATE TABLE jobs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so old buttons stay stale
    guild_id          INTEGER NOT NULL,
    kind              TEXT    NOT NULL,
    target            TEXT    NOT NULL,  -- Roblox ID, binding key...: same-target jobs run in order
    payload           TEXT    NOT NULL,  -- JSON
    requested_by      INTEGER NOT NULL,  -- Discord user
    interaction_token TEXT,              -- short-lived credential to edit the member's reply
    token_expires_at  INTEGER,
    channel_id        INTEGER,
    state             TEXT    NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    sent_once         INTEGER NOT NULL DEFAULT 0 CHECK (sent_once IN (0, 1)),  -- read back first
    next_attempt_at   INTEGER NOT NULL,
    deadline_at       INTEGER NOT NULL,
    last_error        TEXT,
    result            TEXT,
    -- SQLite's clock, for display and the "recent" window only; scheduling uses the caller's.
    created_at        INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
    updated_at        INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE INDEX jobs_due ON jobs (state, next_attempt_at);
CREATE INDEX jobs_by_guild ON jobs (guild_id, state);
