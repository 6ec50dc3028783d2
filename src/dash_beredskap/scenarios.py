"""The disruption engine: what if a country, a company or a site stops delivering?

Pure pandas/numpy: frames in, frames out, no Streamlit and no database, so every rule can be
tested on a hand-made example. The supply side arrives pre-aggregated (agg_scenario_stages, and
only the site groups the scenario's shocks stop: the query scenarios/scenario_supply_hits), so
no view moves every (item, site) link to Python.

The model, in plain words (the page says the same in Swedish and English):
- A scenario is a list of disruptions. Each stops some sites (every site in a country or a
  country group, every site of a company, or one site), removes a share of one region's
  stock, or raises consumption (a demand factor, e.g. x1.5, for every item, a category or an
  ATC group: war and crisis, with care for civilians and military personnel), from its start
  date for its duration. Day 0 is the earliest start. The headline says whether the scenario
  cuts supply (sites or stock), raises demand, or both.
- An item's supply left at a moment is the smallest, over its production stages (active
  substance, finished product), of the share of that stage's capacity still running (a site of
  unknown capacity counts as 1; a stage whose sites all have capacity 0 is counted by sites).
  A stage with no known site does not limit the item. Packaging sites are not modelled.
- Deliveries to a region replace that share of its normal consumption, so its stock falls by
  consumption x (demand factor - supply left) per day: deliveries stay at the normal rate
  times the supply left (they do not grow with demand), the patients use normal consumption
  times the demand factor (1 without a demand rise; two demand rises on one item multiply).
  Stock at the scenario's start is the latest report. A region's stock loss happens once, on
  its start day; deliveries go on as before.
- An item runs out in a region on the first day its stock reaches zero before the scenario ends
  (the day is counted from day 0; the date is day 0 + the whole days). An item the region did
  not report is not counted as running out: it is "not reported". A region's state: running
  out (a priority item it reported runs out), no report (it reported no priority item: it can
  be judged neither short nor fine), partly reported (nothing it reported runs out, but some
  priority items are not reported), holds (every priority item reported, none runs out).
- Treatment alternatives are the other items of the same ATC level-4 group that still have a
  known source. Assumption: quantities are in comparable daily doses, so one unit of an
  alternative replaces one unit of the item; only the alternative's stock left at the end of
  the scenario, after its own patients, counts: days added = that stock / the item's daily
  consumption. Two items of one group running out in one region are each offered the same
  alternative stock (the days added are not shared out between them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from urllib.parse import quote, unquote

import numpy as np
import pandas as pd

DISRUPTION_KINDS = ("country", "country_group", "company", "site", "region_stock", "demand")
SUPPLY_KINDS = ("country", "country_group", "company", "site", "region_stock")
DEMAND_ALL = "all"  # a demand rise for every item
DEMAND_CATEGORIES = ("medicine", "device", "ppe")  # substances.category
MAX_DEMAND_FACTOR = 10.0  # consumption x10 is a typing error, not a scenario
# what a scenario does to the balance of stock: the headline says which
PRESSURE_NONE, PRESSURE_SUPPLY, PRESSURE_DEMAND, PRESSURE_BOTH = (
    "none",
    "supply_cut",
    "demand_rise",
    "both",
)
COUNTRY_GROUPS = ("non_eu_eea", "eu_eea", "nordic", "non_nordic")
STATUS_UNAFFECTED, STATUS_REDUCED, STATUS_NO_SOURCE, STATUS_UNKNOWN = (
    "unaffected",
    "reduced",
    "no_source_left",
    "no_known_source",
)
STATUSES = (STATUS_NO_SOURCE, STATUS_REDUCED, STATUS_UNAFFECTED, STATUS_UNKNOWN)
# a region's state in a scenario: a region that reported nothing is its own state, never
# "fine" (nothing runs out) and never "no stock" (issue 12, point 3)
REGION_RUNNING_OUT, REGION_PARTLY_REPORTED, REGION_HOLDS, REGION_NO_REPORT = (
    "running_out",
    "partly_reported",
    "holds",
    "no_report",
)
REGION_STATES = (REGION_RUNNING_OUT, REGION_NO_REPORT, REGION_PARTLY_REPORTED, REGION_HOLDS)
MAX_DURATION_DAYS = 3650  # ten years: longer is a typing error, not a scenario
MAX_DISRUPTIONS = 20  # in one scenario (and one URL)
DEFAULT_WITHIN_DAYS = 30  # the one-month target: "regions running out within 30 days"
SCENARIO_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"

# columns the inputs must have
# the supply side: per (item, stage) every site in all (the query scenarios/scenario_stages)
# and the sites a scenario stops, grouped by a bit mask of the disruptions that stop them
# (scenarios/scenario_supply_hits with shock_lists(scenario)); counts are of sites, sites of
# capacity above 0 (n_weighted) and sites of known capacity; capacity unknown counts as 1
STAGE_COLUMNS = (
    "substance_id",
    "stage",
    "n_sites",
    "n_weighted",
    "total",
    "known_total",
    "n_known",
)
HIT_COLUMNS = (*STAGE_COLUMNS[:2], "mask", *STAGE_COLUMNS[2:])
STOCK_COLUMNS = ("region_code", "substance_id", "quantity", "daily_consumption")
ITEM_COLUMNS = ("substance_id", "atc_l4", "is_priority")
STAGES = ("api", "fpp")


@dataclass(frozen=True)
class Disruption:
    """One thing that stops: `target` is an ISO country code, a country group, a company id,
    a site id or a region code (with `share` of its stock lost, 0..1); or a demand rise
    (kind `demand`): `target` is `all`, a category or an ATC code prefix, `factor` (1..10)
    multiplies normal consumption."""

    kind: str
    target: str
    start: date
    duration_days: int
    share: float = 1.0
    factor: float = 1.0

    def __post_init__(self) -> None:
        if self.kind not in DISRUPTION_KINDS:
            raise ValueError(f"unknown disruption kind {self.kind!r}")
        if self.kind == "country_group" and self.target not in COUNTRY_GROUPS:
            raise ValueError(f"unknown country group {self.target!r}")
        if not self.target:
            raise ValueError("a disruption needs a target")
        if self.duration_days < 0:
            raise ValueError("duration_days must not be negative")
        if self.duration_days > MAX_DURATION_DAYS:
            raise ValueError(f"duration_days must be at most {MAX_DURATION_DAYS}")
        if not 0.0 <= self.share <= 1.0:
            raise ValueError("share must be between 0 and 1")
        if self.kind != "region_stock" and self.share != 1.0:
            raise ValueError("only a region's stock can be partly lost (share); sites stop")
        if self.kind != "demand" and self.factor != 1.0:
            raise ValueError("only a demand rise has a factor")
        if not 1.0 <= self.factor <= MAX_DEMAND_FACTOR:
            raise ValueError(f"factor must be between 1 and {MAX_DEMAND_FACTOR:g}")

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.duration_days)


@dataclass(frozen=True)
class Scenario:
    name: str
    disruptions: tuple[Disruption, ...] = ()
    description: str = ""

    @property
    def start(self) -> date | None:
        return min((d.start for d in self.disruptions), default=None)

    @property
    def end(self) -> date | None:
        return max((d.end for d in self.disruptions), default=None)

    @property
    def duration_days(self) -> int:
        if self.start is None or self.end is None:
            return 0
        return (self.end - self.start).days

    @property
    def pressure(self) -> str:
        """What the scenario does: cuts supply (sites stop or stock is lost), raises demand,
        both, or nothing (no disruption that lasts a day; a factor of 1 raises nothing)."""
        lasting = [d for d in self.disruptions if d.duration_days > 0]
        supply = any(d.kind in SUPPLY_KINDS for d in lasting)
        demand = any(d.kind == "demand" and d.factor > 1.0 for d in lasting)
        if supply and demand:
            return PRESSURE_BOTH
        return PRESSURE_SUPPLY if supply else PRESSURE_DEMAND if demand else PRESSURE_NONE


@dataclass
class ScenarioResult:
    """Every frame the page shows, plus the headline counts."""

    substances: pd.DataFrame  # one row per item: sites and capacity left, status
    regions_items: pd.DataFrame  # one row per region x item: stock-out day
    regions: pd.DataFrame  # one row per region: priority items running out, first day
    alternatives: pd.DataFrame  # one row per (region, item running out, alternative)
    duration_days: int
    start: date | None = None
    end: date | None = None
    headline: dict[str, int] = field(default_factory=dict)
    pressure: str = PRESSURE_NONE  # supply_cut, demand_rise, both (Scenario.pressure)

    def date_of(self, day: float) -> pd.Timestamp | None:
        """The calendar date of scenario day `day` (day 0 = the start), None without a start."""
        if self.start is None:
            return None
        return pd.Timestamp(self.start) + pd.Timedelta(days=int(np.floor(day)))


# ------------------------------------------------------------------ which sites stop


def shock_lists(scenario: Scenario) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The scenario's disruptions as (kinds, targets) in order: the arguments of the query
    scenarios/scenario_supply_hits, whose bit i stands for disruption i."""
    return (
        tuple(d.kind for d in scenario.disruptions),
        tuple(d.target for d in scenario.disruptions),
    )


_SUMS = ["n_sites", "n_weighted", "total", "known_total", "n_known"]


def _stage_state(stages: pd.DataFrame, hits: pd.DataFrame, mask: int) -> pd.DataFrame:
    """Per (substance, stage): sites and capacity in all and still running while the
    disruptions of bit `mask` run: the totals (`stages`, STAGE_COLUMNS) less the site groups
    those disruptions stop (`hits`, HIT_COLUMNS).

    Exact where it decides: counts are integers; nothing stopped leaves the total itself,
    and no site of capacity above 0 left leaves 0 (not a rounding rest of a subtraction).
    """
    by = stages.set_index(["substance_id", "stage"])[_SUMS].sort_index()
    stopped = hits.loc[(hits["mask"].to_numpy(dtype=np.int64) & mask) != 0]
    out = stopped.groupby(["substance_id", "stage"])[_SUMS].sum().reindex(by.index, fill_value=0)
    weighted_left = by["n_weighted"] - out["n_weighted"]
    by["n_left"] = by["n_sites"] - out["n_sites"]
    by["running"] = np.where(weighted_left > 0, (by["total"] - out["total"]).clip(lower=0), 0.0)
    by["known_running"] = np.where(
        weighted_left > 0, (by["known_total"] - out["known_total"]).clip(lower=0), 0.0
    )
    by_sites = by["n_left"] / by["n_sites"]
    by["supply_share"] = (by["running"] / by["total"].where(by["total"] > 0)).fillna(by_sites)
    by["capacity_share"] = by["known_running"] / by["known_total"].where(by["known_total"] > 0)
    by.loc[by["n_known"] == 0, "capacity_share"] = np.nan
    return by


def supply_left(stages: pd.DataFrame, hits: pd.DataFrame, items: pd.Index, mask: int) -> pd.Series:
    """Share of supply left per item (index: substance_id) while the disruptions of bit
    `mask` run (`stages`, `hits`: see _stage_state).

    The smallest over stages (api, fpp) of the running share of that stage's capacity; an item
    with no known site keeps 1.0 (nothing known to stop).
    """
    if stages.empty:
        return pd.Series(1.0, index=items, name="supply_left")
    state = _stage_state(stages, hits, mask)
    left = state["supply_share"].groupby(level="substance_id").min()
    return left.reindex(items, fill_value=1.0).rename("supply_left")


def demand_hits(items: pd.DataFrame, target: str) -> np.ndarray:
    """Boolean mask over `items`: the item is in a demand rise's target (`all`, a category
    of the `category` column, else an ATC code prefix of `atc_code`, or of `atc_l4` when the
    frame has no `atc_code`)."""
    if target == DEMAND_ALL:
        return np.ones(len(items), dtype=bool)
    if target in DEMAND_CATEGORIES:
        if "category" not in items.columns:
            return np.zeros(len(items), dtype=bool)
        return (items["category"] == target).to_numpy()
    column = "atc_code" if "atc_code" in items.columns else "atc_l4"
    codes = items[column].fillna("").astype(str).str.upper()
    return codes.str.startswith(target.upper()).to_numpy()


def demand_factor(items: pd.DataFrame, active: Sequence[Disruption]) -> pd.Series:
    """Per item (index: substance_id): normal consumption is multiplied by this while the
    `active` disruptions run (1 without a demand rise; overlapping rises multiply)."""
    factor = np.ones(len(items), dtype=float)
    for d in active:
        if d.kind == "demand":
            factor = np.where(demand_hits(items, d.target), factor * d.factor, factor)
    return pd.Series(factor, index=pd.Index(items["substance_id"], name="substance_id"))


def _segments(scenario: Scenario) -> list[tuple[int, int, list[Disruption], int]]:
    """Split the scenario into (from day, to day, active disruptions, their bit mask) with
    nothing changing; bit i stands for disruption i (as in scenarios/scenario_supply)."""
    if scenario.start is None:
        return []
    start = scenario.start
    cuts = sorted(
        {(d.start - start).days for d in scenario.disruptions}
        | {(d.end - start).days for d in scenario.disruptions}
    )
    segments = []
    for a, b in pairwise(cuts):
        on = [
            i
            for i, d in enumerate(scenario.disruptions)
            if (d.start - start).days <= a and (d.end - start).days >= b and d.duration_days > 0
        ]
        mask = sum(1 << i for i in on)
        segments.append((a, b, [scenario.disruptions[i] for i in on], mask))
    return segments


# ------------------------------------------------------------------ the run


def run_scenario(
    scenario: Scenario,
    stages: pd.DataFrame,
    hits: pd.DataFrame,
    stock: pd.DataFrame,
    items: pd.DataFrame,
    region_codes: Sequence[str],
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> ScenarioResult:
    """Apply `scenario` to the supply side, the latest stock per region and item, and the items.

    `stages`: STAGE_COLUMNS, every site per item and stage (scenarios/scenario_stages);
    `hits`: HIT_COLUMNS, the sites the scenario stops (scenarios/scenario_supply_hits with
    shock_lists(scenario): a bit mask per group says which disruptions stop it). `stock`:
    STOCK_COLUMNS, one row per region and item reported (no row = no report). `items`:
    ITEM_COLUMNS for every item; any other columns (a name, say) are carried into
    `substances`. `within_days`: the horizon of the headline's "regions running out within N
    days".

    Long on purpose: one pass over the scenario's days in the order the method text gives (supply
    left, demand, stock, stock-out day), so it reads as the method does.
    """
    items = items.sort_values("substance_id").reset_index(drop=True)
    item_ids = pd.Index(items["substance_id"], name="substance_id")
    segments = _segments(scenario)

    # per segment: the state of every (item, stage); the worst moment decides the status
    has_sites = len(stages) > 0
    states = [_stage_state(stages, hits, m) for *_, m in segments] if has_sites else []
    seg_left = [
        s["supply_share"].groupby(level="substance_id").min().reindex(item_ids, fill_value=1.0)
        for s in states
    ] or [pd.Series(1.0, index=item_ids) for _ in segments]
    worst = pd.Series(1.0, index=item_ids)
    for left in seg_left:
        worst = np.minimum(worst, left)
    if has_sites and not states:  # no disruption at all: an ordinary day
        states = [_stage_state(stages, hits, 0)]
    substances = _substance_frame(items, item_ids, worst, stages, states)

    seg_demand = [demand_factor(items, active) for _a, _b, active, _m in segments]
    regions_items = _stock_through_segments(
        scenario, segments, seg_left, seg_demand, stock, item_ids, region_codes, substances
    )
    alternatives = _alternatives(regions_items, substances)
    regions_items = _with_alternative_totals(regions_items, alternatives)
    substances = _with_region_counts(substances, regions_items, scenario.start)
    regions = _region_frame(regions_items, region_codes, within_days, scenario.start)

    priority = substances["is_priority"]
    headline = {
        "n_priority": int(priority.sum()),
        "n_priority_no_source": int(((substances["status"] == STATUS_NO_SOURCE) & priority).sum()),
        "n_priority_reduced": int(((substances["status"] == STATUS_REDUCED) & priority).sum()),
        "n_priority_running_out": int(((substances["n_regions_running_out"] > 0) & priority).sum()),
        "n_regions": len(regions),
        "n_regions_running_out_within": int((regions["n_running_out_within"] > 0).sum()),
        "n_regions_running_out": int((regions["n_running_out"] > 0).sum()),
        "n_regions_no_report": int((regions["region_state"] == REGION_NO_REPORT).sum()),
        "n_regions_partly_reported": int((regions["region_state"] == REGION_PARTLY_REPORTED).sum()),
        "within_days": int(within_days),
        "duration_days": scenario.duration_days,
    }
    return ScenarioResult(
        substances=substances,
        regions_items=regions_items,
        regions=regions,
        alternatives=alternatives,
        duration_days=scenario.duration_days,
        start=scenario.start,
        end=scenario.end,
        headline=headline,
        pressure=scenario.pressure,
    )


def _substance_frame(
    items: pd.DataFrame,
    item_ids: pd.Index,
    worst: pd.Series,
    stages: pd.DataFrame,
    states: list[pd.DataFrame],
) -> pd.DataFrame:
    """One row per item: sites and capacity left per stage at the worst moment, and status."""
    is_known = item_ids.isin(stages["substance_id"].unique())
    status = np.where(
        ~is_known,
        STATUS_UNKNOWN,
        np.where(
            worst <= 0.0, STATUS_NO_SOURCE, np.where(worst < 1.0, STATUS_REDUCED, STATUS_UNAFFECTED)
        ),
    )
    extra = [c for c in items.columns if c not in ITEM_COLUMNS]
    out = pd.DataFrame({"substance_id": item_ids})
    for c in extra:
        out[c] = items[c].to_numpy()
    out["atc_l4"] = items["atc_l4"].to_numpy()
    out["is_priority"] = items["is_priority"].fillna(False).astype(bool).to_numpy()
    for stage in STAGES:
        n_sites = pd.Series(0, index=item_ids, dtype=int)
        n_left = pd.Series(np.nan, index=item_ids)
        capacity = pd.Series(np.nan, index=item_ids)
        for state in states:
            try:
                part = state.xs(stage, level="stage")
            except KeyError:
                continue
            n_sites = part["n_sites"].reindex(item_ids, fill_value=0).astype(int)
            n_left = np.fmin(n_left, part["n_left"].reindex(item_ids).astype(float))
            capacity = np.fmin(capacity, part["capacity_share"].reindex(item_ids))
        out[f"n_{stage}_sites"] = n_sites.to_numpy()
        out[f"n_{stage}_sites_left"] = pd.array(n_left.to_numpy(), dtype="Float64").astype("Int64")
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(n_sites > 0, n_left / n_sites.replace(0, np.nan), np.nan)
        out[f"{stage}_sites_left_share"] = share
        out[f"{stage}_capacity_left_share"] = capacity.to_numpy()
    out["supply_left_min"] = worst.to_numpy()
    out["has_source_left"] = pd.array(
        np.where(is_known, worst.to_numpy() > 0.0, False), dtype="boolean"
    )
    out.loc[~is_known, "has_source_left"] = pd.NA
    out["status"] = status
    return out


def _stock_through_segments(
    scenario: Scenario,
    segments: list[tuple[int, int, list[Disruption], int]],
    seg_left: list[pd.Series],
    seg_demand: list[pd.Series],
    stock: pd.DataFrame,
    item_ids: pd.Index,
    region_codes: Sequence[str],
    substances: pd.DataFrame,
) -> pd.DataFrame:
    """One row per region x item: stock through the segments, the day it runs out."""
    grid = pd.MultiIndex.from_product(
        [sorted(region_codes), item_ids], names=["region_code", "substance_id"]
    ).to_frame(index=False)
    grid = grid.merge(stock[list(STOCK_COLUMNS)], on=["region_code", "substance_id"], how="left")
    reported = grid["quantity"].notna().to_numpy()
    # each row's position in item_ids, to look the per-item factors up by position
    item_pos = item_ids.get_indexer(grid["substance_id"])
    qty = grid["quantity"].fillna(0.0).to_numpy(dtype=float)
    cons = grid["daily_consumption"].fillna(0.0).to_numpy(dtype=float)
    region = grid["region_code"].to_numpy()
    stockout = np.full(len(grid), np.nan)
    start = scenario.start
    for (a, b, active, _mask), left, demand in zip(segments, seg_left, seg_demand, strict=True):
        # a region's stock loss happens at the start of its disruption
        for d in active:
            if d.kind == "region_stock" and start is not None and (d.start - start).days == a:
                qty = np.where(region == d.target, qty * (1 - d.share), qty)
        f = left.reindex(item_ids).to_numpy(dtype=float)[item_pos]
        g = demand.reindex(item_ids).to_numpy(dtype=float)[item_pos]
        burn = cons * (g - f)  # patients use cons x g; deliveries bring cons x f
        length = b - a
        with np.errstate(divide="ignore", invalid="ignore"):
            t_out = np.where(burn > 0, qty / burn, np.inf)
        newly = reported & np.isnan(stockout) & (t_out <= length)
        stockout = np.where(newly, a + t_out, stockout)
        qty = np.maximum(qty - burn * length, 0.0)
    runs_out = reported & ~np.isnan(stockout)
    with np.errstate(divide="ignore", invalid="ignore"):
        days_cover = np.where(
            reported & (cons > 0), grid["quantity"].fillna(0.0).to_numpy() / cons, np.nan
        )
    return grid.assign(
        is_reported=reported,
        days_of_cover_at_start=days_cover,
        cover_shorter_than_scenario=reported & (days_cover < scenario.duration_days),
        stockout_day=stockout,
        stockout_date=_dates(start, stockout),
        runs_out=runs_out,
        stock_left_at_end=np.where(reported, qty, np.nan),
    ).merge(substances[["substance_id", "is_priority", "status", "atc_l4"]], on="substance_id")


def _dates(start: date | None, days: np.ndarray | pd.Series) -> pd.Series:
    """day 0 + the whole days (NaN stays NaT): the calendar day an item runs out."""
    days = pd.Series(np.asarray(days, dtype=float))
    if start is None:
        return pd.Series(pd.NaT, index=days.index, dtype="datetime64[ns]")
    return pd.Timestamp(start) + pd.to_timedelta(np.floor(days), unit="D")


def _region_frame(
    regions_items: pd.DataFrame,
    region_codes: Sequence[str],
    within_days: int,
    start: date | None,
) -> pd.DataFrame:
    """One row per region (every region, also one with nothing on the list)."""
    priority_rows = regions_items[regions_items["is_priority"]]
    within = priority_rows["stockout_day"] <= within_days
    regions = (
        priority_rows.assign(within=within, not_reported=~priority_rows["is_reported"])
        .groupby("region_code", sort=True)
        .agg(
            n_priority=("substance_id", "size"),
            n_not_reported=("not_reported", "sum"),
            n_running_out=("runs_out", "sum"),
            n_running_out_within=("within", "sum"),
            first_stockout_day=("stockout_day", "min"),
        )
        .reindex(sorted(region_codes))
    )
    for c in ("n_priority", "n_not_reported", "n_running_out", "n_running_out_within"):
        regions[c] = regions[c].fillna(0).astype(int)
    regions.index.name = "region_code"
    regions = regions.reset_index()
    regions["first_stockout_date"] = _dates(start, regions["first_stockout_day"]).to_numpy()
    regions["region_state"] = np.select(
        [
            regions["n_running_out"] > 0,
            (regions["n_priority"] > 0) & (regions["n_not_reported"] >= regions["n_priority"]),
            regions["n_not_reported"] > 0,
        ],
        [REGION_RUNNING_OUT, REGION_NO_REPORT, REGION_PARTLY_REPORTED],
        default=REGION_HOLDS,
    )
    return regions


def _with_region_counts(
    substances: pd.DataFrame, regions_items: pd.DataFrame, start: date | None
) -> pd.DataFrame:
    """Per item: in how many regions it runs out, and the first day anywhere."""
    by = (
        regions_items.assign(not_reported=~regions_items["is_reported"].astype(bool))
        .groupby("substance_id", sort=False)
        .agg(
            n_regions_running_out=("runs_out", "sum"),
            first_stockout_day=("stockout_day", "min"),
            n_regions_not_reported=("not_reported", "sum"),
        )
    )
    out = substances.merge(by, left_on="substance_id", right_index=True, how="left")
    out["n_regions_running_out"] = out["n_regions_running_out"].fillna(0).astype(int)
    out["n_regions_not_reported"] = out["n_regions_not_reported"].fillna(0).astype(int)
    out["first_stockout_date"] = _dates(start, out["first_stockout_day"]).to_numpy()
    return out


def _alternatives(regions_items: pd.DataFrame, substances: pd.DataFrame) -> pd.DataFrame:
    """For each region and item that runs out: same-ATC-4 items with a known source left and
    stock left at the end of the scenario."""
    columns = [
        "region_code",
        "substance_id",
        "alternative_id",
        "alternative_stock_left",
        "days_added",
    ]
    out = regions_items.loc[
        regions_items["runs_out"] & regions_items["atc_l4"].notna(),
        ["region_code", "substance_id", "atc_l4", "daily_consumption"],
    ]
    if out.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype=object if c.endswith(("code", "id")) else float) for c in columns}
        )
    with_source = set(
        substances.loc[
            substances["status"].isin([STATUS_UNAFFECTED, STATUS_REDUCED]), "substance_id"
        ]
    )
    candidates = regions_items.loc[
        regions_items["substance_id"].isin(with_source)
        & regions_items["is_reported"]
        & (regions_items["stock_left_at_end"] > 0),
        ["region_code", "substance_id", "atc_l4", "stock_left_at_end"],
    ].rename(
        columns={"substance_id": "alternative_id", "stock_left_at_end": "alternative_stock_left"}
    )
    pairs = out.merge(candidates, on=["region_code", "atc_l4"])
    pairs = pairs[pairs["alternative_id"] != pairs["substance_id"]]
    pairs = pairs.assign(days_added=pairs["alternative_stock_left"] / pairs["daily_consumption"])
    return (
        pairs[columns]
        .sort_values(["region_code", "substance_id", "alternative_id"])
        .reset_index(drop=True)
    )


def _with_alternative_totals(
    regions_items: pd.DataFrame, alternatives: pd.DataFrame
) -> pd.DataFrame:
    """Per region and item: how many alternatives, and the days they add together."""
    totals = alternatives.groupby(["region_code", "substance_id"]).agg(
        n_alternatives=("alternative_id", "size"), alternatives_days_added=("days_added", "sum")
    )
    out = regions_items.merge(
        totals, left_on=["region_code", "substance_id"], right_index=True, how="left"
    )
    out["n_alternatives"] = out["n_alternatives"].fillna(0).astype(int)
    out.loc[~out["runs_out"], "alternatives_days_added"] = np.nan
    out.loc[out["runs_out"], "alternatives_days_added"] = out.loc[
        out["runs_out"], "alternatives_days_added"
    ].fillna(0.0)
    return out


# ------------------------------------------------------------------ views of a result


def substances_at_risk(result: ScenarioResult, priority_only: bool = True) -> pd.DataFrame:
    """Items that lose supply or run out somewhere, worst first: no source left, then by the
    number of regions running out, the supply left and the first stock-out day."""
    s = result.substances
    hit = s["status"].isin([STATUS_NO_SOURCE, STATUS_REDUCED]) | (s["n_regions_running_out"] > 0)
    if priority_only:
        hit &= s["is_priority"]
    rank = {status: i for i, status in enumerate(STATUSES)}
    out = s[hit].assign(_rank=s.loc[hit, "status"].map(rank))
    out = out.sort_values(
        ["_rank", "n_regions_running_out", "supply_left_min", "first_stockout_day", "substance_id"],
        ascending=[True, False, True, True, True],
        na_position="last",
    )
    return out.drop(columns="_rank").reset_index(drop=True)


def stockouts(result: ScenarioResult, priority_only: bool = True) -> pd.DataFrame:
    """Every (region, item) that runs out before the scenario ends, by region and day."""
    ri = result.regions_items
    keep = ri["runs_out"] & (ri["is_priority"] if priority_only else True)
    return (
        ri[keep].sort_values(["region_code", "stockout_day", "substance_id"]).reset_index(drop=True)
    )


HEADLINE_KEYS = (
    "n_priority_no_source",
    "n_priority_reduced",
    "n_priority_running_out",
    "n_regions_running_out_within",
    "n_regions_running_out",
    "n_regions_no_report",
    "duration_days",
)


def compare_headlines(a: ScenarioResult, b: ScenarioResult) -> pd.DataFrame:
    """The headline figures of two results side by side: key, a, b, difference (b - a)."""
    rows = [(k, a.headline[k], b.headline[k], b.headline[k] - a.headline[k]) for k in HEADLINE_KEYS]
    return pd.DataFrame(rows, columns=["key", "a", "b", "difference"])


def compare_regions(a: ScenarioResult, b: ScenarioResult) -> pd.DataFrame:
    """Per region: priority items running out and the first stock-out day under a and b."""
    cols = ["region_code", "n_running_out", "first_stockout_day", "first_stockout_date"]
    return (
        a.regions[cols]
        .merge(b.regions[cols], on="region_code", how="outer", suffixes=("_a", "_b"))
        .assign(
            n_running_out_a=lambda f: f["n_running_out_a"].fillna(0).astype(int),
            n_running_out_b=lambda f: f["n_running_out_b"].fillna(0).astype(int),
        )
        .assign(difference=lambda f: f["n_running_out_b"] - f["n_running_out_a"])
        .sort_values("region_code")
        .reset_index(drop=True)
    )


# ------------------------------------------------------------------ targets and names


@dataclass(frozen=True)
class KnownTargets:
    """What a disruption may name: the codes and ids in the database."""

    countries: frozenset[str] = frozenset()
    companies: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    atc_codes: frozenset[str] = frozenset()  # the items' ATC codes (a demand rise's groups)


COUNTRY_GROUP_ALIASES: dict[str, str] = {
    **{g: g for g in COUNTRY_GROUPS},
    "non-eu/eea": "non_eu_eea",
    "utanför eu/ees": "non_eu_eea",
    "utanfor_eu_ees": "non_eu_eea",
    "eu/eea": "eu_eea",
    "eu/ees": "eu_eea",
    "eu_ees": "eu_eea",
    "norden": "nordic",
    "utanför norden": "non_nordic",
    "utanfor_norden": "non_nordic",
}


DEMAND_TARGET_ALIASES: dict[str, str] = {
    **{g: g for g in (DEMAND_ALL, *DEMAND_CATEGORIES)},
    "alla": DEMAND_ALL,
    "allt": DEMAND_ALL,
    "läkemedel": "medicine",
    "medicinteknik": "device",
    "skyddsutrustning": "ppe",
}


def target_problem(kind: str, target: str, known: KnownTargets) -> str | None:
    """None if `target` names something of `kind` in `known`, else what was expected."""
    if kind == "country":
        ok, what = target in known.countries, "an ISO 3166-1 alpha-2 code in the countries table"
    elif kind == "country_group":
        ok, what = target in COUNTRY_GROUPS, "a country group: " + ", ".join(COUNTRY_GROUPS)
    elif kind == "company":
        ok, what = target in known.companies, "a company_id in the companies table"
    elif kind == "site":
        ok, what = target in known.sites, "a site_id in the sites table"
    elif kind == "region_stock":
        ok, what = target in known.regions, "a region code 01–25"
    elif kind == "demand":
        ok = target in (DEMAND_ALL, *DEMAND_CATEGORIES) or (
            bool(re.fullmatch(r"[A-Z][0-9A-Z]{0,6}", target))
            and any(code.startswith(target) for code in known.atc_codes)
        )
        what = (
            f"{DEMAND_ALL}, a category ({', '.join(DEMAND_CATEGORIES)}) or the start of an "
            "item's ATC code (e.g. J01)"
        )
    else:
        return "a kind: " + ", ".join(DISRUPTION_KINDS)
    return None if ok else what


def scenario_id_for(name: str) -> str:
    """A stable, URL-safe id from a scenario's name: 'Indien stoppar 90 dagar' ->
    'indien-stoppar-90-dagar' (å, ä, ö -> a, a, o; at most 64 characters)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:64].strip("-")
    return slug or "scenario"


def scenarios_from_frames(
    scenarios: pd.DataFrame, disruptions: pd.DataFrame
) -> dict[str, Scenario]:
    """Saved scenarios (the scenarios and scenario_disruptions tables) by scenario_id."""
    by_id: dict[str, list[Disruption]] = {}
    for r in disruptions.sort_values(["scenario_id", "seq"]).itertuples(index=False):
        by_id.setdefault(r.scenario_id, []).append(
            Disruption(
                r.kind,
                r.target,
                pd.Timestamp(r.start_date).date(),
                int(r.duration_days),
                float(r.share),
                float(getattr(r, "factor", 1.0)),
            )
        )
    return {
        r.scenario_id: Scenario(r.name, tuple(by_id.get(r.scenario_id, ())), r.description or "")
        for r in scenarios.itertuples(index=False)
    }


def disruption_records(scenario_id: str, scenario: Scenario) -> list[dict[str, object]]:
    """One record per disruption in the columns of the `scenarios` data set (file order)."""
    return [
        {
            "scenario_id": scenario_id,
            "name": scenario.name,
            "description": scenario.description,
            "kind": d.kind,
            "target": d.target,
            "start_date": d.start.isoformat(),
            "duration_days": str(d.duration_days),
            "share": f"{d.share:g}",
            "factor": f"{d.factor:g}",
        }
        for d in scenario.disruptions
    ]


# ------------------------------------------------------------------ the scenario in a URL
# d=country:IN:2026-12-01:90,company:CO-0047:2026-12-01:180,region_stock:01:2026-12-01:30:0.5
# kind:target:start:days[:share]; a demand rise has its factor where a stock loss has its
# share (demand:J01:2026-12-01:90:1.5). A target is percent-encoded, so ':' and ',' cannot clash.
_URL_SAFE = "-_.~"


def encode_disruptions(disruptions: Iterable[Disruption]) -> str:
    """The compact URL form of a list of disruptions (decode_disruptions reads it back)."""
    parts = []
    for d in disruptions:
        part = f"{d.kind}:{quote(d.target, safe=_URL_SAFE)}:{d.start.isoformat()}:{d.duration_days}"
        if d.share != 1.0:
            part += f":{d.share:g}"
        elif d.kind == "demand":
            part += f":{d.factor:g}"
        parts.append(part)
    return ",".join(parts)


def decode_disruptions(text: str, known: KnownTargets | None = None) -> tuple[Disruption, ...]:
    """Read the URL form back, checking every part; ValueError says what is wrong where.

    With `known`, every target must exist too (a shared link may be older than the data).
    """
    if not text.strip():
        return ()
    parts = text.split(",")
    if len(parts) > MAX_DISRUPTIONS:
        raise ValueError(f"at most {MAX_DISRUPTIONS} disruptions")
    out = []
    for i, part in enumerate(parts, start=1):
        fields = part.split(":")
        if len(fields) not in (4, 5):
            raise ValueError(
                f"disruption {i}: expected kind:target:YYYY-MM-DD:days[:share or factor]"
            )
        kind, target, start, days = fields[:4]
        try:
            start_date = date.fromisoformat(start)
            if not re.fullmatch(r"\d{1,4}", days):
                raise ValueError("days")
            last = float(fields[4]) if len(fields) == 5 else 1.0
            share, factor = (1.0, last) if kind == "demand" else (last, 1.0)
            disruption = Disruption(kind, unquote(target), start_date, int(days), share, factor)
        except ValueError as e:
            raise ValueError(f"disruption {i}: {e}") from None
        if known is not None:
            problem = target_problem(disruption.kind, disruption.target, known)
            if problem:
                raise ValueError(f"disruption {i}: {disruption.target!r} is not {problem}")
        out.append(disruption)
    return tuple(out)


def default_start(stock_date: date | None, today: date | None = None) -> date:
    """Where a new scenario starts: the first day of the month after the latest stock report
    (the stock the scenario starts from), else after `today`."""
    base = stock_date or today or date.today()
    return (base.replace(day=1) + timedelta(days=32)).replace(day=1)
