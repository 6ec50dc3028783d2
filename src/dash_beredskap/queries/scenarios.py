"""Inputs of the disruption engine (scenarios.py), the builder's options and the saved
scenarios. The SQL is in sql/queries/scenarios/<name>.sql."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dash_beredskap.queries.binder import Connection, fetch


def scenario_stages(con: Connection) -> pd.DataFrame:
    """Table agg_scenario_stages: the engine's supply side before any disruption, one row per
    (substance_id, stage) with n_sites, n_weighted (capacity above 0), total (capacity,
    unknown = 1), known_total and n_known. Ordered by substance_id, stage."""
    return fetch(con, "scenarios/scenario_stages")


def scenario_supply_hits(
    con: Connection, kinds: Sequence[str], targets: Sequence[str]
) -> pd.DataFrame:
    """Table agg_scenario_links: the sites one scenario stops (its disruptions' `kinds` and
    `targets` in order, scenarios.shock_lists), one row per (substance_id, stage, mask) with
    the columns of scenario_stages; bit i of mask set: disruption i stops those sites.
    Ordered by substance_id, stage, mask."""
    return fetch(con, "scenarios/scenario_supply_hits", kinds=list(kinds), targets=list(targets))


def scenario_stock(con: Connection) -> pd.DataFrame:
    """View v_region_coverage_monthly, its latest month: per (region_code, substance_id) the
    last reported quantity, daily_consumption (units per day) and snapshot_date. No row: the
    region did not report the item. Empty when no stock was reported."""
    return fetch(con, "scenarios/scenario_stock")


def scenario_items(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_substance_supply: one row per item with substance_name (in `lang`), atc_code,
    atc_l4, category and is_priority (current list). Ordered by substance_id."""
    return fetch(con, "scenarios/scenario_items", lang=lang)


def saved_scenarios(con: Connection) -> pd.DataFrame:
    """Tables scenarios, scenario_disruptions: one row per saved scenario with n_disruptions.
    Examples first, then by created_at, scenario_id."""
    return fetch(con, "scenarios/saved_scenarios")


def saved_scenario_disruptions(con: Connection) -> pd.DataFrame:
    """Table scenario_disruptions: every disruption (kind, target, start_date, duration_days,
    share, factor) of every saved scenario, by scenario_id, seq."""
    return fetch(con, "scenarios/saved_scenario_disruptions")


def scenario_country_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table countries (+ sites): one row per country with country_name (in `lang`),
    is_eu_eea, is_nordic and n_sites (0 if none). Ordered by name, code."""
    return fetch(con, "scenarios/scenario_country_options", lang=lang)


def scenario_company_options(con: Connection) -> pd.DataFrame:
    """Tables companies, sites, site_substances: one row per company with n_sites and
    n_substances (distinct items its sites make; 0 if none). Ordered by name, id."""
    return fetch(con, "scenarios/scenario_company_options")


def scenario_site_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Tables sites, companies, countries: one row per site with company_name, site_type, city
    and country_name (in `lang`). Ordered by company name, site_id."""
    return fetch(con, "scenarios/scenario_site_options", lang=lang)
