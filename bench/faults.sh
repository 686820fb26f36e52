#!/usr/bin/env bash
# Fault drills on the packaged app with the national-scale dataset of bench/indicators.sh:
#  1. database outage: under load (cadre workload + single-value writes + bulk imports of 2,000 values), PostgreSQL
#     is stopped for 10 s and started again. Reports the answers while it is down (503 expected, quickly), how soon
#     the API recovers by itself, and checks that every acknowledged write is stored and no import is half-applied.
#  2. crash: kill -9 of the backend during concurrent bulk imports; after a restart, each import is entirely present
#     or entirely absent.
# Usage: bench/faults.sh [users during the outage, default 50]
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
require_dataset
users="${1:-50}"
start_app faults
# at the end, the app and the server (which the drill restarted outside the app) both go
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; sleep 1
      [ -f "$dir/pg/postmaster.pid" ] && kill -INT "$(head -1 "$dir/pg/postmaster.pid")" 2>/dev/null || true' EXIT
export VWU_TOKEN="$(api_token $port)"
pgport="$(pg_port)"
# Stop: SIGINT, a fast shutdown (what pg_ctl -m fast sends). Start: the exact command line the server recorded in
# postmaster.opts, in a user namespace as the embedded library does (unshare -U: PostgreSQL refuses to run as root).
cp "$dir/pg/postmaster.opts" "$dir/postmaster.cmd"
pgstop="kill -INT \$(head -1 $dir/pg/postmaster.pid); while [ -f $dir/pg/postmaster.pid ]; do sleep 0.05; done"
pgstart="eval \"unshare -U \$(cat $dir/postmaster.cmd)\" >> $dir/pg-restart.log 2>&1 & until pg_isready -q -h localhost -p $pgport; do sleep 0.05; done"
jdbc="jdbc:postgresql://localhost:$pgport/postgres"
echo "## Fault drills ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1))"
echo
echo "### PostgreSQL stopped for 10 s under load ($users users, 60 s)"
echo
java -cp "$(pgjar)" "$root/bench/CadreLoad.java" outage "http://localhost:$port" "$jdbc" "$app" "$users" 60 20 10 \
  "$pgstop" "$pgstart"
echo
echo "### kill -9 of the backend during bulk imports"
echo
log="$(mktemp)"
java -cp "$(pgjar)" "$root/bench/CadreLoad.java" crash "http://localhost:$port" "$jdbc" "$app" 4 8 "$log"
wait "$app" 2>/dev/null || true
t0=$(date +%s.%N)
start_app faults-restart
echo "- restarted and ready in $(echo "$(date +%s.%N) - $t0" | bc | cut -c1-4) s"
java -cp "$(pgjar)" "$root/bench/CadreLoad.java" verify "http://localhost:$port" "$jdbc" "$log"
rm -f "$log"
