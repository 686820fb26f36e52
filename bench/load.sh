#!/usr/bin/env bash
# Load test: the mixed cadre workload of bench/CadreLoad.java (70 % reads, 30 % writes) at 50, 100 and 200
# concurrent users against the packaged app on the national-scale dataset of bench/indicators.sh.
# Usage: bench/load.sh [users, default 50,100,200] [warm-up s, default 20] [measured s, default 60]
#                      [think time min ms, default 500] [max ms, default 1500]
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
require_dataset
users="${1:-50,100,200}"
start_app load
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
export VWU_TOKEN="$(api_token $port)"
echo "## Load test ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1), backend -Xmx1g)"
echo
java -cp "$(pgjar)" "$root/bench/CadreLoad.java" load "http://localhost:$port" "jdbc:postgresql://localhost:$(pg_port)/postgres" "$app" \
  "$users" "${2:-20}" "${3:-60}" "${4:-500}" "${5:-1500}"
