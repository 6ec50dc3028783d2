"""The scenario page's data: the one place the area calls the queries (through the cache).

Two loaders, because the page needs two things: what a disruption can name (the option frames,
the saved scenarios and the stock date), and the engine's result for a scenario, cached per
disruptions, language and database file (the engine's inputs are fetched only on a miss).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dash_beredskap import db, queries
from dash_beredskap import scenarios as sc
from dash_beredskap.ui import data, state
from dash_beredskap.ui.scenarios import charts as sch
from dash_beredskap.ui.scenarios.controls import (
    DISRUPTIONS,
    SEARCH_LIMIT,
    Options,
    build_options,
    named_ids,
)


def load_options() -> Options:
    """Regions, countries, the companies and sites the scenarios name (not every one: there
    are 100 000 sites at national scale), items (a demand rise's groups), saved scenarios and
    the latest stock date."""
    lang = state.language()
    disruptions = data.run(queries.scenarios.saved_scenario_disruptions)
    companies, sites = named_ids(disruptions, state.url_text(DISRUPTIONS))
    return build_options(
        regions=data.run(queries.coverage.region_choices),
        countries=data.run(queries.scenarios.scenario_country_options, lang),
        named=data.run(queries.scenarios.scenario_target_names, companies, sites, lang),
        saved=data.run(queries.scenarios.saved_scenarios),
        disruptions=disruptions,
        stock=data.run(queries.scenarios.scenario_stock),
        items=data.run(queries.scenarios.scenario_items, lang),
    )


def search_targets(kind: str, text: str) -> pd.DataFrame:
    """The builder's search: at most SEARCH_LIMIT companies or sites (`kind`) matching `text`."""
    if kind == "company":
        return data.run(queries.scenarios.scenario_company_search, text, SEARCH_LIMIT)
    return data.run(queries.scenarios.scenario_site_search, text, SEARCH_LIMIT, state.language())


@st.cache_data(show_spinner=False, max_entries=64)
def _result(encoded: str, lang: str, path: str, version: tuple[int, int]) -> sc.ScenarioResult:
    regions = data.run(queries.coverage.region_choices)
    scenario = sc.Scenario("", sc.decode_disruptions(encoded))
    return sc.run_scenario(
        scenario,
        data.run(queries.scenarios.scenario_stages),
        data.run(queries.scenarios.scenario_supply_hits, *sc.shock_lists(scenario)),
        data.run(queries.scenarios.scenario_stock),
        data.run(queries.scenarios.scenario_items, lang),
        list(regions["region_code"]),
        sc.DEFAULT_WITHIN_DAYS,
    )


def result_of(scenario: sc.Scenario) -> sc.ScenarioResult:
    """The engine's result for `scenario` (cached per disruptions, language and file)."""
    path = data.database_path()
    encoded = sc.encode_disruptions(scenario.disruptions)
    return _result(encoded, state.language(), str(path), db.file_version(path))


@dataclass(frozen=True)
class Views:
    """What the page draws from one result: the tables' frames and the two figures."""

    risk: pd.DataFrame
    regions: pd.DataFrame
    alternatives: pd.DataFrame
    region_items: pd.DataFrame
    region_map: go.Figure
    timeline: go.Figure | None


@st.cache_data(show_spinner=False, max_entries=16)
def _views(
    encoded: str,
    lang: str,
    path: str,
    version: tuple[int, int],
    _result: sc.ScenarioResult,
    _opts: Options,
) -> Views:
    # keyed by the scenario, language and file, which decide `_result` and the region names
    # of `_opts` (not hashed: the same for the same key)
    return Views(
        risk=sch.risk_frame(_result),
        regions=sch.regions_frame(_result, _opts),
        alternatives=sch.alternatives_frame(_result, _opts),
        region_items=sch.region_items_frame(_result, _opts),
        region_map=sch.region_map(_result, _opts, lang),
        timeline=sch.timeline(_result, _opts, sch.substance_names(_result), lang),
    )


def views_of(scenario: sc.Scenario, result: sc.ScenarioResult, opts: Options) -> Views:
    """The frames and figures of `result` (the result of `scenario`), cached like the result:
    a rerun for a widget that does not change the scenario (the builder, the search, the
    comparison) draws them again without building them again."""
    path = data.database_path()
    encoded = sc.encode_disruptions(scenario.disruptions)
    return _views(encoded, state.language(), str(path), db.file_version(path), result, opts)
