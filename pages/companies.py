"""Företag: the companies behind the priority list, ranked by how much depends on them (sole
source, one of two), with the vital-importance flag beside the ranking, and one company in
detail: its sites and what it makes."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, data, fmt, maps, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.supply import columns
from dash_beredskap.ui.supply import filters as supply_filters
from dash_beredskap.ui.supply import frames as supply_frames
from dash_beredskap.ui.tables import download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py


# 1. state: which companies the list shows (?show=), which company is open (?company=)
lang = state.language()
st.title(t("companies.title"))
summary = data.run(queries.supply.company_importance_summary).iloc[0]
st.markdown(
    t(
        "companies.intro",
        n_companies=fmt.integer(summary["n_companies"]),
        n_vital=fmt.integer(summary["n_vital"]),
        n_vital_goods=fmt.integer(summary["n_vital_goods"]),
        n_vital_services=fmt.integer(summary["n_vital_services"]),
        n_sole=fmt.integer(summary["n_sole_source"]),
        n_few=fmt.integer(summary["n_few_sources"]),
        n_unflagged=fmt.integer(summary["n_sole_source_unflagged"]),
    )
)
show_column, _ = st.columns([1, 2])
show = state.select_param(
    t("companies.show"),
    "show",
    queries.supply.COMPANY_SHOW,
    "all",
    format_func=lambda v: t(f"companies.show.{v}"),
    container=show_column,
)

# 2. data
ranking = supply_frames.with_service_labels(
    data.run(queries.supply.company_importance, lang, show), lang
)
# every company (the picker, the detail): the same query as the ranking when it shows all
everyone = data.run(queries.supply.company_importance, lang, "all")

# 3. render: the ranking
st.subheader(t("companies.ranking.title"))
st.markdown(t("companies.ranking.sentence", n=fmt.integer(len(ranking))))
show_table(ranking, columns.COMPANY_RANKING, height=480, tint=ranking["is_sole_source_unflagged"])
download_buttons(ranking, columns.COMPANY_RANKING, "foretag_synnerlig_vikt", key="companies")
st.caption(t("companies.ranking.source"))
badges.demo_badge("companies")

if not len(everyone):
    st.stop()

# ---- one company in detail
st.subheader(t("companies.detail.title"))
company_id = supply_filters.company_picker(everyone)
chosen = queries.supply.SupplySelection(company=company_id)
company = everyone.set_index("company_id").loc[company_id]
sites = data.run(queries.supply.site_map_points, chosen, lang)
items = supply_frames.with_site_type_labels(
    data.run(queries.supply.company_substances, company_id, lang), lang
)

st.markdown(
    t(
        "companies.detail.vital" if company["is_vital"] else "companies.detail.not_vital",
        name=fmt.plain(company["company_name"]),
        country=fmt.plain(company["hq_country_name"]) or fmt.MISSING,
    )
)
metrics = [
    (t("col.n_sites"), fmt.integer(company["n_sites"])),
    (t("col.n_countries"), fmt.integer(company["n_countries"])),
    (t("col.n_priority_items"), fmt.integer(company["n_priority_items"])),
    (t("col.n_sole_source"), fmt.integer(company["n_sole_source"])),
    (t("col.n_one_of_two"), fmt.integer(company["n_one_of_two"])),
]
for column, (label, value) in zip(st.columns(len(metrics)), metrics, strict=True):
    column.metric(label, value, border=True)
if company["n_services"]:
    st.markdown(
        t(
            "companies.detail.services",
            services=fmt.plain(supply_frames.service_labels(company["services"], lang)),
            vital=fmt.plain(supply_frames.service_labels(company["vital_services"], lang))
            or fmt.MISSING,
        )
    )
else:
    st.caption(t("companies.detail.no_services"))
badges.demo_badge("companies")
if not company["n_sites"]:
    st.info(t("companies.detail.no_sites"))
    st.stop()

deck = maps.site_deck(sites, size_by="capacity", view="fit", fit_size=(1000, 440), lang=lang)
maps.show_deck(deck, key="company_map", height=440)
maps.legend(
    maps.site_type_counts(sites),
    size_note=t("supply.map.size_capacity"),
)
st.caption(t("companies.map.source"))
badges.demo_badge("supply")

st.markdown(t("companies.items.sentence", n=fmt.integer(len(items))))
show_table(items, columns.COMPANY_ITEMS, height="all" if len(items) <= 15 else 520)
download_buttons(items, columns.COMPANY_ITEMS, f"foretag_{company_id}", key="company_items")
st.caption(t("companies.items.source"))
badges.demo_badge("supply")
