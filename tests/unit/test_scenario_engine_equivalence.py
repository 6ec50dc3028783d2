"""The engine's supply side from DuckDB (agg_scenario_*, only the links a scenario's shocks
hit) against the way it was computed before issue 16: every link in pandas, the sites hit by
string comparison, summed per item and stage. On the demo's saved examples, segment by
segment, the two must agree: every figure of a result is computed from these states."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dash_beredskap import db, queries
from dash_beredskap import scenarios as sc

# every (item, site) link with the site's company, country and type: the old engine's input
ALL_LINKS = """
    select l.substance_id, s.site_id, s.company_id, s.country_iso2, c.is_eu_eea, c.is_nordic,
           s.site_type, s.capacity_index
    from site_substances l join sites s using (site_id) join countries c on c.iso2 = s.country_iso2
    order by substance_id, site_id
"""


def old_stage_state(links: pd.DataFrame, active: Sequence[sc.Disruption]) -> pd.DataFrame:
    """Per (substance, stage) sites and capacity in all and running, over every link."""
    links = links.loc[links["site_type"].isin(sc.STAGES)].reset_index(drop=True)
    capacity = pd.to_numeric(links["capacity_index"], errors="coerce").astype(float)
    weight = capacity.fillna(1.0).clip(lower=0.0).to_numpy()
    known = np.nan_to_num(capacity.clip(lower=0.0).to_numpy(), nan=0.0)
    eu = links["is_eu_eea"].fillna(False).astype(bool).to_numpy()
    nordic = links["is_nordic"].fillna(False).astype(bool).to_numpy()
    hit = np.zeros(len(links), dtype=bool)
    for d in active:
        if d.kind == "country":
            hit |= (links["country_iso2"] == d.target).to_numpy()
        elif d.kind == "company":
            hit |= (links["company_id"] == d.target).to_numpy()
        elif d.kind == "site":
            hit |= (links["site_id"] == d.target).to_numpy()
        elif d.kind == "country_group":
            groups = {"non_eu_eea": ~eu, "eu_eea": eu, "nordic": nordic, "non_nordic": ~nordic}
            hit |= groups[d.target]
    frame = pd.DataFrame(
        {
            "substance_id": links["substance_id"],
            "stage": links["site_type"],
            "n_sites": 1,
            "n_left": (~hit).astype(int),
            "total": weight,
            "running": np.where(hit, 0.0, weight),
            "known_total": known,
            "known_running": np.where(hit, 0.0, known),
            "n_known": capacity.notna().astype(int),
        }
    )
    by = frame.groupby(["substance_id", "stage"], sort=True).sum()
    by["supply_share"] = (by["running"] / by["total"].where(by["total"] > 0)).fillna(
        by["n_left"] / by["n_sites"]
    )
    by["capacity_share"] = by["known_running"] / by["known_total"].where(by["known_total"] > 0)
    by.loc[by["n_known"] == 0, "capacity_share"] = np.nan
    return by


@pytest.fixture(scope="module")
def con(demo_file: Path):
    connection = db.connect_read_only(demo_file)
    yield connection
    connection.close()


def test_the_examples_stop_the_same_sites_segment_by_segment(con) -> None:
    saved = sc.scenarios_from_frames(
        queries.scenarios.saved_scenarios(con), queries.scenarios.saved_scenario_disruptions(con)
    )
    links = con.execute(ALL_LINKS).df()
    stages = queries.scenarios.scenario_stages(con)
    assert len(saved) >= 3
    checked = 0
    for scenario in saved.values():
        hits = queries.scenarios.scenario_supply_hits(con, *sc.shock_lists(scenario))
        for _a, _b, active, mask in sc._segments(scenario):
            new = sc._stage_state(stages, hits, mask)
            old = old_stage_state(links, active)
            columns = ["n_sites", "n_left", "total", "running", "known_total", "known_running"]
            columns += ["n_known", "supply_share", "capacity_share"]
            pd.testing.assert_frame_equal(new[columns], old[columns], check_dtype=False)
            # the statuses hang on exact 0 and 1: no rounding rest may move one
            assert ((new["supply_share"] == 0) == (old["supply_share"] == 0)).all()
            assert ((new["supply_share"] == 1) == (old["supply_share"] == 1)).all()
            checked += int((old["n_left"] < old["n_sites"]).sum())
    assert checked > 100  # the examples stop many (item, stage) pairs, not none
