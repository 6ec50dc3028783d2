"""The streamed path for CSV files: read in batches, validate in SQL, never a row list in Python.

A stock file of millions of rows cost about 1 KB of Python memory per row when every cell was
a Python object. Here the file's cells go in Arrow batches (strings, ~10 bytes a cell) to
DuckDB, which converts them. The messages stay the cell-by-cell validator's own: each column's
distinct texts that SQL does not accept at sight (every text, for kinds SQL does not parse:
regions, substances, dates, ...) go through validate._CellChecker once, which gives the value
or the error, and an error names each row holding that text. SQL parses numbers itself, in the
same forms parse_number accepts (anything else falls to the checker), so the few million
distinct numbers never become Python objects.

Only data sets whose rules are all per cell and per key take this path (see `streams`); the
others and XLSX files keep validate.validate over a RawTable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dash_beredskap.ingest.errors import FileError, IngestError
from dash_beredskap.ingest.readers import CsvStream, scan_text_file
from dash_beredskap.ingest.specs import Column, DatasetSpec
from dash_beredskap.ingest.validate import (
    References,
    _CellChecker,
    _show,
    _too_many_fields,
    map_header,
)

ARROW_TYPES = {
    "date": pa.date32(),
    "int": pa.int64(),
    "number": pa.float64(),
    "bool": pa.bool_(),
}
SQL_TYPES = {"date": "date", "int": "bigint", "number": "double", "bool": "boolean"}
BATCH_ROWS = 100_000

# data sets with a writer or a check of their own in loader/validate (not per cell or key)
_OWN_RULES = frozenset(
    {"sites", "priority-list", "scenarios", "substances", "grant-allocations"}
)  # fmt: skip


def streams(spec: DatasetSpec) -> bool:
    """May a CSV file of `spec` take the streamed path? Only if every rule is per cell or key."""
    recipient_check = "instrument_id" in spec.key and spec.name != "grant-instruments"
    return not (spec.row_rules or spec.consistent or recipient_check or spec.name in _OWN_RULES)


@dataclass
class Staged:
    """A CSV file read into Arrow: one string column per spec column present, and the row."""

    file_name: str
    sha256: str
    present: list[Column]
    header_row: int
    data: pa.Table  # columns row, c0, c1, ... (c_i is present[i]'s stripped text)
    errors: list[FileError] = field(default_factory=list)  # rows with too many fields
    warnings: list[str] = field(default_factory=list)
    n_read: int = 0  # data rows read, those with too many fields included


def stage_csv(path: Path, spec: DatasetSpec) -> Staged:
    """Read the CSV at `path` for `spec`; raises IngestError for a header or file problem."""
    encoding, sha256 = scan_text_file(path)
    with CsvStream(
        path.name, encoding, lambda: open(path, encoding=encoding, newline="")
    ) as stream:
        no_rows = stream.table([])
        index, _, warnings = map_header(spec, no_rows)
        present = [c for c in spec.columns if c.name in index]
        positions = [index[c.name] for c in present]
        width = len(stream.header)
        unnamed = [i for i, h in enumerate(stream.header) if not h]
        witnesses: dict[int, tuple[int, list[str]]] = {}  # a row with text under each unnamed
        errors: list[FileError] = []
        batches: list[pa.RecordBatch] = []
        rows: list[int] = []
        cells: list[list[str]] = [[] for _ in present]
        n_read = 0

        def flush() -> None:
            arrays = [pa.array(rows, pa.int64())] + [pa.array(c, pa.string()) for c in cells]
            names = ["row"] + [f"c{i}" for i in range(len(present))]
            batches.append(pa.RecordBatch.from_arrays(arrays, names=names))
            rows.clear()
            for c in cells:
                c.clear()

        for row_number, raw in stream.rows():
            n_read += 1
            for i in unnamed:
                if i not in witnesses and i < len(raw) and raw[i]:
                    witnesses[i] = (row_number, raw)
            if len(raw) > width and any(raw[width:]):
                errors.append(_too_many_fields(no_rows, row_number, raw))
                continue
            rows.append(row_number)
            for values, p in zip(cells, positions, strict=True):
                values.append(raw[p] if p < len(raw) else "")
            if len(rows) >= BATCH_ROWS:
                flush()
        flush()
        _, header_errors, _ = map_header(spec, stream.table(list(witnesses.values())))
        if header_errors:
            raise IngestError(header_errors)
        header_row = stream.header_row
    return Staged(
        path.name, sha256, present, header_row, pa.Table.from_batches(batches), errors,
        warnings, n_read,
    )  # fmt: skip


# ---------------------------------------------------------------- SQL per column kind
_THOUSANDS = (" ", "\u00a0", "\u202f", "\u2009")
_NUMBER_RE = r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?"


def _number_sql(column: Column, c: str) -> tuple[str, str]:
    """(accepted at sight, value) for a number cell, as parse_number and the range check would
    take it; a text not accepted here goes to the cell checker for its value or message."""
    s = c
    for ch in _THOUSANDS:
        s = f"replace({s}, '{ch}', '')"
    s = f"replace(replace({s}, '\u2212', '-'), ',', '.')"
    value = f"try_cast({s} as double)"
    checks = [
        f"not (contains({c}, ',') and contains({c}, '.'))",
        f"regexp_full_match({s}, '{_NUMBER_RE}')",
        f"isfinite({value})",
    ]
    if column.minimum is not None:
        checks.append(f"{value} >= {float(column.minimum)!r}")
    if column.maximum is not None:
        checks.append(f"{value} <= {float(column.maximum)!r}")
    if column.above is not None:
        checks.append(f"{value} > {float(column.above)!r}")
    return "coalesce(" + " and ".join(checks) + ", false)", value


def check_staged(
    con: duckdb.DuckDBPyConnection, staged: Staged, spec: DatasetSpec, refs: References
) -> list[FileError]:
    """Every error of the staged file, as validate.validate would list them, and a temp table
    `typed` (row, v0, v1, ..., ok) of the converted values."""
    n = len(staged.present)
    if staged.n_read == 0:
        return [FileError(staged.file_name, staged.header_row + 1, None, None,
                          "data rows under the header")]  # fmt: skip
    checker = _CellChecker(staged.file_name, refs)
    con.register("staged", staged.data)
    values, joins = [], []
    for i, column in enumerate(staged.present):
        c = f"s.c{i}"
        fast = _number_sql(column, c) if column.kind == "number" else None
        where = f"where not {fast[0]}" if fast else ""
        texts = [
            r[0] for r in con.execute(f"select distinct c{i} from staged s {where}").fetchall()
        ]
        converted = [checker.convert(column, t, 0) for t in texts]
        con.register(
            f"map{i}",
            pa.table(
                {
                    "text": pa.array(texts, pa.string()),
                    "value": pa.array(
                        [None if e else v for v, e in converted],
                        ARROW_TYPES.get(column.kind, pa.string()),
                    ),
                    "expected": pa.array(
                        [e.expected if e else None for _, e in converted], pa.string()
                    ),
                }
            ),
        )
        joins.append(f"left join map{i} m{i} on m{i}.text = s.c{i}")
        values.append(f"if(m{i}.text is null, {fast[1]}, m{i}.value)" if fast else f"m{i}.value")
    ok = " and ".join(f"m{i}.expected is null" for i in range(n)) or "true"
    con.execute(
        "create or replace temp table typed as select s.row, "
        + "".join(f"{v} as v{i}, " for i, v in enumerate(values))
        + f"{ok} as ok from staged s {' '.join(joins)}"
    )
    errors = list(staged.errors)
    if n:
        bad = con.execute(
            " union all ".join(
                f"select s.row, {i} as i, s.c{i}, m.expected from staged s "
                f"join map{i} m on m.text = s.c{i} where m.expected is not null"
                for i in range(n)
            )
            + " order by row, i"
        ).fetchall()
        errors += [
            FileError(staged.file_name, row, staged.present[i].name, text, expected)
            for row, i, text, expected in bad
        ]
    errors.sort(key=lambda e: e.row or 0)  # stable: a row's cells stay in column order
    errors += _duplicate_keys(con, staged, spec)
    for i in range(n):
        con.unregister(f"map{i}")
    con.unregister("staged")
    return errors


def _duplicate_keys(
    con: duckdb.DuckDBPyConnection, staged: Staged, spec: DatasetSpec
) -> list[FileError]:
    """validate._check_duplicate_keys over the typed rows: the later row, naming the first."""
    names = [c.name for c in staged.present]
    keys = ", ".join(f"v{names.index(k)}" for k in spec.key)
    found = con.execute(
        f"select row, first, {keys} from (select row, {keys}, "
        f"min(row) over (partition by {keys}) as first from typed where ok) "
        "where row > first order by row"
    ).fetchall()
    key = ", ".join(spec.key)
    return [
        FileError(
            staged.file_name,
            row,
            key,
            ", ".join(_show(v) for v in values),
            f"each key ({key}) once in the file; it is already on row {first}",
        )
        for row, first, *values in found
    ]


def sql_literal(value: Any, column: Column) -> str:
    """A column's default as a typed SQL literal (defaults come from the specs, not files)."""
    sql_type = SQL_TYPES.get(column.kind, "varchar")
    if value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int | float):
        text = repr(value)
    else:
        text = "'" + str(value).replace("'", "''") + "'"
    return f"cast({text} as {sql_type})"
