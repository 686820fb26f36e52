#!/usr/bin/env bash
# Activity benchmark on the national-scale dataset of bench/indicators.sh plus ~1 million activities at commune
# unions before and after the 2025 reform. Shares ${VWU_BENCH_DIR:-/tmp/vwu-bench} with the indicator benchmark;
# activities are generated once (a few minutes) and reused.
# Usage: bench/activities.sh [runs per query, default 30]
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
runs="${1:-30}"
port=18091
start_app activities
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
export VWU_TOKEN="$(api_token $port)"
echo "## Activity benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1))"
echo
java -cp "$(pgjar)" "$root/bench/ActivityBench.java" "http://localhost:$port" "jdbc:postgresql://localhost:$(pg_port)/postgres" "$runs"
echo
echo "- backend RSS after the run: $(( $(ps -o rss= -p "$app") / 1024 )) MB"
