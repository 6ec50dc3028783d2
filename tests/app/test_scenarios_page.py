"""The scenario page through AppTest on the small hand-made database.

The headline sentence is checked against a count made here from the stock rows in conftest.py
(not through the engine): with every country outside the EU/EEA stopped, substance A (API only
in India and China) has no source and B (API in Italy and India) half its supply. The four
figures are checked against the engine run here on the queries' frames.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap import db, queries
from dash_beredskap import scenarios as sc
from dash_beredskap.ui import data, fmt
from dash_beredskap.ui.i18n import translate
from tests.app.conftest import LATEST, REGIONS, _stock_rows, open_page

LANGS = ("sv", "en")
PAGE = "pages/scenarios.py"
NON_EU = "country_group:non_eu_eea:2026-12-01:60"


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def expected_sentence(lang: str, pressure: str = "supply_cut") -> str:
    """Independently: regions where A (no supply) or B (half supply) lasts at most 30 days;
    then the regions with no report on the latest date (Norrbotten), counted apart."""
    out = set()
    for day, region, sid, qty, use in _stock_rows():
        if day != LATEST or use == 0:
            continue
        if (sid == "A" and qty / use <= 30) or (sid == "B" and qty / (use * 0.5) <= 30):
            out.add(region)
    n = len(out)
    assert 0 < n < len(REGIONS)
    regions = translate(
        "scenarios.headline.regions",
        lang,
        n=fmt.integer(n, lang),
        days=fmt.integer(30, lang),
    )
    no_source = translate("scenarios.headline.no_source", lang, n="1")
    sentence = translate(
        "scenarios.headline.sentence",
        lang,
        pressure=translate(f"scenarios.pressure.{pressure}", lang),
        no_source=no_source,
        regions=regions,
    )
    reporting = {region for day, region, *_ in _stock_rows() if day == LATEST}
    silent = [code for code, _ in REGIONS if code not in reporting]
    assert silent == ["25"]
    return sentence + " " + translate("scenarios.headline.no_report", lang, n="1")


def engine_figures(path: Path, encoded: str, lang: str) -> dict[str, str]:
    """The four headline figures as the page labels them, from the engine run here."""
    con = db.connect_read_only(path)
    try:
        scenario = sc.Scenario("", sc.decode_disruptions(encoded))
        result = sc.run_scenario(
            scenario,
            queries.scenarios.scenario_stages(con),
            queries.scenarios.scenario_supply_hits(con, *sc.shock_lists(scenario)),
            queries.scenarios.scenario_stock(con),
            queries.scenarios.scenario_items(con, lang),
            [code for code, _ in REGIONS],
            sc.DEFAULT_WITHIN_DAYS,
        )
    finally:
        con.close()
    h = result.headline
    days = fmt.integer(h["within_days"], lang)
    return {
        translate("scenarios.metric.no_source", lang): fmt.integer(h["n_priority_no_source"], lang),
        translate("scenarios.metric.reduced", lang): fmt.integer(h["n_priority_reduced"], lang),
        translate("scenarios.metric.running_out", lang): fmt.integer(
            h["n_priority_running_out"], lang
        ),
        translate("scenarios.metric.regions_within", lang, days=days): fmt.integer(
            h["n_regions_running_out_within"], lang
        ),
    }


@pytest.fixture()
def live_db(small_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of the small database with one saved (example) scenario."""
    path = tmp_path / "live.duckdb"
    db.copy_database(small_db.path, path)

    def change(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(
            "insert into scenarios values "
            "('exempel-test','Utanför EU','Allt utanför EU/EES',TIMESTAMP '2026-11-01',true),"
            "('sverige','Sverige stoppar','',TIMESTAMP '2026-11-02',false)"
        )
        con.execute(
            "insert into scenario_disruptions values "
            "('exempel-test',1,'country_group','non_eu_eea',DATE '2026-12-01',60,1,1),"
            "('sverige',1,'country','SE',DATE '2026-12-01',30,1,1)"
        )

    db.publish_change(path, change)
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    data.close_all()
    yield path
    data.close_all()


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_database_shows_the_builder_and_the_method(app_db, lang: str) -> None:
    at = open_page(PAGE, lang)
    assert [t.value for t in at.title] == [translate("scenarios.title", lang)]
    assert translate("scenarios.empty", lang) in [i.value for i in at.info]
    text = markdown(at)
    assert translate("scenarios.method.body", lang) in text
    assert not at.metric  # no scenario, no figures
    assert not at.button(key="builder_add").disabled
    # the builder's first target: the country with most sites (DE, IN, SE: 2 each; by code)
    assert at.selectbox(key="builder_target_country").value == "DE"


@pytest.mark.parametrize("lang", LANGS)
def test_a_scenario_from_the_url_gives_the_independently_counted_headline(
    app_db, lang: str
) -> None:
    at = open_page(PAGE, lang, d=NON_EU)
    assert f"### {expected_sentence(lang)}" in [m.value for m in at.markdown]
    shown = {m.label: m.value for m in at.metric}
    assert shown[translate("scenarios.metric.no_source", lang)] == "1"  # A
    assert shown[translate("scenarios.metric.reduced", lang)] == "1"  # B
    assert shown == engine_figures(app_db.path, NON_EU, lang)
    assert translate("scenarios.method.body", lang) in markdown(at)
    assert translate("scenarios.method.title", lang) in [s.value for s in at.subheader]
    assert len(at.get("download_button")) == 8  # substances, regions, pairs, alternatives
    # the demo badge: the small database's stock is synthetic
    assert any("Demodata" in m.value or "Demo data" in m.value for m in at.markdown)


@pytest.mark.parametrize(("lang", "january"), [("sv", "januari"), ("en", "January")])
def test_the_timeline_dates_follow_the_language(app_db, lang: str, january: str) -> None:
    """No fixed ISO tick format: plotly writes the dates with the month names of the config's
    locale (Swedish from Babel), as on every other time axis."""
    at = open_page(PAGE, lang, d=NON_EU)
    axis = translate("scenarios.timeline.axis", lang)
    (timeline,) = [
        c
        for c in at.get("plotly_chart")
        if json.loads(c.proto.spec)["layout"].get("xaxis", {}).get("title", {}).get("text") == axis
    ]
    spec = json.loads(timeline.proto.spec)
    assert "tickformat" not in spec["layout"]["xaxis"]
    config = json.loads(timeline.proto.config)
    assert config["locale"] == lang
    assert config["locales"][lang]["format"]["months"][0] == january


def test_a_region_with_no_report_is_its_own_state_in_the_table_and_on_the_map(app_db) -> None:
    """Norrbotten reported nothing on the latest date: it must not look like a region that
    holds (grey, "no priority substance runs out"); it is "no report", listed and drawn apart."""
    at = open_page(PAGE, "en", d=NON_EU)
    assert not at.exception
    regions = next(
        df.value
        for df in at.dataframe
        if translate("col.scenario_region_state", "en") in df.value.columns
    )
    state = dict(
        zip(
            regions[translate("col.scenario_region", "en")],
            regions[translate("col.scenario_region_state", "en")],
            strict=True,
        )
    )
    assert state["Region Norrbotten"] == translate("scenarios.region_state.no_report", "en")
    assert translate("scenarios.region_state.holds", "en") != state["Region Norrbotten"]
    reports = translate("scenarios.headline.reports", "en", no_report="1", partly="0")
    partly = translate("scenarios.headline.reports", "en", no_report="1", partly="1")
    assert reports in markdown(at) or partly in markdown(at)


def test_a_demand_rise_is_built_carried_in_the_url_and_named_in_the_headline(live_db) -> None:
    at = open_page(PAGE, "en", new="1")
    at.selectbox(key="builder_kind").set_value("demand").run()
    assert not at.exception
    at.selectbox(key="builder_target_demand").set_value("all")
    at.number_input(key="builder_factor").set_value(1.5)
    at.number_input(key="builder_days").set_value(60)
    at.button(key="builder_add").click().run()
    assert not at.exception
    assert at.query_params["d"] == "demand:all:2026-12-01:60:1.5"
    headline = next(m.value for m in at.markdown if m.value.startswith("### "))
    assert headline.startswith("### " + translate("scenarios.pressure.demand_rise", "en") + ":")
    assert translate("scenarios.pressure.demand_rise_detail", "en") in markdown(at)
    # with a supply cut added, the headline says both
    at = open_page(PAGE, "en", d=f"{NON_EU},demand:all:2026-12-01:60:1.5")
    assert f"### {expected_sentence('en', 'both')}".split(":")[0] in markdown(at)
    text = markdown(at)
    assert "×1.5" in text  # the disruption line names the factor


@pytest.mark.parametrize(
    ("params", "warning_key"),
    [
        ({"d": "country:XX:2026-12-01:60"}, "scenarios.url_problem"),
        ({"d": "country:IN:2026-12-01"}, "scenarios.url_problem"),
        ({"scenario": "no-such-scenario"}, "scenarios.unknown_saved"),
    ],
)
def test_a_broken_link_is_explained_and_cleaned(app_db, params, warning_key) -> None:
    at = open_page(PAGE, "en", **params)
    assert len(at.warning) == 1
    assert at.warning[0].value.startswith(translate(warning_key, "en").split("{")[0])
    for key in params:
        assert key not in at.query_params


def test_a_saved_scenario_opens_by_id_and_compares_with_another(live_db) -> None:
    at = open_page(PAGE, "sv", scenario="exempel-test", vs="sverige")
    assert at.selectbox(key="param_scenario").value == "exempel-test"
    assert f"### {expected_sentence('sv')}" in [m.value for m in at.markdown]
    text = markdown(at)
    assert "#### A · Utanför EU" in text and "#### B · Sverige stoppar" in text
    # the headline, then side A (the same scenario), then side B (Sweden stops), each side in
    # two columns
    figures = [(m.label, m.value) for m in at.metric]
    side_a = sorted(engine_figures(live_db, NON_EU, "sv").items())
    side_b = sorted(engine_figures(live_db, "country:SE:2026-12-01:30", "sv").items())
    assert sorted(figures[:4]) == side_a
    assert sorted(figures[4:8]) == side_a
    assert sorted(figures[8:]) == side_b
    assert side_a != side_b
    assert len(at.get("download_button")) == 12  # and the comparison: summary, per region


def test_build_add_and_save_through_the_page(live_db) -> None:
    at = open_page(PAGE, "sv", new="1")
    at.selectbox(key="builder_kind").set_value("country_group").run()
    at.selectbox(key="builder_target_country_group").set_value("non_eu_eea")
    at.number_input(key="builder_days").set_value(60)
    at.button(key="builder_add").click().run()
    assert not at.exception
    assert at.query_params["d"] == NON_EU
    assert f"### {expected_sentence('sv')}" in [m.value for m in at.markdown]

    at.text_input(key="save_name").input("Mitt test")
    at.button(key="save_button").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.query_params["scenario"] == "mitt-test"
    assert "d" not in at.query_params
    assert translate("scenarios.save.done", "sv", name="Mitt test") in [s.value for s in at.success]
    assert at.selectbox(key="param_scenario").value == "mitt-test"
    assert f"### {expected_sentence('sv')}" in [m.value for m in at.markdown]
    con = duckdb.connect(str(live_db), read_only=True)
    try:
        rows = con.execute(
            "select kind, target, start_date::varchar, duration_days from scenario_disruptions "
            "where scenario_id = 'mitt-test'"
        ).fetchall()
    finally:
        con.close()
    assert rows == [("country_group", "non_eu_eea", "2026-12-01", 60)]


def test_removing_a_disruption_leaves_an_unsaved_scenario(live_db) -> None:
    at = open_page(PAGE, "en", d=f"{NON_EU},country:SE:2026-12-01:30", name="Two")
    at.button(key="scenario_remove_1").click().run()
    assert at.query_params["d"] == NON_EU
    assert at.query_params["name"] == "Two"


def test_picking_a_saved_scenario_replaces_the_unsaved_one_in_the_url(live_db) -> None:
    at = open_page(PAGE, "en", d=NON_EU, name="Mine")
    picker = at.selectbox(key="param_scenario")
    assert picker.value == "_custom"
    picker.set_value("sverige").run()
    assert not at.exception
    assert at.query_params["scenario"] == "sverige"
    assert not {"d", "name", "new"} & set(at.query_params)
    assert at.selectbox(key="param_scenario").value == "sverige"


def test_a_saved_scenario_in_the_url_wins_over_disruptions(live_db) -> None:
    at = open_page(PAGE, "en", scenario="sverige", d=NON_EU, name="Mine")
    assert at.selectbox(key="param_scenario").value == "sverige"
    assert not {"d", "name"} & set(at.query_params)
    assert not at.warning


@pytest.mark.parametrize("lang", LANGS)
def test_a_site_is_found_by_search_kept_while_searching_on_and_named_once_added(
    live_db, lang: str
) -> None:
    """Sites and companies (100 000 sites at national scale) are searched, not listed whole:
    the list holds the matches only, and the one chosen stays in it under a new search."""
    at = open_page(PAGE, lang, new="1")
    at.selectbox(key="builder_kind").set_value("site").run()
    assert at.text_input(key="builder_search_site").label == translate(
        "scenarios.builder.search_site", lang
    )
    assert at.selectbox(key="builder_target_site").options  # '' lists the first matches
    at.text_input(key="builder_search_site").input("köln").run()
    target = at.selectbox(key="builder_target_site")
    assert [o.rsplit("(", 1)[1].rstrip(")") for o in target.options] == ["s5"]
    target.set_value("s5").run()
    at.text_input(key="builder_search_site").input("UMEÅ").run()
    codes = [
        o.rsplit("(", 1)[1].rstrip(")") for o in at.selectbox(key="builder_target_site").options
    ]
    assert codes == ["s5", "s7"]  # the chosen one kept, then the match
    assert at.selectbox(key="builder_target_site").value == "s5"
    at.text_input(key="builder_search_site").input("nowhere").run()
    assert translate("scenarios.builder.search_none", lang) in [c.value for c in at.caption]
    at.number_input(key="builder_days").set_value(30)
    at.button(key="builder_add").click().run()
    assert not at.exception
    assert at.query_params["d"] == "site:s5:2026-12-01:30"
    line = markdown(at).replace("\\", "")  # markdown escapes taken out
    assert "K2, Köln" in line  # the disruption line names the site's company and city


def test_a_company_is_found_by_search(live_db) -> None:
    at = open_page(PAGE, "en", new="1")
    at.selectbox(key="builder_kind").set_value("company").run()
    at.text_input(key="builder_search_company").input("k1").run()
    assert at.selectbox(key="builder_target_company").value == "K1"  # the only match
    at.button(key="builder_add").click().run()
    assert not at.exception
    assert at.query_params["d"].startswith("company:K1:")
    assert "K1 (K1)" in markdown(at).replace("\\", "")
