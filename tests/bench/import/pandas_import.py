#!/usr/bin/python3
"""The pandas baseline for import_bench.sh: read a CSV or XLSX sheet and write it to a fresh SQLite
table with DataFrame.to_sql. Run with Debian's python3 (python3-pandas, python3-openpyxl)."""
import sqlite3
import sys
import time

import pandas as pd


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: pandas_import.py FILE.csv|FILE.xlsx OUT.db", file=sys.stderr)
        return 2
    path, db = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    if path.endswith(".xlsx"):
        frame = pd.read_excel(path, engine="openpyxl")
    else:
        frame = pd.read_csv(path)
    read = time.perf_counter()
    with sqlite3.connect(db) as connection:
        frame.to_sql("t", connection, if_exists="replace", index=False, chunksize=10000)
    done = time.perf_counter()
    print(f"pandas: {len(frame)} rows, read {read - started:.1f} s, to_sql {done - read:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
