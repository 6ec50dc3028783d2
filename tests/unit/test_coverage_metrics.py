"""The coverage definitions in metrics.py: targets, the Nordic rules, the gap list and exposure."""

from __future__ import annotations

import math
from datetime import date, datetime

import duckdb
import pandas as pd
import pytest

from dash_beredskap import db, metrics
from dash_beredskap.metrics import Targets


@pytest.fixture(scope="module")
def macros() -> duckdb.DuckDBPyConnection:
    """An empty database with the shared rules of macros.sql (target_days, meets_target)."""
    con = duckdb.connect()
    db.create_schema(con, datetime(2026, 11, 1))
    con.execute(db.read_sql("macros"))
    return con


def _judged(
    con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, targets: Targets = metrics.DEFAULT_TARGETS
) -> pd.DataFrame:
    """`frame` with target_days and is_meeting by the macros, as priority_items_cover has them.
    Without a quantity column every row holds stock (1 unit)."""
    if "quantity" not in frame.columns:
        frame = frame.assign(quantity=1.0)
    return con.execute(
        "select f.*, target_days(f.category, t_medicine := $t_medicine, t_device := $t_device,"
        " t_ppe := $t_ppe) as target_days,"
        " meets_target(f.has_report, f.is_zero_consumption, f.days_of_cover,"
        " target_days(f.category, t_medicine := $t_medicine, t_device := $t_device,"
        " t_ppe := $t_ppe), f.quantity) as is_meeting"
        " from frame f",
        targets.params(),
    ).df()


def test_targets_default_to_a_month_and_differ_per_group() -> None:
    assert Targets(30, 30, 30) == metrics.DEFAULT_TARGETS
    mixed = Targets(medicine=30, device=14, ppe=60)
    assert mixed.days_for("device") == 14 and not mixed.is_uniform
    assert mixed.params() == {"t_medicine": 30, "t_device": 14, "t_ppe": 60}
    assert Targets.uniform(45) == Targets(45, 45, 45)
    with pytest.raises(ValueError):
        Targets(medicine=0)
    with pytest.raises(ValueError):
        Targets(ppe=366)
    with pytest.raises(ValueError):
        mixed.days_for("food")


@pytest.mark.parametrize(
    ("has_report", "zero", "days", "target", "stock", "expected"),
    [
        (True, False, 30.0, 30, 300.0, True),  # exactly the target meets it
        (True, False, 29.99, 30, 299.9, False),
        (True, True, None, 365, 5.0, True),  # zero consumption with stock: no division, meets
        (True, True, None, 30, 0.0, False),  # zero consumption, zero stock: not covered
        (False, False, None, 30, None, None),  # no report: unknown, never "zero days"
        (True, False, 0.0, 1, 0.0, False),
        (None, False, None, 30, None, None),  # reported null: as no report
    ],
)
def test_meets_target_macro(macros, has_report, zero, days, target, stock, expected) -> None:
    got = macros.execute(
        "select meets_target($reported, $zero, $days::double, $target, $stock::double)",
        {"reported": has_report, "zero": zero, "days": days, "target": target, "stock": stock},
    ).fetchone()[0]
    if expected is None:  # no report: null (unknown) or false, never true
        assert not got
    else:
        assert got is expected


@pytest.mark.parametrize(
    ("stock", "min_stock", "expected"),
    [(0.0, 1, False), (4.0, 5, False), (5.0, 5, True), (1.0, 1, True)],
)
def test_zero_consumption_meets_by_the_minimum_stock(macros, stock, min_stock, expected) -> None:
    """Issue 12 point 2: with no consumption the analyst's minimum stock (default 1 unit) is
    used instead of days of cover; zero stock never meets."""
    got = macros.execute(
        "select meets_target(true, true, null, 30, $stock::double, min_stock := $min_stock)",
        {"stock": stock, "min_stock": min_stock},
    ).fetchone()[0]
    assert got is expected


@pytest.mark.parametrize(("category", "expected"), [("medicine", 30), ("device", 14), ("ppe", 60)])
def test_target_days_macro_per_group(macros, category, expected) -> None:
    got = macros.execute(
        "select target_days($grp, t_medicine := 30, t_device := 14, t_ppe := 60),"
        " target_days($grp)",
        {"grp": category},
    ).fetchone()
    assert got == (expected, 30)


def test_nordic_rules_in_days() -> None:
    days = {r.key: (r.country, r.holder, r.days, r.days_high) for r in metrics.NORDIC_RULES}
    assert days == {
        "fi_company_10m": ("FI", "company", 300, None),
        "fi_company_6m": ("FI", "company", 180, None),
        "fi_company_3m": ("FI", "company", 90, None),
        "fi_unit_6m": ("FI", "care_unit", 180, None),
        "fi_unit_3m": ("FI", "care_unit", 90, None),
        "fi_unit_2w": ("FI", "care_unit", 14, None),
        "dk_6w": ("DK", "company", 42, None),
        "no_3_6m": ("NO", "state", 90, 180),
    }


def test_nordic_comparison_reads_the_curve() -> None:
    curve = pd.DataFrame({"days": range(366), "share_at_least": [1 - d / 400 for d in range(366)]})
    got = metrics.nordic_comparison(curve).set_index("rule_key")
    assert got.loc["dk_6w", "share_at_least"] == pytest.approx(1 - 42 / 400)
    assert got.loc["no_3_6m", "share_at_least"] == pytest.approx(1 - 90 / 400)
    assert got.loc["no_3_6m", "share_at_least_high"] == pytest.approx(1 - 180 / 400)
    assert pd.isna(got.loc["fi_unit_2w", "share_at_least_high"])
    short = curve[curve["days"] <= 100]
    assert metrics.share_with_at_least(short, 300) is None


def _items(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        rows,
        columns=[
            "substance_id",
            "category",
            "has_report",
            "is_zero_consumption",
            "days_of_cover",
            "is_on_earlier_list",
            "vulnerability_score",
        ],
    )


def test_gap_list_weighs_days_short_by_importance(macros) -> None:
    items = _items(
        [
            ("a", "medicine", True, False, 20.0, False, 0.0),  # 10 short x 1 = 10
            ("b", "medicine", True, False, 25.0, True, 50.0),  # 5 short x 2.5 = 12.5
            ("c", "device", True, False, 10.0, False, 100.0),  # target 14: 4 x 2 = 8
            ("d", "medicine", True, True, None, True, 90.0),  # zero use: meets
            ("e", "medicine", False, False, None, True, 90.0),  # no report: not in the list
            ("f", "ppe", True, False, 0.0, False, None),  # no score: 60 x 1 = 60
            ("g", "medicine", True, False, 30.0, True, 90.0),  # meets exactly
        ]
    )
    gaps = metrics.rank_gaps(_judged(macros, items, Targets(medicine=30, device=14, ppe=60)))
    assert list(gaps["substance_id"]) == ["f", "b", "a", "c"]
    got = gaps.set_index("substance_id")
    assert got.loc["b", "importance"] == pytest.approx(2.5)
    assert got.loc["b", "weighted_gap"] == pytest.approx(12.5)
    assert got.loc["c", "days_short"] == pytest.approx(4.0)
    assert got.loc["f", "weighted_gap"] == pytest.approx(60.0)


def test_gap_list_of_nothing(macros) -> None:
    assert metrics.rank_gaps(_judged(macros, _items([]))).empty


def _supply(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        rows,
        columns=[
            "region_code",
            "substance_id",
            "category",
            "has_report",
            "is_zero_consumption",
            "days_of_cover",
            "n_source_sites",
            "n_source_countries",
            "hhi_source",
        ],
    )


def test_exposure_needs_both_a_gap_and_a_concentrated_source(macros) -> None:
    items = _supply(
        [
            ("01", "single_country", "medicine", True, False, 15.0, 3, 1, 1.0),  # 50 x 1
            ("01", "single_site", "medicine", True, False, 27.0, 1, 1, 1.0),  # 10 x 1
            ("01", "spread", "medicine", True, False, 0.0, 4, 4, 0.25),  # not concentrated
            ("01", "high_hhi", "device", True, False, 7.5, 4, 2, 0.625),  # 75 x .625
            ("01", "unmapped", "medicine", True, False, 24.0, 0, 0, None),  # 20 x 1
            ("01", "enough", "medicine", True, False, 31.0, 1, 1, 1.0),  # meets: no
            ("01", "zero_use", "medicine", True, True, None, 1, 1, 1.0),  # meets: no
            ("02", "single_country", "medicine", False, False, None, 3, 1, 1.0),  # no report
            ("02", "single_site", "medicine", True, False, 30.0, 1, 1, 1.0),  # meets
            ("03", "unmapped", "medicine", True, False, 0.0, 0, 0, None),  # 100 x 1
        ]
    )
    exposed = metrics.exposure_scores(_judged(macros, items))
    got = {(r.region_code, r.substance_id): r.exposure for r in exposed.itertuples()}
    assert got == {
        ("03", "unmapped"): 100.0,
        ("01", "single_country"): 50.0,
        ("01", "high_hhi"): pytest.approx(46.9),
        ("01", "unmapped"): 20.0,
        ("01", "single_site"): 10.0,
    }
    assert list(exposed["exposure"]) == sorted(exposed["exposure"], reverse=True)
    flags = exposed.set_index(["region_code", "substance_id"])
    assert flags.loc[("01", "single_site"), "is_single_site"]
    assert flags.loc[("01", "unmapped"), "has_no_known_source"]
    assert flags.loc[("01", "high_hhi"), "is_high_hhi"]

    ranking = metrics.rank_regions_by_exposure(items, exposed).set_index("region_code")
    assert ranking.loc["01", "rank"] == 1  # four items: 50 + 46.9 + 20 + 10 = 126.9
    assert ranking.loc["01", "exposure_sum"] == pytest.approx(126.9)
    assert ranking.loc["03", "rank"] == 2 and ranking.loc["03", "exposure_sum"] == 100.0
    assert ranking.loc["01", "n_exposed"] == 4
    assert ranking.loc["02", "n_exposed"] == 0 and ranking.loc["02", "rank"] == 3


def test_a_region_without_any_report_gets_no_rank(macros) -> None:
    items = _judged(macros, _supply([("25", "x", "medicine", False, False, None, 1, 1, 1.0)]))
    ranking = metrics.rank_regions_by_exposure(items, metrics.exposure_scores(items))
    row = ranking.iloc[0]
    assert not row["has_report"] and pd.isna(row["rank"]) and math.isnan(row["exposure_sum"])


def test_a_region_that_stops_reporting_does_not_move_up_the_exposure_ranking(macros) -> None:
    """Issue 12 point 3: a missing report never lowers a region's exposure. Region 02 is the
    most exposed; in the next month it leaves out its worst item, then reports nothing: it
    keeps its exposure (its last report stands in, shown as "no report") and its rank."""
    cols = ["region_code", "substance_id", "category", "has_report", "is_zero_consumption",
            "days_of_cover", "n_source_sites", "n_source_countries", "hhi_source"]  # fmt: skip

    def frame(rows: list[tuple], last: dict[tuple[str, str], float] | None = None):
        items = pd.DataFrame(rows, columns=cols)
        last = last or {}
        items["last_days_of_cover"] = [
            last.get((r.region_code, r.substance_id)) for r in items.itertuples()
        ]
        items["last_report_month"] = [
            date(2026, 10, 1) if (r.region_code, r.substance_id) in last else None
            for r in items.itertuples()
        ]
        judged = _judged(macros, items)
        return metrics.rank_regions_by_exposure(judged, metrics.exposure_scores(judged))

    october = [
        ("01", "a", "medicine", True, False, 15.0, 1, 1, 1.0),  # 50
        ("01", "b", "medicine", True, False, 24.0, 1, 1, 1.0),  # 20
        ("02", "a", "medicine", True, False, 3.0, 1, 1, 1.0),  # 90
        ("02", "b", "medicine", True, False, 21.0, 1, 1, 1.0),  # 30
    ]
    before = frame(october).set_index("region_code")
    assert before.loc["02", "rank"] == 1 and before.loc["02", "exposure_sum"] == 120.0
    last = {("02", "a"): 3.0, ("02", "b"): 21.0}
    partly = frame(
        [*october[:2], ("02", "a", "medicine", False, False, None, 1, 1, 1.0), october[3]], last
    ).set_index("region_code")
    assert partly.loc["02", "rank"] == 1 and partly.loc["02", "exposure_sum"] == 120.0
    assert partly.loc["02", "n_no_report"] == 1
    silent = frame(
        [*october[:2], *[("02", x, "medicine", False, False, None, 1, 1, 1.0) for x in "ab"]],
        last,
    ).set_index("region_code")
    assert silent.loc["02", "rank"] == 1 and silent.loc["02", "exposure_sum"] == 120.0
    assert not silent.loc["02", "has_report"]  # its own state, still ranked
    # never reported: nothing known counts as no stock (shortfall 1), never as covered
    never = frame([*october[:2], ("02", "a", "medicine", False, False, None, 1, 1, 1.0)])
    assert never.set_index("region_code").loc["02", "exposure_sum"] == 100.0


def test_count_changes() -> None:
    changes = pd.DataFrame({"status": ["improved", "improved", "worsened", "no_report"]})
    got = metrics.count_changes(changes)
    assert got["improved"] == 2 and got["worsened"] == 1 and got["still_below"] == 0


def test_costs_per_year_sums_categories_per_kind() -> None:
    rows = pd.DataFrame(
        [
            (2024, "actual", "medicines", 100),
            (2024, "actual", "storage", 50),
            (2024, "planned", "medicines", 70),
            (2025, "planned", "medicines", 80),
            (2025, "planned", "storage", 20),
        ],
        columns=["year", "kind", "category", "cost_sek"],
    )
    got = metrics.costs_per_year(rows)
    assert list(got["year"]) == [2024, 2025]
    assert got.at[0, "actual_sek"] == 150 and pd.isna(got.at[1, "actual_sek"])
    assert list(got["planned_sek"]) == [70, 100]


def test_costs_per_year_of_nothing() -> None:
    empty = pd.DataFrame(columns=["year", "kind", "category", "cost_sek"])
    got = metrics.costs_per_year(empty)
    assert got.empty and list(got.columns) == ["year", "actual_sek", "planned_sek"]
