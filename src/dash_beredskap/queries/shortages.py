"""Shortage notices (restnoteringar) against the regions' stock. The SQL is in
sql/queries/shortages/<name>.sql; the as-of date D, its month and the active rule are defined
once, in v_shortage_notices (rules: shortage_* macros in sql/macros.sql)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dash_beredskap.metrics import DEFAULT_TARGETS, Targets
from dash_beredskap.queries.binder import Connection, fetch


def active_shortage_summary(con: Connection) -> pd.DataFrame:
    """View v_shortage_notices, the notices active on the as-of date D counted: one row with
    as_of (D), n_active, n_restnotering, n_forsaljningsuppehall and n_on_priority_list (items
    on the current list). Active on D: start_date <= D and not resolved by D."""
    return fetch(con, "shortages/active_shortage_summary")


def active_shortages(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_shortage_notices, one row per notice active on D with substance_name (in `lang`),
    product_name, kind, start_date, expected_end_date, is_on_priority_list. Priority items
    first, then by start_date, name, notice_id."""
    return fetch(con, "shortages/active_shortages", lang=lang)


def active_notices_cover(
    con: Connection,
    targets: Targets = DEFAULT_TARGETS,
    lang: str = "sv",
    only_priority: bool = False,
) -> pd.DataFrame:
    """View v_shortage_notices (active on D) with the item's cover in D's month
    (v_region_coverage_monthly, v_national_substance_cover), one row per notice:
    national_days_of_cover (pooled, days), target_days, n_regions_below (reported and below the
    item's target), n_regions_no_report, regions_below (short names, fewest days first;
    regions_below_list as a list) and n_alternatives (other items of its ATC level-4 group).
    only_priority: only notices for items on the current list. Priority items first, then the
    most regions below target."""
    return fetch(
        con,
        "shortages/active_notices_cover",
        lang=lang,
        only_priority=only_priority,
        **targets.params(),
    )


def notice_alternatives(
    con: Connection,
    targets: Targets = DEFAULT_TARGETS,
    lang: str = "sv",
    only_priority: bool = False,
) -> pd.DataFrame:
    """View v_treatment_alternatives for the items with an active notice, one row per (item,
    alternative): the alternative's national days of cover in D's month (pooled), target_days,
    n_regions_reporting, n_regions_below, is_on_priority_list and is_in_shortage. Per item, the
    best-stocked alternative first."""
    return fetch(
        con,
        "shortages/notice_alternatives",
        lang=lang,
        only_priority=only_priority,
        **targets.params(),
    )


def shortage_cover_detail(
    con: Connection,
    substance_id: str | None = None,
    targets: Targets = DEFAULT_TARGETS,
    lang: str = "sv",
) -> pd.DataFrame:
    """View v_region_coverage_monthly in D's month for one item and its ATC level-4
    alternatives, one row per (item, region), all 21 regions each (no report: has_report
    false, meets_target null), with the item's pooled national days. The item itself first,
    then alternatives by name, each by region_code."""
    return fetch(
        con,
        "shortages/shortage_cover_detail",
        substance_id=substance_id,
        lang=lang,
        **targets.params(),
    )


def shortage_feed(
    con: Connection, since: date | None = None, lang: str = "sv", only_priority: bool = False
) -> pd.DataFrame:
    """View v_shortage_notices: one row per notice that changed from `since` (None: 30 days
    before D) up to D. change_kind: 'resolved', else 'new', else 'updated' (macro
    shortage_change_kind); change_date: the day of that change. Newest change first."""
    return fetch(
        con, "shortages/shortage_feed", since=since, lang=lang, only_priority=only_priority
    )


def shortage_feed_counts(
    con: Connection, since: date | None = None, only_priority: bool = False
) -> pd.DataFrame:
    """shortage_feed counted by the same rule: one row with n_new, n_updated, n_resolved,
    since and as_of (D)."""
    return fetch(con, "shortages/shortage_feed_counts", since=since, only_priority=only_priority)
