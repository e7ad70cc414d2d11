#!/usr/bin/env bash
# The customer list at 100,000 customers / 1,000,000 order lines: what the UI thread spends per step
# and how long the worker takes to deliver (bench_customer_list), with the load average before and
# after and the process's CPU from /usr/bin/time. Run by hand (not a test):
#   tests/bench/customers/customer_list_bench.sh BUILD_DIR [WORKDIR] [extra bench_customer_list options]
# BUILD_DIR must have bench_customer_list built. The first run writes the deterministic sample
# (writeSampleDatabase) into WORKDIR/customers-100k.db and stores its 'current' analysis; later runs
# reuse it.
set -euo pipefail
BUILD=$(realpath "${1:?usage: customer_list_bench.sh BUILD_DIR [WORKDIR] [options]}")
WORK=${2:-/tmp/clientele-customer-list-bench}
shift $(( $# >= 2 ? 2 : 1 ))
mkdir -p "$WORK"
DB="$WORK/customers-100k.db"
echo "load before: $(uptime)"
/usr/bin/time -f "%e s wall, %U user, %S sys, %M KB" \
    "$BUILD/tests/bench/customers/bench_customer_list" --db "$DB" --customers 100000 --orders 1000000 --runs 5 "$@"
echo "load after: $(uptime)"
