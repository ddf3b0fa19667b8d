-- As migrations/sqlite/0002_job_reports.sql.
ALTER TABLE jobs ADD COLUMN reported BIGINT NOT NULL DEFAULT 1 CHECK (reported IN (0, 1));
