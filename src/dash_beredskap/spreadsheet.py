"""Text a spreadsheet must show, never run: the one rule for every CSV and Excel export.

Excel, LibreOffice and Sheets read a cell that starts with = + - @ tab or CR as a formula, so a
product name like `=HYPERLINK(...)` from a loaded file would become a live link (OWASP's "CSV
injection"). Such text gets a leading apostrophe. A plain number written as text ("-60") is left
as it is: a spreadsheet reads it as that number, nothing more. Real numbers stay numbers.
"""

from __future__ import annotations

import re

import pandas as pd

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def safe_cell(value: object) -> object:
    """`value`, with an apostrophe in front if it is text a spreadsheet would run."""
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_STARTS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` with safe_cell applied to every text column; numbers are untouched."""
    out = df.copy()
    for i in range(out.shape[1]):
        column = out.iloc[:, i]
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            out.isetitem(i, column.map(safe_cell))
    return out
