"""The scenario page's queries (sql/queries/scenarios/) on the small database plus a few sites,
companies and saved scenarios: each checked against the rows put in here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import SNAPSHOT, stock_as_table

from dash_beredskap import db, queries
from dash_beredskap.queries import binder

EARLIER = date(2026, 9, 1)


def _add(con: duckdb.DuckDBPyConnection) -> None:
    """Three companies (Tom AB without sites), three sites, four links, three saved scenarios
    (one without disruptions) and an older stock report for region 01."""
    con.execute(
        "insert into companies values ('K1','Indo AB','IN',false),('K2','Ita','IT',true),"
        "('K3','Tom AB','SE',false)"
    )
    con.execute(
        "insert into sites values ('s1','K1','api','IN','Pune',18,73,1),"
        "('s2','K2','api','IT','Milano',45,9,null),('s3','K2','fpp','SE','Umeå',63,20,2)"
    )
    con.execute(
        "insert into site_substances values ('s1','N01AX10'),('s2','N01AX03'),"
        "('s1','N01AX03'),('s3','N01AX10')"
    )
    con.execute(
        "insert into scenarios values "
        "('egen','Egen','',TIMESTAMP '2026-10-02',false),"
        "('exempel-1','Exempel','Text',TIMESTAMP '2026-10-03',true),"
        "('b-annan','Annan','',TIMESTAMP '2026-10-01',false)"
    )
    con.execute(
        "insert into scenario_disruptions values "
        "('exempel-1',2,'region_stock','06',DATE '2026-12-01',30,0.5,1),"
        "('exempel-1',1,'country','IN',DATE '2026-12-01',90,1,1),"
        "('b-annan',1,'company','K2',DATE '2027-01-01',10,1,1)"
    )
    stock_as_table(con)
    con.execute(
        "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
        "daily_consumption) values (?, '01', 'N01AX10', 999, 1)",
        [EARLIER],
    )
    db.refresh_derived(con)


@pytest.fixture()
def con(small_db: Path):
    db.publish_change(small_db, _add)
    connection = db.connect_read_only(small_db)
    yield connection
    connection.close()


def rows(frame: pd.DataFrame) -> list[tuple]:
    """The frame's rows with NaN/NA as None (so expected rows can be written plainly)."""
    return list(frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None))


def test_stages_count_every_site_of_each_item_and_stage(con) -> None:
    """s1 (IN, capacity 1) makes both items' API; s2 (IT, capacity unknown: weighs 1) makes
    N01AX03's API; s3 (SE, capacity 2) makes N01AX10's finished product."""
    frame = queries.scenarios.scenario_stages(con)
    assert rows(frame) == [
        ("N01AX03", "api", 2, 2, 2.0, 1.0, 1),
        ("N01AX10", "api", 1, 1, 1.0, 1.0, 1),
        ("N01AX10", "fpp", 1, 1, 2.0, 2.0, 1),
    ]


def test_hits_group_the_stopped_sites_by_the_disruptions_that_stop_them(con) -> None:
    """Disruption 0 stops India (s1), 1 the company K2 (s2, s3), 2 is a stock loss (stops no
    site), 3 the site s3: s3 is stopped by 1 and 3 (mask 0b1010), counted once."""
    kinds = ["country", "company", "region_stock", "site"]
    frame = queries.scenarios.scenario_supply_hits(con, kinds, ["IN", "K2", "06", "s3"])
    assert rows(frame) == [
        ("N01AX03", "api", 1, 1, 1, 1.0, 1.0, 1),
        ("N01AX03", "api", 2, 1, 1, 1.0, 0.0, 0),
        ("N01AX10", "api", 1, 1, 1, 1.0, 1.0, 1),
        ("N01AX10", "fpp", 10, 1, 1, 2.0, 2.0, 1),
    ]


@pytest.mark.parametrize(
    ("group", "sites"),
    [
        ("non_eu_eea", {"s1"}),
        ("eu_eea", {"s2", "s3"}),
        ("nordic", {"s3"}),
        ("non_nordic", {"s1", "s2"}),
    ],
)
def test_a_country_group_stops_the_sites_of_its_countries(con, group, sites) -> None:
    frame = queries.scenarios.scenario_supply_hits(con, ["country_group"], [group])
    made = {"s1": 2, "s2": 1, "s3": 1}  # links per site
    assert int(frame["n_sites"].sum()) == sum(made[s] for s in sites)
    assert set(frame["mask"]) == {1}


def test_no_disruption_stops_nothing(con) -> None:
    assert queries.scenarios.scenario_supply_hits(con, [], []).empty


def test_stock_is_the_latest_month_only(con) -> None:
    """The latest month's stock: region 01 did not report in October, so its September report
    (60 days old at the month's end, within the 92-day limit) is its latest (issue 13 defect 4:
    each region's latest report as of the month)."""
    frame = queries.scenarios.scenario_stock(con)
    assert rows(frame[["region_code", "substance_id", "quantity", "daily_consumption"]]) == [
        ("01", "N01AX10", 999.0, 1.0),
        ("06", "C01CA24", 10.0, 1.0),
        ("06", "N01AX10", 400.0, 10.0),
        ("06", "N02AA01", 150.0, 5.0),
    ]
    assert set(frame["snapshot_date"].dt.date) == {SNAPSHOT, EARLIER}


@pytest.mark.parametrize(("lang", "ketamine"), [("sv", "Ketamin"), ("en", "Ketamine")])
def test_items_are_named_in_the_language_with_atc_and_the_current_list(con, lang, ketamine):
    frame = queries.scenarios.scenario_items(con, lang).set_index("substance_id")
    assert len(frame) == 6 and frame["is_priority"].all()
    assert frame.loc["N01AX03", "substance_name"] == ketamine
    assert tuple(frame.loc["N01AX03", ["atc_code", "atc_l4", "category"]]) == (
        "N01AX03",
        "N01AX",
        "medicine",
    )
    assert frame.loc["MT-001", "category"] == "device"
    assert list(frame.index) == sorted(frame.index)


def test_saved_scenarios_examples_first_then_oldest_with_their_disruptions(con) -> None:
    frame = queries.scenarios.saved_scenarios(con)
    assert rows(frame[["scenario_id", "is_example", "n_disruptions"]]) == [
        ("exempel-1", True, 2),
        ("b-annan", False, 1),
        ("egen", False, 0),
    ]


def test_saved_disruptions_are_in_scenario_order(con) -> None:
    frame = queries.scenarios.saved_scenario_disruptions(con)
    assert rows(frame[["scenario_id", "seq", "kind", "target", "duration_days", "share"]]) == [
        ("b-annan", 1, "company", "K2", 10, 1.0),
        ("exempel-1", 1, "country", "IN", 90, 1.0),
        ("exempel-1", 2, "region_stock", "06", 30, 0.5),
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "sv",
            [("IN", "Indien", 1), ("IT", "Italien", 1), ("CN", "Kina", 0), ("SE", "Sverige", 1)],
        ),
        ("en", [("CN", "China", 0), ("IN", "India", 1), ("IT", "Italy", 1), ("SE", "Sweden", 1)]),
    ],
)
def test_countries_by_name_in_the_language_with_their_sites(con, lang, expected) -> None:
    frame = queries.scenarios.scenario_country_options(con, lang)
    assert rows(frame[["country_iso2", "country_name", "n_sites"]]) == expected
    assert rows(frame.loc[frame["country_iso2"] == "SE", ["is_eu_eea", "is_nordic"]]) == [
        (True, True)
    ]


def test_companies_count_their_sites_and_distinct_items(con) -> None:
    frame = queries.scenarios.scenario_company_search(con, "", 50)
    assert rows(frame) == [
        ("K1", "Indo AB", 1, 2),
        ("K2", "Ita", 2, 2),  # N01AX03 (Milano) and N01AX10 (Umeå)
        ("K3", "Tom AB", 0, 0),
    ]


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [("ab", 50, ["K1", "K3"]), ("AB", 1, ["K1"]), ("k2", 50, ["K2"]), ("zz", 50, [])],
)
def test_the_company_search_matches_name_or_id_in_any_case_up_to_the_limit(
    con, text, limit, expected
) -> None:
    frame = queries.scenarios.scenario_company_search(con, text, limit)
    assert list(frame["company_id"]) == expected


@pytest.mark.parametrize(("lang", "sweden"), [("sv", "Sverige"), ("en", "Sweden")])
def test_sites_with_company_place_and_country_in_the_language(con, lang, sweden) -> None:
    frame = queries.scenarios.scenario_site_search(con, "", 50, lang)
    assert rows(frame)[2] == ("s3", "Ita", "fpp", "Umeå", sweden)
    assert list(frame["site_id"]) == ["s1", "s2", "s3"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("umeå", "sv", ["s3"]),  # the city
        ("indien", "sv", ["s1"]),  # the country, in Swedish
        ("india", "en", ["s1"]),  # ... and in English
        ("ITA", "sv", ["s2", "s3"]),  # the company, any case
        ("S2", "sv", ["s2"]),  # the id
    ],
)
def test_the_site_search_matches_id_company_city_or_country(con, text, lang, expected) -> None:
    assert list(queries.scenarios.scenario_site_search(con, text, 50, lang)["site_id"]) == expected
    assert len(queries.scenarios.scenario_site_search(con, "", 2, lang)) == 2  # the limit


def test_target_names_only_for_the_ids_asked_that_exist(con) -> None:
    frame = queries.scenarios.scenario_target_names(con, ["K2", "K9"], ["s1", "nope"], "en")
    assert rows(frame) == [
        ("company", "K2", "Ita", None, None, None),
        ("site", "s1", "Indo AB", "api", "Pune", "India"),
    ]
    assert queries.scenarios.scenario_target_names(con, [], [], "sv").empty


def test_no_query_of_the_area_scans_the_stock_table() -> None:
    """The page reads the month-end table (v_region_coverage_monthly), never the raw stock."""
    for name in (
        "scenario_stages",
        "scenario_supply_hits",
        "scenario_stock",
        "scenario_items",
        "saved_scenarios",
        "saved_scenario_disruptions",
        "scenario_country_options",
        "scenario_company_search",
        "scenario_site_search",
        "scenario_target_names",
    ):
        text = binder.query_text(f"scenarios/{name}")
        assert "stock_snapshots" not in text, name
