"""Sweden's 21 regions on a map: the share of the priority list meeting the target, and where
one region lies. Drawn with the generic offline choropleth of ui.maps (MapLibre "white-bg", the
region borders a static file the browser fetches once: no tiles, no CDN, not re-sent on a
rerun). Presentation only: every figure comes from a query; this module picks colours and writes
hover texts.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dash_beredskap import borders
from dash_beredskap.ui import charts, fmt, maps, palette, state
from dash_beredskap.ui.i18n import translate

SWEDEN_CENTER = {"lat": 62.6, "lon": 17.4}
SWEDEN_ZOOM = 3.75
MAP_HEIGHT = 680
# Colour-blind safe, light (few items held) to dark (most held), readable on a projector.
SHARE_SCALE = palette.HELD_SCALE
HIGHLIGHT = palette.DEEP_BLUE
OTHERS = palette.REGION_OTHERS


def share_hover(r: object, target_text: str, lang: str) -> str:
    """The map's and bars' tooltip for one row of a region_cover_on frame."""
    name = html.escape(str(r.region_name))
    if fmt.is_missing(r.share_meeting_target):
        return translate("coverage.hover.no_report", lang, region=name)
    rank = translate(
        "coverage.hover.rank", lang, rank=fmt.integer(r.rank, lang), n=fmt.integer(r.n_ranked, lang)
    )
    return translate(
        "coverage.hover.region",
        lang,
        region=name,
        share=fmt.percent(r.share_meeting_target, 1, lang),
        target=target_text,
        n_meeting=fmt.integer(r.n_meeting_target, lang),
        n_priority=fmt.integer(r.n_priority, lang),
        n_reported=fmt.integer(r.n_reported, lang),
        rank=rank,
    )


def sweden_share_map(
    regions: pd.DataFrame,
    target_text: str,
    lang: str | None = None,
    height: int = MAP_HEIGHT,
) -> go.Figure:
    """All 21 regions coloured by share_meeting_target (a region_cover_on frame), 0-100 %.

    Regions without a report are grey with "ingen rapport" in the tooltip, never 0 %.
    """
    lang = lang or state.language()
    frame = regions.copy()
    frame["share_pct"] = frame["share_meeting_target"] * 100
    frame["hover"] = [share_hover(r, target_text, lang) for r in frame.itertuples()]
    fig = maps.choropleth(
        borders.url("regions"),
        frame,
        location_col="region_code",
        value_col="share_pct",
        hover_col="hover",
        value_label=translate("coverage.map.legend", lang, target=target_text),
        center=SWEDEN_CENTER,
        zoom=SWEDEN_ZOOM,
        height=height,
        colorscale=SHARE_SCALE,
        range_color=(0.0, 100.0),
        ticksuffix=charts.percent_suffix(lang),
        lang=lang,
    )
    # a legend readable from the back of the room: long, thick, large ticks every 20 %
    fig.data[-1].colorbar.update(
        len=0.92,
        thickness=22,
        dtick=20,
        tickfont={"size": charts.FONT_SIZE},
        title={"font": {"size": charts.FONT_SIZE}},
        x=0.04,
    )
    fig.update_traces(marker_line_color=palette.BACKGROUND, marker_line_width=1.2)
    fig.update_layout(margin={"l": 0, "r": 0, "t": 0, "b": 96}, dragmode=False)
    return fig


def position_map(regions: pd.DataFrame, region_code: str, height: int = 380) -> go.Figure:
    """Where one region lies: it in dark blue, the other twenty light grey (names on hover)."""
    frame = regions[["region_code", "region_name"]].copy()
    frame["is_chosen"] = (frame["region_code"] == region_code).astype(float)
    frame["hover"] = [html.escape(str(n)) for n in frame["region_name"]]
    fig = go.Figure(
        go.Choroplethmap(
            geojson=borders.url("regions"),
            locations=list(frame["region_code"]),
            z=list(frame["is_chosen"]),
            zmin=0,
            zmax=1,
            colorscale=[[0, OTHERS], [1, HIGHLIGHT]],
            showscale=False,
            marker_line_color=palette.BACKGROUND,
            marker_line_width=1.0,
            customdata=list(frame["hover"]),
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    fig.update_layout(
        map={"style": "white-bg", "center": SWEDEN_CENTER, "zoom": SWEDEN_ZOOM - 0.85},
        height=height,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        paper_bgcolor="white",
        dragmode=False,
        hoverlabel={"font_size": charts.FONT_SIZE},
    )
    return fig


def show_clickable(fig: go.Figure, key: str) -> str | None:
    """Draw a region map; return the county code of a region the user clicked, if any."""
    event = st.plotly_chart(
        fig,
        width="stretch",
        theme=None,
        config=charts.config(png_name=key, scrollZoom=False),
        key=key,
        on_select="rerun",
        selection_mode="points",
    )
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    for point in points:
        code = point.get("location")
        if code:
            return str(code)
    return None


def show_static(fig: go.Figure, key: str) -> None:
    """Draw a region map that is not clicked, with the camera (its PNG named after `key`)."""
    st.plotly_chart(
        fig,
        width="stretch",
        theme=None,
        config=charts.config(png_name=key, scrollZoom=False),
        key=key,
    )
