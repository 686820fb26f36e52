#!/usr/bin/env bash
# Indicator benchmark on a national-scale dataset (~30 M values). The database is kept between runs in
# ${VWU_BENCH_DIR:-/tmp/vwu-bench} so that the dataset is generated once (minutes) and reused.
# Usage: bench/indicators.sh [runs per query, default 30]     Fresh dataset: rm -rf /tmp/vwu-bench
set -euo pipefail
source "$(dirname "$0")/api-token.sh"
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-30}"
port=18090
dir="${VWU_BENCH_DIR:-/tmp/vwu-bench}"
jar="$root/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || (cd "$root/backend" && ./mvnw -q -B package -DskipTests)
pgjar="$(ls "$root"/backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)"
mkdir -p "$dir"
cd "$dir"
QUARKUS_HTTP_PORT=$port VWU_EMBEDDED_DB_DATA_DIR="$dir/pg" VWU_DEMO_DATA_ENABLED=false \
  java -Xmx1g -jar "$jar" > app.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$port/q/health/ready" > /dev/null && break
  kill -0 "$app" 2>/dev/null || { cat app.log; exit 1; }
  sleep 0.2
done
export VWU_TOKEN="$(api_token $port)"
pgport=$(grep -oE 'on port [0-9]+|\(port [0-9]+\)' app.log | grep -oE '[0-9]+' | tail -1)
echo "## Indicator benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1))"
echo
java -cp "$pgjar" "$root/bench/IndicatorBench.java" "http://localhost:$port" "jdbc:postgresql://localhost:$pgport/postgres" "$runs"
echo
echo "- backend RSS after the run: $(( $(ps -o rss= -p "$app") / 1024 )) MB"
