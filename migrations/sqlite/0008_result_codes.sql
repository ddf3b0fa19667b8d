-- A job's `result` becomes a stable code of how it ended (src/retry/engine/report.rs,
-- `FailureReason`), worded only by the Discord layer. Older rows held English: "done",
-- "done (an earlier attempt had applied it)", "done (nothing to do)" (a bulk write), or "failed: <reason>" with ": <Technified error>"
-- after some reasons. The reason becomes its code; the Technified error moves to `last_error`.
CREATE TEMP TABLE result_codes (english TEXT NOT NULL, code TEXT NOT NULL);
INSERT INTO result_codes (english, code) VALUES
    ('done (an earlier attempt had applied it)', 'done_earlier'),
    ('done (nothing to do)', 'done_nothing_to_do'),
    ('failed: key removed', 'key_removed'),
    ('failed: the bot was removed from the server', 'bot_removed'),
    ('failed: the stored key cannot be decrypted; run /setup again', 'key_unreadable'),
    ('failed: gave up: Technified still failed at the deadline', 'gave_up'),
    ('failed: Technified refused the request', 'refused'),
    ('failed: Technified failed again on the retry', 'failed_twice'),
    ('failed: the queued job cannot be read', 'unreadable_job');

UPDATE jobs SET
    last_error = CASE
        WHEN length(jobs.result) > length(c.english) THEN substr(jobs.result, length(c.english) + 3)
        ELSE jobs.last_error
    END,
    result = c.code
FROM result_codes AS c
WHERE jobs.result = c.english
   OR substr(jobs.result, 1, length(c.english) + 2) = c.english || ': ';

DROP TABLE result_codes;
