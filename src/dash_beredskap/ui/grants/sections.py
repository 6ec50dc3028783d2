"""Pieces the grants pages share: the as-of date, the money figures, the reconciliation and
computed badges."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import data, fmt, state
from dash_beredskap.ui.grants.charts import MONEY_SERIES
from dash_beredskap.ui.i18n import t

FIRST_DATE, LAST_DATE = date(2018, 1, 1), date(2035, 12, 31)


def as_of_input(container: Any = None) -> date:
    """The day the deadlines are judged on (?asof=2025-10-02; default today)."""
    return state.date_param(
        t("grants.as_of_label"),
        "asof",
        date.today(),
        FIRST_DATE,
        LAST_DATE,
        container=container,
        help=t("grants.as_of_help"),
    )


def money_figures(totals: pd.Series) -> None:
    """One metric each for allocated, requisitioned, used and repaid (mnkr)."""
    for column, (name, label_key) in zip(st.columns(4), MONEY_SERIES, strict=True):
        column.metric(t(label_key), fmt.mnkr(totals[name]))


def reconciliation_badge(n_problems: int) -> None:
    """Green when the books agree, red with the count of inconsistencies when not."""
    if n_problems == 0:
        st.badge(t("grants.recon.badge_ok"), icon=":material/check_circle:", color="green")
    elif n_problems == 1:
        st.badge(t("grants.recon.badge_problem"), icon=":material/warning:", color="red")
    else:
        text = t("grants.recon.badge_problems", n=fmt.integer(n_problems))
        st.badge(text, icon=":material/warning:", color="red")


def allocations_are_computed() -> bool:
    """True when any load of grant-allocations is recorded as computed (data_sources)."""
    sources = data.run(queries.meta.data_sources)
    rows = sources[sources["dataset"] == "grant-allocations"]
    return bool((rows["provenance"] == "computed").any())


def computed_badge() -> None:
    """'Beräknat' beside figures built on allocations that were computed, not published."""
    if allocations_are_computed():
        st.badge(
            t("grants.badge.computed"),
            icon=":material/calculate:",
            color="blue",
            help=t("grants.badge.computed_help"),
        )
