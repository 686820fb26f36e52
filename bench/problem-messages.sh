#!/usr/bin/env bash
# How long wording a problem message in Vietnamese takes (ProblemCatalogue), for ordinary messages and for
# messages built from hostile values. Usage: bench/problem-messages.sh   (needs a compiled backend)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -d "$root/backend/target/classes/vn" ] || (cd "$root/backend" && ./mvnw -q -B compile -Dskip.frontend=true)
java -cp "$root/backend/src/main/resources:$root/backend/target/classes" "$root/bench/ProblemCatalogueBench.java"
