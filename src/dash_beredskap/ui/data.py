"""Cached read-only access to the database file for every session of the app.

* One read-only connection per (path, file version), held in st.cache_resource. When the loader
  replaces the file (os.replace), its version (mtime, size) changes, the old connection is
  closed and a new one opened. The old one must be closed first: while any connection to a path
  is open, DuckDB hands a new connect() the cached old database (see shared STACK.md).
* A connection is not thread-safe and Streamlit serves each session on its own thread, so every
  query runs on its own `con.cursor()`.
* Results are cached with st.cache_data keyed on the query's name, its plain parameters and the
  file version, never on a connection.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dash_beredskap import db, queries
from dash_beredskap.ui import i18n

_LOCK = threading.Lock()
_OPEN: dict[str, list[duckdb.DuckDBPyConnection]] = {}  # path -> connections opened for it


def database_path() -> Path:
    """The file this app reads ($BEREDSKAP_DB or data/beredskap.duckdb)."""
    return db.default_db_path()


@st.cache_resource(show_spinner=False, max_entries=8)
def _connection(path: str, version: tuple[int, int]) -> duckdb.DuckDBPyConnection:
    with _LOCK:
        for old in _OPEN.pop(path, []):
            old.close()  # a new file: let go of the old one before DuckDB would reuse it
        con = db.connect_read_only(path)
        _OPEN[path] = [con]
    return con


def connection() -> duckdb.DuckDBPyConnection:
    """The shared read-only connection to the current version of the file.

    Raises FileNotFoundError or db.SchemaMismatchError with a message a user can act on.
    """
    path = database_path()
    if not path.exists():
        raise FileNotFoundError(f"{path}: no database file. Build one with `beredskap build-demo`.")
    return _connection(str(path), db.file_version(path))


@st.cache_data(show_spinner=False, max_entries=512)
def _run_cached(name: str, args: tuple, path: str, version: tuple[int, int]) -> pd.DataFrame:
    module, _, function = name.rpartition(".")
    query = getattr(importlib.import_module(module), function)
    try:
        return _on_cursor(query, args, _connection(path, version))
    except duckdb.ConnectionException:
        # another session saw a newer file and closed this connection under us: use that one
        return _on_cursor(query, args, _connection(path, db.file_version(path)))


def _on_cursor(
    query: Callable[..., pd.DataFrame], args: tuple, con: duckdb.DuckDBPyConnection
) -> pd.DataFrame:
    """Run `query` on a cursor of its own (a connection is not shared between threads)."""
    cur = con.cursor()
    try:
        return query(cur, *args)
    finally:
        with contextlib.suppress(duckdb.Error):
            cur.close()


def run(query: Callable[..., pd.DataFrame], *args: object) -> pd.DataFrame:
    """Run a named query function (`queries.<area>.<name>`) with plain arguments, cached.

    Refused (a message, the script stops) if the session's role may not run it."""
    module = query.__module__
    if (
        not module.startswith(f"{queries.__name__}.")
        or getattr(importlib.import_module(module), query.__name__, None) is not query
    ):
        raise ValueError(f"{query.__name__} is not a query function of {queries.__name__}")
    from dash_beredskap.ui import access  # it reads the users table through this module

    access.check_query(f"{module.rpartition('.')[2]}/{query.__name__}")  # the role's gate
    path = database_path()
    connection()  # opens (or reopens) and checks the schema; raises with a clear message
    name = f"{module}.{query.__name__}"
    return _run_cached(name, tuple(args), str(path), db.file_version(path))


@st.cache_data(show_spinner=False)
def view_contract(view: str) -> dict:
    """The contract beside a public view's SQL (sql/<view>.toml: grain, source, columns), or {}."""
    contract = resources.files("dash_beredskap").joinpath("sql", f"{view}.toml")
    if not contract.is_file():
        return {}
    return tomllib.loads(contract.read_text("utf-8"))


def view_purpose(view: str) -> str:
    """What a public view holds: the translated text, else its contract's grain, else a note."""
    key = f"about.view.{view}"
    if i18n.has(key):
        return i18n.t(key)
    grain = view_contract(view).get("grain")
    return grain if grain else i18n.t("about.view.undocumented")


def close_all() -> None:
    """Forget every cached result and close every connection (tests; a forced reload)."""
    _run_cached.clear()
    _connection.clear()
    with _LOCK:
        for cons in _OPEN.values():
            for con in cons:
                with contextlib.suppress(duckdb.Error):
                    con.close()
        _OPEN.clear()
