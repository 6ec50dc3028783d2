"""Text from data or the URL is never markup (issue 13, defect 3).

A scenario name in the URL and stored names (substance, company, product, supply system,
scenario name and description) that look like Markdown links, images and directives are shown
as the text they are: every markdown element's text holds them escaped (fmt.plain), so no `](`
and no "https://" (which remark-gfm links even when escaped) is left for Streamlit to turn into
a link or an image.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap import db
from dash_beredskap.ui import data, fmt
from tests.app.conftest import _insert, open_page

LINK = "[Logga in här](https://evil.example/login) ![px](http://evil.example/px.png)"
NON_EU = "country_group:non_eu_eea:2026-12-01:60"
ESCAPED = fmt.plain(LINK)


def shown_markdown(at: AppTest) -> list[str]:
    """The markdown source of every element Streamlit renders as Markdown on the page."""
    kinds = ("markdown", "caption", "title", "header", "subheader", "info", "warning", "success")
    texts = [e.value for kind in kinds for e in getattr(at, kind)]
    texts += [e.value for e in at.error]
    texts += [m.label for m in at.metric] + [e.label for e in at.expander]
    return texts


def assert_no_link(at: AppTest) -> list[str]:
    texts = shown_markdown(at)
    live = [text for text in texts if re.search(r"(?<!\\)\]\(", text)]
    # remark-gfm links "https://..." even when its characters are escaped
    live += [text for text in texts if re.search(r"https?:/", text.replace("\\", ""))]
    assert live == [], live
    return texts


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small database with link-like names in the tables the pages name things from."""
    path = tmp_path_factory.mktemp("markup") / "hostile.duckdb"

    def build(con: duckdb.DuckDBPyConnection) -> None:
        db.create_schema(con, datetime(2026, 11, 1))
        _insert(con)
        con.execute(
            "update substances set name_sv = $n, name_en = $n where substance_id = 'A'",
            {"n": f"Propofol {LINK}"},
        )
        con.execute("update companies set company_name = $n where company_id = 'K1'", {"n": LINK})
        con.execute("update shortages set product_name = $n where notice_id = 'n1'", {"n": LINK})
        con.execute(
            "insert into region_supply_systems values ('01', $n, 'own_stock', $n)", {"n": LINK}
        )
        con.execute(
            "insert into scenarios values ('ond', $n, $n, TIMESTAMP '2026-11-01', false)",
            {"n": LINK},
        )
        con.execute(
            "insert into scenario_disruptions values "
            "('ond',1,'country_group','non_eu_eea',DATE '2026-12-01',60,1,1)"
        )
        db.refresh_derived(con)

    db.publish_new(path, build)
    return path


@pytest.fixture()
def hostile_db(hostile_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BEREDSKAP_DB", str(hostile_path))
    data.close_all()
    yield hostile_path
    data.close_all()


def test_a_scenario_name_in_the_url_is_shown_as_text(app_db) -> None:
    at = open_page("pages/scenarios.py", "en", d=NON_EU, name=LINK)
    texts = assert_no_link(at)
    assert any(ESCAPED in text for text in texts)  # the name is there, escaped


def test_a_stored_scenario_name_and_description_are_shown_as_text(hostile_db) -> None:
    at = open_page("pages/scenarios.py", "en", scenario="ond")
    texts = assert_no_link(at)
    assert fmt.plain(LINK) in [c.value for c in at.caption]  # the description
    assert any(f"«{ESCAPED}»" in text for text in texts)  # the name in the headline


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("pages/substance.py", {"substance": "A"}),
        ("pages/companies.py", {"company": "K1"}),
        ("pages/region.py", {"region": "01"}),
        ("pages/shortages.py", {}),
    ],
)
def test_stored_names_are_shown_as_text(hostile_db, page: str, params: dict[str, str]) -> None:
    at = open_page(page, "sv", **params)
    texts = assert_no_link(at)
    assert any(ESCAPED in text for text in texts), page
