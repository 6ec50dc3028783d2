"""The one DuckDB file: schema, derived tables, read-only opening and atomic publishing.

DuckDB allows one writing process or many reading ones on a file, never both. So the writer
never touches the published file: it builds (or copies and changes) a sibling file and then
`os.replace`s it, which readers survive; the app notices the new file and reopens.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path

import duckdb

SCHEMA_VERSION = 5  # 2: scenarios (issue 8); 3: ATC names; 4: macros + stg_* (issue 11)
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
    "v_site_map",
    "v_company_importance",
    "macros_supply",
    "v_grant_ledger",
    # ---- grants (issue 7)
    "v_grant_instruments",
    "v_grant_allocation_key",
    "v_grant_region_totals",
    "v_grant_use",
    "v_grant_deadlines",
    "v_grant_reconciliation",
    "v_region_costs",
    # ---- coverage, shortages and exposure (issue 6)
    "agg_priority_cover",
    "v_priority_cover_monthly",
    "macros_coverage",
    "v_region_coverage_summary",
    "v_national_coverage_summary",
    "agg_national_substance_cover",
    "v_national_substance_cover",
    "v_treatment_alternatives",
    "v_shortage_notices",
    "macros_shortages",
    "v_region_supply_systems",
)
PUBLIC_VIEWS = tuple(name for name in DERIVED_SQL if name.startswith("v_"))
# files of DERIVED_SQL that create macros, not tables or views: macros.sql, and macros_<area>.sql
# for an area's macros that read its views (created after them)
MACRO_FILES = tuple(name for name in DERIVED_SQL if name.startswith("macros"))


class SchemaMismatchError(RuntimeError):
    """The database file was written by another version of the schema."""


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
    """Open the published file for reading and check its schema version."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no database file. Build one with `beredskap build-demo`.")
    con = duckdb.connect(str(path), read_only=True)
    try:
        check_schema(con, path)
    except SchemaMismatchError:
        con.close()
        raise
    return con


def file_version(path: Path | str) -> tuple[int, int]:
    """A cheap fingerprint of the published file; it changes when a load replaces it."""
    st = Path(path).stat()
    return (st.st_mtime_ns, st.st_size)


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


def publish_new(path: Path | str, build: Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """Build a whole new database with `build` and put it in place of `path` atomically."""
    path = Path(path)
    with _sibling_file(path) as tmp:
        con = duckdb.connect(str(tmp))
        try:
            con.execute("begin")
            build(con)
            con.execute("commit")
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, path)


def publish_change(path: Path | str, change: Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """Apply `change` to a copy of the published file and swap it in, all or nothing.

    If `change` raises, the copy is thrown away and the published file is untouched, so a
    reader of it never sees a half-written state.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no database file. Build one with `beredskap build-demo`.")
    with _sibling_file(path) as tmp:
        shutil.copyfile(path, tmp)
        con = duckdb.connect(str(tmp))
        try:
            check_schema(con, path)
            con.execute("begin")
            try:
                change(con)
            except BaseException:
                con.execute("rollback")
                raise
            con.execute("commit")
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, path)
