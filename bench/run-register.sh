#!/usr/bin/env bash
# Register benchmarks for docs/performance.md (issue 7 §5): N AI systems in one organization, then wrk on loopback for
# the default list, every sort (ascending and descending), each filter, search and a deep page, at 8 and 64 clients,
# and API creates at 8 clients (ledger on). Prints one Markdown row per case: p50 / p95 / p99 / max (ms), req/s, errors.
# Usage: PROVIDER=sqlite|postgres N=10000 DURATION=5s bench/run-register.sh
#   PostgreSQL: PG="Host=127.0.0.1;Username=aims;Password=aims" (a database is created and dropped per run).
#   Other registers: REGISTER=documents|evidence|readiness with DOCS=10000 EVIDENCE=50000 (seeded besides the N AI
#   systems); readiness also prints the time of its first, computed answer (later ones come from its cache).
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${PROVIDER:-sqlite}
N=${N:-10000}
DURATION=${DURATION:-5s}
REGISTER=${REGISTER:-ai-systems}
DOCS=${DOCS:-0}
EVIDENCE=${EVIDENCE:-0}
CLIENTS=${CLIENTS:-"8 64"}
PORT=${PORT:-$((20000 + RANDOM % 20000))}
URL="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/aims-register-bench.XXXXXX)
export Aims__DataDir="$DATA" Aims__Bootstrap__AdminEmail=bench@openaims.local Aims__Bootstrap__AdminPassword=Bench-Password-2026
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
if [ "$PROVIDER" = postgres ]; then
  PG=${PG:-"Host=127.0.0.1;Username=aims;Password=aims"}
  PGDB="aims_bench_$(date +%s)_$RANDOM"
  export Database__Provider=Postgres ConnectionStrings__Aims="$PG;Database=$PGDB"
  CONN="$ConnectionStrings__Aims"
else
  CONN="Data Source=$DATA/aims.db"
fi
# A private artifacts folder per commit: a run keeps its binaries even while the working tree is rebuilt meanwhile.
ART=${ART:-/tmp/aims-register-bench-bin-$(git rev-parse --short HEAD)}
if [ "${BUILD:-1}" = 1 ]; then  # BUILD=0 ART=… reruns binaries built before (e.g. an earlier commit's, for A/B runs)
  for p in src/Aims.Web src/Aims.Cli bench/Aims.RegisterSeed; do
    dotnet build "$p" -c Release -nologo -clp:ErrorsOnly --artifacts-path "$ART" >"$DATA/build.log" || { cat "$DATA/build.log"; exit 1; }
  done
fi
WEB="$ART/bin/Aims.Web/release/Aims.Web.dll"
CLI="$ART/bin/Aims.Cli/release/aims.dll"
SEED="$ART/bin/Aims.RegisterSeed/release/Aims.RegisterSeed.dll"

cleanup() {
  [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  if [ "$PROVIDER" = postgres ]; then
    PGPASSWORD=aims psql -h 127.0.0.1 -U aims -d postgres -qc "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

(cd src/Aims.Web && exec dotnet "$WEB" --urls "$URL" >"$DATA/web.log" 2>&1) &
PID=$!
until curl -s -o /dev/null -w '%{http_code}' "$URL/account/login" 2>/dev/null | grep -q 200; do
  kill -0 $PID 2>/dev/null || { cat "$DATA/web.log"; exit 1; }
  sleep 0.1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(uname -sr), dotnet $(dotnet --version), commit $(git rev-parse --short HEAD)"
echo "provider: $PROVIDER, N=$N, wrk -t2 -d$DURATION, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$SEED" "$PROVIDER" "$CONN" demo "$N" "$DOCS" "$EVIDENCE"
export TOKEN
TOKEN=$(dotnet "$CLI" tokens create --org demo --role Admin --user bench@openaims.local --expires 1)
# One host and one seed for every register named in REGISTER (e.g. REGISTER="documents evidence readiness").
for REG in $REGISTER; do
API="$URL/api/v1/orgs/demo/$REG"
if [ "$REG" = readiness ]; then
  # Before any other readiness request: the first answer is computed, later ones come from the cache until a change.
  echo "first readiness answer (computed): $(curl -s -o /dev/null -w '%{http_code}, %{time_total}' -H "Authorization: Bearer $TOKEN" "$API") s"
fi
total=$(curl -s -H "Authorization: Bearer $TOKEN" "$API?pageSize=1" | grep -o '"total":[0-9]*' || true)
owner=$(curl -s -H "Authorization: Bearer $TOKEN" "$API?pageSize=1&sort=-createdAt" | grep -o '"ownerId":"[^"]*"' | cut -d'"' -f4 || true)
echo "== $REG: register holds $total; owner filter uses $owner"

case "$REG" in
  ai-systems)
    CASES=("pageSize=25")
    for f in name lifecycleStage status createdAt updatedAt; do CASES+=("sort=$f" "sort=-$f"); done
    CASES+=("stage=deployment" "status=archived" "ownerId=$owner" "stage=deployment&status=active&sort=-updatedAt"
      "q=system%209999" "q=scores" "q=9999" "page=200&pageSize=25") ;;
  documents)
    CASES=("pageSize=25" "sort=title" "sort=-updatedAt" "sort=nextReview" "type=aiPolicy" "clause=6.1.2" "control=A.2.2"
      "ownerId=$owner" "reviewDue=overdue" "q=procedure" "q=procedure%209999" "page=200&pageSize=25") ;;
  evidence)
    CASES=("pageSize=25" "sort=title" "sort=-effectiveDate" "sort=validUntil" "validity=expired" "validity=due"
      "control=A.6.2.4" "clause=8.2" "ownerId=$owner" "q=minutes" "q=check%2049999" "page=1000&pageSize=25") ;;
  readiness)
    CASES=("") ;;
esac
[ -n "${ONLY:-}" ] && read -r -a CASES <<<"$ONLY"  # ONLY="pageSize=25 q=scores": just these cases
# Warm-up so start-up effects do not land in the first cases: every case once, then 30 s at the largest client count
# (measured: the first 10-15 s after start answer at half the steady rate, while JIT tiering finishes and the thread
# pool grows to the concurrency; SQLite's driver blocks a pool thread per query. With cached pages the requests are
# short enough that dotnet-counters showed the JIT still taking 0.4-0.8 of a core until about 30 s after start).
for q in "${CASES[@]}"; do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$API?$q"; done
MAXC=$(tr ' ' '\n' <<<"$CLIENTS" | sort -n | tail -1)
LABEL="warm-up" wrk -t2 -c"$MAXC" -d30s --timeout 10s -s bench/register.lua "$API?${CASES[0]}" >/dev/null
echo "| request | p50 | p95 | p99 | max | req/s | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for c in $CLIENTS; do
  for q in "${CASES[@]}"; do
    LABEL="\`${q:-$REG}\`, $c clients" wrk -t2 -c"$c" -d"$DURATION" --timeout 10s -s bench/register.lua "$API?$q" | grep '^|'
  done
done
if [ "$REG" = ai-systems ] && [ "${CREATES:-1}" = 1 ]; then
  # The create path has its own warm-up, as the lists do: measured, its first seconds after the list cases ran at
  # half the steady rate while the write path was JIT-compiled.
  LABEL="create warm-up" CREATE=1 wrk -t2 -c8 -d5s --timeout 10s -s bench/register.lua "$API" >/dev/null
  LABEL="create (POST), 8 clients" CREATE=1 wrk -t2 -c8 -d"$DURATION" --timeout 10s -s bench/register.lua "$API" | grep '^|'
  echo "after creates the register holds $(curl -s -H "Authorization: Bearer $TOKEN" "$API?pageSize=1" | grep -o '"total":[0-9]*')"
fi
done
