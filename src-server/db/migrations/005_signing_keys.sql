-- Schema 5: the public keys users' devices sign offline bundles with (issue 9, docs/sync.md
-- "Offline bundles"). A relayed bundle is applied as its advocate only if it verifies with one
-- of that advocate's keys here. A key gets here
--   'owner'  from the user's own device, authenticated as that user (POST /v1/sync/signing-key);
--            one per device store, so a user may have several;
--   'relay'  from a head relaying the first bundle of an advocate who has no key yet (trust on
--            first use, for an office that was never online): registered_by is the head.
-- Keys are compared by the whole SPKI, not only the short id. Plain SQL for PostgreSQL 15 and
-- PGlite.

CREATE TABLE signing_keys (
  user_id text NOT NULL REFERENCES users (id),
  -- First 8 bytes of SHA-256(SPKI), "3f2a-91c0-77b4-0e1d" (signing-key.ts signingKeyId).
  key_id text NOT NULL,
  -- ECDSA P-256 SubjectPublicKeyInfo, base64.
  spki text NOT NULL,
  registered_via text NOT NULL CHECK (registered_via IN ('owner', 'relay')),
  registered_by text NOT NULL REFERENCES users (id),
  -- The device that sent it (the owner's, or the relaying head's).
  device_id text NOT NULL REFERENCES devices (id),
  registered_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, key_id)
);
