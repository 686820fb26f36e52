# Sourced by the bench scripts: the benchmarks call the API as the first administrator, created at the bench
# database's first start with this password (a throwaway database: the password guards nothing real).
export VWU_AUTH_BOOTSTRAP_PASSWORD="${VWU_AUTH_BOOTSTRAP_PASSWORD:-Bench-passphrase-2026}"

# Prints a fresh API token of the administrator (after the app is ready on port $1).
api_token() {
  local jar; jar="$(mktemp)"
  curl -sf -c "$jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$VWU_AUTH_BOOTSTRAP_PASSWORD\"}" "http://localhost:$1/api/v1/session" > /dev/null
  curl -sf -b "$jar" -H 'Content-Type: application/json' -H 'X-Requested-With: bench' -d '{"name":"benchmark"}' \
    "http://localhost:$1/api/v1/api-tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/'
  rm -f "$jar"
}
