"""The disruption engine: what if a country, a company or a site stops delivering?

Pure pandas/numpy: frames in, frames out, no Streamlit and no database, so every rule can be
tested on a hand-made example.

The model, in plain words (the page says the same in Swedish and English):
- A scenario is a list of disruptions. Each stops some sites (every site in a country or a
  country group, every site of a company, or one site) or removes a share of one region's
  stock, from its start date for its duration.
- An item's supply left at a moment is the smallest, over its production stages (active
  substance, finished product), of the share of that stage's capacity still running (a site of
  unknown capacity counts as 1). A stage with no known site does not limit the item.
- Deliveries to a region replace that share of its normal consumption, so its stock falls by
  consumption x (1 - supply left) per day. Stock at the scenario's start is the latest report.
- An item runs out in a region on the first day its stock reaches zero before the scenario ends.
- Treatment alternatives are the other items of the same ATC level-4 group that still have a
  source. Assumption: quantities are in comparable daily doses, so one unit of an alternative
  replaces one unit of the item; only the alternative's stock left at the end of the scenario,
  after its own patients, counts: days added = that stock / the item's daily consumption.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

import numpy as np
import pandas as pd

DISRUPTION_KINDS = ("country", "country_group", "company", "site", "region_stock")
COUNTRY_GROUPS = ("non_eu_eea", "eu_eea", "nordic", "non_nordic")
STATUS_UNAFFECTED, STATUS_REDUCED, STATUS_NO_SOURCE, STATUS_UNKNOWN = (
    "unaffected",
    "reduced",
    "no_source_left",
    "no_known_source",
)

# columns the inputs must have
LINK_COLUMNS = (
    "substance_id",
    "site_id",
    "company_id",
    "country_iso2",
    "is_eu_eea",
    "is_nordic",
    "site_type",
    "capacity_index",
)
STOCK_COLUMNS = ("region_code", "substance_id", "quantity", "daily_consumption")
ITEM_COLUMNS = ("substance_id", "atc_l4", "is_priority")


@dataclass(frozen=True)
class Disruption:
    """One thing that stops: `target` is an ISO country code, a country group, a company id,
    a site id or a region code (with `share` of its stock lost, 0..1)."""

    kind: str
    target: str
    start: date
    duration_days: int
    share: float = 1.0

    def __post_init__(self) -> None:
        if self.kind not in DISRUPTION_KINDS:
            raise ValueError(f"unknown disruption kind {self.kind!r}")
        if self.kind == "country_group" and self.target not in COUNTRY_GROUPS:
            raise ValueError(f"unknown country group {self.target!r}")
        if self.duration_days < 0:
            raise ValueError("duration_days must not be negative")
        if not 0.0 <= self.share <= 1.0:
            raise ValueError("share must be between 0 and 1")

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.duration_days)


@dataclass(frozen=True)
class Scenario:
    name: str
    disruptions: tuple[Disruption, ...] = ()

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


@dataclass
class ScenarioResult:
    """Every frame the page shows, plus the headline counts."""

    substances: pd.DataFrame  # one row per item: supply left, status
    regions_items: pd.DataFrame  # one row per region x priority item: stock-out day
    regions: pd.DataFrame  # one row per region: items running out, first day
    alternatives: pd.DataFrame  # one row per (region, item running out, alternative)
    duration_days: int
    headline: dict[str, int] = field(default_factory=dict)


def _sites_hit(links: pd.DataFrame, active: list[Disruption]) -> np.ndarray:
    """Boolean mask over `links`: the site is stopped by one of the active disruptions."""
    hit = np.zeros(len(links), dtype=bool)
    for d in active:
        if d.kind == "country":
            hit |= (links["country_iso2"] == d.target).to_numpy()
        elif d.kind == "company":
            hit |= (links["company_id"] == d.target).to_numpy()
        elif d.kind == "site":
            hit |= (links["site_id"] == d.target).to_numpy()
        elif d.kind == "country_group":
            eu = links["is_eu_eea"].astype(bool).to_numpy()
            nordic = links["is_nordic"].astype(bool).to_numpy()
            hit |= {
                "non_eu_eea": ~eu,
                "eu_eea": eu,
                "nordic": nordic,
                "non_nordic": ~nordic,
            }[d.target]
    return hit


def supply_left(links: pd.DataFrame, items: pd.Series, active: list[Disruption]) -> pd.Series:
    """Share of supply left per item (index: substance_id) with `active` disruptions running.

    The smallest over stages (api, fpp) of the running share of that stage's capacity; an item
    with no known site keeps 1.0 (nothing known to stop).
    """
    if links.empty:
        return pd.Series(1.0, index=items, name="supply_left")
    weight = links["capacity_index"].fillna(1.0).astype(float).clip(lower=0.0)
    running = np.where(_sites_hit(links, active), 0.0, weight)
    frame = pd.DataFrame(
        {
            "substance_id": links["substance_id"].to_numpy(),
            "stage": links["site_type"].to_numpy(),
            "total": weight.to_numpy(),
            "running": running,
        }
    )
    frame = frame[frame["stage"].isin(["api", "fpp"])]
    by_stage = frame.groupby(["substance_id", "stage"], sort=True)[["total", "running"]].sum()
    share = (by_stage["running"] / by_stage["total"].where(by_stage["total"] > 0)).fillna(1.0)
    left = share.groupby(level="substance_id").min()
    return left.reindex(items, fill_value=1.0).rename("supply_left")


def _segments(scenario: Scenario) -> list[tuple[int, int, list[Disruption]]]:
    """Split the scenario into (from day, to day, active disruptions) with nothing changing."""
    if scenario.start is None:
        return []
    start = scenario.start
    cuts = sorted(
        {(d.start - start).days for d in scenario.disruptions}
        | {(d.end - start).days for d in scenario.disruptions}
    )
    segments = []
    for a, b in pairwise(cuts):
        active = [
            d
            for d in scenario.disruptions
            if (d.start - start).days <= a and (d.end - start).days >= b and d.duration_days > 0
        ]
        segments.append((a, b, active))
    return segments


def run_scenario(
    scenario: Scenario,
    links: pd.DataFrame,
    stock: pd.DataFrame,
    items: pd.DataFrame,
    region_codes: list[str],
    within_days: int = 30,
) -> ScenarioResult:
    """Apply `scenario` to site links, the latest stock per region and item, and the items.

    `links`: one row per (site, item) with LINK_COLUMNS. `stock`: STOCK_COLUMNS, one row per
    region and item reported (no row = no report). `items`: ITEM_COLUMNS for every item.
    `within_days`: the horizon of the headline's "regions running out within N days".
    """
    items = items.sort_values("substance_id").reset_index(drop=True)
    item_ids = pd.Index(items["substance_id"], name="substance_id")
    segments = _segments(scenario)
    duration = scenario.duration_days

    # supply left per item and segment; the worst moment decides the status
    worst = pd.Series(1.0, index=item_ids)
    seg_left = []
    for _a, _b, active in segments:
        left = supply_left(links, item_ids, active)
        seg_left.append(left)
        worst = np.minimum(worst, left)
    known = set(links.loc[links["site_type"].isin(["api", "fpp"]), "substance_id"])
    status = np.where(
        ~item_ids.isin(list(known)),
        STATUS_UNKNOWN,
        np.where(
            worst <= 0.0, STATUS_NO_SOURCE, np.where(worst < 1.0, STATUS_REDUCED, STATUS_UNAFFECTED)
        ),
    )
    api_share, fpp_share = _stage_shares(links, item_ids, scenario, segments)
    substances = pd.DataFrame(
        {
            "substance_id": item_ids,
            "atc_l4": items["atc_l4"].to_numpy(),
            "is_priority": items["is_priority"].astype(bool).to_numpy(),
            "api_sites_left_share": api_share.to_numpy(),
            "fpp_sites_left_share": fpp_share.to_numpy(),
            "supply_left_min": worst.to_numpy(),
            "has_source_left": (worst > 0.0).to_numpy(),
            "status": status,
        }
    )

    # stock per region x item through the segments
    grid = pd.MultiIndex.from_product(
        [sorted(region_codes), item_ids], names=["region_code", "substance_id"]
    ).to_frame(index=False)
    grid = grid.merge(stock[list(STOCK_COLUMNS)], on=["region_code", "substance_id"], how="left")
    reported = grid["quantity"].notna().to_numpy()
    qty = grid["quantity"].fillna(0.0).to_numpy(dtype=float)
    cons = grid["daily_consumption"].fillna(0.0).to_numpy(dtype=float)
    stockout = np.full(len(grid), np.nan)
    start = scenario.start
    for (a, b, active), left in zip(segments, seg_left, strict=True):
        # a region's stock loss happens at the start of its disruption
        for d in active:
            if d.kind == "region_stock" and start is not None and (d.start - start).days == a:
                qty = np.where(grid["region_code"].to_numpy() == d.target, qty * (1 - d.share), qty)
        f = grid["substance_id"].map(left).to_numpy(dtype=float)
        burn = cons * (1.0 - f)
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
    regions_items = grid.assign(
        is_reported=reported,
        days_of_cover_at_start=days_cover,
        stockout_day=stockout,
        runs_out=runs_out,
        stock_left_at_end=np.where(reported, qty, np.nan),
    ).merge(substances[["substance_id", "is_priority", "status", "atc_l4"]], on="substance_id")
    priority_rows = regions_items[regions_items["is_priority"]]

    regions = (
        priority_rows.groupby("region_code", sort=True)
        .agg(
            n_running_out=("runs_out", "sum"),
            n_running_out_within=("stockout_day", lambda s: int((s <= within_days).sum())),
            first_stockout_day=("stockout_day", "min"),
            n_not_reported=("is_reported", lambda s: int((~s).sum())),
        )
        .reset_index()
    )
    alternatives = _alternatives(regions_items, substances)
    headline = {
        "n_priority_no_source": int(
            ((substances["status"] == STATUS_NO_SOURCE) & substances["is_priority"]).sum()
        ),
        "n_priority_reduced": int(
            ((substances["status"] == STATUS_REDUCED) & substances["is_priority"]).sum()
        ),
        "n_regions_running_out_within": int((regions["n_running_out_within"] > 0).sum()),
        "n_regions_running_out": int((regions["n_running_out"] > 0).sum()),
        "within_days": within_days,
    }
    return ScenarioResult(
        substances=substances,
        regions_items=regions_items,
        regions=regions,
        alternatives=alternatives,
        duration_days=duration,
        headline=headline,
    )


def _stage_shares(
    links: pd.DataFrame,
    item_ids: pd.Index,
    scenario: Scenario,
    segments: list[tuple[int, int, list[Disruption]]],
) -> tuple[pd.Series, pd.Series]:
    """Share of API and of finished-product sites left at the worst moment (NaN: no site)."""
    out = []
    for stage in ("api", "fpp"):
        stage_links = links[links["site_type"] == stage]
        n_sites = stage_links.groupby("substance_id")["site_id"].nunique()
        worst = pd.Series(1.0, index=n_sites.index)
        for _a, _b, active in segments:
            hit = _sites_hit(stage_links, active)
            left = stage_links.loc[~hit].groupby("substance_id")["site_id"].nunique()
            share = left.reindex(n_sites.index, fill_value=0) / n_sites
            worst = np.minimum(worst, share)
        out.append(worst.reindex(item_ids))
    return out[0], out[1]


def _alternatives(regions_items: pd.DataFrame, substances: pd.DataFrame) -> pd.DataFrame:
    """For each region and item that runs out: same-ATC-4 items with a source and stock left."""
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
        return pd.DataFrame(columns=columns)
    with_source = set(substances.loc[substances["has_source_left"], "substance_id"])
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
