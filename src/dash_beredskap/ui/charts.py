"""Plotly charts readable on a projector: large type, few colours, labels written out.

Only plain cartesian traces (bar, scatter), which need no CDN and no map tiles. Numbers on bars
and in hover boxes are formatted by `fmt` (Swedish in Swedish); axis ticks use Plotly's
`separators` so they follow the language too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import plotly.graph_objects as go
import streamlit as st

from dash_beredskap.ui import fmt, palette, state
from dash_beredskap.ui.i18n import PLOTLY_SV

FONT_SIZE = 18
FONT_FAMILY = "Source Sans, Source Sans Pro, DejaVu Sans, Arial, sans-serif"
# the colours live in ui/palette.py (colour-blind-safe, text contrast checked by a test)
INK = palette.INK
GRID = palette.GRID
PRIMARY = palette.PRIMARY
MUTED = palette.MUTED
SERIES_COLOURS = palette.SERIES

# language-neutral: every chart gets it through config(), which adds the reader's locale
PLOTLY_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "zoomIn2d", "zoomOut2d"],
    # the modebar's camera: a PNG drawn in the browser, no internet needed
    "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "beredskapslaget"},
}


def png_options(name: str | None) -> dict[str, object]:
    """The camera's options, the PNG named after the chart (`beredskapslaget_<name>.png`)."""
    if not name:
        return PLOTLY_CONFIG["toImageButtonOptions"]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_")
    return {**PLOTLY_CONFIG["toImageButtonOptions"], "filename": f"beredskapslaget_{stem}"}


def _merged(base: dict, update: dict) -> dict:
    """`base` with `update` laid over it, nested dicts merged key by key (as update_layout)."""
    out = dict(base)
    for key, value in update.items():
        old = out.get(key)
        out[key] = (
            _merged(old, value) if isinstance(value, dict) and isinstance(old, dict) else value
        )
    return out


def _layout(fig: go.Figure, height: int, lang: str | None = None) -> go.Figure:
    # One assignment of the whole layout: update_layout / update_xaxes resolve and validate
    # every key path one at a time, which cost more than the rest of a chart's drawing.
    layout = _merged(
        fig.layout.to_plotly_json(),
        {
            "height": height,
            "margin": {"l": 10, "r": 30, "t": 20, "b": 10},
            "font": {"size": FONT_SIZE, "family": FONT_FAMILY, "color": INK},
            "separators": fmt.plotly_separators(lang),
            "plot_bgcolor": "white",
            "paper_bgcolor": "white",
            "hoverlabel": {"font": {"size": FONT_SIZE}},
            "legend": {"orientation": "h", "y": -0.12, "x": 0, "font": {"size": FONT_SIZE}},
            "bargap": 0.25,
        },
    )
    axis = {
        "gridcolor": GRID,
        "zeroline": False,
        "tickfont": {"size": FONT_SIZE},
        "automargin": True,
    }
    # every x and y axis of the figure (subplots too); crowded labels tilt at most 45 degrees
    # (never read sideways at 90)
    for name in sorted({"xaxis", "yaxis", *(k for k in layout if re.fullmatch(r"[xy]axis\d*", k))}):
        extra = {"autotickangles": [0, 30, 45]} if name.startswith("x") else {}
        layout[name] = _merged(layout.get(name, {}), {**axis, **extra})
    fig.layout = layout
    return fig


def apply_layout(fig: go.Figure, height: int, lang: str | None = None) -> go.Figure:
    """The project's projector layout (type, colours, margins, separators) on any figure."""
    return _layout(fig, height, lang)


def config(
    lang: str | None = None, png_name: str | None = None, **overrides: object
) -> dict[str, object]:
    """The project's Plotly config in the reader's language: modebar and notices in Swedish,
    month and day names on time axes from Babel, the PNG named after the chart. Passed inline
    (`locales`), so it works offline with the plotly.js Streamlit bundles, which registers only
    English."""
    lang = lang or state.language()
    dictionary = PLOTLY_SV if lang == "sv" else {}
    locale = {"dictionary": dictionary, "format": fmt.plotly_locale_format(lang)}
    return {
        **PLOTLY_CONFIG,
        "toImageButtonOptions": png_options(png_name),
        "locale": lang,
        "locales": {lang: locale},
        **overrides,
    }


def show(fig: go.Figure, key: str | None = None) -> None:
    """Draw a figure full width with the project's Plotly config (no logo, PNG export named
    after `key`, the reader's locale)."""
    st.plotly_chart(fig, width="stretch", theme=None, config=config(png_name=key), key=key)


def percent_suffix(lang: str | None = None) -> str:
    return "\u00a0%" if (lang or state.language()) == "sv" else "%"


def share_bars(
    labels: Sequence[str],
    shares: Sequence[float | None],
    texts: Sequence[str],
    hovers: Sequence[str],
    lang: str | None = None,
    bar_px: int = 34,
    dtick: int = 25,
) -> go.Figure:
    """Horizontal bars of shares 0..1, one per label, in the order given (top to bottom)."""
    values = [None if fmt.is_missing(s) else s * 100 for s in shares]
    fig = go.Figure(
        go.Bar(
            x=[v if v is not None else 0 for v in values],
            y=list(labels),
            orientation="h",
            marker_color=[PRIMARY if v is not None else MUTED for v in values],
            text=list(texts),
            textposition="outside",
            cliponaxis=False,
            customdata=list(hovers),
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", showgrid=False)
    # Every bar carries its share as text, so the axis keeps its grid lines but no labels: in a
    # narrow column the labels would crowd and tilt.
    fig.update_xaxes(
        range=[0, 115], ticksuffix=percent_suffix(lang), dtick=dtick, showticklabels=False
    )
    return _layout(fig, height=max(300, bar_px * len(labels) + 70), lang=lang)


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], Sequence[str]]],
    y_title: str = "",
    lang: str | None = None,
) -> go.Figure:
    """Vertical bars, one group per category and one bar per series (name, values, hovers)."""
    fig = go.Figure()
    for i, (name, values, hovers) in enumerate(series):
        fig.add_trace(
            go.Bar(
                x=list(categories),
                y=list(values),
                name=name,
                marker_color=SERIES_COLOURS[i % len(SERIES_COLOURS)],
                customdata=list(hovers),
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.update_layout(barmode="group", bargroupgap=0.05)
    fig.update_xaxes(type="category", showgrid=False)
    fig.update_yaxes(title_text=y_title, rangemode="tozero")
    return _layout(fig, height=460, lang=lang)
