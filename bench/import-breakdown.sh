#!/usr/bin/env bash
# Where a bulk import's database time goes, on the national dataset of bench/indicators.sh (run that first).
# Each variant is rolled back: the database is left as it was. Usage: bench/import-breakdown.sh
set -euo pipefail
source "$(dirname "$0")/bench-app.sh"
require_dataset
start_app import-breakdown
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
echo "## Import breakdown ($(date -u +%Y-%m-%d), $(nproc) cores): one upsert of a national month, 49,815 values"
echo
java -cp "$(pgjar)" "$root/bench/ImportBreakdown.java" "jdbc:postgresql://localhost:$(pg_port)/postgres"
