"""Roles in the running app (AppTest): a `public` session cannot open an analyst page by URL,
sees no company name, and is refused a query it may not run; the sidebar names the role."""

from __future__ import annotations

import io
import re

import duckdb
import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap import access
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


# ------------------------------------------------------------------ every role, every page


def exported_text(at: AppTest, files: dict[str, tuple]) -> list[tuple[str, str]]:
    """(file name, its text) of every download button: CSV decoded, Excel every cell, a map's
    PNG (an image: no text to search) checked to be one."""
    out = []
    for button in at.get("download_button"):
        build, name = files[button.proto.deferred_file_id]
        payload = build()
        if name.endswith(".png"):
            assert payload.startswith(b"\x89PNG\r\n\x1a\n"), name
            out.append((name, ""))
        elif name.endswith(".xlsx"):
            book = openpyxl.load_workbook(io.BytesIO(payload))
            cells = [str(v) for ws in book for row in ws.values for v in row if v is not None]
            out.append((name, "\n".join(cells)))
        else:
            out.append((name, payload.decode("utf-8-sig")))
    return out


def page_keys(role: str) -> list[str]:
    return [p.key for p in nav.PAGES if access.may_open(role, p.key)]


@pytest.mark.parametrize(
    ("role", "page"),
    [(r, p.key) for r in access.ROLES for p in nav.PAGES if not access.may_open(r, p.key)],
)
def test_a_page_outside_the_role_cannot_be_opened_by_url(app_db, monkeypatch, role, page) -> None:
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        run_as(role, monkeypatch, nav.spec(page).path)


@pytest.mark.parametrize(("role", "page"), [(r, p) for r in access.ROLES for p in page_keys(r)])
def test_each_role_opens_its_pages_with_the_exports_it_may_make(
    app_db, monkeypatch, files, role: str, page: str
) -> None:
    at = run_as(role, monkeypatch, nav.spec(page).path)
    assert not at.exception, [e.message for e in at.exception]
    assert at.title, "the page ran"
    names = [name for name, _ in exported_text(at, files)]
    views = [n for n in names if n.startswith("v_")]  # a whole public view (Om data)
    assert bool(views) == (page == "about" and access.may_export(role, "views")), names
    if page == "public_supply":
        assert names == ["tillverkningslander.csv", "tillverkningslander.xlsx"]


@pytest.mark.parametrize("page", page_keys("public"))
def test_public_sees_and_exports_no_company_site_or_region_item_figure(
    app_db, monkeypatch, files, page: str
) -> None:
    """Rendered text and every exported file of a `public` session: no company name, no site
    city, no table with both a region and an item column (one region's stock of one item)."""
    at = run_as("public", monkeypatch, nav.spec(page).path)
    assert not at.exception, [e.message for e in at.exception]
    with duckdb.connect(str(app_db.path), read_only=True) as con:
        companies = {r[0] for r in con.execute("select company_name from companies").fetchall()}
        cities = {r[0] for r in con.execute("select city from sites").fetchall()}
        items = {r[0] for r in con.execute("select name_sv from substances").fetchall()}
    texts = [("screen", rendered(at)), *exported_text(at, files)]
    for where, text in texts:
        words = set(re.split(r"[\s,;\"'()]+", text))
        assert not words & companies, (where, words & companies)
        assert not words & cities, (where, words & cities)
    for df in at.dataframe:
        headers = " ".join(map(str, df.value.columns)).lower()
        assert not ("region" in headers and ("substans" in headers or "produkt" in headers))
    for where, text in texts[1:]:
        head = text.splitlines()[0].lower() if text else ""
        assert not ("region" in head and ("substans" in head or "produkt" in head)), where
    assert items  # names of items may appear (the shortage summary names none per region)


def test_public_manufacturing_counts_hide_fewer_than_3(app_db, monkeypatch, files) -> None:
    """The small database has 1 or 2 sites in every country: each count reads "färre än 3",
    on screen and in the files; the countries are those with a site."""
    at = run_as("public", monkeypatch, nav.spec("public_supply").path)
    with duckdb.connect(str(app_db.path), read_only=True) as con:
        per_country = dict(
            con.execute(
                "select k.name_sv, count(*) from sites s join countries k on k.iso2 = "
                "s.country_iso2 group by all"
            ).fetchall()
        )
    assert max(per_country.values()) < 3
    (table,) = [df.value for df in at.dataframe]
    assert sorted(table["Land"]) == sorted(per_country)
    assert set(table["Tillverkningsställen"]) == {"färre än 3"}
    assert set(table["Företag"]) == {"färre än 3"}
    (_name, csv_text), _ = exported_text(at, files)
    assert csv_text.count("färre än 3") == 2 * len(per_country)
