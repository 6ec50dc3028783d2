"""Benchmark `beredskap load stock` on a large valid file: wall time, peak memory, file size.

Writes a stock CSV (default 2 000 000 rows: every region x priority substance x day after the
demo's last snapshot, ';' with decimal commas as Swedish Excel writes it) with DuckDB COPY,
copies the demo database, and runs the load in a subprocess, so the peak RSS measured
(getrusage RUSAGE_CHILDREN) is the loader's alone. Prints figures; asserts nothing.

    uv run python bench/load_stock.py [--rows N] [--db data/beredskap.duckdb]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb


def write_stock_csv(db_path: Path, out: Path, n_rows: int) -> int:
    """A valid stock file of about `n_rows` rows for days after the database's last one."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        n_pairs = con.execute("select count(*) from regions, stg_priority_current").fetchall()[0][0]
        n_days = max(1, -(-n_rows // n_pairs))
        quoted = str(out).replace("'", "''")
        con.execute(
            f"""
            copy (
                with days as (
                    select (select max(snapshot_date) from stock_snapshots)
                        + (d::int + 1) as snapshot_date
                    from range({n_days}) t(d)
                )
                select strftime(snapshot_date, '%Y-%m-%d') as snapshot_date,
                    r.region_code as region, p.substance_id,
                    replace(printf('%.1f', 1000 + hash(snapshot_date, r.region_code,
                        p.substance_id) % 50000 / 10.0), '.', ',') as quantity,
                    replace(printf('%.2f', 5 + hash(p.substance_id) % 2000 / 100.0), '.', ',')
                        as daily_consumption
                from days, regions r, stg_priority_current p
                order by snapshot_date, region, substance_id
                limit {n_rows}
            ) to '{quoted}' (header, delimiter ';')
            """
        )
    finally:
        con.close()
    return n_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--db", type=Path, default=Path("data/beredskap.duckdb"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
        work = Path(folder)
        csv_path, db_copy = work / "stock.csv", work / "beredskap.duckdb"
        write_stock_csv(args.db, csv_path, args.rows)
        shutil.copyfile(args.db, db_copy)
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-c", "from dash_beredskap.cli import main; main()",
             "load", "stock", str(csv_path), "--db", str(db_copy)],
            capture_output=True,
            text=True,
        )  # fmt: skip
        wall = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size_mb = csv_path.stat().st_size / 1e6
        print(run.stdout.strip() or run.stderr.strip()[-2000:])
        print(f"rows            {args.rows:>12,}")
        print(f"file size       {size_mb:>12.1f} MB")
        print(f"wall time       {wall:>12.1f} s")
        print(f"peak RSS        {peak_mb:>12.0f} MB ({peak_mb / size_mb:.1f}x the file)")
        print(f"database after  {db_copy.stat().st_size / 1e6:>12.1f} MB")
        sys.exit(run.returncode)


if __name__ == "__main__":
    main()
