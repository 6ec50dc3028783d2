"""Every colour of the app in one place, chosen to be told apart by colour-blind readers and to
give text WCAG 2.1 AA contrast (4.5:1), with the formulas a test uses to check both.

Hues come from Okabe and Ito's colour-blind-safe set (darkened where text sits on them). A
family of grant agreements (the same agreement over the years) keeps one hue in lightness steps
from pale (oldest) to full (newest), so eleven agreements read as a few families, each in order.
The theme's colours (.streamlit/config.toml) are repeated here so the test covers them too.
"""

from __future__ import annotations

from collections.abc import Sequence

# ---- the theme (.streamlit/config.toml [theme]); a test checks the two agree
BACKGROUND = "#ffffff"
SECONDARY_BACKGROUND = "#f2f5f8"
INK = "#101820"  # textColor: dark enough that a caption (60 % of it) passes AA
PRIMARY = "#1f5f8b"  # primaryColor: links, buttons, the main bars
# Streamlit draws captions in the text colour at 60 % opacity: this is that colour on white
CAPTION_OPACITY = 0.6

GRID = "#e3e8ee"  # grid lines: not text
MUTED = "#9aa9b8"  # "no figure" bars and marks: not text (a label always says why)

DARK = "#1b2a3a"  # a dark slate: tooltips' background, Sweden's own target line
ON_DARK = "#ffffff"  # text on dark fills (tooltips, dark heatmap cells)
ACCENT = "#d08b3e"  # an ochre set against the blues: a highlighted region, scenario B, repaid
NOTE = "#4a5a6a"  # small explanatory text under a map
NO_DATA = "#d5dbe1"  # a region or country with no report (a hover says why)
BORDER = "#8a99a8"  # borders of countries on a map
REGION_LINE = "#c3ccd6"  # the other regions' thin lines behind a highlighted one
LABEL_BACKGROUND = "rgba(255,255,255,0.9)"  # behind a label on a chart: white, lines faint

# allocated, requisitioned, used, repaid: one hue in steps, repaid set apart (and dotted)
SERIES = ("#9ec3de", "#4f8fbf", "#1f5f8b", ACCENT)

# ---- scales, light to dark (sequential) or warm to cool through a pale middle (diverging)
PALE = "#eef1f4"  # zero on a count or share map: nearly the background, not a colour
DEEP_BLUE = "#0b3c73"  # the cool end: most held, longest cover
# counts are log-scaled (ui.maps); shares linear; both blues, pale at zero
COUNT_BLUES: list[list[float | str]] = [
    [0.0, PALE], [0.02, "#dbe9f6"], [0.25, "#a9cde8"], [0.5, "#5a9fcf"], [0.75, "#2f7bb6"],
    [1.0, "#0b4a86"],
]  # fmt: skip
SHARE_BLUES: list[list[float | str]] = [[0.0, PALE], *COUNT_BLUES[2:]]
# the share of the priority list held, by region: few (light orange) to most (deep blue)
HELD_SCALE: list[list[float | str]] = [
    [0.0, "#fde9c9"], [0.25, "#f6b26b"], [0.5, "#c9c27a"], [0.7, "#5fa2ce"], [1.0, DEEP_BLUE],
]  # fmt: skip
REGION_OTHERS = "#e4e9ee"  # the regions not highlighted on a one-region map

# days of cover against the target: below warm, at the target neutral, above the project's blue
BELOW = "#c8553d"
ABOVE = PRIMARY
NEUTRAL = "#f4f1ea"
DAYS_SCALE: list[list[float | str]] = [
    [0.0, "#b2342a"], [0.35, "#f0a07a"], [0.5, NEUTRAL], [0.75, "#7fb2d8"], [1.0, DEEP_BLUE],
]  # fmt: skip
# a grant agreement's date on a time axis: an ochre line and its label (darker, text)
AGREEMENT_LINE = "#8a6d3b"
AGREEMENT_TEXT = "#6b5228"
# the neighbours' storage rules: colours that never mean "good" or "bad", each AA on white
COUNTRY_COLOURS = {"FI": "#6a3d9a", "DK": "#b2182b", "NO": "#227a60"}
OTHER_COUNTRY = "#555555"

# a shortage scenario: the day a region runs out, early (dark red) to late (light yellow),
# told apart by lightness too (colour-blind safe)
EARLY, HALF_TARGET, AT_TARGET, LATE = "#67000d", "#c0221f", "#f0782d", "#fde8a6"
NO_REPORT_LINE = "#3d4852"  # a region with no report: white with a dark edge, not grey ("fine")
DOT = "#b3151b"  # the scenario's site on the map
SCENARIO_A, SCENARIO_B = PRIMARY, ACCENT

# synthetic data: Streamlit's orange badge (set in the theme so the test covers it) and a light
# tint of it behind the rows of a table that come from a demo data set
DEMO_BADGE_TEXT = "#9b4519"
DEMO_BADGE_BACKGROUND = "#fff6ed"
DEMO_TINT = "#fdf0e1"

# Okabe-Ito: blue, orange, bluish green, vermillion, grey, reddish purple, sky blue (in the
# order families appear; reddish purple comes late: protanopes see it near the blue)
FAMILY_HUES = ("#1f5f8b", "#e69f00", "#009e73", "#b84a00", "#5d6d7e", "#cc79a7", "#56b4e9")
OLDEST_LIGHTEN = 0.72  # the oldest of a family: this much white mixed in

# deadline status; the figures on the bars are white, so every status is dark enough for it
# overdue is a dark magenta, not red: red beside the ochre "due" is lost to deuteranopes
STATUS = {"done": "#1f5f8b", "due": "#8a5a00", "overdue": "#7d1f5c", "unknown": "#5d6d7e"}
STATUS_PATTERNS = {"done": "", "due": "", "overdue": "x", "unknown": "."}  # not colour alone
STATUS_TEXT = "#ffffff"

# parts of a stacked total (cost categories, plan and outcome): Okabe-Ito, then lighter
PARTS = (
    "#1f5f8b", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#b84a00", "#f0e442",
    "#5d6d7e", "#9ec3de", "#000000",
)  # fmt: skip

SOURCE_KINDS = {"agreement": PRIMARY, "assignment": "#b84a00"}

# text drawn on a background: (text, background) pairs the app uses
TEXT_PAIRS: dict[str, tuple[str, str]] = {
    "body": (INK, BACKGROUND),
    "body on sidebar": (INK, SECONDARY_BACKGROUND),
    "link": (PRIMARY, BACKGROUND),
    "link on sidebar": (PRIMARY, SECONDARY_BACKGROUND),
    "button": (BACKGROUND, PRIMARY),
    **{f"status {k}": (STATUS_TEXT, v) for k, v in STATUS.items()},
    "demo badge": (DEMO_BADGE_TEXT, DEMO_BADGE_BACKGROUND),
    "demo row": (INK, DEMO_TINT),
    "tooltip": (ON_DARK, DARK),
    "map note": (NOTE, BACKGROUND),
    "agreement label": (AGREEMENT_TEXT, BACKGROUND),
    "sweden label": (DARK, BACKGROUND),
    **{f"{k} rule label": (v, BACKGROUND) for k, v in COUNTRY_COLOURS.items()},
    "other rule label": (OTHER_COUNTRY, BACKGROUND),
    "cell on shortest cover": (ON_DARK, DAYS_SCALE[0][1]),  # type: ignore[dict-item]
    "cell on longest cover": (ON_DARK, DEEP_BLUE),
    "cell at the target": (INK, NEUTRAL),
}


# ---- colour arithmetic (sRGB, WCAG 2.1, CIELAB)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """#rrggbb as (r, g, b), 0..255."""
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def to_hex(values: Sequence[float]) -> str:
    return "#" + "".join(f"{round(min(max(v, 0), 255)):02x}" for v in values)


def mix(colour: str, other: str, amount: float) -> str:
    """`colour` with `amount` (0..1) of `other` mixed in."""
    return to_hex([a + (b - a) * amount for a, b in zip(rgb(colour), rgb(other), strict=True)])


def lighter(colour: str, amount: float) -> str:
    """Mixed with white (amount 0: as is, 1: white)."""
    return mix(colour, "#ffffff", amount)


def caption_colour(text: str = INK, background: str = BACKGROUND) -> str:
    """The caption's colour as seen: the text colour at CAPTION_OPACITY over the background."""
    return mix(background, text, CAPTION_OPACITY)


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(linear: float) -> float:
    c = min(max(linear, 0.0), 1.0)
    return 255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio, 1..21 (AA for body text: at least 4.5)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB
_CVD = {
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
}


def simulate(colour: str, deficiency: str) -> str:
    """How `colour` looks to a reader with `deficiency` ('deuteranopia', 'protanopia')."""
    linear = [_linear(c) for c in rgb(colour)]
    seen = [sum(m * v for m, v in zip(row, linear, strict=True)) for row in _CVD[deficiency]]
    return to_hex([_gamma(v) for v in seen])


def lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65)."""
    r, g, b = (_linear(c) for c in rgb(colour))
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    f = [v ** (1 / 3) if v > 216 / 24389 else (24389 / 27 * v + 16) / 116 for v in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def distance(a: str, b: str) -> float:
    """CIE76 colour difference ΔE*ab (about 2.3: just noticeable; 10+: clearly apart)."""
    return sum((x - y) ** 2 for x, y in zip(lab(a), lab(b), strict=True)) ** 0.5


def family_shades(hue: str, n: int) -> list[str]:
    """n shades of `hue`, oldest (palest) first, newest the full hue."""
    if n <= 1:
        return [hue] * n
    return [lighter(hue, OLDEST_LIGHTEN * (n - 1 - k) / (n - 1)) for k in range(n)]
