"""Colours readers can tell apart and text they can read (issue 14, point 7).

The formulas are checked against known values first (WCAG's own examples, white in CIELAB, a
grey that no colour-vision deficiency changes), then applied to every text colour on its
background and to the grant agreements' colours as seen with normal vision, deuteranopia and
protanopia.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from dash_beredskap import demo
from dash_beredskap.ui import palette
from dash_beredskap.ui.grants.charts import instrument_colours

ROOT = Path(__file__).resolve().parents[2]
VISIONS = (None, "deuteranopia", "protanopia")
AA = 4.5
APART = 8.0  # ΔE*ab: clearly different side by side in a stacked bar


def min_distance(colours: list[str], vision: str | None) -> float:
    seen = [c if vision is None else palette.simulate(c, vision) for c in colours]
    return min(palette.distance(a, b) for a, b in itertools.combinations(seen, 2))


def test_the_formulas_give_known_values() -> None:
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.lab("#ffffff") == pytest.approx((100, 0, 0), abs=0.05)
    assert palette.simulate("#808080", "deuteranopia") == "#808080"
    # red and green, far apart for most readers, nearly one colour for a deuteranope
    assert palette.distance("#d62728", "#2ca02c") > 60
    assert (
        palette.distance(
            palette.simulate("#d62728", "deuteranopia"), palette.simulate("#2ca02c", "deuteranopia")
        )
        < palette.distance("#d62728", "#2ca02c") / 2
    )


def test_the_theme_uses_the_palettes_colours() -> None:
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))["theme"]
    assert theme["textColor"] == palette.INK
    assert theme["primaryColor"] == palette.PRIMARY
    assert theme["backgroundColor"] == palette.BACKGROUND
    assert theme["secondaryBackgroundColor"] == palette.SECONDARY_BACKGROUND
    assert theme["orangeTextColor"] == palette.DEMO_BADGE_TEXT
    assert theme["orangeBackgroundColor"] == palette.DEMO_BADGE_BACKGROUND


# a colour written out: #rgb or #rrggbb (not an HTML entity such as &#123;), or rgb()/rgba()
COLOUR_LITERAL = re.compile(r"(?<![&\w])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|rgba?\(\s*\d")


def test_the_pattern_finds_colour_literals() -> None:
    found = ['x = "#1f5f8b"', "color: #fff;", 'bgcolor="rgba(255,255,255,0.9)"', "rgb(0, 1, 2)"]
    assert all(COLOUR_LITERAL.search(s) for s in found)
    kept = ["&#123;", "issue #14", "rgb({r},{g},{b})", "palette.INK"]
    assert not any(COLOUR_LITERAL.search(s) for s in kept)


def test_no_colour_is_written_out_outside_the_palette() -> None:
    """Every colour is named in ui/palette.py, so the contrast and colour-blind tests see it."""
    src = ROOT / "src"
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in sorted(src.rglob("*"))
        if path.is_file()
        and path.suffix in {".py", ".sql", ".css", ".js", ".html", ".json", ".toml"}
        and path != src / "dash_beredskap" / "ui" / "palette.py"
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if COLOUR_LITERAL.search(line)
    ]
    assert found == []


@pytest.mark.parametrize("name", sorted(palette.TEXT_PAIRS))
def test_every_text_colour_meets_wcag_aa_on_its_background(name: str) -> None:
    text, background = palette.TEXT_PAIRS[name]
    assert palette.contrast(text, background) >= AA


@pytest.mark.parametrize("background", [palette.BACKGROUND, palette.SECONDARY_BACKGROUND])
def test_captions_meet_wcag_aa(background: str) -> None:
    caption = palette.caption_colour(palette.INK, background)
    assert palette.contrast(caption, background) >= AA
    # the old text colour did not: its captions were 4.1:1
    assert palette.contrast(palette.caption_colour("#1b2a3a", background), background) < AA


def _demo_instrument_names() -> list[str]:
    frame = demo._grant_instruments(date(2026, 11, 1)).sort_values(["year", "instrument_id"])
    return list(frame["name_sv"])


@pytest.mark.parametrize("vision", VISIONS)
def test_the_grant_agreements_are_told_apart(vision: str | None) -> None:
    names = _demo_instrument_names()
    assert len(names) == 11
    colours = list(instrument_colours(names).values())
    assert len(set(colours)) == 11
    assert min_distance(colours, vision) >= APART


def test_the_old_blues_would_fail() -> None:
    """The six civil-defence agreements as drawn before: the test can fail."""
    old = ["#8fafc5", "#799fb9", "#628fae", "#4c7fa2", "#356f97", "#1f5f8b"]
    assert min_distance(old, None) < APART


def test_a_family_goes_from_pale_to_full_in_order() -> None:
    names = _demo_instrument_names()
    colours = instrument_colours(names)
    civil = [colours[n] for n in names if "civilt försvar" in n]
    assert len(civil) == 6
    lightness = [palette.lab(c)[0] for c in civil]
    assert lightness == sorted(lightness, reverse=True)  # oldest palest
    assert civil[-1] == palette.FAMILY_HUES[0]


@pytest.mark.parametrize("vision", VISIONS)
def test_status_colours_are_told_apart_and_carry_a_pattern_where_closest(
    vision: str | None,
) -> None:
    assert min_distance(list(palette.STATUS.values()), vision) >= 2 * APART - 4
    assert palette.STATUS_PATTERNS["overdue"] and palette.STATUS_PATTERNS["unknown"]


@pytest.mark.parametrize("vision", VISIONS)
def test_series_and_family_hues_are_told_apart(vision: str | None) -> None:
    assert min_distance(list(palette.SERIES), vision) >= APART
    assert min_distance(list(palette.FAMILY_HUES[:5]), vision) >= 2 * APART
