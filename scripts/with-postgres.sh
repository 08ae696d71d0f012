#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL (Debian's, 15 or later) started here on a
# loopback port, with QORGAU_TEST_DATABASE_URL pointing at it; stops and removes the cluster
# afterwards, whatever the command's outcome. Used by `npm run test:server:pg` and .ci/run.
#   scripts/with-postgres.sh npx vitest run --project unit src-server
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 2
fi
port="${QORGAU_TEST_PG_PORT:-55432}"
dir="$(mktemp -d /tmp/qorgau-pg.XXXXXX)"

# initdb refuses to run as root: the cluster belongs to the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"

stop() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# fsync off: a test cluster that is thrown away need not survive a power cut.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

export QORGAU_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"$@"
