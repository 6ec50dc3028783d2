"""Statsbidrag per region: one region's grants, their use, its own costs and its coverage."""

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.grants import charts as grant_charts
from dash_beredskap.ui.grants import columns, sections, tables
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

# 1. state: the region (?region=06, default the first) and the date the deadlines are judged
#    on (?asof=2025-10-02, default today)
lang = state.language()
regions = data.run(queries.grants.grant_region_choices)
names = dict(zip(regions["region_code"], regions["region_name"], strict=True))

st.title(t("grant_region.title"))
if not names:
    st.info(t("grants.empty"))
    st.stop()
region_column, date_column, _ = st.columns([2, 1, 1])
region = state.select_param(
    t("grant_region.region_label"),
    "region",
    list(names),
    default=next(iter(names)),
    format_func=names.__getitem__,
    container=region_column,
)
as_of = sections.as_of_input(date_column)
name = names[region]

# 2. data
totals = data.run(queries.grants.grant_region_totals).set_index("region_code").loc[region]
by_instrument = data.run(queries.grants.grant_region_instruments, lang, region)
cumulative = data.run(queries.grants.grant_region_cumulative, region)
use = data.run(queries.grants.grant_use_by_purpose, region)
costs = data.run(queries.grants.region_costs_by_year, region)
coverage = data.run(queries.coverage.region_cover_trend, metrics.DEFAULT_TARGETS, region)
national = data.run(queries.coverage.national_cover_trend)
deadlines = metrics.deadline_statuses(
    data.run(queries.grants.grant_deadline_facts, as_of, lang, region), as_of
)

# 3. render
st.subheader(fmt.plain(name))
sections.money_figures(totals)
st.caption(
    t(
        "grant_region.totals.caption",
        per_inhabitant=fmt.number(totals["allocated_sek_per_inhabitant"], 0),
        population=fmt.integer(totals["population"]),
        date=fmt.day(totals["population_ref_date"]),
    )
)
badges.demo_badge("grants")
sections.computed_badge()

st.subheader(t("grant_region.side_by_side.title"))
st.caption(t("grant_region.side_by_side.caption"))
left, right = st.columns(2)
with left:
    st.markdown(t("grant_region.cumulative.title"))
    if cumulative.empty:
        st.info(t("grant_region.no_money"))
    else:
        charts.show(grant_charts.region_cumulative(cumulative, lang), key="region_cumulative")
    st.caption(t("grant_region.cumulative.method"))
    badges.demo_badge("grants")
with right:
    st.markdown(t("grant_region.coverage.title"))
    if coverage.empty:
        st.info(t("grant_region.no_coverage"))
    else:
        charts.show(
            cover_charts.region_share_trend(coverage, national, name.removeprefix("Region "), lang),
            key="region_coverage",
        )
    st.caption(t("grant_region.coverage.method"))
    badges.demo_badge("coverage")

left, right = st.columns(2)
with left:
    st.markdown(t("grant_region.use.title"))
    if use.empty:
        st.info(t("grant_region.no_use"))
    else:
        charts.show(
            grant_charts.stacked_years(
                use, "purpose", "used_sek", {}, grant_charts.PART_COLOURS, lang
            ),
            key="region_use",
        )
    st.caption(t("grant_region.use.method"))
    badges.demo_badge("grants")
with right:
    st.markdown(t("grant_region.costs.title"))
    if costs.empty:
        st.info(t("grant_region.no_costs"))
    else:
        charts.show(
            grant_charts.stacked_years(
                costs,
                "category",
                "cost_sek",
                tables.cost_category_labels(costs, lang),
                grant_charts.PART_COLOURS,
                lang,
                hatched=costs["kind"] == "planned",
                hatched_label=t("grant_region.costs.planned"),
            ),
            key="region_costs",
        )
    st.caption(t("grant_region.costs.method"))
    badges.demo_badge("region_costs")

st.subheader(t("grant_region.instruments.title", region=fmt.plain(name)))
instrument_rows = tables.with_short_names(by_instrument)
show_table(instrument_rows, columns.REGION_INSTRUMENT_COLUMNS, height="all")
download_buttons(
    instrument_rows,
    columns.REGION_INSTRUMENT_COLUMNS,
    f"statsbidrag_region_{region}",
    key="region_instruments",
)
st.caption(t("grant_region.instruments.method"))
badges.demo_badge("grants")
sections.computed_badge()

st.subheader(t("grant_region.deadlines.title", date=fmt.day(as_of)))
if deadlines.empty:
    st.info(t("grant_region.no_deadlines"))
else:
    deadline_rows = tables.deadline_rows(deadlines, lang)
    show_table(deadline_rows, columns.REGION_DEADLINE_COLUMNS, height="all")
    download_buttons(
        deadline_rows, columns.REGION_DEADLINE_COLUMNS, f"tidsfrister_{region}", key="region_dl"
    )
st.caption(t("grant_region.deadlines.method"))
badges.demo_badge("grants")
nav.link("grant_deadlines", t("grant_region.deadlines.link"), {"asof": fmt.iso_day(as_of)})
