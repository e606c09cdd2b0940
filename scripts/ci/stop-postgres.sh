#!/usr/bin/env bash
# Stops the server start-postgres.sh started and removes its data dir.
set -euo pipefail

STATE_FILE="${READOUT_PG_STATE:-/tmp/readout-pg.datadir}"
if [ ! -f "$STATE_FILE" ]; then
  echo "stop-postgres: no server recorded in $STATE_FILE; nothing to stop" >&2
  exit 0
fi
datadir="$(cat "$STATE_FILE")"

bindir=""
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/pg_ctl" ] && bindir="$d"
done

if [ -n "$bindir" ] && [ -f "$datadir/postmaster.pid" ]; then
  runuser -u postgres -- "$bindir/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null
fi
rm -rf "$datadir" "$datadir.initdb.log"
rm -f "$STATE_FILE"
echo "stopped PostgreSQL at $datadir"
