# Sourced by the bench scripts on the national-scale database: starting the packaged app on it, its PostgreSQL.
source "$(dirname "${BASH_SOURCE[0]}")/api-token.sh"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${VWU_BENCH_DIR:-/tmp/vwu-bench}"
port="${VWU_BENCH_PORT:-18090}"
jar="$root/backend/target/quarkus-app/quarkus-run.jar"
pgjar() { ls "$root"/backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar; }

# The drills need the national dataset, which bench/indicators.sh generates.
require_dataset() {
  [ -d "$dir/pg" ] || { echo "no bench database in $dir: run bench/indicators.sh first (it generates the dataset)"; exit 1; }
}

# Starts the app (embedded PostgreSQL in $dir/pg, created if absent, reused when already running), logging to
# $dir/app-$1.log, and waits until it is ready; sets $app.
start_app() {
  [ -f "$jar" ] || (cd "$root/backend" && ./mvnw -q -B package -DskipTests)
  mkdir -p "$dir"
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) VWU_EMBEDDED_DB_DATA_DIR="$dir/pg" VWU_DEMO_DATA_ENABLED=false \
    java -Xmx1g -jar "$jar" >> "$dir/app-$1.log" 2>&1 &
  app=$!
  for _ in $(seq 1 900); do
    # Ready: the embedded server's superuser password is in the data directory (owner-only), for the raw-SQL floors.
    curl -sf "http://localhost:$((port + 1000))/q/health/ready" > /dev/null && { export PGPASSWORD="$(cat "$dir/pg/vwu-superuser-password")"; return 0; }
    kill -0 "$app" 2>/dev/null || { tail -50 "$dir/app-$1.log"; exit 1; }
    sleep 0.2
  done
  echo "the app did not get ready"; exit 1
}

# The port of the embedded PostgreSQL, from its pid file.
pg_port() { sed -n 4p "$dir/pg/postmaster.pid"; }
