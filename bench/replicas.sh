#!/usr/bin/env bash
# Several replicas starting at once on one new, empty PostgreSQL (as after `kubectl apply` with replicas: N):
# each must start, the schema must be migrated once, the reference structure and the first administrator created
# once, and every replica must then serve the same data. Usage: bench/replicas.sh [replicas, default 3]
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
n="${1:-3}"
[ -f "$jar" ] || (cd "$root/backend" && ./mvnw -q -B package -DskipTests)
work="$(mktemp -d)"
chmod 755 "$work"
pgbin="$(ls -d /tmp/embedded-pg/PG-*/bin | head -1)"
[ -x "$pgbin/postgres" ] || { echo "run the app once first: it unpacks the embedded PostgreSQL binaries into /tmp/embedded-pg"; exit 1; }
pgport=25432
# PostgreSQL refuses to run as root; like the embedded library, run it in a user namespace.
unshare -U "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$work/initdb.log"
unshare -U "$pgbin/postgres" -D "$work/pg" -p $pgport -c max_connections=200 > "$work/pg.log" 2>&1 &
pg=$!
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; kill -INT $pg; wait $pg 2>/dev/null || true; rm -rf "$work"' EXIT
until pg_isready -q -h localhost -p $pgport; do sleep 0.1; done
echo "## $n replicas starting at once on an empty database ($(date -u +%Y-%m-%d))"
echo
t0=$(date +%s.%N)
for i in $(seq 1 "$n"); do
  QUARKUS_HTTP_PORT=$((18100 + i)) QUARKUS_MANAGEMENT_PORT=$((19100 + i)) QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pgport/postgres" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres VWU_DEMO_DATA_ENABLED=false \
    java -Xmx512m -jar "$jar" > "$work/app-$i.log" 2>&1 &
  pids+=($!)
done
fail=0
for i in $(seq 1 "$n"); do
  ready=0
  for _ in $(seq 1 900); do
    if curl -sf "http://localhost:$((19100 + i))/q/health/ready" > /dev/null; then ready=1; break; fi
    kill -0 "${pids[$((i - 1))]}" 2>/dev/null || break
    sleep 0.2
  done
  if [ $ready = 1 ]; then
    echo "- replica $i ready after $(echo "$(date +%s.%N) - $t0" | bc | cut -c1-4) s"
  else
    echo "- replica $i FAILED to start:"; grep -E '"level":"ERROR"' "$work/app-$i.log" | head -3 | cut -c1-400; fail=1
  fi
done
q() { psql -h localhost -p $pgport -U postgres -Atc "$1"; }
echo "- migrations applied: $(q "SELECT count(*) FROM flyway_schema_history WHERE success") rows in flyway_schema_history, $(q "SELECT count(*) - count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL") applied twice"
echo "- reference loads: $(q "SELECT string_agg(dataset || ' ×' || n, ', ') FROM (SELECT dataset, count(*) n FROM data_load GROUP BY dataset) x"); units: $(q "SELECT count(*) FROM unit")"
echo "- administrator accounts: $(q "SELECT count(*) FROM app_user")"
echo "- errors in the replicas' logs: $(cat "$work"/app-*.log | grep -c '"level":"ERROR"' || true)"
for i in $(seq 1 "$n"); do
  curl -s "http://localhost:$((18100 + i))/api/v1/units?level=PROVINCE&asOf=2026-01-01&size=1" -o /dev/null -w "%{http_code}" > "$work/code" || true
  [ "$(cat "$work/code")" = 401 ] || { echo "- replica $i answers $(cat "$work/code") to an anonymous read (401 expected)"; fail=1; }
done
[ "$(q "SELECT count(*) - count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL")" = 0 ] || fail=1
[ "$(q "SELECT count(*) FROM app_user")" = 1 ] || fail=1
[ $fail = 0 ] && echo "- all replicas up, everything created once"
exit $fail
