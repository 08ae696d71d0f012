-- Schema 7: new record bodies compressed with lz4 instead of pglz, where the server has it.
-- A consultation's body is ~2 KB of JSON, so PostgreSQL compresses most of them; every pull
-- that reads one (an aid mark's fields, a change's body) decompresses it, and every push
-- compresses it. lz4 does both several times faster (bench/load: a day-end pull of ~140 marks
-- ~1.2 → ~0.9 ms, a group write ~10 % less), for a little more space. Only the method of new
-- values changes: rows stored before keep pglz and read as before. Debian's PostgreSQL is
-- built with lz4; PGlite is not, and keeps pglz (this does nothing there).
-- Plain SQL and PL/pgSQL for PostgreSQL 15 and PGlite.

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings
              WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE records ALTER COLUMN body SET COMPRESSION lz4;
  END IF;
END
$$;
