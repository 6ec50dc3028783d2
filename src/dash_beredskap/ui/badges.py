"""Demo data says so: a "Demodata" badge on every figure built from a synthetic data set.

Which data sets feed a figure is declared once here (FIGURE_DATASETS, by the `dataset` names of
the data_sources table). A figure is demo data when any row of data_sources for one of its data
sets is synthetic: a real file loaded over a demo build may still leave demo rows behind, so one
synthetic load is enough. If none of a figure's data sets is recorded at all, the figure is
marked demo whenever anything in the file is synthetic: better a badge too many than one missing.
"""

from __future__ import annotations

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import data
from dash_beredskap.ui.i18n import t

FIGURE_DATASETS: dict[str, tuple[str, ...]] = {
    "coverage": ("stock", "priority-list"),
    "supply": ("sites", "priority-list"),
    "companies": ("sites", "company-services", "priority-list"),
    "shortages": ("shortages",),
    "grants": (
        "grant-instruments",
        "grant-allocations",
        "grant-requisitions",
        "grant-use",
        "grant-repayments",
        "reports",
    ),
    "region_costs": ("region-costs",),
    "supply_systems": ("supply-systems",),
    "scenarios": ("sites", "stock", "priority-list", "scenarios"),
}


def _sources() -> tuple[dict[str, bool], bool]:
    """({dataset: any row synthetic}, anything synthetic at all)."""
    df = data.run(queries.meta.data_sources)
    # a plain loop over the few rows (both columns not null): a pandas groupby per badge cost
    # more than the query, and a page draws several badges
    by_dataset: dict[str, bool] = {}
    for dataset, synthetic in zip(df["dataset"], df["is_synthetic"], strict=True):
        by_dataset[dataset] = by_dataset.get(dataset, False) or bool(synthetic)
    return by_dataset, any(by_dataset.values())


def any_synthetic() -> bool:
    """True when any data set in the file is synthetic."""
    return _sources()[1]


def is_demo(figure: str) -> bool:
    """True when the figure `figure` (a FIGURE_DATASETS key) shows synthetic data."""
    by_dataset, anything = _sources()
    recorded = [by_dataset[d] for d in FIGURE_DATASETS[figure] if d in by_dataset]
    return any(recorded) if recorded else anything


def demo_badge(*figures: str) -> None:
    """Draw one badge if any of the figures (FIGURE_DATASETS keys) shows synthetic data."""
    if any(is_demo(f) for f in figures):
        st.badge(t("badge.demo"), icon=":material/science:", color="orange", help=t("badge.help"))
