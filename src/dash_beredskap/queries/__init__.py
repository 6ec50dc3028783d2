"""Every SELECT the app runs, one named function each, in one module per area (no Streamlit).

Each function takes an open connection or cursor and plain parameters and returns a DataFrame.
The app calls them through `ui.data.run(queries.<area>.<name>, ...)`, cached per (query,
parameters, database file version).
"""

from dash_beredskap.queries import coverage, grants, meta, scenarios, shortages, supply

__all__ = ["coverage", "grants", "meta", "scenarios", "shortages", "supply"]
