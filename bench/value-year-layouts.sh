#!/usr/bin/env bash
# Other layouts of the yearly sums (value_year) against the current one: import time and WAL, and read time, on the
# national dataset of bench/indicators.sh (run that first). Writes are rolled back; the copy it builds is dropped.
# Usage: bench/value-year-layouts.sh [ROUNDS]   (default 5; ~15 s per layout and round)
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
require_dataset
start_app value-year-layouts
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
echo "## Yearly-sum layouts ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo
java -cp "$(pgjar)" "$root/bench/ValueYearLayouts.java" "jdbc:postgresql://localhost:$(pg_port)/postgres" "${1:-5}"
