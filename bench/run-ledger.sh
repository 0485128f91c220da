#!/usr/bin/env bash
# Reproduces the "Ledger verification" figures in docs/performance.md: `aims ledger verify` over 1 000 000 entries
# (10 organization chains, a signed chained checkpoint every 100 entries of a chain) in a SQLite installation.
# Usage: bench/run-ledger.sh [data-dir] [entries]   (hyperfine required; ~500 MB free)
# The generated ledger has no live rows behind it, so this times the chain part (--chains-only); the whole verify,
# reconciliation included, is timed on a database seeded through the application by bench/Aims.ReconcileBench.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/aims-ledger-bench}
ENTRIES=${2:-1000000}
ART=${ART:-/tmp/aims-ledger-bench-build}
dotnet build bench/Aims.LedgerBench -c Release -nologo -clp:ErrorsOnly --artifacts-path "$ART" | grep -E "error" && exit 1 || true
dotnet build src/Aims.Cli -c Release -nologo -clp:ErrorsOnly --artifacts-path "$ART" | grep -E "error" && exit 1 || true
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dotnet: $(dotnet --version)"
[ -f "$DATA/aims.db" ] || dotnet "$ART/bin/Aims.LedgerBench/release/aims-ledger-bench.dll" --data "$DATA" --entries "$ENTRIES"
ls -l "$DATA/aims.db"
export Aims__DataDir="$DATA"
CLI="$ART/bin/Aims.Cli/release/aims.dll"
dotnet "$CLI" ledger verify --grace 0 --chains-only
hyperfine -N --warmup 1 --runs "${RUNS:-5}" "dotnet $CLI ledger verify --grace 0 --chains-only"
