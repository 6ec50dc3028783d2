"""Short shelf life (issue 12, point 11): days of cover count only up to the stock's expiry date;
the stock beyond it expires before use and is never counted as cover."""

from __future__ import annotations

from datetime import date, datetime

import duckdb
import pytest

from dash_beredskap import db, queries

DAY = date(2026, 11, 1)
EXPIRY = date(2026, 11, 21)  # 20 days after the report


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    db.create_schema(con, datetime(2026, 11, 1))
    con.execute(
        "insert into regions values ('01','Region Stockholm','Stockholms län','SE-AB'),"
        "('12','Region Skåne','Skåne län','SE-M')"
    )
    con.execute(
        "insert into substances values ('A','Propofol','Propofol',null,null,'medicine'),"
        "('B','Morfin','Morphine',null,null,'medicine')"
    )
    con.execute("insert into priority_lists values ('cur','c',DATE '2023-05-12',true,'t')")
    con.execute("insert into priority_list_items values ('cur','A'),('cur','B')")
    # every row 600 units at 10 a day: 60 days of cover; only 01's A expires, in 20 days
    con.execute(
        "insert into stock_snapshots values "
        "(?, '01', 'A', 600, 10, ?), (?, '01', 'B', 600, 10, null),"
        "(?, '12', 'A', 600, 10, null), (?, '12', 'B', 600, 10, null)",
        [DAY, EXPIRY, DAY, DAY, DAY],
    )
    db.refresh_derived(con)
    yield con
    con.close()


def row(con: duckdb.DuckDBPyConnection, region: str, sid: str) -> dict:
    df = con.execute(
        "select * from v_region_coverage where region_code = ? and substance_id = ?", [region, sid]
    ).df()
    return df.iloc[0].to_dict()


def test_sixty_days_expiring_in_twenty_count_twenty_and_miss_a_30_day_target(con) -> None:
    r = row(con, "01", "A")
    assert r["days_to_expiry"] == 20
    assert r["days_of_cover"] == pytest.approx(20.0)
    assert not r["meets_target"]
    # 600 in stock, 10 a day for the 20 days to expiry: 600 - 10 * 20 = 400 expire unused
    assert r["quantity_expiring_unused"] == pytest.approx(400.0)


def test_null_expiry_changes_nothing(con) -> None:
    for region, sid in (("01", "B"), ("12", "A"), ("12", "B")):
        r = row(con, region, sid)
        assert r["days_of_cover"] == pytest.approx(60.0)
        assert r["meets_target"]
        assert r["quantity_expiring_unused"] == pytest.approx(0.0)


def test_every_share_uses_the_capped_days(con) -> None:
    grid = con.execute(
        "select region_code, substance_id, days_of_cover, quantity_expiring_unused "
        "from v_priority_cover_monthly order by 1, 2"
    ).fetchall()
    assert grid == [
        ("01", "A", pytest.approx(20.0), pytest.approx(400.0)),
        ("01", "B", pytest.approx(60.0), pytest.approx(0.0)),
        ("12", "A", pytest.approx(60.0), pytest.approx(0.0)),
        ("12", "B", pytest.approx(60.0), pytest.approx(0.0)),
    ]
    shares = dict(
        con.execute("select region_code, share_meeting_target from region_cover()").fetchall()
    )
    assert shares == {"01": pytest.approx(0.5), "12": pytest.approx(1.0)}
    (national,) = con.execute("select share_meeting_target from national_cover()").fetchone()
    assert national == pytest.approx(0.75)


def test_the_region_page_lists_the_stock_expiring_before_use(con) -> None:
    rows = queries.coverage.expiring_stock(con, None, "en", "01")
    assert rows["substance_id"].tolist() == ["A"]  # B has no expiry date: nothing expires
    r = rows.iloc[0]
    assert r["substance_name"] == "Propofol"
    assert (r["days_of_stock"], r["days_to_expiry"], r["days_of_cover"]) == (60, 20, 20)
    assert r["quantity_expiring_unused"] == pytest.approx(400.0)
    assert queries.coverage.expiring_stock(con, None, "sv", "12").empty
