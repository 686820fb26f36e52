#!/usr/bin/env bash
# Hierarchy benchmark: starts the packaged app on a fresh embedded database, reports how long the
# reference (and demo) load took, then the latency of `children` and `ancestors` as of 2025-06-30 and
# 2025-07-01. Usage: bench/hierarchy.sh [requests per query, default 2000]
set -euo pipefail
source "$(dirname "$0")/api-token.sh"
root="$(cd "$(dirname "$0")/.." && pwd)"
requests="${1:-2000}"
port=18080
jar="$root/backend/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ]; then
  (cd "$root/backend" && ./mvnw -q -B package -DskipTests)
fi
work="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
t0=$(date +%s.%N)
QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) VWU_EMBEDDED_DB_DATA_DIR="$work/pg" java -jar "$jar" > app.log 2>&1 &
app=$!
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$((port + 1000))/q/health/ready" > /dev/null && break
  kill -0 "$app" 2>/dev/null || { cat app.log; exit 1; }
  sleep 0.2
done
t1=$(date +%s.%N)
export VWU_TOKEN="$(api_token $port)"
echo "## Hierarchy benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1))"
echo
echo "- first start on an empty database, to ready: $(echo "$t1 - $t0" | bc) s"
grep -o 'Loaded data set [^"]*' app.log | sed 's/^/- /'
echo
java "$root/bench/HierarchyLatency.java" "http://localhost:$port" "$requests"
