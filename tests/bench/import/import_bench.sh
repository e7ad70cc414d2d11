#!/usr/bin/env bash
# Import speed, side by side: sqlite3's own .import, clientele-cli import (CSV and XLSX) and pandas
# (read_csv / read_excel + to_sql), each with wall time, user + sys CPU and peak RSS from
# /usr/bin/time -v. Run by hand (not a test):
#   tests/bench/import/import_bench.sh build/perf/app/clientele-cli [WORKDIR] [--no-pandas-xlsx] [--no-4m]
set -euo pipefail
CLI=$(realpath "${1:?usage: import_bench.sh path/to/clientele-cli [WORKDIR] [--no-pandas-xlsx] [--no-4m]}")
WORK=${2:-/tmp/clientele-import-bench}
shift $(( $# >= 2 ? 2 : 1 ))
PANDAS_XLSX=1
RUN_4M=1
for option in "$@"; do
    case $option in
    --no-pandas-xlsx) PANDAS_XLSX=0 ;;
    --no-4m) RUN_4M=0 ;;
    esac
done
HERE=$(dirname "$(realpath "$0")")
PYTHON=/usr/bin/python3
mkdir -p "$WORK"
cd "$WORK"

# Runs a command under /usr/bin/time -v and prints one line: label, wall, user, sys, peak RSS.
measure() {
    local label=$1
    shift
    /usr/bin/time -v -o time.txt "$@" > out.txt 2>&1 || { echo "$label FAILED"; tail -5 out.txt; return 1; }
    awk -v label="$label" '
        /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time/ { user = $NF }
        /System time/ { sys = $NF }
        /Maximum resident/ { rss = $NF / 1024 }
        END { printf "%-34s wall %7.2f s  user %7.2f s  sys %6.2f s  cpu %7.2f s  peak RSS %6.0f MiB\n", label, wall, user, sys, user + sys, rss }
    ' time.txt
}

fresh() { rm -f "$1" "$1-wal" "$1-shm"; }

echo "== files"
[ -f s1m.csv ] || "$CLI" sample --customers 100000 --orders 1000000 --out s1m.csv > /dev/null
[ -f s1m.xlsx ] || "$CLI" sample --customers 100000 --orders 1000000 --out s1m.xlsx > /dev/null
if [ $RUN_4M = 1 ] && [ ! -f s4m.csv ]; then
    "$CLI" sample --customers 400000 --orders 4000000 --out s4m.csv > /dev/null
fi
ls -l s*.csv s*.xlsx

echo "== 1,000,000 order lines"
fresh sqlite.db
measure "sqlite3 .import --csv (no index)" sqlite3 sqlite.db ".import --csv s1m.csv t"
fresh csv.db
measure "clientele import CSV" "$CLI" --db csv.db import s1m.csv --mode lenient
fresh xlsx.db
measure "clientele import XLSX" "$CLI" --db xlsx.db import s1m.xlsx --mode lenient
fresh gen.db
measure "clientele sample --db (generator)" "$CLI" --db gen.db sample --customers 100000 --orders 1000000
fresh pandas.db
measure "pandas read_csv + to_sql" "$PYTHON" "$HERE/pandas_import.py" s1m.csv pandas.db
if [ $PANDAS_XLSX = 1 ]; then
    fresh pandas.db
    measure "pandas read_excel + to_sql" "$PYTHON" "$HERE/pandas_import.py" s1m.xlsx pandas.db
fi

if [ $RUN_4M = 1 ]; then
    echo "== 4,000,000 order lines (CSV; an XLSX sheet holds at most 1,048,575 rows)"
    fresh sqlite4.db
    measure "sqlite3 .import --csv (no index)" sqlite3 sqlite4.db ".import --csv s4m.csv t"
    fresh csv4.db
    measure "clientele import CSV" "$CLI" --db csv4.db import s4m.csv --mode lenient
fi
