"""Roles in the running app (AppTest): a `public` session cannot open an analyst page by URL,
sees no company name, and is refused a query it may not run; the sidebar names the role."""

from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap.ui import nav
from tests.app.conftest import APP

COMPANY_NAMES = ("K1", "K2")  # the small database's companies (conftest.py)
CITIES = ("Mumbai", "Pune", "Wuhan", "Milano", "Köln", "Berlin", "Umeå", "Lund")


def run_as(role: str, monkeypatch: pytest.MonkeyPatch, page: str | None = None) -> AppTest:
    monkeypatch.setenv("BEREDSKAP_ROLE", role)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    if page is not None:
        at.switch_page(page).run()
    return at


def rendered(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [str(df.value) for df in at.dataframe] + [m.value for m in at.metric]
    return "\n".join(parts)


def test_the_small_database_has_the_names_searched_for(app_db) -> None:
    with duckdb.connect(str(app_db.path), read_only=True) as con:
        names = {r[0] for r in con.execute("select company_name from companies").fetchall()}
    assert names == set(COMPANY_NAMES)


def test_public_cannot_open_an_analyst_page_by_url(app_db, monkeypatch) -> None:
    # not handed to st.navigation, so not registered: no URL reaches it
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        run_as("public", monkeypatch, nav.spec("companies").path)
    at = run_as("public", monkeypatch)
    text = rendered(at)
    assert not any(name in text.split() for name in COMPANY_NAMES)


def test_official_opens_the_same_page(app_db, monkeypatch) -> None:
    at = run_as("official", monkeypatch, nav.spec("companies").path)
    assert not at.exception
    assert any(name in str(df.value) for df in at.dataframe for name in COMPANY_NAMES)


@pytest.mark.parametrize("page", sorted({"overview", "coverage", "grants", "about"}))
def test_public_pages_show_no_company_or_site(app_db, monkeypatch, page: str) -> None:
    at = run_as("public", monkeypatch, nav.spec(page).path)
    assert not at.exception, [e.message for e in at.exception]
    text = rendered(at)
    words = set(text.replace(",", " ").split())
    assert not words & set(COMPANY_NAMES) and not words & set(CITIES)
    assert "allmänhet" in text and "lokalt läge" in text  # the sidebar's role line


def test_admin_page_only_for_admin(app_db, monkeypatch) -> None:
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        run_as("analyst", monkeypatch, nav.spec("admin").path)
    at = run_as("admin", monkeypatch, nav.spec("admin").path)
    assert not at.exception and [t.value for t in at.title] == ["Administration"]


def test_production_without_login_refuses_with_one_message(app_db, monkeypatch) -> None:
    monkeypatch.setenv("BEREDSKAP_MODE", "production")
    at = run_as("official", monkeypatch)
    assert [e.value for e in at.error] and "Produktionsläge kräver inloggning" in at.error[0].value
    assert not at.title  # no page ran


def test_public_is_refused_a_section_with_one_item_per_region(app_db, monkeypatch) -> None:
    """Coverage per inhabitant shows one item's stock in each region: the query layer refuses
    it for `public` with a message, no traceback; the page's headline stays."""
    monkeypatch.setenv("BEREDSKAP_ROLE", "public")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["view"] = "capita"
    at.run()
    at.switch_page(nav.spec("coverage").path).run()
    assert not at.exception
    assert [w.value for w in at.warning] == ["Den här delen visas inte för rollen allmänhet."]
