"""The engine's supply inputs from a hand-made links frame, made the way the app makes them:
the frame is put into base tables of an in-memory DuckDB, the agg_scenario_* files build their
tables, and the two queries of the page read them (so the hand-made examples test the SQL
too)."""

from __future__ import annotations

import duckdb
import pandas as pd

from dash_beredskap import db, queries
from dash_beredskap import scenarios as sc


def supply_frames(links: pd.DataFrame, scenario: sc.Scenario) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(stages, hits) for `scenario` from `links`: one row per (item, site) with substance_id,
    site_id, company_id, country_iso2, is_eu_eea, is_nordic, site_type, capacity_index."""
    con = duckdb.connect()
    try:
        frame = links.astype({"capacity_index": "float64"})  # noqa: F841 (read by DuckDB)
        con.execute("create table site_substances as select site_id, substance_id from frame")
        con.execute(
            "create table sites as select distinct site_id, company_id, site_type, "
            "country_iso2, capacity_index from frame"
        )
        con.execute(
            "create table countries as select distinct country_iso2 as iso2, is_eu_eea, "
            "is_nordic from frame"
        )
        con.execute(db.read_sql("agg_scenario_links"))
        con.execute(db.read_sql("agg_scenario_stages"))
        return (
            queries.scenarios.scenario_stages(con),
            queries.scenarios.scenario_supply_hits(con, *sc.shock_lists(scenario)),
        )
    finally:
        con.close()


def run_on_links(
    scenario: sc.Scenario,
    links: pd.DataFrame,
    stock: pd.DataFrame,
    items: pd.DataFrame,
    region_codes: list[str],
    within_days: int = sc.DEFAULT_WITHIN_DAYS,
) -> sc.ScenarioResult:
    """run_scenario with the supply side made from `links` (supply_frames)."""
    stages, hits = supply_frames(links, scenario)
    return sc.run_scenario(scenario, stages, hits, stock, items, region_codes, within_days)


def run_on_db(
    con: duckdb.DuckDBPyConnection, scenario: sc.Scenario, lang: str = "sv"
) -> sc.ScenarioResult:
    """run_scenario on a database with the page's queries (every region of the database)."""
    return sc.run_scenario(
        scenario,
        queries.scenarios.scenario_stages(con),
        queries.scenarios.scenario_supply_hits(con, *sc.shock_lists(scenario)),
        queries.scenarios.scenario_stock(con),
        queries.scenarios.scenario_items(con, lang),
        list(queries.coverage.region_choices(con)["region_code"]),
    )
