"""What the loader tells a user about a file it refuses: one line per error, all of them.

An analyst fixes a file in Excel, so every error names the file, the row as Excel numbers it
(header = row 1), the column, the value found and what was expected there.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dash_beredskap.spreadsheet import safe_cell

MAX_SHOWN = 50
_MAX_VALUE_CHARS = 60


@dataclass(frozen=True)
class FileError:
    """One thing wrong with a file. row and column are None when the whole file is at fault."""

    file_name: str
    row: int | None
    column: str | None
    value: str | None
    expected: str

    def __str__(self) -> str:
        where = self.file_name
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        got = ""
        if self.value is not None:
            value = self.value
            if len(value) > _MAX_VALUE_CHARS:
                value = value[: _MAX_VALUE_CHARS - 1] + "…"
            got = f"got {value!r}, "
        return f"{where}: {got}expected {self.expected}"


class IngestError(Exception):
    """A file was refused; `errors` holds every reason found, in file order."""

    def __init__(self, errors: Sequence[FileError]) -> None:
        self.errors = sorted(errors, key=_file_order)
        super().__init__(f"{len(self.errors)} error(s)")


def _file_order(error: FileError) -> tuple[int, int]:
    # whole-file errors first, then by row; the sort is stable, so columns keep spec order
    return (0 if error.row is None else 1, error.row or 0)


def format_errors(errors: Sequence[FileError], limit: int = MAX_SHOWN) -> list[str]:
    """The lines to print: at most `limit` errors, then how many more there are."""
    lines = [str(e) for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"... and {len(errors) - limit} more")
    return lines


def write_errors_csv(errors: Iterable[FileError], path: Path) -> None:
    """Every error as a CSV an analyst can open and sort in Excel (UTF-8 with BOM, ';').

    The values come from the refused file itself, so formula-like text is neutralised."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["file", "row", "column", "value", "expected"])
        for e in errors:
            cells = [e.file_name, e.row or "", e.column or "", e.value or "", e.expected]
            out.writerow([safe_cell(c) for c in cells])
