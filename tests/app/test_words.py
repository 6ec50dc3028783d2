"""Officials' words only (issue 14 point 5): no developer's words in the visible text.

Every page in both languages, on the small database: the text a reader sees (markdown, captions,
headings, metric labels, widget labels and options) names no file path, no Python function, no
database view or table outside code font, and no picker shows a raw code where a name exists.
"""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap.ui import nav
from tests.app.conftest import open_page
from tests.app.test_markup import shown_markdown

CODE = re.compile(r"`[^`]*`")  # inline code: a name set apart on purpose
DEVELOPER_WORDS = {
    "a file path": re.compile(r"/\S*\.duckdb|/work\b|/tmp\b|site-packages"),
    "a Python call": re.compile(r"\b[a-z_]+\.[a-z_]+\("),
    "a module.function name": re.compile(
        r"\b(?:dash_beredskap|metrics|queries|scenarios)\.[a-z_]+"
    ),
    "a view name": re.compile(r"(?<![\w.])(?:v|agg|stg)_[a-z_]+"),
    "a table name in prose": re.compile(r"\b(?:tabellen|the table|table) [a-z]+_[a-z_]+"),
}
RAW_CODE = re.compile(r"^[A-Z]{2,3}-\d{3,}$")  # e.g. "CO-0047": an id where a name exists


def visible_text(at: AppTest) -> list[str]:
    """What a reader sees written, with inline code taken out."""
    texts = shown_markdown(at)
    for kind in ("selectbox", "multiselect", "radio", "button_group", "toggle", "checkbox"):
        for widget in getattr(at, kind, []):
            texts.append(str(widget.label))
            texts += [str(o) for o in getattr(widget, "options", [])]
    return [CODE.sub("", text) for text in texts]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", [p.key for p in nav.PAGES])
def test_a_page_speaks_to_officials(app_db, key: str, lang: str, monkeypatch) -> None:
    # an official's screen (analysts also get a picker of view names to export, on purpose);
    # the admin page as its admin sees it
    monkeypatch.setenv("BEREDSKAP_ROLE", "admin" if key == "admin" else "official")
    at = open_page(nav.spec(key).path, lang)
    found = [
        f"{what}: {match.group(0)!r} in {text[:120]!r}"
        for text in visible_text(at)
        for what, pattern in DEVELOPER_WORDS.items()
        for match in [pattern.search(text)]
        if match
    ]
    assert found == [], f"{key} ({lang}):\n  " + "\n  ".join(found)
    codes = [o for s in at.selectbox for o in s.options if RAW_CODE.match(str(o))]
    assert codes == [], f"{key} ({lang}): pickers show codes {codes[:5]}"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_source_caption_sets_database_names_in_code_font(app_db, lang: str) -> None:
    at = open_page(nav.spec("overview").path, lang)
    captions = [c.value for c in at.caption]
    word = "Källa" if lang == "sv" else "Source"
    for view in (
        "v_national_coverage_summary",
        "v_supply_concentration",
        "v_region_coverage_summary",
    ):
        assert f"{word}: `{view}`" in captions, (view, captions)
