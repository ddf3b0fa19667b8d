-- Moderation cases: every write on a Roblox account made through the bot (a command, a bulk
-- file, ban sync), numbered 1, 2, 3, ... per server. A case is stored in the same transaction
-- as its write's job, and each end of that job (done, failed, cancelled) updates it in the
-- same transaction (src/store/cases.rs, src/store/jobs.rs). Cases outlive their jobs (finished
-- jobs are deleted after 7 days, or at once for a write that ended on its first attempt), and
-- go with the server's key and settings 7 days after the bot leaves it.
CREATE TABLE cases (
    guild_id            INTEGER NOT NULL,
    number              INTEGER NOT NULL,
    job_id              INTEGER NOT NULL UNIQUE,  -- jobs.id, never reused
    action              TEXT    NOT NULL CHECK (action IN ('ban', 'unban', 'mute', 'unmute')),
    roblox_id           INTEGER NOT NULL,
    discord_id          INTEGER,                  -- the Discord member, when known
    moderator_id        INTEGER NOT NULL,         -- the Discord user who asked
    moderator_roblox_id INTEGER,                  -- recorded at Technified, for bans and mutes
    reason              TEXT,
    duration            TEXT,                     -- as asked (7d, 12h); NULL: permanent or none
    source              TEXT    NOT NULL CHECK (source IN ('command', 'bulk', 'ban_sync')),
    outcome             TEXT    NOT NULL CHECK (outcome IN ('queued', 'done', 'failed', 'cancelled')),
    created_at          INTEGER NOT NULL,             -- unix ms, the process clock
    updated_at          INTEGER NOT NULL,             -- the last change of outcome
    PRIMARY KEY (guild_id, number)
) STRICT;
CREATE INDEX cases_by_roblox ON cases (guild_id, roblox_id);

-- The last case number handed out per server, bumped in the transaction that stores the case:
-- numbers stay gap-free and unique with several processes on one database.
CREATE TABLE case_numbers (
    guild_id INTEGER PRIMARY KEY,
    last     INTEGER NOT NULL
) STRICT;

-- The case a job carries, for its late result and audit line.
ALTER TABLE jobs ADD COLUMN case_number INTEGER;
