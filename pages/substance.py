"""Substans: one substance's whole supply chain on one screen: where it is made, by whom, its
vulnerability score part by part, its shortage history, the regions' stock of it, and its
ATC level-4 alternatives."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, fmt, maps, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.supply import charts as supply_charts
from dash_beredskap.ui.supply import filters as supply_filters
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

COUNTRY_COLUMNS = [
    Column("country_name", "col.country"),
    Column("is_eu_eea", "col.is_eu_eea", "bool"),
    Column("n_sites", "col.n_sites", "int"),
    Column("n_api_sites", "col.n_api_sites", "int"),
    Column("n_fpp_sites", "col.n_fpp_sites", "int"),
    Column("n_packaging_sites", "col.n_packaging_sites", "int"),
    Column("n_companies", "col.n_companies", "int"),
]
COMPANY_COLUMNS = [
    Column("company_name", "col.company_name", width="medium"),
    Column("is_vital", "col.is_vital", "bool"),
    Column("site_types_label", "col.site_types"),
    Column("n_sites", "col.n_sites", "int"),
    Column("countries", "col.countries"),
    Column("is_sole_source", "col.is_sole_source", "bool"),
    Column("is_one_of_two", "col.is_one_of_two", "bool"),
]
SHORTAGE_COLUMNS = [
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("resolved_date", "col.resolved_date", "date"),
    Column("is_active", "col.is_active", "bool"),
]
ALTERNATIVE_COLUMNS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("is_priority", "col.is_on_priority_list", "bool"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("n_source_countries", "col.n_source_countries", "int"),
    Column("hhi_source", "col.hhi_source", "index"),
    Column("top_api_country_name", "col.top_api_country"),
    Column("eu_eea_share_source", "col.eu_eea_share_source", "percent", decimals=0),
    Column("n_nordic_sites", "col.n_nordic_sites", "int"),
    Column("n_active_shortages", "col.n_active_shortages", "int"),
]
KIND_KEYS = {"restnotering": "shortage.restnotering", "forsaljningsuppehall": "shortage.sales"}

# 1. state: the substance (?substance=ID; default the most vulnerable on the current list)
lang = state.language()
options = data.run(queries.supply.supply_substance_options, lang)
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
profile = data.run(queries.supply.substance_profile, substance_id, lang).iloc[0]
chosen = queries.supply.SupplySelection(substance=substance_id)
sites = data.run(queries.supply.site_map_points, chosen, lang)
site_counts = data.run(queries.supply.site_selection_summary, chosen, lang).iloc[0]
countries = data.run(queries.supply.substance_countries, substance_id, lang)
companies = data.run(queries.supply.substance_companies, substance_id, lang).assign(
    site_types_label=lambda df: df["site_types"].map(
        lambda codes: ", ".join(maps.site_type_label(c) for c in codes.split(", "))
    )
)
shortages = data.run(queries.supply.substance_shortages, substance_id).assign(
    kind_label=lambda df: df["kind"].map(lambda k: t(KIND_KEYS[k]))
)
cover = data.run(queries.supply.substance_region_cover, substance_id)
alternatives = data.run(queries.supply.substance_alternatives, substance_id, lang)
stage = t(f"supply.stage.{profile['source_stage']}")

# 3. render: the figures
st.header(f"{profile['substance_name']} · {profile['atc_code'] or profile['substance_id']}")
st.markdown(
    t(
        "substance.sentence",
        stage=stage,
        n_sites=fmt.integer(profile["n_source_sites"]),
        n_countries=fmt.integer(profile["n_source_countries"]),
        n_companies=fmt.integer(profile["n_source_companies"]),
        eu_share=fmt.percent(profile["eu_eea_share_source"], 0),
        n_nordic=fmt.integer(profile["n_nordic_sites"]),
        n_active=fmt.integer(profile["n_active_shortages"]),
    )
)
if profile["has_no_known_source"]:
    st.warning(t("substance.no_source", stage=stage))
metrics = [
    (t("col.vulnerability_score"), fmt.number(profile["vulnerability_score"], 1)),
    (t("col.n_source_sites"), fmt.integer(profile["n_source_sites"])),
    (t("col.n_source_countries"), fmt.integer(profile["n_source_countries"])),
    (t("col.n_source_companies"), fmt.integer(profile["n_source_companies"])),
    (t("col.hhi_source"), fmt.number(profile["hhi_source"], 2)),
    (t("col.eu_eea_share_source"), fmt.percent(profile["eu_eea_share_source"], 0)),
    (t("col.n_nordic_sites"), fmt.integer(profile["n_nordic_sites"])),
    (t("col.n_active_shortages"), fmt.integer(profile["n_active_shortages"])),
]
for row in (metrics[:4], metrics[4:]):
    for column, (label, value) in zip(st.columns(4), row, strict=True):
        column.metric(label, value, border=True)

score_column, map_column = st.columns(2, gap="large")
with score_column:
    st.subheader(t("substance.score.title"))
    charts.show(supply_charts.score_parts(profile, lang), key="substance_score")
    with st.expander(t("supply.score.title"), expanded=False):
        st.markdown(t("supply.score.method"))
    st.caption(t("substance.score.source"))
with map_column:
    st.subheader(t("substance.map.title"))
    deck = maps.site_deck(sites, size_by="capacity", view="fit", lang=lang)
    maps.show_deck(deck, key="substance_map", height=420)
    maps.legend({k: int(site_counts[f"n_{k}_sites"]) for k in maps.SITE_TYPES})
    st.caption(t("substance.map.source"))
badges.demo_badge("supply")

st.subheader(t("substance.countries.title"))
show_table(countries, COUNTRY_COLUMNS, height="all" if len(countries) <= 12 else 460)
st.caption(t("substance.countries.source"))
badges.demo_badge("supply")

st.subheader(t("substance.companies.title"))
show_table(companies, COMPANY_COLUMNS, height="all" if len(companies) <= 12 else 460)
st.caption(t("substance.companies.source"))
badges.demo_badge("supply")

st.subheader(t("substance.shortages.title"))
if len(shortages):
    show_table(shortages, SHORTAGE_COLUMNS, height="all")
else:
    st.markdown(t("substance.shortages.none"))
st.caption(t("substance.shortages.source"))
badges.demo_badge("shortages")

st.subheader(t("substance.cover.title", date=fmt.day(cover["snapshot_date"].iloc[0])))
st.markdown(t("substance.cover.sentence"))
charts.show(supply_charts.region_days(cover, lang=lang), key="substance_cover")
st.caption(t("substance.cover.source"))
badges.demo_badge("coverage")

st.subheader(t("substance.alternatives.title", group=profile["atc_l4"] or fmt.MISSING))
if len(alternatives):
    st.markdown(t("substance.alternatives.sentence", n=fmt.integer(len(alternatives))))
    show_table(alternatives, ALTERNATIVE_COLUMNS, height="all")
    download_buttons(alternatives, ALTERNATIVE_COLUMNS, f"alternativ_{substance_id}", key="alt")
else:
    st.markdown(t("substance.alternatives.none"))
st.caption(t("substance.alternatives.source"))
badges.demo_badge("supply")
nav.link("manufacturing", t("substance.link.map"), {"substance": substance_id})
