"""Tillverkning: where the priority medicines are made, how concentrated each supply chain is,
what the Nordic countries can make, and how vulnerable each substance is."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, fmt, maps, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.supply import filters as supply_filters
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

VIEWS = ("world", "nordic")
SIZES = ("capacity", "priority")
MEASURES = ("sites", "api_share")
VULNERABILITY_COLUMNS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
    Column("points_concentration", "col.points_concentration", "number"),
    Column("points_few_sources", "col.points_few_sources", "number"),
    Column("points_outside_eu_eea", "col.points_outside_eu_eea", "number"),
    Column("points_shortage_history", "col.points_shortage_history", "number"),
    Column("source_stage_label", "col.source_stage"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("n_source_countries", "col.n_source_countries", "int"),
    Column("hhi_source", "col.hhi_source", "index"),
    Column("eu_eea_share_source", "col.eu_eea_share_source", "percent", decimals=0),
    Column("n_shortages_3y", "col.n_shortages_3y", "int"),
    Column("n_active_shortages", "col.n_active_shortages", "int"),
    Column("n_api_sites", "col.n_api_sites", "int"),
    Column("n_api_countries", "col.n_api_countries", "int"),
    Column("hhi_api", "col.hhi_api", "index"),
    Column("top_api_country_name", "col.top_api_country"),
    Column("top_api_country_share", "col.top_api_country_share", "percent", decimals=0),
    Column("single_country_api", "col.single_country_api", "bool"),
    Column("n_fpp_sites", "col.n_fpp_sites", "int"),
    Column("n_nordic_sites", "col.n_nordic_sites", "int"),
]
NORDIC_COLUMNS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("n_nordic_sites", "col.n_nordic_sites", "int"),
    Column("n_nordic_api_sites", "col.n_nordic_api_sites", "int"),
    Column("n_nordic_fpp_sites", "col.n_nordic_fpp_sites", "int"),
    Column("n_sites_se", "col.n_sites_se", "int"),
    Column("n_sites_no", "col.n_sites_no", "int"),
    Column("n_sites_dk", "col.n_sites_dk", "int"),
    Column("n_sites_fi", "col.n_sites_fi", "int"),
    Column("n_sites_is", "col.n_sites_is", "int"),
    Column("nordic_capacity_index_sum", "col.nordic_capacity_index_sum", "number"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
]
GAP_COLUMNS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("n_source_countries", "col.n_source_countries", "int"),
    Column("top_api_country_name", "col.top_api_country"),
    Column("eu_eea_share_source", "col.eu_eea_share_source", "percent", decimals=0),
    Column("n_fpp_sites", "col.n_fpp_sites", "int"),
    Column("n_active_shortages", "col.n_active_shortages", "int"),
]
SHORTAGE_COLUMNS = [
    Column("substance_name", "col.substance_name"),
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
]

# 1. state: view, size, the six filters (all in the URL)
lang = state.language()
options = supply_filters.FilterOptions(
    substances=data.run(queries.supply.supply_substance_options, lang),
    atc_groups=data.run(queries.supply.atc_group_options, lang),
    lists=data.run(queries.supply.priority_list_options),
    countries=data.run(queries.supply.site_country_options, lang),
)
headline = data.run(queries.supply.single_country_api_summary).iloc[0]

st.title(t("manufacturing.title"))
st.markdown(
    t(
        "manufacturing.intro",
        n_single=fmt.integer(headline["n_single_country"]),
        n_known=fmt.integer(headline["n_with_api_sites"]),
        n_priority=fmt.integer(headline["n_priority"]),
    )
)
view_column, size_column = st.columns(2)
view = state.segmented_param(
    t("supply.view.label"),
    "view",
    VIEWS,
    "world",
    format_func=lambda v: t(f"supply.view.{v}"),
    container=view_column,
    help=t("supply.view.help"),
)
size_by = state.segmented_param(
    t("supply.size.label"),
    "size",
    SIZES,
    "capacity",
    format_func=lambda v: t(f"supply.size.{v}"),
    container=size_column,
    help=t("supply.size.help"),
)
with st.container(border=True):
    selection = supply_filters.filter_bar(options)

# 2. data
summary = data.run(queries.supply.site_selection_summary, selection, lang).iloc[0]
aggregated = maps.is_aggregated(int(summary["n_sites"]))
if aggregated:
    sites = data.run(queries.supply.site_map_cells, selection, lang, maps.cell_size(view))
else:
    sites = data.run(queries.supply.site_map_points, selection, lang)

# 3. render: the map
st.subheader(t(f"supply.map.title.{view}"))
st.markdown(
    t(
        "supply.map.sentence",
        n_sites=fmt.integer(summary["n_sites"]),
        n_countries=fmt.integer(summary["n_countries"]),
        n_companies=fmt.integer(summary["n_companies"]),
        n_substances=fmt.integer(summary["n_substances"]),
    )
)
if aggregated:
    st.warning(maps.scaled_note(int(summary["n_sites"]), len(sites), maps.cell_size(view)))
elif not len(sites):
    st.info(t("supply.map.empty"))
deck = maps.site_deck(sites, aggregated=aggregated, size_by=size_by, view=view, lang=lang)
maps.show_deck(deck, key=f"site_map_{view}")
maps.legend(
    {
        "api": int(summary["n_api_sites"]),
        "fpp": int(summary["n_fpp_sites"]),
        "packaging": int(summary["n_packaging_sites"]),
    },
    size_note=t("supply.map.size_cells" if aggregated else f"supply.map.size_{size_by}"),
)
st.caption(t("supply.map.method"))
badges.demo_badge("supply")
if selection.substance is not None:
    nav.link(
        "substance",
        t("supply.link.substance"),
        {"substance": selection.substance},
    )

if view == "nordic":
    # ---- the Nordic view: what can be made here, and what cannot
    nordic = data.run(queries.supply.nordic_summary, selection.list_version).iloc[0]
    capacity = data.run(queries.supply.nordic_capacity, selection, lang)
    gaps = data.run(queries.supply.nordic_gaps, selection, lang)

    st.subheader(t("supply.nordic.title"))
    st.markdown(
        t(
            "supply.nordic.sentence",
            n_items=fmt.integer(nordic["n_items"]),
            n_nordic=fmt.integer(nordic["n_with_nordic_site"]),
            n_swedish=fmt.integer(nordic["n_with_swedish_site"]),
            n_gaps=fmt.integer(nordic["n_gaps"]),
        )
    )
    show_table(capacity, NORDIC_COLUMNS, height=460)
    download_buttons(capacity, NORDIC_COLUMNS, "nordisk_tillverkning", key="nordic")
    st.caption(t("supply.nordic.method"))
    badges.demo_badge("supply")

    st.subheader(t("supply.gaps.title"))
    st.markdown(t("supply.gaps.sentence", n=fmt.integer(len(gaps))))
    show_table(gaps, GAP_COLUMNS, height=460)
    download_buttons(gaps, GAP_COLUMNS, "nordiska_luckor", key="gaps")
    st.caption(t("supply.gaps.method"))
    badges.demo_badge("supply")
else:
    # ---- the world view: countries, vulnerability, active shortages
    countries = data.run(queries.supply.sites_per_country, selection, lang)
    st.subheader(t("supply.choropleth.title"))
    measure_column, _ = st.columns([1, 1])
    measure = state.segmented_param(
        t("supply.choropleth.measure"),
        "measure",
        MEASURES,
        "sites",
        format_func=lambda v: t(f"supply.choropleth.measure.{v}"),
        container=measure_column,
    )
    charts.show(maps.country_choropleth(countries, measure, lang), key="country_choropleth")
    st.caption(t(f"supply.choropleth.method.{measure}"))
    badges.demo_badge("supply")

    st.subheader(t("supply.vulnerability.title"))
    focus = state.select_param(
        t("supply.vulnerability.focus"),
        "focus",
        queries.supply.VULNERABILITY_FOCUS,
        "all",
        format_func=lambda v: t(f"supply.vulnerability.focus.{v}", score=queries.supply.HIGH_SCORE),
        container=st.columns([1, 2])[0],
    )
    vulnerability = data.run(queries.supply.vulnerability_table, selection, lang, focus).assign(
        source_stage_label=lambda df: df["source_stage"].map(lambda s: t(f"supply.stage.{s}"))
    )
    st.markdown(t("supply.vulnerability.sentence", n=fmt.integer(len(vulnerability))))
    show_table(vulnerability, VULNERABILITY_COLUMNS, height=520)
    download_buttons(vulnerability, VULNERABILITY_COLUMNS, "sarbarhet", key="vulnerability")
    with st.expander(t("supply.score.title"), expanded=False):
        st.markdown(t("supply.score.method"))
    st.caption(t("supply.vulnerability.source"))
    badges.demo_badge("supply")

    shortage_summary = data.run(queries.shortages.active_shortage_summary).iloc[0]
    shortages = data.run(queries.shortages.active_shortages, lang).assign(
        kind_label=lambda df: df["kind"].map(
            {
                "restnotering": t("shortage.restnotering"),
                "forsaljningsuppehall": t("shortage.sales"),
            }
        )
    )
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
