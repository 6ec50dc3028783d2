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

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dash_beredskap.ingest.errors import FileError, IngestError
from dash_beredskap.ingest.readers import CsvStream, RawTable, TextScan, scan_text_file
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
    """A CSV file for `spec`: its header read, its rows staged in DuckDB by `stage_rows`."""

    file_name: str
    path: Path
    scan: TextScan
    present: list[Column]
    positions: list[int]  # the header cell of each present column
    header: list[str]
    header_row: int
    delimiter: str
    errors: list[FileError] = field(default_factory=list)  # rows with too many fields
    warnings: list[str] = field(default_factory=list)
    n_read: int = 0  # data rows read, those with too many fields included
    duckdb: bool = False  # read by DuckDB's reader (it reads the file as CsvStream does)
    witnesses: list[tuple[int, list[str]]] = field(default_factory=list)  # see _witnesses

    @property
    def sha256(self) -> str:
        return self.scan.sha256


def stage_csv(path: Path, spec: DatasetSpec) -> Staged:
    """Read the header of the CSV at `path` for `spec`; raises IngestError for a header or file
    problem found there (the rows are read by stage_rows, in the writer's connection)."""
    scan = scan_text_file(path)
    with _open(path, scan) as stream:
        index, errors, warnings = map_header(spec, stream.table([]))
        present = [c for c in spec.columns if c.name in index]
        header = list(stream.header)
        staged = Staged(
            path.name, path, scan, present, [index[c.name] for c in present], header,
            stream.header_row, stream.delimiter or ";", warnings=warnings,
        )  # fmt: skip
        if errors:  # as the rows would tell them: a reader's error first, then the header's
            witnesses = _witnesses(staged, stream.rows())
            _, errors, _ = map_header(spec, stream.table(list(witnesses.values())))
            raise IngestError(errors)
    staged.duckdb = _duckdb_reads_alike(staged)
    return staged


def _open(path: Path, scan: TextScan) -> CsvStream:
    return CsvStream(
        path.name, scan.encoding, lambda: open(path, encoding=scan.encoding, newline="")
    )


def _unnamed(staged: Staged) -> list[int]:
    return [i for i, h in enumerate(staged.header) if not h]


def _witnesses(
    staged: Staged, rows: Iterable[tuple[int, list[str]]]
) -> dict[int, tuple[int, list[str]]]:
    """The first row with text under each unnamed header cell (an error of the header)."""
    found: dict[int, tuple[int, list[str]]] = {}
    unnamed = _unnamed(staged)
    for row_number, raw in rows:
        for i in unnamed:
            if i not in found and i < len(raw) and raw[i]:
                found[i] = (row_number, raw)
    return found


def stage_rows(con: duckdb.DuckDBPyConnection, staged: Staged, spec: DatasetSpec) -> None:
    """The temp table `staged` (row, c0, c1, ...: c_i the stripped text of present[i]).

    DuckDB's CSV reader reads it if it reads it as CsvStream would (_duckdb_reads_alike);
    else the Python reader, which gives its own message for a malformed file. Raises
    IngestError for a header problem the rows show (text under an unnamed header cell).
    """
    if staged.duckdb:
        _stage_duckdb(con, staged)
    else:
        staged.witnesses = _stage_python(con, staged)
    table = RawTable(
        staged.file_name, staged.header_row, staged.header, staged.witnesses, "csv",
        staged.delimiter, staged.scan.encoding,
    )  # fmt: skip
    _, header_errors, _ = map_header(spec, table)
    if header_errors:
        raise IngestError(header_errors)


_WHITESPACE = "".join(ch for ch in map(chr, range(0x110000)) if ch.isspace())  # str.strip's
_MAX_WIDTH = 200  # fields in a header that DuckDB's reader reads
_FIELD_LIMIT = 131072  # csv.field_size_limit(): the Python reader refuses a longer field


def _rows_sql(staged: Staged) -> str:
    """The file's records by read_csv: row, t0, t1, ... (every field stripped), long (a field
    the Python reader refuses as too long), blank (no text: CsvStream skips the row)."""
    width = len(staged.header)
    ws = "'" + _WHITESPACE.replace("'", "''") + "'"
    path = str(staged.path).replace("'", "''")
    delim = staged.delimiter.replace("'", "''")
    columns = ", ".join(f"'f{i}': 'varchar'" for i in range(width))
    trimmed = ", ".join(f"{_strip(f'coalesce(f{i}, {chr(39) * 2})', ws)} as t{i}"
                        for i in range(width))  # fmt: skip
    lengths = ", ".join(f"coalesce(length(f{i}), 0)" for i in range(width))
    blank = " and ".join(f"t{i} = ''" for i in range(width))
    return (
        f"select *, {blank} as blank from (select {staged.header_row} + ordinality as row, "
        f"{trimmed}, greatest({lengths}) >= {_FIELD_LIMIT} as long "
        f"from read_csv('{path}', auto_detect=false, header=false, "
        f"skip={staged.header_row}, delim='{delim}', quote='\"', escape='\"', "
        f"strict_mode=true, null_padding=true, columns={{{columns}}}) with ordinality)"
    )


def _duckdb_reads_alike(staged: Staged) -> bool:
    """Does read_csv read the file as CsvStream, with the same row numbers? Decided before the
    database is copied, in a connection of its own (a reader's error aborts a transaction):
    a UTF-8 file with no blank line inside, no field over a line break, no space beside a
    quote, no field DuckDB refuses or the Python reader would. Sets n_read and witnesses."""
    scan = staged.scan
    in_one_line = not any("\n" in h or "\r" in h for h in staged.header)
    too_wide = len(staged.header) > _MAX_WIDTH  # a query per field: slow to plan for 10 000
    if scan.encoding == "cp1252" or not scan.plain or not in_one_line or too_wide:
        return False
    unnamed = _unnamed(staged)
    firsts = "".join(f", min(row) filter (t{i} <> '')" for i in unnamed)
    con = duckdb.connect()
    try:
        n, n_blank, long, *found = con.execute(
            "select count(*), count(*) filter (blank), coalesce(bool_or(long), false)"
            f"{firsts} from ({_rows_sql(staged)})"
        ).fetchall()[0]
    except duckdb.Error:
        return False
    finally:
        con.close()
    expected = scan.n_lines - staged.header_row - scan.n_trailing_blank
    if n != expected or long:  # a line skipped (blank) or joined (a quoted line break)
        return False
    staged.n_read = n - n_blank
    staged.witnesses = [
        (row, [""] * i + ["?"]) for i, row in zip(unnamed, found, strict=True) if row is not None
    ]  # fmt: skip  (map_header looks at cell i only)
    return True


def _stage_duckdb(con: duckdb.DuckDBPyConnection, staged: Staged) -> None:
    """The temp table `staged` by read_csv (_duckdb_reads_alike said it reads alike)."""
    kept = [f"t{p} as c{i}" for i, p in enumerate(staged.positions)]
    con.execute(
        f"create or replace temp table staged as select row, {', '.join(kept)} "
        f"from ({_rows_sql(staged)}) where not blank"
    )


def _strip(cell: str, ws: str) -> str:
    """str.strip in SQL; trim with str.strip's 29 characters is slow, so only where needed."""
    return (
        f"if(contains({ws}, left({cell}, 1)) or contains({ws}, right({cell}, 1)), "
        f"trim({cell}, {ws}), {cell})"
    )


def _stage_python(con: duckdb.DuckDBPyConnection, staged: Staged) -> list[tuple[int, list[str]]]:
    """Stage through CsvStream in Arrow batches (its messages for a malformed file); the
    witnesses of the unnamed header cells."""
    wanted = staged.positions
    names = [f"c{i}" for i in range(len(wanted))]
    width = len(staged.header)
    staged.n_read, staged.errors = 0, []
    con.execute(
        "create or replace temp table staged (row bigint"
        + "".join(f", {name} varchar" for name in names) + ")"
    )  # fmt: skip
    rows: list[int] = []
    cells: list[list[str]] = [[] for _ in wanted]

    def flush() -> None:
        arrays = [pa.array(rows, pa.int64())] + [pa.array(c, pa.string()) for c in cells]
        con.register("batch", pa.table(arrays, names=["row", *names]))
        con.execute("insert into staged select * from batch")
        con.unregister("batch")
        rows.clear()
        for c in cells:
            c.clear()

    def counted(stream: CsvStream) -> Iterator[tuple[int, list[str]]]:
        no_rows = stream.table([])
        for row_number, raw in stream.rows():
            staged.n_read += 1
            yield row_number, raw
            if len(raw) > width and any(raw[width:]):
                staged.errors.append(_too_many_fields(no_rows, row_number, raw))
                continue
            rows.append(row_number)
            for values, p in zip(cells, wanted, strict=True):
                values.append(raw[p] if p < len(raw) else "")
            if len(rows) >= BATCH_ROWS:
                flush()

    with _open(staged.path, staged.scan) as stream:
        witnesses = _witnesses(staged, counted(stream))
    flush()
    return list(witnesses.values())


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
    con.execute("drop table staged")
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
