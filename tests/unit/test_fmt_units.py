"""One rule for decimals per unit: an amount in mnkr reads the same in a metric, a table cell
and a chart label, on every page."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from dash_beredskap import ui
from dash_beredskap.ui import fmt, tables
from dash_beredskap.ui.tables import Column


def all_columns() -> list[Column]:
    """Every Column declared in a ui module (the column configs of every page)."""
    found = []
    for info in pkgutil.walk_packages(ui.__path__, "dash_beredskap.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, list | tuple):
                found += [c for c in value if isinstance(c, Column)]
    return found


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("sek", [0, 2_000_000, 1_894_049_999, 123_456_789.5])
def test_mnkr_shows_the_units_decimals(lang: str, sek: float) -> None:
    text = fmt.mnkr(sek, lang=lang)
    decimal_mark = "," if lang == "sv" else "."
    digits_after = re.search(rf"\{decimal_mark}(\d+)", text)
    assert digits_after and len(digits_after[1]) == fmt.DECIMALS["mnkr"]
    # independent: millions rounded half up to one decimal
    expected = f"{int(sek / 1e5 + 0.5) / 10:,.1f}"
    if lang == "sv":
        expected = expected.replace(",", fmt.NBSP).replace(".", ",")
    assert expected in text


def test_every_money_column_formats_like_a_metric() -> None:
    money = [c for c in all_columns() if c.kind == "mnkr"]
    assert len(money) >= 5  # the grants pages' tables are found
    for col in money:
        for lang in ("sv", "en"):
            cell = tables._formatter(col, lang)(1_234_560_000)
            assert cell == fmt.mnkr(1_234_560_000, lang=lang), col.name
