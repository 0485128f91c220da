#!/usr/bin/env bash
# Evidence-only Native AOT `aims` (docs/cli.md, "Evidence-only native build") against the ordinary JIT/ReadyToRun build:
#   1. publishes both flavours;
#   2. checks that they give the same result: files written by `generate` byte for byte, and every `fairness` / `drift`
#      JSON document and summary, apart from `createdAt` and the output path as typed (fails loudly on any difference);
#   3. runs every CLI test of tests/Aims.Evidence.Tests against the AOT binary (AIMS_EVIDENCE_CLI);
#   4. times both with hyperfine (-N -w 2 -r RUNS, default 10) and /usr/bin/time -v (peak RSS).
# Usage: bench/run-evidence-aot.sh [data-dir]   Needs clang (apt-get install clang), hyperfine, ~2 GB free.
# Inputs are generated once per data dir; delete them after changing the generator (its layout is part of the figure).
# Figures in docs/performance.md, "Evidence-only Native AOT build".
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/aims-evidence-bench}
ART=${ART:-/tmp/aims-evidence-aot-build}
RUNS=${RUNS:-10}
mkdir -p "$DATA" "$ART"

dotnet publish src/Aims.Cli -c Release -r linux-x64 --self-contained false --artifacts-path "$ART/jit" -o "$ART/aims-jit" >/dev/null
dotnet publish src/Aims.Cli -c Release -r linux-x64 -p:AimsFlavor=evidence --artifacts-path "$ART/aot" -o "$ART/aims-aot" >/dev/null
JIT="$ART/aims-jit/aims"
AOT="$ART/aims-aot/aims"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM"
echo "dotnet: $(dotnet --version); aims (AOT) $(du -h "$AOT" | cut -f1)"

# --- 1. same output ---------------------------------------------------------------------------------------------------
CMP=$(mktemp -d)
trap 'rm -rf "$CMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The other commands are absent from the AOT build: one line, exit 2.
set +e; "$AOT" migrate >/dev/null 2>"$CMP/absent.err"; rc=$?; set -e
[ "$rc" = 2 ] && [ "$(wc -l <"$CMP/absent.err")" = 1 ] || fail "aims migrate in the AOT build: exit $rc, $(cat "$CMP/absent.err")"
diff <("$JIT" evidence --help) <("$AOT" evidence --help) >/dev/null || fail "aims evidence --help differs"
for sub in fairness drift generate; do
  diff <("$JIT" evidence $sub --help) <("$AOT" evidence $sub --help) >/dev/null || fail "aims evidence $sub --help differs"
done

for fmt in csv parquet; do
  for b in jit aot; do
    exe=$JIT; [ $b = aot ] && exe=$AOT
    "$exe" evidence generate --rows 200000 --format $fmt --bias 0.5 --seed 7 --features 6 --out "$CMP/$b-gen.$fmt" >/dev/null
  done
  cmp "$CMP/jit-gen.$fmt" "$CMP/aot-gen.$fmt" || fail "generate --format $fmt differs"
done

# run-both NAME ARGS…: runs both builds with --out CMP/<build>-NAME.json, compares exit code, stdout, stderr and JSON.
same() {
  local name=$1; shift
  local b exe rc
  for b in jit aot; do
    exe=$JIT; [ $b = aot ] && exe=$AOT
    set +e; "$exe" "$@" --out "$CMP/$b-$name.json" >"$CMP/$b-$name.out" 2>"$CMP/$b-$name.err"; rc=$?; set -e
    echo $rc >"$CMP/$b-$name.rc"
    sed -i "s#$CMP/$b-$name.json#OUT.json#g; s#$CMP/#CMP/#g" "$CMP/$b-$name.out" "$CMP/$b-$name.err"
    [ -f "$CMP/$b-$name.json" ] && sed -i -E 's/"createdAt": "[^"]*"/"createdAt": "-"/' "$CMP/$b-$name.json"
  done
  for ext in rc out err json; do
    if [ -f "$CMP/jit-$name.$ext" ] || [ -f "$CMP/aot-$name.$ext" ]; then
      diff "$CMP/jit-$name.$ext" "$CMP/aot-$name.$ext" >/dev/null || fail "$name: .$ext differs (diff $CMP/jit-$name.$ext $CMP/aot-$name.$ext)"
    fi
  done
  echo "same: $name (exit $(cat "$CMP/jit-$name.rc"))"
}
FAIR="evidence fairness --prediction prediction --label label --sensitive sex,age_band"
for fmt in csv parquet; do
  same "fair-$fmt" $FAIR --input "$CMP/jit-gen.$fmt"
  same "fair-$fmt-w" $FAIR --input "$CMP/jit-gen.$fmt" --weight weight --reference-group sex=F --missing-policy drop --fail-on-breach
  same "drift-$fmt" evidence drift --reference "$CMP/jit-gen.$fmt" --current "$CMP/aot-gen.$fmt" --columns f1,f2,f3,f4,f5,f6,sex,age_band,score
done
same "fair-missing-column" evidence fairness --prediction prediction --label nope --sensitive sex --input "$CMP/jit-gen.parquet"
same "fair-usage-error" $FAIR --input "$CMP/jit-gen.csv" --bootstrap many

# --- 2. the CLI tests against the AOT binary --------------------------------------------------------------------------
AIMS_EVIDENCE_CLI="$AOT" dotnet test --project tests/Aims.Evidence.Tests --artifacts-path "$ART/tests" -- --filter-namespace Aims.Evidence.Tests.Cli | tail -6

# --- 3. timings ---------------------------------------------------------------------------------------------------------
gen() { [ -f "$DATA/$1" ] || "$JIT" evidence generate --out "$DATA/$1" "${@:2}" >/dev/null; }
gen p1m.csv --rows 1000000 --format csv --bias 0.5 --seed 1
gen p1m.parquet --rows 1000000 --format parquet --bias 0.5 --seed 1
gen p1m-1rg.parquet --rows 1000000 --format parquet --bias 0.5 --seed 1 --row-group-size 1048576
gen p10m.parquet --rows 10000000 --format parquet --bias 0.5 --seed 1 --row-group-size 250000
gen ref1m-20.parquet --rows 1000000 --format parquet --features 20 --seed 11
gen cur1m-20.parquet --rows 1000000 --format parquet --features 20 --seed 12 --drift 0.2
COLS=$(seq -s, -f 'f%g' 1 20)
same "fair-1m-parquet" $FAIR --input "$DATA/p1m.parquet"
same "drift-1m-20" evidence drift --reference "$DATA/ref1m-20.parquet" --current "$DATA/cur1m-20.parquet" --columns "$COLS"

OUT=$(mktemp -d)
time_both() { # name, args…
  local name=$1; shift
  echo "== $name (load $(cut -d' ' -f1-3 /proc/loadavg))"
  hyperfine -N -w 2 -r "$RUNS" --style basic --export-json "$OUT/hf.json" -n JIT "$JIT $*" -n AOT "$AOT $*" 2>&1 | grep -E 'Time|Range|^Benchmark'
  python3 -c 'import json
for r in json.load(open("'"$OUT"'/hf.json"))["results"]: print("  %-4s median %.1f ms, min %.1f ms" % (r["command"], 1000*r["median"], 1000*r["min"]))'
  for exe in "$JIT" "$AOT"; do
    /usr/bin/time -v "$exe" "$@" 2>&1 >/dev/null | grep -E 'Maximum resident' | sed "s#^\s*#  $(basename "$(dirname "$exe")"): #"
  done
}
time_both "start-up floor: evidence --help" evidence --help
time_both "fairness 1M rows Parquet" $FAIR --input "$DATA/p1m.parquet" --out "$OUT/f.json"
time_both "fairness 1M rows Parquet, one row group" $FAIR --input "$DATA/p1m-1rg.parquet" --out "$OUT/f.json"
time_both "fairness 1M rows CSV" $FAIR --input "$DATA/p1m.csv" --out "$OUT/f.json"
time_both "drift 1M x 20 numeric, Parquet" evidence drift --reference "$DATA/ref1m-20.parquet" --current "$DATA/cur1m-20.parquet" --columns "$COLS" --out "$OUT/d.json"
RUNS=${RUNS10M:-5} time_both "fairness 10M rows Parquet" $FAIR --input "$DATA/p10m.parquet" --out "$OUT/f.json"
rm -rf "$OUT"
