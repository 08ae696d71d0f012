-- Schema 3: an index on conflicts.op_id. A push looks up the stored ops of its opIds joined with
-- their conflicts (src-server/sync/push-load.ts); without it every lookup that found stored ops
-- (a retried batch) scanned the whole `conflicts` table. Plain SQL for PostgreSQL 15 and PGlite.

CREATE INDEX conflicts_op_id ON conflicts (op_id);
