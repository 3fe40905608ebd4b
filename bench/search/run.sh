#!/usr/bin/env bash
# Search benchmark, one command: the site's own index and search service (bench/ResourceHub.Bench.Search)
# at 100,000 packages, with SQLite FTS5 trigram as the peer in the same run, and at 1,000,000
# packages: indexing throughput, match-only and full-page latencies for 1 and 8 clients, and a
# profile of where a page's time goes. No results cache exists in the search service: every
# query is answered from the index.
#   bench/search/run.sh [work-folder]      (default /tmp/rh-bench-search; about 3.5 GB of disk at 1M)
#   BENCH_SIZES="100000 1000000" BENCH_ROUNDS=10
# Prints Markdown; the whole report is also written to <work-folder>/report.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/rh-bench-search}
sizes=${BENCH_SIZES:-"100000 1000000"}
rounds=${BENCH_ROUNDS:-10}
mkdir -p "$work"

echo "building (Release)…" >&2
dotnet build -c Release "$repo/bench/ResourceHub.Bench.Search" -v q -nologo >/dev/null
bench=$(ls "$repo"/bench/ResourceHub.Bench.Search/bin/Release/net*/ResourceHub.Bench.Search.dll)

{
  echo "# Search benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  for size in $sizes; do
    dir="$work/$size"
    rm -rf "$dir"
    # The FTS5 peer at 100,000 only: at a million its trigram build and scans take most of an hour.
    peer=$([ "$size" -le 100000 ] && echo --fts5 || true)
    dotnet "$bench" build "$size" "$dir" $peer
    dotnet "$bench" query "$rounds" "$dir" $peer
    dotnet "$bench" profile "$rounds" "$dir"
  done
} | tee "$work/report.md"
