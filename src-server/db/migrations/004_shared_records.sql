-- Schema 4: office-wide records (issue 7). Who besides a record's owner and the heads of its
-- office reads it, set from the entity's policy on every accepted write
-- (src-server/sync/access.ts `sharedWithOf`):
--   NULL        the owner and the heads only (every own register; all rows before this schema);
--   '*'         everyone of the office (the duty roster, the month's schedules);
--   '<userId>'  that user too (a paper hand-over, to its assignee; a re-assignment rewrites it).
-- An advocate's pull: office_id = $office AND (owner_id = $me OR shared_with IN ('*', $me)).
-- Plain SQL for PostgreSQL 15 and PGlite.

ALTER TABLE records ADD COLUMN shared_with text;

-- The shared part of an advocate's pull, beside records_owner_revision for the own part. Partial:
-- own-register rows (nearly all of them) are never looked up by it.
CREATE INDEX records_shared_revision ON records (office_id, shared_with, revision)
  WHERE shared_with IS NOT NULL;
