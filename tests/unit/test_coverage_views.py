"""The coverage views (and the grants and shortages queries that read them) against figures
computed by hand in tests/unit/coverage_db.py. The coverage queries are tested in
tests/unit/queries/test_coverage.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import coverage_db as h
import duckdb
import pandas as pd
import pytest
from coverage_db import CODES, LIST, NOV, OCT, SEP

from dash_beredskap import db, metrics, queries

T30 = metrics.DEFAULT_TARGETS


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return h.build(tmp_path_factory.mktemp("cover") / "cover.duckdb")


@pytest.fixture()
def con(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def approx_or_none(value: object, expected: float | None) -> None:
    if expected is None:
        assert value is None or pd.isna(value)
    else:
        assert value == pytest.approx(expected)


def as_date(value: object) -> date:
    return pd.Timestamp(value).date()


# ------------------------------------------------------------------ the grid view


def test_grid_has_every_month_region_and_listed_item(con) -> None:
    grid = con.execute("select * from v_priority_cover_monthly").df()
    assert len(grid) == len(h.MONTHS) * len(CODES) * len(LIST)
    assert set(grid["substance_id"]) == set(LIST)  # O is not on the current list
    expected = h.cover()
    for r in grid.itertuples():
        e = expected[(as_date(r.month), r.region_code, r.substance_id)]
        assert r.has_report == e.has_report
        assert r.is_zero_consumption == e.zero
        approx_or_none(r.days_of_cover, e.days)
        assert r.is_on_earlier_list == (r.substance_id in h.EARLIER)


def test_no_report_is_a_row_without_figures_not_zero_days(con) -> None:
    rows = con.execute(
        "select region_code, substance_id, has_report, days_of_cover, quantity "
        "from v_priority_cover_monthly where month = ? and region_code in ('09','25')",
        [NOV],
    ).fetchall()
    gotland_e = next(r for r in rows if r[0] == "09" and r[1] == "E")
    assert gotland_e[2:] == (False, None, None)
    assert all(r[2] is False and r[3] is None for r in rows if r[0] == "25")


def test_zero_consumption_has_no_days_and_meets_any_target(con) -> None:
    rows = con.execute(
        "select region_code, is_zero_consumption, days_of_cover from v_priority_cover_monthly "
        "where month = ? and substance_id = 'D' and has_report",
        [SEP],
    ).fetchall()
    for code, zero, days in rows:
        assert zero == (h.INDEX[code] % 2 == 1)
        assert (days is None) == zero


def test_a_month_shows_the_last_report_in_it(con) -> None:
    (days,) = con.execute(
        "select days_of_cover from v_priority_cover_monthly "
        "where month = ? and region_code = '01' and substance_id = 'K'",
        [OCT],
    ).fetchone()
    assert days == pytest.approx(h.november_days("01", "K") + 2.0)  # 20 Oct, not 1 Oct


def test_pooled_national_days(con) -> None:
    got = dict(
        con.execute(
            "select substance_id, national_days_of_cover from v_national_substance_cover "
            "where month = ?",
            [NOV],
        ).fetchall()
    )
    for sid, *_ in h.SUBSTANCES:
        approx_or_none(got.get(sid), h.pooled_days(NOV, sid))


def test_treatment_alternatives_share_atc_level_4(con) -> None:
    pairs = set(
        con.execute("select substance_id, alternative_id from v_treatment_alternatives").fetchall()
    )
    assert pairs == {("A", "K"), ("K", "A"), ("M", "O"), ("O", "M")}


def test_shortage_notices_active_on_the_as_of_date(con) -> None:
    got = dict(con.execute("select notice_id, is_active from v_shortage_notices").fetchall())
    assert got == {n[0]: h.is_active(n) for n in h.SHORTAGES}


# ------------------------------------------------------------------ grants and shortages


def test_grant_agreement_dates_are_the_regions_instruments(con) -> None:
    got = queries.grants.grant_agreement_dates(con.cursor(), "sv")
    assert list(got["instrument_id"]) == ["tok2022", "ok2023", "t2026"]
    assert [as_date(d) for d in got["marker_date"]] == [
        date(2022, 1, 1),
        date(2023, 1, 1),  # no usage start: 1 January of its year
        date(2026, 10, 1),
    ]


# ------------------------------------------------------------------ shortages


def test_active_notices_with_the_regions_below_target(con) -> None:
    got = queries.shortages.active_notices_cover(con.cursor(), T30, "sv", False).set_index(
        "notice_id"
    )
    assert set(got.index) == {n[0] for n in h.SHORTAGES if h.is_active(n)}
    c = h.cover()
    for notice in got.index:
        sid = got.loc[notice, "substance_id"]
        target = 30
        reported = [x for x in CODES if c[(NOV, x, sid)].has_report]
        below = [
            x for x in reported if not c[(NOV, x, sid)].zero and c[(NOV, x, sid)].days < target
        ]
        assert got.loc[notice, "n_regions_below"] == len(below)
        assert got.loc[notice, "n_regions_no_report"] == 21 - len(reported)
        approx_or_none(got.loc[notice, "national_days_of_cover"], h.pooled_days(NOV, sid))
        names = list(got.loc[notice, "regions_below_list"]) if below else []
        by_days = sorted(below, key=lambda x: (c[(NOV, x, sid)].days, x))
        assert names == [h.NAMES[x].removeprefix("Region ") for x in by_days]
    only = queries.shortages.active_notices_cover(con.cursor(), T30, "sv", True)
    assert set(only["notice_id"]) == {"n1", "n2"}  # n3 is for O, off the list


def test_alternatives_with_their_national_and_regional_cover(con) -> None:
    got = queries.shortages.notice_alternatives(con.cursor(), T30, "en", False)
    pairs = {(r.substance_id, r.alternative_id) for r in got.itertuples()}
    assert pairs == {("A", "K"), ("M", "O"), ("O", "M")}
    k = got[got["alternative_id"] == "K"].iloc[0]
    assert k["national_days_of_cover"] == pytest.approx(h.pooled_days(NOV, "K"))
    c = h.cover()
    below = sum(1 for x in CODES if c[(NOV, x, "K")].has_report and c[(NOV, x, "K")].days < 30)
    assert k["n_regions_below"] == below
    o = got[got["alternative_id"] == "O"].iloc[0]
    assert bool(o["is_in_shortage"]) and not bool(o["is_on_priority_list"])


def test_shortage_detail_keeps_regions_without_report(con) -> None:
    detail = queries.shortages.shortage_cover_detail(con.cursor(), "M", T30, "sv")
    assert len(detail) == 2 * 21
    assert list(detail.drop_duplicates("item_id")["item_id"]) == ["M", "O"]
    norrbotten = detail[(detail["region_code"] == "25") & (detail["item_id"] == "M")].iloc[0]
    assert not norrbotten["has_report"] and pd.isna(norrbotten["meets_target"])
    c = h.cover()
    for r in detail[detail["has_report"]].itertuples():
        assert bool(r.meets_target) == c[(NOV, r.region_code, r.item_id)].meets(30)


def test_shortage_feed_since_a_date(con) -> None:
    feed = queries.shortages.shortage_feed(con.cursor(), date(2026, 10, 1), "sv", False)
    assert dict(zip(feed["notice_id"], feed["change_kind"], strict=True)) == {
        "n4": "resolved",
        "n2": "new",
        "n1": "updated",
    }
    assert list(feed["notice_id"]) == ["n1", "n4", "n2"]  # newest change first
    counts = queries.shortages.shortage_feed_counts(con.cursor(), date(2026, 10, 1), False).iloc[0]
    assert (counts["n_new"], counts["n_updated"], counts["n_resolved"]) == (1, 1, 1)
    default = queries.shortages.shortage_feed_counts(con.cursor(), None, False).iloc[0]
    assert as_date(default["since"]) == date(2026, 10, 2)  # 30 days before the as-of date
    wide = queries.shortages.shortage_feed(con.cursor(), date(2026, 7, 1), "sv", True)
    assert "n3" not in set(wide["notice_id"])  # off the list


def test_every_new_view_has_a_contract(con) -> None:
    for view in (
        "v_priority_cover_monthly",
        "v_national_substance_cover",
        "v_treatment_alternatives",
        "v_shortage_notices",
        "v_region_supply_systems",
    ):
        assert view in db.PUBLIC_VIEWS
        assert (Path(db.__file__).parent / "sql" / f"{view}.toml").is_file()


def test_no_coverage_query_reads_the_stock_table() -> None:
    """Work at load time: page queries never scan stock_snapshots (25 M rows nationally)."""
    package = Path(queries.__file__).parent
    sql_dir = Path(db.__file__).parent / "sql" / "queries"
    for source in [*package.glob("*.py"), *sql_dir.rglob("*.sql")]:
        assert "stock_snapshots" not in source.read_text("utf-8"), source
    for view in ("v_priority_cover_monthly", "v_national_substance_cover", "v_shortage_notices"):
        assert "stock_snapshots" not in db.read_sql(view)


def test_zero_consumption_and_zero_stock_is_not_covered(con) -> None:
    """Issue 12 point 2: Östergötland uses no infusion sets (D) and has none in stock in
    November: its own state, not covered; with stock and no use (Uppsala) it is covered."""
    rows = dict(
        (r[0], r[1:])
        for r in con.execute(
            "select region_code, is_zero_consumption, is_zero_no_stock, is_meeting "
            "from priority_cover_judged() where month = ? and substance_id = 'D' "
            "and region_code in (?, '03')",
            [NOV, h.ZERO_ZERO],
        ).fetchall()
    )
    assert rows[h.ZERO_ZERO] == (True, True, False)
    assert rows["03"] == (True, False, True)
