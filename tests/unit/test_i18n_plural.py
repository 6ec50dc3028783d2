"""Counts in sentences: the word agrees with the number in both languages (n = 0, 1, 2), and
every chart carries the reader's Plotly locale (modebar, month names) without the network."""

from __future__ import annotations

import re
import string

import pytest

from dash_beredskap.ui import charts, fmt, i18n
from dash_beredskap.ui.i18n import translate

PLURAL_FIELD = re.compile(r"\{(\w+):\?([^|{}]*)\|([^{}]*)\}")


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("sv", 0, "0 tillverkningsställen i 0 länder"),
        ("sv", 1, "1 tillverkningsställe i 1 land"),
        ("sv", 2, "2 tillverkningsställen i 2 länder"),
        ("en", 0, "0 manufacturing sites in 0 countries"),
        ("en", 1, "1 manufacturing site in 1 country"),
        ("en", 2, "2 manufacturing sites in 2 countries"),
    ],
)
def test_map_sentence_agrees_with_its_counts(lang: str, n: int, expected: str) -> None:
    count = fmt.integer(n, lang)
    text = translate(
        "supply.map.sentence", lang, n_sites=count, n_countries=count, n_companies="3",
        n_substances="4",
    )  # fmt: skip
    assert expected in text.replace("**", "")


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 0, "Of which 0 sales suspensions; 0 concern"),
        ("en", 1, "Of which 1 sales suspension; 1 concerns"),
        ("en", 2, "Of which 2 sales suspensions; 2 concern"),
        ("sv", 1, "Därav 1 försäljningsuppehåll; 1 gäller"),
    ],
)
def test_overview_shortage_sentence(lang: str, n: int, expected: str) -> None:
    text = translate("overview.shortages.sentence", lang, n_sales=n, n_priority=n, date="x")
    assert text.startswith(expected)


@pytest.mark.parametrize(
    ("value", "count"),
    [(0, 0), (1, 1), ("1", 1), ("1\u00a0234", 1234), ("1,234", 1234), (2.0, 2), ("x", None)],
)
def test_count_of_reads_formatted_counts(value: object, count: int | None) -> None:
    assert i18n.count_of(value) == count


def test_a_formatted_thousand_is_plural_in_both_languages() -> None:
    for lang in ("sv", "en"):
        text = translate("shortages.active.title", lang, n=fmt.integer(1001, lang), date="d")
        assert ("aktiva notiser" if lang == "sv" else "active notices") in text


def test_every_plural_choice_follows_a_field_of_the_same_text() -> None:
    """`{n:?one|other}` only where the text also shows {n}, and the same count fields in sv
    and en (a choice on a field the caller does not pass would fail at run time)."""
    for key, sv in i18n.SV.items():
        for table in (i18n.SV, i18n.EN):
            text = table[key]
            fields = {f for _, f, spec, _ in string.Formatter().parse(text) if f and not spec}
            for field, one, other in PLURAL_FIELD.findall(text):
                assert field in fields, (key, field)
                assert one and other and one != other, (key, one, other)
        sv_fields = {f for _, f, _, _ in string.Formatter().parse(sv) if f}
        en_fields = {f for _, f, _, _ in string.Formatter().parse(i18n.EN[key]) if f}
        assert sv_fields == en_fields, key


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_plotly_config_carries_the_locale_inline(lang: str) -> None:
    config = charts.config(lang, scrollZoom=False)
    assert config["locale"] == lang and config["scrollZoom"] is False
    assert config["displaylogo"] is False  # the project's base config is kept
    locale = config["locales"][lang]
    months = locale["format"]["months"]
    if lang == "sv":
        assert months[0] == "januari" and months[9] == "oktober"
        assert locale["dictionary"]["Download plot as a PNG"] == "Ladda ned diagrammet som PNG"
        assert locale["format"]["shortDays"][0] == "sön"  # plotly's weeks start on Sunday
    else:
        assert months[0] == "January" and locale["dictionary"] == {}
    assert fmt.plotly_separators(lang) == (", " if lang == "sv" else ".,")
