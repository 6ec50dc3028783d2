"""The grants frames made ready for a table: labels in the reader's language added as columns.

Pure functions (frames and a language in, a frame out, no Streamlit), so a test can check them
without running a page. The columns they add are the ones ui/grants/columns.py shows.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
from babel.dates import format_date

from dash_beredskap import metrics
from dash_beredskap.ui import fmt
from dash_beredskap.ui.fmt import MISSING
from dash_beredskap.ui.grants.charts import short_instrument_name
from dash_beredskap.ui.i18n import translate


def _labels(values: pd.Series, prefix: str, lang: str) -> pd.Series:
    """`values` as the texts `<prefix>.<value>`; a missing value shows as MISSING."""
    return values.map(lambda v: translate(f"{prefix}.{v}", lang) if isinstance(v, str) else MISSING)


def with_short_names(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with short_name: the legend-sized form of instrument_name."""
    return frame.assign(short_name=frame["instrument_name"].map(short_instrument_name))


def instrument_rows(instruments: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A grant_instruments_list frame with short_name, recipient_label, key_label and
    basis_label (MISSING when the instrument has no allocation basis)."""
    return with_short_names(instruments).assign(
        recipient_label=_labels(instruments["recipient"], "grants.recipient", lang),
        key_label=_labels(instruments["distribution_key"], "grants.key", lang),
        basis_label=_labels(instruments["allocation_basis"], "grants.basis", lang),
    )


def key_rows(key: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A grant_allocation_key frame with basis_label (MISSING when no basis)."""
    return key.assign(basis_label=_labels(key["basis"], "grants.basis", lang))


def reconciliation_rows(reconciliation: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A grant_reconciliation frame with rule_label: the rule broken, in words."""
    return reconciliation.assign(rule_label=_labels(reconciliation["rule"], "grants.rule", lang))


def deadline_rows(statuses: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A metrics.deadline_statuses frame with kind_label and status_label."""
    return statuses.assign(
        kind_label=_labels(statuses["deadline_kind"], "grants.kind", lang),
        status_label=_labels(statuses["status"], "grants.status", lang),
    )


def cost_category_labels(costs: pd.DataFrame, lang: str) -> dict[str, str]:
    """The cost categories of a region_costs_by_year frame with their names, in order seen."""
    return {c: translate(f"grants.cost.{c}", lang) for c in costs["category"].unique()}


def government_date_rows(dates: pd.DataFrame, as_of: date, lang: str) -> pd.DataFrame:
    """A grant queries.government_dates frame ready for the one timeline and its table:
    who_label (the responsible agency, or the recipients of an agreement), kind_label, the
    date as shown (a month when only the month is set), status (metrics.assignment_date_status
    for assignments, empty for agreements: their status per recipient is in the table below),
    status_label and row_label (the timeline's row: the short title)."""
    if dates.empty:
        return dates.assign(
            who_label=[], kind_label=[], date_label=[], status=[], status_label=[], row_label=[],
            source_label=[],
        )  # fmt: skip
    is_assignment = dates["source_kind"] == "assignment"
    who = _labels(dates["recipient"], "grants.recipient", lang).where(
        ~is_assignment, dates["responsible"]
    )
    kinds = [
        translate(f"grants.{'assignment_kind' if a else 'kind'}.{k}", lang)
        for a, k in zip(is_assignment, dates["date_kind"], strict=True)
    ]
    shown = [
        _month(d, lang) if p == "month" else fmt.day(d, lang)
        for d, p in zip(dates["due_date"], dates["due_precision"], strict=True)
    ]
    statuses = [
        metrics.assignment_date_status(
            pd.Timestamp(d).date(), as_of, None if pd.isna(s) else pd.Timestamp(s).date()
        )
        if a
        else None
        for a, d, s in zip(is_assignment, dates["due_date"], dates["submitted_on"], strict=True)
    ]
    out = dates.assign(
        who_label=who,
        kind_label=kinds,
        date_label=shown,
        status=statuses,
        source_label=_labels(dates["source_kind"], "grants.source_kind", lang),
    )
    out["status_label"] = _labels(out["status"], "grants.status", lang)
    out["row_label"] = [
        _short(title) if a else short_instrument_name(title)
        for a, title in zip(is_assignment, dates["title"], strict=True)
    ]
    return out


ROW_LABEL_MAX = 60


def _short(title: str) -> str:
    return title if len(title) <= ROW_LABEL_MAX else title[: ROW_LABEL_MAX - 1].rstrip() + "…"


def _month(value: object, lang: str) -> str:
    """A month: 'mars 2020' (sv) / 'March 2020' (en)."""
    return format_date(pd.Timestamp(value).date(), "LLLL y", locale=fmt.LOCALES[lang])
