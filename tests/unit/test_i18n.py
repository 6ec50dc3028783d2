"""The translation tables: complete in both languages, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from dash_beredskap.ui import i18n, nav

ROOT = Path(__file__).resolve().parents[2]
CODE_FILES = sorted(
    [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "src").rglob("*.py")]
)
# t("key"), t(\n    "key", ...), translate("key", lang): the first argument, a literal
T_CALL = re.compile(r"\b(?:t|translate)\(\s*\"([a-z][a-z0-9_.]*)\"")
# keys handed to ui code as data: Column(..., "col.x"), PageSpec(..., "overview.title", ...)
KEY_LITERAL = re.compile(r"\"(col\.[a-z0-9_]+|nav\.section\.[a-z_]+|[a-z]+\.title)\"")


def used_keys() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in CODE_FILES:
        text = path.read_text("utf-8")
        for key in T_CALL.findall(text) + KEY_LITERAL.findall(text):
            found.setdefault(key, []).append(str(path.relative_to(ROOT)))
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_code_files_are_found() -> None:
    names = {p.name for p in CODE_FILES}
    assert {"app.py", "overview.py", "i18n.py"} <= names
    assert len(used_keys()) > 50


def test_no_key_is_defined_in_two_places() -> None:
    seen: dict[str, str] = {key: "i18n" for key in i18n.SHELL_KEYS}
    for area in i18n.AREAS:
        for key in area.SV:
            assert key not in seen, f"{key} is in {seen[key]} and {area.__name__}"
            seen[key] = area.__name__


def test_swedish_and_english_have_the_same_keys() -> None:
    assert set(i18n.SV) == set(i18n.EN), {
        "only in sv": sorted(set(i18n.SV) - set(i18n.EN)),
        "only in en": sorted(set(i18n.EN) - set(i18n.SV)),
    }


def test_every_key_used_in_the_code_exists() -> None:
    missing = {k: where for k, where in used_keys().items() if k not in i18n.SV}
    assert not missing, missing


def test_every_page_title_and_section_exists() -> None:
    for page in nav.PAGES:
        assert page.title_key in i18n.SV and page.section_key in i18n.SV


@pytest.mark.parametrize("key", sorted(i18n.SV))
def test_both_languages_fill_the_same_fields(key: str) -> None:
    assert fields(i18n.SV[key]) == fields(i18n.EN[key]), key
    assert i18n.SV[key].strip() and i18n.EN[key].strip()


def test_translate_fills_fields_and_defaults_to_swedish() -> None:
    assert i18n.translate("common.source", "en", source="v_x") == "Source: v_x"
    assert i18n.translate("common.source", "sv", source="v_x") == "Källa: v_x"
    assert i18n.translate("common.source", "fi", source="v_x") == "Källa: v_x"
    assert i18n.translate("no.such.key", "en") == "no.such.key"


def test_every_public_view_is_described_or_has_a_contract() -> None:
    from dash_beredskap import db

    described = {k.removeprefix("about.view.") for k in i18n.SV if k.startswith("about.view.")}
    for view in db.PUBLIC_VIEWS:
        contract = ROOT / "src" / "dash_beredskap" / "sql" / f"{view}.toml"
        assert view in described or contract.is_file(), view
