"""`beredskap check`: is a database whole and consistent, and what is in it?

The app trusts the file it reads; this is where an operator finds out whether that trust is
earned after a load or a rebuild. Problems (exit non-zero) are things that make a figure on
screen wrong; notes are things worth knowing that do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb

from dash_beredskap import db
from dash_beredskap.ingest.specs import SKR

# grant tables whose recipient_code is a region code or 'SKR' (no foreign key can say that)
RECIPIENT_TABLES = ("grant_allocations", "grant_requisitions", "grant_use", "grant_repayments")
# columns where a negative value is meaningless although the schema cannot forbid it everywhere
SIGNED_COLUMNS = {("sites", "lat"), ("sites", "lon"), ("countries", "lat"), ("countries", "lon")}
_NUMERIC_TYPES = ("INTEGER", "BIGINT", "DOUBLE", "FLOAT", "DECIMAL", "HUGEINT", "SMALLINT")


@dataclass
class CheckReport:
    """What `beredskap check` prints."""

    path: Path
    schema_version: int | None
    row_counts: list[tuple[str, int]] = field(default_factory=list)
    latest_snapshot: date | None = None
    sources: list[tuple] = field(default_factory=list)  # load_id, dataset, kind, n_rows, ...
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check_database(path: Path | str) -> CheckReport:
    """Open `path` read-only and run every check. Raises FileNotFoundError or
    db.SchemaMismatchError when the file is missing or of another schema version."""
    path = Path(path)
    con = db.connect_read_only(path)
    try:
        report = CheckReport(path, db.schema_version_of(con))
        report.row_counts = count_rows(con)
        report.latest_snapshot = con.execute(
            "select max(snapshot_date) from stock_snapshots"
        ).fetchall()[0][0]
        report.sources = con.execute(
            "select load_id, dataset, case when is_synthetic then 'synthetic' "
            "when is_computed then 'computed' else 'real' end, "
            "n_rows, loaded_at, coalesce(file_name, '') from data_sources order by load_id"
        ).fetchall()
        for find in (
            find_missing_derived,
            find_orphan_keys,
            find_bad_recipients,
            find_negative_values,
            find_non_finite_values,
            find_allocation_mismatches,
            find_money_beyond_allocation,
            find_date_order_problems,
            find_atc_group_mismatches,
            find_priority_list_problems,
        ):
            problems, notes = find(con)
            report.problems += problems
            report.notes += notes
        report.notes += find_source_notes(con)
        report.notes += find_leftover_temp_files(path)
    finally:
        con.close()
    return report


Findings = tuple[list[str], list[str]]  # (problems, notes)


def count_rows(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """(table, rows) for every stored table (agg_* and the stock in its files included)."""
    return [
        (t, con.execute(f'select count(*) from "{t}"').fetchall()[0][0])
        for t in db.stored_tables(con)
    ]


def find_missing_derived(con: duckdb.DuckDBPyConnection) -> Findings:
    """The macros, stg_*/agg_* tables and v_* views the app reads must exist."""
    names = {
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' "
            "union all "
            "select function_name from duckdb_functions() "
            "where not internal and function_type in ('macro', 'table_macro')"
        ).fetchall()
    }
    wanted = [n for n in db.DERIVED_SQL if n not in db.MACRO_FILES] + list(db.macro_names())
    missing = [n for n in wanted if n not in names]
    return ([f"derived table or view missing: {n} (rebuild or reload)" for n in missing], [])


def expected_foreign_keys() -> list[tuple[str, list[str], str, list[str]]]:
    """The foreign keys of this program's schema.sql, read from an empty in-memory copy.

    Checked against the file rather than the file's own declarations, so a table written by
    another tool without its constraints is checked all the same.
    """
    mem = duckdb.connect()
    try:
        db.create_schema(mem, datetime(2000, 1, 1))
        return mem.execute(
            "select table_name, constraint_column_names, referenced_table, "
            "referenced_column_names from duckdb_constraints() "
            "where constraint_type = 'FOREIGN KEY' order by table_name, constraint_index"
        ).fetchall()
    finally:
        mem.close()


def find_orphan_keys(con: duckdb.DuckDBPyConnection) -> Findings:
    """Every row's foreign keys point at an existing row."""
    problems = []
    for table, cols, parent, parent_cols in expected_foreign_keys():
        on = " and ".join(f"p.{pc} = c.{cc}" for cc, pc in zip(cols, parent_cols, strict=True))
        not_null = " and ".join(f"c.{cc} is not null" for cc in cols)
        key = " || ', ' || ".join(f"c.{cc}::varchar" for cc in cols)
        n, examples = con.execute(
            f"select count(*), list(distinct {key} order by {key})[1:5] from {table} c "
            f"where {not_null} and not exists (select 1 from {parent} p where {on})"
        ).fetchall()[0]
        if n:
            problems.append(
                f"{table}: {n} row(s) with {', '.join(cols)} not in {parent} "
                f"(e.g. {', '.join(examples)})"
            )
    return problems, []


def find_bad_recipients(con: duckdb.DuckDBPyConnection) -> Findings:
    """Grant recipients must be a known region or SKR, and fit the instrument's recipient."""
    problems = []
    for table in RECIPIENT_TABLES:
        n, examples = con.execute(
            f"select count(*), list(distinct recipient_code)[1:5] from {table} "
            "where recipient_code <> ? "
            "and recipient_code not in (select region_code from regions)",
            [SKR],
        ).fetchall()[0]
        if n:
            problems.append(
                f"{table}: {n} row(s) with a recipient_code that is neither a region nor SKR "
                f"(e.g. {', '.join(examples)})"
            )
        n, examples = con.execute(
            f"select count(*), list(distinct t.instrument_id || ' -> ' || t.recipient_code)[1:5] "
            f"from {table} t join grant_instruments i using (instrument_id) "
            f"where (i.recipient = 'skr') <> (t.recipient_code = ?)",
            [SKR],
        ).fetchall()[0]
        if n:
            problems.append(
                f"{table}: {n} row(s) whose recipient does not fit the instrument (SKR money to a "
                f"region or region money to SKR; e.g. {', '.join(examples)})"
            )
    return problems, []


def find_negative_values(con: duckdb.DuckDBPyConnection) -> Findings:
    """No amount, quantity, consumption, population or capacity may be negative."""
    cols = con.execute(
        "select c.table_name, c.column_name from information_schema.columns c "
        "join information_schema.tables t using (table_schema, table_name) "
        "where (t.table_type = 'BASE TABLE' or t.table_name = 'stock_snapshots') "
        "and c.table_schema = 'main' "
        "and c.table_name not like 'agg\\_%' escape '\\' "
        f"and c.data_type in ({', '.join(repr(t) for t in _NUMERIC_TYPES)}) "
        "order by c.table_name, c.ordinal_position"
    ).fetchall()
    problems = []
    for table, column in cols:
        if (table, column) in SIGNED_COLUMNS:
            continue
        n = con.execute(f'select count(*) from "{table}" where "{column}" < 0').fetchall()[0][0]
        if n:
            problems.append(f"{table}.{column}: {n} negative value(s)")
    return problems, []


def find_non_finite_values(con: duckdb.DuckDBPyConnection) -> Findings:
    """No stored number may be infinite or NaN: one would turn a national figure into NaN."""
    cols = con.execute(
        "select c.table_name, c.column_name from information_schema.columns c "
        "join information_schema.tables t using (table_schema, table_name) "
        "where (t.table_type = 'BASE TABLE' or t.table_name = 'stock_snapshots') "
        "and c.table_schema = 'main' "
        "and c.data_type in ('DOUBLE', 'FLOAT') order by c.table_name, c.ordinal_position"
    ).fetchall()
    problems = []
    for table, column in cols:
        n = con.execute(
            f'select count(*) from "{table}" where not isfinite("{column}")'
        ).fetchall()[0][0]
        if n:
            problems.append(
                f"{table}.{column}: {n} infinite or NaN value(s); correct them and reload"
            )
    return problems, []


def find_allocation_mismatches(con: duckdb.DuckDBPyConnection) -> Findings:
    """An instrument's allocations must add up to its total, to the krona."""
    rows = con.execute(
        "select i.instrument_id, i.total_sek, coalesce(sum(a.allocated_sek), 0)::bigint, "
        "count(a.instrument_id), i.distribution_key "
        "from grant_instruments i left join grant_allocations a using (instrument_id) "
        "group by all order by 1"
    ).fetchall()
    problems, notes = [], []
    for instrument_id, total, allocated, n, key in rows:
        if n == 0:
            if total > 0 and key != "application":
                notes.append(f"grant_allocations: {instrument_id} has no allocations yet")
            continue
        if allocated != total:
            problems.append(
                f"grant_allocations: {instrument_id} allocations sum to {allocated} SEK, "
                f"its total_sek is {total} (difference {allocated - total:+d})"
            )
    return problems, notes


def find_money_beyond_allocation(con: duckdb.DuckDBPyConnection) -> Findings:
    """Nobody can requisition more than allotted; use and repayment beyond it is a note."""
    rows = con.execute(
        """
        with alloc as (
            select instrument_id, recipient_code, allocated_sek from grant_allocations
        ),
        req as (
            select instrument_id, recipient_code, sum(amount_sek) as requisitioned_sek
            from grant_requisitions group by all
        ),
        used as (
            select instrument_id, recipient_code, sum(used_sek) as used_sek
            from grant_use group by all
        ),
        repaid as (
            select instrument_id, recipient_code, sum(amount_sek) as repaid_sek
            from grant_repayments group by all
        )
        select instrument_id, recipient_code, coalesce(allocated_sek, 0),
            coalesce(requisitioned_sek, 0), coalesce(used_sek, 0), coalesce(repaid_sek, 0)
        from req full join alloc using (instrument_id, recipient_code)
        full join used using (instrument_id, recipient_code)
        full join repaid using (instrument_id, recipient_code)
        order by instrument_id, recipient_code
        """
    ).fetchall()
    over_req, over_use = [], []
    for instrument_id, recipient, allocated, requisitioned, used, repaid in rows:
        if requisitioned > allocated:
            over_req.append(f"{instrument_id} {recipient} ({requisitioned} > {allocated})")
        if requisitioned and used + repaid > requisitioned:
            over_use.append(f"{instrument_id} {recipient} ({used} + {repaid} > {requisitioned})")
    problems = []
    if over_req:
        problems.append(
            f"grant_requisitions: {len(over_req)} recipient(s) requisitioned more than allotted: "
            + "; ".join(over_req[:5])
        )
    notes = []
    if over_use:
        notes.append(
            f"grant_use/grant_repayments: {len(over_use)} recipient(s) used and repaid more than "
            "they requisitioned (a requisition not loaded yet?): " + "; ".join(over_use[:5])
        )
    return problems, notes


def find_date_order_problems(con: duckdb.DuckDBPyConnection) -> Findings:
    """End dates before start dates make durations negative."""
    checks = (
        ("shortages", "expected_end_date < start_date", "notice_id"),
        ("shortages", "resolved_date < start_date", "notice_id"),
        ("grant_instruments", "usage_end < usage_start", "instrument_id"),
    )
    problems = []
    for table, condition, key in checks:
        n, examples = con.execute(
            f"select count(*), list({key})[1:5] from {table} where {condition}"
        ).fetchall()[0]
        if n:
            problems.append(f"{table}: {n} row(s) with {condition} (e.g. {', '.join(examples)})")
    return problems, []


def find_atc_group_mismatches(con: duckdb.DuckDBPyConnection) -> Findings:
    """atc_l4 finds treatment alternatives; it must be the first five characters of atc_code."""
    n, examples = con.execute(
        "select count(*), list(substance_id)[1:5] from substances "
        "where atc_l4 is distinct from left(atc_code, 5)"
    ).fetchall()[0]
    if n:
        return [f"substances: {n} row(s) whose atc_l4 is not left(atc_code, 5) (e.g. "
                f"{', '.join(examples)})"], []  # fmt: skip
    return [], []


def find_priority_list_problems(con: duckdb.DuckDBPyConnection) -> Findings:
    """Coverage is measured against exactly one current list."""
    n_current = con.execute("select count(*) from priority_lists where is_current").fetchall()[0][0]
    if n_current > 1:
        return [f"priority_lists: {n_current} lists are marked current; exactly one may be"], []
    if n_current == 0:
        return [], ["priority_lists: no list is marked current, so coverage shares are empty"]
    n_items = con.execute(
        "select count(*) from priority_list_items join priority_lists using (list_version) "
        "where is_current"
    ).fetchall()[0][0]
    if n_items == 0:
        return [], ["priority_lists: the current list has no substances"]
    return [], []


# the table each data set fills, for telling which tables have rows nobody accounted for
DATASET_TABLES = {
    "regions": "regions",
    "populations": "region_population",
    "countries": "countries",
    "atc-groups": "atc_groups",
    "substances": "substances",
    "priority-list": "priority_list_items",
    "sites": "sites",
    "stock": "stock_snapshots",
    "shortages": "shortages",
    "grant-instruments": "grant_instruments",
    "grant-allocations": "grant_allocations",
    "grant-requisitions": "grant_requisitions",
    "grant-use": "grant_use",
    "grant-repayments": "grant_repayments",
    "reports": "reports",
    "assignments": "assignments",
    "region-costs": "region_costs",
    "supply-systems": "region_supply_systems",
    "scenarios": "scenarios",
}


def find_leftover_temp_files(path: Path) -> list[str]:
    """Temp copies a killed writer left beside the database (the next load removes them)."""
    return [
        f"leftover temp file {f.name} ({f.stat().st_size / 1e6:.1f} MB) from an interrupted "
        "load: the next load removes it; if no load is running you may delete it now"
        for f in db.leftover_temp_files(path)
    ]


def find_source_notes(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables with rows nobody accounted for, and data sets mixing demo and real rows."""
    sources: dict[str, set[bool]] = {}
    for dataset, is_synthetic in con.execute(
        "select distinct dataset, is_synthetic from data_sources"
    ).fetchall():
        sources.setdefault(dataset, set()).add(is_synthetic)
    notes = []
    for dataset, table in DATASET_TABLES.items():
        kinds = sources.get(dataset)
        if kinds is None:
            n = con.execute(f"select count(*) from {table}").fetchall()[0][0]
            if n:
                notes.append(
                    f"{table}: {n} row(s) but no data_sources entry for data set {dataset!r}"
                )
        elif kinds == {True, False}:
            notes.append(
                f"{table}: data set {dataset!r} mixes synthetic demo rows and loaded rows; "
                "pages showing it must still say it contains demo data"
            )
    return notes
