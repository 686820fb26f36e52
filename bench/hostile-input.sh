#!/usr/bin/env bash
# Hostile input against the packaged app on this machine: the heap after a full GC before and after 20 number bombs
# sent by an EDITOR-level token (PUT /api/v1/values), the time to answer each, and the sign-in wait per client address
# behind a trusted proxy (the default trusts 127.0.0.1, as a local nginx). Prints a markdown table for docs/benchmarks.md.
# Needs: backend/target/quarkus-app (./mvnw package -DskipTests), curl, jcmd.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || (cd "$root/backend" && ./mvnw -q -B package -DskipTests)
work="$(mktemp -d)"; port=18190; mport=19190; api="http://127.0.0.1:$port/api/v1"
password='Bench-hostile-input-2026'
VWU_AUTH_BOOTSTRAP_PASSWORD="$password" QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$mport VWU_EMBEDDED_DB_DATA_DIR="$work/pg" \
  VWU_DEMO_DATA_ENABLED=false java -Xmx1g -jar "$jar" > "$work/app.log" 2>&1 &
app=$!
trap 'status=$?; kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"; exit $status' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$mport/q/health/ready" > /dev/null && break; sleep 0.5; done

cookie="$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$api/session" \
  | sed -n 's/^Set-Cookie: vwu_session=\([^;]*\).*/\1/Ip')"
token="$(curl -s -b "vwu_session=$cookie" -H 'X-Requested-With: bench' -H 'Content-Type: application/json' \
  -d '{"name":"hostile input bench","roles":["EDITOR"]}' "$api/api-tokens" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')"
commune="$(curl -s -H "Authorization: Bearer $token" "$api/units?level=COMMUNE&size=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')"
heap() { jcmd "$app" GC.run > /dev/null; jcmd "$app" GC.heap_info | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -1; }

echo "## Hostile input ($(date -u +%Y-%m-%d), $(nproc) cores, commit $(git -C "$root" rev-parse --short HEAD))"
echo
echo "Command: \`bash bench/hostile-input.sh\`"
echo
before="$(heap)"
echo "| number sent as a value | status | answer bytes | time ms |"
echo "|---|---|---|---|"
for bomb in 1e999999999 -1e999999999 1e-300000000 -1e-300000000 1e200000 1e20000 1e2147483647 1e-2147483647 9.99e999999 1e16 \
            1000000000000000 -1000000000000000 123456789012345678901234567890 0.0000001 1e-7 12345678901234567890.5 1E+999 7e-999 4.2e100 \
            "1$(printf '0%.0s' $(seq 1 900))"; do
  body="{\"values\":[{\"indicator\":\"VWU-MEM-NEW\",\"unitId\":\"$commune\",\"period\":\"2025-10\",\"value\":$bomb}]}"
  read -r status size time < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' -X PUT -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$body" "$api/values")
  shown="${bomb:0:32}"; [ ${#bomb} -gt 32 ] && shown="$shown… (${#bomb} chars)"
  echo "| \`$shown\` | $status | $size | $(awk "BEGIN{printf \"%.1f\", $time*1000}") |"
done
after="$(heap)"
echo
echo "Heap used after a full GC: $((before / 1024)) MB before, $((after / 1024)) MB after."
echo
echo "| sign-in behind the proxy | status |"
echo "|---|---|"
for i in 1 2 3 4 5; do
  s="$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 203.0.113.7' -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"wrong-'$i'"}' "$api/session")"
  echo "| wrong password $i from 203.0.113.7 | $s |"
done
echo "| right password from 203.0.113.7 | $(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 203.0.113.7' -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$api/session") |"
echo "| right password from 198.51.100.23 | $(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 198.51.100.23' -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$api/session") |"
