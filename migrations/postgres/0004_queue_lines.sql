-- As migrations/sqlite/0004_queue_lines.sql.
CREATE INDEX jobs_open_lines ON jobs (guild_id, target, id)
    WHERE state IN ('pending', 'running');
