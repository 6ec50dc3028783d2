"""The sections of the Täckning page: each takes the frames its page fetched and draws one
heading, its figure or table, the method text and the demo badge. A section's own widgets (the
heatmap's grouping, the comparison's earlier month, ...) are `*_controls` functions, drawn
before the page fetches what they choose."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.metrics import Targets
from dash_beredskap.ui import badges, charts, fmt, nav, state
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage import columns, region_map
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.coverage.headline import reports_text
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import download_buttons, show_table

VIEWS = ("map", "groups", "trend", "compare", "capita", "ppe", "nordic")


def page_controls(months: pd.DataFrame) -> tuple[date, str, Targets, str]:
    """The report (?date=), the targets (?target=, ?target_<group>=) and the section (?view=):
    (month, its ISO date, targets, view)."""
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
    return month, chosen, targets, view


def region_name(regions: pd.DataFrame, region: str | None) -> str | None:
    """The name of `region` in a region_cover_on frame (None for None)."""
    return None if region is None else regions.set_index("region_code").at[region, "region_name"]


def headline(now: pd.DataFrame, target_text: str) -> None:
    """The national share, the pairs meeting the target and the regions reporting, from the
    national_cover_trend row of the chosen month (nothing when that month has no row), with
    what it rests on: regions with a report and the oldest report used."""
    st.markdown(t("coverage.intro2", target=target_text))
    if now.empty:
        return
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
    st.caption(reports_text(row, state.language()))


# ------------------------------------------------------------------ map


def share_map(regions: pd.DataFrame, target_text: str, chosen: str, carry: dict) -> None:
    """The map and bars of region_cover_on; a click (or the picker) opens the region page with
    the page's parameters (`carry`)."""
    st.subheader(t("coverage.map.title", target=target_text, date=fmt.day(chosen)))
    left, right = st.columns([11, 9], gap="large")
    with left:
        fig = region_map.sweden_share_map(regions, target_text)
        clicked = region_map.show_clickable(fig, key="coverage_map")
        st.caption(t("coverage.map.click_hint"))
    with right:
        charts.show(cover_charts.region_share_bars(regions, target_text), key="coverage_bars")
    if clicked:
        st.switch_page(nav.spec("region").path, query_params={**carry, "region": clicked})
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
            t("coverage.open_region_link", region=fmt.plain(names[picked])),
            {**carry, "region": picked},
        )
    cc.source_caption("v_priority_cover_monthly", t("coverage.method.share", target=target_text))
    badges.demo_badge("coverage")
    with st.expander(t("coverage.table.title"), expanded=False):
        show_table(regions, columns.REGION_SHARES, height="all")
    download_buttons(
        regions, columns.REGION_SHARES, f"tackning_regioner_{chosen}", key="cov_regions"
    )


# ------------------------------------------------------------------ groups (heatmap)


def group_by_control(container) -> str:
    """?group_by=: the heatmap's columns, ATC main group or product group."""
    return state.select_param(
        t("coverage.heat.group_by"),
        "group_by",
        queries.coverage.GROUP_BYS,
        default="atc1",
        format_func=lambda g: t(f"coverage.heat.group_by.{g}"),
        container=container,
    )


def group_controls(outer: pd.DataFrame, lang: str, containers) -> tuple[str, str]:
    """?group= (one of the groups of the cover_by_group frame `outer`, or 'all') and ?measure=
    (share | days)."""
    group = state.select_param(
        t("coverage.heat.group"),
        "group",
        ["all", *sorted(outer["group_key"].unique())],
        default="all",
        format_func=lambda g: (
            t("coverage.heat.all_groups") if g == "all" else cover_charts.group_label(g, lang)
        ),
        container=containers[0],
        help=t("coverage.heat.group_help"),
    )
    measure = state.segmented_param(
        t("coverage.heat.measure"),
        "measure",
        ("share", "days"),
        default="share",
        format_func=lambda m: t(f"coverage.heat.measure.{m}"),
        container=containers[1],
    )
    return group, measure


def groups(
    cells: pd.DataFrame, group: str, measure: str, target_text: str, chosen: str, lang: str
) -> None:
    """The heatmap of a cover_by_group frame (regions x groups, or x items of one group)."""
    title_group = (
        t("coverage.heat.all_groups") if group == "all" else cover_charts.group_label(group, lang)
    )
    st.subheader(t("coverage.heat.title", group=fmt.plain(title_group), date=fmt.day(chosen)))
    if cover_charts.is_heat_truncated(cells):
        st.markdown(t("coverage.heat.truncated", n=fmt.integer(cover_charts.MAX_HEAT_COLUMNS)))
    charts.show(cover_charts.group_heatmap(cells, measure), key="coverage_heat")
    cc.source_caption("v_priority_cover_monthly", t("coverage.heat.method", target=target_text))
    badges.demo_badge("coverage")
    download_buttons(cells, columns.HEAT, f"tackning_grupper_{chosen}", key="cov_heat")


# ------------------------------------------------------------------ trend


def trend(
    national: pd.DataFrame,
    by_region: pd.DataFrame,
    agreements: pd.DataFrame,
    highlight: str | None,
    target_text: str,
) -> None:
    """The national and regional shares month by month (national_cover_trend,
    region_cover_trend) with the grant agreements (grant_agreement_dates) marked."""
    st.subheader(t("coverage.trend.title2", target=target_text))
    charts.show(
        cover_charts.cover_trend(national, by_region, agreements, highlight), key="coverage_trend"
    )
    cc.source_caption("v_priority_cover_monthly, grant_instruments", t("coverage.trend.method"))
    badges.demo_badge("coverage")
    st.markdown(t("coverage.trend.agreements"))
    show_table(agreements, columns.AGREEMENTS, height="all")
    download_buttons(agreements, columns.AGREEMENTS, "overenskommelser", key="cov_agree")
    d1, d2 = st.columns(2)
    with d1:
        st.caption(t("coverage.download.national"))
        download_buttons(
            national, columns.NATIONAL_TREND, "tackning_riket_per_manad", key="cov_nat"
        )
    with d2:
        st.caption(t("coverage.download.regions"))
        download_buttons(
            by_region, columns.REGION_TRENDS, "tackning_regioner_per_manad", key="cov_reg"
        )


# ------------------------------------------------------------------ compare two months


def compare_controls(
    months: pd.DataFrame, chosen: str, regions: pd.DataFrame
) -> tuple[date, str, str | None]:
    """?then= (default: about a year before `chosen`) and ?region= (default: every region):
    (month then, its ISO date, region)."""
    c1, c2, _ = st.columns([1, 1, 2])
    month_then, chosen_then = cc.month_control(
        months,
        t("coverage.compare.then"),
        name="then",
        default=cc.year_before(months, chosen),
        container=c1,
    )
    region = cc.region_control(
        regions.sort_values("region_code"),
        t("coverage.compare.region"),
        container=c2,
        with_none=True,
        none_key="coverage.every_region",
    )
    return month_then, chosen_then, region


def compare(compared: pd.DataFrame, chosen_then: str, chosen: str, target_text: str) -> None:
    """Each region's share then and now (a cover_compare_regions frame) as a dumbbell."""
    then, now = fmt.day(chosen_then), fmt.day(chosen)
    st.subheader(t("coverage.compare.title", then=then, now=now, target=target_text))
    charts.show(cover_charts.compare_dumbbell(compared, then, now), key="coverage_compare")
    cc.source_caption("v_priority_cover_monthly", t("coverage.compare.method"))
    badges.demo_badge("coverage")
    download_buttons(
        compared,
        columns.COMPARE,
        f"tackning_jamforelse_{chosen_then}_{chosen}",
        key="cov_cmp",
    )


def compare_items(changes: pd.DataFrame, who: str, chosen_then: str, chosen: str) -> None:
    """The items that crossed the target (a cover_changes frame) and the counts of each way."""
    changes = cc.with_status_labels(changes)
    changed = changes[changes["status"].isin(["improved", "worsened"])]
    st.subheader(t("coverage.compare.items_title", who=fmt.plain(who)))
    counts = metrics.count_changes(changes)
    st.markdown(
        t(
            "coverage.compare.items_sentence",
            n_improved=fmt.integer(counts["improved"]),
            n_worsened=fmt.integer(counts["worsened"]),
        )
    )
    show_table(changed, columns.CHANGES, height=420)
    download_buttons(
        changes,
        columns.CHANGES,
        f"tackning_forandringar_{chosen_then}_{chosen}",
        key="cov_chg",
    )


# ------------------------------------------------------------------ per inhabitant


def substance_control(items: pd.DataFrame) -> str:
    """?substance=: one item of a priority_items frame (default: the first)."""
    names = dict(zip(items["substance_id"], items["substance_name"], strict=True))
    return state.select_param(
        t("coverage.capita.substance"),
        "substance",
        list(names),
        default=next(iter(names)),
        format_func=names.get,
        container=st.columns(3)[0],
    )


def capita(per_capita: pd.DataFrame, item_name: str, substance: str, chosen: str) -> None:
    """Stock per 100 000 inhabitants per region of one item (a substance_per_capita frame)."""
    st.subheader(t("coverage.capita.title", item=fmt.plain(item_name), date=fmt.day(chosen)))
    st.markdown(t("coverage.capita.what"))
    charts.show(cover_charts.per_capita_bars(per_capita), key="coverage_capita")
    cc.source_caption("v_region_coverage_monthly, region_population", t("coverage.capita.method"))
    badges.demo_badge("coverage")
    show_table(per_capita, columns.CAPITA, height="all")
    download_buttons(
        per_capita, columns.CAPITA, f"lager_per_invanare_{substance}_{chosen}", key="cov_cap"
    )


def ppe(frame: pd.DataFrame, month: date, chosen: str, targets: Targets) -> None:
    """Protective equipment apart from the list's target (a ppe_cover frame, every month): the
    month's table per region and the national share over time."""
    st.subheader(t("coverage.ppe.title", date=fmt.day(chosen)))
    st.markdown(t("coverage.ppe.what", target=fmt.integer(targets.ppe)))
    months = pd.to_datetime(frame["month"]).dt.date
    now = frame[months == month]
    show_table(now, columns.PPE, height="all")
    cc.source_caption("agg_coverage_monthly", t("coverage.ppe.method"))
    badges.demo_badge("coverage")
    download_buttons(now, columns.PPE, f"skyddsutrustning_{chosen}", key="cov_ppe")
    trend = (
        frame.groupby("month", as_index=False)
        .agg(n_items=("n_items", "sum"), n_meeting_target=("n_meeting_target", "sum"))
        .assign(share=lambda d: d["n_meeting_target"] / d["n_items"])
    )
    st.markdown("**" + t("coverage.ppe.trend", target=fmt.integer(targets.ppe)) + "**")
    st.line_chart(trend.set_index("month")["share"])


# ------------------------------------------------------------------ the Nordic rules


def nordic_controls(regions: pd.DataFrame, lang: str) -> tuple[list[str], str | None]:
    """?nordic= (the rules drawn) and ?region= (one region's curve beside the nation's)."""
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
    return rules, region


def nordic(
    curve: pd.DataFrame,
    region_curve: pd.DataFrame | None,
    name: str | None,
    rules: list[str],
    targets: Targets,
    chosen: str,
) -> None:
    """The share held for at least n days (cover_distribution: the nation, and one region when
    chosen) beside the neighbours' rules, and the table of metrics.nordic_comparison."""
    st.subheader(t("coverage.nordic.title", date=fmt.day(chosen)))
    st.warning(t("coverage.nordic.their_rules"), icon=":material/info:")
    charts.show(
        cover_charts.cover_curve(curve, region_curve, name, rules, targets.medicine),
        key="coverage_nordic",
    )
    cc.source_caption("v_priority_cover_monthly", t("coverage.nordic.method"))
    badges.demo_badge("coverage")
    comparison = cc.with_rule_labels(metrics.nordic_comparison(curve))
    show_table(comparison, columns.NORDIC, height="all")
    download_buttons(comparison, columns.NORDIC, f"nordiska_regler_{chosen}", key="cov_nordic")
    download_buttons(curve, columns.CURVE, f"tackning_fordelning_{chosen}", key="cov_curve")


# ------------------------------------------------------------------ Region


def region_head(
    regions: pd.DataFrame,
    region: str,
    categories: pd.DataFrame,
    n_below: int,
    target_text: str,
    chosen: str,
) -> None:
    """The region's name, its place on the map, its share and rank (its region_cover_on row),
    the number of items below the target and its product groups (region_category_cover)."""
    row = regions.set_index("region_code").loc[region]
    st.header(fmt.plain(row["region_name"]))
    where, head = st.columns([2, 5], gap="large")
    with where:
        region_map.show_static(
            region_map.position_map(regions, region),
            key="region_position",
        )
    with head:
        st.markdown(t("region.headline", target=target_text, date=fmt.day(chosen)))
        _region_metrics(row, n_below)
        charts.show(
            cover_charts.category_bars(categories, str(row["region_short_name"])),
            key="region_cats",
        )
        cc.source_caption("v_priority_cover_monthly", t("region.categories.method"))
        badges.demo_badge("coverage")


def _region_metrics(row: pd.Series, n_below: int) -> None:
    """Share (change), rank, items below the target and items without report; a sentence."""
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
    m3.metric(t("region.metric.below"), fmt.integer(n_below), help=t("region.metric.below_help"))
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
    if has_share:  # the date of the reports the figure rests on (issue 13 defect 4)
        st.caption(
            t(
                "region.report_dates",
                last=fmt.day(row["last_report_date"]),
                oldest=fmt.day(row["oldest_report_date"]),
                n_month=fmt.integer(row["n_reported_in_month"]),
                total=fmt.integer(row["n_priority"]),
            )
        )


def region_gaps(
    items: pd.DataFrame, gaps: pd.DataFrame, region: str, target_text: str, chosen: str
) -> None:
    """The gap list (metrics.rank_gaps of the region's priority_items_cover `items`), the items
    without a report and, folded, every item of the list."""
    st.subheader(t("region.gaps.title", n=fmt.integer(len(gaps)), target=target_text))
    st.markdown(t("region.gaps.importance"))
    if gaps.empty:
        st.success(t("region.gaps.none"))
    else:
        st.markdown(t("region.gaps.chart", n=fmt.integer(min(len(gaps), cover_charts.TOP_GAPS))))
        charts.show(cover_charts.gap_bars(gaps), key="region_gaps")
        show_table(gaps, columns.GAPS, height=420)
    cc.source_caption("v_priority_cover_monthly, v_substance_supply", t("region.gaps.method"))
    badges.demo_badge("coverage")
    download_buttons(gaps, columns.GAPS, f"under_malet_{region}_{chosen}", key="reg_gaps")
    not_reported = cc.with_category_labels(items[~items["has_report"]])
    with st.expander(t("region.no_report.title", n=fmt.integer(len(not_reported)))):
        st.markdown(t("region.no_report.sentence"))
        show_table(not_reported, columns.NO_REPORT, height=300)
    with st.expander(t("region.items.title")):
        show_table(items, columns.ITEMS, height=420)
        download_buttons(
            items, columns.ITEMS, f"prioriteringslistan_{region}_{chosen}", key="reg_items"
        )


def region_expiring(expiring: pd.DataFrame, region: str, chosen: str) -> None:
    """The items whose stock expires before it would be used (coverage/expiring_stock), with
    days in stock against days to expiry (short shelf life, issue 12)."""
    st.subheader(t("region.expiring.title", n=fmt.integer(len(expiring))))
    if expiring.empty:
        st.info(t("region.expiring.none"))
    else:
        labelled = cc.with_category_labels(expiring)
        show_table(labelled, columns.EXPIRING, height=300)
        download_buttons(
            labelled, columns.EXPIRING, f"gar_ut_fore_anvandning_{region}_{chosen}", key="reg_exp"
        )
    cc.source_caption("v_region_coverage_monthly", t("region.expiring.method"))
    badges.demo_badge("coverage")


def region_trend(
    national: pd.DataFrame,
    trend: pd.DataFrame,
    agreements: pd.DataFrame,
    region: str,
    short_name: str,
    target_text: str,
) -> None:
    """The region's share month by month (region_cover_trend) beside the nation's."""
    st.subheader(t("region.trend.title", region=fmt.plain(short_name), target=target_text))
    charts.show(
        cover_charts.cover_trend(national, trend, agreements, highlight=region, show_regions=False),
        key="region_trend",
    )
    cc.source_caption("v_priority_cover_monthly, grant_instruments", t("coverage.trend.method"))
    badges.demo_badge("coverage")
    download_buttons(trend, columns.REGION_TREND, f"tackning_per_manad_{region}", key="reg_trend")


def region_systems(systems: pd.DataFrame, region: str) -> None:
    """The systems the region uses to secure supply (region_supply_systems, labelled)."""
    st.subheader(t("region.systems.title"))
    if systems.empty:
        st.info(t("region.systems.none"))
    else:
        cc.system_list(systems)
    cc.source_caption("v_region_supply_systems")
    badges.demo_badge("supply_systems")
    download_buttons(systems, columns.SYSTEMS, f"forsorjningssystem_{region}", key="reg_sys")


def region_costs(cost_rows: pd.DataFrame, region: str) -> None:
    """Preparedness costs per year (metrics.costs_per_year of grants' region_costs_by_year
    `cost_rows`) as bars and a table, and per category folded."""
    st.subheader(t("region.costs.title"))
    costs = metrics.costs_per_year(cost_rows)
    if costs.empty:
        st.info(t("region.costs.none"))
    else:
        chart_col, table_col = st.columns([3, 2], gap="large")
        with chart_col:
            charts.show(cover_charts.costs_bars(costs), key="region_costs")
        with table_col:
            show_table(costs, columns.COST_YEARS, height="all")
        download_buttons(costs, columns.COST_YEARS, f"beredskapskostnader_{region}", key="reg_cost")
        labelled = cc.with_cost_labels(cost_rows)
        with st.expander(t("region.costs.by_category")):
            show_table(labelled, columns.COSTS, height=320)
            download_buttons(
                labelled, columns.COSTS, f"beredskapskostnader_kategori_{region}", key="reg_costc"
            )
    cc.source_caption("v_region_costs", t("region.costs.method"))
    badges.demo_badge("region_costs")


def region_grants(grants: pd.DataFrame, region: str, short_name: str) -> None:
    """The region's grants per instrument (grants_by_instrument) and a link to the grant page."""
    st.subheader(t("region.grants.title"))
    show_table(grants, columns.GRANTS, height="all")
    cc.source_caption("v_grant_ledger, grant_instruments")
    badges.demo_badge("grants")
    download_buttons(grants, columns.GRANTS, f"statsbidrag_{region}", key="reg_grants")
    nav.link("grants", t("region.grants.link", region=fmt.plain(short_name)), {"region": region})
