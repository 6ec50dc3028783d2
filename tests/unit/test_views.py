"""The public views against figures computed by hand in the test, on a tiny database."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from importlib import resources

import duckdb
import pytest

from dash_beredskap import db

D1, D2 = date(2024, 1, 1), date(2024, 2, 1)


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    db.create_schema(con, datetime(2024, 1, 1))
    con.execute(
        "insert into regions values ('01','Region Stockholm','Stockholms län','SE-AB'),"
        "('06','Region Jönköpings län','Jönköpings län','SE-F')"
    )
    con.execute(
        "insert into countries values "
        "('IN','IND','Indien','India','Asia',false,false,0,0),"
        "('CN','CHN','Kina','China','Asia',false,false,0,0),"
        "('IT','ITA','Italien','Italy','Europe',true,false,0,0),"
        "('SE','SWE','Sverige','Sweden','Europe',true,true,0,0)"
    )
    con.execute(
        "insert into substances values "
        "('A','a','a','N01AX10','N01AX','medicine'),"
        "('B','b','b','N02BE01','N02BE','medicine'),"
        "('C','c','c',null,null,'device'),"
        "('X','x','x','J01CA04','J01CA','medicine')"  # not on the current list
    )
    con.execute(
        "insert into priority_lists values ('old','old',DATE '2022-01-01',false,'t'),"
        "('cur','cur',DATE '2023-05-12',true,'t')"
    )
    con.execute(
        "insert into priority_list_items values ('cur','A'),('cur','B'),('cur','C'),('old','X')"
    )
    con.execute("insert into companies values ('K1','k1','IN',false),('K2','k2','SE',true)")
    # substance A: 3 API sites in IN, 1 in CN -> shares .75/.25, HHI .625; B: 1 site IT only
    con.execute(
        "insert into sites values "
        "('s1','K1','api','IN','Mumbai',19,72,1),('s2','K1','api','IN','Pune',18,73,1),"
        "('s3','K1','api','IN','Delhi',28,77,null),('s4','K1','api','CN','Wuhan',30,114,2),"
        "('s5','K2','api','IT','Milano',45,9,1),('s6','K2','fpp','SE','Umeå',63,20,1)"
    )
    con.execute(
        "insert into site_substances values ('s1','A'),('s2','A'),('s3','A'),('s4','A'),"
        "('s5','B'),('s6','A'),('s6','C')"
    )
    # D1: region 01 reports A (45 days), B (10 days), C (zero consumption); 06 reports only A
    # D2: region 01 reports A 29.9 days, B 30 days exactly, C 31 days; X is off the list
    con.execute(
        "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
        "daily_consumption) values "
        f"(DATE '{D1}','01','A',450,10),(DATE '{D1}','01','B',50,5),(DATE '{D1}','01','C',7,0),"
        f"(DATE '{D1}','06','A',20,1),"
        f"(DATE '{D2}','01','A',299,10),(DATE '{D2}','01','B',150,5),(DATE '{D2}','01','C',31,1),"
        f"(DATE '{D2}','01','X',999,1)"
    )
    con.execute(
        "insert into grant_instruments values "
        "('g1','G1','G1',2024,'regions',1000,'population',DATE '2023-12-31',DATE '2024-12-01',"
        "DATE '2024-01-01',DATE '2025-12-31',DATE '2026-03-31',null,'doc'),"
        "('g2','G2','G2',2024,'skr',2,'fixed',null,null,null,null,null,null,'doc')"
    )
    con.execute(
        "insert into grant_allocations values ('g1','01',700,'computed'),"
        "('g1','06',300,'computed'),('g2','SKR',2,'published')"
    )
    con.execute(
        "insert into grant_requisitions values ('g1','01',DATE '2024-11-01',700),"
        "('g1','06',DATE '2025-01-15',300)"
    )
    con.execute(
        "insert into grant_use values ('g1','01',2024,'lager',400),('g1','01',2025,'lager',200),"
        "('g1','01',2025,'lokaler',50),('g1','06',2025,'lager',300)"
    )
    con.execute("insert into grant_repayments values ('g1','01',DATE '2026-03-01',50)")
    # B: one active notice within three years of the latest snapshot (D2); A: one resolved in 2020
    con.execute(
        "insert into shortages values "
        "('N1','B','b inj','restnotering',DATE '2023-06-01',null,null,DATE '2023-06-01'),"
        "('N2','A','a tab','forsaljningsuppehall',DATE '2020-01-01',null,DATE '2020-06-01',"
        "DATE '2020-06-01')"
    )
    db.refresh_derived(con)
    yield con
    con.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_region_coverage_days_and_target(con: duckdb.DuckDBPyConnection) -> None:
    got = {
        (r[0], r[1], r[2]): (r[3], r[4])
        for r in rows(
            con,
            "select snapshot_date, region_code, substance_id, days_of_cover, meets_target "
            "from v_region_coverage",
        )
    }
    assert got[(D1, "01", "A")] == (45.0, True)
    assert got[(D1, "01", "B")] == (10.0, False)
    assert got[(D1, "01", "C")] == (None, True)  # zero consumption: no division, target met
    assert got[(D2, "01", "A")] == (pytest.approx(29.9), False)
    assert got[(D2, "01", "B")] == (30.0, True)  # exactly 30 days meets the target
    assert (D1, "06", "B") not in got  # no report stays no row, never zero days


def test_region_coverage_summary_counts_no_report_as_not_meeting(
    con: duckdb.DuckDBPyConnection,
) -> None:
    got = {
        (r[0], r[1]): r[2:]
        for r in rows(
            con,
            "select snapshot_date, region_code, n_priority, n_reported, n_meeting_target, "
            "share_meeting_target from v_region_coverage_summary",
        )
    }
    # D1/01: A yes, B no, C yes (zero use) -> 2 of 3
    assert got[(D1, "01")] == (3, 3, 2, pytest.approx(2 / 3))
    # D1/06: only A reported (20 days) -> 0 of 3, 1 reported
    assert got[(D1, "06")] == (3, 1, 0, 0.0)
    # D2/01: A no, B yes, C yes; X is not on the current list and is ignored
    assert got[(D2, "01")] == (3, 3, 2, pytest.approx(2 / 3))
    assert (D2, "06") not in got


def test_national_summary_weighs_pairs(con: duckdb.DuckDBPyConnection) -> None:
    got = {
        r[0]: r[1:]
        for r in rows(
            con,
            "select snapshot_date, n_regions_reporting, n_regions_with_report, n_regions, "
            "n_priority, n_meeting_target, share_meeting_target from v_national_coverage_summary",
        )
    }
    # D1: 2 + 0 pairs meet, of 3 items x 2 regions
    assert got[D1] == (2, 2, 2, 3, 2, pytest.approx(2 / 6))
    # D2: only region 01 reported in February: 2 of 6 pairs; 06 keeps its January A (20 days,
    # 59 days old at the month's end: carried forward, below the target)
    assert got[D2] == (1, 2, 2, 3, 2, pytest.approx(2 / 6))


def test_supply_concentration_hand_computed(con: duckdb.DuckDBPyConnection) -> None:
    got = {r[0]: r[1:] for r in rows(con, "select * from v_supply_concentration")}
    n, n_c, hhi, top, top_share, single = got["A"]
    assert (n, n_c, top, single) == (4, 2, "IN", False)
    assert hhi == pytest.approx(0.75**2 + 0.25**2)
    assert top_share == pytest.approx(0.75)
    assert got["B"] == (1, 1, pytest.approx(1.0), "IT", pytest.approx(1.0), True)
    # C is made only at a finished-product site: no API site, no HHI, not single-country
    assert got["C"] == (0, 0, None, None, None, False)


def test_grant_ledger_by_year(con: duckdb.DuckDBPyConnection) -> None:
    got = {(r[0], r[1], r[2]): r[3:] for r in rows(con, "select * from v_grant_ledger")}
    assert got[("g1", 2024, "01")] == (700, 700, 400, 0)
    assert got[("g1", 2025, "01")] == (0, 0, 250, 0)
    assert got[("g1", 2026, "01")] == (0, 0, 0, 50)
    assert got[("g1", 2024, "06")] == (300, 0, 0, 0)
    assert got[("g1", 2025, "06")] == (0, 300, 300, 0)
    assert got[("g2", 2024, "SKR")] == (2, 0, 0, 0)
    totals = rows(con, "select sum(allocated_sek), sum(used_sek) from v_grant_ledger")
    assert totals == [(1002, 950)]


@pytest.mark.parametrize("view", db.PUBLIC_VIEWS)
def test_every_public_view_has_a_contract_matching_its_columns(
    con: duckdb.DuckDBPyConnection, view: str
) -> None:
    contract_file = resources.files("dash_beredskap").joinpath("sql", f"{view}.toml")
    assert contract_file.is_file(), f"{view} has no contract file sql/{view}.toml"
    contract = tomllib.loads(contract_file.read_text("utf-8"))
    assert contract.get("grain"), f"{view}: the contract must state the grain"
    assert contract.get("source"), f"{view}: the contract must state the source"
    columns = [d[0] for d in con.execute(f"select * from {view} limit 0").description]
    assert list(contract["columns"]) == columns


def test_contract_views_required_by_the_issue(con: duckdb.DuckDBPyConnection) -> None:
    required = {
        "v_region_coverage": [
            "snapshot_date",
            "region_code",
            "substance_id",
            "days_of_cover",
            "meets_target",
        ],
        "v_region_coverage_summary": [
            "snapshot_date",
            "region_code",
            "n_priority",
            "n_meeting_target",
            "share_meeting_target",
        ],
        "v_supply_concentration": [
            "substance_id",
            "n_api_sites",
            "n_api_countries",
            "hhi_api",
            "top_api_country",
            "top_api_country_share",
            "single_country_api",
        ],
        "v_grant_ledger": [
            "instrument_id",
            "year",
            "region_code",
            "allocated_sek",
            "requisitioned_sek",
            "used_sek",
            "repaid_sek",
        ],
    }
    for view, cols in required.items():
        have = [d[0] for d in con.execute(f"select * from {view} limit 0").description]
        assert set(cols) <= set(have), view


def test_schema_version_mismatch_is_explained(tmp_path) -> None:
    path = tmp_path / "old.duckdb"

    def build(c: duckdb.DuckDBPyConnection) -> None:
        db.create_schema(c, datetime(2024, 1, 1))
        c.execute("update schema_version set version = version - 1")

    db.publish_new(path, build)
    expected = f"schema version {db.SCHEMA_VERSION - 1}, this app needs {db.SCHEMA_VERSION}"
    with pytest.raises(db.SchemaMismatchError, match=expected):
        db.connect_read_only(path)


def test_substance_supply_and_vulnerability_score(con: duckdb.DuckDBPyConnection) -> None:
    df = con.execute("select * from v_substance_supply").df().set_index("substance_id")
    a, b, c = df.loc["A"], df.loc["B"], df.loc["C"]
    # A: API sites IN x3, CN x1 (none in EU/EEA), finished product in Sweden
    assert (a.n_source_sites, a.n_source_countries, a.n_source_companies) == (4, 2, 1)
    assert a.hhi_source == pytest.approx(0.625)
    assert a.eu_eea_share_source == 0.0
    assert (a.n_fpp_sites, a.n_nordic_sites, a.n_swedish_sites) == (1, 1, 1)
    assert (a.n_active_shortages, a.n_shortages_3y) == (0, 0)  # resolved 2020, outside 3 years
    # four sites of one company are one source (few sources 1, not 1/4); s3 has no capacity, so
    # K1's weight is split evenly: IN 3/4, CN 1/4 -> HHI 0.625
    assert a.hhi_supply == pytest.approx(0.625) and a.score_few_sources == 1
    expected_a = 100 * (0.35 * 0.625 + 0.25 * 1 + 0.25 * 1.0 + 0.15 * 0)
    assert a.vulnerability_score == pytest.approx(round(expected_a, 1))
    assert not a.is_nordic_gap
    # B: one API site in Italy (EU), one active shortage notice, nothing Nordic
    assert (b.n_source_sites, b.eu_eea_share_source, b.n_active_shortages) == (1, 1.0, 1)
    assert b.vulnerability_score == pytest.approx(100 * (0.35 + 0.25 + 0 + 0.15 / 3))
    assert b.is_nordic_gap
    # C, a device: its source stage is the finished product (Umeå, Sweden)
    assert (c.source_stage, c.n_source_sites, c.n_nordic_fpp_sites) == ("fpp", 1, 1)
    assert c.vulnerability_score == pytest.approx(60.0)
    # X is made nowhere: every supply component at its worst
    x = df.loc["X"]
    assert x.has_no_known_source and not x.is_priority
    assert x.vulnerability_score == pytest.approx(85.0)


def test_company_importance_counts_sole_sources(con: duckdb.DuckDBPyConnection) -> None:
    got = {
        r[0]: r[1:]
        for r in rows(
            con,
            "select company_id, n_sites, n_priority_items, n_sole_source, n_one_of_two "
            "from v_company_importance",
        )
    }
    assert got["K1"] == (4, 1, 1, 0)  # the only API maker of A
    assert got["K2"] == (2, 2, 2, 0)  # only API maker of B, only finished-product maker of C


def test_site_map_lists_what_each_site_makes(con: duckdb.DuckDBPyConnection) -> None:
    got = {
        r[0]: r[1:]
        for r in rows(
            con,
            "select site_id, n_substances, n_priority_substances, substance_names from v_site_map",
        )
    }
    assert got["s6"] == (2, 2, "a, c")
    assert got["s5"] == (1, 1, "b")


def test_monthly_coverage_keeps_each_months_last_snapshot(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
        "daily_consumption) values (DATE '2024-01-20','01','A',100,10)"
    )  # later in January than D1: replaces A's January figure for region 01
    db.refresh_derived(con)
    got = {
        (r[0], r[1], r[2]): (r[3], r[4])
        for r in rows(
            con,
            "select month, region_code, substance_id, snapshot_date, days_of_cover "
            "from v_region_coverage_monthly",
        )
    }
    assert got[(D1, "01", "A")] == (date(2024, 1, 20), 10.0)
    assert got[(D1, "01", "B")] == (D1, 10.0)
    assert got[(D2, "01", "A")] == (D2, pytest.approx(29.9))
    # 06 did not report A in February: its January report stands (carried forward, issue 13)
    assert got[(D2, "06", "A")] == (D1, 20.0)
    # 4 in January, 5 in February (X included: the view keeps all items)
    assert len(got) == 9


def test_every_public_view_is_listed_in_the_readme() -> None:
    readme = (db.PROJECT_ROOT / "README.md").read_text("utf-8")
    missing = [v for v in db.PUBLIC_VIEWS if f"`{v}`" not in readme]
    assert not missing, f"README's view table lacks {missing}"
