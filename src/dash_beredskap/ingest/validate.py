"""Turn a file's text rows into typed records for one data set, collecting every error.

Nothing stops at the first problem: an analyst fixing a file wants the whole list at once.
Values are checked against the database being changed (regions, substances, instruments, ...)
and against what the file itself defines (a new company in a sites file), so a key that
exists in neither is reported with its row and column.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import duckdb

from dash_beredskap.ingest.errors import FileError
from dash_beredskap.ingest.readers import DELIMITER_NAMES, RawTable
from dash_beredskap.ingest.specs import (
    MAX_DATE,
    MIN_DATE,
    SKR,
    Column,
    DatasetSpec,
    describe_range,
)
from dash_beredskap.scenarios import (
    COUNTRY_GROUP_ALIASES,
    DEMAND_TARGET_ALIASES,
    KnownTargets,
    target_problem,
)

# ---------------------------------------------------------------- single values
_THOUSANDS = dict.fromkeys(map(ord, " \u00a0\u202f\u2009"), None)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_WHOLE = re.compile(r"[+-]?\d+")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_TRUE = {"true", "ja", "yes", "1", "sant", "j", "y", "x"}
_FALSE = {"false", "nej", "no", "0", "falskt", "n"}

NUMBER_EXPECTED = "a number, e.g. 1234,5 or 1 234.5"
INT_EXPECTED = "a whole number, e.g. 1 234 567"
DATE_EXPECTED = "a date YYYY-MM-DD, e.g. 2026-10-31"
BOOL_EXPECTED = "true or false (ja/nej, yes/no, 1/0)"
ONE_LINE_EXPECTED = (
    'text on one line; a line break inside a cell usually means a quote (") was opened and '
    "not closed, so the following lines became part of this cell: close or remove the quote"
)
EMPTY_CELL = "; the cell is empty"  # ends the message of an empty required cell
FINITE_EXPECTED = "a number of ordinary size; this one is too large to store (infinity)"
INT_MAX = 2**63 - 1  # a bigint; larger whole numbers cannot be stored
INT_RANGE_EXPECTED = (
    "a whole number between -9 223 372 036 854 775 808 and 9 223 372 036 854 775 807"
)
SKR_NAMES = {"skr", "sveriges kommuner och regioner"}


def normalise(text: str) -> str:
    """Case- and spacing-insensitive form of a name (NFC, so Mac and Windows 'ö' match)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class OutOfRangeError(ValueError):
    """A well-written number that no column can store (infinity, beyond a bigint)."""


def parse_number(text: str) -> float:
    """A decimal number as Swedes and Excel write it: '1 234,5', '1234.5', '−3', '1,5e-3'.

    A comma is always the decimal separator; spaces (also non-breaking) separate thousands.
    A number with both ',' and '.' is refused as ambiguous rather than guessed.
    """
    s = text.translate(_THOUSANDS).replace("\u2212", "-")
    if "," in s and "." in s:
        raise ValueError("ambiguous decimal separator")
    s = s.replace(",", ".")
    if not _NUMBER.fullmatch(s):
        raise ValueError("not a number")
    value = float(s)
    if not math.isfinite(value):  # '1e999'; 'inf' and 'nan' do not match _NUMBER
        raise OutOfRangeError(FINITE_EXPECTED)
    return value


def parse_int(text: str) -> int:
    """A whole number; '1 234 567', '1234567,00' and the Excel float '1234567.0' are accepted."""
    s = text.translate(_THOUSANDS).replace("\u2212", "-")
    if _WHOLE.fullmatch(s):
        number = int(s)
    else:
        value = parse_number(text)
        if not value.is_integer():
            raise ValueError("not whole")
        number = int(value)
    if not -INT_MAX - 1 <= number <= INT_MAX:
        raise OutOfRangeError(INT_RANGE_EXPECTED)
    return number


def parse_date(text: str) -> date:
    """An ISO date; a midnight time part (Excel's '2026-10-31 00:00:00') is dropped."""
    m = _DATE.fullmatch(text)
    if not m:
        raise ValueError("not an ISO date")
    return date.fromisoformat(m.group(1))


def parse_bool(text: str) -> bool:
    """Yes/no in Swedish or English."""
    s = normalise(text)
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise ValueError("not a boolean")


def normalise_header(name: str) -> str:
    """'Daily consumption', 'daily-consumption' and 'DAILY_CONSUMPTION ' are one column."""
    return re.sub(r"[\s\-]+", "_", normalise(name)).strip("_")


# ---------------------------------------------------------------- what the database knows
@dataclass
class References:
    """The keys a file may refer to, read from the database being changed."""

    region_by_alias: dict[str, str] = field(default_factory=dict)
    region_label: dict[str, str] = field(default_factory=dict)
    substances: dict[str, str] = field(default_factory=dict)  # upper-case id -> id
    substance_names: dict[str, str] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    instruments: dict[str, str] = field(default_factory=dict)  # id -> recipient kind
    companies: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)
    list_versions: set[str] = field(default_factory=set)
    example_scenarios: set[str] = field(default_factory=set)
    atc_codes: set[str] = field(default_factory=set)  # the items' ATC codes (demand targets)

    @classmethod
    def from_db(cls, con: duckdb.DuckDBPyConnection) -> References:
        """Read the reference keys from a connection (the copy being changed)."""
        regions = con.execute(
            "select region_code, region_name, lan_name, iso_3166_2 from regions"
        ).fetchall()
        substances = con.execute("select substance_id, name_sv from substances").fetchall()
        return cls(
            region_by_alias=region_aliases(regions),
            region_label={code: lan for code, _, lan, _ in regions},
            substances={sid.upper(): sid for sid, _ in substances},
            substance_names=dict(substances),
            countries={r[0] for r in con.execute("select iso2 from countries").fetchall()},
            instruments=dict(
                con.execute("select instrument_id, recipient from grant_instruments").fetchall()
            ),
            companies={r[0] for r in con.execute("select company_id from companies").fetchall()},
            sites={r[0] for r in con.execute("select site_id from sites").fetchall()},
            list_versions={
                r[0] for r in con.execute("select list_version from priority_lists").fetchall()
            },
            example_scenarios={
                r[0]
                for r in con.execute(
                    "select scenario_id from scenarios where is_example"
                ).fetchall()
            },
            atc_codes={
                r[0]
                for r in con.execute(
                    "select atc_code from substances where atc_code is not null"
                ).fetchall()
            },
        )


def region_aliases(regions: Iterable[tuple[str, str, str, str]]) -> dict[str, str]:
    """Every way a user may name a region -> its code; names that fit two regions are dropped.

    '06', '6', 'SE-F', 'Region Jönköpings län', 'Jönköpings län', 'Jönköpings', 'Jönköping'
    all give '06'; 'Västra Götalandsregionen' and 'Västra Götaland' give '14'.
    """
    candidates: dict[str, set[str]] = defaultdict(set)
    for code, region_name, lan_name, iso in regions:
        names = {code, iso}
        if code.isdigit():
            names.add(str(int(code)))
        for name in (region_name, lan_name):
            n = normalise(name)
            names.add(n)
            n = n.removeprefix("region ").strip()
            names.add(n)
            for suffix in (" län", "regionen"):
                if n.endswith(suffix):
                    stem = n.removesuffix(suffix).strip()
                    names.update({stem, stem.removesuffix("s")})
        for name in names:
            candidates[normalise(name)].add(code)
    return {alias: codes.pop() for alias, codes in candidates.items() if len(codes) == 1}


# ---------------------------------------------------------------- the result
@dataclass
class Validated:
    """The outcome of validating one file: typed records, or errors (or both, then refused)."""

    spec: DatasetSpec
    file_name: str
    present: list[Column]  # the spec's columns found in the header, in spec order
    records: list[dict[str, Any]]  # by file column name, converted values
    rows: list[int]  # the row number of each record
    errors: list[FileError]
    warnings: list[str]


def map_header(
    spec: DatasetSpec, table: RawTable
) -> tuple[dict[str, int], list[FileError], list[str]]:
    """Which header cell holds each spec column; errors for missing or doubled columns.

    Long on purpose: every header problem is collected in one pass, so the user gets them all at
    once.
    """
    by_name: dict[str, Column] = {}
    for c in spec.columns:
        for name in (c.name, *c.aliases):
            by_name.setdefault(normalise_header(name), c)
    index: dict[str, int] = {}
    errors: list[FileError] = []
    ignored: list[str] = []
    found = _first_few([repr(h) for h in table.header]) or "none"
    for i, raw in enumerate(table.header):
        column = by_name.get(normalise_header(raw))
        if column is None:
            if raw:
                ignored.append(raw)
            elif any(i < len(cells) and cells[i] for _, cells in table.rows):
                errors.append(
                    FileError(table.file_name, table.header_row, f"#{i + 1}", "", "a column name")
                )
            continue
        if column.name in index:
            errors.append(
                FileError(
                    table.file_name,
                    table.header_row,
                    column.name,
                    raw,
                    f"each column once; column {column.name} already is header cell "
                    f"#{index[column.name] + 1} ({table.header[index[column.name]]!r})",
                )
            )
            continue
        index[column.name] = i
    missing = [c.name for c in spec.columns if c.required and c.name not in index]
    hint = _other_sheets_hint(table) or _delimiter_hint(table)
    if missing and hint:  # one error, not one per column: the cause is the same
        names = ", ".join(missing)
        errors.append(
            FileError(
                table.file_name,
                table.header_row,
                names,
                None,
                f"columns named {names}, but the header has {found}: {hint}",
            )
        )
        missing = []
    for name in missing:
        errors.append(
            FileError(
                table.file_name,
                table.header_row,
                name,
                None,
                f"a column named {name!r} (the header has: {found})",
            )
        )
    warnings = (
        [f"ignored column(s) not in the {spec.name} data set: {_first_few(ignored)}"]
        if ignored
        else []
    )
    return index, errors, warnings


def _first_few(names: Sequence[str], shown: int = 12) -> str:
    """A list for one line of a message: the first `shown` names, then how many more."""
    text = ", ".join(names[:shown])
    return f"{text} ... and {len(names) - shown} more" if len(names) > shown else text


def _other_sheets_hint(table: RawTable) -> str:
    """Only a workbook's first sheet is read: say so when the table may be on another one."""
    if len(table.sheet_names) < 2:
        return ""
    first, *others = table.sheet_names
    return (
        f"only the first sheet ({first!r}) is read and the workbook has others "
        f"({_first_few([repr(o) for o in others])}): move the sheet with the table first"
    )


def _delimiter_hint(table: RawTable) -> str:
    """A one-column header holding ';' or ',' means the file was split on the wrong character."""
    if len(table.header) != 1:
        return ""
    inside = [d for d in DELIMITER_NAMES if d in table.header[0]]
    if not inside:
        return ""
    if table.file_format == "xlsx":
        return "the column names are all in one cell; split them (Data > Text to Columns)"
    return (
        f"the delimiter is probably wrong; put {DELIMITER_NAMES[inside[0]]} between the "
        "column names, outside quotes"
    )


def validate(table: RawTable, spec: DatasetSpec, refs: References) -> Validated:
    """Check every cell and row of `table` against `spec` and the database's keys."""
    index, errors, warnings = map_header(spec, table)
    present = [c for c in spec.columns if c.name in index]
    result = Validated(spec, table.file_name, present, [], [], errors, warnings)
    if errors:
        return result  # without the right columns, row errors would only be noise
    if not table.rows:
        result.errors.append(
            FileError(
                table.file_name, table.header_row + 1, None, None, "data rows under the header"
            )
        )
        return result
    cells = _CellChecker(table.file_name, refs)
    width = len(table.header)
    for row_number, raw in table.rows:
        if len(raw) > width and any(raw[width:]):
            result.errors.append(_too_many_fields(table, row_number, raw))
            continue
        record: dict[str, Any] = {}
        ok = True
        for column in present:
            text = raw[index[column.name]] if index[column.name] < len(raw) else ""
            value, error = cells.convert(column, text, row_number)
            if error:
                result.errors.append(error)
                ok = False
            record[column.name] = value
        if ok:
            result.records.append(record)
            result.rows.append(row_number)
    _check_row_rules(result)
    _check_duplicate_keys(result)
    _check_consistent(result)
    _check_recipient_fits(result, refs)
    if spec.name == "priority-list":
        _check_new_lists_described(result, refs)
    if spec.name == "scenarios":
        _check_scenario_targets(result, refs)
    return result


def _too_many_fields(table: RawTable, row_number: int, raw: list[str]) -> FileError:
    hint = ""
    if table.delimiter == ",":
        hint = "; a decimal comma must be inside quotes in a comma-delimited file, or use ';'"
    elif table.delimiter:
        hint = f"; a value containing {DELIMITER_NAMES[table.delimiter]} must be inside quotes"
    return FileError(
        table.file_name,
        row_number,
        None,
        str(len(raw)) + " fields",
        f"at most {len(table.header)} fields like the header{hint}",
    )


class _CellChecker:
    """Converts one cell per its column's kind and range; returns (value, error)."""

    def __init__(self, file_name: str, refs: References) -> None:
        self.file_name = file_name
        self.refs = refs

    def error(self, row: int, column: Column, text: str, expected: str) -> tuple[None, FileError]:
        return None, FileError(self.file_name, row, column.name, text, expected)

    def convert(self, column: Column, text: str, row: int) -> tuple[Any, FileError | None]:
        if text == "":
            if column.nullable:
                return column.default, None
            return self.error(row, column, text, f"{_a_kind(column)}{EMPTY_CELL}")
        try:
            value = self._parse(column, text)
        except ValueError as e:
            return self.error(row, column, text, str(e))
        return value, None

    def _parse(self, column: Column, text: str) -> Any:
        """One cell to its typed value, or an error naming what was expected.

        Long on purpose: one branch per column kind, in one place, so every kind's rule is found
        in one hop.
        """
        kind = column.kind
        if kind == "text":
            if not column.multiline and ("\n" in text or "\r" in text):
                raise ValueError(ONE_LINE_EXPECTED)
            return text
        if kind == "id":
            value = text.upper() if column.upper_case else text
            if column.name == "substance_id":  # a new spelling of a stored id is that id
                value = self.refs.substances.get(value.upper(), value)
            if "\n" in value or "\r" in value:
                raise ValueError("an identifier on one line")
            if column.pattern and not re.fullmatch(column.pattern, value):
                raise ValueError(column.pattern_hint)
            return value
        if kind == "number":
            try:
                value = parse_number(text)
            except OutOfRangeError:
                raise
            except ValueError:
                raise ValueError(NUMBER_EXPECTED) from None
            return self._in_range(column, value)
        if kind == "int":
            try:
                number = parse_int(text)
            except OutOfRangeError:
                raise
            except ValueError:
                raise ValueError(INT_EXPECTED) from None
            return self._in_range(column, number)
        if kind == "date":
            try:
                day = parse_date(text)
            except ValueError:
                raise ValueError(DATE_EXPECTED) from None
            if not MIN_DATE <= day <= MAX_DATE:
                raise ValueError(f"a date between {MIN_DATE} and {MAX_DATE}")
            return day
        if kind == "bool":
            try:
                return parse_bool(text)
            except ValueError:
                raise ValueError(BOOL_EXPECTED) from None
        if kind == "enum":
            assert column.choices is not None
            key = normalise(text)
            if key not in column.choices:
                raise ValueError(describe_range(column))
            return column.choices[key]
        if kind == "region":
            return self._region(text)
        if kind == "recipient":
            if normalise(text) in SKR_NAMES:
                return SKR
            return self._region(text, or_skr=True)
        if kind == "country":
            code = text.upper()
            if code not in self.refs.countries:
                raise ValueError(
                    "an ISO 3166-1 alpha-2 country code in the countries table (SE, IN, CN)"
                )
            return code
        if kind == "substance":
            return self._substance(text)
        if kind == "instrument":
            if text in self.refs.instruments:
                return text
            known = ", ".join(sorted(self.refs.instruments)[:8]) or "none yet"
            raise ValueError(
                "an instrument_id in the database's grant_instruments "
                f"(known: {known}); load it with `beredskap load grant-instruments` first"
            )
        raise AssertionError(f"unknown kind {kind}")

    def _in_range(self, column: Column, value: float) -> float:
        too_low = column.minimum is not None and value < column.minimum
        too_high = column.maximum is not None and value > column.maximum
        not_above = column.above is not None and value <= column.above
        if too_low or too_high or not_above:
            raise ValueError(f"{_a_kind(column)} {describe_range(column)}")
        return value

    def _region(self, text: str, or_skr: bool = False) -> str:
        aliases = self.refs.region_by_alias
        code = aliases.get(normalise(text))
        if code is None and re.fullmatch(r"\d", text):
            code = aliases.get("0" + text)
        if code is not None:
            return code
        what = "a region code 01–25 or a region name (e.g. 06 or 'Jönköpings län')"
        if or_skr:
            what += ", or SKR"
        close = difflib.get_close_matches(normalise(text), list(aliases), n=1, cutoff=0.75)
        if close:
            code = aliases[close[0]]
            what += f"; did you mean {code} {self.refs.region_label.get(code, '')}?"
        raise ValueError(what)

    def _substance(self, text: str) -> str:
        found = self.refs.substances.get(text.upper())
        if found is not None:
            return found
        what = "a substance_id in the database's substances table (e.g. N01AX10)"
        close = difflib.get_close_matches(text.upper(), list(self.refs.substances), n=1, cutoff=0.8)
        if close:
            sid = self.refs.substances[close[0]]
            what += f"; did you mean {sid} ({self.refs.substance_names.get(sid, '')})?"
        raise ValueError(what)


def _a_kind(column: Column) -> str:
    return {
        "int": "a whole number",
        "number": "a number",
        "date": "a date YYYY-MM-DD",
        "bool": "true or false",
    }.get(column.kind, "a value")


def _check_row_rules(result: Validated) -> None:
    for rule in result.spec.row_rules:
        for record, row in zip(result.records, result.rows, strict=True):
            if not rule.holds(record):
                value = record.get(rule.column)
                result.errors.append(
                    FileError(result.file_name, row, rule.column, _show(value), rule.expected)
                )


def _check_duplicate_keys(result: Validated) -> None:
    """A key twice in one file is an error on the later row, naming the first."""
    key = result.spec.key
    first: dict[tuple[Any, ...], int] = {}
    for record, row in zip(result.records, result.rows, strict=True):
        values = tuple(record[k] for k in key)
        if values in first:
            result.errors.append(
                FileError(
                    result.file_name,
                    row,
                    ", ".join(key),
                    ", ".join(_show(v) for v in values),
                    f"each key ({', '.join(key)}) once in the file; it is already on row "
                    f"{first[values]}",
                )
            )
        else:
            first[values] = row


def _check_consistent(result: Validated) -> None:
    """Details of one company/site/list must agree on every row that repeats them."""
    present = {c.name for c in result.present}
    for group, columns in result.spec.consistent.items():
        seen: dict[Any, tuple[int, dict[str, Any]]] = {}
        for record, row in zip(result.records, result.rows, strict=True):
            g = record[group]
            if g not in seen:
                seen[g] = (row, record)
                continue
            first_row, first = seen[g]
            for name in columns:
                if name in present and record[name] != first[name]:
                    result.errors.append(
                        FileError(
                            result.file_name,
                            row,
                            name,
                            _show(record[name]),
                            f"the same {name} for {group} {g} on every row: row {first_row} "
                            f"has {_show(first[name])!r}",
                        )
                    )


def _check_recipient_fits(result: Validated, refs: References) -> None:
    """Money for SKR goes to SKR, money for the regions to a region."""
    if "instrument_id" not in result.spec.key or result.spec.name == "grant-instruments":
        return
    for record, row in zip(result.records, result.rows, strict=True):
        kind = refs.instruments.get(record["instrument_id"])
        recipient = record["region"]
        if kind == "skr" and recipient != SKR:
            expected = f"SKR: instrument {record['instrument_id']} goes to SKR"
        elif kind == "regions" and recipient == SKR:
            expected = f"a region: instrument {record['instrument_id']} goes to the regions"
        else:
            continue
        result.errors.append(FileError(result.file_name, row, "region", recipient, expected))


def _check_new_lists_described(result: Validated, refs: References) -> None:
    """A list version not yet in the database needs a title and a publication date."""
    described: set[str] = set()
    for record, row in zip(result.records, result.rows, strict=True):
        version = record["list_version"]
        if version in refs.list_versions or version in described:
            continue
        described.add(version)
        for name in ("title", "published_on"):
            if record.get(name) is None:
                result.errors.append(
                    FileError(
                        result.file_name,
                        row,
                        name,
                        "",
                        f"a {name} for list {version}, which is not in the database yet",
                    )
                )


def _check_scenario_targets(result: Validated, refs: References) -> None:
    """Each disruption's target names something of its kind; stored in its canonical form
    (country upper-case, a region's code, a group's English name). Examples stay as shipped."""
    known = KnownTargets(
        countries=frozenset(refs.countries),
        companies=frozenset(refs.companies),
        sites=frozenset(refs.sites),
        regions=frozenset(refs.region_label),
        atc_codes=frozenset(refs.atc_codes),
    )
    cells = _CellChecker(result.file_name, refs)
    by_upper = {
        "company": {c.upper(): c for c in refs.companies},
        "site": {s.upper(): s for s in refs.sites},
    }
    for record, row in zip(result.records, result.rows, strict=True):
        if record["scenario_id"] in refs.example_scenarios:
            result.errors.append(
                FileError(
                    result.file_name,
                    row,
                    "scenario_id",
                    record["scenario_id"],
                    "a scenario_id that is not one of the demo's example scenarios "
                    "(they are kept as shipped); choose another scenario_id",
                )
            )
        kind, text = record["kind"], record["target"]
        if kind == "country":
            target = text.upper()
        elif kind == "country_group":
            target = COUNTRY_GROUP_ALIASES.get(normalise(text), text)
        elif kind == "region_stock":
            try:
                target = cells._region(text)
            except ValueError:
                target = text
        elif kind == "demand":
            target = DEMAND_TARGET_ALIASES.get(normalise(text), text.upper())
        else:
            target = by_upper[kind].get(text.upper(), text)
        problem = target_problem(kind, target, known)
        if problem:
            result.errors.append(
                FileError(result.file_name, row, "target", text, f"for kind {kind}, {problem}")
            )
        else:
            record["target"] = target


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
