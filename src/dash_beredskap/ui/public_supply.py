"""The public manufacturing page's table: counts per country, a suppressed count in words.

The suppression itself is done in SQL (macro suppress_small); here a null count, which in
queries.supply.public_sites_per_country only ever means "fewer than 3", becomes that text.
"""

from __future__ import annotations

import pandas as pd

from dash_beredskap.ui import fmt
from dash_beredskap.ui.i18n import translate
from dash_beredskap.ui.tables import Column

COUNTS = ("n_sites", "n_companies")
COLUMNS = [
    Column("country_name", "public_supply.col.country"),
    Column("is_eu_eea", "public_supply.col.eu_eea", "bool"),
    Column("n_sites_shown", "public_supply.col.sites"),
    Column("n_companies_shown", "public_supply.col.companies"),
]


def shown_count(value: object, lang: str) -> str:
    """A count as the public reads it: the number in `lang`'s format, or "fewer than 3"."""
    if fmt.is_missing(value):
        return translate("public_supply.fewer_than", lang)
    return fmt.integer(value, lang)


def with_shown_counts(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`df` plus <count>_shown text columns for the table and its downloads."""
    return df.assign(**{f"{c}_shown": df[c].map(lambda v: shown_count(v, lang)) for c in COUNTS})
