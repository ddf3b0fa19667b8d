-- The scheduler's "is an earlier job of this server and target still open?" check, and the
-- per-server count of open jobs behind the queue cap: one index seek each, however many jobs
-- one server has queued (src/store/mod.rs, ready_jobs / next_ready_at / enqueue). Partial, so
-- finished jobs kept for /jobs cost nothing here.
CREATE INDEX jobs_open_lines ON jobs (guild_id, target, id)
    WHERE state IN ('pending', 'running');
