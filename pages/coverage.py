"""Täckning: how much of the priority list each region holds for 30 days, and the trend."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

REGION_COLUMNS = [
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("share_meeting_target", "col.share_meeting_target", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_priority", "col.n_priority", "int"),
]

# 1. state: the snapshot date (?date=YYYY-MM-DD, default the latest)
lang = state.language()
dates = [fmt.iso_day(d) for d in data.run(queries.coverage_snapshot_dates)["snapshot_date"]]

st.title(t("coverage.title"))
if not dates:
    st.info(t("overview.no_snapshot"))
    st.stop()
filter_column, _ = st.columns([1, 2])
chosen = state.select_param(
    t("coverage.date_label"),
    "date",
    dates,
    default=dates[0],
    format_func=fmt.day,
    help=t("coverage.date_help"),
    container=filter_column,
)


# 2. data
regions = data.run(queries.region_coverage_on, fmt.parse_iso_day(chosen))
trend = data.run(queries.national_coverage_trend)

# 3. render
st.markdown(t("coverage.intro"))
st.subheader(t("coverage.regions.title", date=fmt.day(chosen)))
charts.show(charts.region_coverage(regions, lang), key="coverage_regions")
st.caption(t("common.source", source="v_region_coverage_summary"))
badges.demo_badge("coverage")

st.subheader(t("coverage.trend.title"))
charts.show(charts.national_trend(trend, highlight=chosen, lang=lang), key="coverage_trend")
st.caption(t("common.source", source="v_national_coverage_summary"))
badges.demo_badge("coverage")

with st.expander(t("coverage.table.title"), expanded=False):
    show_table(regions, REGION_COLUMNS, height="all")
    download_buttons(regions, REGION_COLUMNS, f"tackning_{chosen}", key="coverage_regions")
st.caption(t("coverage.method"))
