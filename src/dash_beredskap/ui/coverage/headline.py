"""What the national coverage figure rests on, said beside it wherever it is shown (start page,
Täckning, Presentation): issue 13 defect 4, a figure on each region's latest report as of the
month must say how many regions reported and how old the oldest report is."""

from __future__ import annotations

import pandas as pd

from dash_beredskap.ui import fmt
from dash_beredskap.ui.i18n import translate


def reports_text(row: pd.Series, lang: str) -> str:
    """ "21 av 21 regioner med rapport (5 rapporterade i december 2026), äldsta rapport 1 nov.
    2026." from a national_cover_trend row (or metrics.year_on_year's)."""
    return translate(
        "coverage.reports_as_of",
        lang,
        n=fmt.integer(row["n_regions_with_report"], lang),
        total=fmt.integer(row["n_regions"], lang),
        n_month=fmt.integer(row["n_regions_reporting"], lang),
        month=fmt.month(row["month"], lang),
        oldest=fmt.day(row["oldest_report_date"], lang),
        max_age=fmt.integer(row["max_report_age_days"], lang),
    )
