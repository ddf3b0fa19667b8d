-- The member's Discord locale with the interaction token, so that a late result edits their
-- reply in their language (src/discord/lang.rs).
ALTER TABLE jobs ADD COLUMN locale TEXT;
ALTER TABLE bulk_runs ADD COLUMN locale TEXT;
