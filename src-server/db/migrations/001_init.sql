-- Qorgau office server, schema 1. Runs on PostgreSQL 15 and on PGlite (embedded): plain SQL,
-- no extensions. Ids are client-generated UUIDv7 text; times are timestamptz.

CREATE TABLE collegiums (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE offices (
  id text PRIMARY KEY,
  collegium_id text NOT NULL REFERENCES collegiums (id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Roles: advocate (own registers), head (the office), staff (the collegium's aggregates).
CREATE TABLE users (
  id text PRIMARY KEY,
  login text NOT NULL UNIQUE,
  full_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('advocate', 'head', 'staff')),
  collegium_id text NOT NULL REFERENCES collegiums (id),
  office_id text REFERENCES offices (id),
  -- scrypt: "scrypt$N$r$p$salt$hash" (base64url); never a plain or reversible password.
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role = 'staff' OR office_id IS NOT NULL)
);

-- A registered laptop. The token is shown once at registration; only its SHA-256 is kept.
CREATE TABLE devices (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);

-- One row: the last server revision. Taking the next one updates this row, so writers are
-- serialised and revisions are assigned in commit order: a pull never skips a revision that
-- commits later with a lower number (what a sequence would allow).
CREATE TABLE server_state (
  id integer PRIMARY KEY CHECK (id = 1),
  revision bigint NOT NULL
);
INSERT INTO server_state (id, revision) VALUES (1, 0);

-- The latest accepted version of every synced record. `body` is the record as the client
-- stored it (personal fields already encrypted by the client codec once issue 9 lands).
CREATE TABLE records (
  entity text NOT NULL,
  entity_id text NOT NULL,
  version integer NOT NULL,
  owner_id text NOT NULL REFERENCES users (id),
  office_id text REFERENCES offices (id),
  collegium_id text NOT NULL REFERENCES collegiums (id),
  body jsonb NOT NULL,
  revision bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (entity, entity_id)
);
CREATE INDEX records_owner_revision ON records (owner_id, revision);
CREATE INDEX records_office_revision ON records (office_id, revision);
CREATE INDEX records_collegium_revision ON records (collegium_id, revision);

-- Every op ever received, keyed by the client's opId: a retried push finds its earlier answer
-- here and changes nothing (idempotency).
CREATE TABLE ops (
  op_id text PRIMARY KEY,
  device_id text NOT NULL REFERENCES devices (id),
  user_id text NOT NULL REFERENCES users (id),
  entity text NOT NULL,
  entity_id text NOT NULL,
  base_version integer NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('accepted', 'rejected', 'conflict')),
  code text,
  revision bigint,
  received_at timestamptz NOT NULL
);
CREATE INDEX ops_device ON ops (device_id, received_at);

-- Concurrent edits: both versions kept, visible to the people involved; nothing overwritten.
CREATE TABLE conflicts (
  id text PRIMARY KEY,
  entity text NOT NULL,
  entity_id text NOT NULL,
  op_id text NOT NULL REFERENCES ops (op_id),
  owner_id text NOT NULL REFERENCES users (id),
  office_id text REFERENCES offices (id),
  base_version integer NOT NULL,
  server_version integer NOT NULL,
  theirs jsonb NOT NULL,
  ours jsonb NOT NULL,
  revision bigint NOT NULL,
  created_at timestamptz NOT NULL,
  resolved_at timestamptz
);
CREATE INDEX conflicts_office_revision ON conflicts (office_id, revision);
CREATE INDEX conflicts_owner_revision ON conflicts (owner_id, revision);
