-- Interaction tokens are credentials: a job keeps its token only while it may still edit the
-- member's reply (cleared once its end is reported, when it is cancelled, and when the token
-- expires). Tokens of jobs already over and reported go now. The index serves the sweep of
-- expired tokens (src/store/mod.rs, clear_expired_tokens).
UPDATE jobs SET interaction_token = NULL
    WHERE state IN ('done', 'failed', 'cancelled') AND reported = 1;
CREATE INDEX jobs_tokens ON jobs (token_expires_at) WHERE interaction_token IS NOT NULL;
