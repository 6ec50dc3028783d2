"""queries.shortages against figures worked out by hand from tests/unit/coverage_db.py (the as-of
date D is its November report; active on D: n1 (A), n2 (M), n3 (O, off the current list))."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import coverage_db as h
import duckdb
import pandas as pd
import pytest
from coverage_db import CODES, NOV

from dash_beredskap import db, metrics, queries
from dash_beredskap.queries import binder

T30 = metrics.DEFAULT_TARGETS
MIXED = metrics.Targets(medicine=45, device=25, ppe=10)
ACTIVE = [n for n in h.SHORTAGES if h.is_active(n)]
SQL_DIR = Path(db.__file__).parent / "sql" / "queries" / "shortages"


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return h.build(tmp_path_factory.mktemp("shortages") / "cover.duckdb")


@pytest.fixture()
def con(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def day(value: object) -> date:
    return pd.Timestamp(value).date()


def below(sid: str, target: int) -> list[str]:
    """The regions that reported `sid` in November and hold it for fewer than `target` days,
    fewest days first (then by code)."""
    c = h.cover()
    rows = [(c[(NOV, x, sid)], x) for x in CODES]
    hit = [(r.days, x) for r, x in rows if r.has_report and not r.zero and r.days < target]
    return [x for _, x in sorted(hit)]


# ------------------------------------------------------------------ the rules (macros)


@pytest.mark.parametrize(
    ("start", "resolved", "expected"),
    [
        ("2026-11-01", None, True),  # starts on D
        ("2026-11-02", None, False),  # after D
        ("2026-01-01", "2026-11-01", False),  # resolved on D
        ("2026-01-01", "2026-11-02", True),  # resolved after D
    ],
)
def test_active_rule(con, start, resolved, expected) -> None:
    got = con.execute(
        "select shortage_is_active($s::date, $r::date, date '2026-11-01')",
        {"s": start, "r": resolved},
    ).fetchone()[0]
    assert got is expected


def test_change_rule_resolved_before_new_before_updated(con) -> None:
    sql = (
        "select shortage_change_kind($start::date, $updated::date, $resolved::date, "
        "date '2026-10-01', date '2026-11-01')"
    )

    def kind(start: str, updated: str, resolved: str | None = None) -> str | None:
        values = {"start": start, "updated": updated, "resolved": resolved}
        return con.execute(sql, values).fetchone()[0]

    assert kind("2026-10-05", "2026-10-20", "2026-10-30") == "resolved"
    assert kind("2026-10-05", "2026-10-20") == "new"
    assert kind("2026-01-01", "2026-10-01") == "updated"  # the first day is in the period
    assert kind("2026-01-01", "2026-09-30") is None
    since = con.execute("select shortage_feed_since(null, date '2026-11-01')").fetchone()[0]
    assert since == date(2026, 10, 2)


# ------------------------------------------------------------------ active on D


def test_summary_counts_the_active_notices_by_kind_and_list(con) -> None:
    s = queries.shortages.active_shortage_summary(con.cursor()).iloc[0]
    assert day(s["as_of"]) == h.AS_OF
    assert s["n_active"] == len(ACTIVE) == 3
    assert (s["n_restnotering"], s["n_forsaljningsuppehall"]) == (2, 1)
    assert s["n_on_priority_list"] == 2  # n3 is for O, off the list


def test_active_list_priority_first_in_the_language(con) -> None:
    got = queries.shortages.active_shortages(con.cursor(), "en")
    assert list(got["notice_id"]) == ["n1", "n2", "n3"]  # listed by start, then O
    assert list(got["substance_name"]) == ["Propofol", "Morphine", "Oxycodone"]
    assert list(got["is_on_priority_list"]) == [True, True, False]
    sv = queries.shortages.active_shortages(con.cursor(), "sv")
    assert list(sv["substance_name"]) == ["Propofol", "Morfin", "Oxikodon"]


def test_active_notices_per_item_are_counted_at_load_time(con) -> None:
    """The Region page's gap list reads the active notices per item from a load-time table: it
    holds the notices active on D, counted by hand, and priority_items_cover passes them on."""
    expected = Counter(n[1] for n in ACTIVE)
    got = dict(
        con.execute(
            "select substance_id, n_active_notices from agg_substance_active_notices"
        ).fetchall()
    )
    assert got == expected and sum(got.values()) == 3
    items = queries.coverage.priority_items_cover(con.cursor(), None, T30, "sv", None)
    assert not items.empty
    for sid, n in items.groupby("substance_id")["n_active_notices"].agg(set).items():
        assert n == {expected.get(sid, 0)}


# ------------------------------------------------------------------ cover of the active items


def test_notices_cover_with_a_target_per_group(con) -> None:
    got = queries.shortages.active_notices_cover(con.cursor(), MIXED, "en", False)
    got = got.set_index("notice_id")
    assert set(got.index) == {n[0] for n in ACTIVE}
    c = h.cover()
    for notice in got.index:
        r = got.loc[notice]
        expected = below(r["substance_id"], 45)  # all three are medicines
        reported = sum(c[(NOV, x, r["substance_id"])].has_report for x in CODES)
        assert r["target_days"] == 45
        assert r["n_regions_below"] == len(expected)
        assert r["n_regions_reporting"] == reported
        assert r["n_regions_no_report"] == 21 - reported
        names = [h.NAMES[x].removeprefix("Region ") for x in expected]
        assert (r["regions_below"] or "") == ", ".join(names)
        assert r["national_days_of_cover"] == pytest.approx(h.pooled_days(NOV, r["substance_id"]))
        assert day(r["as_of_date"]) == h.AS_OF
    assert dict(got["n_alternatives"]) == {"n1": 1, "n2": 1, "n3": 1}  # A-K, M-O, O-M
    listed = sorted(["n1", "n2"], key=lambda n: -len(below({"n1": "A", "n2": "M"}[n], 45)))
    assert list(got.index) == [*listed, "n3"]  # the list first, then most regions below


def test_only_priority_leaves_out_items_off_the_list(con) -> None:
    only = queries.shortages.active_notices_cover(con.cursor(), T30, "sv", True)
    assert list(only["notice_id"]) == sorted(
        ["n1", "n2"], key=lambda n: -len(below({"n1": "A", "n2": "M"}[n], 30))
    )
    alts = queries.shortages.notice_alternatives(con.cursor(), T30, "sv", True)
    assert {(r.substance_id, r.alternative_id) for r in alts.itertuples()} == {
        ("A", "K"),
        ("M", "O"),
    }


def test_alternative_cover_by_its_own_target(con) -> None:
    alts = queries.shortages.notice_alternatives(con.cursor(), MIXED, "en", False)
    k = alts[alts["alternative_id"] == "K"].iloc[0]
    assert (k["alternative_name"], k["alternative_atc_code"]) == ("Ketamine", "N01AX03")
    assert k["target_days"] == 45
    assert k["n_regions_below"] == len(below("K", 45))
    assert k["national_days_of_cover"] == pytest.approx(h.pooled_days(NOV, "K"))
    assert bool(k["is_on_priority_list"]) and not bool(k["is_in_shortage"])


def test_detail_of_one_item_and_its_alternative_per_region(con) -> None:
    detail = queries.shortages.shortage_cover_detail(con.cursor(), "A", MIXED, "en")
    assert len(detail) == 2 * 21
    assert list(detail.drop_duplicates("item_id")["item_name"]) == ["Propofol", "Ketamine"]
    item = detail[detail["item_id"] == "A"]
    assert list(item["region_code"]) == sorted(CODES)
    c = h.cover()
    for r in item.itertuples():
        cell = c[(NOV, r.region_code, "A")]
        assert r.has_report == cell.has_report
        if cell.has_report:
            assert bool(r.meets_target) == cell.meets(45)
        else:
            assert pd.isna(r.meets_target)
    assert queries.shortages.shortage_cover_detail(con.cursor(), "nothing", T30, "sv").empty


# ------------------------------------------------------------------ the feed


def test_feed_and_counts_follow_one_rule(con) -> None:
    since = date(2026, 10, 1)
    feed = queries.shortages.shortage_feed(con.cursor(), since, "en", False)
    counts = queries.shortages.shortage_feed_counts(con.cursor(), since, False).iloc[0]
    kinds = feed["change_kind"].value_counts().to_dict()
    for kind in ("new", "updated", "resolved"):
        assert counts[f"n_{kind}"] == kinds.get(kind, 0)
    assert [day(d) for d in feed["change_date"]] == [
        date(2026, 10, 25),  # n1 updated
        date(2026, 10, 15),  # n4 resolved
        date(2026, 10, 5),  # n2 new
    ]
    assert {day(d) for d in feed["since"]} == {since}
    assert day(counts["as_of"]) == h.AS_OF


def test_feed_default_period_and_priority_filter(con) -> None:
    default = queries.shortages.shortage_feed_counts(con.cursor(), None, False).iloc[0]
    assert day(default["since"]) == date(2026, 10, 2)  # 30 days before D
    assert (default["n_new"], default["n_updated"], default["n_resolved"]) == (1, 1, 1)
    wide = queries.shortages.shortage_feed_counts(con.cursor(), date(2025, 1, 1), True).iloc[0]
    # n1, n2 new; n4 resolved; n5 resolved 2025-03-01; n3 (O) left out; n6 starts after D
    assert (wide["n_new"], wide["n_updated"], wide["n_resolved"]) == (2, 0, 2)
    empty = queries.shortages.shortage_feed(con.cursor(), date(2026, 11, 2), "sv", False)
    assert empty.empty


def test_one_sql_file_per_function_and_no_stray_values(con) -> None:
    functions = {
        name
        for name, f in vars(queries.shortages).items()
        if callable(f) and getattr(f, "__module__", "") == queries.shortages.__name__
    }
    assert functions == {p.stem for p in SQL_DIR.glob("*.sql")}
    assert binder.parameters_of("shortages/shortage_feed") == {"since", "lang", "only_priority"}
    with pytest.raises(TypeError, match="lang"):
        values = {"since": None, "only_priority": False, "lang": "sv"}
        binder.fetch(con, "shortages/shortage_feed_counts", **values)
