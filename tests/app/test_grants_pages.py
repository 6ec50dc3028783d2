"""The grant pages through Streamlit's AppTest on the small database of conftest.py.

Its grant figures (conftest.Expected.grants_by_region) are computed straight from the base
tables, so the figures on screen are checked against an independent sum. Its one agreement
to the regions is allocated 1 050 MSEK of a 1 000 MSEK total: the reconciliation must say so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from dash_beredskap import db
from dash_beredskap.cli import cli
from dash_beredskap.ui import data, fmt
from dash_beredskap.ui.grants.charts import short_instrument_name
from dash_beredskap.ui.i18n import translate
from tests.app.conftest import REGIONS, open_page

LANGS = ("sv", "en")
TIMEOUT = 60
GRANTS, REGION, DEADLINES = "pages/grants.py", "pages/grant_region.py", "pages/grant_deadlines.py"
MONEY = ("col.allocated_sek", "col.requisitioned_sek", "col.used_sek", "col.repaid_sek")


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def plotly_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def totals(expected) -> list[int]:
    return [sum(v[i] for v in expected.grants_by_region.values()) for i in range(4)]


# ------------------------------------------------------------------ Statsbidrag


@pytest.mark.parametrize("lang", LANGS)
def test_headline_money_equals_the_base_tables(app_db, lang: str) -> None:
    at = open_page(GRANTS, lang)
    shown = metrics(at)
    for key, sek in zip(MONEY, totals(app_db.expected), strict=True):
        assert shown[translate(key, lang)] == fmt.mnkr(sek, lang=lang)
    assert [t.value for t in at.title] == [translate("grants.title", lang)]


def test_every_figure_names_its_view(app_db) -> None:
    body = captions(open_page(GRANTS, "sv"))
    for view in (
        "v_grant_ledger",
        "v_grant_region_totals",
        "v_grant_instruments",
        "v_grant_allocation_key",
        "v_grant_reconciliation",
    ):
        assert view in body, view


@pytest.mark.parametrize("lang", LANGS)
def test_reconciliation_badge_and_table(app_db, lang: str) -> None:
    at = open_page(GRANTS, lang)
    badge = f":red-badge[:material/warning: {translate('grants.recon.badge_problem', lang)}]"
    assert badge in markdown(at)
    recon = at.dataframe[2].value
    assert recon[translate("grants.col.rule", lang)].tolist() == [
        translate("grants.rule.allocations_not_total", lang)
    ]
    # conftest allocates 40 + i MSEK to the i-th of 21 regions: 1 050 MSEK of 1 000 MSEK
    assert recon[translate("grants.col.amount_sek", lang)].tolist() == [1_050_000_000]
    assert recon[translate("grants.col.limit_sek", lang)].tolist() == [1_000_000_000]


def test_demo_badges_where_synthetic_money_is_shown(app_db) -> None:
    at = open_page(GRANTS, "sv")
    badge = f":orange-badge[:material/science: {translate('badge.demo', 'sv')}]"
    # top, timeline, per-region pair, ledger (the key and the instruments are real facts)
    assert sum(1 for m in markdown(at) if m == badge) >= 4


def test_timeline_is_stacked_per_measure_and_sums_to_the_totals(app_db) -> None:
    timeline = plotly_specs(open_page(GRANTS, "en"))[0]
    assert timeline["layout"]["barmode"] == "stack"
    by_axis: dict[str, float] = {}
    for trace in timeline["data"]:
        if trace["type"] == "bar":
            by_axis[trace.get("yaxis", "y")] = by_axis.get(trace.get("yaxis", "y"), 0) + sum(
                trace["y"]
            )
    # one panel (y axis) per measure, in the order allocated, requisitioned, used, repaid
    got = [by_axis.get(axis, 0) for axis in ("y", "y2", "y3", "y4")]
    assert got == pytest.approx([sek / 1e6 for sek in totals(app_db.expected)])
    titles = [a["text"] for a in timeline["layout"]["annotations"]]
    assert titles == [translate(k, "en") for k in MONEY]


def test_measure_comes_from_the_url_and_a_bad_one_falls_back(app_db) -> None:
    at = open_page(GRANTS, "sv", measure="used")
    assert at.selectbox[0].value == "used"
    per_inhabitant = plotly_specs(at)[2]["data"][0]
    assert per_inhabitant["hovertemplate"] == "%{customdata}<extra></extra>"
    assert translate("col.used_sek", "sv") in per_inhabitant["customdata"][0]
    at = open_page(GRANTS, "sv", measure="stolen")
    assert at.selectbox[0].value == "allocated"
    assert "measure" not in at.query_params


def test_choosing_a_measure_writes_the_url(app_db) -> None:
    at = open_page(GRANTS, "en")
    at.selectbox[0].select("repaid").run()
    assert not at.exception
    assert at.query_params["measure"] == "repaid"


def test_instrument_table_and_key(app_db) -> None:
    at = open_page(GRANTS, "en", instrument="g1")
    instruments = at.dataframe[0].value
    assert instruments[translate("col.instrument_name", "en")].tolist() == [
        "Agreement 2024",
        "SKR share 2024",
    ]
    assert instruments[translate("grants.col.total_sek", "en")].tolist() == [
        1_000_000_000,
        2_000_000,
    ]
    key = at.dataframe[1].value
    assert len(key) == 21
    assert at.selectbox[1].value == "g1"


# ------------------------------------------------------------------ Statsbidrag per region


@pytest.mark.parametrize("lang", LANGS)
def test_region_figures_equal_the_base_tables(app_db, lang: str) -> None:
    at = open_page(REGION, lang, region="12")
    shown = metrics(at)
    for key, sek in zip(MONEY, app_db.expected.grants_by_region["12"], strict=True):
        assert shown[translate(key, lang)] == fmt.mnkr(sek, lang=lang)
    assert "Region Skåne" in [h.value for h in at.subheader]
    body = captions(at)
    for view in ("v_grant_region_totals", "v_grant_use", "v_region_costs", "v_grant_deadlines"):
        assert view in body, view
    assert "v_region_coverage_summary" in body


def test_choosing_a_region_updates_the_drill_down(app_db) -> None:
    at = open_page(REGION, "sv")
    assert at.selectbox[0].value == "01"
    at.selectbox[0].select("12").run()
    assert not at.exception
    assert at.query_params["region"] == "12"
    assert "Region Skåne" in [h.value for h in at.subheader]
    allocated = metrics(at)[translate("col.allocated_sek", "sv")]
    assert allocated == fmt.mnkr(app_db.expected.grants_by_region["12"][0], lang="sv")


def test_unknown_region_falls_back_to_the_first(app_db) -> None:
    at = open_page(REGION, "sv", region="SKR")
    assert at.selectbox[0].value == "01"
    assert "region" not in at.query_params


# ------------------------------------------------------------------ tidsfrister


def deadline_counts(at: AppTest, lang: str) -> list[str]:
    shown = metrics(at)
    return [shown[translate(f"grants.status.{s}", lang)] for s in ("done", "due", "overdue")]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # requisitions were all made on 2024-11-01; use and repayment still open
        ("2025-01-10", ["21", "42", "0"]),
        # after the repayment deadline: Stockholm repaid its 10 MSEK unused, Skåne 2,5 of
        # 14,5 MSEK, the other 19 nothing
        ("2026-04-01", ["43", "0", "20"]),
    ],
)
def test_deadline_status_as_of_a_date_in_the_url(app_db, as_of: str, expected) -> None:
    at = open_page(DEADLINES, "sv", asof=as_of)
    assert at.date_input[0].value == date.fromisoformat(as_of)
    assert deadline_counts(at, "sv") == expected
    assert "v_grant_deadlines" in captions(at)


def test_deadlines_default_to_today(app_db) -> None:
    at = open_page(DEADLINES, "en")
    assert at.date_input[0].value == date.today()
    assert "asof" not in at.query_params


# ------------------------------------------------------------------ a new agreement, as data


@pytest.fixture()
def db_with_example_agreement(app_db, tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """The small database plus the 2026 example agreement, loaded with `beredskap load`."""
    path = tmp_path / "with_example.duckdb"
    db.copy_database(app_db.path, path)
    for dataset in ("grant-instruments", "grant-allocations", "grant-use"):
        file = db.DATA_DIR / "examples" / f"{dataset}.csv"
        result = CliRunner().invoke(cli, ["load", dataset, str(file), "--db", str(path)])
        assert result.exit_code == 0, result.output
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    data.close_all()
    yield path
    data.close_all()


def test_a_loaded_agreement_appears_with_no_code_change(db_with_example_agreement) -> None:
    at = open_page(GRANTS, "sv")
    name = "Exempel: överenskommelse om försörjningsberedskap för läkemedel 2026 (inte verklig)"
    instruments = at.dataframe[0].value
    assert (
        short_instrument_name(name) in instruments[translate("col.instrument_name", "sv")].tolist()
    )
    timeline = plotly_specs(at)[0]
    assert short_instrument_name(name) in {tr.get("name") for tr in timeline["data"]}
    # the newest split by population is the default key
    assert at.selectbox[1].value == "exempel2026_lakemedel"


@pytest.fixture()
def db_without_grants(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """The 21 regions and nothing else: a database before any grant is loaded."""
    path = tmp_path / "no_grants.duckdb"

    def build(con) -> None:
        db.create_schema(con, datetime(2026, 11, 1))
        con.executemany(
            "insert into regions values (?, ?, ?, ?)",
            [(code, name, name, f"SE-{code}") for code, name in REGIONS],
        )
        db.refresh_derived(con)

    db.publish_new(path, build)
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    data.close_all()
    yield path
    data.close_all()


@pytest.mark.parametrize("page", [GRANTS, REGION, DEADLINES])
def test_pages_explain_an_empty_database(db_without_grants, page: str) -> None:
    at = open_page(page, "en")
    assert not at.error
    assert at.info, "an empty page must say why it is empty"


# ------------------------------------------------------------------ issue 12, point 6: computed


@pytest.fixture()
def db_with_computed_allocations(app_db, tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """The small database with its allocations recorded as computed (as the demo's are)."""
    path = tmp_path / "computed.duckdb"
    db.copy_database(app_db.path, path)
    con = duckdb.connect(str(path))
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, is_computed, source, "
        "licence, loaded_at, n_rows) values (9, 'grant-allocations', 'Medel per region', false, "
        "true, 'Beräknat efter folkmängd 2023-12-31', 'CC0', TIMESTAMP '2026-11-01 10:00', 3)"
    )
    con.close()
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    data.close_all()
    yield path
    data.close_all()


@pytest.mark.parametrize("lang", LANGS)
def test_computed_allocations_say_computed_not_real(db_with_computed_allocations, lang) -> None:
    badge = f":blue-badge[:material/calculate: {translate('grants.badge.computed', lang)}]"
    for page in (GRANTS, REGION):
        assert badge in markdown(open_page(page, lang)), page
    sources = open_page("pages/about.py", lang).dataframe[0].value
    kinds = dict(
        zip(
            sources[translate("col.dataset", lang)],
            sources[translate("col.data_kind", lang)],
            strict=True,
        )
    )
    assert kinds["grant-allocations"] == translate("about.kind.computed", lang)
    assert kinds["grant-instruments"] == translate("about.kind.real", lang)


def test_real_allocations_carry_no_computed_badge(app_db) -> None:
    badge = f":blue-badge[:material/calculate: {translate('grants.badge.computed', 'sv')}]"
    assert badge not in markdown(open_page(GRANTS, "sv"))


# ------------------------------------------------------------------ issue 12, point 10


@pytest.fixture()
def db_with_assignments(app_db, tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """The small database plus the manufacturing-preparedness assignment's three dates."""
    path = tmp_path / "assignments.duckdb"
    db.copy_database(app_db.path, path)
    con = duckdb.connect(str(path))
    for due, kind in (
        ("2025-01-15", "partial"),
        ("2026-01-15", "partial"),
        ("2027-01-15", "final"),
    ):
        con.execute(
            "insert into assignments (assignment_id, title_sv, title_en, responsible, "
            "report_due, report_kind, source) values ('tb', 'Tillverkningsberedskap', "
            "'Manufacturing preparedness', 'Socialstyrelsen och Läkemedelsverket', ?, ?, 'seed')",
            [due, kind],
        )
    con.close()
    monkeypatch.setenv("BEREDSKAP_DB", str(path))
    data.close_all()
    yield path
    data.close_all()


@pytest.mark.parametrize("lang", LANGS)
def test_deadlines_page_shows_every_government_date_on_one_timeline(
    db_with_assignments, lang
) -> None:
    at = open_page(DEADLINES, lang, asof="2026-11-01")
    timeline = plotly_specs(at)[0]
    by_name = {tr["name"]: tr for tr in timeline["data"]}
    assignments = by_name[translate("grants.source_kind.assignment", lang)]
    assert [x[:10] for x in assignments["x"]] == ["2025-01-15", "2026-01-15", "2027-01-15"]
    agreements = by_name[translate("grants.source_kind.agreement", lang)]
    assert len(agreements["x"]) > 0  # the grant deadlines on the same axis
    assert translate("grant_deadlines.government.title", lang) in [s.value for s in at.subheader]


# ------------------------------------------------------------------ issue 12, point 8


@pytest.mark.parametrize("lang", LANGS)
def test_money_and_coverage_are_a_comparison_not_an_effect(app_db, lang: str) -> None:
    at = open_page(REGION, lang)
    assert translate("grant_region.side_by_side.title", lang) in [s.value for s in at.subheader]
    said = captions(at) + "\n".join(markdown(at))
    assert ("En jämförelse, inte en effekt" if lang == "sv" else "A comparison, not an effect") in (
        said
    )
    assert "har köpt" not in said and "bought" not in said  # no causal claim left
    # money (left) and coverage (right) are the first row: the first two charts
    first, second = ([tr.get("name") for tr in spec["data"]] for spec in plotly_specs(at)[:2])
    assert len(first) == 4  # allocated, requisitioned, used, repaid
    assert second[-1] == "Stockholm"  # the region's coverage (beside the national line)
