#!/bin/sh
# Times clientele-cli sample at 1M order lines into a fresh database, to CSV and to XLSX, with
# peak memory from /usr/bin/time -v. Usage: tests/bench/sample/sample_bench.sh [path/to/clientele-cli]
set -eu
cli=${1:-build/release/app/clientele-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
    label=$1
    shift
    /usr/bin/time -v "$cli" "$@" 2>"$work/time.txt" | tail -1
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    echo "$label: wall $wall, user ${user}s, sys ${sys}s, peak RSS $((rss / 1024)) MiB"
}
run "db   100k customers / 1M lines" --db "$work/sample.db" sample --customers 100000 --orders 1000000
echo "db size: $(du -m "$work/sample.db" | cut -f1) MiB"
run "csv  100k customers / 1M lines" sample --customers 100000 --orders 1000000 --out "$work/sample.csv"
echo "csv size: $(du -m "$work/sample.csv" | cut -f1) MiB"
run "xlsx 100k customers / 1M lines" sample --customers 100000 --orders 1000000 --out "$work/sample.xlsx"
echo "xlsx size: $(du -m "$work/sample.xlsx" | cut -f1) MiB"
