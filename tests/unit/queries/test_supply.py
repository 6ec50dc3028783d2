"""The supply pages' queries and views against figures computed by hand, on a tiny database.

Sites (lat, lon; capacity) and what they make; K2 is flagged as of vital importance:

    s1 K1 api       IN Mumbai  (19.0,  72.8; 1)    A, B
    s2 K1 api       IN Pune    (18.5,  73.8; -)    A
    s3 K1 api       CN Wuhan   (30.6, 114.3; 2)    A
    s4 K2 api       IT Milano  (45.5,   9.2; 1)    B, C
    s5 K2 fpp       SE Umeå    (63.8,  20.3; 1)    A, D
    s6 K3 api       US Boston  (42.4, -71.1; 4)    B
    s7 K3 packaging NO Oslo    (59.9,  10.7; 1)    C
    s8 K2 fpp       SE Uppsala (59.9,  17.6; 0.5)  D

A propofol N01AX10, B ketamin N01AX03, C morfin N02AA01 (medicines: source stage API), D an
infusion set (device: source stage finished product), X an antibiotic made nowhere. The
current list 'cur' holds A-D; the old list 'old' holds A and X.
"""

from __future__ import annotations

import inspect
import re
from datetime import date, datetime

import duckdb
import pandas as pd
import pytest

from dash_beredskap import db, queries
from dash_beredskap.queries import binder
from dash_beredskap.queries.supply import SupplySelection
from dash_beredskap.ui import maps

LATEST = date(2026, 11, 1)
SQUARE = (
    '{{"type":"Polygon","coordinates":[[[{x},{y}],[{x1},{y}],[{x1},{y1}],[{x},{y1}],[{x},{y}]]]}}'
)


def _square(x: float, y: float) -> str:
    return SQUARE.format(x=x, y=y, x1=x + 1, y1=y + 1)


def fill_supply_db(con: duckdb.DuckDBPyConnection) -> None:
    """The database described at the top of this file (also used by tests/app)."""
    db.create_schema(con, datetime(2026, 11, 1))
    con.execute(
        "insert into regions values ('01','Region Stockholm','Stockholms län','SE-AB'),"
        "('03','Region Uppsala','Uppsala län','SE-C'),"
        "('06','Region Jönköpings län','Jönköpings län','SE-F'),"
        "('12','Region Skåne','Skåne län','SE-M')"
    )
    con.execute(
        "insert into countries values "
        "('IN','IND','Indien','India','Asia',false,false,0,0),"
        "('CN','CHN','Kina','China','Asia',false,false,0,0),"
        "('IT','ITA','Italien','Italy','Europe',true,false,0,0),"
        "('SE','SWE','Sverige','Sweden','Europe',true,true,0,0),"
        "('NO','NOR','Norge','Norway','Europe',true,true,0,0),"
        "('US','USA','USA','United States','North America',false,false,0,0),"
        "('FR','FRA','Frankrike','France','Europe',true,false,0,0),"
        "('DE','DEU','Tyskland','Germany','Europe',true,false,0,0)"  # no shape
    )
    # the US is a close partner (weight 0.5); every other country falls back on is_eu_eea
    con.execute(
        "insert into country_groups values "
        "('US','close_partner','Nära partner','Close partner',0.5,'test')"
    )
    for i, code in enumerate(("IN", "CN", "IT", "SE", "NO", "US", "FR")):
        con.execute("insert into shapes values ('countries', ?, ?)", [code, _square(i, i)])
    con.execute(
        "insert into substances values "
        "('A','Propofol','Propofol','N01AX10','N01AX','medicine'),"
        "('B','Ketamin','Ketamine','N01AX03','N01AX','medicine'),"
        "('C','Morfin','Morphine','N02AA01','N02AA','medicine'),"
        "('D','Infusionsaggregat','Infusion set',null,null,'device'),"
        "('X','Amoxicillin','Amoxicillin','J01CA04','J01CA','medicine')"
    )
    con.execute(
        "insert into priority_lists values ('old','Gammal',DATE '2022-04-01',false,'t'),"
        "('cur','Gällande',DATE '2023-05-12',true,'t')"
    )
    con.execute(
        "insert into priority_list_items values ('cur','A'),('cur','B'),('cur','C'),"
        "('cur','D'),('old','A'),('old','X')"
    )
    con.execute(
        "insert into companies values ('K1','Kilo Chem','IN',false),"
        "('K2','Nord Pharma','SE',true),('K3','Tres Labs','US',false)"
    )
    con.execute(
        "insert into sites values "
        "('s1','K1','api','IN','Mumbai',19.0,72.8,1),('s2','K1','api','IN','Pune',18.5,73.8,null),"
        "('s3','K1','api','CN','Wuhan',30.6,114.3,2),('s4','K2','api','IT','Milano',45.5,9.2,1),"
        "('s5','K2','fpp','SE','Umeå',63.8,20.3,1),('s6','K3','api','US','Boston',42.4,-71.1,4),"
        "('s7','K3','packaging','NO','Oslo',59.9,10.7,1),"
        "('s8','K2','fpp','SE','Uppsala',59.9,17.6,0.5)"
    )
    con.execute(
        "insert into site_substances values ('s1','A'),('s1','B'),('s2','A'),('s3','A'),"
        "('s4','B'),('s4','C'),('s5','A'),('s5','D'),('s6','B'),('s7','C'),('s8','D')"
    )
    # LATEST: 01 holds A for 40 days, 03 has no consumption of A, 06 holds 10 days;
    # 12 reported only in October (no report on the latest date).
    con.execute(
        "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
        "daily_consumption) values "
        f"(DATE '{LATEST}','01','A',400,10),(DATE '{LATEST}','03','A',5,0),"
        f"(DATE '{LATEST}','06','A',100,10),(DATE '{LATEST}','01','B',1,1),"
        "(DATE '2026-10-15','12','A',500,10)"
    )
    # B: active on LATEST. A: started within three years of LATEST, resolved.
    con.execute(
        "insert into shortages values "
        "('n1','B','Ketamin 10 mg/ml','restnotering',DATE '2026-09-01',null,null,"
        "DATE '2026-09-01'),"
        "('n2','A','Propofol 10 mg/ml','forsaljningsuppehall',DATE '2024-12-01',null,"
        "DATE '2025-01-15',DATE '2025-01-15')"
    )
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, source, licence, "
        "loaded_at, n_rows, file_name, file_sha256) values "
        "(1,'sites','Tillverkning',true,'syntetiskt','CC0',TIMESTAMP '2026-11-01',8,null,null),"
        "(2,'countries','Länder',false,'Natural Earth','PD',TIMESTAMP '2026-11-01',8,null,null)"
    )
    db.refresh_derived(con)


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    fill_supply_db(con)
    yield con
    con.close()


CUR = SupplySelection(list_version="cur")


def site_ids(con, selection: SupplySelection) -> list[str]:
    return list(queries.supply.site_map_points(con, selection)["site_id"])


# ------------------------------------------------------------------ the selection


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (CUR, ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]),
        (SupplySelection(list_version="old"), ["s1", "s2", "s3", "s5"]),  # makers of A
        (SupplySelection(), ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]),
        (SupplySelection(substance="B"), ["s1", "s4", "s6"]),
        (SupplySelection(atc="N"), ["s1", "s2", "s3", "s4", "s5", "s6", "s7"]),  # level 1
        (SupplySelection(atc="N01"), ["s1", "s2", "s3", "s4", "s5", "s6"]),  # level 2
        (SupplySelection(atc="N02A"), ["s4", "s7"]),  # level 3
        (SupplySelection(atc="N01AX"), ["s1", "s2", "s3", "s4", "s5", "s6"]),  # level 4
        (SupplySelection(site_type="fpp"), ["s5", "s8"]),
        (SupplySelection(area="eu_eea"), ["s4", "s5", "s7", "s8"]),
        (SupplySelection(area="nordic"), ["s5", "s7", "s8"]),
        (SupplySelection(area="rest"), ["s1", "s2", "s3", "s6"]),
        (SupplySelection(area="CN"), ["s3"]),
        (SupplySelection(vital=True), ["s4", "s5", "s8"]),
        (SupplySelection(vital=False), ["s1", "s2", "s3", "s6", "s7"]),
        (SupplySelection(company="K3"), ["s6", "s7"]),
        (SupplySelection(list_version="cur", atc="N01", area="rest", site_type="api"),
         ["s1", "s2", "s3", "s6"]),
        (SupplySelection(substance="X"), []),
    ],
)  # fmt: skip
def test_site_selection_filters(con, selection: SupplySelection, expected: list[str]) -> None:
    assert site_ids(con, selection) == expected


def test_site_points_count_the_chosen_substances_and_name_all_in_the_language(con) -> None:
    points = queries.supply.site_map_points(con, SupplySelection(atc="N01"), "en").set_index(
        "site_id"
    )
    assert points.loc["s1", "n_selected_substances"] == 2  # A and B
    assert points.loc["s4", "n_selected_substances"] == 1  # B (C is N02)
    assert points.loc["s4", "substance_names"] == "Ketamine, Morphine"  # all it makes, English
    assert points.loc["s4", "country_name"] == "Italy"
    sv = queries.supply.site_map_points(con, CUR).set_index("site_id")
    assert sv.loc["s4", "substance_names"] == "Ketamin, Morfin"
    assert sv.loc["s5", "company_name"] == "Nord Pharma" and sv.loc["s5", "is_vital"]


def test_selection_summary(con) -> None:
    row = queries.supply.site_selection_summary(con, CUR).iloc[0]
    assert (row.n_sites, row.n_countries, row.n_companies, row.n_cities) == (8, 6, 3, 8)
    assert (row.n_api_sites, row.n_fpp_sites, row.n_packaging_sites) == (5, 2, 1)
    assert row.n_substances == 4
    # only chosen substances made at selected sites: sites in the EU/EEA making N01 products
    row = queries.supply.site_selection_summary(
        con, SupplySelection(atc="N01", area="eu_eea")
    ).iloc[0]
    assert (row.n_sites, row.n_substances) == (2, 2)  # s4 (B), s5 (A)


def test_grid_cells_count_every_site_once(con) -> None:
    cells = queries.supply.site_map_cells(con, CUR, "sv", 10.0)
    assert cells["n_sites"].sum() == 8  # none dropped, none twice
    assert len(cells) == 6  # Mumbai and Pune share a cell, so do Oslo and Uppsala
    by_cell = cells.set_index(["cell_y", "cell_x"])
    india = by_cell.loc[(1, 7)]
    assert (india.n_sites, india.n_api_sites, india.main_site_type) == (2, 2, "api")
    assert india.lat == pytest.approx((19.0 + 18.5) / 2)
    assert india.capacity_index_sum == pytest.approx(1.0)  # Pune's capacity is unknown
    oslo = by_cell.loc[(5, 1)]
    # one finished-product site and one packaging site: the tie goes to the finished product
    assert (oslo.n_sites, oslo.main_site_type, oslo.n_countries) == (2, "fpp", 2)
    assert (oslo.top_city, oslo.top_country, oslo.n_cities) == ("Oslo", "Norge", 2)


def test_first_view_figures_built_at_load_time_equal_the_live_ones(con) -> None:
    """A list filter at most: site_selection_summary, site_map_cells (at the map's grid sizes)
    and sites_per_country read the agg_site_*_lists tables; the macros computed at view time
    must give the same rows (the hand-computed figures above check the first view itself)."""

    def view_time(macro: str, order: str, version: str | None, **rest: object) -> pd.DataFrame:
        args = ", ".join(f"${k}" for k in rest)
        sql = f"select * from {macro}(null, null, $v, null, null, null, null, {args}) {order}"
        return con.execute(sql, {"v": version, **rest}).df()

    for version in ("cur", "old", None):
        first = SupplySelection(list_version=version)
        for lang in ("sv", "en"):
            summary = queries.supply.site_selection_summary(con, first, lang)
            want = view_time("site_selection_rows", "", version, lang=lang)
            pd.testing.assert_frame_equal(summary, want, check_dtype=False)
            for deg in maps.CELL_DEG.values():
                cells = queries.supply.site_map_cells(con, first, lang, deg)
                order = "order by n_sites desc, cell_y, cell_x"
                want = view_time("site_cell_rows", order, version, lang=lang, deg=deg)
                pd.testing.assert_frame_equal(cells, want, check_dtype=False)
                assert cells["n_sites"].sum() == summary["n_sites"].iloc[0]
            countries = queries.supply.sites_per_country(con, first, lang)
            order = "order by n_sites desc, country_name"
            want = view_time("site_country_rows", order, version, lang=lang)
            pd.testing.assert_frame_equal(countries, want, check_dtype=False)


def test_the_maps_grid_sizes_and_languages_are_built_at_load_time(con) -> None:
    built = con.execute("select site_aggregate_cell_degs(), site_aggregate_langs()").fetchone()
    assert set(maps.CELL_DEG.values()) <= set(built[0])
    assert set(built[1]) == {"sv", "en"}


def test_sites_per_country_and_share_of_api_sites(con) -> None:
    got = queries.supply.sites_per_country(con, CUR).set_index("country_iso2")
    assert "DE" not in got.index  # no shape: nothing to colour
    assert got.loc["FR", "n_sites"] == 0 and got.loc["FR", "share_of_api_sites"] == 0
    assert got.loc["IN", ["n_sites", "n_api_sites"]].tolist() == [2, 2]
    assert got.loc["IN", "share_of_api_sites"] == pytest.approx(2 / 5)
    assert got.loc["US", "share_of_api_sites"] == pytest.approx(1 / 5)
    assert got.loc["SE", ["n_sites", "n_fpp_sites", "share_of_api_sites"]].tolist() == [2, 2, 0]
    none_api = queries.supply.sites_per_country(con, SupplySelection(site_type="fpp"))
    assert none_api["share_of_api_sites"].isna().all()  # no API site: no share, not zero


def test_shapes_and_options(con) -> None:
    assert len(queries.meta.shapes(con, "countries")) == 7
    lists = queries.supply.priority_list_options(con)
    assert lists[["list_version", "n_items"]].values.tolist() == [["cur", 4], ["old", 2]]
    groups = queries.supply.atc_group_options(con).set_index("atc_group")
    assert list(groups.index) == [
        "J", "J01", "J01C", "J01CA", "N", "N01", "N01A", "N01AX", "N02", "N02A", "N02AA",
    ]  # fmt: skip
    assert groups.loc["N", ["atc_level", "n_substances"]].tolist() == [1, 3]
    assert groups.loc["N01AX", "atc_level"] == 4
    assert groups.loc["N", "example_names"] == "Ketamin, Morfin, Propofol"
    countries = queries.supply.site_country_options(con, "en")
    assert countries["country_name"].tolist()[:2] == ["China", "India"]
    substances = queries.supply.supply_substance_options(con)
    assert substances["substance_name"].tolist()[0] == "Amoxicillin"


# ------------------------------------------------------------------ scores and tables

SCORES = {  # hand-computed: 100 x (0.35 HHI of countries counted by supplier
    #            + 0.25 / n companies + 0.25 weighted outside share + 0.15 history)
    # K1 alone, its weight split over its sites IN, IN, CN (s2 has no capacity); one notice
    "A": 100 * (0.35 * 5 / 9 + 0.25 * 1 + 0.25 * 1 + 0.15 / 3),
    # K1 IN (capacity 1), K2 IT (1), K3 US (4): every capacity known, so shares 1/6, 1/6, 4/6
    # and HHI = (1 + 1 + 16) / 36, not the site count's 1/3;
    # outside = 1/6 x 1 (IN distant) + 0 (IT) + 4/6 x 0.5 (US close partner) = 0.5
    "B": 100 * (0.35 * 18 / 36 + 0.25 / 3 + 0.25 * 0.5 + 0.15 / 3),
    "C": 100 * (0.35 + 0.25 + 0 + 0),  # K2 in IT only
    "D": 100 * (0.35 + 0.25 + 0 + 0),  # K2 twice in SE (finished product: a device)
    "X": 85.0,  # no known site: every supply component at its worst
}


def test_a_company_with_three_sites_is_one_source(con) -> None:
    supply = con.execute("select * from v_substance_supply").df().set_index("substance_id")
    a = supply.loc["A"]  # s1, s2 (capacity unknown) and s3: all K1's
    assert (a.n_source_sites, a.n_source_companies) == (3, 1)
    assert a.supplier_weighting == "companies"  # s2 has no capacity: companies weigh equally
    assert a.score_few_sources == 1  # one company, not three sites (today's 1/3)
    assert a.hhi_supply == pytest.approx(5 / 9)  # K1's weight split: IN 2/3, CN 1/3
    d = supply.loc["D"]  # two sites of K2 in Sweden: one source, not two
    assert d.n_source_companies == 1 and d.score_few_sources == 1
    b = supply.loc["B"]
    assert b.supplier_weighting == "capacity"
    assert b.hhi_supply == pytest.approx(0.5) and b.score_few_sources == pytest.approx(1 / 3)
    assert b.hhi_source == pytest.approx(1 / 3)  # the site count by country, kept as it was


def test_country_groups_weigh_the_outside_part(con) -> None:
    b = con.execute("select * from v_substance_supply where substance_id = 'B'").df().iloc[0]
    assert b.supplier_share_eu_eea == pytest.approx(1 / 6)  # IT
    assert b.supplier_share_close_partner == pytest.approx(4 / 6)  # US, from country_groups
    assert b.supplier_share_distant == pytest.approx(1 / 6)  # IN: no row, not EU/EEA
    assert b.score_outside_eu_eea == pytest.approx(0.5)
    groups = con.execute(
        "select iso2, country_group, outside_weight from stg_country_groups "
        "where iso2 in ('US','IN','IT') order by iso2"
    ).fetchall()
    assert groups == [("IN", "distant", 1.0), ("IT", "eu_eea", 0.0), ("US", "close_partner", 0.5)]
    countries = queries.supply.substance_countries(con, "B", "en").set_index("country_iso2")
    assert countries.loc["US", "group_label"] == "Close partner"
    assert countries.loc["IN", "group_label"] == "Rest of the world"


def test_score_points_add_up_to_the_score(con) -> None:
    supply = con.execute("select * from v_substance_supply").df().set_index("substance_id")
    for sid, score in SCORES.items():
        row = supply.loc[sid]
        assert row.vulnerability_score == pytest.approx(round(score, 1)), sid
        assert row.points_concentration == pytest.approx(35 * row.score_concentration)
        assert row.points_few_sources == pytest.approx(25 * row.score_few_sources)
        assert row.points_outside_eu_eea == pytest.approx(25 * row.score_outside_eu_eea)
        assert row.points_shortage_history == pytest.approx(15 * row.score_shortage_history)
        parts = (
            row.points_concentration
            + row.points_few_sources
            + row.points_outside_eu_eea
            + row.points_shortage_history
        )
        assert round(parts, 1) == pytest.approx(row.vulnerability_score)


def test_vulnerability_table_has_every_input_hand_computed(con) -> None:
    table = queries.supply.vulnerability_table(con, CUR)
    assert table["substance_id"].tolist() == ["A", "D", "C", "B"]  # most vulnerable first
    a = table.set_index("substance_id").loc["A"]
    assert (a.n_api_sites, a.n_api_countries, a.top_api_country) == (3, 2, "IN")
    assert a.hhi_api == pytest.approx(5 / 9) and a.hhi_source == pytest.approx(5 / 9)
    assert a.top_api_country_share == pytest.approx(2 / 3)
    assert a.top_api_country_name == "Indien" and not a.single_country_api
    assert (a.eu_eea_share_source, a.n_fpp_sites, a.n_nordic_sites) == (0, 1, 1)
    assert (a.n_shortages_3y, a.n_active_shortages) == (1, 0)
    b = table.set_index("substance_id").loc["B"]
    assert b.top_api_country == "IN"  # a three-way tie goes to the first code
    assert b.eu_eea_share_source == pytest.approx(1 / 3)
    c = table.set_index("substance_id").loc["C"]
    assert c.single_country_api and c.top_api_country_share == 1
    d = table.set_index("substance_id").loc["D"]
    assert (d.source_stage, d.n_source_sites, d.n_api_sites, d.hhi_source) == ("fpp", 2, 0, 1)


@pytest.mark.parametrize(
    ("focus", "expected"),
    [
        ("all", ["A", "D", "C", "B"]),
        ("high", ["A", "D", "C"]),  # score >= 50
        ("shortage", ["B"]),
        ("one_country", ["D", "C"]),
        ("outside_eu_eea", ["A"]),
        ("no_source", []),
    ],
)
def test_vulnerability_focus(con, focus: str, expected: list[str]) -> None:
    assert (
        queries.supply.vulnerability_table(con, CUR, "sv", focus)["substance_id"].tolist()
        == expected
    )


def test_vulnerability_table_follows_substance_filters_only(con) -> None:
    everything = queries.supply.vulnerability_table(con, SupplySelection(), "sv", "no_source")
    assert everything["substance_id"].tolist() == ["X"]
    # a site filter that hides every site of B does not drop B from the table
    table = queries.supply.vulnerability_table(con, SupplySelection(atc="N01", area="nordic"))
    assert table["substance_id"].tolist() == ["A", "B"]


def test_nordic_capacity_gaps_and_summary(con) -> None:
    capacity = queries.supply.nordic_capacity(con, CUR)
    assert capacity["substance_id"].tolist() == ["D", "A", "C"]  # made there first, packed last
    d = capacity.set_index("substance_id").loc["D"]
    assert (d.n_nordic_sites, d.n_sites_se, d.n_sites_no, d.n_swedish_sites) == (2, 2, 0, 2)
    assert d.nordic_capacity_index_sum == pytest.approx(1.5)
    c = capacity.set_index("substance_id").loc["C"]
    assert (c.n_nordic_sites, c.n_sites_no, c.n_nordic_api_sites) == (1, 1, 0)  # packaging
    assert (c.n_nordic_packaging_sites, c.nordic_role) == (1, "packs_only")
    assert pd.isna(c.nordic_capacity_index_sum)  # packing capacity is not making capacity
    assert capacity.set_index("substance_id").loc["A", "nordic_role"] == "makes_fpp"


def test_a_packaging_only_nordic_site_leaves_the_item_on_the_gap_list(con) -> None:
    # C is packed in Oslo (s7) and made nowhere in the Nordic countries: packing is not making
    gaps = queries.supply.nordic_gaps(con, CUR)
    assert gaps["substance_id"].tolist() == ["C", "B"]  # most vulnerable first
    c = gaps.set_index("substance_id").loc["C"]
    assert (c.nordic_has_api, c.nordic_has_fpp, c.nordic_has_packaging) == (False, False, True)
    flagged = con.execute(
        "select substance_id from v_substance_supply where is_nordic_gap order by all"
    ).fetchall()
    assert flagged == [("B",), ("C",)]  # the view's flag agrees with the gap list
    # by step: medicines with no Nordic API site (A is only finished in Sweden), and items with
    # no Nordic finished-product site
    assert queries.supply.nordic_gaps(con, CUR, "sv", "api")["substance_id"].tolist() == [
        "A", "C", "B"
    ]  # fmt: skip
    assert queries.supply.nordic_gaps(con, CUR, "sv", "fpp")["substance_id"].tolist() == [
        "C", "B"
    ]  # fmt: skip
    row = queries.supply.nordic_summary(con, "cur").iloc[0]
    # items, made in the Nordics (A, D), made in Sweden (A, D), gaps (B, C), only packed (C)
    assert row.tolist() == [4, 2, 2, 2, 1]
    assert queries.supply.nordic_summary(con, None).iloc[0]["n_gaps"] == 3  # X too


# ------------------------------------------------------------------ one substance


def test_substance_profile_countries_and_companies(con) -> None:
    profile = queries.supply.substance_profile(con, "A", "en").iloc[0]
    assert profile.substance_name == "Propofol" and profile.atc_l4 == "N01AX"
    assert profile.vulnerability_score == pytest.approx(round(SCORES["A"], 1))
    assert queries.supply.substance_profile(con, "nope").empty
    countries = queries.supply.substance_countries(con, "A")
    assert countries["country_iso2"].tolist() == ["IN", "CN", "SE"]
    assert countries.set_index("country_iso2").loc["SE", "n_fpp_sites"] == 1
    companies = queries.supply.substance_companies(con, "A").set_index("company_id")
    assert companies.loc["K1", ["is_source", "is_sole_source", "n_sites"]].tolist() == [
        True,
        True,
        3,
    ]
    assert not companies.loc["K2", "is_source"] and not companies.loc["K2", "is_sole_source"]
    assert companies.loc["K2", "site_types"] == "fpp"
    three = queries.supply.substance_companies(con, "B")
    assert three["is_source"].all() and not three["is_sole_source"].any()
    assert not three["is_one_of_two"].any()


def test_substance_shortages_and_alternatives(con) -> None:
    assert queries.supply.substance_shortages(con, "B")["is_active"].tolist() == [True]
    assert queries.supply.substance_shortages(con, "A")["is_active"].tolist() == [False]
    assert queries.supply.substance_alternatives(con, "A")["substance_id"].tolist() == ["B"]
    assert queries.supply.substance_alternatives(con, "D").empty  # no ATC code, no group


def test_substance_region_cover_on_the_latest_date(con) -> None:
    cover = queries.supply.substance_region_cover(con, "A")
    assert cover["region_code"].tolist() == ["01", "06", "03", "12"]
    got = cover.set_index("region_code")
    assert (got.loc["01", "days_of_cover"], got.loc["01", "meets_target"]) == (40, True)
    assert (got.loc["06", "days_of_cover"], got.loc["06", "meets_target"]) == (10, False)
    assert got.loc["03", "is_zero_consumption"] and got.loc["03", "meets_target"]
    assert not got.loc["12", "has_report"]  # reported in October only: no report, not zero
    assert pd.isna(got.loc["12", "meets_target"])  # no report: its own state, not "misses"
    assert got.loc["06", "region_short_name"] == "Jönköpings län"
    assert pd.isna(got.loc["12", "days_of_cover"])
    assert (cover["snapshot_date"].dt.date == LATEST).all()


# ------------------------------------------------------------------ companies


def test_company_importance_ranking_filters_and_summary(con) -> None:
    ranking = queries.supply.company_importance(con)
    assert ranking["company_id"].tolist() == ["K2", "K1", "K3"]
    got = ranking.set_index("company_id")
    assert got.loc["K1", ["n_priority_items", "n_sole_source", "n_one_of_two"]].tolist() == [
        2,
        1,
        0,
    ]
    assert got.loc["K2", ["n_priority_items", "n_sole_source"]].tolist() == [3, 2]  # C and D
    assert got.loc["K1", "is_sole_source_unflagged"]
    assert not got.loc["K2", "is_sole_source_unflagged"]  # flagged already
    assert got.loc["K1", "hq_country_name"] == "Indien"
    shown = {s: queries.supply.company_importance(con, "sv", s)["company_id"].tolist() for s in
             queries.supply.COMPANY_SHOW}  # fmt: skip
    assert shown == {
        "all": ["K2", "K1", "K3"],
        "vital": ["K2"],
        "few_sources": ["K2", "K1"],
        "unflagged": ["K1"],
        "services": [],  # no company_services rows in this database
    }
    summary = queries.supply.company_importance_summary(con).iloc[0]
    assert summary.tolist() == [3, 1, 2, 2, 1, 1, 0]


def test_companies_of_vital_importance_for_goods_and_services(con) -> None:
    # the 2024 assignment maps companies "vars produktion av varor och tjänster är av synnerlig
    # vikt": K4 makes nothing but distributes (flagged); K2 also sterilises (not flagged)
    con.execute(
        "insert into company_services values "
        "('K4','Fyra Logistik','SE','distribution','Partihandel till sjukhus',true),"
        "('K2','Nord Pharma',null,'sterilisation','Sterilteknik',false)"
    )
    db.refresh_derived(con)  # as the loader does: agg_company_importance is built at load time
    try:
        got = queries.supply.company_importance(con).set_index("company_id")
        k4 = got.loc["K4"]
        assert k4.company_name == "Fyra Logistik" and k4.hq_country_name == "Sverige"
        assert (k4.is_vital, k4.is_vital_goods, k4.is_vital_services) == (True, False, True)
        assert (k4.n_sites, k4.n_services, k4.vital_services) == (0, 1, "distribution")
        k2 = got.loc["K2"]
        assert (k2.is_vital_goods, k2.is_vital_services, k2.services) == (
            True,
            False,
            "sterilisation",
        )
        assert k2.company_name == "Nord Pharma"  # the companies table's name wins
        vital = queries.supply.company_importance(con, "sv", "vital")["company_id"].tolist()
        assert vital == ["K2", "K4"]
        services = queries.supply.company_importance(con, "sv", "services")
        assert services["company_id"].tolist() == ["K2", "K4"]
        summary = queries.supply.company_importance_summary(con).iloc[0]
        assert (summary.n_companies, summary.n_vital) == (4, 2)
        assert (summary.n_vital_goods, summary.n_vital_services) == (1, 1)
    finally:
        con.execute("delete from company_services")
        db.refresh_derived(con)


def test_company_substances(con) -> None:
    items = queries.supply.company_substances(con, "K2")
    assert items["substance_id"].tolist() == ["D", "C", "A", "B"]  # by score, then name
    got = items.set_index("substance_id")
    assert got.loc["C", "is_sole_source"] and got.loc["D", "is_sole_source"]
    assert got.loc["D", "n_sites"] == 2 and got.loc["D", "site_types"] == "fpp"
    assert not got.loc["A", "is_source"]  # a finished product of a medicine: not its source
    assert pd.isna(got.loc["A", "n_source_companies"])
    assert got.loc["B", "n_source_companies"] == 3


def test_selection_is_a_hashable_plain_value() -> None:
    assert hash(SupplySelection(atc="N01")) == hash(SupplySelection(atc="N01"))
    assert SupplySelection(vital=True).params()["sel_vital"] is True
    assert SupplySelection(atc="N01", area="SE").substance_params() == {
        "sel_substance": None,
        "sel_atc": "N01",
        "sel_list_version": None,
    }


# ------------------------------------------------------------------ the SQL files and macros


def test_single_country_api_summary(con) -> None:
    # current list A-D; API sites: A in IN and CN, B in IN, IT, US, C in IT only, D none
    assert queries.supply.single_country_api_summary(con).iloc[0].tolist() == [4, 3, 1]


def test_options_carry_counts_flags_and_scores(con) -> None:
    countries = queries.supply.site_country_options(con).set_index("country_iso2")
    assert countries["n_sites"].to_dict() == {
        "CN": 1, "IN": 2, "IT": 1, "NO": 1, "SE": 2, "US": 1,
    }  # fmt: skip
    substances = queries.supply.supply_substance_options(con, "en").set_index("substance_id")
    assert substances.loc["B", "substance_name"] == "Ketamine"
    assert substances["is_priority"].to_dict() == {
        "X": False, "D": True, "B": True, "C": True, "A": True,
    }  # fmt: skip
    assert substances.loc["X", "vulnerability_score"] == pytest.approx(SCORES["X"])


def test_substance_shortages_list_every_notice(con) -> None:
    notices = queries.supply.substance_shortages(con, "A")
    assert notices[["notice_id", "kind"]].values.tolist() == [["n2", "forsaljningsuppehall"]]
    assert notices["resolved_date"].dt.date.tolist() == [date(2025, 1, 15)]
    assert queries.supply.substance_shortages(con, "C").empty


def test_substance_companies_name_countries_in_the_language(con) -> None:
    got = queries.supply.substance_companies(con, "A", "en").set_index("company_id")
    assert got.loc["K1", "countries"] in ("China, India", "India, China")
    assert got.loc["K2", "countries"] == "Sweden"


def test_the_selection_macros_on_their_own(con) -> None:
    chosen = "select substance_id from chosen_substances($s, $a, $l) order by 1"
    assert con.execute(chosen, {"s": None, "a": "N02", "l": None}).fetchall() == [("C",)]
    assert con.execute(chosen, {"s": None, "a": None, "l": "old"}).fetchall() == [("A",), ("X",)]
    sites = con.execute(
        "select site_id, country_name from selected_sites(null, null, null, 'fpp', 'nordic', "
        "null, null, 'en') order by site_id"
    ).fetchall()
    assert sites == [("s5", "Sweden"), ("s8", "Sweden")]
    rows = con.execute("select count(*), count(distinct substance_id) from supply_rows('sv')")
    assert rows.fetchone() == (5, 5)  # one row per substance
    assert {"chosen_substances", "selected_sites", "supply_rows"} <= set(db.macro_names())


def test_every_supply_query_is_lower_case_in_the_cte_style() -> None:
    """Named values only is test_layout's rule; this one keeps the area's style."""
    source = inspect.getsource(queries.supply)
    assert "select" not in source.lower().replace("selection", "").replace("selected", "")
    names = [
        n for n, f in inspect.getmembers(queries.supply, inspect.isfunction)
        if f.__module__ == queries.supply.__name__
    ]  # fmt: skip
    for name in names:
        text = binder.query_text(f"supply/{name}")
        code = re.sub(r"--[^\n]*|'[^']*'", "", text)  # without comments and literals
        assert code == code.lower(), name
        assert "\nselect * from final" in text, name  # the views' CTE style
