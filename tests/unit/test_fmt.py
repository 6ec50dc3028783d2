"""Numbers, shares, money and dates in Swedish and English (Babel)."""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd
import pytest

from dash_beredskap.ui import fmt

NBSP = "\u00a0"


def plain(text: str) -> str:
    """The text with no-break spaces (U+00A0, U+202F) shown as ordinary spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_swedish_numbers_group_with_a_no_break_space_and_use_a_decimal_comma() -> None:
    got = fmt.number(1234.5, 1, lang="sv")
    assert plain(got) == "1 234,5"
    assert got[1] in ("\u00a0", "\u202f")  # never an ordinary space that could wrap
    assert plain(fmt.number(1234567.25, 2, lang="sv")) == "1 234 567,25"
    assert plain(fmt.integer(1234, lang="sv")) == "1 234"
    assert fmt.integer(999, lang="sv") == "999"
    assert fmt.number(0.5, 1, lang="sv") == "0,5"


def test_english_numbers() -> None:
    assert fmt.number(1234.5, 1, lang="en") == "1,234.5"
    assert fmt.integer(1234567, lang="en") == "1,234,567"


def test_percent() -> None:
    assert fmt.percent(0.7345, lang="sv") == f"73,5{NBSP}%"
    assert fmt.percent(0.7344, lang="sv") == f"73,4{NBSP}%"
    assert fmt.number(2.25, 1, lang="en") == "2.3"  # half up, not half even
    assert fmt.percent(0.7345, 0, lang="en") == "73%"
    assert fmt.percent(1, lang="en") == "100.0%"


def test_percent_points_are_signed() -> None:
    assert plain(fmt.percent_points(0.023, lang="sv")) == "+2,3 procentenheter"
    assert plain(fmt.percent_points(-0.0456, lang="en")) == "-4.6 percentage points"
    assert plain(fmt.percent_points(0.00001, lang="sv")) == "±0,0 procentenheter"
    # st.metric reads a leading ASCII "-" as a fall
    assert fmt.percent_points(-0.5, lang="sv").startswith("-")


def test_money_in_millions() -> None:
    assert plain(fmt.mnkr(1_234_500_000, lang="sv")) == "1 234,5 mnkr"
    assert plain(fmt.mnkr(1_234_500_000, lang="en")) == "MSEK 1,234.5"
    assert plain(fmt.mnkr(2_000_000, lang="sv")) == "2,0 mnkr"  # one rule: DECIMALS["mnkr"]
    assert plain(fmt.mnkr(0, lang="sv")) == "0,0 mnkr"


def test_dates() -> None:
    assert fmt.day(date(2026, 11, 1), lang="sv") == "1 nov. 2026"
    assert fmt.day(date(2026, 11, 1), lang="en") == "1 Nov 2026"
    assert fmt.day("2025-06-01", lang="sv") == "1 juni 2025"
    assert fmt.day(pd.Timestamp("2026-03-05 14:30"), lang="en") == "5 Mar 2026"
    assert fmt.timestamp(datetime(2026, 3, 5, 14, 30), lang="sv") == "5 mars 2026 14:30"
    assert fmt.iso_day(pd.Timestamp("2026-03-05")) == "2026-03-05"
    assert fmt.parse_iso_day("2026-03-05") == date(2026, 3, 5)


@pytest.mark.parametrize("missing", [None, math.nan, pd.NA, pd.NaT])
def test_missing_values_show_a_dash(missing) -> None:
    assert fmt.number(missing, lang="sv") == fmt.MISSING
    assert fmt.percent(missing, lang="en") == fmt.MISSING
    assert fmt.mnkr(missing, lang="sv") == fmt.MISSING
    assert fmt.day(missing, lang="sv") == fmt.MISSING
    assert fmt.percent_points(missing, lang="sv") == fmt.MISSING


def test_plotly_separators_follow_the_language() -> None:
    assert fmt.plotly_separators("sv") == ", "
    assert fmt.plotly_separators("en") == ".,"


def test_without_a_language_outside_streamlit_it_is_swedish() -> None:
    assert plain(fmt.number(1234.5, 1)) == "1 234,5"


def test_kept_texts_are_babels_own_and_a_negative_zero_keeps_its_sign() -> None:
    """Formats are kept per value: the same text as Babel's, whatever was formatted before."""
    import decimal

    from babel import numbers as babel_numbers

    assert fmt.number(-0.0, 1, "sv") == "-0,0"
    assert fmt.number(0.0, 1, "sv") == "0,0"
    assert fmt.number(-0.0, 1, "sv") == "-0,0"
    for value in (0, 1, 1.0, 2.5, 73.45, -12.35, 1234567.891, 10**9):
        for _ in range(2):
            with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
                expected = babel_numbers.format_decimal(value, format="#,##0.0", locale="sv_SE")
            assert fmt.number(value, 1, "sv") == expected
