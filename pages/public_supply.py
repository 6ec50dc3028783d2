"""Tillverkningsländer: where things are made, as counts per country (every role may open it;
the only view of manufacturing `public` gets). No company, site or coordinate: see
queries.supply.public_sites_per_country."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import data, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.public_supply import COLUMNS, with_shown_counts
from dash_beredskap.ui.tables import download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

# 1. state
lang = state.language()

# 2. data
countries = with_shown_counts(data.run(queries.supply.public_sites_per_country, lang), lang)
supply = data.run(queries.supply.single_country_api_summary).iloc[0]

# 3. render
st.title(t("public_supply.title"))
st.markdown(t("public_supply.intro"))
st.markdown(
    t(
        "public_supply.single_country",
        n_single=int(supply["n_single_country"]),
        n_with=int(supply["n_with_api_sites"]),
    )
)
if not len(countries):
    st.info(t("public_supply.none"))
    st.stop()
st.subheader(t("public_supply.n_countries", n=len(countries)))
show_table(countries, COLUMNS, height="all" if len(countries) <= 25 else "auto")
download_buttons(countries, COLUMNS, "tillverkningslander", key="public_sites")
