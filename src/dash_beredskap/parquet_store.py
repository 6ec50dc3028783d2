"""The same database as a folder of Parquet files: one way to outgrow one file and one server.

`export` writes every base table and every load-time table (agg_*) of a published database as
`<table>.parquet` in a folder. `connect` opens such a folder the way the app opens the file: an
in-memory DuckDB with one view per Parquet file, then the shared rules (macros), staging views
and public views from the same sql/ files. Nothing above the connection changes, so pointing
BEREDSKAP_DB at a folder (or, with DuckDB's httpfs, at object storage) is configuration. See
docs/scaling.md for when this is worth it.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from dash_beredskap import db

MARKER = "schema_version.parquet"  # every exported folder has it; it tells a folder is one


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def is_parquet_folder(path: Path | str) -> bool:
    """A folder written by `export` (it holds the schema_version table)."""
    return (Path(path) / MARKER).is_file()


def export(db_path: Path | str, out_dir: Path | str) -> list[Path]:
    """Write every stored table of the database at `db_path` to `out_dir/<table>.parquet`.

    Tables are written to a temporary name first and renamed, so a reader of the folder sees
    each table whole (one table at a time: publish a new folder and switch for a consistent set).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with db.connect_read_only(db_path) as con:
        for table in db.stored_tables(con):
            target = out / f"{table}.parquet"
            tmp = target.with_suffix(".parquet.new")
            con.execute(f"copy {table} to '{_quoted(tmp)}' (format parquet)")
            tmp.replace(target)
            written.append(target)
    return written


def connect(folder: Path | str) -> duckdb.DuckDBPyConnection:
    """An in-memory connection whose tables are views over the folder's Parquet files.

    The agg_* files of db.DERIVED_SQL are not run (their results are in the folder); every
    other derived file (macros, stg_*, v_*) is, so the rules keep their single home.
    """
    folder = Path(folder)
    con = duckdb.connect(":memory:")
    for file in sorted(folder.glob("*.parquet")):
        con.execute(f"create view \"{file.stem}\" as select * from read_parquet('{_quoted(file)}')")
    db.check_schema(con, folder)
    for name in db.DERIVED_SQL:
        if not name.startswith("agg_"):
            con.execute(db.read_sql(name))
    return con


def folder_version(folder: Path | str) -> tuple[int, int]:
    """A cheap fingerprint of a folder: newest modification time and total size of its files."""
    files = list(Path(folder).glob("*.parquet"))
    stats = [f.stat() for f in files]
    return (max((s.st_mtime_ns for s in stats), default=0), sum(s.st_size for s in stats))
