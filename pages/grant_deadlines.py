"""Statsbidragens tidsfrister: every date the government set (agreements and assignments) on
one timeline; requisition, usage end, repayment and reporting per recipient."""

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.grants import charts as grant_charts
from dash_beredskap.ui.grants import columns, sections, tables
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

# 1. state: the date the deadlines are judged on (?asof=2025-10-02, default today)
lang = state.language()
st.title(t("grant_deadlines.title"))
st.markdown(t("grant_deadlines.lede"))
date_column, _ = st.columns([1, 3])
as_of = sections.as_of_input(date_column)

# 2. data
statuses = metrics.deadline_statuses(
    data.run(queries.grants.grant_deadline_facts, as_of, lang), as_of
)
government = tables.government_date_rows(
    data.run(queries.grants.government_dates, lang), as_of, lang
)
summary = metrics.summarise_deadlines(statuses)
upcoming, passed = metrics.split_deadlines(summary)
table = tables.deadline_rows(statuses, lang)
open_items = table[table["status"] != metrics.DONE]

# 3. render
if not government.empty:
    st.subheader(t("grant_deadlines.government.title"))
    charts.show(grant_charts.government_timeline(government, as_of, lang), key="government_dates")
    st.caption(t("grant_deadlines.government.method"))
    with st.expander(t("grant_deadlines.government.table")):
        show_table(government, columns.GOVERNMENT_DATE_COLUMNS)
        download_buttons(
            government, columns.GOVERNMENT_DATE_COLUMNS, "regeringens_datum", key="government"
        )
if statuses.empty:
    st.info(t("grant_deadlines.none"))
    st.stop()
counts = metrics.count_statuses(statuses)
figures = st.columns(4)
for column, (status, n) in zip(figures, counts.items(), strict=True):
    column.metric(t(f"grants.status.{status}"), fmt.integer(n))
st.caption(
    t(
        "grant_deadlines.counts.caption",
        date=fmt.day(as_of),
        n=fmt.integer(len(statuses)),
        n_deadlines=fmt.integer(len(summary)),
    )
)
badges.demo_badge("grants")

st.subheader(t("grant_deadlines.upcoming.title", date=fmt.day(as_of)))
if upcoming.empty:
    st.info(t("grant_deadlines.upcoming.none", date=fmt.day(as_of)))
else:
    charts.show(grant_charts.deadline_status_bars(upcoming, lang), key="deadlines_upcoming")
    st.caption(t("grant_deadlines.method_short"))
    badges.demo_badge("grants")

st.subheader(t("grant_deadlines.passed.title", date=fmt.day(as_of)))
if passed.empty:
    st.info(t("grant_deadlines.passed.none", date=fmt.day(as_of)))
else:
    charts.show(grant_charts.deadline_status_bars(passed, lang), key="deadlines_passed")
    st.caption(t("grant_deadlines.method_short"))
    badges.demo_badge("grants")

st.subheader(t("grant_deadlines.open.title", n=fmt.integer(len(open_items))))
if open_items.empty:
    st.success(t("grant_deadlines.open.none"), icon=":material/check_circle:")
else:
    show_table(open_items, columns.STATUS_COLUMNS)
with st.expander(t("grant_deadlines.all.title")):
    show_table(table, columns.STATUS_COLUMNS)
    download_buttons(
        table, columns.STATUS_COLUMNS, f"tidsfrister_{fmt.iso_day(as_of)}", key="deadlines"
    )
st.markdown(t("grant_deadlines.rules"))
st.caption(t("grant_deadlines.method"))
nav.link("grant_region", t("grants.regions.link"))
