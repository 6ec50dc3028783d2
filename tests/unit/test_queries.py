"""queries.py: each named SELECT against hand-computed answers on a tiny database."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import duckdb
import pytest

from dash_beredskap import db, queries

D_OLD, D_PREV, D_LAST = date(2025, 11, 1), date(2025, 12, 1), date(2026, 11, 1)


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    db.create_schema(con, datetime(2026, 11, 1))
    con.execute(
        "insert into regions values ('01','Region Stockholm','Stockholms län','SE-AB'),"
        "('12','Region Skåne','Skåne län','SE-M'),"
        "('25','Region Norrbotten','Norrbottens län','SE-BD')"
    )
    con.execute(
        "insert into countries values ('IN','IND','Indien','India','Asia',false,false,0,0),"
        "('CN','CHN','Kina','China','Asia',false,false,0,0),"
        "('IT','ITA','Italien','Italy','Europe',true,false,0,0)"
    )
    con.execute(
        "insert into substances values ('A','Propofol','Propofol',null,null,'medicine'),"
        "('B','Morfin','Morphine',null,null,'medicine'),"
        "('X','Gammalt','Old',null,null,'medicine')"
    )
    con.execute(
        "insert into priority_lists values ('cur','c',DATE '2023-05-12',true,'t'),"
        "('old','o',DATE '2022-01-01',false,'t')"
    )
    con.execute("insert into priority_list_items values ('cur','A'),('cur','B'),('old','X')")
    con.execute("insert into companies values ('K','K','IN',false)")
    # A: API sites in IN (2) and CN (1); B: API in IN (the same site s1) only; X: API in IT
    con.execute(
        "insert into sites values ('s1','K','api','IN','a',0,0,1),('s2','K','api','IN','b',0,0,1),"
        "('s3','K','api','CN','c',0,0,1),('s4','K','api','IT','d',0,0,1),"
        "('s5','K','fpp','IT','e',0,0,1)"
    )
    con.execute(
        "insert into site_substances values ('s1','A'),('s2','A'),('s3','A'),('s1','B'),"
        "('s4','X'),('s5','B')"
    )
    # D_LAST: 01 meets A (40 d) and B (30 d); 12 meets A only (B 29 d); 25 does not report.
    # D_PREV is 11 months before D_LAST, so not "a year before"; D_OLD is, to the day.
    con.execute(
        "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
        "daily_consumption) values "
        f"(DATE '{D_LAST}','01','A',400,10),(DATE '{D_LAST}','01','B',300,10),"
        f"(DATE '{D_LAST}','12','A',400,10),(DATE '{D_LAST}','12','B',290,10),"
        f"(DATE '{D_PREV}','01','A',0,10),"
        f"(DATE '{D_OLD}','01','A',400,10),(DATE '{D_OLD}','12','A',1,10)"
    )
    con.execute(
        "insert into shortages values "
        "('n1','A','p','restnotering',DATE '2026-10-01',null,null,DATE '2026-10-01'),"
        "('n2','B','p','forsaljningsuppehall',DATE '2026-10-01',null,DATE '2026-11-02',"
        "DATE '2026-11-02'),"
        "('n3','X','p','restnotering',DATE '2026-10-01',null,null,DATE '2026-10-01'),"
        "('n4','A','p','restnotering',DATE '2026-10-01',null,DATE '2026-11-01',DATE '2026-11-01'),"
        "('n5','B','p','restnotering',DATE '2026-11-02',null,null,DATE '2026-11-02')"
    )
    con.execute(
        "insert into grant_instruments values "
        "('g1','Avtal','Agreement',2024,'regions',1000,'population',null,null,null,null,null,"
        "null,'doc'),"
        "('g2','SKR-del','SKR share',2024,'skr',2,'fixed',null,null,null,null,null,null,'doc')"
    )
    con.execute(
        "insert into grant_allocations values ('g1','01',600,'computed'),"
        "('g1','12',400,'computed'),('g2','SKR',2,'published')"
    )
    con.execute(
        "insert into grant_requisitions values ('g1','01',DATE '2024-11-01',600),"
        "('g1','12',DATE '2025-01-10',400)"
    )
    con.execute(
        "insert into grant_use values ('g1','01',2024,'lager',100),('g1','01',2025,'lager',300),"
        "('g1','12',2025,'lager',400),('g2','SKR',2024,'samordning',1)"
    )
    con.execute("insert into grant_repayments values ('g1','01',DATE '2026-03-01',200)")
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, source, licence, "
        "loaded_at, n_rows, file_name, file_sha256) values (1,'stock','Lager',true,'demo','CC0',"
        "TIMESTAMP '2026-11-01 10:00',7,null,null)"
    )
    db.refresh_derived(con)
    yield con
    con.close()


def test_queries_module_does_not_import_streamlit() -> None:
    code = "import sys, dash_beredskap.queries; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_single_country_summary_over_the_current_list(con) -> None:
    summary = queries.supply.single_country_api_summary(con).iloc[0]
    assert (summary["n_priority"], summary["n_with_api_sites"], summary["n_single_country"]) == (
        2,
        2,
        1,
    )


def test_active_shortages_as_of_the_latest_snapshot(con) -> None:
    summary = queries.shortages.active_shortage_summary(con).iloc[0]
    # n1 open, n2 resolved the day after, n3 open but off the list; n4 resolved on the day
    # (not active), n5 starts the day after (not active)
    assert summary["as_of"].date() == D_LAST
    assert (summary["n_active"], summary["n_on_priority_list"]) == (3, 2)
    assert (summary["n_restnotering"], summary["n_forsaljningsuppehall"]) == (2, 1)
    listed = queries.shortages.active_shortages(con, "en")
    # on the list first, then by start date and name (Morphine before Propofol)
    assert listed["notice_id"].tolist() == ["n2", "n1", "n3"]
    assert listed["is_on_priority_list"].tolist() == [True, True, False]
