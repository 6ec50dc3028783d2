"""Tillverkning: where the active substances of the priority list are made, and how concentrated."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

TOP_COUNTRIES = 15
CONCENTRATION_COLUMNS = [
    Column("substance_name", "col.substance_name"),
    Column("atc_code", "col.atc_code"),
    Column("n_api_sites", "col.n_api_sites", "int"),
    Column("n_api_countries", "col.n_api_countries", "int"),
    Column("hhi_api", "col.hhi_api", "index"),
    Column("top_api_country_name", "col.top_api_country"),
    Column("top_api_country_share", "col.top_api_country_share", "percent", decimals=0),
    Column("single_country_api", "col.single_country_api", "bool"),
]
SHORTAGE_COLUMNS = [
    Column("substance_name", "col.substance_name"),
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
]

# 1. state
lang = state.language()

# 2. data
concentration = data.run(queries.supply_concentration_current, lang)
countries = data.run(queries.api_sites_by_country, lang, TOP_COUNTRIES)
summary = data.run(queries.single_country_api_summary).iloc[0]
shortage_summary = data.run(queries.active_shortage_summary).iloc[0]
shortages = data.run(queries.active_shortages, lang).assign(
    kind_label=lambda df: df["kind"].map(
        {"restnotering": t("shortage.restnotering"), "forsaljningsuppehall": t("shortage.sales")}
    )
)

# 3. render
st.title(t("manufacturing.title"))
st.markdown(
    t(
        "manufacturing.intro",
        n_single=fmt.integer(summary["n_single_country"]),
        n_known=fmt.integer(summary["n_with_api_sites"]),
        n_priority=fmt.integer(summary["n_priority"]),
    )
)

st.subheader(t("manufacturing.countries.title", n=TOP_COUNTRIES))
charts.show(charts.api_site_countries(countries, lang), key="manufacturing_countries")
st.caption(t("manufacturing.countries.source"))
badges.demo_badge("supply")

st.subheader(t("manufacturing.table.title"))
st.markdown(t("manufacturing.table.sentence"))
show_table(concentration, CONCENTRATION_COLUMNS, height=520)
download_buttons(concentration, CONCENTRATION_COLUMNS, "tillverkning_koncentration", key="conc")
st.caption(t("common.source", source="v_supply_concentration"))
badges.demo_badge("supply")

st.subheader(t("manufacturing.shortages.title"))
st.markdown(
    t(
        "manufacturing.shortages.sentence",
        n=fmt.integer(shortage_summary["n_active"]),
        n_priority=fmt.integer(shortage_summary["n_on_priority_list"]),
        date=fmt.day(shortage_summary["as_of"]),
    )
)

if len(shortages):
    show_table(shortages, SHORTAGE_COLUMNS, height="all")
    download_buttons(shortages, SHORTAGE_COLUMNS, "aktiva_restnoteringar", key="shortages")
st.caption(t("common.source", source=t("overview.shortages.source")))
badges.demo_badge("shortages")
