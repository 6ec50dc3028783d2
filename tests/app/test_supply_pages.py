"""Tillverkning, Substans and Företag through Streamlit's AppTest.

Most tests run on the hand-made supply database of tests/unit/queries/test_supply.py, whose
figures are computed by hand there; one builds the demo database and loads the documented
sites example with `beredskap load sites`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from streamlit.testing.v1 import AppTest

from dash_beredskap import borders, db
from dash_beredskap.cli import cli
from dash_beredskap.ui import data, fmt, map_png, maps
from dash_beredskap.ui.i18n import translate
from tests.app.conftest import open_page
from tests.unit.queries.test_supply import SCORES, fill_supply_db

LANGS = ("sv", "en")
TIMEOUT = 60
MANUFACTURING = "pages/manufacturing.py"
SUBSTANCE = "pages/substance.py"
COMPANIES = "pages/companies.py"
NAMES = {"A": "Propofol", "B": "Ketamin", "C": "Morfin", "D": "Infusionsaggregat"}


@pytest.fixture(scope="module")
def supply_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("supply") / "supply.duckdb"
    db.publish_new(path, fill_supply_db)
    return path


@pytest.fixture()
def supply_db(supply_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BEREDSKAP_DB", str(supply_path))
    data.close_all()
    yield supply_path
    data.close_all()


def decks(at: AppTest) -> list[dict]:
    """Each deck's spec, with the tooltip (Streamlit sends it in a field of its own)."""
    return [
        {**json.loads(el.proto.json), "tooltip": json.loads(el.proto.tooltip or "null")}
        for el in at.get("deck_gl_json_chart")
    ]


def scatter_rows(deck: dict) -> list[dict]:
    """Every drawn dot of a site map, with the layer (site type) it is in."""
    rows = []
    for layer in deck["layers"]:
        if layer["@@type"] == "ScatterplotLayer":
            rows += [{**r, "layer": layer["id"]} for r in layer["data"]]
    return rows


def tip(dot: dict) -> str:
    """The tooltip's text fields of one dot (the template's markup is the deck's)."""
    return " | ".join(str(v) for k, v in dot.items() if k.startswith("t_"))


def plotly_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def texts(at: AppTest) -> str:
    return "\n".join(
        [m.value for m in at.markdown]
        + [c.value for c in at.caption]
        + [w.value for w in at.warning]
        + [i.value for i in at.info]
    )


def column(at: AppTest, index: int, key: str, lang: str = "sv") -> list:
    return at.dataframe[index].value[translate(key, lang)].tolist()


# ------------------------------------------------------------------ Tillverkning: the map


@pytest.mark.parametrize("lang", LANGS)
def test_world_map_shows_every_site_of_the_current_list(supply_db, lang: str) -> None:
    at = open_page(MANUFACTURING, lang)
    (deck,) = decks(at)
    assert deck["mapStyle"] == maps.BLANK_STYLE  # no tile server, no Carto style
    assert deck["layers"][0]["@@type"] == "GeoJsonLayer"  # country borders, a static file
    assert deck["layers"][0]["data"] == borders.url("countries")  # by URL, never inline
    assert len(json.dumps(deck)) < 20_000  # eight dots and their tooltips, nothing more
    dots = scatter_rows(deck)
    assert len(dots) == 8
    by_layer = {}
    for d in dots:
        by_layer[d["layer"]] = by_layer.get(d["layer"], 0) + 1
    assert by_layer == {"sites_api": 5, "sites_fpp": 2, "sites_packaging": 1}
    for layer in deck["layers"][1:]:
        assert layer["radiusUnits"] == "pixels"  # a literal, not a pydeck expression
    assert deck["tooltip"]["html"] == maps.SITE_TIP
    tips = " ".join(tip(d) for d in dots)
    for company in ("Kilo Chem", "Nord Pharma", "Tres Labs"):
        assert company in tips
    country = "Sverige" if lang == "sv" else "Sweden"
    assert f"Umeå, {country}" in tips
    body = texts(at)
    assert "v_site_map" in body and "v_substance_supply" in body
    assert f"**{fmt.integer(8, lang)}**" in body  # the selection sentence
    assert translate("supply.site_type.api", lang) in body  # the legend


def test_filters_come_from_the_url(supply_db) -> None:
    at = open_page(MANUFACTURING, atc="N01", type="api", area="rest")
    assert at.selectbox(key="param_atc").value == "N01"
    assert at.selectbox(key="param_type").value == "api"
    assert at.selectbox(key="param_area").value == "rest"
    dots = scatter_rows(decks(at)[0])
    assert len(dots) == 4  # s1, s2, s3 (A, B in India and China), s6 (B in the US)
    # the table follows the substance filters only: A and B, most vulnerable first
    assert column(at, 0, "col.substance_name") == [NAMES["A"], NAMES["B"]]


def test_a_filter_change_writes_the_url_and_changes_map_and_table(supply_db) -> None:
    at = open_page(MANUFACTURING)
    assert len(column(at, 0, "col.substance_name")) == 4
    at.selectbox(key="param_atc").select("N02").run()
    assert not at.exception
    assert at.query_params["atc"] == "N02"
    assert column(at, 0, "col.substance_name") == [NAMES["C"]]
    assert len(scatter_rows(decks(at)[0])) == 2  # s4 and s7 make morphine
    at.selectbox(key="param_vital").select("yes").run()
    assert at.query_params["vital"] == "yes"
    assert len(scatter_rows(decks(at)[0])) == 1  # only s4 belongs to the flagged company


def test_unknown_values_fall_back_to_the_defaults(supply_db) -> None:
    at = open_page(MANUFACTURING, area="ZZ", type="factory", list="nope", view="moon")
    assert at.selectbox(key="param_area").value == "all"
    assert at.selectbox(key="param_type").value == "all"
    assert at.selectbox(key="param_list").value == "cur"
    for name in ("area", "type", "list", "view"):
        assert name not in at.query_params
    assert len(scatter_rows(decks(at)[0])) == 8


def test_vulnerability_table_shows_the_score_and_its_inputs(supply_db) -> None:
    at = open_page(MANUFACTURING)
    table = at.dataframe[0].value.set_index(translate("col.substance_name", "sv"))
    score = translate("col.vulnerability_score", "sv")
    assert table[score].to_dict() == {
        NAMES[s]: pytest.approx(round(SCORES[s], 1)) for s in ("A", "B", "C", "D")
    }
    assert table.loc[NAMES["A"], translate("col.hhi_api", "sv")] == pytest.approx(5 / 9)
    assert table.loc[NAMES["A"], translate("col.top_api_country", "sv")] == "Indien"
    assert table.loc[NAMES["D"], translate("col.source_stage", "sv")] == translate(
        "supply.stage.fpp", "sv"
    )
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count(translate("download.csv", "sv")) == 2  # vulnerability, shortages
    assert "0,35" in texts(at)  # the formula, in the method text on the page


def test_focus_narrows_the_table(supply_db) -> None:
    at = open_page(MANUFACTURING, focus="high")
    assert column(at, 0, "col.substance_name") == [NAMES["A"], NAMES["D"], NAMES["C"]]
    at = open_page(MANUFACTURING, focus="shortage")
    assert column(at, 0, "col.substance_name") == [NAMES["B"]]


@pytest.mark.parametrize("lang", LANGS)
def test_nordic_view_zooms_and_lists_capacity_and_gaps(supply_db, lang: str) -> None:
    at = open_page(MANUFACTURING, lang, view="nordic")
    (deck,) = decks(at)
    assert deck["initialViewState"]["zoom"] == maps.VIEWS["nordic"]["zoom"]
    highlight = [layer for layer in deck["layers"] if layer["id"] == "highlight"]
    assert highlight[0]["data"] == borders.url("nordic")  # by URL: the borders are not sent
    capacity, gaps = at.dataframe[0].value, at.dataframe[1].value
    names = {"sv": NAMES, "en": {"A": "Propofol", "C": "Morphine", "D": "Infusion set"}}[lang]
    # made in the Nordics first (D, A); C, only packed in Oslo, last and on the gap list too
    assert capacity[translate("col.substance_name", lang)].tolist() == [
        names["D"],
        names["A"],
        names["C"],
    ]
    assert capacity[translate("col.n_sites_se", lang)].tolist() == [2, 1, 0]
    assert capacity[translate("col.nordic_role", lang)].tolist()[-1] == translate(
        "supply.nordic.role.packs_only", lang
    )
    assert gaps[translate("col.substance_name", lang)].tolist() == (
        [names["C"], NAMES["B"]] if lang == "sv" else [names["C"], "Ketamine"]
    )
    body = texts(at)
    assert f"**{fmt.integer(2, lang)}**" in body  # two of four are made in the Nordics
    # the gap list by step: no Nordic API site (A is only finished in Sweden)
    at = open_page(MANUFACTURING, lang, view="nordic", gap_step="api")
    assert at.dataframe[1].value[translate("col.substance_name", lang)].tolist()[0] == names["A"]
    assert not at.get("plotly_chart")  # the world's choropleth is not part of this view


def test_choropleth_sites_and_api_share(supply_db) -> None:
    at = open_page(MANUFACTURING)
    (choropleth,) = plotly_specs(at)
    trace = choropleth["data"][-1]
    z = dict(zip(trace["locations"], trace["z"], strict=True))
    assert z["IN"] == pytest.approx(0.47712125)  # log10(1 + 2 sites)
    assert z["FR"] == 0  # a country with no site is drawn, lightest
    assert "pydeck" not in json.dumps(choropleth)
    assert choropleth["layout"]["map"]["style"] == "white-bg"  # offline MapLibre style
    at = open_page(MANUFACTURING, measure="api_share")
    trace = plotly_specs(at)[0]["data"][-1]
    z = dict(zip(trace["locations"], trace["z"], strict=True))
    assert z["IN"] == pytest.approx(40.0) and z["US"] == pytest.approx(20.0)


def test_a_large_selection_is_drawn_as_cells_and_says_so(supply_db, monkeypatch) -> None:
    monkeypatch.setattr(maps, "POINT_LIMIT", 3)
    at = open_page(MANUFACTURING)
    dots = scatter_rows(decks(at)[0])
    assert len(dots) == 8  # eight one-degree cells: every site is still on the map
    (note,) = at.warning
    assert fmt.integer(8, "sv") in note.value and fmt.integer(3, "sv") in note.value
    assert all("tillverkningsställ" in tip(d) for d in dots)  # "1 tillverkningsställe"
    assert decks(at)[0]["tooltip"]["html"] == maps.CELL_TIP


def test_the_substance_filter_links_to_the_substance_page(supply_db) -> None:
    at = open_page(MANUFACTURING, substance="B")
    links = {link.proto.label: link.proto for link in at.get("page_link")}
    link = links[translate("supply.link.substance", "sv")]
    assert link.page.endswith("substance")
    assert "substance=B" in link.query_string


# ------------------------------------------------------------------ Substans


@pytest.mark.parametrize("lang", LANGS)
def test_substance_page_shows_the_whole_chain(supply_db, lang: str) -> None:
    at = open_page(SUBSTANCE, lang, substance="A")
    assert at.selectbox(key="param_substance").value == "A"
    assert at.header[0].value == "Propofol · N01AX10"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[translate("col.vulnerability_score", lang)] == fmt.number(
        round(SCORES["A"], 1), 1, lang
    )
    assert metrics[translate("col.n_source_sites", lang)] == fmt.integer(3, lang)
    # K1 alone, its weight split over IN, IN, CN: the score's HHI by supplier
    assert metrics[translate("col.hhi_supply", lang)] == fmt.number(5 / 9, 2, lang)
    score, cover = plotly_specs(at)
    points = score["data"][1]["x"]
    assert sum(points) == pytest.approx(SCORES["A"], abs=0.05)  # the parts add up
    bars = dict(zip(cover["data"][0]["y"], cover["data"][0]["x"], strict=True))
    assert bars["Stockholm"] == pytest.approx(40) and bars["Jönköpings län"] == pytest.approx(10)
    assert cover["data"][0]["text"][-1] == translate("coverage.no_report", lang)  # Skåne
    (deck,) = decks(at)
    assert len(scatter_rows(deck)) == 4  # s1, s2, s3 (API) and s5 (finished product)
    countries, companies, shortages, alternatives = (d.value for d in at.dataframe)
    assert len(countries) == 3 and len(companies) == 2
    assert companies[translate("col.is_sole_source", lang)].tolist() == [True, False]
    assert len(shortages) == 1
    assert alternatives[translate("col.substance_name", lang)].tolist() == [
        "Ketamin" if lang == "sv" else "Ketamine"
    ]


def test_substance_page_defaults_to_the_most_vulnerable_on_the_list(supply_db) -> None:
    at = open_page(SUBSTANCE)
    assert at.selectbox(key="param_substance").value == "A"  # 74.4, the highest on "cur"
    assert at.header[0].value.startswith("Propofol")


def test_substance_without_alternatives_or_shortages_says_so(supply_db) -> None:
    at = open_page(SUBSTANCE, "en", substance="D")
    body = texts(at)
    assert translate("substance.alternatives.none", "en") in body
    assert translate("substance.shortages.none", "en") in body


# ------------------------------------------------------------------ Företag


@pytest.mark.parametrize("lang", LANGS)
def test_companies_ranking_and_detail(supply_db, lang: str) -> None:
    at = open_page(COMPANIES, lang)
    ranking = at.dataframe[0].value
    assert ranking[translate("col.company_name", lang)].tolist() == [
        "Nord Pharma",
        "Kilo Chem",
        "Tres Labs",
    ]
    assert ranking[translate("col.n_sole_source", lang)].tolist() == [2, 1, 0]
    assert ranking[translate("col.is_sole_source_unflagged", lang)].tolist() == [
        False,
        True,
        False,
    ]
    assert f"**{fmt.integer(1, lang)}**" in texts(at)  # one sole source without the flag
    # the detail defaults to the top of the ranking
    assert at.selectbox(key="param_company").value == "K2"
    assert len(scatter_rows(decks(at)[0])) == 3
    items = at.dataframe[1].value
    assert items[translate("col.is_sole_source", lang)].tolist() == [True, True, False, False]


def test_companies_filter_and_choice_come_from_the_url(supply_db) -> None:
    at = open_page(COMPANIES, show="unflagged", company="K3")
    assert column(at, 0, "col.company_name") == ["Kilo Chem"]
    cities = " ".join(tip(d) for d in scatter_rows(decks(at)[0]))
    assert "Boston" in cities and "Oslo" in cities


def test_the_company_search_narrows_the_picker(supply_db) -> None:
    at = open_page(COMPANIES, company="K3")
    assert at.selectbox(key="param_company").options == [
        "Nord Pharma · K2",
        "Kilo Chem · K1",
        "Tres Labs · K3",
    ]
    at.text_input(key="company_search").input("kilo").run()
    # the match, the default (top of the ranking) and the company open now (from the URL)
    assert at.selectbox(key="param_company").options == [
        "Kilo Chem · K1",
        "Nord Pharma · K2",
        "Tres Labs · K3",
    ]
    assert at.selectbox(key="param_company").value == "K3"
    at.text_input(key="company_search").input("zzz").run()
    assert translate("companies.detail.search_none", "sv") in texts(at)


# ------------------------------------------------------------------ a loaded sites file


@pytest.fixture(scope="module")
def demo_with_example_sites(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("loaded") / "demo.duckdb"
    db.copy_database(demo_file, path)
    runner = CliRunner()
    example = db.PROJECT_ROOT / "data" / "examples" / "sites.csv"
    loaded = runner.invoke(cli, ["load", "sites", str(example), "--db", str(path)])
    assert loaded.exit_code == 0, loaded.output
    return path


def test_loaded_sites_are_on_the_map(demo_with_example_sites, monkeypatch) -> None:
    monkeypatch.setenv("BEREDSKAP_DB", str(demo_with_example_sites))
    data.close_all()
    try:
        at = open_page(MANUFACTURING, substance="N05CD08")
        tips = [tip(d) for d in scatter_rows(decks(at)[0])]
        assert any("Example Actives Ltd" in t and "Hyderabad" in t for t in tips)
        assert any("Example Actives Ltd" in t and "Pune" in t for t in tips)
        at = open_page(MANUFACTURING, area="SE", vital="yes")
        tips = [tip(d) for d in scatter_rows(decks(at)[0])]
        assert any("Exempel Pharma AB" in t and "Uppsala" in t for t in tips)
    finally:
        data.close_all()


@pytest.fixture()
def services_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The supply database with a distributor (K4, no site) flagged for its service."""

    def fill(con) -> None:
        fill_supply_db(con)
        con.execute(
            "insert into company_services values "
            "('K4','Fyra Logistik','SE','distribution','Partihandel',true)"
        )
        db.refresh_derived(con)  # as the loader does after a change

    path = tmp_path / "services.duckdb"
    db.publish_new(path, fill)
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    data.close_all()
    yield path
    data.close_all()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_companies_page_shows_goods_and_services(services_db, lang: str) -> None:
    at = open_page(COMPANIES, lang, company="K4")
    ranking = at.dataframe[0].value.set_index(translate("col.company_name", lang))
    assert ranking.loc["Fyra Logistik", translate("col.is_vital_services", lang)]
    assert not ranking.loc["Fyra Logistik", translate("col.is_vital_goods", lang)]
    assert ranking.loc["Nord Pharma", translate("col.is_vital_goods", lang)]
    assert ranking.loc["Fyra Logistik", translate("col.services", lang)] == translate(
        "companies.service.distribution", lang
    )
    body = texts(at)
    assert translate("companies.detail.no_sites", lang) in body  # a service company: no map


def test_site_maps_offer_a_png_drawn_when_clicked(supply_db, files) -> None:
    """Tillverkning and Substans: a "PNG" button under the site map; its deferred file (built
    as a click would) is a PNG of the map's size."""
    for page, params in ((MANUFACTURING, {}), (SUBSTANCE, {"substance": "A"})):
        at = open_page(page, **params)
        (button,) = [b for b in at.get("download_button") if b.proto.label == "PNG"]
        build, name = files[button.proto.deferred_file_id]
        assert name.endswith(".png")
        image = Image.open(io.BytesIO(build()))
        assert image.format == "PNG" and image.size == map_png.SIZE
