"""The disruption engine on a hand-made example where every expected number is worked out here."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from scenario_supply import run_on_links, supply_frames

from dash_beredskap.scenarios import (
    MAX_DISRUPTIONS,
    Disruption,
    KnownTargets,
    Scenario,
    compare_headlines,
    compare_regions,
    decode_disruptions,
    default_start,
    disruption_records,
    encode_disruptions,
    scenario_id_for,
    scenarios_from_frames,
    stockouts,
    substances_at_risk,
    supply_left,
    target_problem,
)

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
    return run_on_links(scenario, LINKS, STOCK, ITEMS, ["01", "03"], within_days=30)


def left_with(links: pd.DataFrame, items: list[str], disruptions: list[Disruption]) -> pd.Series:
    """supply_left with every one of `disruptions` running."""
    stages, hits = supply_frames(links, Scenario("", tuple(disruptions)))
    return supply_left(stages, hits, pd.Index(items), (1 << len(disruptions)) - 1)


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
    left = left_with(LINKS, ["A", "B", "C"], list(scenario.disruptions))
    assert left.to_dict() == {"A": 0.0, "B": 0.0, "C": 1.0}


def test_country_groups_and_bad_input() -> None:
    left = left_with(LINKS, ["A", "B", "C"], [Disruption("country_group", "non_eu_eea", START, 5)])
    assert left.to_dict() == {"A": 0.0, "B": pytest.approx(0.5), "C": 0.0}
    with pytest.raises(ValueError):
        Disruption("planet", "X", START, 1)
    with pytest.raises(ValueError):
        Disruption("region_stock", "01", START, 1, share=1.5)


# ------------------------------------------------------------------ what the page shows


def test_sites_and_known_capacity_left_per_stage() -> None:
    subs = run(INDIA_60).substances.set_index("substance_id")
    # A: its one API site (s1, capacity unknown) stops; its finished-product site s3 runs
    assert (subs.loc["A", "n_api_sites"], subs.loc["A", "n_api_sites_left"]) == (1, 0)
    assert pd.isna(subs.loc["A", "api_capacity_left_share"])  # no API capacity is known
    assert (subs.loc["A", "n_fpp_sites"], subs.loc["A", "n_fpp_sites_left"]) == (1, 1)
    # B: s1 (unknown capacity) stops, s2 (capacity 1) runs: of the known capacity all is left
    assert (subs.loc["B", "n_api_sites"], subs.loc["B", "n_api_sites_left"]) == (2, 1)
    assert subs.loc["B", "api_capacity_left_share"] == 1.0
    assert subs.loc["B", "fpp_capacity_left_share"] == 1.0
    # D has no known site at all: nothing to count, and no known source
    assert subs.loc["D", "n_api_sites"] == 0 and pd.isna(subs.loc["D", "n_api_sites_left"])
    assert pd.isna(subs.loc["D", "has_source_left"])
    assert not subs.loc["A", "has_source_left"] and subs.loc["B", "has_source_left"]


def test_stockout_dates_and_counts_per_substance() -> None:
    res = run(INDIA_60)
    subs = res.substances.set_index("substance_id")
    # A runs out in 01 on day 30 (03 has no report); B in 03 on day 20 (01 lasts)
    assert subs.loc["A", "n_regions_running_out"] == 1
    assert subs.loc["A", "n_regions_not_reported"] == 1
    assert subs.loc["A", "first_stockout_date"] == pd.Timestamp("2025-01-31")
    assert subs.loc["B", "first_stockout_date"] == pd.Timestamp("2025-01-21")
    regions = res.regions.set_index("region_code")
    assert regions.loc["01", "first_stockout_date"] == pd.Timestamp("2025-01-31")
    assert regions.loc["03", "first_stockout_date"] == pd.Timestamp("2025-01-21")
    ri = res.regions_items.set_index(["region_code", "substance_id"])
    assert ri.loc[("03", "B"), "stockout_date"] == pd.Timestamp("2025-01-21")
    # cover with no deliveries at all vs the 60-day scenario: A's 30 and B's 31 days are
    # shorter, yet B lasts, as half its deliveries go on (Italy); 03 has no report for A
    assert ri.loc[("01", "A"), "cover_shorter_than_scenario"]
    assert ri.loc[("01", "B"), "cover_shorter_than_scenario"]
    assert not ri.loc[("01", "B"), "runs_out"]
    assert not ri.loc[("03", "A"), "cover_shorter_than_scenario"]
    assert res.date_of(30) == pd.Timestamp("2025-01-31")
    assert res.headline == {
        "n_priority": 3,
        "n_priority_no_source": 1,
        "n_priority_reduced": 1,
        "n_priority_running_out": 2,
        "n_regions": 2,
        "n_regions_running_out_within": 2,
        "n_regions_running_out": 2,
        "n_regions_no_report": 0,
        "n_regions_partly_reported": 0,  # 03 lacks A and C, but B runs out there
        "within_days": 30,
        "duration_days": 60,
    }


def test_a_gap_between_disruptions_lets_the_stock_rest() -> None:
    # India stops days 0-10, delivers days 10-20, stops again days 20-50
    scenario = Scenario(
        "twice",
        (
            Disruption("country", "IN", START, 10),
            Disruption("country", "IN", date(2025, 1, 21), 30),
        ),
    )
    ri = run(scenario).regions_items.set_index(["region_code", "substance_id"])
    # A in 01: 300 - 10 x 10 = 200 on day 10, unchanged to day 20, then 10/day: out on day 40
    assert ri.loc[("01", "A"), "stockout_day"] == pytest.approx(40.0)
    # B in 01 loses 5/day while India is out: 310 - 50 - 150 = 110 left at the end
    assert ri.loc[("01", "B"), "stock_left_at_end"] == pytest.approx(110.0)


def test_a_demand_rise_of_one_and_a_half_runs_out_sooner_by_the_hand_worked_amount() -> None:
    """India stops for 60 days and, from the same day, every item is used x1.5 (war: care
    for civilians and military personnel). Deliveries stay at normal consumption x supply
    left; patients use normal consumption x 1.5; so the stock falls by cons x (1.5 - left):

    - A in 01: 300 units, 10/day, no source left: 10 x (1.5 - 0) = 15/day, 300 / 15 = day 20
      (India alone: 10/day, day 30): 10 days sooner.
    - B in 03: 100 units, half the API capacity left: 10 x (1.5 - 0.5) = 10/day: day 10
      (India alone: 5/day, day 20): 10 days sooner.
    - B in 01: 310 units at 10/day: day 31 (India alone: 5/day, lasts the 60 days).
    - C in 01: 50 units, supply untouched: 10 x (1.5 - 1) = 5/day: day 10 (India alone: never).
    """
    war = Scenario(
        "India + demand",
        (*INDIA_60.disruptions, Disruption("demand", "all", START, 60, factor=1.5)),
    )
    before = run(INDIA_60).regions_items.set_index(["region_code", "substance_id"])
    after = run(war).regions_items.set_index(["region_code", "substance_id"])
    assert before.loc[("01", "A"), "stockout_day"] == pytest.approx(30.0)
    assert after.loc[("01", "A"), "stockout_day"] == pytest.approx(20.0)
    assert after.loc[("03", "B"), "stockout_day"] == pytest.approx(10.0)
    assert not before.loc[("01", "B"), "runs_out"]
    assert after.loc[("01", "B"), "stockout_day"] == pytest.approx(31.0)
    assert after.loc[("01", "C"), "stockout_day"] == pytest.approx(10.0)
    assert not after.loc[("03", "C"), "is_reported"]  # still no report, not "running out"
    assert not after.loc[("03", "C"), "runs_out"]
    res = run(war)
    assert res.pressure == "both"
    assert res.headline["n_priority_running_out"] == 3  # A, B and now C
    # the supply side is unchanged: a demand rise stops no site
    assert (
        res.substances.set_index("substance_id")["status"].to_dict()
        == run(INDIA_60).substances.set_index("substance_id")["status"].to_dict()
    )


def test_a_demand_rise_for_a_group_from_a_later_day() -> None:
    # J01 (C's ATC group) x1.5 alone: only C in 01 changes: 50 / (10 x 0.5) = day 10
    res = run(Scenario("J01", (Disruption("demand", "J01", START, 60, factor=1.5),)))
    ri = res.regions_items.set_index(["region_code", "substance_id"])
    assert ri.loc[("01", "C"), "stockout_day"] == pytest.approx(10.0)
    assert not ri.loc[("01", "A"), "runs_out"] and not ri.loc[("01", "B"), "runs_out"]
    assert res.pressure == "demand_rise"
    assert set(res.substances["status"]) == {"unaffected", "no_known_source"}
    # India days 0-60, every item x1.5 from day 10 for 30 days. A in 01: 300 - 10 x 10 = 200
    # on day 10, then 15/day: 200 / 15 = 13.33 days more: day 23.33 (India alone: day 30)
    later = Scenario(
        "later",
        (*INDIA_60.disruptions, Disruption("demand", "all", date(2025, 1, 11), 30, factor=1.5)),
    )
    ri = run(later).regions_items.set_index(["region_code", "substance_id"])
    assert ri.loc[("01", "A"), "stockout_day"] == pytest.approx(10 + 200 / 15)
    # two rises on one item multiply: all x1.5 and J01 x2 -> C in 01 at 10 x (3 - 1) = 20/day
    both = Scenario(
        "two",
        (
            Disruption("demand", "all", START, 60, factor=1.5),
            Disruption("demand", "J01", START, 60, factor=2.0),
        ),
    )
    ri = run(both).regions_items.set_index(["region_code", "substance_id"])
    assert ri.loc[("01", "C"), "stockout_day"] == pytest.approx(50 / 20)


def test_what_a_scenario_does_is_named() -> None:
    assert INDIA_60.pressure == "supply_cut"
    assert Scenario("s", (Disruption("region_stock", "01", START, 5, share=0.5),)).pressure == (
        "supply_cut"
    )
    assert Scenario("d", (Disruption("demand", "all", START, 5, factor=1.2),)).pressure == (
        "demand_rise"
    )
    assert Scenario("x", (Disruption("demand", "all", START, 0, factor=2.0),)).pressure == "none"
    with pytest.raises(ValueError, match="factor"):
        Disruption("country", "IN", START, 5, factor=1.5)
    with pytest.raises(ValueError, match="factor"):
        Disruption("demand", "all", START, 5, factor=0.5)
    with pytest.raises(ValueError, match="factor"):
        Disruption("demand", "all", START, 5, factor=11.0)
    known = KnownTargets(atc_codes=frozenset({"J01CA04", "N01AX10"}))
    assert target_problem("demand", "all", known) is None
    assert target_problem("demand", "ppe", known) is None
    assert target_problem("demand", "J01", known) is None
    assert target_problem("demand", "J02", known) is not None
    assert target_problem("demand", "j01", known) is not None  # the stored form is upper-case


def test_a_stage_of_zero_capacity_is_counted_by_sites() -> None:
    links = LINKS.assign(capacity_index=0.0)  # B's API sites s1 (IN), s2 (IT): weights 0
    left = left_with(links, ["A", "B"], [Disruption("country", "IN", START, 5)])
    assert left.to_dict() == {"A": 0.0, "B": 0.5}


def test_alternative_totals_per_region_and_item() -> None:
    ri = run(INDIA_60).regions_items.set_index(["region_code", "substance_id"])
    assert ri.loc[("01", "A"), "n_alternatives"] == 1
    assert ri.loc[("01", "A"), "alternatives_days_added"] == pytest.approx(1.0)
    assert ri.loc[("03", "B"), "n_alternatives"] == 0  # A has no source left
    assert ri.loc[("03", "B"), "alternatives_days_added"] == 0.0
    assert pd.isna(ri.loc[("01", "C"), "alternatives_days_added"])  # C does not run out


def test_an_item_with_no_known_source_is_not_offered_as_an_alternative() -> None:
    items = pd.concat(
        [ITEMS, pd.DataFrame({"substance_id": ["E"], "atc_l4": ["N01AX"], "is_priority": [True]})]
    )
    stock = pd.concat([STOCK, pd.DataFrame([("01", "E", 1000.0, 1.0)], columns=STOCK.columns)])
    res = run_on_links(INDIA_60, LINKS, stock, items, ["01", "03"])
    subs = res.substances.set_index("substance_id")
    assert subs.loc["E", "status"] == "no_known_source"
    assert set(res.alternatives["alternative_id"]) == {"B"}


def test_extra_item_columns_are_carried_and_at_risk_is_ranked() -> None:
    items = ITEMS.assign(substance_name=["Propofol", "Ketamin", "Adrenalin", "Set"])
    res = run_on_links(INDIA_60, LINKS, STOCK, items, ["01", "03"])
    at_risk = substances_at_risk(res)
    # A has no source left; B is reduced; C and D are neither (D is not on the list)
    assert list(at_risk["substance_id"]) == ["A", "B"]
    assert list(at_risk["substance_name"]) == ["Propofol", "Ketamin"]
    outs = stockouts(res)
    assert list(zip(outs["region_code"], outs["substance_id"], strict=True)) == [
        ("01", "A"),
        ("03", "B"),
    ]


def test_a_region_without_priority_items_is_still_listed() -> None:
    res = run_on_links(INDIA_60, LINKS, STOCK, ITEMS, ["01", "03", "25"])
    regions = res.regions.set_index("region_code")
    assert regions.loc["25", "n_running_out"] == 0
    assert regions.loc["25", "n_not_reported"] == 3  # no report at all
    assert pd.isna(regions.loc["25", "first_stockout_day"])


def test_a_region_with_no_report_is_its_own_state_not_fine_and_not_short() -> None:
    """Region 25 reports nothing: nothing can run out there, yet it is not "fine" (holds)
    and not "no stock" (running out): it is "no report", counted apart in the headline.
    Region 03 lacks A and C: with nothing running out it is "partly reported", not "holds"."""
    res = run_on_links(INDIA_60, LINKS, STOCK, ITEMS, ["01", "03", "25"])
    state = res.regions.set_index("region_code")["region_state"].to_dict()
    assert state == {"01": "running_out", "03": "running_out", "25": "no_report"}
    assert res.headline["n_regions_no_report"] == 1
    assert res.headline["n_regions_running_out"] == 2  # 25 not among them
    assert res.headline["n_regions_running_out_within"] == 2
    calm = run_on_links(
        Scenario("none", (Disruption("country", "IN", START, 0),)),
        LINKS,
        STOCK,
        ITEMS,
        ["01", "03", "25"],
    )
    state = calm.regions.set_index("region_code")["region_state"].to_dict()
    assert state == {"01": "holds", "03": "partly_reported", "25": "no_report"}
    assert (calm.headline["n_regions_no_report"], calm.headline["n_regions_partly_reported"]) == (
        1,
        1,
    )
    # the comparison carries the count too
    table = compare_headlines(res, calm).set_index("key")
    assert table.loc["n_regions_no_report"].tolist() == [1, 1, 0]


def test_two_results_side_by_side() -> None:
    a = run(INDIA_60)
    b = run(Scenario("none", (Disruption("country", "IN", START, 0),)))
    table = compare_headlines(a, b).set_index("key")
    assert table.loc["n_priority_no_source"].tolist() == [1, 0, -1]
    assert table.loc["duration_days"].tolist() == [60, 0, -60]
    by_region = compare_regions(a, b).set_index("region_code")
    assert by_region.loc["01", ["n_running_out_a", "n_running_out_b", "difference"]].tolist() == [
        1,
        0,
        -1,
    ]


# ------------------------------------------------------------------ the scenario as data


def test_url_round_trip_keeps_every_disruption() -> None:
    disruptions = (
        Disruption("country", "IN", START, 90),
        Disruption("country_group", "non_eu_eea", START, 60),
        Disruption("company", "CO:1,x/ä", date(2025, 2, 1), 180),  # awkward characters
        Disruption("site", "SITE-00001", date(2025, 3, 1), 0),
        Disruption("region_stock", "01", START, 30, share=0.25),
    )
    text = encode_disruptions(disruptions)
    assert text.startswith("country:IN:2025-01-01:90,country_group:non_eu_eea:2025-01-01:60,")
    assert text.endswith("region_stock:01:2025-01-01:30:0.25")
    assert decode_disruptions(text) == disruptions
    assert decode_disruptions("") == ()


@pytest.mark.parametrize(
    "text",
    [
        "country:IN:2025-01-01",  # no duration
        "country:IN:2025-13-01:90",  # no such month
        "country:IN:2025-01-01:-5",  # negative
        "country:IN:2025-01-01:99999",  # beyond ten years
        "planet:X:2025-01-01:5",  # unknown kind
        "country_group:asia:2025-01-01:5",  # unknown group
        "country:IN:2025-01-01:5:0.5",  # only a region's stock is lost in part
        "region_stock:01:2025-01-01:5:1.5",  # share above 1
        ",".join(["country:IN:2025-01-01:5"] * (MAX_DISRUPTIONS + 1)),
    ],
)
def test_url_decoding_refuses_what_is_not_a_scenario(text: str) -> None:
    with pytest.raises(ValueError):
        decode_disruptions(text)


def test_url_decoding_checks_targets_against_the_database() -> None:
    known = KnownTargets(
        countries=frozenset({"IN", "SE"}),
        companies=frozenset({"k1"}),
        sites=frozenset({"s1"}),
        regions=frozenset({"01"}),
    )
    ok = "country:IN:2025-01-01:5,company:k1:2025-01-01:5,site:s1:2025-01-01:5"
    assert len(decode_disruptions(ok, known)) == 3
    for bad in (
        "country:XX:2025-01-01:5",
        "company:k9:2025-01-01:5",
        "region_stock:02:2025-01-01:5",
    ):
        with pytest.raises(ValueError, match="is not"):
            decode_disruptions(bad, known)
    assert target_problem("region_stock", "01", known) is None
    assert "country group" in target_problem("country_group", "x", known)


def test_scenario_ids_are_url_safe_slugs_of_the_name() -> None:
    assert scenario_id_for("Indien stoppar i 90 dagar!") == "indien-stoppar-i-90-dagar"
    assert scenario_id_for("Årets övning: Östergötland") == "arets-ovning-ostergotland"
    assert scenario_id_for("   ") == "scenario"
    assert len(scenario_id_for("x" * 200)) == 64


def test_saved_rows_give_back_the_scenario() -> None:
    scenario = Scenario(
        "Övning",
        (
            Disruption("country", "IN", START, 90),
            Disruption("region_stock", "01", START, 30, share=0.5),
        ),
        "Beskrivning",
    )
    records = disruption_records("ovning", scenario)
    assert [r["kind"] for r in records] == ["country", "region_stock"]
    assert records[1]["share"] == "0.5" and records[0]["start_date"] == "2025-01-01"
    rows = pd.DataFrame(
        [
            {
                "scenario_id": "ovning",
                "seq": i + 1,
                "kind": d.kind,
                "target": d.target,
                "start_date": pd.Timestamp(d.start),
                "duration_days": d.duration_days,
                "share": d.share,
            }
            for i, d in enumerate(scenario.disruptions)
        ]
    )
    saved = pd.DataFrame(
        [{"scenario_id": "ovning", "name": "Övning", "description": "Beskrivning"}]
    )
    assert scenarios_from_frames(saved, rows) == {"ovning": scenario}


def test_a_new_scenario_starts_the_month_after_the_stock_report() -> None:
    assert default_start(date(2026, 11, 1)) == date(2026, 12, 1)
    assert default_start(date(2026, 12, 15)) == date(2027, 1, 1)
    assert default_start(None, today=date(2026, 1, 31)) == date(2026, 2, 1)
