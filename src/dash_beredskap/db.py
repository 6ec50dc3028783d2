"""The DuckDB file and its stock folder: schema, derived tables, read-only opening, publishing.

DuckDB allows one writing process or many reading ones on a file, never both. So the writer
never touches the published file: it builds (or copies and changes) a sibling file and then
`os.replace`s it, which readers survive; the app notices the new file and reopens.

The stock (tens of millions of rows nationally) is not in the file: it lives in immutable
Parquet files, one per month, in `<db>.stock/` beside it, and `stock_snapshots` is a view over
the files the file's manifest (`stock_files`) names. A load writes new files for the months it
touches only, so publishing copies the small file, never the stock. Files no published manifest
names are removed by a later writer once a grace period has passed, so a reader still holding
the previous file keeps reading its own months.
"""

from __future__ import annotations

import fcntl
import glob
import os
import re
import shutil
import stat
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from shutil import rmtree

import duckdb

SCHEMA_VERSION = 7  # 3: ATC names; 4: macros + stg_* (issue 11); 5: issue 12 (scenario factor,
# data_sources.is_computed, reports, assignments, country_groups, company_services); 6: users and
# audit_log (issue 15), coverage on each region's latest report as of the month (issue 13 defect 4);
# 7: stock_snapshots in Parquet files beside the database, named by stock_files (issue 16)
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"


def default_db_path() -> Path:
    """The database the app and CLI use: $BEREDSKAP_DB, else data/beredskap.duckdb."""
    return Path(os.environ.get("BEREDSKAP_DB", DATA_DIR / "beredskap.duckdb"))


# Derived objects in dependency order: the shared rules (macros), staging views (stg_*), views
# over base tables, tables built at load time (agg_*), then the public views over them. Every
# file lives in sql/ beside its contract.
DERIVED_SQL = (
    "macros",
    "stg_priority_current",
    "stg_country_groups",
    "v_region_coverage",
    "agg_coverage_summary",
    "agg_coverage_monthly",
    "v_region_coverage_monthly",
    "agg_supply_concentration",
    "v_supply_concentration",
    "agg_substance_supply",
    "v_substance_supply",
    "agg_site_summary",
    "agg_scenario_links",
    "agg_scenario_stages",
    "agg_scenario_companies",
    "v_site_map",
    "agg_site_list_links",
    "agg_company_importance",
    "v_company_importance",
    "macros_supply",
    "agg_site_selection_lists",
    "agg_site_cells_lists",
    "agg_site_countries_lists",
    "v_grant_ledger",
    # ---- grants (issue 7)
    "v_grant_instruments",
    "v_grant_allocation_key",
    "v_grant_region_totals",
    "v_grant_use",
    "v_grant_deadlines",
    "v_grant_reconciliation",
    "v_region_costs",
    "agg_grant_ledger",
    "agg_grant_instruments",
    "agg_grant_allocation_key",
    "agg_grant_region_totals",
    "agg_grant_deadlines",
    "agg_grant_reconciliation",
    # ---- coverage, shortages and exposure (issue 6)
    "agg_priority_cover",
    "v_priority_cover_monthly",
    "macros_coverage",
    "agg_region_cover_default",
    "agg_national_cover_default",
    "macros_cover_month",
    "v_region_coverage_summary",
    "v_national_coverage_summary",
    "agg_national_substance_cover",
    "v_national_substance_cover",
    "v_treatment_alternatives",
    "v_shortage_notices",
    "agg_substance_active_notices",
    "macros_shortages",
    "v_region_supply_systems",
)
PUBLIC_VIEWS = tuple(name for name in DERIVED_SQL if name.startswith("v_"))
# files of DERIVED_SQL that create macros, not tables or views: macros.sql, and macros_<area>.sql
# for an area's macros that read its views (created after them)
MACRO_FILES = tuple(name for name in DERIVED_SQL if name.startswith("macros"))


class SchemaMismatchError(RuntimeError):
    """The database file was written by another version of the schema."""


class NotADatabaseError(OSError):
    """The database path holds a file DuckDB cannot open (damaged, or another kind of file).

    An OSError, like WriterBusyError, so that every caller that reports a failed write to the
    user (the CLI, the scenario page's "Spara") shows its message."""


def _open(
    path: Path, opened_as: Path | None = None, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, with a file DuckDB cannot read blamed on the database, by its name.

    `opened_as` is the temp copy actually opened, so the message names the published file.
    """
    target = opened_as or path
    try:
        return duckdb.connect(str(target), read_only=read_only)
    except duckdb.IOException as e:
        if "database file" not in str(e) and "not a valid" not in str(e):
            raise
        raise NotADatabaseError(
            f"{path}: not a DuckDB database this program can read (damaged, or another kind "
            "of file). Nothing was written. Rebuild it with `beredskap build-demo` or restore "
            "a backup, then load your files again."
        ) from None


class WriterBusyError(OSError):
    """Another writer held the database file's lock for longer than we would wait."""


LOCK_TIMEOUT_S = float(os.environ.get("BEREDSKAP_LOCK_TIMEOUT", "300"))


def read_sql(name: str) -> str:
    """The text of sql/<name>.sql shipped in the package."""
    return resources.files("dash_beredskap").joinpath("sql", f"{name}.sql").read_text("utf-8")


def macro_names() -> tuple[str, ...]:
    """Every macro the MACRO_FILES create, in file order."""
    pattern = re.compile(r"^create or replace macro (\w+)", re.MULTILINE)
    return tuple(m for name in MACRO_FILES for m in pattern.findall(read_sql(name)))


def create_schema(con: duckdb.DuckDBPyConnection, created_at: datetime) -> None:
    """Create every base table in an empty database and stamp the schema version."""
    con.execute(read_sql("schema"))
    con.execute("insert into schema_version values (?, ?)", [SCHEMA_VERSION, created_at])


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)build the agg_* tables and views; run after every change to base tables."""
    for name in DERIVED_SQL:
        con.execute(read_sql(name))


# The agg_* tables a stock load changes, each built by the table macro in its own file:
# (table, macro, date column, scoped by region too)
STOCK_AGGREGATES = (
    ("agg_coverage_monthly", "coverage_monthly_rows", "month", True),
    ("agg_priority_cover", "priority_cover_rows", "month", True),
    ("agg_coverage_summary", "coverage_summary_rows", "snapshot_date", True),
    ("agg_national_substance_cover", "national_substance_cover_rows", "month", False),
)
# small tables counted from agg_priority_cover at the default targets, by month: their months
# from the load's first on are recomputed from their own file's select (_select_of)
COVER_DEFAULT_AGGREGATES = ("agg_region_cover_default", "agg_national_cover_default")
# tables dated by the newest report (the data's as-of date): rebuilt whole when a load moves it
AS_OF_AGGREGATES = ("agg_substance_supply", "agg_substance_active_notices")


def _select_of(table: str) -> str:
    """The query of sql/<table>.sql, a `create or replace table <table> as <query>` file."""
    head = f"create or replace table {table} as"
    text = read_sql(table)
    if head not in text:
        raise ValueError(f"sql/{table}.sql does not start with `{head}`")
    return text.split(head, 1)[1]


def refresh_stock_derived(
    con: duckdb.DuckDBPyConnection,
    from_month: date,
    regions: list[str] | None,
    newest_before: date | None,
) -> None:
    """After a stock load: recompute only what it touched, not every agg_* table.

    The rows from `from_month` on of `regions` (None: every region, e.g. when the load adds a
    month, which every region is carried forward into) are deleted and inserted again from the
    same table macro the full build uses (refresh_derived), so both give the same rows; the
    cost follows the file, not the database. agg_substance_supply is dated by the newest
    report (`newest_before` the load), so it is rebuilt when that moves. Every file of this
    schema version has the macros (check_schema refuses older ones).
    """
    for table, macro, column, by_region in STOCK_AGGREGATES:
        scope = f"{column} >= $from_month"
        args = "from_month := $from_month"
        params: dict[str, object] = {"from_month": from_month}
        if by_region:
            scope += " and ($regions is null or list_contains($regions, region_code))"
            args += ", in_regions := $regions"
            params["regions"] = regions
        con.execute(f"delete from {table} where {scope}", params)
        con.execute(f"insert into {table} by name select * from {macro}({args})", params)
    for table in COVER_DEFAULT_AGGREGATES:
        con.execute(f"delete from {table} where month >= $from_month", {"from_month": from_month})
        con.execute(
            f"insert into {table} by name select * from ({_select_of(table)}) "
            "where month >= $from_month",
            {"from_month": from_month},
        )
    newest = con.execute("select max(snapshot_date) from stock_snapshots").fetchall()[0][0]
    if newest != newest_before:
        for table in AS_OF_AGGREGATES:
            con.execute(read_sql(table))


def schema_version_of(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version stamped in a database, or None if it has no stamp."""
    try:
        row = con.execute("select max(version) from schema_version").fetchall()
    except duckdb.CatalogException:
        return None
    return row[0][0]


def check_schema(con: duckdb.DuckDBPyConnection, path: Path | str) -> None:
    """Raise SchemaMismatchError with a message a user can act on."""
    found = schema_version_of(con)
    if found == SCHEMA_VERSION:
        return
    if found is None:
        raise SchemaMismatchError(
            f"{path}: not a Beredskapsläget database (no schema_version table). "
            "Build one with `beredskap build-demo`."
        )
    newer = "an older" if found < SCHEMA_VERSION else "a newer"
    raise SchemaMismatchError(
        f"{path}: the database has schema version {found}, this app needs {SCHEMA_VERSION} "
        f"({newer} file). Rebuild it with `beredskap build-demo` or reload your data "
        "with this version's `beredskap load`."
    )


def connect_read_only(path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open the published file (or a folder of Parquet files) for reading, schema checked."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no database file. Build one with `beredskap build-demo`.")
    if path.is_dir():
        from dash_beredskap import parquet_store  # it builds on this module

        return parquet_store.connect(path)
    con = _open(path, read_only=True)
    try:
        use_stock_folder(con, path)
        check_schema(con, path)
    except SchemaMismatchError:
        con.close()
        raise
    return con


def file_version(path: Path | str) -> tuple[int, int]:
    """A cheap fingerprint of the published file; it changes when a load replaces it."""
    if Path(path).is_dir():
        from dash_beredskap import parquet_store

        return parquet_store.folder_version(path)
    st = Path(path).stat()
    return (st.st_mtime_ns, st.st_size)


def lock_path_of(path: Path | str) -> Path:
    """The writer lock of a database file: `<db>.lock` beside it."""
    path = Path(path)
    return path.with_name(path.name + ".lock")


@contextmanager
def writer_lock(path: Path | str, timeout: float | None = None) -> Iterator[None]:
    """One writer at a time per database file, across processes, users and temp folders.

    Every writer copies or builds a sibling file and swaps it in; two at once would lose one
    of them silently. So the whole copy-write-replace runs under an OS lock (flock) on
    `<db>.lock` beside the file: whatever a process's TMPDIR, the same file means the same
    lock. The lock goes with the process, so a crash never leaves it held.
    """
    lock_path = lock_path_of(path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    timeout = LOCK_TIMEOUT_S if timeout is None else timeout
    with open(lock_path, "a") as lock:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WriterBusyError(
                        f"{path}: another writer (beredskap load or build-demo, or a scenario "
                        f"being saved in the app) has held {lock_path.name} for over "
                        f"{timeout:g} s. Nothing was written; try again when it has finished."
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def leftover_temp_files(path: Path | str) -> list[Path]:
    """The temp copies (`.<db>.*.new`, and their `.wal`) a writer of `path` left behind.

    A writer removes its own on any error, but a killed process cannot; with no writer
    running they are stale and only take space (a whole copy of the database each).
    """
    path = Path(path)
    stem = glob.escape(str(path.parent / f".{path.name}.")) + "?" * 8  # mkstemp's 8 letters
    found = glob.glob(stem + ".new") + glob.glob(stem + ".new.wal")
    return sorted(Path(f) for f in found)


def _remove_leftovers(path: Path) -> None:
    """Remove stale temp copies of `path`; call only under its writer_lock (none in use)."""
    for leftover in leftover_temp_files(path):
        leftover.unlink(missing_ok=True)


@contextmanager
def _sibling_file(path: Path) -> Iterator[Path]:
    """A fresh temporary path beside `path` (same file system, so os.replace is atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # DuckDB wants to create the file itself
    tmp_path = Path(tmp)
    try:
        yield tmp_path
    finally:
        for leftover in (tmp_path, tmp_path.with_name(tmp_path.name + ".wal")):
            leftover.unlink(missing_ok=True)
        rmtree(tmp_path.with_name(tmp_path.name + ".spill"), ignore_errors=True)


def _replace_keeping_access(tmp: Path, path: Path) -> None:
    """os.replace(tmp, path), the new file keeping the old one's mode, group (and owner if we
    may): a read-only or group-restricted database stays so after a load."""
    if path.exists():
        old = path.stat()
        os.chmod(tmp, stat.S_IMODE(old.st_mode))
        owner = old.st_uid if os.geteuid() == 0 else -1
        with suppress(PermissionError):  # not a member of the group: mode only
            os.chown(tmp, owner, old.st_gid)
    os.replace(tmp, path)


# ---------------------------------------------------------------- the stock folder
STOCK_GRACE_S = float(os.environ.get("BEREDSKAP_STOCK_GRACE_S", "600"))  # see collect_stock_files
STOCK_ORDER = "snapshot_date, region_code, substance_id"  # rows sorted so within each file


def stock_dir_of(path: Path | str) -> Path:
    """The stock folder of a database file: `<db>.stock` beside it."""
    path = Path(path)
    return path.with_name(path.name + ".stock")


def _quoted(text: object) -> str:
    return str(text).replace("'", "''")


def use_stock_folder(con: duckdb.DuckDBPyConnection, path: Path | str) -> None:
    """Let the stock_snapshots view's relative file names resolve in `<db>.stock/`.

    Names are relative so that a database moved or copied with its folder keeps working; every
    connection to a published file (readers and writers) must say where the folder is. Global:
    the connection's cursors (one per app thread) read the view too.
    """
    con.execute(f"set global file_search_path = '{_quoted(stock_dir_of(path).resolve())}'")


def stock_is_external(con: duckdb.DuckDBPyConnection) -> bool:
    """Is stock_snapshots the view over Parquet files (not yet the table a build fills)?"""
    rows = con.execute(
        "select table_type from information_schema.tables "
        "where table_schema = 'main' and table_name = 'stock_snapshots'"
    ).fetchall()
    return bool(rows) and rows[0][0] == "VIEW"


def stored_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every table the database stores rows in: base tables (agg_* included) and the stock,
    whether a table or the view over its files; not the stock's manifest."""
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = 'main' "
        "and (table_type = 'BASE TABLE' or table_name = 'stock_snapshots') "
        "and table_name <> 'stock_files' order by table_name"
    ).fetchall()
    return [name for (name,) in rows]


def stock_file_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The Parquet files the database's manifest names (none in a file of an older schema)."""
    try:
        return {name for (name,) in con.execute("select file_name from stock_files").fetchall()}
    except duckdb.CatalogException:
        return set()


def write_stock_month(
    con: duckdb.DuckDBPyConnection, folder: Path, month: date, rows_sql: str
) -> None:
    """Write the month's rows (`rows_sql`, every stock column) to a new file and name it in the
    manifest instead of the month's old file; call create_stock_view after the last month."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{month:%Y-%m}.{uuid.uuid4().hex[:12]}.parquet"  # a new name: files never change
    (n_rows,) = con.execute(
        f"copy ({rows_sql} order by {STOCK_ORDER}) to '{_quoted(folder / name)}' "
        "(format parquet, compression zstd)"
    ).fetchall()[0]
    con.execute("delete from stock_files where month = ?", [month])
    con.execute("insert into stock_files values (?, ?, ?)", [month, name, n_rows])


def create_stock_view(con: duckdb.DuckDBPyConnection) -> None:
    """stock_snapshots as the view over the files the manifest names, by relative name."""
    names = [
        n for (n,) in con.execute("select file_name from stock_files order by month").fetchall()
    ]
    listed = ", ".join(f"'{_quoted(n)}'" for n in names)
    con.execute(f"create or replace view stock_snapshots as select * from read_parquet([{listed}])")


def upsert_stock(
    con: duckdb.DuckDBPyConnection,
    source: str,
    columns: Sequence[str],
    key: Sequence[str],
    update: Sequence[str],
) -> int:
    """The loader's upsert into the stock in its files; returns how many rows matched a key.

    For each month `source` touches: a new file of the month's stored rows with the source's
    rows upserted by key (`update` columns replaced on a match, the others kept; a new row
    gets the source's `columns`, null elsewhere), named in the manifest instead of the old
    file. The other months' files are neither read nor written, so the cost follows the load.
    """
    folder = Path(con.execute("select current_setting('file_search_path')").fetchall()[0][0])
    types = con.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_name = 'stock_snapshots' order by ordinal_position"
    ).fetchall()
    incoming = [f"cast({c if c in columns else 'null'} as {t}) as {c}" for c, t in types]
    merged = [
        f"i.{c}" if c in key or c in update else f"if(o.{key[0]} is null, i.{c}, o.{c})"
        for c, _ in types
    ]
    cols = ", ".join(c for c, _ in types)
    on_key = " and ".join(f"o.{k} = i.{k}" for k in key)
    con.execute(
        "create or replace temp table incoming_stock as select date_trunc('month', "
        f"snapshot_date)::date as month, {', '.join(incoming)} from {source}"
    )
    stored = dict(con.execute("select month, file_name from stock_files").fetchall())
    n_matched = 0
    for (month,) in con.execute("select distinct month from incoming_stock").fetchall():
        new = f"(select {cols} from incoming_stock where month = DATE '{month}')"
        old = (
            f"(select {cols} from read_parquet('{_quoted(stored[month])}'))"
            if month in stored
            else f"(select {cols} from stock_snapshots limit 0)"
        )
        (n,) = con.execute(f"select count(*) from {new} i semi join {old} o on {on_key}").fetchone()
        n_matched += n
        write_stock_month(
            con, folder, month,
            f"select {cols} from {old} o anti join {new} i on {on_key} union all "
            f"select {', '.join(merged)} from {new} i left join {old} o on {on_key}",
        )  # fmt: skip
    con.execute("drop table incoming_stock")
    create_stock_view(con)
    return n_matched


def externalize_stock(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Move the rows of a stock_snapshots table (a build fills one) to one file per month and
    make stock_snapshots the view over them. An empty stock stays a table until a load fills it.
    """
    if stock_is_external(con):
        return
    months = [
        m
        for (m,) in con.execute(
            "select distinct date_trunc('month', snapshot_date)::date from stock_snapshots "
            "order by 1"
        ).fetchall()
    ]
    if not months:
        return
    con.execute("delete from stock_files")  # the table holds the whole stock
    for month in months:
        write_stock_month(
            con, folder, month,
            f"select * from stock_snapshots where snapshot_date >= DATE '{month}' "
            f"and snapshot_date < DATE '{month}' + interval 1 month",
        )  # fmt: skip
    con.execute("drop table stock_snapshots")
    create_stock_view(con)


def copy_database(source: Path | str, target: Path | str) -> None:
    """Copy a published database with its stock folder (a backup, or a copy to change).

    The stock files never change once written, so they are hard-linked where the file system
    allows: a copy costs the small file, not the stock. Copy only a file no writer is changing.
    """
    source, target = Path(source), Path(target)
    shutil.copyfile(source, target)
    folder, copied = stock_dir_of(source), stock_dir_of(target)
    if not folder.is_dir():
        return
    copied.mkdir(parents=True, exist_ok=True)
    for file in folder.glob("*.parquet"):
        try:
            os.link(file, copied / file.name)
        except OSError:
            shutil.copyfile(file, copied / file.name)


def _published_stock_names(path: Path) -> set[str]:
    """The files the published file's manifest names (none if there is no readable file)."""
    if not path.exists():
        return set()
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            return stock_file_names(con)
    except duckdb.Error:
        return set()


def collect_stock_files(folder: Path, named: set[str]) -> None:
    """Remove the folder's files that the published manifest (`named`) does not name and that
    are older than STOCK_GRACE_S: months a later load replaced (a publish that drops a file from
    the manifest touches it, so the grace counts from then: readers of the previous file keep
    their months that long) and files of a writer that was killed. Call under writer_lock."""
    if not folder.is_dir():
        return
    cutoff = time.time() - STOCK_GRACE_S
    for file in folder.glob("*.parquet"):
        if file.name not in named:
            with suppress(FileNotFoundError):
                if file.stat().st_mtime < cutoff:
                    file.unlink()


def _retire(folder: Path, names: set[str]) -> None:
    """Mark files the new published manifest no longer names: their grace starts now."""
    for name in names:
        with suppress(FileNotFoundError):
            os.utime(folder / name)


@contextmanager
def _new_stock_files_removed_on_error(folder: Path) -> Iterator[None]:
    """A write that fails leaves no new file behind (the published manifest names none)."""
    before = set(folder.glob("*.parquet")) if folder.is_dir() else set()
    try:
        yield
    except BaseException:
        if folder.is_dir():
            for file in set(folder.glob("*.parquet")) - before:
                file.unlink(missing_ok=True)
        raise


# A load's DuckDB memory: what it holds beyond this (temp tables, sorts of the agg_* builds)
# spills to a folder beside the database, so a file of tens of millions of rows does not take
# the machine's memory (DuckDB's default is 80 % of it). Not lower: the key index of the stock
# table must fit, and 256 MB already failed a 2 M-row load's full rebuild.
WRITER_MEMORY = os.environ.get("BEREDSKAP_WRITER_MEMORY", "1GB")


def _writer_settings(con: duckdb.DuckDBPyConnection, tmp: Path) -> None:
    """Bound the writer's memory; it spills to `<tmp>.spill` (removed with the temp copy).

    No writer query relies on insertion order (every agg_* table is built with order by), so
    DuckDB need not keep it, which lets large inserts and aggregates stream.
    """
    spill = str(tmp.with_name(tmp.name + ".spill")).replace("'", "''")
    con.execute(f"set memory_limit = '{WRITER_MEMORY}'")
    con.execute("set preserve_insertion_order = false")
    con.execute(f"set temp_directory = '{spill}'")


COMPACT_FREE_SHARE = 0.1  # compact a written copy when more than this share of it is free


def _compact_if_sparse(con: duckdb.DuckDBPyConnection, tmp: Path, fresh: Path) -> Path:
    """The file to publish: `tmp`, or, when much of it is free blocks, a compacted copy.

    DuckDB reuses freed blocks but does not give them back, so every load that replaces rows
    or rebuilds the agg_* tables left the file larger (75 -> 102 MB after five 5-row loads).
    COPY FROM DATABASE into a fresh file writes only what is in use, with the same tables,
    constraints, views and macros.
    """
    free, total = con.execute(
        "select free_blocks, total_blocks from pragma_database_size() "
        "where database_name = current_database()"
    ).fetchall()[0]
    if free <= COMPACT_FREE_SHARE * total:
        return tmp
    name = con.execute("select current_database()").fetchall()[0][0]
    quoted_path = str(fresh).replace("'", "''")
    quoted_name = name.replace('"', '""')
    con.execute(f"attach '{quoted_path}' as compacted")
    con.execute(f'copy from database "{quoted_name}" to compacted')
    con.execute("detach compacted")
    return fresh


@contextmanager
def _publishing(path: Path) -> Iterator[Path]:
    """Under the file's writer lock, with stale temp copies removed: a fresh sibling path."""
    with writer_lock(path):
        _remove_leftovers(path)
        with _sibling_file(path) as tmp:
            yield tmp


def publish_new(path: Path | str, build: Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """Build a whole new database with `build` and put it in place of `path` atomically; the
    stock it built is moved to new files in the stock folder (externalize_stock)."""
    path = Path(path)
    folder = stock_dir_of(path)
    with _publishing(path) as tmp, _sibling_file(path) as fresh:
        published = _published_stock_names(path)
        collect_stock_files(folder, published)
        with _new_stock_files_removed_on_error(folder):
            con = duckdb.connect(str(tmp))
            try:
                _writer_settings(con, tmp)  # scale 100 took 17 GB without a limit
                use_stock_folder(con, path)
                con.execute("begin")
                build(con)
                externalize_stock(con, folder)
                con.execute("commit")
                named = stock_file_names(con)
                con.execute("checkpoint")
                final = _compact_if_sparse(con, tmp, fresh)
            finally:
                con.close()
            _replace_keeping_access(final, path)
        _retire(folder, published - named)


def publish_change(path: Path | str, change: Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """Apply `change` to a copy of the published file and swap it in, all or nothing.

    If `change` raises, the copy is thrown away with any stock file it wrote, and the published
    file is untouched, so a reader of it never sees a half-written state. The whole of it runs
    under writer_lock; a copy left with many free blocks is compacted first, so the file does
    not grow. The copy is of the file only: the stock stays in its folder (write_stock_month).
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no database file. Build one with `beredskap build-demo`.")
    folder = stock_dir_of(path)
    with _publishing(path) as tmp, _sibling_file(path) as fresh:
        shutil.copyfile(path, tmp)
        with _new_stock_files_removed_on_error(folder):
            con = _open(path, opened_as=tmp)
            try:
                _writer_settings(con, tmp)
                use_stock_folder(con, path)
                check_schema(con, path)
                published = stock_file_names(con)
                collect_stock_files(folder, published)
                con.execute("begin")
                try:
                    change(con)
                    externalize_stock(con, folder)
                except BaseException:
                    con.execute("rollback")
                    raise
                con.execute("commit")
                named = stock_file_names(con)
                con.execute("checkpoint")
                final = _compact_if_sparse(con, tmp, fresh)
            finally:
                con.close()
            _replace_keeping_access(final, path)
        _retire(folder, published - named)
