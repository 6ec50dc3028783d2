"""queries.coverage on a tiny database: the national and regional share, month by month."""

from __future__ import annotations

from datetime import date, datetime

import duckdb
import pandas as pd
import pytest

from dash_beredskap import db, metrics, queries

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
        "insert into substances values ('A','Propofol','Propofol',null,null,'medicine'),"
        "('B','Morfin','Morphine',null,null,'medicine'),"
        "('X','Gammalt','Old',null,null,'medicine')"
    )
    con.execute(
        "insert into priority_lists values ('cur','c',DATE '2023-05-12',true,'t'),"
        "('old','o',DATE '2022-01-01',false,'t')"
    )
    con.execute("insert into priority_list_items values ('cur','A'),('cur','B'),('old','X')")
    # D_LAST: 01 meets A (40 d) and B (30 d); 12 meets A only (B 29 d); 25 does not report.
    # D_PREV is 11 months before D_LAST, so not "a year before"; D_OLD is, to the month.
    con.execute(
        "insert into stock_snapshots values "
        f"(DATE '{D_LAST}','01','A',400,10),(DATE '{D_LAST}','01','B',300,10),"
        f"(DATE '{D_LAST}','12','A',400,10),(DATE '{D_LAST}','12','B',290,10),"
        f"(DATE '{D_PREV}','01','A',0,10),"
        f"(DATE '{D_OLD}','01','A',400,10),(DATE '{D_OLD}','12','A',1,10)"
    )
    db.refresh_derived(con)
    yield con
    con.close()


def test_national_headline_compares_with_the_month_a_year_before(con) -> None:
    row = metrics.year_on_year(queries.coverage.national_cover_trend(con))
    assert row["month"].date() == D_LAST
    assert row["snapshot_date"].date() == D_LAST
    # 3 of (2 items x 3 regions) pairs meet the target; Norrbotten did not report
    assert row["n_meeting_target"] == 3
    assert row["n_pairs"] == 6
    assert row["share_meeting_target"] == pytest.approx(3 / 6)
    # D_PREV is only 11 months earlier: the comparison is D_OLD (1 pair of 6 met)
    assert row["prev_snapshot_date"].date() == D_OLD
    assert row["prev_share_meeting_target"] == pytest.approx(1 / 6)
    assert row["change_share"] == pytest.approx(2 / 6)


def test_national_headline_without_a_year_old_month(con) -> None:
    con.execute(f"delete from stock_snapshots where snapshot_date = DATE '{D_OLD}'")
    db.refresh_derived(con)
    row = metrics.year_on_year(queries.coverage.national_cover_trend(con))
    assert row["prev_snapshot_date"] is None and row["change_share"] is None
    con.execute("delete from stock_snapshots")
    db.refresh_derived(con)
    assert metrics.year_on_year(queries.coverage.national_cover_trend(con)) is None


def test_public_views_are_the_macros_at_30_days(con) -> None:
    trend = queries.coverage.national_cover_trend(con).set_index("month")
    view = con.execute(
        "select snapshot_date, share_meeting_target from v_national_coverage_summary"
    ).df()
    assert view["share_meeting_target"].tolist() == pytest.approx(
        trend["share_meeting_target"].tolist()
    )
    regions = queries.coverage.region_cover_on(con, D_OLD).set_index("region_code")
    summary = dict(
        con.execute(
            "select region_code, share_meeting_target from v_region_coverage_summary "
            "where snapshot_date = ?",
            [D_OLD],
        ).fetchall()
    )
    assert summary == {"01": pytest.approx(0.5), "12": 0.0}
    assert regions.loc[["01", "12"], "share_meeting_target"].tolist() == [0.5, 0.0]


def test_region_cover_keeps_regions_without_a_report_last(con) -> None:
    got = queries.coverage.region_cover_on(con)
    assert got["region_code"].tolist() == ["01", "12", "25"]
    assert got["share_meeting_target"].tolist()[:2] == [1.0, 0.5]
    assert pd.isna(got["share_meeting_target"].iloc[2])
    assert got["region_short_name"].tolist() == ["Stockholm", "Skåne", "Norrbotten"]
    old = queries.coverage.region_cover_on(con, D_OLD)
    assert old.set_index("region_code")["n_meeting_target"].to_dict()["01"] == 1
    assert (old["month"].dt.date == D_OLD).all()


def test_trend_and_months(con) -> None:
    trend = queries.coverage.national_cover_trend(con)
    assert [d.date() for d in trend["month"]] == [D_OLD, D_PREV, D_LAST]
    months = queries.coverage.coverage_months(con)["month"].dt.date.tolist()
    assert months == [D_LAST, D_PREV, D_OLD]


def test_region_trend_of_one_region(con) -> None:
    trend = queries.coverage.region_cover_trend(con, metrics.DEFAULT_TARGETS, "12")
    assert [d.date() for d in trend["month"]] == [D_OLD, D_PREV, D_LAST]
    # Skåne: 0 of 2 (A held 0.1 days), no report, then 1 of 2
    shares = trend["share_meeting_target"].tolist()
    assert shares[0] == 0.0 and pd.isna(shares[1]) and shares[2] == 0.5
