"""Region: one region on one screen: where it is, how much of the list it holds and its rank,
what is furthest below the target, its product groups, trend, supply systems, costs and grants."""

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, maps, nav, state
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.coverage import region_map as region_map
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

GAP_COLUMNS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("category_label", "col.cover_category"),
    Column("days_of_cover", "col.cover_days", "number"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("days_short", "col.cover_days_short", "number"),
    Column("is_on_earlier_list", "col.cover_on_earlier_list", "bool"),
    Column("vulnerability_score", "col.cover_vulnerability", "number"),
    Column("importance", "col.cover_importance", "index"),
    Column("weighted_gap", "col.cover_weighted_gap", "number"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("n_active_notices", "col.cover_active_notices", "int"),
]
NO_REPORT_COLUMNS = [
    Column("substance_name", "col.substance_name"),
    Column("category_label", "col.cover_category"),
    Column("atc_code", "col.atc_code"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
]
ITEM_COLUMNS = [
    Column("substance_id", "col.cover_substance_id"),
    Column("substance_name", "col.substance_name"),
    Column("category", "col.cover_category"),
    Column("has_report", "col.cover_has_report", "bool"),
    Column("snapshot_date", "col.cover_last_report", "date"),
    Column("quantity", "col.cover_quantity", "number"),
    Column("daily_consumption", "col.cover_daily_consumption", "number", decimals=2),
    Column("is_zero_consumption", "col.cover_zero_use", "bool"),
    Column("days_of_cover", "col.cover_days", "number"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("vulnerability_score", "col.cover_vulnerability", "number"),
    Column("is_on_earlier_list", "col.cover_on_earlier_list", "bool"),
]
CATEGORY_COLUMNS = [
    Column("category_label", "col.cover_category"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("n_items", "col.cover_n_items", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("national_share", "col.cover_national_share", "percent"),
]
TREND_COLUMNS = [
    Column("month", "col.cover_month", "date"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_priority", "col.n_priority", "int"),
]
SYSTEM_COLUMNS = [
    Column("system_name", "col.cover_system_name", width="medium"),
    Column("kind_label", "col.cover_system_kind"),
    Column("description", "col.cover_description", width="large"),
]
COST_YEAR_COLUMNS = [
    Column("year", "col.year"),
    Column("actual_sek", "col.cover_actual_sek", "mnkr"),
    Column("planned_sek", "col.cover_planned_sek", "mnkr"),
]
COST_COLUMNS = [
    Column("year", "col.year"),
    Column("kind_label", "col.cover_cost_kind"),
    Column("category_label", "col.cover_category"),
    Column("cost_sek", "col.cover_cost_sek", "mnkr"),
]
GRANT_COLUMNS = [
    Column("instrument_name", "col.instrument_name", width="large"),
    Column("instrument_year", "col.instrument_year"),
    Column("allocated_sek", "col.allocated_sek", "mnkr"),
    Column("requisitioned_sek", "col.requisitioned_sek", "mnkr"),
    Column("used_sek", "col.used_sek", "mnkr"),
    Column("repaid_sek", "col.repaid_sek", "mnkr"),
]

# 1. state: the region (?region=), the report (?date=), the targets (?target=...)
lang = state.language()
st.title(t("region.title"))
months = cc.month_choices()
if months.empty:
    st.info(t("overview.no_snapshot"))
    st.stop()
choices = data.run(queries.coverage.region_choices)
col_region, col_date, col_target = st.columns([1, 1, 1], gap="medium")
region = cc.region_control(choices, t("region.choose"), container=col_region)
month, chosen = cc.month_control(months, t("coverage.date_label"), container=col_date)
with col_target:
    targets = cc.targets_control()
target_text = cc.describe_targets(targets)

# 2. data
regions = data.run(queries.coverage.region_cover_on, month, targets)
row = regions.set_index("region_code").loc[region]
items = data.run(queries.coverage.priority_items_cover, month, targets, lang, region)
gaps = cc.with_category_labels(metrics.rank_gaps(items))
not_reported = cc.with_category_labels(items[~items["has_report"]])
categories = cc.with_category_labels(
    data.run(queries.coverage.region_category_cover, month, targets, region)
)
national = data.run(queries.coverage.national_cover_trend, targets)
trend = data.run(queries.coverage.region_cover_trend, targets, region)
agreements = data.run(queries.grants.grant_agreement_dates, lang)
systems = cc.with_system_labels(data.run(queries.coverage.region_supply_systems, region))
cost_rows = data.run(queries.grants.region_costs_by_year, region)
costs = metrics.costs_per_year(cost_rows)
cost_rows = cc.with_cost_labels(cost_rows)
grants = data.run(queries.grants.grants_by_instrument, lang, region)

# 3. render
st.header(row["region_name"])
where, head = st.columns([2, 5], gap="large")
with where:
    region_map.show_static(
        region_map.position_map(regions, maps.feature_collection("regions"), region),
        key="region_position",
    )
with head:
    st.markdown(t("region.headline", target=target_text, date=fmt.day(chosen)))
    m1, m2, m3, m4 = st.columns([3, 2, 2, 2])
    has_share = not fmt.is_missing(row["share_meeting_target"])
    m1.metric(
        t("region.metric.share"),
        fmt.percent(row["share_meeting_target"]) if has_share else t("coverage.no_report"),
        delta=None
        if fmt.is_missing(row["change_share"])
        else fmt.percent_points(row["change_share"]),
        help=t("region.metric.share_help"),
    )
    m2.metric(
        t("region.metric.rank"),
        t("region.metric.rank_value", rank=fmt.integer(row["rank"]), n=fmt.integer(row["n_ranked"]))
        if has_share
        else fmt.MISSING,
        help=t("region.metric.rank_help"),
    )
    m3.metric(t("region.metric.below"), fmt.integer(len(gaps)), help=t("region.metric.below_help"))
    m4.metric(t("region.metric.no_report"), fmt.integer(row["n_no_report"]))
    st.markdown(
        t(
            "region.meeting_sentence",
            n=fmt.integer(row["n_meeting_target"]),
            total=fmt.integer(row["n_priority"]),
        )
        if has_share
        else t("region.no_report_sentence")
    )
    charts.show(
        cover_charts.category_bars(categories, str(row["region_short_name"])), key="region_cats"
    )
    cc.source_caption("v_priority_cover_monthly", t("region.categories.method"))
    badges.demo_badge("coverage")

st.subheader(t("region.gaps.title", n=fmt.integer(len(gaps)), target=target_text))
st.markdown(t("region.gaps.importance"))
if gaps.empty:
    st.success(t("region.gaps.none"))
else:
    st.markdown(t("region.gaps.chart", n=fmt.integer(min(len(gaps), cover_charts.TOP_GAPS))))
    charts.show(cover_charts.gap_bars(gaps), key="region_gaps")
    show_table(gaps, GAP_COLUMNS, height=420)
cc.source_caption("v_priority_cover_monthly, v_substance_supply", t("region.gaps.method"))
badges.demo_badge("coverage")
download_buttons(gaps, GAP_COLUMNS, f"under_malet_{region}_{chosen}", key="reg_gaps")
with st.expander(t("region.no_report.title", n=fmt.integer(len(not_reported)))):
    st.markdown(t("region.no_report.sentence"))
    show_table(not_reported, NO_REPORT_COLUMNS, height=300)
with st.expander(t("region.items.title")):
    show_table(items, ITEM_COLUMNS, height=420)
    download_buttons(items, ITEM_COLUMNS, f"prioriteringslistan_{region}_{chosen}", key="reg_items")

st.subheader(t("region.trend.title", region=row["region_short_name"], target=target_text))
charts.show(
    cover_charts.cover_trend(national, trend, agreements, highlight=region, show_regions=False),
    key="region_trend",
)
cc.source_caption("v_priority_cover_monthly, grant_instruments", t("coverage.trend.method"))
badges.demo_badge("coverage")
download_buttons(trend, TREND_COLUMNS, f"tackning_per_manad_{region}", key="reg_trend")

st.subheader(t("region.systems.title"))
if systems.empty:
    st.info(t("region.systems.none"))
else:
    cc.system_list(systems)
cc.source_caption("v_region_supply_systems")
badges.demo_badge("supply_systems")
download_buttons(systems, SYSTEM_COLUMNS, f"forsorjningssystem_{region}", key="reg_sys")

st.subheader(t("region.costs.title"))
if costs.empty:
    st.info(t("region.costs.none"))
else:
    chart_col, table_col = st.columns([3, 2], gap="large")
    with chart_col:
        charts.show(cover_charts.costs_bars(costs), key="region_costs")
    with table_col:
        show_table(costs, COST_YEAR_COLUMNS, height="all")
    download_buttons(costs, COST_YEAR_COLUMNS, f"beredskapskostnader_{region}", key="reg_cost")
    with st.expander(t("region.costs.by_category")):
        show_table(cost_rows, COST_COLUMNS, height=320)
        download_buttons(
            cost_rows, COST_COLUMNS, f"beredskapskostnader_kategori_{region}", key="reg_costc"
        )
cc.source_caption("v_region_costs", t("region.costs.method"))
badges.demo_badge("region_costs")

st.subheader(t("region.grants.title"))
show_table(grants, GRANT_COLUMNS, height="all")
cc.source_caption("v_grant_ledger, grant_instruments")
badges.demo_badge("grants")
download_buttons(grants, GRANT_COLUMNS, f"statsbidrag_{region}", key="reg_grants")
nav.link("grants", t("region.grants.link", region=row["region_short_name"]), {"region": region})
st.caption(t("coverage.method.general"))
