"""Hostile values in every URL parameter of every page (issue 15 point 4): SQL fragments, a
10 000-character value, unknown codes and odd Unicode give a page with a friendly fallback,
never a traceback (`at.exception` empty).

The parameters are found by reading the code, not listed by hand: every call of a state helper
(`*_param(label, "name", ...)`, `read_param("name", ...)`) in pages/ and ui/, and every module
constant `*_PARAM`; a new page or parameter is covered without touching this file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap import access
from dash_beredskap.ui import nav
from tests.app.conftest import APP

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "pages").glob("*.py")) + sorted(
    (ROOT / "src" / "dash_beredskap" / "ui").rglob("*.py")
)
NAME_FIRST = {"read_param", "write_param"}  # (name, ...); the other helpers take (label, name)


def _string(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name | ast.Attribute):
        return constants.get(node.id if isinstance(node, ast.Name) else node.attr)
    return None


def url_parameters() -> set[str]:
    """Every URL parameter name a page or the UI binds (see the module docstring)."""
    trees = [ast.parse(p.read_text("utf-8")) for p in SOURCES]
    constants = {
        target.id: node.value.value
        for tree in trees
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.endswith("_PARAM")
    }
    found = {v for v in constants.values() if isinstance(v, str)}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if not called.endswith("_param") or called.startswith("_"):
                continue
            position = 0 if called in NAME_FIRST else 1
            arg = node.args[position] if len(node.args) > position else None
            keyword = next((k.value for k in node.keywords if k.arg == "name"), None)
            name = _string(keyword or arg, constants)
            if name is not None:
                found.add(name)
    return found


PARAMS = sorted(url_parameters())
HOSTILE = {
    "sql": "01' OR '1'='1'; DROP TABLE sites; --",
    "long": "x" * 10_000,
    "unknown": "ZZ-999",
    "unicode": "\u202eRegion\u200f \x00 🧪 e\u0301\u0301\u0301 \ufeff",
}


def test_the_parameters_are_found() -> None:
    """The reader finds the parameters known to exist (so the test below covers something)."""
    assert {"lang", "region", "view", "asof", "present", "substance"} <= set(PARAMS), PARAMS
    assert len(PARAMS) >= 15, PARAMS


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("page", [p.key for p in nav.PAGES])
def test_hostile_values_in_every_parameter(app_db, monkeypatch, page: str, kind: str) -> None:
    role = (
        "admin"
        if access.may_open("admin", page) and not access.may_open("analyst", page)
        else "analyst"
    )
    monkeypatch.setenv("BEREDSKAP_ROLE", role)
    at = AppTest.from_file(APP, default_timeout=60)
    for name in PARAMS:
        at.query_params[name] = HOSTILE[kind]
    at.run()
    at.switch_page(nav.spec(page).path).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title, "the page ran and drew its heading"


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_values_on_the_public_page(app_db, monkeypatch, kind: str) -> None:
    monkeypatch.setenv("BEREDSKAP_ROLE", "public")
    at = AppTest.from_file(APP, default_timeout=60)
    for name in PARAMS:
        at.query_params[name] = HOSTILE[kind]
    at.run()
    at.switch_page(nav.spec("public_supply").path).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title
