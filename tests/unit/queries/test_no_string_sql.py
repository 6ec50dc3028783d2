"""No SQL is built from strings in the query layer or the UI (issue 15 point 4): every value
reaches DuckDB as a bound `$name` (queries/binder.fetch). The test reads the code: an f-string,
`%` or `+` whose text holds SQL words, or any such text handed to execute()/sql(), fails it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "src" / "dash_beredskap"
SOURCES = sorted(
    [
        *(PACKAGE / "queries").glob("*.py"),
        *(PACKAGE / "ui").rglob("*.py"),
        *(ROOT / "pages").glob("*.py"),
        ROOT / "app.py",
    ]
)
SQL_CALLS = ("execute", "executemany", "sql", "query")
SQL_START = re.compile(r"^\s*(select|insert|update|delete|with|drop|create)\b", re.I)


def _literal_text(node: ast.AST) -> str:
    """The constant text inside a string, f-string or concatenation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal_text(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) + " " + _literal_text(node.right)
    return ""


def _is_built(node: ast.AST) -> bool:
    """A string made at run time from pieces: an f-string with a value, `%` or `+`."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add)


def string_built_sql(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string-built SQL in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if _is_built(node) and SQL_START.search(_literal_text(node)):
            found.append((node.lineno, _literal_text(node)[:60]))
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in SQL_CALLS
            and node.args
            and _is_built(node.args[0])
        ):
            found.append((node.lineno, f"call({_literal_text(node.args[0])[:50]})"))
    return found


def test_the_check_finds_string_built_sql() -> None:
    """It can fail: each way of building SQL from strings is found."""
    bad = (
        "con.execute(f\"select * from sites where country_iso2 = '{code}'\")\n"
        "q = \"select * from sites where city = '%s'\" % city\n"
        'q = "select * from " + table\n'
        'con.sql(f"from {table}")\n'
    )
    assert sorted(line for line, _ in string_built_sql(bad)) == [1, 1, 2, 3, 4]
    good = 'fetch(con, "supply/sites_per_country", lang=lang)\ncon.execute(query_text(n), v)\n'
    assert string_built_sql(good) == []


def test_no_string_built_sql_in_the_query_layer_ui_or_pages() -> None:
    assert len(SOURCES) > 30
    found = {
        str(p.relative_to(ROOT)): hits
        for p in SOURCES
        if (hits := string_built_sql(p.read_text("utf-8")))
    }
    assert not found, found
