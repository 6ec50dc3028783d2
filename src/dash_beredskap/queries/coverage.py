"""Question 2: are the regions covered? Stock against the target, per region, group and month."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dash_beredskap.metrics import DEFAULT_TARGETS, Targets
from dash_beredskap.queries.binder import Connection, fetch


def coverage_months(con: Connection) -> pd.DataFrame:
    """Table agg_national_cover_default (macro national_cover, built at load time): every month
    with a report, newest first.

    snapshot_date: the month's last report (the date shown and kept in the URL);
    n_regions_reporting: regions with a priority item reported in the month itself;
    n_regions_with_report: regions with a usable report as of the month (carried forward too).
    """
    return fetch(con, "coverage/coverage_months")


def region_cover_on(
    con: Connection, month: date | None = None, targets: Targets = DEFAULT_TARGETS
) -> pd.DataFrame:
    """Macro region_cover (over v_priority_cover_monthly) for one month (None: the latest),
    all 21 regions; at the default targets read from agg_region_cover_default, which the same
    macro builds at load time.

    share_meeting_target = n_meeting_target / n_priority (items on the current list), each item
    on the region's latest report as of the month (at most 92 days old at its end); null without
    any usable report ("no report", never 0 %); n_no_report = items without one;
    n_reported_in_month: items reported in the month itself; oldest_report_date and
    last_report_date: the reports used. rank: 1 = the highest share among the regions with a
    share (ties share a rank); n_ranked: how many have one. prev_*: the month before with any
    report; change_share = share - prev_share (0..1 units). Sorted by share, highest first, no
    report last.
    """
    return fetch(con, "coverage/region_cover_on", month=month, **targets.all_params())


def national_cover_trend(con: Connection, targets: Targets = DEFAULT_TARGETS) -> pd.DataFrame:
    """Macro national_cover (over v_priority_cover_monthly), per month with a report, oldest
    first; at the default targets read from agg_national_cover_default (the same macro, at
    load time).

    share_meeting_target = (region, item) pairs meeting the target / (items x regions), each
    pair on the region's latest report as of the month's end while at most
    max_report_age_days old (issue 13 defect 4: a partly reported month never lowers it); a
    pair without a usable report counts as not meeting. n_regions_reporting: regions with a
    report in the month itself; n_regions_with_report: with a usable report; oldest_report_date:
    the oldest report used. change_share: the change from the month before (0..1 units).
    """
    return fetch(con, "coverage/national_cover_trend", **targets.all_params())


def region_cover_trend(
    con: Connection, targets: Targets = DEFAULT_TARGETS, region: str | None = None
) -> pd.DataFrame:
    """Macro region_cover per month and region (one region, or all with None), oldest first;
    at the default targets read from agg_region_cover_default (the same macro, at load time).

    share_meeting_target is null in a month the region reported nothing.
    """
    return fetch(con, "coverage/region_cover_trend", region=region, **targets.all_params())


GROUP_BYS = ("atc1", "category")


def cover_by_group(
    con: Connection,
    month: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
    group_by: str = "atc1",
    group: str | None = None,
    lang: str = "sv",
) -> pd.DataFrame:
    """View v_priority_cover_monthly for one month: region x group (or region x item when
    `group` is one of the groups), for the heatmap.

    group_by: 'atc1' (ATC level 1; devices and PPE as 'device', 'ppe') or 'category'.
    Per cell: n_items, n_reported, n_meeting_target; share_meeting_target =
    n_meeting_target / n_items (null without any report); median_days = the median days of
    cover of the reported items with consumption (null if none); n_zero_consumption.
    Ordering values (higher = better): region_share over all shown items, group_share over
    all regions (no report counts as not meeting).
    """
    return fetch(
        con,
        "coverage/cover_by_group",
        month=month,
        group_by=group_by,
        group=group,
        lang=lang,
        **targets.all_params(),
    )


COVER_CURVE_MAX_DAYS = 365


def cover_distribution(
    con: Connection, month: date | None = None, region: str | None = None
) -> pd.DataFrame:
    """View v_priority_cover_monthly for one month: for every whole number of days 0..365, the
    share of the priority list held for at least that long (all regions: share of the
    (region, item) pairs; or one region). Zero consumption counts at every length; no report
    never does. share_at_least at 30 = the share meeting a 30-day target.
    """
    return fetch(
        con,
        "coverage/cover_distribution",
        month=month,
        region=region,
        max_days=COVER_CURVE_MAX_DAYS,
    )


def cover_changes(
    con: Connection,
    month: date | None = None,
    month_then: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
    region: str | None = None,
    lang: str = "sv",
) -> pd.DataFrame:
    """View v_priority_cover_monthly at two months: each (region, item) then and now.

    status: improved (below then, meeting now), worsened (meeting then, below now),
    still_meeting, still_below, no_report_now, no_report_then, no_report. change_days =
    days now - days then (both reported with consumption). region: one county code or None.
    Changed items first, the largest fall in days first.
    """
    return fetch(
        con,
        "coverage/cover_changes",
        month=month,
        month_then=month_then,
        region=region,
        lang=lang,
        **targets.all_params(),
    )


def cover_compare_regions(
    con: Connection,
    month: date | None = None,
    month_then: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
) -> pd.DataFrame:
    """View v_priority_cover_monthly at two months, per region (all 21).

    share_then / share_now: share of the list meeting the target (null without any report);
    change_share = now - then; n_improved, n_worsened: items that crossed the target upwards
    or downwards (see cover_changes). Sorted by change_share, largest fall first.
    """
    return fetch(
        con,
        "coverage/cover_compare_regions",
        month=month,
        month_then=month_then,
        **targets.all_params(),
    )


def priority_items(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table substances: the items on the current priority list (stg_priority_current), by
    name (for pickers)."""
    return fetch(con, "coverage/priority_items", lang=lang)


PER_INHABITANTS = 100_000


def substance_per_capita(
    con: Connection, month: date | None = None, substance_id: str | None = None
) -> pd.DataFrame:
    """View v_region_coverage_monthly for one item and month, all 21 regions, per inhabitant.

    population: the region's newest figure in region_population (population_ref_date).
    stock_per_100k = quantity / population x 100 000 (in the item's unit, e.g. DDD);
    consumption_per_100k likewise; days_of_cover as reported. national_*: all reporting
    regions pooled (their stock / their population). No report: null figures.
    """
    return fetch(
        con,
        "coverage/substance_per_capita",
        month=month,
        substance_id=substance_id,
        per_inhabitants=PER_INHABITANTS,
    )


def priority_items_cover(
    con: Connection,
    month: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
    lang: str = "sv",
    region: str | None = None,
) -> pd.DataFrame:
    """Macro priority_cover_judged, views v_substance_supply and v_national_substance_cover and
    table agg_substance_active_notices (v_shortage_notices counted at load time) for one month:
    every (region, priority item), reported or not, with its target_days and is_meeting (the
    macros' rule) and what the gap list and the exposure ranking weigh (metrics.rank_gaps,
    metrics.exposure_scores). region: one county code, or None: all. By region code, then item
    name.
    """
    return fetch(
        con,
        "coverage/priority_items_cover",
        month=month,
        lang=lang,
        region=region,
        **targets.all_params(),
    )


def region_category_cover(
    con: Connection,
    month: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
    region: str | None = None,
) -> pd.DataFrame:
    """View v_priority_cover_monthly for one month, per product group: the region's share of
    the group meeting its target (null without any report in the group) beside the national
    share over all (region, item) pairs of the group. target_days: the group's target."""
    return fetch(
        con, "coverage/region_category_cover", month=month, region=region, **targets.all_params()
    )


def region_choices(con: Connection) -> pd.DataFrame:
    """Table regions: every region's code, name and short name, by code."""
    return fetch(con, "coverage/region_choices")


def expiring_stock(
    con: Connection, month: date | None = None, lang: str = "sv", region: str | None = None
) -> pd.DataFrame:
    """View v_region_coverage_monthly: one region's items whose stock expires before it would
    be used (quantity_expiring_unused > 0, issue 12) in `month` (None: the newest), with
    days_of_stock (quantity / daily use, uncapped), days_to_expiry, days_of_cover (capped) and
    expiry_date. Most units lost first."""
    return fetch(con, "coverage/expiring_stock", month=month, lang=lang, region=region)


def region_supply_systems(con: Connection, region: str | None = None) -> pd.DataFrame:
    """View v_region_supply_systems: the systems one region uses to secure supply."""
    return fetch(con, "coverage/region_supply_systems", region=region)


def ppe_cover(
    con: Connection, month: date | None = None, targets: Targets = DEFAULT_TARGETS
) -> pd.DataFrame:
    """Protective equipment, apart from the list's target (agg_coverage_monthly): per month
    (only `month` when given; None: every month) and region (all 21).

    n_items, n_reported, quantity (stock), median_days_of_cover, n_meeting_target (items with
    targets.ppe days, macro meets_target), share_meeting_target (null without any report).
    """
    return fetch(con, "coverage/ppe_cover", month=month, t_ppe=targets.ppe, m_ppe=targets.min_ppe)
