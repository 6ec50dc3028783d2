"""Numbers, shares, money and dates written the way the reader's language writes them (Babel).

Swedish: `1 234,5` (the group separator is the no-break space Babel gives, U+00A0), `73,4 %`,
`1 234,5 mnkr`, `1 nov. 2026`. English: `1,234.5`, `73.4%`, `MSEK 1,234.5`, `1 Nov 2026`.
Every function takes `lang`; without it the language of the current run is used. Rounding is
half up (0,7345 -> 73,5 %), not Babel's default half-even.
A missing value (None/NaN) is shown as an en dash.
"""

from __future__ import annotations

import decimal
import functools
import math
import numbers
import re
import string
from datetime import date, datetime

import pandas as pd
from babel import numbers as babel_numbers
from babel.dates import format_date, get_day_names, get_month_names

from dash_beredskap.ui import state
from dash_beredskap.ui.i18n import translate

LOCALES = {"sv": "sv_SE", "en": "en_GB"}
# One rule per unit: the decimals a figure of that unit shows on every page, in metrics, tables,
# chart labels and hover boxes alike (a table column of the unit takes it too).
DECIMALS: dict[str, int] = {
    "mnkr": 1,  # 1 894,0 mnkr: a tenth of a million kronor is the agreements' own precision
    "percent": 1,  # 73,4 %
    "percent_points": 1,  # +2,3 procentenheter
    "int": 0,
    "number": 1,
    "index": 2,  # HHI and other 0..1 indices
}
MISSING = "–"
NBSP = "\u00a0"
WORD_JOINER = "\u2060"  # invisible, no line break at it: breaks a pattern, not the text
_INERT = str.maketrans({ch: "\\" + ch for ch in string.punctuation})
# Streamlit's markdown (remark-gfm) finds "https://", "www." and e-mail addresses in the text
# after escapes are resolved, so those are broken up with an invisible character as well.
_AUTOLINK = re.compile(r"(\\:)|(\\@)|(?<=www)(?=\\\.)", re.IGNORECASE)


# Babel parses the pattern and walks the locale's data on every call (~0.1 ms); tables and
# charts format the same values again on every rerun, so each text is kept per (value, pattern,
# locale). The key holds the type and the sign of a zero too: -0.0 == 0.0, but Babel writes "-0".
FORMAT_CACHE_SIZE = 65_536


_PLAIN_PATTERN = re.compile(r"#,##0(?:\.(0+))?")


@functools.cache
def _separators(locale: str) -> tuple[str, str]:
    return babel_numbers.get_group_symbol(locale), babel_numbers.get_decimal_symbol(locale)


def plain_pattern_text(kind: str, value: float | int, format: str, locale: str) -> str | None:
    """Babel's text for the plain patterns this module writes (`#,##0`, `#,##0.0…`; a percent
    with its literal ` %` after), made with `decimal` directly: the same digits, since Babel
    too rounds Decimal(str(value)) (half up here), the locale's own separators, and about
    twenty times faster, which a table's first view of a few thousand values feels. None for
    any other pattern or value: Babel then writes it (a test holds the two equal)."""
    match = _PLAIN_PATTERN.match(format)
    if match is None:
        return None
    suffix = format[match.end() :]
    percent = kind == "percent"
    if (suffix.lstrip("\u00a0") if percent else suffix) != ("%" if percent else ""):
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        return None
    number = decimal.Decimal(str(value))
    if percent:
        number = number.scaleb(2)
    decimals = len(match.group(1) or "")
    rounded = abs(number).quantize(decimal.Decimal(1).scaleb(-decimals), decimal.ROUND_HALF_UP)
    group, point = _separators(locale)
    body = f"{rounded:,.{decimals}f}".replace(",", "\0").replace(".", point).replace("\0", group)
    return ("-" if number.is_signed() else "") + body + suffix


@functools.lru_cache(maxsize=FORMAT_CACHE_SIZE, typed=True)
def _babel(kind: str, value: float | int, negative_zero: bool, format: str, locale: str) -> str:
    plain = plain_pattern_text(kind, value, format, locale)
    if plain is not None:
        return plain
    with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
        if kind == "percent":
            return babel_numbers.format_percent(value, format=format, locale=locale)
        return babel_numbers.format_decimal(value, format=format, locale=locale)


def _negative_zero(value: float | int) -> bool:
    return value == 0 and math.copysign(1.0, value) < 0


def format_decimal(value: float | int, format: str, locale: str) -> str:
    """Babel's format_decimal, rounding half up (73,45 -> 73,5) as readers expect."""
    return _babel("decimal", value, _negative_zero(value), format, locale)


def format_percent(value: float | int, format: str, locale: str) -> str:
    """Babel's format_percent, rounding half up."""
    return _babel("percent", value, _negative_zero(value), format, locale)


def _lang(lang: str | None) -> str:
    return lang if lang in LOCALES else state.language()


def is_missing(value: object) -> bool:
    if value is None or value is pd.NaT:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def plain(text: object) -> str:
    """`text` (from data or the URL) made inert in Streamlit markdown: every ASCII punctuation
    character is backslash-escaped (CommonMark allows it for all of them), so no link, image,
    emphasis, HTML, autolink (`https://`, `www.`, e-mail) or directive (`:red[...]`,
    `:material/...:`) can form; a word joiner after each ":" and before each "@" and "."
    after "www" stops autolinks and emoji codes. The reader sees the text unchanged. Missing is
    empty. Use it for every value from data or the URL that reaches markdown (labels, help,
    t(...) fields)."""
    if is_missing(text):
        return ""
    escaped = str(text).translate(_INERT)
    return _AUTOLINK.sub(lambda m: m[0] + WORD_JOINER if m[1] else WORD_JOINER + m[0], escaped)


def _pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


def number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """`1 234,5` (sv) / `1,234.5` (en) with exactly `decimals` decimals."""
    if is_missing(value):
        return MISSING
    return format_decimal(value, format=_pattern(decimals), locale=LOCALES[_lang(lang)])


def integer(value: int | None, lang: str | None = None) -> str:
    """A count: `1 234` (sv) / `1,234` (en)."""
    return number(value, 0, lang)


def percent(
    share: float | None, decimals: int = DECIMALS["percent"], lang: str | None = None
) -> str:
    """A share 0..1 as percent: `73,4 %` (sv, no-break space) / `73.4%` (en)."""
    if is_missing(share):
        return MISSING
    lang = _lang(lang)
    suffix = NBSP + "%" if lang == "sv" else "%"
    return format_percent(share, format=_pattern(decimals) + suffix, locale=LOCALES[lang])


def percent_points(
    change: float | None, decimals: int = DECIMALS["percent_points"], lang: str | None = None
) -> str:
    """A change of a share (0..1 units) in percentage points, signed: `+2,3 procentenheter`."""
    if is_missing(change):
        return MISSING
    lang = _lang(lang)
    points = change * 100
    if round(points, decimals) == 0:
        points = 0.0
    body = format_decimal(abs(points), format=_pattern(decimals), locale=LOCALES[lang])
    # ASCII minus: st.metric reads a leading "-" as a fall (red, arrow down)
    sign = "+" if points > 0 else ("-" if points < 0 else "±")
    return f"{sign}{body}{NBSP}{translate('unit.percent_points', lang)}"


def mnkr(sek: float | int | None, lang: str | None = None) -> str:
    """Kronor as millions: `1 234,5 mnkr` (sv) / `MSEK 1,234.5` (en), always with
    DECIMALS["mnkr"] decimals, so an amount reads the same on every page."""
    if is_missing(sek):
        return MISSING
    lang = _lang(lang)
    pattern = _pattern(DECIMALS["mnkr"])
    body = format_decimal(sek / 1e6, format=pattern, locale=LOCALES[lang])
    return f"{body}{NBSP}mnkr" if lang == "sv" else f"MSEK{NBSP}{body}"


def day(value: date | datetime | pd.Timestamp | str | None, lang: str | None = None) -> str:
    """A date (or a `2026-11-01` string): `1 nov. 2026` (sv) / `1 Nov 2026` (en)."""
    if is_missing(value):
        return MISSING
    if isinstance(value, str):
        value = date.fromisoformat(value)
    if isinstance(value, datetime):  # pd.Timestamp is a datetime too
        value = value.date()
    return format_date(value, "medium", locale=LOCALES[_lang(lang)])


def month(value: date | datetime | pd.Timestamp | str | None, lang: str | None = None) -> str:
    """The month of a date: `november 2026` (sv) / `November 2026` (en)."""
    if is_missing(value):
        return MISSING
    if isinstance(value, str):
        value = date.fromisoformat(value)
    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, "LLLL yyyy", locale=LOCALES[_lang(lang)])


def timestamp(value: datetime | pd.Timestamp | None, lang: str | None = None) -> str:
    """A moment to the minute: `1 nov. 2026 14:05`."""
    if is_missing(value):
        return MISSING
    ts = pd.Timestamp(value)
    return f"{day(ts, lang)} {ts:%H:%M}"


def iso_day(value: date | datetime | pd.Timestamp) -> str:
    """`2026-11-01`: the form a date takes in the URL and in file names."""
    return pd.Timestamp(value).date().isoformat()


def parse_iso_day(text: str) -> date:
    """The date of a `2026-11-01` string (from the URL, already validated)."""
    return date.fromisoformat(text)


def plotly_separators(lang: str | None = None) -> str:
    """Plotly's `separators` layout value: decimal then thousands (sv: comma and a thin space)."""
    return ", " if _lang(lang) == "sv" else ".,"


def plotly_locale_format(lang: str | None = None) -> dict[str, object]:
    """Plotly's locale `format` (month and day names, date patterns) from Babel (CLDR), so a
    time axis reads "jan. 2025" in Swedish: plotly.js's own sv locale capitalises the names
    and is not in the bundle Streamlit ships. Decimal and thousands follow `separators`."""
    loc = LOCALES[_lang(lang)]

    def months(width: str) -> list[str]:
        names = get_month_names(width, "stand-alone", locale=loc)
        return [names[m] for m in range(1, 13)]

    def days(width: str) -> list[str]:
        names = get_day_names(width, "stand-alone", locale=loc)
        return [names[(d + 6) % 7] for d in range(7)]  # Babel: Monday = 0; plotly: Sunday

    sv = _lang(lang) == "sv"
    return {
        "days": days("wide"),
        "shortDays": days("abbreviated"),
        "months": months("wide"),
        "shortMonths": months("abbreviated"),
        "date": "%Y-%m-%d" if sv else "%d/%m/%Y",
        "decimal": "," if sv else ".",
        "thousands": NBSP if sv else ",",
        "year": "%Y",
        "month": "%b %Y",
        "dayMonth": "%-d %b",
        "dayMonthYear": "%-d %b %Y",
    }
