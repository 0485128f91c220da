#!/usr/bin/env bash
# Reproduces the "Computed evidence" figures in docs/performance.md.
# Usage: bench/run-evidence.sh [data-dir]   (needs ~2 GB free; hyperfine optional, /usr/bin/time required)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/aims-evidence-bench}
ART=${ART:-/tmp/aims-evidence-bench-build}
mkdir -p "$DATA"

# The real `aims`, published the way docs/cli.md installs it (Aims.Cli.csproj turns on ReadyToRun when a runtime
# identifier is given, and sets TieredPGO=false / QuickJitForLoops=false). The benchmark host is only used for `inproc`.
dotnet publish src/Aims.Cli -c Release -r linux-x64 --self-contained false --artifacts-path "$ART" -o "$ART/aims" >/dev/null
dotnet publish bench/Aims.Benchmarks -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --artifacts-path "$ART" -o "$ART/publish" >/dev/null
B="$ART/aims/aims"
H="$ART/publish/aims-evidence-bench"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dotnet: $(dotnet --version)"

gen() { [ -f "$DATA/$1" ] || "$B" evidence generate --out "$DATA/$1" "${@:2}" >/dev/null; }
gen p1m.csv --rows 1000000 --format csv --bias 0.5 --seed 1
gen p1m.parquet --rows 1000000 --format parquet --bias 0.5 --seed 1
gen p10m.parquet --rows 10000000 --format parquet --bias 0.5 --seed 1 --row-group-size 250000
gen ref1m-20.parquet --rows 1000000 --format parquet --features 20 --seed 11
gen cur1m-20.parquet --rows 1000000 --format parquet --features 20 --seed 12 --drift 0.2
gen ref1m-20.csv --rows 1000000 --format csv --features 20 --seed 11
gen cur1m-20.csv --rows 1000000 --format csv --features 20 --seed 12 --drift 0.2
COLS=$(seq -s, -f 'f%g' 1 20)

FAIR="evidence fairness --prediction prediction --label label --sensitive sex,age_band"
run() { # name, args…
  local name=$1; shift
  echo "== $name"
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "${RUNS:-5}" --style basic --export-json /tmp/aims-hf.json "$B $*" 2>&1 | grep -E 'Time|Range'
    python3 -c 'import json;r=json.load(open("/tmp/aims-hf.json"))["results"][0];print("  median %.3f s" % r["median"])'
  fi
  /usr/bin/time -v "$B" "$@" 2>&1 >/dev/null | grep -E 'Elapsed|User time|System time|Maximum resident' | sed 's/^\s*/   /'
}

echo "load before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
run "start-up floor: aims --help" --help
run "fairness 1M rows CSV (bootstrap 200)" $FAIR --input "$DATA/p1m.csv" --out "$DATA/f1m-csv.json"
run "fairness 1M rows CSV (bootstrap off)" $FAIR --input "$DATA/p1m.csv" --out "$DATA/f1m-csv0.json" --bootstrap 0
run "fairness 1M rows Parquet" $FAIR --input "$DATA/p1m.parquet" --out "$DATA/f1m-pq.json"
run "fairness 10M rows Parquet (250k-row groups)" $FAIR --input "$DATA/p10m.parquet" --out "$DATA/f10m.json"
run "drift 1M x 20 numeric, Parquet" evidence drift --reference "$DATA/ref1m-20.parquet" --current "$DATA/cur1m-20.parquet" --columns "$COLS" --out "$DATA/d-pq.json"
run "drift 1M x 20 numeric, CSV" evidence drift --reference "$DATA/ref1m-20.csv" --current "$DATA/cur1m-20.csv" --columns "$COLS" --out "$DATA/d-csv.json"

echo "load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== in-process (warm, no process start/JIT)"
"$H" inproc fairness --input "$DATA/p1m.csv" --runs 5 | tail -1
"$H" inproc fairness --input "$DATA/p1m.csv" --runs 5 --bootstrap 0 | tail -1
"$H" inproc fairness --input "$DATA/p1m.parquet" --runs 5 | tail -1
"$H" inproc drift --input "$DATA/ref1m-20.parquet" --current "$DATA/cur1m-20.parquet" --columns "$COLS" --runs 3 | tail -1
