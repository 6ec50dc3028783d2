"""The coverage pages' settings, each kept in the URL: the month, the targets, the region, ...

URL parameters (codes, never translated labels, so a shared link means the same in sv and en):

* `date`: the report shown, as the ISO date of a month's last report (default: the latest).
* `target`: days of normal consumption every product group must be stocked for (default 30);
  `target_medicine`, `target_device`, `target_ppe`: a different target for one group.
* `min_medicine`, `min_device`, `min_ppe`: the minimum stock (units) an item with no
  consumption must hold to count as covered (default 1; zero stock never counts).
* `region`: a county code; `then`: the earlier report of a comparison; `nordic`: the Nordic
  rules drawn for comparison (comma-separated keys); `priority=1`: only the priority list;
  `since`: the start of the shortage feed; `view`: the section of the coverage page.

Unknown or malformed values fall back to the default and are removed from the URL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.metrics import Targets
from dash_beredskap.ui import data, fmt, state
from dash_beredskap.ui.cards import source_caption  # noqa: F401  (cc.source_caption in pages)
from dash_beredskap.ui.i18n import t

TARGET_PARAM = "target"
GROUP_TARGET_PARAMS = {c: f"target_{c}" for c in metrics.CATEGORIES}
MIN_STOCK_PARAMS = {c: f"min_{c}" for c in metrics.CATEGORIES}
SHARED_PARAMS = ("date", TARGET_PARAM, *GROUP_TARGET_PARAMS.values(), *MIN_STOCK_PARAMS.values())


def targets_control(container: Any = None) -> Targets:
    """The target (all groups) and, in an expander, a different target per product group."""
    target = container or st
    low, high = metrics.TARGET_MIN_DAYS, metrics.TARGET_MAX_DAYS
    common = state.number_param(
        t("coverage.target_label"),
        TARGET_PARAM,
        metrics.DEFAULT_TARGET_DAYS,
        low,
        high,
        container=target,
        help=t("coverage.target_help"),
    )
    per_group: dict[str, int] = {}
    has_override = any(
        p in st.query_params for p in (*GROUP_TARGET_PARAMS.values(), *MIN_STOCK_PARAMS.values())
    )
    with target.expander(t("coverage.group_targets"), expanded=has_override):
        for category, name in GROUP_TARGET_PARAMS.items():
            per_group[category] = state.number_param(
                t(f"coverage.category.{category}"),
                name,
                common,
                low,
                high,
                url_default=common,
            )
        st.caption(t("coverage.min_stock_help"))
        for category, name in MIN_STOCK_PARAMS.items():
            per_group[f"min_{category}"] = state.number_param(
                t("coverage.min_stock_label", group=t(f"coverage.category.{category}").lower()),
                name,
                metrics.DEFAULT_MIN_STOCK,
                1,
                metrics.MIN_STOCK_MAX,
            )
    return Targets(**per_group)


def target_params(targets: Targets) -> dict[str, str]:
    """The URL parameters that reproduce `targets` (empty for the default)."""
    minimum = {
        name: str(targets.min_stock_for(c))
        for c, name in MIN_STOCK_PARAMS.items()
        if targets.min_stock_for(c) != metrics.DEFAULT_MIN_STOCK
    }
    if targets.is_uniform:
        days = targets.medicine
        return (
            minimum if days == metrics.DEFAULT_TARGET_DAYS else {TARGET_PARAM: str(days), **minimum}
        )
    common = str(metrics.DEFAULT_TARGET_DAYS)
    out = dict(minimum)
    for category, name in GROUP_TARGET_PARAMS.items():
        days = str(targets.days_for(category))
        if days != common:
            out[name] = days
    return out


def describe_targets(targets: Targets) -> str:
    """'30 dagar' or 'läkemedel 30 dagar, medicintekniska produkter 14 dagar, ...'."""
    if targets.is_uniform:
        return t("coverage.days", days=fmt.integer(targets.medicine))
    return ", ".join(
        t(
            "coverage.target_of_group",
            group=t(f"coverage.category.{c}").lower(),
            days=fmt.integer(targets.days_for(c)),
        )
        for c in metrics.CATEGORIES
    )


def month_choices() -> pd.DataFrame:
    """Every month with a report (coverage_months), newest first, with `date_iso`."""
    months = data.run(queries.coverage.coverage_months).copy()
    months["date_iso"] = [fmt.iso_day(d) for d in months["snapshot_date"]]
    return months


def month_control(
    months: pd.DataFrame,
    label: str,
    name: str = "date",
    default: str | None = None,
    container: Any = None,
    help: str | None = None,
) -> tuple[date, str]:
    """Pick a report (a month's last report date) kept in the URL: (month, its ISO date)."""
    options = list(months["date_iso"])
    chosen = state.select_param(
        label,
        name,
        options,
        default=default or options[0],
        format_func=fmt.day,
        container=container,
        help=help,
    )
    month = months.loc[months["date_iso"] == chosen, "month"].iloc[0]
    return pd.Timestamp(month).date(), chosen


def year_before(months: pd.DataFrame, chosen_iso: str) -> str:
    """The report about a year before `chosen_iso` (the newest on or before that day), else the
    oldest report: the default of a comparison."""
    day = fmt.parse_iso_day(chosen_iso)
    try:
        target = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        target = day.replace(year=day.year - 1, day=28)
    earlier = [d for d in months["date_iso"] if fmt.parse_iso_day(d) <= target]
    return earlier[0] if earlier else months["date_iso"].iloc[-1]


def region_control(
    regions: pd.DataFrame,
    label: str,
    default: str | None = None,
    container: Any = None,
    with_none: bool = False,
    none_key: str = "coverage.no_region",
) -> str | None:
    """A region picker bound to ?region= (a county code); with_none adds a first option for
    no region, labelled by the text `none_key`."""
    names = dict(zip(regions["region_code"], regions["region_name"], strict=True))
    none = "-"
    options = ([none] if with_none else []) + list(names)
    chosen = state.select_param(
        label,
        "region",
        options,
        default=default or options[0],
        format_func=lambda c: t(none_key) if c == none else names[c],
        container=container,
    )
    return None if chosen == none else chosen


def with_status_labels(changes: pd.DataFrame) -> pd.DataFrame:
    """A cover_changes frame with `status_label`, the status in the reader's language."""
    out = changes.copy()
    out["status_label"] = [t(f"coverage.status.{s}") for s in out["status"]]
    return out


def with_rule_labels(comparison: pd.DataFrame) -> pd.DataFrame:
    """A metrics.nordic_comparison frame with rule_label and holder_label in the language."""
    from dash_beredskap.ui.coverage.charts import rule_label

    out = comparison.copy()
    lang = state.language()
    out["rule_label"] = [rule_label(k, lang) for k in out["rule_key"]]
    out["holder_label"] = [t(f"coverage.holder.{h}") for h in out["holder"]]
    return out


def _labelled(frame: pd.DataFrame, column: str, out: str, prefix: str) -> pd.DataFrame:
    """`frame` with `out`: the translation of `column`'s codes under `prefix` (unknown codes as
    they are)."""
    from dash_beredskap.ui import i18n

    result = frame.copy()
    result[out] = [
        t(f"{prefix}.{v}") if isinstance(v, str) and i18n.has(f"{prefix}.{v}") else v
        for v in result[column]
    ]
    return result


def with_category_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """`category_label`: medicine / device / ppe in the reader's language."""
    return _labelled(frame, "category", "category_label", "coverage.category")


def with_system_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """`kind_label`: a supply system's kind (own_stock, ...) in the reader's language."""
    return _labelled(frame, "system_kind", "kind_label", "coverage.system_kind")


def with_cost_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """`kind_label` (actual / planned) and `category_label` (medicines, storage, ...)."""
    out = _labelled(frame, "kind", "kind_label", "coverage.costs")
    return _labelled(out, "category", "category_label", "coverage.cost_category")


def rows_of_month(frame: pd.DataFrame, month: date) -> pd.DataFrame:
    """The rows of `frame` whose `month` is `month` (dates and timestamps alike)."""
    return frame[pd.to_datetime(frame["month"]) == pd.Timestamp(month)]


def system_list(systems: pd.DataFrame) -> None:
    """A region's supply systems as a readable list, two columns (a region_supply_systems frame
    with kind_label)."""
    columns = st.columns(2, gap="large")
    for i, r in enumerate(systems.itertuples()):
        columns[i % 2].markdown(
            f"**{fmt.plain(r.system_name)}** · {fmt.plain(r.kind_label)}  \n"
            + fmt.plain(r.description)
        )
