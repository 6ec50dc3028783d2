"""Tillverkning: where the priority medicines are made, how concentrated each supply chain is,
what the Nordic countries can make, and how vulnerable each substance is."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import data, maps, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.supply import filters as supply_filters
from dash_beredskap.ui.supply import sections

nav.require_router()  # first: a page never runs without app.py
supply = queries.supply

# 1. state: view, size, the six filters (all in the URL)
lang = state.language()
options = supply_filters.FilterOptions(
    substances=data.run(supply.supply_substance_options, lang),
    atc_groups=data.run(supply.atc_group_options, lang),
    lists=data.run(supply.priority_list_options),
    countries=data.run(supply.site_country_options, lang),
)
sections.manufacturing_intro(data.run(supply.single_country_api_summary).iloc[0])
view, size_by = sections.map_controls()
with st.container(border=True):
    selection = supply_filters.filter_bar(options)

# 2. data: the map's sites, as points or (a large selection) as grid cells
summary = data.run(supply.site_selection_summary, selection, lang).iloc[0]
if maps.is_aggregated(int(summary["n_sites"])):
    sites = data.run(supply.site_map_cells, selection, lang, maps.cell_size(view))
else:
    sites = data.run(supply.site_map_points, selection, lang)

# 3. render
sections.site_map(summary, sites, selection, view, size_by, lang)
if view == "nordic":
    sections.nordic(
        data.run(supply.nordic_summary, selection.list_version).iloc[0],
        data.run(supply.nordic_capacity, selection, lang),
        lang,
    )
    step = sections.gap_step_control()
    sections.nordic_gaps(data.run(supply.nordic_gaps, selection, lang, step), step, lang)
else:
    sections.country_choropleth(data.run(supply.sites_per_country, selection, lang), lang)
    st.subheader(t("supply.vulnerability.title"))
    focus = state.select_param(
        t("supply.vulnerability.focus"),
        "focus",
        supply.VULNERABILITY_FOCUS,
        "all",
        format_func=lambda v: t(f"supply.vulnerability.focus.{v}", score=supply.HIGH_SCORE),
        container=st.columns([1, 2])[0],
    )
    sections.vulnerability(data.run(supply.vulnerability_table, selection, lang, focus), lang)
    sections.active_shortages(
        data.run(queries.shortages.active_shortage_summary).iloc[0],
        data.run(queries.shortages.active_shortages, lang),
        lang,
    )
