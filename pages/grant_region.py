"""Statsbidrag per region: one region's grants, their use, its own costs and its coverage."""

from datetime import date

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.grants import charts as grant_charts
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

INSTRUMENT_COLUMNS = [
    Column("short_name", "col.instrument_name", width="medium"),
    Column("instrument_year", "col.instrument_year"),
    Column("allocated_sek", "col.allocated_sek", "mnkr", decimals=2),
    Column("requisitioned_sek", "col.requisitioned_sek", "mnkr", decimals=2),
    Column("used_sek", "col.used_sek", "mnkr", decimals=2),
    Column("repaid_sek", "col.repaid_sek", "mnkr", decimals=2),
    Column("population_share", "grants.col.population_share", "percent", decimals=2),
    Column("population", "grants.col.population", "int"),
    Column("population_ref_date", "grants.col.population_ref_date", "date"),
    Column("allocated_sek_per_inhabitant", "grants.col.sek_per_inhabitant", "number", 2),
]
DEADLINE_COLUMNS = [
    Column("deadline_date", "grants.col.deadline_date", "date"),
    Column("kind_label", "grants.col.deadline_kind"),
    Column("instrument_name", "col.instrument_name"),
    Column("status_label", "grants.col.status"),
]
FIRST_DATE, LAST_DATE = date(2018, 1, 1), date(2035, 12, 31)

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
as_of = date_column.date_input(
    t("grants.as_of_label"),
    value="today",
    min_value=FIRST_DATE,
    max_value=LAST_DATE,
    format="YYYY-MM-DD",
    key="asof",
    bind="query-params",
    help=t("grants.as_of_help"),
)
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
st.subheader(name)
figures = st.columns(4)
for column, (measure, label_key) in zip(figures, grant_charts.MONEY_SERIES, strict=True):
    column.metric(t(label_key), fmt.mnkr(totals[measure], decimals=2))
st.caption(
    t(
        "grant_region.totals.caption",
        per_inhabitant=fmt.number(totals["allocated_sek_per_inhabitant"], 0),
        population=fmt.integer(totals["population"]),
        date=fmt.day(totals["population_ref_date"]),
    )
)
badges.demo_badge("grants")

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

left, right = st.columns(2)
with left:
    st.markdown(t("grant_region.costs.title"))
    if costs.empty:
        st.info(t("grant_region.no_costs"))
    else:
        categories = {c: t(f"grants.cost.{c}") for c in costs["category"].unique()}
        charts.show(
            grant_charts.stacked_years(
                costs,
                "category",
                "cost_sek",
                categories,
                grant_charts.PART_COLOURS,
                lang,
                hatched=costs["kind"] == "planned",
                hatched_label=t("grant_region.costs.planned"),
            ),
            key="region_costs",
        )
    st.caption(t("grant_region.costs.method"))
    badges.demo_badge("region_costs")
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

st.subheader(t("grant_region.instruments.title", region=name))
show_table(
    by_instrument.assign(
        short_name=by_instrument["instrument_name"].map(grant_charts.short_instrument_name)
    ),
    INSTRUMENT_COLUMNS,
    height="all",
)
download_buttons(
    by_instrument, INSTRUMENT_COLUMNS, f"statsbidrag_region_{region}", key="region_instruments"
)
st.caption(t("grant_region.instruments.method"))
badges.demo_badge("grants")

st.subheader(t("grant_region.deadlines.title", date=fmt.day(as_of)))
if deadlines.empty:
    st.info(t("grant_region.no_deadlines"))
else:
    show_table(
        deadlines.assign(
            kind_label=deadlines["deadline_kind"].map(lambda k: t(f"grants.kind.{k}")),
            status_label=deadlines["status"].map(lambda s: t(f"grants.status.{s}")),
        ),
        DEADLINE_COLUMNS,
        height="all",
    )
st.caption(t("grant_region.deadlines.method"))
badges.demo_badge("grants")
nav.link("grant_deadlines", t("grant_region.deadlines.link"), {"asof": fmt.iso_day(as_of)})
