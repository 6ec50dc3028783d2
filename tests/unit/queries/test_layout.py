"""The query layer's shape: every SELECT in a file, one function per file, one home per rule."""

from __future__ import annotations

import ast
import inspect
import re
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from dash_beredskap import db, queries
from dash_beredskap.queries import binder

PACKAGE = Path(queries.__file__).parent
SQL = Path(db.__file__).parent / "sql"
QUERY_SQL = SQL / "queries"
AREAS = queries.__all__


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    """An empty database with the schema, macros and views: enough to bind any query."""
    con = duckdb.connect()
    db.create_schema(con, datetime(2026, 11, 1))
    db.refresh_derived(con)
    yield con
    con.close()


def _functions(area: str) -> dict[str, object]:
    module = getattr(queries, area)
    return {
        name: fn
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__ and not name.startswith("_")
    }


def test_every_query_file_has_its_function_and_every_function_its_file() -> None:
    files = {f"{p.parent.name}/{p.stem}" for p in QUERY_SQL.glob("*/*.sql")}
    functions = {f"{area}/{name}" for area in AREAS for name in _functions(area)}
    assert files == functions, {
        "files without a function": sorted(files - functions),
        "functions without a file": sorted(functions - files),
    }


@pytest.mark.parametrize("area", AREAS)
def test_each_function_runs_its_own_file(area: str) -> None:
    for name, fn in _functions(area).items():
        calls = re.findall(r'fetch\(\s*\w+,\s*"([^"]+)"', inspect.getsource(fn))
        assert calls == [f"{area}/{name}"], (name, calls)


def test_no_sql_text_in_python() -> None:
    """SQL lives in files: no SELECT text, no execute(), no positional ? in queries/*.py."""
    for source in PACKAGE.glob("*.py"):
        if source.name == "binder.py":
            continue
        text = source.read_text("utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not re.search(r"\bselect\b.+\bfrom\b", node.value, re.I | re.S), source
        assert ".execute(" not in text, source


def test_query_files_bind_by_name_only() -> None:
    for path in QUERY_SQL.glob("*/*.sql"):
        body = re.sub(r"--[^\n]*", "", path.read_text("utf-8"))
        body = re.sub(r"'[^']*'", "''", body)  # '?' inside a string literal is text
        assert "?" not in body, path


def test_the_binder_refuses_missing_and_stray_values(con) -> None:
    name = next(
        f"{p.parent.name}/{p.stem}"
        for p in QUERY_SQL.glob("*/*.sql")
        if binder.parameters_of(f"{p.parent.name}/{p.stem}")
    )
    with pytest.raises(TypeError, match="missing values"):
        binder.fetch(con, name)
    values = {p: None for p in binder.parameters_of(name)}
    with pytest.raises(TypeError, match="does not use"):
        binder.fetch(con, name, **values, not_a_parameter=1)


def test_meets_target_and_the_target_have_one_definition() -> None:
    """The rule's text ('days of cover >= target') and the per-group target exist once: in
    macros.sql. Everything else calls the macros."""
    homes = []
    for path in [
        *SQL.rglob("*.sql"),
        *PACKAGE.glob("*.py"),
        *Path(db.__file__).parent.rglob("*.py"),
    ]:
        text = path.read_text("utf-8")
        if re.search(r"days_of_cover\s*>=|cover_days\s*>=|\bdays\s*>=\s*target", text):
            homes.append(path.name)
        if re.search(r"when 'device' then \$?t_device", text):
            homes.append(path.name)
    assert homes == ["macros.sql", "macros.sql"], homes
