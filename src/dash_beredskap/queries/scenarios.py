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


def scenario_company_search(con: Connection, text: str, limit: int) -> pd.DataFrame:
    """Table agg_scenario_companies: at most `limit` companies whose name or id contains
    `text` (any case; '' matches all), with n_sites and n_substances (distinct items its
    sites make; 0 if none). Ordered by name, id."""
    return fetch(con, "scenarios/scenario_company_search", text=text, limit=limit)


def scenario_site_search(con: Connection, text: str, limit: int, lang: str = "sv") -> pd.DataFrame:
    """Table agg_site_summary: at most `limit` sites whose id, company name, city or country
    name (in `lang`) contains `text` (any case; '' matches all), with company_name, site_type,
    city and country_name. Ordered by company name, site_id."""
    return fetch(con, "scenarios/scenario_site_search", text=text, limit=limit, lang=lang)


def scenario_target_names(
    con: Connection, companies: Sequence[str], sites: Sequence[str], lang: str = "sv"
) -> pd.DataFrame:
    """Tables companies, agg_site_summary: one row per id of `companies` and `sites` that
    exists, with kind ('company' or 'site'), target (the id), company_name and, for a site,
    site_type, city and country_name (in `lang`). Ordered by kind, target."""
    return fetch(
        con,
        "scenarios/scenario_target_names",
        companies=list(companies),
        sites=list(sites),
        lang=lang,
    )
