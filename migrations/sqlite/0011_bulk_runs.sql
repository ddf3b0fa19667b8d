-- Bulk runs: one `/roblox bulk-ban` or `bulk-unban` file, confirmed. Its writes are ordinary
-- jobs (each with its case, source 'bulk') that carry the run's id; the run holds what the
-- member's reply needs (the interaction token while it lives, then a message in the log
-- channel) and how far its progress report has got (src/store/bulk.rs).
CREATE TABLE bulk_runs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id          INTEGER NOT NULL,
    action            TEXT    NOT NULL CHECK (action IN ('ban', 'unban')),
    requested_by      INTEGER NOT NULL,
    total             INTEGER NOT NULL,
    interaction_token TEXT,                  -- deleted once the run is reported
    token_expires_at  INTEGER,               -- unix ms
    log_message_id    INTEGER,               -- the progress message in the log channel, once the token is gone
    progress_at       INTEGER NOT NULL,      -- unix ms of the last progress shown
    cancelled         INTEGER NOT NULL DEFAULT 0,
    reported          INTEGER NOT NULL DEFAULT 0,  -- the final report went out
    created_at        INTEGER NOT NULL       -- unix ms
) STRICT;
CREATE INDEX bulk_runs_open ON bulk_runs (reported) WHERE reported = 0;

-- The bulk run a job belongs to, if any.
ALTER TABLE jobs ADD COLUMN bulk_id INTEGER;
CREATE INDEX jobs_by_bulk ON jobs (bulk_id, state) WHERE bulk_id IS NOT NULL;
