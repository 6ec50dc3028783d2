"""fmt writes the plain patterns (counts, decimals, percent) with `decimal` directly instead of
Babel (fmt.plain_pattern_text): it must give Babel's text, digit for digit, in both languages."""

from __future__ import annotations

import decimal
import random

import numpy as np
import pytest
from babel import numbers as babel_numbers

from dash_beredskap.ui import fmt

PATTERNS = {
    "decimal": ["#,##0", "#,##0.0", "#,##0.00", "#,##0.000"],
    "percent": ["#,##0\u00a0%", "#,##0.0\u00a0%", "#,##0%", "#,##0.0%"],
}
EDGES = [
    0,
    -0.0,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.125,
    0.05,
    0.005,
    0.7345,
    73.45,
    1234.45,
    -1234.55,
    999.95,
    999_999.5,
    1e9 + 0.05,
    0.1 + 0.2,
    12,
    -7,
    1234567,
    10**12,
    3.3e-7,
]


def values() -> list[object]:
    rng = random.Random(16)
    found: list[object] = list(EDGES)
    for _ in range(400):
        magnitude = 10 ** rng.randint(-4, 8)
        found.append(round(rng.uniform(-1, 1) * magnitude, rng.randint(0, 6)))
    found += [np.float64(74.45), np.int64(-4321), np.float32(0.5)]
    return found


def babel(kind: str, value: object, pattern: str, locale: str) -> str:
    with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
        if kind == "percent":
            return babel_numbers.format_percent(value, format=pattern, locale=locale)
        return babel_numbers.format_decimal(value, format=pattern, locale=locale)


@pytest.mark.parametrize("locale", sorted(fmt.LOCALES.values()))
@pytest.mark.parametrize("kind", sorted(PATTERNS))
def test_the_plain_patterns_give_babels_text(kind: str, locale: str) -> None:
    for pattern in PATTERNS[kind]:
        for value in values():
            fast = fmt.plain_pattern_text(kind, value, pattern, locale)
            assert fast == babel(kind, value, pattern, locale), (kind, value, pattern, locale)


def test_other_patterns_and_values_are_left_to_babel() -> None:
    assert fmt.plain_pattern_text("decimal", 1.5, "0.00", "sv_SE") is None
    assert fmt.plain_pattern_text("decimal", 1.5, "#,##0.0 kr", "sv_SE") is None
    assert fmt.plain_pattern_text("percent", 0.5, "#,##0.0", "sv_SE") is None
    assert fmt.plain_pattern_text("decimal", float("nan"), "#,##0", "sv_SE") is None
    assert fmt.plain_pattern_text("decimal", True, "#,##0", "sv_SE") is None
    assert fmt.number(-1234.55, 1, "sv") == "-1\u00a0234,6"  # half up, as readers expect
