#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store tests and prints its URL (export it as READOUT_TEST_PG).
# initdb refuses to run as root, so the cluster belongs to the postgres user; the data dir is temporary.
set -euo pipefail

PORT="${READOUT_PG_PORT:-55432}"
STATE_FILE="${READOUT_PG_STATE:-/tmp/readout-pg.datadir}"

bindir=""
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/initdb" ] && bindir="$d"
done
if [ -z "$bindir" ]; then
  echo "start-postgres: no PostgreSQL server found under /usr/lib/postgresql; install it with: apt-get install -y postgresql" >&2
  exit 1
fi

if ! id postgres >/dev/null 2>&1; then
  echo "start-postgres: the 'postgres' system user does not exist; installing the postgresql package creates it" >&2
  exit 1
fi

if [ -f "$STATE_FILE" ] && [ -d "$(cat "$STATE_FILE")" ]; then
  old="$(cat "$STATE_FILE")"
  if [ -f "$old/postmaster.pid" ] && kill -0 "$(head -1 "$old/postmaster.pid")" 2>/dev/null; then
    echo "start-postgres: a server from $old is still running; run scripts/ci/stop-postgres.sh first" >&2
    exit 1
  fi
  # A previous run died without stopping its server cleanly; its data dir is garbage now.
  rm -rf "$old" "$old.initdb.log"
  rm -f "$STATE_FILE"
fi

datadir="$(mktemp -d /tmp/readout-pg.XXXXXX)"
chown postgres:postgres "$datadir" 2>/dev/null || as_pg true
chmod 700 "$datadir"
echo "$datadir" > "$STATE_FILE"

# initdb and pg_ctl must run as postgres: directly when we are that user, else via runuser (root) or sudo.
if [ "$(id -un)" = postgres ]; then
  as_pg() { "$@"; }
elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null 2>&1; then
  as_pg() { runuser -u postgres -- "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  as_pg() { sudo -n -u postgres -- "$@"; }
else
  echo "start-postgres: run as root (or as the postgres user, or with passwordless sudo) so the server can run as postgres" >&2
  exit 1
fi

as_pg "$bindir/initdb" -D "$datadir" -U postgres --auth=trust -E UTF8 --locale=C >"$datadir.initdb.log" 2>&1 \
  || { cat "$datadir.initdb.log" >&2; exit 1; }
# fsync off: the cluster is thrown away after the tests, and durability would only slow them down.
as_pg "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$datadir/server.log" >&2; exit 1; }

as_pg "$bindir/createdb" -h 127.0.0.1 -p "$PORT" -U postgres readout_test

echo "postgres://postgres@127.0.0.1:$PORT/readout_test"
