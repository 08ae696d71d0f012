-- Schema 2: a conflict can be resolved (docs/sync.md, "Resolving conflicts"). Who resolved it,
-- when, and how; the three are set together, once (src-server/sync/resolve.ts). Both versions
-- of the conflict stay as they were: resolving never deletes or rewrites `theirs` / `ours`.
-- Plain ALTERs that run on PostgreSQL 15 and on PGlite.

ALTER TABLE conflicts ADD COLUMN resolved_by text REFERENCES users (id);
ALTER TABLE conflicts ADD COLUMN resolution text
  CHECK (resolution IN ('kept-server', 'reapplied', 'sent-as-new'));
ALTER TABLE conflicts ADD COLUMN resolution_note text;
ALTER TABLE conflicts ADD CONSTRAINT conflicts_resolved_together CHECK (
  (resolved_at IS NULL) = (resolution IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL)
);
