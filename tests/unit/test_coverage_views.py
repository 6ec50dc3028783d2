"""The coverage views and queries against figures computed by hand in tests/unit/coverage_db.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import coverage_db as h
import duckdb
import pandas as pd
import pytest
from coverage_db import CODES, CURRENT, NOV, OCT, SEP

from dash_beredskap import db, metrics, queries

T30 = metrics.DEFAULT_TARGETS
T45 = metrics.Targets.uniform(45)
MIXED = metrics.Targets(medicine=30, device=25, ppe=45)


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
    assert len(grid) == len(h.MONTHS) * len(CODES) * len(CURRENT)
    assert set(grid["substance_id"]) == set(CURRENT)  # O is not on the current list
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


# ------------------------------------------------------------------ shares by region


@pytest.mark.parametrize("month", h.MONTHS)
def test_region_shares_at_30_days_equal_v_region_coverage_summary(con, month) -> None:
    got = queries.coverage.region_cover_on(con.cursor(), month, T30)
    assert len(got) == 21
    summary = dict(
        con.execute(
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
def test_region_shares_ranks_and_changes_for_any_target(con, targets, plain) -> None:
    got = queries.coverage.region_cover_on(con.cursor(), NOV, targets).set_index("region_code")
    shares = h.region_shares(NOV, plain)
    before = h.region_shares(OCT, plain)
    rank = h.ranks(shares)
    for code in CODES:
        row = got.loc[code]
        approx_or_none(row["share_meeting_target"], shares[code])
        approx_or_none(row["prev_share_meeting_target"], before[code])
        if shares[code] is None:
            assert pd.isna(row["rank"]) and row["n_reported"] == 0
            assert row["n_no_report"] == len(CURRENT)
        else:
            assert row["rank"] == rank[code]
            assert row["change_share"] == pytest.approx(shares[code] - before[code])
    assert (got["n_ranked"] == 20).all()  # Norrbotten has no report
    # the order: highest share first, no report last
    assert got.index[-1] == "25"


def test_a_changed_target_moves_the_figures(con) -> None:
    at_30 = queries.coverage.region_cover_on(con.cursor(), NOV, T30).set_index("region_code")
    at_45 = queries.coverage.region_cover_on(con.cursor(), NOV, T45).set_index("region_code")
    # A: 10 + 3i days; index 10 (Halland) holds 40 days: meets 30, not 45
    assert at_45.loc["13", "n_meeting_target"] < at_30.loc["13", "n_meeting_target"]


def test_national_trend_for_any_target(con) -> None:
    for targets, plain in ((T30, h.targets_for(30)), (T45, h.targets_for(45))):
        trend = queries.coverage.national_cover_trend(con.cursor(), targets)
        assert [as_date(m) for m in trend["month"]] == list(h.MONTHS)
        for r in trend.itertuples():
            assert r.share_meeting_target == pytest.approx(
                h.national_share(as_date(r.month), plain)
            )
            assert r.n_pairs == 21 * len(CURRENT) and r.n_regions == 21
        assert trend["change_share"].iloc[-1] == pytest.approx(
            h.national_share(NOV, plain) - h.national_share(OCT, plain)
        )
    # at 30 days, a month with one report per region is v_national_coverage_summary
    (summary,) = con.execute(
        "select share_meeting_target from v_national_coverage_summary where snapshot_date = ?",
        [NOV],
    ).fetchone()
    assert queries.coverage.national_cover_trend(con.cursor(), T30)["share_meeting_target"].iloc[
        -1
    ] == pytest.approx(summary)


def test_region_trend(con) -> None:
    trend = queries.coverage.region_cover_trend(con.cursor(), T45, "25")
    assert len(trend) == 3
    expected = [h.region_shares(m, h.targets_for(45))["25"] for m in h.MONTHS]
    for got, want in zip(trend["share_meeting_target"], expected, strict=True):
        approx_or_none(got, want)
    assert len(queries.coverage.region_cover_trend(con.cursor(), T30, None)) == 3 * 21


def test_coverage_months(con) -> None:
    months = queries.coverage.coverage_months(con.cursor())
    assert [as_date(m) for m in months["month"]] == [NOV, OCT, SEP]
    assert [as_date(d) for d in months["snapshot_date"]] == [NOV, h.OCT_LATE, SEP]
    assert list(months["n_regions_reporting"]) == [20, 21, 21]


# ------------------------------------------------------------------ heatmap


@pytest.mark.parametrize("targets", [T30, MIXED], ids=["30", "per-group"])
def test_heatmap_cells_by_atc_main_group(con, targets) -> None:
    plain = {c: targets.days_for(c) for c in metrics.CATEGORIES}
    cells = queries.coverage.cover_by_group(con.cursor(), NOV, targets, "atc1", None, "sv")
    expected = h.group_cells(NOV, plain)
    assert set(cells["group_key"]) == {"N", "C", "device", "ppe"}
    assert len(cells) == 21 * 4
    for r in cells.itertuples():
        n_items, n_reported, n_meeting, share, median = expected[(r.region_code, r.group_key)]
        assert (r.n_items, r.n_reported, r.n_meeting_target) == (n_items, n_reported, n_meeting)
        approx_or_none(r.share_meeting_target, share)
        approx_or_none(r.median_days, median)


def test_heatmap_inside_a_group_has_one_column_per_item(con) -> None:
    cells = queries.coverage.cover_by_group(con.cursor(), NOV, T30, "atc1", "N", "en")
    assert set(cells["group_key"]) == {"A", "K", "M"}
    assert set(cells["item_name"]) == {"Propofol", "Ketamine", "Morphine"}
    c = h.cover()
    for r in cells.itertuples():
        e = c[(NOV, r.region_code, r.group_key)]
        approx_or_none(r.median_days, e.days)
        approx_or_none(r.share_meeting_target, float(e.meets(30)) if e.has_report else None)


def test_heatmap_by_product_group(con) -> None:
    cells = queries.coverage.cover_by_group(con.cursor(), NOV, T30, "category", None, "sv")
    assert set(cells["group_key"]) == {"medicine", "device", "ppe"}
    row = cells[(cells["region_code"] == "12") & (cells["group_key"] == "medicine")].iloc[0]
    c = h.cover()
    meds = [s for s in CURRENT if h.CATEGORY[s] == "medicine"]
    assert row["n_meeting_target"] == sum(c[(NOV, "12", s)].meets(30) for s in meds)


# ------------------------------------------------------------------ distribution, comparisons


@pytest.mark.parametrize("days", [0, 14, 29, 30, 42, 90, 365])
def test_cover_distribution(con, days) -> None:
    curve = queries.coverage.cover_distribution(con.cursor(), NOV, None).set_index("days")
    assert curve.loc[days, "share_at_least"] == pytest.approx(h.share_at_least(NOV, days))
    region = queries.coverage.cover_distribution(con.cursor(), NOV, "12").set_index("days")
    assert region.loc[days, "share_at_least"] == pytest.approx(h.share_at_least(NOV, days, "12"))


def test_cover_distribution_at_the_target_is_the_national_share(con) -> None:
    curve = queries.coverage.cover_distribution(con.cursor(), NOV, None).set_index("days")
    assert curve.loc[30, "share_at_least"] == pytest.approx(
        h.national_share(NOV, h.targets_for(30))
    )


def test_compare_two_months(con) -> None:
    got = queries.coverage.cover_compare_regions(con.cursor(), NOV, SEP, T30).set_index(
        "region_code"
    )
    c = h.cover()
    now_shares = h.region_shares(NOV, h.targets_for(30))
    then_shares = h.region_shares(SEP, h.targets_for(30))
    for code in CODES:
        improved = worsened = 0
        for s in CURRENT:
            a, b = c[(SEP, code, s)], c[(NOV, code, s)]
            if a.has_report and b.has_report:
                improved += (not a.meets(30)) and b.meets(30)
                worsened += a.meets(30) and not b.meets(30)
        assert got.loc[code, "n_improved"] == improved
        assert got.loc[code, "n_worsened"] == worsened
        approx_or_none(got.loc[code, "share_now"], now_shares[code])
        approx_or_none(got.loc[code, "share_then"], then_shares[code])


def test_item_changes_between_months(con) -> None:
    changes = queries.coverage.cover_changes(con.cursor(), NOV, SEP, T30, "24", "sv").set_index(
        "substance_id"
    )
    assert len(changes) == len(CURRENT)
    assert changes.loc["K", "status"] == "no_report_now"  # Västerbotten reports only A now
    c = h.cover()
    a_then, a_now = c[(SEP, "24", "A")], c[(NOV, "24", "A")]
    assert changes.loc["A", "change_days"] == pytest.approx(a_now.days - a_then.days)
    expected = "still_meeting" if a_then.meets(30) and a_now.meets(30) else "improved"
    assert changes.loc["A", "status"] == expected


def test_per_capita_stock(con) -> None:
    got = queries.coverage.substance_per_capita(con.cursor(), NOV, "A").set_index("region_code")
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


def test_category_cover_of_a_region(con) -> None:
    got = queries.coverage.region_category_cover(con.cursor(), NOV, MIXED, "12").set_index(
        "category"
    )
    c = h.cover()
    plain = h.targets_for(30, device=25, ppe=45)
    for category in metrics.CATEGORIES:
        items = [s for s in CURRENT if h.CATEGORY[s] == category]
        met = sum(c[(NOV, "12", s)].meets(plain[category]) for s in items)
        assert got.loc[category, "share_meeting_target"] == pytest.approx(met / len(items))
        national = sum(c[(NOV, x, s)].meets(plain[category]) for x in CODES for s in items)
        assert got.loc[category, "national_share"] == pytest.approx(national / (21 * len(items)))
        assert got.loc[category, "target_days"] == plain[category]


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


# ------------------------------------------------------------------ gap list and exposure


def test_gap_list_of_a_region(con) -> None:
    items = queries.coverage.priority_items_cover(con.cursor(), NOV, T30, "sv", "12")
    gaps = metrics.rank_gaps(items)
    c = h.cover()
    expected = []
    for s in CURRENT:
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


def test_gap_list_leaves_out_items_without_report(con) -> None:
    items = queries.coverage.priority_items_cover(con.cursor(), NOV, T30, "sv", "24")
    gaps = metrics.rank_gaps(items)
    assert set(gaps["substance_id"]) <= {"A"}


def test_exposure_ranking(con) -> None:
    items = queries.coverage.priority_items_cover(con.cursor(), NOV, T30, "sv", None)
    assert len(items) == 21 * len(CURRENT)
    exposed = metrics.exposure_scores(items)
    ranking = metrics.rank_regions_by_exposure(items, exposed).set_index("region_code")
    c = h.cover()
    expected_pairs = {}
    for code in CODES:
        for s in CURRENT:
            e = c[(NOV, code, s)]
            if not e.has_report or e.meets(30):
                continue
            countries = h.source_stage_sites(s)
            conc = h.hhi(countries)
            concentrated = (
                not countries or len(set(countries)) == 1 or len(countries) == 1 or conc >= 0.5
            )
            if concentrated:
                shortfall = min(max(1 - e.days / 30, 0), 1)
                expected_pairs[(code, s)] = round(100 * shortfall * (conc or 1.0), 1)
    got = {(r.region_code, r.substance_id): r.exposure for r in exposed.itertuples()}
    assert got.keys() == expected_pairs.keys()
    for key, value in expected_pairs.items():
        assert got[key] == pytest.approx(value)
    assert ("12", "M") not in got  # four countries: not concentrated
    for code in CODES:
        total = sum(v for (x, _), v in expected_pairs.items() if x == code)
        if code == "25":
            assert not ranking.loc[code, "has_report"] and pd.isna(ranking.loc[code, "rank"])
        else:
            assert ranking.loc[code, "exposure_sum"] == pytest.approx(round(total, 1))
    ranked = ranking[ranking["has_report"]].sort_values("rank")
    assert list(ranked["exposure_sum"]) == sorted(ranked["exposure_sum"], reverse=True)


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
