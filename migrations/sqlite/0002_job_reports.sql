-- Whether the member and the log channel have been told how a finished job ended. `finish`
-- clears it and the engine sets it once the report is out, so a crash in between is caught
-- up at the next start. Rows from before this column existed count as reported.
ALTER TABLE jobs ADD COLUMN reported INTEGER NOT NULL DEFAULT 1 CHECK (reported IN (0, 1));
