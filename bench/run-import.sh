#!/usr/bin/env bash
# Import benchmark for docs/performance.md (issue 10 §7): a 5 000-row CSV for each of datasets, third parties and AI
# systems, once with 12 bad rows (refused: the time to check every row and answer 12 errors) and once fixed (imported:
# checks, creates and ledgers all rows in one transaction). One warm-up import of 50 rows first, as a running host has.
# Usage: PROVIDER=sqlite|postgres ROWS=5000 BAD=12 bench/run-import.sh
#   PostgreSQL: PG="Host=127.0.0.1;Username=aims;Password=aims" (a database is created and dropped per run).
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${PROVIDER:-sqlite}
ROWS=${ROWS:-5000}
BAD=${BAD:-12}
PORT=${PORT:-$((20000 + RANDOM % 20000))}
URL="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/aims-import-bench.XXXXXX)
export Aims__DataDir="$DATA" Aims__Bootstrap__AdminEmail=bench@openaims.local Aims__Bootstrap__AdminPassword=Bench-Password-2026
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
if [ "$PROVIDER" = postgres ]; then
  PG=${PG:-"Host=127.0.0.1;Username=aims;Password=aims"}
  PGDB="aims_import_$(date +%s)_$RANDOM"
  export Database__Provider=Postgres ConnectionStrings__Aims="$PG;Database=$PGDB"
fi
ART=${ART:-/tmp/aims-import-bench-bin-$(git rev-parse --short HEAD)}
for p in src/Aims.Web src/Aims.Cli; do
  dotnet build "$p" -c Release -nologo -clp:ErrorsOnly --artifacts-path "$ART" >"$DATA/build.log" || { cat "$DATA/build.log"; exit 1; }
done
WEB="$ART/bin/Aims.Web/release/Aims.Web.dll"
CLI="$ART/bin/Aims.Cli/release/aims.dll"

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
TOKEN=$(dotnet "$CLI" tokens create --org demo --role Admin --user bench@openaims.local --expires 1)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(uname -sr), dotnet $(dotnet --version), commit $(git rev-parse --short HEAD)"
echo "provider: $PROVIDER, rows=$ROWS, bad=$BAD, load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# generate REGISTER ROWS BAD TAG: a CSV whose rows at every (ROWS/BAD)-th position break one rule each (when BAD > 0).
generate() {
  awk -v reg="$1" -v n="$2" -v bad="$3" -v tag="$4" -v owner=bench@openaims.local 'BEGIN {
    step = bad > 0 ? int(n / bad) : 0
    if (reg == "datasets") print "name,purpose,provenance,acquisition,personalData,legalBasis,qualityRequirements,retention,ownerId"
    else if (reg == "third-parties") print "name,kind,supplies,responsibilities,dueDiligence,reviewDate,ownerId"
    else print "name,purpose,intendedUse,systemType,autonomyLevel,humanOversightWho,geographies,languages,ownerId"
    for (i = 1; i <= n; i++) {
      broken = step > 0 && i % step == 0 && i / step <= bad
      name = sprintf("%s %s %05d", reg, tag, i)
      if (reg == "datasets")
        printf "%s,%s,\"Loan book snapshot, exported %d\",collectedInHouse,personal,%s,Complete for 2019-2025,Seven years,%s\n",
          name, broken ? "trainingg" : "training", i, "GDPR Art. 6(1)(b)", owner
      else if (reg == "third-parties")
        printf "%s,supplier,Scoring model and hosting,\"deployment=shared; operationAndMonitoring=provider\",Questionnaire and SOC 2 report,%s,%s\n",
          name, broken ? "31/12/2027" : "2027-12-31", owner
      else
        printf "%s,Scores loan applications,Advice to underwriters,machineLearningModel,%s,Underwriter on duty,\"Germany; France\",\"German; French\",%s\n",
          name, broken ? "fully" : "humanInTheLoop", owner
    }
  }'
}

import() {  # import REGISTER FILE QUERY → "status seconds errors"
  curl -s -o "$DATA/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" \
    --data-binary @"$2" "$URL/api/v1/orgs/demo/$1/import$3"
  echo " $(grep -o '"line":' "$DATA/answer.json" | wc -l)"
}

echo "| register | file | answer | seconds | errors listed |"
echo "|---|---|---|---:|---:|"
for REG in datasets third-parties ai-systems; do
  generate "$REG" 50 0 warm >"$DATA/warm.csv"
  generate "$REG" "$ROWS" "$BAD" run >"$DATA/bad.csv"
  generate "$REG" "$ROWS" 0 run >"$DATA/good.csv"
  import "$REG" "$DATA/warm.csv" "" >/dev/null
  read -r code secs errs <<<"$(import "$REG" "$DATA/bad.csv" "?preview=true")"
  echo "| $REG | $ROWS rows, $BAD bad: preview | $code | $secs | $errs |"
  read -r code secs errs <<<"$(import "$REG" "$DATA/bad.csv" "")"
  echo "| $REG | $ROWS rows, $BAD bad: import | $code | $secs | $errs |"
  read -r code secs errs <<<"$(import "$REG" "$DATA/good.csv" "")"
  echo "| $REG | $ROWS rows, fixed: import | $code | $secs | $errs |"
done
