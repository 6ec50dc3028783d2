"""queries.coverage on two databases: a tiny one for the national and regional share month by
month, and tests/unit/coverage_db.py (`cover`) for every query against figures computed by hand."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import coverage_db as h
import duckdb
import pandas as pd
import pytest
from coverage_db import CODES, LIST, NOV, OCT, SEP

from dash_beredskap import db, metrics, queries

T30 = metrics.DEFAULT_TARGETS
T45 = metrics.Targets.uniform(45)
MIXED = metrics.Targets(medicine=30, device=25, ppe=45)

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
        "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
        "daily_consumption) values "
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
    # Skåne: 0 of 2 (A held 0.1 days); in D_PREV no report, so November's A (60 days old at
    # the month's end) is carried forward: 0 of 2 again; then 1 of 2
    shares = trend["share_meeting_target"].tolist()
    assert shares == [0.0, 0.0, 0.5]
    assert trend["n_reported"].tolist() == [1, 1, 2]


def test_a_report_older_than_the_limit_is_no_report(con) -> None:
    """D_LAST is 11 months after D_PREV: nothing is carried that far; Norrbotten, which never
    reported, has no report in every month (never 0 %)."""
    regions = queries.coverage.region_cover_on(con, D_PREV).set_index("region_code")
    assert regions.loc["12", "n_reported"] == 1 and regions.loc["12", "n_reported_in_month"] == 0
    assert regions.loc["12", "oldest_report_date"].date() == D_OLD
    regions = queries.coverage.region_cover_on(con, D_LAST).set_index("region_code")
    assert pd.isna(regions.loc["25", "share_meeting_target"])
    grid = con.execute(
        "select has_report, snapshot_date from v_priority_cover_monthly "
        "where month = ? and region_code = '12' and substance_id = 'A'",
        [D_PREV],
    ).fetchall()
    assert grid == [(True, D_OLD)]


# ------------------------------------------------------------------ the hand-computed database


@pytest.fixture(scope="module")
def cover_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return h.build(tmp_path_factory.mktemp("cover") / "cover.duckdb")


@pytest.fixture()
def cover(cover_path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(cover_path), read_only=True)
    yield con
    con.close()


def approx_or_none(value: object, expected: float | None) -> None:
    if expected is None:
        assert value is None or pd.isna(value)
    else:
        assert value == pytest.approx(expected)


def as_date(value: object) -> date:
    return pd.Timestamp(value).date()


# ------------------------------------------------------------------ shares by region


@pytest.mark.parametrize("month", h.MONTHS)
def test_region_shares_at_30_days_equal_v_region_coverage_summary(cover, month) -> None:
    got = queries.coverage.region_cover_on(cover.cursor(), month, T30)
    assert len(got) == 21
    summary = dict(
        cover.execute(
            "select region_code, share_meeting_target from v_region_coverage_summary "
            "where date_trunc('month', snapshot_date) = ? and snapshot_date = ("
            "  select max(snapshot_date) from v_region_coverage_summary s2 "
            "  where s2.region_code = v_region_coverage_summary.region_code "
            "  and date_trunc('month', s2.snapshot_date) = ?)",
            [month, month],
        ).fetchall()
    )
    expected = h.region_shares(month, h.targets_for(30))
    for r in got.itertuples():
        approx_or_none(r.share_meeting_target, expected[r.region_code])
        if expected[r.region_code] is not None:
            assert r.share_meeting_target == pytest.approx(summary[r.region_code])


@pytest.mark.parametrize(
    ("targets", "plain"),
    [
        (T30, h.targets_for(30)),
        (T45, h.targets_for(45)),
        (MIXED, h.targets_for(30, device=25, ppe=45)),
    ],
    ids=["30", "45", "per-group"],
)
def test_region_shares_ranks_and_changes_for_any_target(cover, targets, plain) -> None:
    got = queries.coverage.region_cover_on(cover.cursor(), NOV, targets).set_index("region_code")
    shares = h.region_shares(NOV, plain)
    before = h.region_shares(OCT, plain)
    rank = h.ranks(shares)
    for code in CODES:
        row = got.loc[code]
        approx_or_none(row["share_meeting_target"], shares[code])
        approx_or_none(row["prev_share_meeting_target"], before[code])
        if shares[code] is None:
            assert pd.isna(row["rank"]) and row["n_reported"] == 0
            assert row["n_no_report"] == len(LIST)
        else:
            assert row["rank"] == rank[code]
            assert row["change_share"] == pytest.approx(shares[code] - before[code])
    assert (got["n_ranked"] == 20).all()  # Norrbotten has no report
    # the order: highest share first, no report last
    assert got.index[-1] == "25"


def test_protective_equipment_below_target_keeps_the_list_share(cover) -> None:
    """Issue 12 point 1: the 30-day target is the list's (medicines and the devices to give
    them). Uppsala holds its respirators (P, ppe) for 5 days: its list share is what its
    medicines and devices alone give, and the respirators show in their own view."""
    got = queries.coverage.region_cover_on(cover.cursor(), NOV, T30).set_index("region_code")
    c = h.cover()
    listed = [c[(NOV, h.PPE_LOW, s)].meets(30) for s in LIST]
    assert "P" not in LIST
    assert got.loc[h.PPE_LOW, "share_meeting_target"] == pytest.approx(sum(listed) / len(LIST))
    assert got.loc[h.PPE_LOW, "n_priority"] == len(LIST)
    ppe = queries.coverage.ppe_cover(cover.cursor(), NOV, T30).set_index("region_code")
    assert ppe.loc[h.PPE_LOW, "n_meeting_target"] == 0
    assert ppe.loc[h.PPE_LOW, "median_days_of_cover"] == pytest.approx(5.0)
    assert ppe.loc["01", "n_meeting_target"] == 1
    assert pd.isna(ppe.loc["25", "share_meeting_target"])  # no report, never 0 %


def test_a_minimum_stock_per_group_replaces_days_for_zero_consumption(cover) -> None:
    """Issue 12 point 2: the analyst's minimum stock (per group, default 1 unit) decides an item
    with no consumption. The device D has no use in odd-indexed regions and 20 + index units in
    stock: with a minimum of 25 devices Uppsala (21 units) no longer meets, Kronoberg (25) does."""
    strict = metrics.Targets(min_device=25)
    assert strict.min_params() == {"m_medicine": 1, "m_device": 25, "m_ppe": 1}
    default = queries.coverage.priority_items_cover(cover.cursor(), NOV, T30, "sv", None)
    got = queries.coverage.priority_items_cover(cover.cursor(), NOV, strict, "sv", None)

    def meeting(frame: pd.DataFrame, code: str) -> bool:
        row = frame[(frame["region_code"] == code) & (frame["substance_id"] == "D")].iloc[0]
        return bool(row["is_meeting"])

    assert meeting(default, "03") and not meeting(got, "03")
    assert meeting(got, "07")  # index 5: 25 units
    shares = queries.coverage.region_cover_on(cover.cursor(), NOV, strict).set_index("region_code")
    before = queries.coverage.region_cover_on(cover.cursor(), NOV, T30).set_index("region_code")
    assert shares.loc["03", "n_meeting_target"] == before.loc["03", "n_meeting_target"] - 1
    with pytest.raises(ValueError):
        metrics.Targets(min_medicine=0)


def test_a_changed_target_moves_the_figures(cover) -> None:
    at_30 = queries.coverage.region_cover_on(cover.cursor(), NOV, T30).set_index("region_code")
    at_45 = queries.coverage.region_cover_on(cover.cursor(), NOV, T45).set_index("region_code")
    # A: 10 + 3i days; index 10 (Halland) holds 40 days: meets 30, not 45
    assert at_45.loc["13", "n_meeting_target"] < at_30.loc["13", "n_meeting_target"]


def test_national_trend_for_any_target(cover) -> None:
    for targets, plain in ((T30, h.targets_for(30)), (T45, h.targets_for(45))):
        trend = queries.coverage.national_cover_trend(cover.cursor(), targets)
        assert [as_date(m) for m in trend["month"]] == list(h.MONTHS)
        for r in trend.itertuples():
            assert r.share_meeting_target == pytest.approx(
                h.national_share(as_date(r.month), plain)
            )
            assert r.n_pairs == 21 * len(LIST) and r.n_regions == 21
        assert trend["change_share"].iloc[-1] == pytest.approx(
            h.national_share(NOV, plain) - h.national_share(OCT, plain)
        )
    # at 30 days, a month with one report per region is v_national_coverage_summary
    (summary,) = cover.execute(
        "select share_meeting_target from v_national_coverage_summary where snapshot_date = ?",
        [NOV],
    ).fetchone()
    assert queries.coverage.national_cover_trend(cover.cursor(), T30)["share_meeting_target"].iloc[
        -1
    ] == pytest.approx(summary)


def test_region_trend(cover) -> None:
    trend = queries.coverage.region_cover_trend(cover.cursor(), T45, "25")
    assert len(trend) == 3
    expected = [h.region_shares(m, h.targets_for(45))["25"] for m in h.MONTHS]
    for got, want in zip(trend["share_meeting_target"], expected, strict=True):
        approx_or_none(got, want)
    assert len(queries.coverage.region_cover_trend(cover.cursor(), T30, None)) == 3 * 21


def test_coverage_months(cover) -> None:
    months = queries.coverage.coverage_months(cover.cursor())
    assert [as_date(m) for m in months["month"]] == [NOV, OCT, SEP]
    assert [as_date(d) for d in months["snapshot_date"]] == [NOV, h.OCT_LATE, SEP]
    # Norrbotten never reports; Västerbotten reports A only in November: it reported
    assert list(months["n_regions_reporting"]) == [20, 20, 20]
    assert list(months["n_regions_with_report"]) == [20, 20, 20]


# ------------------------------------------------------------------ heatmap


@pytest.mark.parametrize("targets", [T30, MIXED], ids=["30", "per-group"])
def test_heatmap_cells_by_atc_main_group(cover, targets) -> None:
    plain = {c: targets.days_for(c) for c in metrics.CATEGORIES}
    cells = queries.coverage.cover_by_group(cover.cursor(), NOV, targets, "atc1", None, "sv")
    expected = h.group_cells(NOV, plain)
    assert set(cells["group_key"]) == {"N", "C", "device"}  # no ppe: not the list's target
    assert len(cells) == 21 * 3
    for r in cells.itertuples():
        n_items, n_reported, n_meeting, share, median = expected[(r.region_code, r.group_key)]
        assert (r.n_items, r.n_reported, r.n_meeting_target) == (n_items, n_reported, n_meeting)
        approx_or_none(r.share_meeting_target, share)
        approx_or_none(r.median_days, median)


def test_heatmap_inside_a_group_has_one_column_per_item(cover) -> None:
    cells = queries.coverage.cover_by_group(cover.cursor(), NOV, T30, "atc1", "N", "en")
    assert set(cells["group_key"]) == {"A", "K", "M"}
    assert set(cells["item_name"]) == {"Propofol", "Ketamine", "Morphine"}
    c = h.cover()
    for r in cells.itertuples():
        e = c[(NOV, r.region_code, r.group_key)]
        approx_or_none(r.median_days, e.days)
        approx_or_none(r.share_meeting_target, float(e.meets(30)) if e.has_report else None)


def test_heatmap_by_product_group(cover) -> None:
    cells = queries.coverage.cover_by_group(cover.cursor(), NOV, T30, "category", None, "sv")
    assert set(cells["group_key"]) == {"medicine", "device"}  # ppe: its own view
    row = cells[(cells["region_code"] == "12") & (cells["group_key"] == "medicine")].iloc[0]
    c = h.cover()
    meds = [s for s in LIST if h.CATEGORY[s] == "medicine"]
    assert row["n_meeting_target"] == sum(c[(NOV, "12", s)].meets(30) for s in meds)


# ------------------------------------------------------------------ distribution, comparisons


@pytest.mark.parametrize("days", [0, 14, 29, 30, 42, 90, 365])
def test_cover_distribution(cover, days) -> None:
    curve = queries.coverage.cover_distribution(cover.cursor(), NOV, None).set_index("days")
    assert curve.loc[days, "share_at_least"] == pytest.approx(h.share_at_least(NOV, days))
    region = queries.coverage.cover_distribution(cover.cursor(), NOV, "12").set_index("days")
    assert region.loc[days, "share_at_least"] == pytest.approx(h.share_at_least(NOV, days, "12"))


def test_cover_distribution_at_the_target_is_the_national_share(cover) -> None:
    curve = queries.coverage.cover_distribution(cover.cursor(), NOV, None).set_index("days")
    assert curve.loc[30, "share_at_least"] == pytest.approx(
        h.national_share(NOV, h.targets_for(30))
    )


def test_compare_two_months(cover) -> None:
    got = queries.coverage.cover_compare_regions(cover.cursor(), NOV, SEP, T30).set_index(
        "region_code"
    )
    c = h.cover()
    now_shares = h.region_shares(NOV, h.targets_for(30))
    then_shares = h.region_shares(SEP, h.targets_for(30))
    for code in CODES:
        improved = worsened = 0
        for s in LIST:
            a, b = c[(SEP, code, s)], c[(NOV, code, s)]
            if a.has_report and b.has_report:
                improved += (not a.meets(30)) and b.meets(30)
                worsened += a.meets(30) and not b.meets(30)
        assert got.loc[code, "n_improved"] == improved
        assert got.loc[code, "n_worsened"] == worsened
        approx_or_none(got.loc[code, "share_now"], now_shares[code])
        approx_or_none(got.loc[code, "share_then"], then_shares[code])


def test_item_changes_between_months(cover) -> None:
    changes = queries.coverage.cover_changes(cover.cursor(), NOV, SEP, T30, "24", "sv").set_index(
        "substance_id"
    )
    assert len(changes) == len(LIST)
    c = h.cover()
    # Västerbotten reports only A in November: K keeps its October report (carried forward)
    k_then, k_now = c[(SEP, "24", "K")], c[(NOV, "24", "K")]
    assert k_now.carried and k_now.report_date == OCT
    assert changes.loc["K", "change_days"] == pytest.approx(k_now.days - k_then.days)
    status = {(True, True): "still_meeting", (True, False): "worsened"}
    status |= {(False, True): "improved", (False, False): "still_below"}
    assert changes.loc["K", "status"] == status[(k_then.meets(30), k_now.meets(30))]
    a_then, a_now = c[(SEP, "24", "A")], c[(NOV, "24", "A")]
    assert changes.loc["A", "change_days"] == pytest.approx(a_now.days - a_then.days)
    expected = "still_meeting" if a_then.meets(30) and a_now.meets(30) else "improved"
    assert changes.loc["A", "status"] == expected


def test_per_capita_stock(cover) -> None:
    got = queries.coverage.substance_per_capita(cover.cursor(), NOV, "A").set_index("region_code")
    c = h.cover()
    reported = [code for code in CODES if c[(NOV, code, "A")].has_report]
    for code in CODES:
        e = c[(NOV, code, "A")]
        if e.has_report:
            assert got.loc[code, "stock_per_100k"] == pytest.approx(
                e.quantity / h.POPULATION[code] * 100_000
            )
        else:
            assert pd.isna(got.loc[code, "stock_per_100k"]) and not got.loc[code, "has_report"]
    pooled = sum(c[(NOV, x, "A")].quantity for x in reported) / sum(
        h.POPULATION[x] for x in reported
    )
    assert got["national_stock_per_100k"].iloc[0] == pytest.approx(pooled * 100_000)


def test_category_cover_of_a_region(cover) -> None:
    got = queries.coverage.region_category_cover(cover.cursor(), NOV, MIXED, "12").set_index(
        "category"
    )
    c = h.cover()
    plain = h.targets_for(30, device=25, ppe=45)
    assert set(got.index) == {"medicine", "device"}  # ppe: its own view, not the list's
    for category in ("medicine", "device"):
        items = [s for s in LIST if h.CATEGORY[s] == category]
        met = sum(c[(NOV, "12", s)].meets(plain[category]) for s in items)
        assert got.loc[category, "share_meeting_target"] == pytest.approx(met / len(items))
        national = sum(c[(NOV, x, s)].meets(plain[category]) for x in CODES for s in items)
        assert got.loc[category, "national_share"] == pytest.approx(national / (21 * len(items)))
        assert got.loc[category, "target_days"] == plain[category]


# ------------------------------------------------------------------ gap list and exposure


def test_gap_list_of_a_region(cover) -> None:
    items = queries.coverage.priority_items_cover(cover.cursor(), NOV, T30, "sv", "12")
    gaps = metrics.rank_gaps(items)
    c = h.cover()
    expected = []
    for s in LIST:
        e = c[(NOV, "12", s)]
        if e.has_report and not e.meets(30):
            short = 30 - e.days
            weight = 1 + (s in h.EARLIER) + h.vulnerability(s) / 100
            expected.append((s, short, weight, short * weight))
    expected.sort(key=lambda x: -x[3])
    assert list(gaps["substance_id"]) == [e[0] for e in expected]
    for row, (_, short, weight, gap) in zip(gaps.itertuples(), expected, strict=True):
        assert row.days_short == pytest.approx(short)
        assert row.importance == pytest.approx(weight)
        assert row.weighted_gap == pytest.approx(gap)


def test_gap_list_leaves_out_items_without_report(cover) -> None:
    """Gotland never reported E: not on its gap list; Norrbotten reports nothing: no gaps."""
    items = queries.coverage.priority_items_cover(cover.cursor(), NOV, T30, "sv", "09")
    assert "E" not in set(metrics.rank_gaps(items)["substance_id"])
    items = queries.coverage.priority_items_cover(cover.cursor(), NOV, T30, "sv", "25")
    assert metrics.rank_gaps(items).empty


def test_a_region_with_no_report_does_not_move_up_the_exposure_ranking(cover) -> None:
    """Issue 12 point 3 under the as-of rule (issue 13 defect 4): Västerbotten reports only A in
    November; its other items keep their October reports, so their exposure is October's, not
    lower. Norrbotten never reported: it keeps a rank, shown as no report."""

    def ranking(month: date) -> pd.DataFrame:
        items = queries.coverage.priority_items_cover(cover.cursor(), month, T30, "sv", None)
        return metrics.rank_regions_by_exposure(items, metrics.exposure_scores(items)).set_index(
            "region_code"
        )

    def exposure(month: date) -> dict[str, float]:
        items = queries.coverage.priority_items_cover(cover.cursor(), month, T30, "sv", "24")
        exposed = metrics.exposure_scores(items)
        return dict(zip(exposed["substance_id"], exposed["exposure"], strict=True))

    october, november = exposure(OCT), exposure(NOV)
    assert {s: v for s, v in november.items() if s != "A"} == {
        s: pytest.approx(v) for s, v in october.items() if s != "A"
    }
    ranks = ranking(NOV)
    assert ranks.loc["24", "n_no_report"] == 0  # only A reported, the rest carried
    assert not pd.isna(ranks.loc["25", "rank"])
    exposed = metrics.exposure_scores(
        queries.coverage.priority_items_cover(cover.cursor(), NOV, T30, "sv", "25")
    )
    assert set(exposed["cover_state"]) == {"no_report"}


def test_exposure_ranking(cover) -> None:
    items = queries.coverage.priority_items_cover(cover.cursor(), NOV, T30, "sv", None)
    assert len(items) == 21 * len(LIST)
    exposed = metrics.exposure_scores(items)
    ranking = metrics.rank_regions_by_exposure(items, exposed).set_index("region_code")
    c = h.cover()
    expected_pairs = {}
    for code in CODES:
        for s in LIST:
            e = c[(NOV, code, s)]
            if not e.has_report:  # no report in November: its October report stands in
                e = c[(OCT, code, s)]
            if e.meets(30):
                continue
            countries = h.source_stage_sites(s)
            conc = h.hhi(countries)
            concentrated = (
                not countries or len(set(countries)) == 1 or len(countries) == 1 or conc >= 0.5
            )
            if concentrated:
                shortfall = min(max(1 - (e.days or 0.0) / 30, 0), 1)  # no use, no stock: 1
                expected_pairs[(code, s)] = round(100 * shortfall * (conc or 1.0), 1)
    got = {(r.region_code, r.substance_id): r.exposure for r in exposed.itertuples()}
    assert got.keys() == expected_pairs.keys()
    for key, value in expected_pairs.items():
        assert got[key] == pytest.approx(value)
    assert ("12", "M") not in got  # four countries: not concentrated
    for code in CODES:
        total = sum(v for (x, _), v in expected_pairs.items() if x == code)
        assert ranking.loc[code, "exposure_sum"] == pytest.approx(round(total, 1))
    assert not ranking.loc["25", "has_report"] and ranking.loc["25", "n_no_report"] == len(LIST)
    ranked = ranking.sort_values("rank")
    assert list(ranked["exposure_sum"]) == sorted(ranked["exposure_sum"], reverse=True)


def test_default_targets_are_read_from_load_time_tables_built_by_the_macros(cover) -> None:
    """The load-time tables hold the macros' figures at the defaults the app starts with."""
    literals = "t_medicine := {0}, t_device := {0}, t_ppe := {0}, m_medicine := {1}, " + (
        "m_device := {1}, m_ppe := {1}"
    )
    expected = literals.format(T30.medicine, T30.min_medicine)
    assert (T30.device, T30.ppe, T30.min_device, T30.min_ppe) == (30, 30, 1, 1)
    for name in ("agg_region_cover_default", "agg_national_cover_default"):
        assert expected in " ".join(db.read_sql(name).split())
    trend = queries.coverage.national_cover_trend(cover.cursor(), T30)
    by_macro = cover.execute("select * from national_cover() order by month").df()
    assert trend["share_meeting_target"].tolist() == by_macro["share_meeting_target"].tolist()
    regions = queries.coverage.region_cover_trend(cover.cursor(), T30, None)
    by_macro = cover.execute("select * from region_cover() order by month, region_code").df()
    assert regions["n_meeting_target"].tolist() == by_macro["n_meeting_target"].tolist()
    months = queries.coverage.coverage_months(cover.cursor())
    assert months["month"].tolist() == trend["month"].tolist()[::-1]
