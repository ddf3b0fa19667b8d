-- As migrations/sqlite/0003_job_sent_at.sql.
ALTER TABLE jobs ADD COLUMN sent_at BIGINT;
UPDATE jobs SET sent_at = created_at WHERE sent_once = 1;
