-- Schema 6: say when a device token's answer may have changed. The server keeps the principals
-- of recently seen device tokens in memory (src-server/auth/principal-cache.ts) instead of
-- reading them on every request; it LISTENs on `qorgau_auth` and forgets them all when this
-- fires — whichever process made the change (the admin CLI revoking a device or disabling a
-- user, another server process, the device signing out). NOTIFY is sent when the transaction
-- commits, and only then. last_seen_at, written all day long, does not fire it.
-- Plain SQL and PL/pgSQL for PostgreSQL 15 and PGlite.

CREATE FUNCTION qorgau_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('qorgau_auth', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER devices_auth_changed AFTER UPDATE ON devices FOR EACH ROW
  WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at
        OR OLD.token_hash IS DISTINCT FROM NEW.token_hash
        OR OLD.user_id IS DISTINCT FROM NEW.user_id
        OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION qorgau_auth_changed();
CREATE TRIGGER devices_auth_deleted AFTER DELETE ON devices FOR EACH STATEMENT
  EXECUTE FUNCTION qorgau_auth_changed();

CREATE TRIGGER users_auth_changed AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.disabled IS DISTINCT FROM NEW.disabled
        OR OLD.role IS DISTINCT FROM NEW.role
        OR OLD.office_id IS DISTINCT FROM NEW.office_id
        OR OLD.collegium_id IS DISTINCT FROM NEW.collegium_id
        OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION qorgau_auth_changed();
CREATE TRIGGER users_auth_deleted AFTER DELETE ON users FOR EACH STATEMENT
  EXECUTE FUNCTION qorgau_auth_changed();
CREATE TRIGGER devices_auth_truncated AFTER TRUNCATE ON devices FOR EACH STATEMENT
  EXECUTE FUNCTION qorgau_auth_changed();
CREATE TRIGGER users_auth_truncated AFTER TRUNCATE ON users FOR EACH STATEMENT
  EXECUTE FUNCTION qorgau_auth_changed();
