"""Every page in Swedish and English through Streamlit's AppTest, on the small database.

The headline numbers a page shows must equal the figures conftest.py computes straight from
the base tables, formatted the way the language writes them.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap import db
from dash_beredskap.ui import data, fmt, nav, tables
from dash_beredskap.ui.i18n import translate
from dash_beredskap.ui.tables import Column
from tests.app.conftest import APP

LANGS = ("sv", "en")
TIMEOUT = 60


def open_app(lang: str, page: str | None = None, **params: str) -> AppTest:
    """Run app.py (and then `page`, a path like pages/coverage.py) with ?lang= and `params`."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang != "sv":
        at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page is not None and page != nav.spec("overview").path:
        at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, tuple[str, str]]:
    """label -> (value, delta) of every st.metric on the page."""
    return {m.label: (m.value, m.delta) for m in at.metric}


def plotly_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def texts(at: AppTest) -> str:
    """All markdown and caption text on the page, one string."""
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


# ------------------------------------------------------------------ every page runs


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", [p.path for p in nav.PAGES])
def test_every_page_runs_with_its_translated_title(
    app_db, lang: str, page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEREDSKAP_ROLE", "admin")  # the role that opens every page
    at = open_app(lang, page)
    spec = next(p for p in nav.PAGES if p.path == page)
    assert [t.value for t in at.title] == [translate(spec.title_key, lang)]
    assert not at.error  # the database opened: no error box


def test_every_file_in_pages_is_in_the_navigation_and_goes_through_the_router() -> None:
    folder = Path(APP).parent / "pages"
    files = sorted(f"pages/{p.name}" for p in folder.glob("*.py"))
    assert files == sorted(p.path for p in nav.PAGES)
    assert [p.key for p in nav.PAGES if p.default] == ["overview"]
    # Streamlit's legacy pages/ mode could run a page without app.py (see ui/nav.py)
    for path in files:
        source = (Path(APP).parent / path).read_text("utf-8")
        assert "nav.require_router()" in source, f"{path} must start with nav.require_router()"


# ------------------------------------------------------------------ Lägesbild


@pytest.mark.parametrize("lang", LANGS)
def test_overview_headlines_equal_figures_from_the_base_tables(app_db, lang: str) -> None:
    e = app_db.expected
    at = open_app(lang)
    shown = metrics(at)
    t = lambda key: translate(key, lang)  # noqa: E731

    value, delta = shown[t("overview.coverage.label")]
    assert value == fmt.percent(e.share_latest, lang=lang)
    assert delta == fmt.percent_points(e.share_latest - e.share_previous, lang=lang)
    assert shown[t("overview.supply.label")][0] == fmt.integer(e.n_single_country, lang)
    assert shown[t("overview.grants.allocated")][0] == fmt.mnkr(e.allocated_sek, lang=lang)
    assert shown[t("overview.grants.used")][0] == fmt.mnkr(e.used_sek, lang=lang)
    assert shown[t("overview.shortages.label")][0] == fmt.integer(e.n_active_shortages, lang)

    body = texts(at)
    assert fmt.integer(e.n_meeting_latest, lang) in body
    assert fmt.day(e.previous, lang) in body  # the sentence names the comparison date
    assert fmt.percent(e.used_sek / e.allocated_sek, lang=lang) in body
    assert translate("overview.shortages.sentence", lang).split("{")[0] in body
    for view in ("v_national_coverage_summary", "v_supply_concentration", "v_grant_ledger"):
        assert view in body, f"the method caption must name {view}"


@pytest.mark.parametrize("lang", LANGS)
def test_overview_region_chart_shows_every_region_sorted(app_db, lang: str) -> None:
    e = app_db.expected
    at = open_app(lang)
    (bars,) = plotly_specs(at)
    trace = bars["data"][0]
    assert len(trace["y"]) == 21
    shown = dict(zip(trace["y"], trace["x"], strict=True))
    for name, share in e.region_shares.items():
        short = name.removeprefix("Region ")
        expected = 0 if share is None else share * 100
        assert shown[short] == pytest.approx(expected), short
    reported = [
        x
        for x, text in zip(trace["x"], trace["text"], strict=True)
        if text != translate("coverage.no_report", lang)
    ]
    assert reported == sorted(reported, reverse=True)
    assert trace["text"][-1] == translate("coverage.no_report", lang)  # Norrbotten, last


def test_overview_marks_demo_figures(app_db) -> None:
    at = open_app("sv")
    # st.badge renders as markdown with the badge directive
    badge = f":orange-badge[:material/science: {translate('badge.demo', 'sv')}]"
    badges = [m for m in at.markdown if m.value == badge]
    # coverage (stock), supply (sites: not recorded -> anything synthetic), grants (grant-use),
    # shortages (not recorded), the region chart, and the sidebar note
    assert len(badges) == 6


def test_overview_links_lead_to_the_explaining_pages(app_db) -> None:
    at = open_app("en")
    links = {link.proto.label: link.proto.page for link in at.get("page_link")}
    assert links[translate("overview.coverage.link", "en")].endswith("coverage")
    assert links[translate("overview.supply.link", "en")].endswith("manufacturing")
    assert links[translate("overview.grants.link", "en")].endswith("grants")
    assert links[translate("overview.shortages.link", "en")].endswith("shortages")


# ------------------------------------------------------------------ Täckning


def coverage_map_title(day, lang: str = "sv") -> str:
    """The coverage page's map heading for `day` with the default 30-day target."""
    days = translate("coverage.days", lang, days="30")
    return translate("coverage.map.title", lang, target=days, date=fmt.day(day, lang))


def test_coverage_date_comes_from_the_url(app_db) -> None:
    e = app_db.expected
    at = open_app("sv", "pages/coverage.py", date=e.previous.isoformat())
    assert at.selectbox[0].value == e.previous.isoformat()
    headings = [h.value for h in at.subheader]
    assert coverage_map_title(e.previous) in headings


def test_coverage_unknown_date_falls_back_to_the_latest(app_db) -> None:
    e = app_db.expected
    at = open_app("en", "pages/coverage.py", date="1999-01-01")
    assert at.selectbox[0].value == e.latest.isoformat()
    assert "date" not in at.query_params


def test_coverage_choosing_a_date_writes_the_url(app_db) -> None:
    e = app_db.expected
    at = open_app("sv", "pages/coverage.py")
    at.selectbox[0].select(e.previous.isoformat()).run()
    assert not at.exception
    assert at.query_params["date"] == e.previous.isoformat()
    assert coverage_map_title(e.previous) in [h.value for h in at.subheader]
    # the national trend (view "Över tid"): one point per month, the latest = the headline
    at.query_params["view"] = "trend"
    at.run()
    national = next(
        d
        for d in plotly_specs(at)[0]["data"]
        if d.get("name") == translate("coverage.trend.national", "sv")
    )
    assert len(national["x"]) == 4
    assert national["y"][-1] == pytest.approx(e.share_latest * 100)


# ------------------------------------------------------------------ Statsbidrag
# The grant pages (grants, grant_region, grant_deadlines): tests/app/test_grants_pages.py


# ------------------------------------------------------------------ Tillverkning, Om data


@pytest.mark.parametrize("lang", LANGS)
def test_manufacturing_table_is_the_current_list(app_db, lang: str) -> None:
    e = app_db.expected
    at = open_app(lang, "pages/manufacturing.py")
    concentration, shortages = (d.value for d in at.dataframe)
    assert len(concentration) == e.n_priority
    single = concentration[translate("col.single_country_api", lang)]
    assert int(single.sum()) == e.n_single_country
    assert len(shortages) == e.n_active_shortages


@pytest.mark.parametrize("lang", LANGS)
def test_about_lists_data_sets_and_views(app_db, lang: str) -> None:
    at = open_app(lang, "pages/about.py")
    sources = at.dataframe[0].value
    kinds = sources[translate("col.data_kind", lang)].tolist()
    assert kinds.count(translate("about.kind.synthetic", lang)) == 2
    assert kinds.count(translate("about.kind.real", lang)) == 2
    views = at.table[0].value[translate("col.view", lang)].tolist()
    assert set(db.PUBLIC_VIEWS) <= set(views)


# ------------------------------------------------------------------ a database that cannot be read


@pytest.mark.parametrize("lang", LANGS)
def test_missing_database_explains_the_fix(tmp_path, monkeypatch, lang: str) -> None:
    missing = tmp_path / "none.duckdb"
    monkeypatch.setenv("BEREDSKAP_DB", str(missing))
    at = open_app(lang)
    assert [e.value for e in at.error] == [translate("error.db_missing.title", lang)]
    assert any(f"beredskap build-demo --db {missing}" in c.value for c in at.code)
    assert not at.title  # no page ran


def test_wrong_schema_version_explains_the_fix(tmp_path, monkeypatch) -> None:
    path = tmp_path / "old.duckdb"

    def build(con: duckdb.DuckDBPyConnection) -> None:
        db.create_schema(con, datetime(2024, 1, 1))
        con.execute("update schema_version set version = version + 1")

    db.publish_new(path, build)
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    at = open_app("en")
    assert [e.value for e in at.error] == [translate("error.db_schema.title", "en")]
    assert any("schema version" in c.value for c in at.caption)


# ------------------------------------------------------------------ the loader replaces the file


def test_a_replaced_file_is_reopened_and_shows_the_new_figures(
    small_db, tmp_path, monkeypatch
) -> None:
    """`beredskap load` swaps in a new file (os.replace): the next run shows its figures."""
    path = tmp_path / "live.duckdb"
    db.copy_database(small_db.path, path)
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    data.close_all()
    label = translate("overview.shortages.label", "sv")
    at = open_app("sv")
    assert metrics(at)[label][0] == fmt.integer(small_db.expected.n_active_shortages, "sv")

    def fewer_shortages(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("delete from shortages where resolved_date is null")

    db.publish_change(path, fewer_shortages)  # a copy, changed, then os.replace
    at.run()
    assert not at.exception
    assert metrics(at)[label][0] == fmt.integer(1, "sv")  # only the one resolved later is left
    data.close_all()


@pytest.mark.parametrize("lang", LANGS)
def test_downloads_carry_headers_and_numbers_in_the_chosen_language(lang: str) -> None:
    """Built when clicked (outside the run that knows the language), so it is passed along."""
    frame = pd.DataFrame(
        {"year": [2024], "allocated_sek": [1_234_500], "start": [pd.Timestamp("2026-11-01")]}
    )
    columns = [
        Column("year", "col.year"),
        Column("allocated_sek", "col.allocated_sek", "mnkr"),
        Column("start", "col.start_date", "date"),
    ]
    rows = tables.csv_bytes(frame, columns, lang).decode("utf-8-sig").splitlines()
    money = translate("download.unit_sek", lang, label=translate("col.allocated_sek", lang))
    sep = ";" if lang == "sv" else ","
    assert rows[0] == sep.join(
        [translate("col.year", lang), money, translate("col.start_date", lang)]
    )
    assert rows[1] == sep.join(["2024", "1234500", "2026-11-01"])
    sheet = openpyxl.load_workbook(io.BytesIO(tables.excel_bytes(frame, columns, "x", lang))).active
    assert [c.value for c in sheet[1]][1] == money
    assert [c.value for c in sheet[2]][:2] == [2024, 1234500]
