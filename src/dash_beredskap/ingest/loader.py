"""Load one file for one data set: validate all of it, then write all of it or nothing.

The write goes through db.publish_change: a copy of the published file is changed in one
transaction and swapped in with os.replace, so the app's readers never see half a load and a
refused file leaves the published database byte for byte as it was. Rows are upserted by the
data set's key, so loading the same file twice changes nothing the second time.
"""

from __future__ import annotations

import csv
import hashlib
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dash_beredskap import audit, db
from dash_beredskap.ingest import stream
from dash_beredskap.ingest.errors import FileError, IngestError
from dash_beredskap.ingest.readers import (
    _OLE_MAGIC,
    _ZIP_MAGIC,
    RawTable,
    read_table,
    xlsx_formulas,
)
from dash_beredskap.ingest.specs import DATASETS, SCENARIOS, Column, DatasetSpec
from dash_beredskap.ingest.stream import Staged
from dash_beredskap.ingest.validate import (
    EMPTY_CELL,
    References,
    Validated,
    map_header,
    validate,
)
from dash_beredskap.scenarios import Scenario, disruption_records

SOURCE = "file loaded by beredskap load"
LICENCE = "as supplied by the loader"


@dataclass
class LoadResult:
    """What a load did, for the CLI to report."""

    dataset: str
    file_name: str
    n_rows: int = 0  # data rows in the file
    n_new: int = 0  # rows whose key was not in the table before
    n_replaced: int = 0  # rows that replaced a stored row with the same key
    load_id: int | None = None
    dry_run: bool = False
    warnings: list[str] = field(default_factory=list)


class _DryRunDone(Exception):
    """Raised at the end of a dry run so publish_change throws the changed copy away."""


def load_file(
    db_path: Path | str,
    dataset: str,
    file_path: Path | str,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
) -> LoadResult:
    """Validate `file_path` as `dataset` and upsert it into the database at `db_path`.

    Raises IngestError (every error found) if the file is refused; the database is then
    untouched. With dry_run the whole load runs, derived tables included, and is thrown away.
    """
    spec = DATASETS[dataset]
    file_path = Path(file_path)
    if stream.streams(spec) and _is_csv(file_path):
        return _load_streamed(db_path, spec, file_path, now or datetime.now(), dry_run)
    data = file_path.read_bytes()
    table = read_table(file_path, data)
    index, header_errors, _ = map_header(spec, table)
    if header_errors:  # refuse before copying the database
        raise IngestError(header_errors)
    result = LoadResult(dataset, file_path.name, dry_run=dry_run)
    loaded_at = now or datetime.now()
    sha256 = hashlib.sha256(data).hexdigest()

    def change(con: duckdb.DuckDBPyConnection) -> None:
        validated = validate(table, spec, References.from_db(con))
        if validated.errors:
            raise IngestError(_explain_formulas(validated.errors, table, index, data))
        result.warnings = list(validated.warnings)
        result.n_rows = len(validated.records)
        write_records(con, validated, result, loaded_at)
        result.load_id = record_source(con, spec, file_path.name, sha256, result.n_rows, loaded_at)
        if spec.refreshes_derived:
            db.refresh_derived(con)
        if dry_run:
            raise _DryRunDone

    with suppress(_DryRunDone):  # publish_change holds the file's writer lock
        db.publish_change(db_path, change)
    return result


def _is_csv(path: Path) -> bool:
    """Not a workbook by its content or name (read_table's test), so read as CSV."""
    with open(path, "rb") as f:
        head = f.read(len(_OLE_MAGIC))
    is_workbook = head.startswith((_ZIP_MAGIC, _OLE_MAGIC))
    return not is_workbook and path.suffix.lower() not in (".xlsx", ".xlsm")


def _load_streamed(
    db_path: Path | str, spec: DatasetSpec, file_path: Path, loaded_at: datetime, dry_run: bool
) -> LoadResult:
    """load_file for a CSV file of a data set whose rules are per cell and key (stream.py)."""
    staged = stream.stage_csv(file_path, spec)  # header and file errors: before the copy
    result = LoadResult(spec.name, file_path.name, dry_run=dry_run)

    def change(con: duckdb.DuckDBPyConnection) -> None:
        stream.stage_rows(con, staged, spec)
        errors = stream.check_staged(con, staged, spec, References.from_db(con))
        if errors:
            raise IngestError(errors)
        result.warnings = list(staged.warnings)
        scope = _stock_scope(con, staged) if spec.table == "stock_snapshots" else None
        _write_staged(con, staged, spec, result)
        result.load_id = record_source(
            con, spec, file_path.name, staged.sha256, result.n_rows, loaded_at
        )
        if scope is not None:
            db.refresh_stock_derived(con, *scope)
        elif spec.refreshes_derived:
            db.refresh_derived(con)
        if dry_run:
            raise _DryRunDone

    with suppress(_DryRunDone):
        db.publish_change(db_path, change)
    return result


def _stock_scope(
    con: duckdb.DuckDBPyConnection, staged: Staged
) -> tuple[date, list[str] | None, date | None] | None:
    """What a stock file touches, for db.refresh_stock_derived: its first month, its regions
    (None when it adds a month the aggregates do not have: every region is carried into it)
    and the newest report before it. None for an empty file (nothing to recompute)."""
    names = [c.name for c in staged.present]
    day, region = f"v{names.index('snapshot_date')}", f"v{names.index('region')}"
    from_month, regions, new_month = con.execute(
        f"select min(date_trunc('month', {day}))::date, list(distinct {region} order by {region}), "
        f"bool_or(date_trunc('month', {day})::date not in "
        "(select distinct month from agg_coverage_monthly)) from typed"
    ).fetchall()[0]
    if from_month is None:
        return None
    newest = con.execute("select max(snapshot_date) from stock_snapshots").fetchall()[0][0]
    return from_month, None if new_month else regions, newest


def _explain_formulas(
    errors: list[FileError], table: RawTable, index: dict[str, int], data: bytes
) -> list[FileError]:
    """In an XLSX, an "empty" cell may hold a formula with no saved result: say that instead."""
    empty = {
        (e.row, index[e.column]): e
        for e in errors
        if e.expected.endswith(EMPTY_CELL) and e.row is not None and e.column in index
    }
    if table.file_format != "xlsx" or not empty:
        return errors
    formulas = xlsx_formulas(data, set(empty))
    explained = {
        id(e): replace(
            e,
            value=formulas[cell],
            expected="a value, but the cell holds a formula with no saved result (the file was "
            "not saved by a spreadsheet that calculates): open it in Excel and save it again, "
            "or replace the formula by its value",
        )
        for cell, e in empty.items()
        if cell in formulas
    }
    return [explained.get(id(e), e) for e in errors]


def record_source(
    con: duckdb.DuckDBPyConnection,
    spec: DatasetSpec,
    file_name: str,
    sha256: str,
    n_rows: int,
    loaded_at: datetime,
) -> int:
    """Note the load in data_sources (the same file again updates its row, same load_id) and in
    the audit log, in the load's own transaction."""
    audit.record(con, audit.load_event(spec.name, file_name, n_rows, loaded_at))
    title = f"{spec.title}: {file_name}"
    found = con.execute(
        "select load_id from data_sources where dataset = ? and file_sha256 = ?",
        [spec.name, sha256],
    ).fetchall()
    if found:
        load_id = found[0][0]
        con.execute(
            "update data_sources set title = ?, is_synthetic = false, is_computed = false, "
            "source = ?, licence = ?, "
            "loaded_at = ?, n_rows = ?, file_name = ? where load_id = ?",
            [title, SOURCE, LICENCE, loaded_at, n_rows, file_name, load_id],
        )
        return load_id
    load_id = con.execute("select coalesce(max(load_id), 0) + 1 from data_sources").fetchall()[0][0]
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, source, licence, "
        "loaded_at, n_rows, file_name, file_sha256) values (?, ?, ?, false, ?, ?, ?, ?, ?, ?)",
        [load_id, spec.name, title, SOURCE, LICENCE, loaded_at, n_rows, file_name, sha256],
    )
    return load_id


# ---------------------------------------------------------------- writing
def write_records(
    con: duckdb.DuckDBPyConnection,
    v: Validated,
    result: LoadResult,
    loaded_at: datetime | None = None,
) -> None:
    """Upsert the validated records into the data set's table(s)."""
    if v.spec.name == "sites":
        _write_sites(con, v, result)
    elif v.spec.name == "priority-list":
        _write_priority_list(con, v, result)
    elif v.spec.name == "scenarios":
        _write_scenarios(con, v, result, loaded_at or datetime.now())
    else:
        _write_one_table(con, v, result)
    if v.spec.name == "grant-allocations":
        _check_allocation_totals(con, v, result)


def _columns_for_table(
    spec: DatasetSpec, present_columns: Sequence[Column], names: Sequence[str]
) -> tuple[list[Column], list[Column]]:
    """(columns written, columns updated on a key match) among `names`.

    A column absent from the file is written only for new rows and only if it has a default;
    stored values are never overwritten by a column the file does not have, except a column
    `cleared_when_absent` (it belongs to the row's figures, e.g. stock's expiry date).
    """
    present = {c.name for c in present_columns}
    written, updated = [], []
    for name in names:
        column = spec.column(name)
        if name in present:
            written.append(column)
            if name not in spec.key:
                updated.append(column)
        elif column.cleared_when_absent:
            written.append(column)
            updated.append(column)
        elif column.default is not None:
            written.append(column)
    return written, updated


def _arrow_table(records: Sequence[dict[str, Any]], columns: Sequence[Column]) -> pa.Table:
    return pa.table(
        {
            c.target: pa.array(
                [r.get(c.name, c.default) for r in records],
                type=stream.ARROW_TYPES.get(c.kind, pa.string()),
            )
            for c in columns
        }
    )


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """Arrow tables visible to SQL by name for the duration of the block."""
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield
    finally:
        for name in tables:
            # in a failed transaction unregistering fails too; the first error is the one to see
            with suppress(duckdb.TransactionException):
                con.unregister(name)


def upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    data: pa.Table,
    key: Sequence[str],
    update: Sequence[str],
    keep_when_null: Sequence[str] = (),
) -> int:
    """Insert `data` into `table`, updating `update` columns on a key match; returns how many
    rows matched a stored key. Table and column names come from the specs, never from a file.
    """
    with registered(con, incoming=data):
        return upsert_from(con, table, "incoming", data.column_names, key, update, keep_when_null)


def upsert_from(
    con: duckdb.DuckDBPyConnection,
    table: str,
    source: str,
    columns: Sequence[str],
    key: Sequence[str],
    update: Sequence[str],
    keep_when_null: Sequence[str] = (),
) -> int:
    """upsert from the relation `source` (a table or view with `columns`); the stock in its
    Parquet files is upserted month by month (db.upsert_stock)."""
    if table == "stock_snapshots" and db.stock_is_external(con):
        return db.upsert_stock(con, source, columns, key, update)
    on_key = " and ".join(f"t.{k} = i.{k}" for k in key)
    n_matched = con.execute(
        f"select count(*) from {source} i where exists (select 1 from {table} t where {on_key})"
    ).fetchall()[0][0]
    cols = ", ".join(columns)
    sets = [
        f"{c} = coalesce(excluded.{c}, {table}.{c})"
        if c in keep_when_null
        else f"{c} = excluded.{c}"
        for c in update
    ]
    action = f"do update set {', '.join(sets)}" if sets else "do nothing"
    con.execute(
        f"insert into {table} ({cols}) select {cols} from {source} "
        f"on conflict ({', '.join(key)}) {action}"
    )
    return n_matched


def _write_staged(
    con: duckdb.DuckDBPyConnection, staged: Staged, spec: DatasetSpec, result: LoadResult
) -> None:
    """Upsert the temp table `typed` (stream.check_staged, no errors) into the spec's table."""
    written, updated = _columns_for_table(spec, staged.present, [c.name for c in spec.columns])
    names = [c.name for c in staged.present]
    exprs = [
        f"v{names.index(c.name)} as {c.target}"
        if c.name in names
        else f"{stream.sql_literal(c.default, c)} as {c.target}"
        for c in written
    ]
    con.execute(
        f"create or replace temp view incoming_rows as select {', '.join(exprs)} from typed"
    )
    key = [spec.column(k).target for k in spec.key]
    n = upsert_from(
        con, spec.table, "incoming_rows", [c.target for c in written], key,
        [c.target for c in updated],
    )  # fmt: skip
    result.n_rows = con.execute("select count(*) from typed").fetchall()[0][0]
    result.n_replaced, result.n_new = n, result.n_rows - n
    con.execute("drop view incoming_rows")
    con.execute("drop table typed")


def _write_one_table(con: duckdb.DuckDBPyConnection, v: Validated, result: LoadResult) -> None:
    spec = v.spec
    records = v.records
    written, updated = _columns_for_table(spec, v.present, [c.name for c in spec.columns])
    data = _arrow_table(records, written)
    update = [c.target for c in updated]
    if spec.name == "substances":
        data = _with_substance_derivations(data)
        if "atc_l4" in data.column_names:
            update.append("atc_l4")
    key = [spec.column(k).target for k in spec.key]
    n = upsert(con, spec.table, data, key, update)
    result.n_replaced, result.n_new = n, len(records) - n


def _with_substance_derivations(data: pa.Table) -> pa.Table:
    """name_en defaults to name_sv; atc_l4 is the first five characters of atc_code."""
    names_sv = data.column("name_sv").to_pylist()
    names_en = [
        en or sv for en, sv in zip(data.column("name_en").to_pylist(), names_sv, strict=True)
    ]
    data = data.set_column(data.column_names.index("name_en"), "name_en", pa.array(names_en))
    if "atc_code" in data.column_names:
        atc_l4 = [a[:5] if a else None for a in data.column("atc_code").to_pylist()]
        data = data.append_column("atc_l4", pa.array(atc_l4, type=pa.string()))
    return data


def _first_per(records: Sequence[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    seen: dict[Any, dict[str, Any]] = {}
    for r in records:
        seen.setdefault(r[key], r)
    return list(seen.values())


# foreign-key columns: DuckDB cannot update them on a row that other rows refer to (see below)
_SITE_FK = ("company_id", "country_iso2")
_COMPANY_FK = ("hq_country_iso2",)


def _write_sites(con: duckdb.DuckDBPyConnection, v: Validated, result: LoadResult) -> None:
    """companies, then sites, then each named site's substances replaced by the file's."""
    company_cols, company_upd = _columns_for_table(
        v.spec, v.present, ["company_id", "company_name", "is_vital", "company_country"]
    )
    companies = _arrow_table(_first_per(v.records, "company_id"), company_cols)
    site_names = [
        "site_id", "company_id", "site_type", "country", "city", "lat", "lon", "capacity_index"
    ]  # fmt: skip
    site_cols, site_upd = _columns_for_table(v.spec, v.present, site_names)
    sites = _arrow_table(_first_per(v.records, "site_id"), site_cols)
    pairs = _arrow_table(v.records, [v.spec.column("site_id"), v.spec.column("substance_id")])
    has_hq = "hq_country_iso2" in companies.column_names
    with registered(con, in_companies=companies, in_sites=sites, in_pairs=pairs):
        result.n_replaced = con.execute(
            "select count(*) from in_pairs i semi join site_substances t "
            "on t.site_id = i.site_id and t.substance_id = i.substance_id"
        ).fetchall()[0][0]
        result.n_new = len(v.records) - result.n_replaced
        _detach_moved(con, has_hq)
        hq = "i.hq_country_iso2" if has_hq else "d.hq_country_iso2"
        con.execute(
            "insert into companies (company_id, company_name, hq_country_iso2, is_vital) "
            f"select d.company_id, d.company_name, {hq}, d.is_vital from detached_companies d "
            "left join in_companies i using (company_id)"
        )
        company_set = [
            c.target for c in company_upd if c.name != "company_id" and c.target not in _COMPANY_FK
        ]
        upsert(con, "companies", companies, ["company_id"], company_set)
        con.execute(
            "insert into sites (site_id, company_id, site_type, country_iso2, city, lat, lon, "
            "capacity_index) select d.site_id, coalesce(i.company_id, d.company_id), d.site_type, "
            "coalesce(i.country_iso2, d.country_iso2), d.city, d.lat, d.lon, d.capacity_index "
            "from detached_sites d left join in_sites i using (site_id)"
        )
        site_set = [c.target for c in site_upd if c.name != "site_id" and c.target not in _SITE_FK]
        upsert(con, "sites", sites, ["site_id"], site_set)
        con.execute(
            "insert into site_substances select * from detached_links "
            "where site_id not in (select site_id from in_pairs)"
        )
        con.execute("delete from site_substances where site_id in (select site_id from in_pairs)")
        con.execute("insert into site_substances (site_id, substance_id) select * from in_pairs")
        for name in ("detached_companies", "detached_sites", "detached_links"):
            con.execute(f"drop table {name}")


def _detach_moved(con: duckdb.DuckDBPyConnection, has_hq: bool) -> None:
    """Take out the companies and sites whose foreign keys change, and what refers to them.

    DuckDB runs an update of a foreign-key column (a site's company_id or country, a company's
    head-office country) as delete + insert, which its foreign-key check refuses while any row
    refers to the old row, even one deleted earlier in the same transaction (a documented
    limitation). So those rows and the rows referring to them are copied to temp tables
    (detached_*), deleted and committed; the caller puts them back with the new keys. This
    commits the copy in two steps; the load stays all or nothing because publish_change
    throws the whole copy away on any error.
    """
    hq_changed = "t.hq_country_iso2 is distinct from i.hq_country_iso2" if has_hq else "false"
    con.execute(
        "create temp table detached_companies as select t.* from companies t "
        f"join in_companies i using (company_id) where {hq_changed}"
    )
    con.execute(
        "create temp table detached_sites as select t.* from sites t "
        "left join in_sites i using (site_id) "
        "where t.company_id in (select company_id from detached_companies) "
        "or t.company_id <> i.company_id or t.country_iso2 <> i.country_iso2"
    )
    con.execute(
        "create temp table detached_links as select * from site_substances "
        "where site_id in (select site_id from detached_sites)"
    )
    n_sites = con.execute("select count(*) from detached_sites").fetchall()[0][0]
    n_companies = con.execute("select count(*) from detached_companies").fetchall()[0][0]
    if n_sites or n_companies:
        # children first, each delete committed before its parents' (the same limitation)
        for sql in (
            "delete from site_substances where site_id in (select site_id from detached_sites)",
            "delete from sites where site_id in (select site_id from detached_sites)",
            "delete from companies where company_id in (select company_id from detached_companies)",
        ):
            con.execute(sql)
            con.execute("commit")
            con.execute("begin")


def _write_priority_list(con: duckdb.DuckDBPyConnection, v: Validated, result: LoadResult) -> None:
    """The lists' details (new lists get defaults), then each named list's items replaced."""
    detail_names = ["list_version", "title", "published_on", "is_current", "source"]
    present = {c.name for c in v.present}
    lists = _first_per(v.records, "list_version")
    stored = {r[0] for r in con.execute("select list_version from priority_lists").fetchall()}

    def value_or_default(r: dict[str, Any], name: str, default: Any) -> Any:
        # a new list gets the default; a stored list keeps its value (coalesce in the upsert)
        value = r.get(name)
        return default if value is None and r["list_version"] not in stored else value

    data = pa.table(
        {
            "list_version": pa.array([r["list_version"] for r in lists], pa.string()),
            "title": pa.array([r.get("title") for r in lists], pa.string()),
            "published_on": pa.array([r.get("published_on") for r in lists], pa.date32()),
            "is_current": pa.array(
                [value_or_default(r, "is_current", False) for r in lists], pa.bool_()
            ),
            "source": pa.array(
                [value_or_default(r, "source", f"{SOURCE}: {v.file_name}") for r in lists],
                pa.string(),
            ),
        }
    )
    current = [r["list_version"] for r in lists if r.get("is_current")]
    if current:
        con.execute(
            "update priority_lists set is_current = false where is_current and "
            "not list_version in (select unnest(?))",
            [current],
        )
    updated = [n for n in detail_names[1:] if n in present]
    upsert(con, "priority_lists", data, ["list_version"], updated, keep_when_null=updated)
    items = _arrow_table(v.records, [v.spec.column("list_version"), v.spec.column("substance_id")])
    with registered(con, incoming=items):
        n_matched = con.execute(
            "select count(*) from incoming i semi join priority_list_items t "
            "on t.list_version = i.list_version and t.substance_id = i.substance_id"
        ).fetchall()[0][0]
        con.execute(
            "delete from priority_list_items where list_version in "
            "(select list_version from incoming)"
        )
        con.execute(
            "insert into priority_list_items (list_version, substance_id) select * from incoming"
        )
    result.n_replaced, result.n_new = n_matched, len(v.records) - n_matched


def _write_scenarios(
    con: duckdb.DuckDBPyConnection, v: Validated, result: LoadResult, loaded_at: datetime
) -> None:
    """Each named scenario's details upserted (created_at kept), its disruptions replaced by
    the file's, numbered in file order."""
    present = {c.name for c in v.present}
    firsts = _first_per(v.records, "scenario_id")
    details = pa.table(
        {
            "scenario_id": pa.array([r["scenario_id"] for r in firsts], pa.string()),
            "name": pa.array([r["name"] for r in firsts], pa.string()),
            "description": pa.array([r.get("description") or "" for r in firsts], pa.string()),
            "created_at": pa.array([loaded_at] * len(firsts), pa.timestamp("us")),
            "is_example": pa.array([False] * len(firsts), pa.bool_()),
        }
    )
    seq: dict[str, int] = {}
    numbers = []
    for r in v.records:
        seq[r["scenario_id"]] = seq.get(r["scenario_id"], 0) + 1
        numbers.append(seq[r["scenario_id"]])
    disruptions = pa.table(
        {
            "scenario_id": pa.array([r["scenario_id"] for r in v.records], pa.string()),
            "seq": pa.array(numbers, pa.int32()),
            "kind": pa.array([r["kind"] for r in v.records], pa.string()),
            "target": pa.array([r["target"] for r in v.records], pa.string()),
            "start_date": pa.array([r["start_date"] for r in v.records], pa.date32()),
            "duration_days": pa.array([r["duration_days"] for r in v.records], pa.int32()),
            "share": pa.array(
                [1.0 if r.get("share") is None else r["share"] for r in v.records], pa.float64()
            ),
            "factor": pa.array(
                [1.0 if r.get("factor") is None else r["factor"] for r in v.records], pa.float64()
            ),
        }
    )
    update = ["name", "is_example"] + (["description"] if "description" in present else [])
    with registered(con, in_disruptions=disruptions):
        n_matched = con.execute(
            "select count(*) from in_disruptions i semi join scenario_disruptions t on "
            "t.scenario_id = i.scenario_id and t.kind = i.kind and t.target = i.target "
            "and t.start_date = i.start_date"
        ).fetchall()[0][0]
        con.execute(
            "delete from scenario_disruptions where scenario_id in "
            "(select scenario_id from in_disruptions)"
        )
        upsert(con, "scenarios", details, ["scenario_id"], update)
        con.execute("insert into scenario_disruptions select * from in_disruptions")
    result.n_replaced, result.n_new = n_matched, len(v.records) - n_matched


def save_scenario(
    db_path: Path | str,
    scenario_id: str,
    scenario: Scenario,
    *,
    now: datetime | None = None,
) -> LoadResult:
    """Save `scenario` by name into the database: the scenario page's "Save".

    The same code path as `beredskap load scenarios FILE`: the scenario is written as a
    scenarios CSV (one row per disruption) and loaded with load_file, so it is validated the
    same way and published the same way (a copy changed in one transaction, swapped in with
    os.replace). Raises IngestError with every reason if it is refused.
    """
    if not scenario.disruptions:
        raise IngestError(
            [FileError(f"{scenario_id}.csv", None, None, None, "a scenario with a disruption")]
        )
    with tempfile.TemporaryDirectory(prefix="beredskap-scenario-") as folder:
        path = Path(folder) / f"scenario-{scenario_id}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=[c.name for c in SCENARIOS.columns])
            writer.writeheader()
            writer.writerows(disruption_records(scenario_id, scenario))
        return load_file(db_path, SCENARIOS.name, path, now=now)


def _check_allocation_totals(
    con: duckdb.DuckDBPyConnection, v: Validated, result: LoadResult
) -> None:
    """After the upsert: no instrument may be allocated more than its total (refused);
    less is allowed while allocations come in, with a warning."""
    touched = sorted({r["instrument_id"] for r in v.records})
    rows = con.execute(
        "select i.instrument_id, i.total_sek, sum(a.allocated_sek)::bigint "
        "from grant_instruments i join grant_allocations a using (instrument_id) "
        "where i.instrument_id in (select unnest(?)) group by all order by 1",
        [touched],
    ).fetchall()
    first_row = {}
    for r, row in zip(v.records, v.rows, strict=True):
        first_row.setdefault(r["instrument_id"], row)
    errors = []
    for instrument_id, total, allocated in rows:
        if allocated > total:
            errors.append(
                FileError(
                    v.file_name,
                    first_row[instrument_id],
                    "allocated_sek",
                    f"{allocated} in all for {instrument_id}",
                    f"allocations summing to at most the instrument's total_sek {total}",
                )
            )
        elif allocated < total:
            result.warnings.append(
                f"{instrument_id}: allocations sum to {allocated} SEK, less than its total "
                f"{total} SEK ({total - allocated} SEK not yet allocated)"
            )
    if errors:
        raise IngestError(errors)
