"""The grants frames made ready for a table: labels in the reader's language added as columns.

Pure functions (frames and a language in, a frame out, no Streamlit), so a test can check them
without running a page. The columns they add are the ones ui/grants/columns.py shows.
"""

from __future__ import annotations

import pandas as pd

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
