"""The disruption engine on a hand-made example where every expected number is worked out here."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dash_beredskap.scenarios import Disruption, Scenario, run_scenario, supply_left

START = date(2025, 1, 1)

ITEMS = pd.DataFrame(
    {
        "substance_id": ["A", "B", "C", "D"],
        "atc_l4": ["N01AX", "N01AX", "J01CA", None],
        "is_priority": [True, True, True, False],
    }
)
# A: its only API site is in India; B: one of its two API sites is in India; C: China and
# Sweden; D: no known site
LINKS = pd.DataFrame(
    [
        ("A", "s1", "k1", "IN", False, False, "api", None),
        ("A", "s3", "k2", "DE", True, False, "fpp", 2.0),
        ("B", "s1", "k1", "IN", False, False, "api", None),
        ("B", "s2", "k3", "IT", True, False, "api", 1.0),
        ("B", "s3", "k2", "DE", True, False, "fpp", 2.0),
        ("C", "s4", "k4", "CN", False, False, "api", 1.0),
        ("C", "s5", "k5", "SE", True, True, "fpp", 1.0),
    ],
    columns=[
        "substance_id",
        "site_id",
        "company_id",
        "country_iso2",
        "is_eu_eea",
        "is_nordic",
        "site_type",
        "capacity_index",
    ],
)
# region 03 has no report for A or C
STOCK = pd.DataFrame(
    [
        ("01", "A", 300.0, 10.0),  # 30 days, no deliveries: out on day 30
        ("01", "B", 310.0, 10.0),  # half the deliveries: 5/day net, 62 days: lasts 60
        ("01", "C", 50.0, 10.0),  # unaffected
        ("03", "B", 100.0, 10.0),  # 5/day net: out on day 20
    ],
    columns=["region_code", "substance_id", "quantity", "daily_consumption"],
)
INDIA_60 = Scenario("India", (Disruption("country", "IN", START, 60),))


def run(scenario: Scenario):
    return run_scenario(scenario, LINKS, STOCK, ITEMS, ["01", "03"], within_days=30)


def test_country_stop_removes_only_source_and_half_of_another() -> None:
    subs = run(INDIA_60).substances.set_index("substance_id")
    assert subs.loc["A", "status"] == "no_source_left"
    assert subs.loc["A", "api_sites_left_share"] == 0.0
    assert subs.loc["B", "status"] == "reduced"
    assert subs.loc["B", "api_sites_left_share"] == 0.5
    assert subs.loc["B", "supply_left_min"] == 0.5
    assert subs.loc["C", "status"] == "unaffected"
    assert subs.loc["D", "status"] == "no_known_source"


def test_stockout_days_per_region_and_no_report() -> None:
    res = run(INDIA_60)
    ri = res.regions_items.set_index(["region_code", "substance_id"])
    assert ri.loc[("01", "A"), "stockout_day"] == pytest.approx(30.0)
    assert not ri.loc[("01", "B"), "runs_out"]
    assert ri.loc[("01", "B"), "stock_left_at_end"] == pytest.approx(310 - 5 * 60)
    assert ri.loc[("03", "B"), "stockout_day"] == pytest.approx(20.0)
    assert not ri.loc[("03", "A"), "is_reported"] and not ri.loc[("03", "A"), "runs_out"]
    regions = res.regions.set_index("region_code")
    assert regions.loc["01", "n_running_out"] == 1
    assert regions.loc["01", "first_stockout_day"] == pytest.approx(30.0)
    assert regions.loc["03", "first_stockout_day"] == pytest.approx(20.0)
    assert regions.loc["03", "n_not_reported"] == 2  # A and C (D is not on the list)
    assert res.headline["n_priority_no_source"] == 1
    assert res.headline["n_regions_running_out_within"] == 2


def test_alternatives_with_a_source_and_stock_left() -> None:
    alt = run(INDIA_60).alternatives
    # region 01: A runs out; B (same ATC-4, still made in Italy) has 10 left: 10 / 10 = 1 day
    assert alt.to_dict("records") == [
        {
            "region_code": "01",
            "substance_id": "A",
            "alternative_id": "B",
            "alternative_stock_left": pytest.approx(10.0),
            "days_added": pytest.approx(1.0),
        }
    ]  # region 03: B runs out, but A has no source left: no alternative


def test_zero_length_scenario_changes_nothing() -> None:
    res = run(Scenario("none", (Disruption("country", "IN", START, 0),)))
    assert set(res.substances["status"]) == {"unaffected", "no_known_source"}
    assert not res.regions_items["runs_out"].any()
    assert res.headline["n_regions_running_out"] == 0
    assert res.alternatives.empty


def test_region_stock_loss_and_capacity_weights() -> None:
    # region 01 loses half its stock at the start; C is unaffected, so only A and B matter
    scenario = Scenario(
        "fire",
        (
            Disruption("region_stock", "01", START, 10, share=0.5),
            Disruption("site", "s3", START, 10),  # A's and B's only finished-product site
        ),
    )
    ri = run(scenario).regions_items.set_index(["region_code", "substance_id"])
    # A: 300 halved to 150, no deliveries for 10 days at 10/day: 50 left, does not run out
    assert ri.loc[("01", "A"), "stock_left_at_end"] == pytest.approx(50.0)
    assert not ri.loc[("01", "A"), "runs_out"]
    assert pd.isna(ri.loc[("01", "A"), "stockout_day"])
    assert ri.loc[("03", "B"), "stock_left_at_end"] == pytest.approx(0.0)  # 100 at 10/day
    assert ri.loc[("01", "C"), "stock_left_at_end"] == pytest.approx(25.0)  # halved, no burn
    # capacity: s3 weighs 2 at the fpp stage, but is the only fpp site: supply left 0
    left = supply_left(LINKS, pd.Index(["A", "B", "C"]), list(scenario.disruptions))
    assert left.to_dict() == {"A": 0.0, "B": 0.0, "C": 1.0}


def test_country_groups_and_bad_input() -> None:
    left = supply_left(
        LINKS, pd.Index(["A", "B", "C"]), [Disruption("country_group", "non_eu_eea", START, 5)]
    )
    assert left.to_dict() == {"A": 0.0, "B": pytest.approx(0.5), "C": 0.0}
    with pytest.raises(ValueError):
        Disruption("planet", "X", START, 1)
    with pytest.raises(ValueError):
        Disruption("region_stock", "01", START, 1, share=1.5)
