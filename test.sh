#!/usr/bin/env bash
# Runs every test of OpenAIMS: installs and starts what the tests need (Chromium, PostgreSQL, poppler-utils, tzdata), builds,
# checks that both providers' migrations match the model, runs all test projects, and ends with
# "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need_apt+=(postgresql)
# pdftotext and pdffonts read back the PDFs that Aims.Reporting renders.
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# Organization time zones are IANA zones from the tz database (the reminder tests use Pacific/Auckland and others).
[ -f /usr/share/zoneinfo/zone.tab ] || need_apt+=(tzdata)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "== installing ${need_apt[*]}"
    apt-get update -q >/dev/null && apt-get install -y -q "${need_apt[@]}" >/dev/null
  else
    echo "== missing ${need_apt[*]}: run as root or install them (sudo apt-get install ${need_apt[*]})" >&2
  fi
fi

# PostgreSQL for the second provider's integration tests.
if [ -z "${AIMS_TEST_PG:-}" ] && command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "== starting PostgreSQL"
  pg_ctlcluster 15 main start 2>/dev/null || service postgresql start >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do pg_isready -h 127.0.0.1 -q && break; sleep 0.2; done
  runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_roles WHERE rolname='aims'" | grep -q 1 || \
    runuser -u postgres -- psql -q -c "CREATE ROLE aims LOGIN PASSWORD 'aims' CREATEDB"
  # Test databases live for seconds: autovacuum only gets in the way (its superuser session in a database blocks
  # DROP … WITH (FORCE) and CREATE DATABASE … TEMPLATE, which the tests use), so CI's throw-away cluster runs without
  # it. Only under .ci/run: on a developer's own server this setting is theirs.
  if [ "${AIMS_CI:-}" = 1 ]; then
    runuser -u postgres -- psql -q -c "ALTER SYSTEM SET autovacuum = off" -c "SELECT pg_reload_conf()" >/dev/null
  fi
  export AIMS_TEST_PG="Host=127.0.0.1;Username=aims;Password=aims"
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || echo /usr/bin/chromium)}"

echo "== build"
dotnet tool restore >/dev/null
dotnet build OpenAims.slnx -c Release -nologo -clp:ErrorsOnly

echo "== migrations match the model (both providers)"
dotnet ef migrations has-pending-model-changes --project src/Aims.Persistence.Sqlite --no-build --configuration Release
dotnet ef migrations has-pending-model-changes --project src/Aims.Persistence.Postgres --no-build --configuration Release

echo "== tests"
set +e
# One test module at a time: each already runs its classes in parallel on every core, and the browser suite run beside
# the server suite on two cores starved Chromium of CPU until a page with a large script missed its load budget.
dotnet test --solution OpenAims.slnx --no-build -c Release --max-parallel-test-modules 1 2>&1 | tee test.log
rc=${PIPESTATUS[0]}
set -e
# The CI log keeps only its tail: name each failed test and the first lines of its message just above the summary.
if grep -q '^failed ' test.log; then
  echo "== failed tests"
  awk '/^failed /{n=6} n>0{print; n--}' test.log
fi
awk '/^Test run summary:/{s=1} s&&/^ *succeeded:/{p=$2} s&&/^ *failed:/{f=$2} s&&/^ *skipped:/{k=$2} END{printf "%d passed, %d failed, %d skipped\n",p,f,k}' test.log
exit "$rc"
