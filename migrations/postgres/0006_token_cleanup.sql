-- As migrations/sqlite/0006_token_cleanup.sql.
UPDATE jobs SET interaction_token = NULL
    WHERE state IN ('done', 'failed', 'cancelled') AND reported = 1;
CREATE INDEX jobs_tokens ON jobs (token_expires_at) WHERE interaction_token IS NOT NULL;
