"""Täckning: which regions hold the priority list for the target number of days, of what, how
that changes, and how it compares with the Nordic neighbours' rules."""

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, maps, nav, state
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.coverage import region_map as region_map
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

VIEWS = ("map", "groups", "trend", "compare", "capita", "nordic")
REGION_COLUMNS = [
    Column("rank", "col.cover_rank", "int"),
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_priority", "col.n_priority", "int"),
    Column("change_share", "col.cover_change_pp", "percent"),
    Column("last_report_date", "col.cover_last_report", "date"),
]
HEAT_COLUMNS = [
    Column("region_code", "col.region_code"),
    Column("region_short_name", "col.region_name"),
    Column("group_key", "col.cover_group"),
    Column("item_name", "col.substance_name"),
    Column("n_items", "col.cover_n_items", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("median_days", "col.cover_median_days", "number"),
    Column("n_zero_consumption", "col.cover_n_zero", "int"),
    Column("target_days", "col.cover_target_days", "int"),
]
TREND_COLUMNS = [
    Column("month", "col.cover_month", "date"),
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_priority", "col.n_priority", "int"),
]
NATIONAL_TREND_COLUMNS = [
    Column("month", "col.cover_month", "date"),
    Column("snapshot_date", "col.cover_last_report", "date"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_pairs", "col.cover_n_pairs", "int"),
    Column("n_regions_reporting", "col.cover_n_regions_reporting", "int"),
]
AGREEMENT_COLUMNS = [
    Column("marker_date", "col.cover_marker_date", "date"),
    Column("instrument_name", "col.instrument_name"),
    Column("total_sek", "col.cover_total_sek", "mnkr"),
]
COMPARE_COLUMNS = [
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("share_then", "col.cover_share_then", "percent"),
    Column("share_now", "col.cover_share_now", "percent"),
    Column("change_share", "col.cover_change_pp", "percent"),
    Column("n_improved", "col.cover_n_improved", "int"),
    Column("n_worsened", "col.cover_n_worsened", "int"),
]
CHANGE_COLUMNS = [
    Column("region_short_name", "col.region_name"),
    Column("substance_name", "col.substance_name"),
    Column("status_label", "col.cover_status"),
    Column("days_then", "col.cover_days_then", "number"),
    Column("days_now", "col.cover_days_now", "number"),
    Column("change_days", "col.cover_change_days", "number"),
    Column("target_days", "col.cover_target_days", "int"),
]
CAPITA_COLUMNS = [
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("population", "col.cover_population", "int"),
    Column("quantity", "col.cover_quantity", "number"),
    Column("stock_per_100k", "col.cover_stock_per_100k", "number"),
    Column("daily_consumption", "col.cover_daily_consumption", "number", decimals=2),
    Column("consumption_per_100k", "col.cover_consumption_per_100k", "number", decimals=2),
    Column("days_of_cover", "col.cover_days", "number"),
]
NORDIC_COLUMNS = [
    Column("rule_label", "col.cover_rule"),
    Column("holder_label", "col.cover_rule_holder"),
    Column("days", "col.cover_rule_days", "int"),
    Column("share_at_least", "col.cover_share_at_least", "percent"),
    Column("share_at_least_high", "col.cover_share_at_least_high", "percent"),
]
CURVE_COLUMNS = [
    Column("days", "col.cover_rule_days", "int"),
    Column("n_at_least", "col.cover_n_at_least", "int"),
    Column("n_items", "col.cover_n_pairs", "int"),
    Column("share_at_least", "col.cover_share_at_least", "percent"),
]

# 1. state: the report (?date=), the targets (?target=, ?target_<group>=), the section (?view=)
lang = state.language()
st.title(t("coverage.title"))
months = cc.month_choices()
if months.empty:
    st.info(t("overview.no_snapshot"))
    st.stop()
col_date, col_target, _ = st.columns([1, 1, 2], gap="medium")
month, chosen = cc.month_control(
    months, t("coverage.date_label"), container=col_date, help=t("coverage.date_help_month")
)
with col_target:
    targets = cc.targets_control()
view = state.segmented_param(
    t("coverage.view_label"),
    "view",
    VIEWS,
    default="map",
    format_func=lambda v: t(f"coverage.view.{v}"),
)
target_text = cc.describe_targets(targets)
carry = {"date": chosen, **cc.target_params(targets), **state.current_params()}

# 2. data (the headline: every view shows it)
regions = data.run(queries.coverage.region_cover_on, month, targets)
national = data.run(queries.coverage.national_cover_trend, targets)
now = cc.rows_of_month(national, month)

# 3. render: the headline
st.markdown(t("coverage.intro2", target=target_text))
if not now.empty:
    row = now.iloc[0]
    m1, m2, m3 = st.columns(3)
    m1.metric(
        t("coverage.metric.national", target=target_text),
        fmt.percent(row["share_meeting_target"]),
        delta=None
        if fmt.is_missing(row["change_share"])
        else fmt.percent_points(row["change_share"]),
        help=t("coverage.metric.national_help"),
    )
    m2.metric(
        t("coverage.metric.pairs"),
        t(
            "coverage.metric.pairs_value",
            n=fmt.integer(row["n_meeting_target"]),
            total=fmt.integer(row["n_pairs"]),
        ),
    )
    m3.metric(
        t("coverage.metric.reporting"),
        t(
            "coverage.metric.reporting_value",
            n=fmt.integer(row["n_regions_reporting"]),
            total=fmt.integer(row["n_regions"]),
        ),
    )

if view == "map":
    st.subheader(t("coverage.map.title", target=target_text, date=fmt.day(chosen)))
    left, right = st.columns([11, 9], gap="large")
    with left:
        fig = region_map.sweden_share_map(regions, maps.feature_collection("regions"), target_text)
        clicked = region_map.show_clickable(fig, key="coverage_map")
        st.caption(t("coverage.map.click_hint"))
    with right:
        charts.show(cover_charts.region_share_bars(regions, target_text), key="coverage_bars")
    if clicked:
        st.switch_page(
            nav.spec("region").path,
            query_params={**carry, "region": clicked},
        )
    pick, go_to, _ = st.columns([1, 1, 2], vertical_alignment="bottom")
    names = dict(zip(regions["region_code"], regions["region_name"], strict=True))
    picked = pick.selectbox(
        t("coverage.open_region"),
        sorted(names, key=names.get),
        format_func=names.get,
        key="coverage_open_region",
    )
    with go_to:
        nav.link(
            "region",
            t("coverage.open_region_link", region=names[picked]),
            {**carry, "region": picked},
        )
    cc.source_caption("v_priority_cover_monthly", t("coverage.method.share", target=target_text))
    badges.demo_badge("coverage")
    with st.expander(t("coverage.table.title"), expanded=False):
        show_table(regions, REGION_COLUMNS, height="all")
    download_buttons(regions, REGION_COLUMNS, f"tackning_regioner_{chosen}", key="cov_regions")

elif view == "groups":
    g1, g2, g3 = st.columns(3)
    group_by = state.select_param(
        t("coverage.heat.group_by"),
        "group_by",
        queries.coverage.GROUP_BYS,
        default="atc1",
        format_func=lambda g: t(f"coverage.heat.group_by.{g}"),
        container=g1,
    )
    outer = data.run(queries.coverage.cover_by_group, month, targets, group_by, None, lang)
    group_keys = sorted(outer["group_key"].unique())
    group = state.select_param(
        t("coverage.heat.group"),
        "group",
        ["all", *group_keys],
        default="all",
        format_func=lambda g: (
            t("coverage.heat.all_groups") if g == "all" else cover_charts.group_label(g, lang)
        ),
        container=g2,
        help=t("coverage.heat.group_help"),
    )
    measure = state.segmented_param(
        t("coverage.heat.measure"),
        "measure",
        ("share", "days"),
        default="share",
        format_func=lambda m: t(f"coverage.heat.measure.{m}"),
        container=g3,
    )
    cells = (
        outer
        if group == "all"
        else data.run(queries.coverage.cover_by_group, month, targets, group_by, group, lang)
    )
    title_group = (
        t("coverage.heat.all_groups") if group == "all" else cover_charts.group_label(group, lang)
    )
    st.subheader(t("coverage.heat.title", group=title_group, date=fmt.day(chosen)))
    if cover_charts.is_heat_truncated(cells):
        st.markdown(t("coverage.heat.truncated", n=fmt.integer(cover_charts.MAX_HEAT_COLUMNS)))
    charts.show(cover_charts.group_heatmap(cells, measure), key="coverage_heat")
    cc.source_caption("v_priority_cover_monthly", t("coverage.heat.method", target=target_text))
    badges.demo_badge("coverage")
    download_buttons(cells, HEAT_COLUMNS, f"tackning_grupper_{chosen}", key="cov_heat")

elif view == "trend":
    highlight = cc.region_control(
        regions.sort_values("region_code"),
        t("coverage.trend.highlight"),
        container=st.columns(3)[0],
        with_none=True,
    )
    by_region = data.run(queries.coverage.region_cover_trend, targets, None)
    agreements = data.run(queries.grants.grant_agreement_dates, lang)
    st.subheader(t("coverage.trend.title2", target=target_text))
    charts.show(
        cover_charts.cover_trend(national, by_region, agreements, highlight), key="coverage_trend"
    )
    cc.source_caption("v_priority_cover_monthly, grant_instruments", t("coverage.trend.method"))
    badges.demo_badge("coverage")
    st.markdown(t("coverage.trend.agreements"))
    show_table(agreements, AGREEMENT_COLUMNS, height="all")
    d1, d2 = st.columns(2)
    with d1:
        st.caption(t("coverage.download.national"))
        download_buttons(
            national, NATIONAL_TREND_COLUMNS, "tackning_riket_per_manad", key="cov_nat"
        )
    with d2:
        st.caption(t("coverage.download.regions"))
        download_buttons(by_region, TREND_COLUMNS, "tackning_regioner_per_manad", key="cov_reg")

elif view == "compare":
    c1, c2, _ = st.columns([1, 1, 2])
    then_default = cc.year_before(months, chosen)
    month_then, chosen_then = cc.month_control(
        months, t("coverage.compare.then"), name="then", default=then_default, container=c1
    )
    compare = data.run(queries.coverage.cover_compare_regions, month, month_then, targets)
    region = cc.region_control(
        regions.sort_values("region_code"),
        t("coverage.compare.region"),
        container=c2,
        with_none=True,
        none_key="coverage.every_region",
    )
    st.subheader(
        t(
            "coverage.compare.title",
            then=fmt.day(chosen_then),
            now=fmt.day(chosen),
            target=target_text,
        )
    )
    charts.show(
        cover_charts.compare_dumbbell(compare, fmt.day(chosen_then), fmt.day(chosen)),
        key="coverage_compare",
    )
    cc.source_caption("v_priority_cover_monthly", t("coverage.compare.method"))
    badges.demo_badge("coverage")
    download_buttons(
        compare, COMPARE_COLUMNS, f"tackning_jamforelse_{chosen_then}_{chosen}", key="cov_cmp"
    )
    changes = data.run(queries.coverage.cover_changes, month, month_then, targets, region, lang)
    changes = cc.with_status_labels(changes)
    changed = changes[changes["status"].isin(["improved", "worsened"])]
    who = (
        t("coverage.all_regions")
        if region is None
        else regions.set_index("region_code").at[region, "region_name"]
    )
    st.subheader(t("coverage.compare.items_title", who=who))
    counts = metrics.count_changes(changes)
    st.markdown(
        t(
            "coverage.compare.items_sentence",
            n_improved=fmt.integer(counts["improved"]),
            n_worsened=fmt.integer(counts["worsened"]),
        )
    )
    show_table(changed, CHANGE_COLUMNS, height=420)
    download_buttons(
        changes, CHANGE_COLUMNS, f"tackning_forandringar_{chosen_then}_{chosen}", key="cov_chg"
    )

elif view == "capita":
    items = data.run(queries.coverage.priority_items, lang)
    names = dict(zip(items["substance_id"], items["substance_name"], strict=True))
    substance = state.select_param(
        t("coverage.capita.substance"),
        "substance",
        list(names),
        default=next(iter(names)),
        format_func=names.get,
        container=st.columns(3)[0],
    )
    per_capita = data.run(queries.coverage.substance_per_capita, month, substance)
    st.subheader(t("coverage.capita.title", item=names[substance], date=fmt.day(chosen)))
    st.markdown(t("coverage.capita.what"))
    charts.show(cover_charts.per_capita_bars(per_capita), key="coverage_capita")
    cc.source_caption("v_region_coverage_monthly, region_population", t("coverage.capita.method"))
    badges.demo_badge("coverage")
    show_table(per_capita, CAPITA_COLUMNS, height="all")
    download_buttons(
        per_capita, CAPITA_COLUMNS, f"lager_per_invanare_{substance}_{chosen}", key="cov_cap"
    )

else:  # nordic
    n1, n2 = st.columns([3, 1])
    rules = state.multi_param(
        t("coverage.nordic.rules"),
        "nordic",
        metrics.NORDIC_RULE_KEYS,
        format_func=lambda k: cover_charts.rule_label(k, lang),
        container=n1,
        help=t("coverage.nordic.rules_help"),
    )
    region = cc.region_control(
        regions.sort_values("region_code"),
        t("coverage.nordic.region"),
        container=n2,
        with_none=True,
    )
    curve = data.run(queries.coverage.cover_distribution, month, None)
    region_curve = data.run(queries.coverage.cover_distribution, month, region) if region else None
    region_name = (
        None if region is None else regions.set_index("region_code").at[region, "region_name"]
    )
    st.subheader(t("coverage.nordic.title", date=fmt.day(chosen)))
    st.warning(t("coverage.nordic.their_rules"), icon=":material/info:")
    charts.show(
        cover_charts.cover_curve(curve, region_curve, region_name, rules, targets.medicine),
        key="coverage_nordic",
    )
    cc.source_caption("v_priority_cover_monthly", t("coverage.nordic.method"))
    badges.demo_badge("coverage")
    comparison = cc.with_rule_labels(metrics.nordic_comparison(curve))
    show_table(comparison, NORDIC_COLUMNS, height="all")
    download_buttons(comparison, NORDIC_COLUMNS, f"nordiska_regler_{chosen}", key="cov_nordic")
    download_buttons(curve, CURVE_COLUMNS, f"tackning_fordelning_{chosen}", key="cov_curve")

st.caption(t("coverage.method.general"))
