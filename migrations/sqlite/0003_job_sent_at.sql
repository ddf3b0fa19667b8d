-- When an attempt that may have reached Technified was first made (unix ms, the engine's
-- clock); NULL while the job was never sent. A read-back compares a ban's or mute's expiry
-- with the asked duration counted from then (src/retry/operation.rs). `sent_once` is kept in
-- step. Rows already marked sent get their creation time: no attempt was earlier.
ALTER TABLE jobs ADD COLUMN sent_at INTEGER;
UPDATE jobs SET sent_at = created_at WHERE sent_once = 1;
