-- As migrations/sqlite/0009_cases.sql. Case numbers stay gap-free and unique with several
-- processes: the upsert of case_numbers takes the server's row lock until its transaction ends.
CREATE TABLE cases (
    guild_id            BIGINT NOT NULL,
    number              BIGINT NOT NULL,
    job_id              BIGINT NOT NULL UNIQUE,
    action              TEXT   NOT NULL CHECK (action IN ('ban', 'unban', 'mute', 'unmute')),
    roblox_id           BIGINT NOT NULL,
    discord_id          BIGINT,
    moderator_id        BIGINT NOT NULL,
    moderator_roblox_id BIGINT,
    reason              TEXT,
    duration            TEXT,
    source              TEXT   NOT NULL CHECK (source IN ('command', 'bulk', 'ban_sync')),
    outcome             TEXT   NOT NULL CHECK (outcome IN ('queued', 'done', 'failed', 'cancelled')),
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    PRIMARY KEY (guild_id, number)
);
CREATE INDEX cases_by_roblox ON cases (guild_id, roblox_id);

CREATE TABLE case_numbers (
    guild_id BIGINT PRIMARY KEY,
    last     BIGINT NOT NULL
);

ALTER TABLE jobs ADD COLUMN case_number BIGINT;
