"""Benchmark `beredskap load stock` on a large valid file, then a small load and a scenario save
into the database it made: wall time, peak memory, sizes, each beside its budget (issue 16).

Writes a stock CSV (default 2 000 000 rows: every region x priority substance x day after the
database's last snapshot, ';' with decimal commas as Swedish Excel writes it) with DuckDB COPY,
copies the database with its stock folder, and runs each load in a subprocess, so the peak RSS
measured (getrusage RUSAGE_CHILDREN) is the loader's alone. Prints figures; asserts nothing.

    uv run python bench/load_stock.py [--rows N] [--db data/beredskap.duckdb]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dash_beredskap import db
from dash_beredskap.ingest.loader import load_file

BUDGET_ROWS_PER_S = 25_000_000 / 60  # 25 M rows in under 60 s
BUDGET_PEAK_MB = 2048
BUDGET_SMALL_LOAD_S = 1.0
BUDGET_SAVE_S = 0.5
SMALL_ROWS = 100


def write_stock_csv(db_path: Path, out: Path, n_rows: int, skip_days: int = 0) -> int:
    """A valid stock file of `n_rows` rows for days after the database's last one (and
    `skip_days` more)."""
    con = db.connect_read_only(db_path)
    try:
        n_pairs = con.execute("select count(*) from regions, stg_priority_current").fetchall()[0][0]
        n_days = max(1, -(-n_rows // n_pairs))
        quoted = str(out).replace("'", "''")
        con.execute(
            f"""
            copy (
                with days as (
                    select (select max(snapshot_date) from stock_snapshots)
                        + (d::int + 1 + {skip_days}) as snapshot_date
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


def load(csv_path: Path, db_path: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """`beredskap load stock` in a subprocess: its result and wall time."""
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", "from dash_beredskap.cli import main; main()",
         "load", "stock", str(csv_path), "--db", str(db_path)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    return run, time.perf_counter() - started


def size_mb(path: Path) -> float:
    """The file's size, or a folder's files' sizes summed, in MB."""
    if path.is_dir():
        return sum(f.stat().st_size for f in path.iterdir()) / 1e6
    return path.stat().st_size / 1e6 if path.exists() else 0.0


def save_scenario_like(db_path: Path) -> float:
    """db.publish_change with a tiny change (one row of a small table), as a save is; timed."""
    started = time.perf_counter()
    db.publish_change(
        db_path,
        lambda con: con.execute(
            "insert into scenarios values ('bench', 'bench', '', now()::timestamp, false) "
            "on conflict do update set name = excluded.name"
        ),
    )
    return time.perf_counter() - started


def verdict(ok: bool) -> str:
    return "within budget" if ok else "OVER BUDGET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--db", type=Path, default=Path("data/beredskap.duckdb"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
        work = Path(folder)
        csv_path, db_copy = work / "stock.csv", work / "beredskap.duckdb"
        write_stock_csv(args.db, csv_path, args.rows)
        db.copy_database(args.db, db_copy)
        run, wall = load(csv_path, db_copy)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(run.stdout.strip() or run.stderr.strip()[-2000:])
        file_mb = csv_path.stat().st_size / 1e6
        budget_s = args.rows / BUDGET_ROWS_PER_S
        print(f"rows                 {args.rows:>12,}")
        print(f"CSV size             {file_mb:>12.1f} MB")
        print(f"load wall time       {wall:>12.1f} s    budget {budget_s:.1f} s "
              f"(25 M rows in 60 s): {verdict(wall < budget_s)}")  # fmt: skip
        print(f"load peak RSS        {peak_mb:>12.0f} MB   budget {BUDGET_PEAK_MB} MB: "
              f"{verdict(peak_mb < BUDGET_PEAK_MB)}")  # fmt: skip
        print(f"database file        {size_mb(db_copy):>12.1f} MB")
        print(f"stock folder         {size_mb(db.stock_dir_of(db_copy)):>12.1f} MB")
        if run.returncode:
            sys.exit(run.returncode)
        with db.connect_read_only(db_copy) as con:
            (n_stock,) = con.execute("select count(*) from stock_snapshots").fetchone()
        small = work / "small.csv"
        write_stock_csv(db_copy, small, SMALL_ROWS, skip_days=1)
        started = time.perf_counter()
        load_file(db_copy, "stock", small)  # in this process: the load, not Python's start
        small_s = time.perf_counter() - started
        print(f"{SMALL_ROWS}-row load into {n_stock:,} rows "
              f"{small_s:>6.2f} s    budget {BUDGET_SMALL_LOAD_S} s: "
              f"{verdict(small_s < BUDGET_SMALL_LOAD_S)}")  # fmt: skip
        save_s = min(save_scenario_like(db_copy) for _ in range(3))
        print(f"scenario save (publish_change, best of 3) {save_s:>6.2f} s    budget "
              f"{BUDGET_SAVE_S} s: {verdict(save_s < BUDGET_SAVE_S)}")  # fmt: skip
        print(f"database file after  {size_mb(db_copy):>12.1f} MB")


if __name__ == "__main__":
    main()
