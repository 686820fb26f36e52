#!/usr/bin/env bash
# Indicator benchmark on a national-scale dataset (~30 M values). The database is kept between runs in
# ${VWU_BENCH_DIR:-/tmp/vwu-bench} so that the dataset is generated once (minutes) and reused.
# Usage: bench/indicators.sh [runs per query, default 30]     Fresh dataset: rm -rf /tmp/vwu-bench
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
runs="${1:-30}"
start_app indicators
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
export VWU_TOKEN="$(api_token $port)"
echo "## Indicator benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1))"
echo
java -cp "$(pgjar)" "$root/bench/IndicatorBench.java" "http://localhost:$port" "jdbc:postgresql://localhost:$(pg_port)/postgres" "$runs"
echo
echo "- backend RSS after the run: $(( $(ps -o rss= -p "$app") / 1024 )) MB"
