#!/usr/bin/env bash
# Web host benchmarks for docs/performance.md:
#   1. cold start: process launch on an empty data folder (migrate + seed) until the sign-in page answers 200;
#   2. warm restart: same, with the database already there;
#   3. list latency of GET /api/v1/orgs/demo/ai-systems with 1 000 AI systems (wrk, loopback only, bounded).
# Usage: bench/run-web.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5099}
URL="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
export Aims__DataDir="$DATA" Aims__Bootstrap__AdminEmail=bench@openaims.local Aims__Bootstrap__AdminPassword=Bench-Password-2026
dotnet build src/Aims.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build src/Aims.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
WEB="src/Aims.Web/bin/Release/net10.0/Aims.Web.dll"
CLI="src/Aims.Cli/bin/Release/net10.0/aims.dll"

start_and_time() {  # sets PID and MS
  local t0 t1
  t0=$(date +%s%N)
  (cd src/Aims.Web && exec dotnet "../../$WEB" --urls "$URL" >"$DATA/web.log" 2>&1) &
  PID=$!
  until curl -s -o /dev/null -w '%{http_code}' "$URL/account/login" 2>/dev/null | grep -q 200; do sleep 0.02; done
  t1=$(date +%s%N)
  MS=$(( (t1 - t0) / 1000000 ))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(uname -sr), dotnet $(dotnet --version)"
start_and_time; echo "cold start (empty data folder, migrate + seed) to first page: ${MS} ms"
kill $PID; wait $PID 2>/dev/null || true
start_and_time; echo "restart (existing database) to first page: ${MS} ms"

TOKEN=$(dotnet "$CLI" tokens create --org demo --role Admin --user bench@openaims.local --expires 1)
echo "seeding 1 000 AI systems through the API…"
seq 1 995 | xargs -P 4 -I{} curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark system {}","purpose":"Load test record {}","lifecycleStage":"deployment"}' "$URL/api/v1/orgs/demo/ai-systems"
total=$(curl -s -H "Authorization: Bearer $TOKEN" "$URL/api/v1/orgs/demo/ai-systems?pageSize=1" | grep -o '"total":[0-9]*')
echo "register now holds: $total"

echo "--- single client, GET …/ai-systems?pageSize=25 (wrk -t1 -c1 -d10s)"
wrk -t1 -c1 -d10s --latency -H "Authorization: Bearer $TOKEN" "$URL/api/v1/orgs/demo/ai-systems?pageSize=25" | \
  grep -E "50%|90%|99%|Requests/sec"
for q in "pageSize=25" "pageSize=25&sort=-updatedAt" "q=system%2099&pageSize=25" "pageSize=200"; do
  echo "--- GET /api/v1/orgs/demo/ai-systems?$q  (wrk -t2 -c8 -d10s)"
  wrk -t2 -c8 -d10s --latency -H "Authorization: Bearer $TOKEN" "$URL/api/v1/orgs/demo/ai-systems?$q" | \
    grep -E "Latency|50%|90%|99%|Requests/sec"
done
kill $PID; wait $PID 2>/dev/null || true
rm -rf "$DATA"
