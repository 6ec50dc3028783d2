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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import HEADER, Row, emit

BUDGET_ROWS_PER_S = 25_000_000 / 60  # 25 M rows in under 60 s
BUDGET_PEAK_MB = 2048
BUDGET_SMALL_LOAD_S = 1.0
BUDGET_SAVE_S = 0.5
SMALL_ROWS = 100


def write_stock_csv(db_path: Path, out: Path, n_rows: int, skip_days: int = 0) -> int:
    """A valid stock file of `n_rows` rows for days after the database's last one (and
    `skip_days` more)."""
    con = db.connect_read_only(db_path)
    con.execute("set enable_progress_bar = false")  # a long COPY would draw one in the output
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
        print(HEADER)
        csv_mb = csv_path.stat().st_size / 1e6
        note = f"{args.rows:,} rows, CSV {csv_mb:,.0f} MB"
        emit(Row("loader: load stock, wall time", wall, wall, "s", note=note))
        rate = args.rows / wall / 1000  # the budget, 25 M rows in 60 s, as a rate
        emit(Row("loader: load stock, k rows per second", rate, rate, "k/s",
                 round(BUDGET_ROWS_PER_S / 1000), ">="))  # fmt: skip
        emit(Row("loader: load stock, peak RSS", peak_mb, peak_mb, "MB", BUDGET_PEAK_MB))
        if run.returncode:
            sys.exit(run.returncode)
        with db.connect_read_only(db_copy) as con:
            (n_stock,) = con.execute("select count(*) from stock_snapshots").fetchone()
        small = work / "small.csv"
        write_stock_csv(db_copy, small, SMALL_ROWS, skip_days=1)
        started = time.perf_counter()
        load_file(db_copy, "stock", small)  # in this process: the load, not Python's start
        small_s = time.perf_counter() - started
        emit(Row(f"loader: {SMALL_ROWS}-row load into the loaded db", small_s, small_s, "s",
                 BUDGET_SMALL_LOAD_S, note=f"{n_stock:,} stock rows"))  # fmt: skip
        save_s = min(save_scenario_like(db_copy) for _ in range(3))
        emit(Row("loader: scenario save (best of 3)", save_s, save_s, "s", BUDGET_SAVE_S))
        file_mb, stock_mb = size_mb(db_copy), size_mb(db.stock_dir_of(db_copy))
        emit(Row("database file (without the stock)", file_mb, file_mb, "MB"))
        emit(Row("stock folder (Parquet, one file a month)", stock_mb, stock_mb, "MB"))


if __name__ == "__main__":
    main()
