#!/usr/bin/env bash
# Other layouts of the yearly sums (value_year) against the current one: import time and WAL, and read time, on the
# national dataset of bench/indicators.sh (run that first). Writes are rolled back; the copy it builds is dropped.
# Usage: bench/value-year-layouts.sh [ROUNDS]   (default 5; ~15 s per layout and round)
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
require_dataset
start_app value-year-layouts
classes="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$classes"' EXIT
echo "## Yearly-sum layouts ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo
# compiled together: the upsert and the staged month are ImportBreakdown's, not a copy
javac -d "$classes" "$root/bench/ImportBreakdown.java" "$root/bench/ValueYearLayouts.java"
java -cp "$classes:$(pgjar)" ValueYearLayouts "jdbc:postgresql://localhost:$(pg_port)/postgres" "${1:-5}"
