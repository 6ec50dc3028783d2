"""The one way a query runs: the text of sql/queries/<area>/<name>.sql with `$named` values.

A query file is plain SQL in the views' CTE style; every value is a `$name` parameter bound by
DuckDB, never text pasted into the SQL. The binder refuses a call whose names do not match the
file's (a missing value or a stray one is a bug, not a silent null).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import duckdb
import pandas as pd

Connection = duckdb.DuckDBPyConnection

_PARAM = re.compile(r"(?<![\w$])\$([a-z_][a-z0-9_]*)")
_LINE_COMMENT = re.compile(r"--[^\n]*")


@functools.cache
def query_text(name: str) -> str:
    """The SQL of query `name` ('<area>/<query>'), shipped in sql/queries/."""
    area, query = name.split("/")
    path = resources.files("dash_beredskap").joinpath("sql", "queries", area, f"{query}.sql")
    return path.read_text("utf-8")


@functools.cache
def parameters_of(name: str) -> frozenset[str]:
    """The `$names` a query file uses (comments ignored)."""
    return frozenset(_PARAM.findall(_LINE_COMMENT.sub("", query_text(name))))


def fetch(con: Connection, name: str, **values: object) -> pd.DataFrame:
    """Run query `name` ('<area>/<query>') with its named values and return a DataFrame."""
    expected = parameters_of(name)
    given = set(values)
    if given != expected:
        missing = ", ".join(sorted(expected - given)) or "-"
        stray = ", ".join(sorted(given - expected)) or "-"
        raise TypeError(f"query {name}: missing values {missing}; values it does not use {stray}")
    return con.execute(query_text(name), values).df()
