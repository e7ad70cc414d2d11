#!/usr/bin/env bash
# What SQLite alone needs to store the rows an import stores, measured with sqlite3's own .import so
# that no parsing or conversion of ours is in the figures. Run by hand (not a test):
#   tests/bench/import/sqlite_floor.sh path/to/clientele-cli [WORKDIR]
# WORKDIR holds s1m.csv (import_bench.sh writes it). The script imports it once with clientele-cli,
# exports the order_line rows as stored (row ids, customer ids, line numbers, minor units, ISO
# timestamps) to rows.csv and then times, each as one sqlite3 process into a fresh file:
#   1. .import of s1m.csv into a table without indexes (the issue's reference);
#   2. .import of rows.csv into a table without indexes;
#   3. .import of rows.csv into order_line as the schema declares it, the duplicate key
#      UNIQUE (order_code, line_no) kept up on every row, the other indexes absent;
#   4. step 3, then the schema's other order_line indexes built as an import into an empty table
#      builds them (CREATE INDEX after the rows);
#   5. step 2 into order_line without its duplicate key, the key built after the rows as a
#      CREATE UNIQUE INDEX: what deferring the key too could save at most.
# Foreign keys stay off (sqlite3's default), so steps 3 to 5 do less than an import does.
set -euo pipefail
CLI=$(realpath "${1:?usage: sqlite_floor.sh path/to/clientele-cli [WORKDIR]}")
WORK=${2:-/tmp/clientele-import-bench}
cd "$WORK"
[ -f s1m.csv ] || "$CLI" sample --customers 100000 --orders 1000000 --out s1m.csv > /dev/null

fresh() { rm -f "$1" "$1-wal" "$1-shm"; }

if [ ! -f rows.csv ]; then
    fresh floor-src.db
    "$CLI" --db floor-src.db import s1m.csv --mode lenient > /dev/null
    sqlite3 -csv floor-src.db "SELECT id, customer_id, order_code, line_no, ordered_at, amount_minor, currency,
        quantity, product_code, product_name, category, channel, status, import_batch_id, source_row
        FROM order_line ORDER BY id" > rows.csv
fi
# The schema as the application creates it, taken from the database it wrote.
TABLE=$(sqlite3 floor-src.db "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'order_line'")
TABLE_WITHOUT_KEY=${TABLE/, UNIQUE (order_code, line_no))/)}
# Step 5 would otherwise time the keyed table again without saying so.
[ "$TABLE_WITHOUT_KEY" != "$TABLE" ] || { echo "order_line's duplicate key is not where step 5 expects it" >&2; exit 1; }
INDEXES=$(sqlite3 floor-src.db "SELECT sql || ';' FROM sqlite_master
    WHERE type = 'index' AND tbl_name = 'order_line' AND sql IS NOT NULL ORDER BY name")
COLUMNS="id, customer_id, order_code, line_no, ordered_at, amount_minor, currency, quantity, product_code,
    product_name, category, channel, status, import_batch_id, source_row"
# The same settings as the import's when it has the file to itself: the rollback journal (also
# sqlite3's default), 32 MiB of page cache, one transaction.
SETUP="PRAGMA cache_size = -32768;"

measure() {
    local label=$1 sql=$2
    fresh floor.db
    /usr/bin/time -f "%e %U %S %M" -o time.txt sqlite3 floor.db > /dev/null <<< "$sql"
    awk -v label="$label" '{ printf "%-52s wall %6.2f s  cpu %6.2f s  peak RSS %4.0f MiB\n", label, $1, $2 + $3, $4 / 1024 }' time.txt
}

echo "== rows: $(wc -l < rows.csv) order lines"
for run in 1 2; do
    measure "1. s1m.csv, no index" "$SETUP
.import --csv s1m.csv t"
    measure "2. rows as stored, no index" "$SETUP
CREATE TABLE t ($COLUMNS);
.import --csv rows.csv t"
    measure "3. rows as stored, duplicate key" "$SETUP
$TABLE;
BEGIN;
.import --csv rows.csv order_line
COMMIT;"
    measure "4. rows as stored, duplicate key + indexes" "$SETUP
$TABLE;
BEGIN;
.import --csv rows.csv order_line
$INDEXES
COMMIT;"
    measure "5. rows as stored, duplicate key built after" "$SETUP
$TABLE_WITHOUT_KEY;
BEGIN;
.import --csv rows.csv order_line
CREATE UNIQUE INDEX order_line_key ON order_line (order_code, line_no);
COMMIT;"
done
