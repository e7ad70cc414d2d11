#!/usr/bin/env bash
# The quarterly review's whole process (clientele-cli report --period 2025Q1, A4, English) on the
# generator's 100,000-customer / 1,000,000-line database, in three cases: no stored snapshot, the
# previous quarter's snapshot (2024Q4) stored, both quarters' snapshots stored. Each case runs on its
# own copy of the database, twice, with wall time, user + sys CPU and peak RSS from /usr/bin/time -v
# and the load average before each run. Run by hand (not a test):
#   tests/bench/report/report_bench.sh BUILD_DIR WORK_DIR
# The database is made in WORK_DIR on the first run (clientele-cli sample, seed 1, about 15-40 s).
set -euo pipefail
BUILD=$(realpath "${1:?usage: report_bench.sh BUILD_DIR WORK_DIR}")
WORK=${2:?usage: report_bench.sh BUILD_DIR WORK_DIR}
CLI=$BUILD/app/clientele-cli
PERIOD=2025Q1
PREVIOUS=2024Q4
mkdir -p "$WORK"
cd "$WORK"

measure() {
    local label=$1
    shift
    local load
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -v -o time.txt "$@" > out.txt 2>&1 || { echo "$label FAILED"; tail -5 out.txt; return 1; }
    awk -v label="$label" -v load="$load" '
        /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time/ { user = $NF }
        /System time/ { sys = $NF }
        /Maximum resident/ { rss = $NF / 1024 }
        END { printf "%-34s wall %6.2f s  user %5.2f s  sys %4.2f s  cpu %5.2f s  peak RSS %4.0f MiB  load %s\n", label, wall, user, sys, user + sys, rss, load }
    ' time.txt
}

[ -f base.db ] || "$CLI" --db base.db sample --customers 100000 --orders 1000000 --seed 1 > /dev/null
# One copy per case, so a snapshot stored for one case never leaks into another.
if [ ! -f none.db ] || [ base.db -nt none.db ]; then
    cp base.db none.db
    cp base.db previous.db
    "$CLI" --db previous.db snapshot --period "$PREVIOUS" > /dev/null
    cp previous.db both.db
    "$CLI" --db both.db snapshot --period "$PERIOD" > /dev/null
fi
echo "clientele-cli --db CASE.db report --period $PERIOD --out CASE.pdf  ($(nproc) cores)"
for run in 1 2; do
    for case in none previous both; do
        cat "$case.db" > /dev/null # the file in the page cache, as after an earlier open
        measure "$case (run $run)" "$CLI" --db "$case.db" report --period "$PERIOD" --out "$case.pdf"
    done
done
