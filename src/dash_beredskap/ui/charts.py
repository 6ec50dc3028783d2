"""Plotly charts readable on a projector: large type, few colours, labels written out.

Only plain cartesian traces (bar, scatter), which need no CDN and no map tiles. Numbers on bars
and in hover boxes are formatted by `fmt` (Swedish in Swedish); axis ticks use Plotly's
`separators` so they follow the language too.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dash_beredskap.ui import fmt, state
from dash_beredskap.ui.i18n import t

FONT_SIZE = 18
FONT_FAMILY = "Source Sans, Source Sans Pro, DejaVu Sans, Arial, sans-serif"
INK = "#1b2a3a"
GRID = "#e3e8ee"
PRIMARY = "#1f5f8b"
MUTED = "#9aa9b8"
# allocated, requisitioned, used, repaid: one calm hue in steps, repaid set apart
SERIES_COLOURS = ("#9ec3de", "#4f8fbf", "#1f5f8b", "#d08b3e")

PLOTLY_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "zoomIn2d", "zoomOut2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def _layout(fig: go.Figure, height: int, lang: str | None = None) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 30, "t": 20, "b": 10},
        font={"size": FONT_SIZE, "family": FONT_FAMILY, "color": INK},
        separators=fmt.plotly_separators(lang),
        plot_bgcolor="white",
        paper_bgcolor="white",
        hoverlabel={"font_size": FONT_SIZE},
        legend={"orientation": "h", "y": -0.12, "x": 0, "font": {"size": FONT_SIZE}},
        bargap=0.25,
    )
    fig.update_xaxes(gridcolor=GRID, zeroline=False, tickfont={"size": FONT_SIZE}, automargin=True)
    fig.update_yaxes(gridcolor=GRID, zeroline=False, tickfont={"size": FONT_SIZE}, automargin=True)
    return fig


def show(fig: go.Figure, key: str | None = None) -> None:
    """Draw a figure full width with the project's Plotly config (no logo, PNG export)."""
    st.plotly_chart(fig, width="stretch", theme=None, config=PLOTLY_CONFIG, key=key)


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
    fig.update_xaxes(range=[0, 115], ticksuffix=percent_suffix(lang), dtick=dtick)
    return _layout(fig, height=max(300, bar_px * len(labels) + 70), lang=lang)


def trend_line(
    dates: Sequence,
    shares: Sequence[float],
    hovers: Sequence[str],
    highlight: object | None = None,
    highlight_label: str = "",
    lang: str | None = None,
) -> go.Figure:
    """A share 0..1 over time as a line with markers; `highlight` marks one date."""
    fig = go.Figure(
        go.Scatter(
            x=list(dates),
            y=[s * 100 for s in shares],
            mode="lines+markers",
            line={"color": PRIMARY, "width": 4},
            marker={"size": 8, "color": PRIMARY},
            customdata=list(hovers),
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    if highlight is not None:
        x = pd.Timestamp(highlight)
        fig.add_vline(x=x, line_color=MUTED, line_dash="dash", line_width=2)
        fig.add_annotation(
            x=x,
            y=1,
            yref="paper",
            text=highlight_label,
            showarrow=False,
            xanchor="left",
            yanchor="top",
            font={"size": FONT_SIZE - 2, "color": INK},
            bgcolor="rgba(255,255,255,0.8)",
        )
    fig.update_yaxes(range=[0, 100], ticksuffix=percent_suffix(lang), dtick=25)
    fig.update_xaxes(tickformat="%Y-%m", showgrid=False)
    return _layout(fig, height=420, lang=lang)


def count_bars(
    labels: Sequence[str],
    counts: Sequence[int],
    texts: Sequence[str],
    hovers: Sequence[str],
    lang: str | None = None,
) -> go.Figure:
    """Horizontal bars of counts, in the order given (top to bottom)."""
    fig = go.Figure(
        go.Bar(
            x=list(counts),
            y=list(labels),
            orientation="h",
            marker_color=PRIMARY,
            text=list(texts),
            textposition="outside",
            cliponaxis=False,
            customdata=list(hovers),
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    top = max(counts) if len(counts) else 1
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(range=[0, top * 1.15 + 0.5], rangemode="tozero")
    return _layout(fig, height=max(300, 34 * len(labels) + 60), lang=lang)


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


def region_coverage(
    regions: pd.DataFrame, lang: str | None = None, compact: bool = False
) -> go.Figure:
    """Share of the priority list held for 30 days per region (a region_coverage_on frame)."""
    shares = regions["share_meeting_target"]
    return share_bars(
        labels=regions["region_short_name"],
        shares=shares,
        texts=[t("coverage.no_report") if fmt.is_missing(v) else fmt.percent(v) for v in shares],
        hovers=[
            t(
                "coverage.hover_region",
                region=r.region_name,
                share=fmt.percent(r.share_meeting_target),
                n_meeting=fmt.integer(r.n_meeting_target),
                n_priority=fmt.integer(r.n_priority),
            )
            for r in regions.itertuples()
        ],
        lang=lang,
        bar_px=28 if compact else 34,
        dtick=50 if compact else 25,
    )


def national_trend(
    trend: pd.DataFrame, highlight: object = None, lang: str | None = None
) -> go.Figure:
    """The national share over time (a national_coverage_trend frame), `highlight` marked."""
    return trend_line(
        dates=pd.to_datetime(trend["snapshot_date"]),
        shares=trend["share_meeting_target"],
        hovers=[
            t(
                "coverage.hover_national",
                date=fmt.day(r.snapshot_date),
                share=fmt.percent(r.share_meeting_target),
                n_meeting=fmt.integer(r.n_meeting_target),
                n_pairs=fmt.integer(r.n_pairs),
            )
            for r in trend.itertuples()
        ],
        highlight=highlight,
        highlight_label=fmt.day(highlight) if highlight is not None else "",
        lang=lang,
    )


def api_site_countries(countries: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """API sites per country (an api_sites_by_country frame), most first."""
    return count_bars(
        labels=countries["country_name"].fillna(countries["country_iso2"]),
        counts=countries["n_api_sites"],
        texts=[fmt.integer(n, lang) for n in countries["n_api_sites"]],
        hovers=[
            t(
                "manufacturing.hover_country",
                country=r.country_name if isinstance(r.country_name, str) else r.country_iso2,
                n_sites=fmt.integer(r.n_api_sites),
                n_substances=fmt.integer(r.n_substances),
            )
            for r in countries.itertuples()
        ],
        lang=lang,
    )


MONEY_SERIES = (
    ("allocated_sek", "col.allocated_sek"),
    ("requisitioned_sek", "col.requisitioned_sek"),
    ("used_sek", "col.used_sek"),
    ("repaid_sek", "col.repaid_sek"),
)


def money_by_year(by_year: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """Allocated, requisitioned, used and repaid per year (a grants_by_year frame), in mnkr.

    Grouped, not stacked: the four are stages of the same money, so stacking would add the
    same kronor up to three times.
    """
    lang = lang or state.language()
    years = [str(y) for y in by_year["year"]]
    series = []
    for column, label_key in MONEY_SERIES:
        label = t(label_key)
        series.append(
            (
                label,
                [v / 1e6 for v in by_year[column]],
                [
                    f"{y}: {label} {fmt.mnkr(v, lang=lang)}"
                    for y, v in zip(years, by_year[column], strict=True)
                ],
            )
        )
    return grouped_bars(years, series, y_title=t("unit.mnkr_axis"), lang=lang)
