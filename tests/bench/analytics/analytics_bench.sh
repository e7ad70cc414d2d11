#!/usr/bin/env bash
# The full analytics recompute, side by side: clientele-cli snapshot (read, figures, RFM, tiers,
# stages, BG/NBD + Gamma-Gamma fits, CLV, churn risk, snapshot written), bench_analytics (the same,
# timed step by step) and the pandas + scipy pipeline (pandas_analytics.py), at 1M and 4M order
# lines, each with wall time, CPU and peak RSS from /usr/bin/time -v. Run by hand (not a test):
#   tests/bench/analytics/analytics_bench.sh build/release [WORKDIR] [--no-4m]
set -euo pipefail
BUILD=$(realpath "${1:?usage: analytics_bench.sh BUILD_DIR [WORKDIR] [--no-4m]}")
WORK=${2:-/tmp/clientele-analytics-bench}
RUN_4M=1
[ "${3:-}" = "--no-4m" ] && RUN_4M=0
CLI=$BUILD/app/clientele-cli
BENCH=$BUILD/tests/bench/analytics/bench_analytics
HERE=$(dirname "$(realpath "$0")")
PYTHON=/usr/bin/python3
mkdir -p "$WORK"
cd "$WORK"

measure() {
    local label=$1
    shift
    /usr/bin/time -v -o time.txt "$@" > out.txt 2>&1 || { echo "$label FAILED"; tail -5 out.txt; return 1; }
    awk -v label="$label" '
        /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time/ { user = $NF }
        /System time/ { sys = $NF }
        /Maximum resident/ { rss = $NF / 1024 }
        END { printf "%-36s wall %7.2f s  user %6.2f s  sys %5.2f s  cpu %6.2f s  peak RSS %5.0f MiB\n", label, wall, user, sys, user + sys, rss }
    ' time.txt
}

database() { # lines customers file
    [ -f "$3" ] || "$CLI" --db "$3" sample --customers "$2" --orders "$1" --seed 1 > /dev/null
}

sizes="1000000:100000:a1m.db"
[ $RUN_4M = 1 ] && sizes="$sizes 4000000:400000:a4m.db"
for size in $sizes; do
    IFS=: read -r lines customers file <<< "$size"
    database "$lines" "$customers" "$file"
    echo "== $lines order lines, $customers customers ($file)"
    # Warm the page cache once so every run reads from memory.
    cat "$file" > /dev/null
    for run in 1 2 3; do
        measure "clientele-cli snapshot (run $run)" "$CLI" --db "$file" snapshot --period 2025Q2
    done
    measure "bench_analytics (steps)" "$BENCH" "$file" 2025Q2
    cat out.txt
    for run in 1 2; do
        measure "pandas + scipy (run $run)" "$PYTHON" "$HERE/pandas_analytics.py" "$file" 2025-06-30
    done
    cat out.txt
done
