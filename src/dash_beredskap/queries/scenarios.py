"""Inputs of the disruption engine (scenarios.py) and the saved scenarios."""

from __future__ import annotations

import pandas as pd

from dash_beredskap.queries._inline import _NAME_SV_OR_EN, Connection, _df


def scenario_links(con: Connection) -> pd.DataFrame:
    """Tables site_substances, sites and countries: one row per (site, item) with the site's
    company, country (EU/EEA, Nordic), type and capacity; the scenario engine's supply side."""
    return _df(
        con,
        """
        select ss.substance_id, s.site_id, s.company_id, s.country_iso2, c.is_eu_eea,
               c.is_nordic, s.site_type, s.capacity_index
        from site_substances ss
        join sites s using (site_id)
        join countries c on c.iso2 = s.country_iso2
        order by ss.substance_id, s.site_id
        """,
    )


def scenario_stock(con: Connection) -> pd.DataFrame:
    """View v_region_coverage_monthly, its latest month: each region's last reported stock and
    normal daily consumption per item (no row: the region did not report the item)."""
    return _df(
        con,
        """
        select region_code, substance_id, quantity, daily_consumption, snapshot_date
        from v_region_coverage_monthly
        where month = (select max(month) from v_region_coverage_monthly)
        order by region_code, substance_id
        """,
    )


def scenario_items(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_substance_supply: every item with its name, ATC codes, category and whether it
    is on the current priority list."""
    return _df(
        con,
        f"""
        select substance_id, {_NAME_SV_OR_EN.format(t="v")} as substance_name, atc_code,
               atc_l4, category, is_priority
        from v_substance_supply v
        order by substance_id
        """,
        [lang],
    )


def saved_scenarios(con: Connection) -> pd.DataFrame:
    """Table scenarios: every saved scenario with its number of disruptions; examples first."""
    return _df(
        con,
        """
        select s.scenario_id, s.name, s.description, s.created_at, s.is_example,
               count(d.seq) as n_disruptions
        from scenarios s
        left join scenario_disruptions d using (scenario_id)
        group by all
        order by s.is_example desc, s.created_at, s.scenario_id
        """,
    )


def saved_scenario_disruptions(con: Connection) -> pd.DataFrame:
    """Table scenario_disruptions: every disruption of every saved scenario, in order."""
    return _df(
        con,
        """
        select scenario_id, seq, kind, target, start_date, duration_days, share
        from scenario_disruptions
        order by scenario_id, seq
        """,
    )


def scenario_country_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table countries: every country by name, with its manufacturing sites (0 if none)."""
    return _df(
        con,
        f"""
        select c.iso2 as country_iso2, {_NAME_SV_OR_EN.format(t="c")} as country_name,
               c.is_eu_eea, c.is_nordic, count(s.site_id) as n_sites
        from countries c
        left join sites s on s.country_iso2 = c.iso2
        group by all
        order by country_name, country_iso2
        """,
        [lang],
    )


def scenario_company_options(con: Connection) -> pd.DataFrame:
    """Tables companies and sites: every company by name, with its sites and the items they
    make."""
    return _df(
        con,
        """
        select co.company_id, co.company_name, count(distinct s.site_id) as n_sites,
               count(distinct ss.substance_id) as n_substances
        from companies co
        left join sites s using (company_id)
        left join site_substances ss using (site_id)
        group by all
        order by co.company_name, co.company_id
        """,
    )


def scenario_site_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Tables sites, companies and countries: every site with its company, type and place."""
    return _df(
        con,
        f"""
        select s.site_id, co.company_name, s.site_type, s.city,
               {_NAME_SV_OR_EN.format(t="c")} as country_name
        from sites s
        join companies co using (company_id)
        join countries c on c.iso2 = s.country_iso2
        order by co.company_name, s.site_id
        """,
        [lang],
    )
