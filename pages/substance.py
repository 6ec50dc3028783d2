"""Substans: one substance's whole supply chain on one screen: where it is made, by whom, its
vulnerability score part by part, its shortage history, the regions' stock of it, and its
ATC level-4 alternatives."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import data, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.supply import filters as supply_filters
from dash_beredskap.ui.supply import sections

nav.require_router()  # first: a page never runs without app.py
supply = queries.supply

# 1. state: the substance (?substance=ID; default the most vulnerable on the current list)
lang = state.language()
options = data.run(supply.supply_substance_options, lang)
st.title(t("substance.title"))
if not len(options):
    st.info(t("substance.none"))
    st.stop()
ranked = options.sort_values(["is_priority", "vulnerability_score"], ascending=False)
picker, _ = st.columns([2, 1])
substance_id = state.select_param(
    t("supply.filter.substance"),
    "substance",
    list(options["substance_id"]),
    str(ranked["substance_id"].iloc[0]),
    format_func=supply_filters.substance_label(options),
    container=picker,
    help=t("substance.picker_help"),
)

# 2. data
profile = data.run(supply.substance_profile, substance_id, lang).iloc[0]
chosen = supply.SupplySelection(substance=substance_id)

# 3. render
sections.substance_figures(profile)
sections.substance_score_and_map(
    profile,
    data.run(supply.site_map_points, chosen, lang),
    lang,
)
sections.substance_sites(
    data.run(supply.substance_countries, substance_id, lang),
    data.run(supply.substance_companies, substance_id, lang),
    lang,
)
sections.substance_shortages(data.run(supply.substance_shortages, substance_id), lang)
sections.substance_cover(data.run(supply.substance_region_cover, substance_id), lang)
sections.substance_alternatives(
    data.run(supply.substance_alternatives, substance_id, lang), profile
)
