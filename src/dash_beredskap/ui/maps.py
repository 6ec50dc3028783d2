"""Maps that draw with no network: country and region borders from static files.

The borders are static GeoJSON files served by the app (dash_beredskap.borders: static/borders/,
made from data/reference with the `shapes` table's codes); every map names them by URL, so the
browser fetches them once and a rerun sends only the points or values that changed.

* Site maps (pydeck): the borders as a GeoJsonLayer under one ScatterplotLayer per site type,
  on the local blank MapLibre style (Streamlit fetches Carto's style for any empty map_style,
  see shared STACK.md). A selection with more sites than a browser draws comfortably
  (POINT_LIMIT) comes as grid cells from `queries.supply.site_map_cells`: every site is counted in
  a cell, none is dropped, and the page says so.
* Choropleths (plotly `choroplethmap` on the "white-bg" style, MapLibre): generic, for any
  border file (countries here, Sweden's regions on the coverage and scenario pages).

Presentation only: radii, colours and tooltip texts are made here from figures computed in
SQL; no figure is computed here.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk
import streamlit as st
from pydeck.bindings.json_tools import default_serialize

from dash_beredskap import borders
from dash_beredskap.ui import charts, fmt, palette, state
from dash_beredskap.ui.i18n import t, translate

POINT_LIMIT = 20_000  # more sites than this are drawn as grid cells (queries.supply.site_map_cells)
CELL_DEG = {"world": 1.0, "nordic": 0.5}  # grid cell size in degrees per view
BLANK_STYLE = "/app/static/blank_style.json"  # served by Streamlit's static serving
MAP_HEIGHT = 600

SITE_TYPES = ("api", "fpp", "packaging")
# Okabe-Ito: told apart with the common colour-vision deficiencies, and on a projector
SITE_TYPE_RGB: dict[str, tuple[int, int, int]] = {
    "api": (213, 94, 0),  # vermilion: the active substance
    "fpp": (0, 114, 178),  # blue: the finished product
    "packaging": (0, 158, 115),  # bluish green
}
LAND_RGB = (236, 239, 243)
HIGHLIGHT_RGB = (214, 226, 239)
BORDER_RGB = (150, 162, 175)
COORD_DECIMALS = 3  # about 100 m: far below a pixel at any zoom the site maps use

VIEWS: dict[str, dict[str, float]] = {
    # zoom 0.9: the world is ~975 px wide, as wide as the main column on a 1400 px screen
    "world": {"latitude": 36.0, "longitude": 10.0, "zoom": 0.9},
    "nordic": {"latitude": 62.5, "longitude": 12.0, "zoom": 3.2},
}

# Counts over countries are skewed (a few countries hold most sites), so they are coloured on a
# log scale (log10(1 + n)); the colour bar is labelled with the true counts, 0 stays grey.
COUNT_BLUES = palette.COUNT_BLUES
LOG_TICKS = (0, 1, 3, 10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000)
SHARE_BLUES = palette.SHARE_BLUES


# ------------------------------------------------------------------ shapes


def _border_layers(nordic: bool = False) -> list[pdk.Layer]:
    """The countries (and for the Nordic view the Nordic countries, highlighted) by URL: deck.gl
    fetches each file once, and a rerun with the same URL neither sends nor redraws them."""
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            data=borders.url("countries"),
            id="countries",
            filled=True,
            stroked=True,
            get_fill_color=list(LAND_RGB),
            get_line_color=list(BORDER_RGB),
            line_width_min_pixels=0.7,
            pickable=False,
        )
    ]
    if nordic:
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                data=borders.url("nordic"),
                id="highlight",
                filled=True,
                stroked=True,
                get_fill_color=list(HIGHLIGHT_RGB),
                get_line_color=[90, 105, 120],
                line_width_min_pixels=1.2,
                pickable=False,
            )
        )
    return layers


# ------------------------------------------------------------------ site maps


def site_type_label(site_type: str, lang: str | None = None) -> str:
    """'Aktiv substans (API)', 'Färdig produkt', 'Förpackning' (or English)."""
    return translate(f"supply.site_type.{site_type}", lang or state.language())


def _point_radius(values: pd.Series, size_by: str) -> pd.Series:
    """Pixels: 6 for a typical site, growing with the square root (area follows the value);
    4 when the value is unknown. Sized for a projector."""
    v = pd.to_numeric(values, errors="coerce")
    if size_by == "capacity":
        radius = 3.0 + 3.0 * v.clip(lower=0).pow(0.5)
    else:
        radius = 3.0 + 2.5 * v.clip(lower=0).pow(0.5)
    return radius.fillna(4.0).clip(upper=16.0).round(1)


def dot_radius(frame: pd.DataFrame, *, aggregated: bool, size_by: str) -> pd.Series:
    """Each dot's radius in screen pixels, the same on the map and in its PNG: a site by
    `size_by` (_point_radius), a grid cell by its number of sites (4 to 22 px)."""
    if aggregated:
        top = max(float(frame["n_sites"].max()), 1.0) if len(frame) else 1.0
        return (4.0 + 18.0 * (frame["n_sites"] / top).pow(0.5)).round(1)
    column = "capacity_index" if size_by == "capacity" else "n_selected_substances"
    return _point_radius(frame[column], size_by)


# The tooltip's markup lives in these templates; the row fields they name are plain text, which
# Streamlit's deck.gl tooltip inserts HTML-escaped (checked in a browser: "<b>" in data shows as
# text). It fills the fields one after another, each into the first "{field}" left in the text,
# so a value holding "{t_place}" would take the next field's place: see tip_text.
SITE_TIP = "<b>{t_company}</b><br>{t_place}<br>{t_type}<br>{t_capacity}<br>{t_substances}"
CELL_TIP = "<b>{t_title}</b><br>{t_place}<br>{t_counts}<br>{t_types}"


def tip_text(value: object) -> str:
    """A tooltip field's value that cannot be read as a template field: a word joiner after
    each `{`, so "{t_place}" in a company name shows as itself and matches no field.

    Not `&#123;`: Streamlit HTML-escapes every value (`&` too), so an entity would show as
    "&#123;"; for the same reason the value is not HTML-escaped here (it would show "&amp;").
    """
    text = fmt.MISSING if fmt.is_missing(value) else str(value)
    return text.replace("{", "{" + fmt.WORD_JOINER)


def _texts(values: pd.Series) -> pd.Series:
    """Each value as text, a missing one as the dash (column at a time, not cell by cell)."""
    out = values.astype(object).where(values.notna(), fmt.MISSING)
    return out.astype(str)


def _per_value(values: pd.Series, text: Callable[[object], str]) -> pd.Series:
    """text(value) for each row, made once per distinct value (counts repeat on a map)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    made = np.array([*(text(v) for v in uniques), text(None)], dtype=object)
    return pd.Series(made[codes], index=values.index)  # code -1 (missing): the last


def _filled(key: str, lang: str, **fields: pd.Series) -> pd.Series:
    """translate(key, lang, **fields) for each row, made once per distinct combination (a
    plural form depends on the value, so the text cannot be split around the fields)."""
    names = list(fields)
    memo: dict[tuple, str] = {}
    rows = zip(*fields.values(), strict=True)
    made = [
        memo[row]
        if row in memo
        else memo.setdefault(row, translate(key, lang, **dict(zip(names, row, strict=True))))
        for row in rows
    ]
    index = next(iter(fields.values())).index
    return pd.Series(made, index=index, dtype=object)


def _add_site_tips(frame: pd.DataFrame, lang: str) -> None:
    vital = translate("supply.tip.vital", lang)
    frame["t_company"] = _texts(frame["company_name"]).where(
        ~frame["is_vital"].fillna(False).astype(bool),
        _texts(frame["company_name"]) + f" · {vital}",
    )
    frame["t_place"] = _texts(frame["city"]) + ", " + _texts(frame["country_name"])
    frame["t_type"] = frame["site_type"].map({k: site_type_label(k, lang) for k in SITE_TYPES})
    frame["t_capacity"] = _per_value(
        frame["capacity_index"],
        lambda v: translate("supply.tip.capacity", lang, capacity=fmt.number(v, 1, lang)),
    )
    # one text per site (its names): the template is filled by joining its parts
    head, _, rest = translate("supply.tip.substances", lang, n="\x00", names="\x01").partition(
        "\x00"
    )
    middle, _, tail = rest.partition("\x01")
    counts = _per_value(frame["n_substances"], lambda n: fmt.integer(n, lang))
    frame["t_substances"] = head + counts + middle + _texts(frame["substance_names"]) + tail


def _add_cell_tips(frame: pd.DataFrame, lang: str) -> None:
    def counts(column: str) -> pd.Series:
        return _per_value(frame[column], lambda n: fmt.integer(n, lang))

    frame["t_title"] = _filled("supply.tip.cell_title", lang, n=counts("n_sites"))
    frame["t_place"] = _filled(
        "supply.tip.cell_place",
        lang,
        city=_texts(frame["top_city"]),
        country=_texts(frame["top_country"]),
    )
    frame["t_counts"] = _filled(
        "supply.tip.cell_counts",
        lang,
        n_cities=counts("n_cities"),
        n_companies=counts("n_companies"),
    )
    frame["t_types"] = _filled(
        "supply.tip.cell_types",
        lang,
        n_api=counts("n_api_sites"),
        n_fpp=counts("n_fpp_sites"),
        n_packaging=counts("n_packaging_sites"),
    )


def _records(frame: pd.DataFrame) -> list[dict]:
    """The rows as dicts, as pydeck would make them from a frame, several times faster (whole
    columns as Python objects, not cell by cell through pandas)."""
    names = list(frame.columns)
    columns = [frame[name].to_numpy(dtype=object) for name in names]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def _scatter(frame: pd.DataFrame, site_type: str, layer_id: str) -> pdk.Layer:
    r, g, b = SITE_TYPE_RGB[site_type]
    return pdk.Layer(
        "ScatterplotLayer",
        data=_records(frame),
        id=layer_id,
        get_position=["lon", "lat"],
        get_radius="radius",
        radius_units="'pixels'",  # quoted: a literal, not a pydeck expression
        get_fill_color=[r, g, b, 200],
        get_line_color=[255, 255, 255, 230],
        stroked=True,
        line_width_min_pixels=0.8,
        pickable=True,
        auto_highlight=True,
    )


class CompactDeck(pdk.Deck):
    """A pydeck Deck whose JSON (what st.pydeck_chart sends) has no indent: pydeck indents by
    two spaces, a third of a site map's bytes (1.15 MB against 0.8 MB for every demo site)."""

    def to_json(self) -> str:
        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


def fit_view(sites: pd.DataFrame, width_px: int = 440, height_px: int = 420) -> dict[str, float]:
    """A view that shows every site of `sites` (lat/lon) in a map of about this size: the
    middle of their bounding box, zoomed as far as they fit (between world and country)."""
    if not len(sites):
        return dict(VIEWS["world"])
    lat_min, lat_max = float(sites["lat"].min()), float(sites["lat"].max())
    lon_min, lon_max = float(sites["lon"].min()), float(sites["lon"].max())

    def mercator_y(lat: float) -> float:
        lat = max(min(lat, 85.0), -85.0)
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    span_x = max(lon_max - lon_min, 4.0) / 360.0  # share of the world's width
    span_y = max(mercator_y(lat_max) - mercator_y(lat_min), 0.07) / (2 * math.pi)
    zoom = min(math.log2(width_px / 512 / span_x), math.log2(height_px / 512 / span_y)) - 0.5
    middle_y = (mercator_y(lat_max) + mercator_y(lat_min)) / 2
    return {
        "latitude": math.degrees(2 * math.atan(math.exp(middle_y)) - math.pi / 2),
        "longitude": (lon_min + lon_max) / 2,
        "zoom": round(min(max(zoom, 0.3), 5.0), 2),
    }


def site_deck(
    sites: pd.DataFrame,
    *,
    aggregated: bool = False,
    size_by: str = "capacity",
    view: str = "world",
    fit_size: tuple[int, int] = (440, 420),
    lang: str | None = None,
) -> CompactDeck:
    """The site map: a site_map_points frame (one dot per site, sized by `size_by`:
    'capacity' or 'priority' substances) or, with `aggregated`, a site_map_cells frame (one
    dot per grid cell, sized by its number of sites, coloured by its most common type).

    view: 'world', 'nordic' (zoomed, the Nordic countries highlighted) or 'fit' (zoomed to
    the sites, for a map of about `fit_size` pixels)."""
    lang = lang or state.language()
    frame = sites.copy()
    frame["radius"] = dot_radius(frame, aggregated=aggregated, size_by=size_by)
    if aggregated:
        _add_cell_tips(frame, lang)
        type_col, template = "main_site_type", CELL_TIP
    else:
        _add_site_tips(frame, lang)
        type_col, template = "site_type", SITE_TIP
    tips = [c for c in frame.columns if c.startswith("t_")]
    for tip in tips:  # tip_text, a column at a time (every tip is text by now)
        frame[tip] = frame[tip].str.replace("{", "{" + fmt.WORD_JOINER, regex=False)
    frame[["lon", "lat"]] = frame[["lon", "lat"]].round(COORD_DECIMALS)
    keep = ["lon", "lat", "radius", *tips]  # only what the dots and their tooltips use
    layers = _border_layers(nordic=view == "nordic")
    for site_type in reversed(SITE_TYPES):  # active-substance sites drawn on top
        part = frame.loc[frame[type_col] == site_type, keep]
        if len(part):
            layers.append(_scatter(part, site_type, f"sites_{site_type}"))
    return CompactDeck(
        layers=layers,
        initial_view_state=pdk.ViewState(
            **(fit_view(frame, *fit_size) if view == "fit" else VIEWS.get(view, VIEWS["world"]))
        ),
        map_style=BLANK_STYLE,
        map_provider=None,
        tooltip={
            "html": template,
            "style": {
                "fontSize": "16px",
                "fontFamily": charts.FONT_FAMILY,
                "backgroundColor": palette.DARK,
                "color": palette.ON_DARK,
                "maxWidth": "420px",
                "lineHeight": "1.35",
            },
        },
    )


def show_deck(deck: pdk.Deck, key: str, height: int = MAP_HEIGHT) -> None:
    st.pydeck_chart(deck, height=height, key=key)


def site_type_counts(sites: pd.DataFrame) -> dict[str, int]:
    """Sites per type of a site_map_points frame (every selected site, one row each): the
    legend's counts for a map that draws every site, without a second query."""
    counts = sites["site_type"].value_counts()
    return {k: int(counts.get(k, 0)) for k in SITE_TYPES}


def legend(counts: dict[str, int] | None = None, size_note: str = "") -> None:
    """The colour key under a site map (site types, with counts if given) and a size note."""
    items = []
    for site_type in SITE_TYPES:
        r, g, b = SITE_TYPE_RGB[site_type]
        label = html.escape(site_type_label(site_type))
        if counts is not None:
            label += f"&nbsp;<b>{fmt.integer(counts.get(site_type, 0))}</b>"
        items.append(
            f'<span style="display:inline-flex;align-items:center;margin-right:1.6rem">'
            f'<span style="width:16px;height:16px;border-radius:50%;background:rgb({r},{g},{b});'
            f"border:1.5px solid white;box-shadow:0 0 0 1px rgb({r},{g},{b});"
            f'margin-right:.45rem;display:inline-block"></span>{label}</span>'
        )
    note = f'<div style="color:{palette.NOTE}">{html.escape(size_note)}</div>' if size_note else ""
    st.markdown(
        f'<div style="font-size:1.1rem;line-height:1.9">{"".join(items)}{note}</div>',
        unsafe_allow_html=True,
    )


# ------------------------------------------------------------------ choropleth


def choropleth(
    geojson: str,
    frame: pd.DataFrame,
    *,
    location_col: str,
    value_col: str,
    hover_col: str,
    value_label: str,
    center: dict[str, float],
    zoom: float,
    height: int = 520,
    colorscale: list | str = SHARE_BLUES,
    range_color: tuple[float, float] | None = None,
    log_scale: bool = False,
    tickformat: str | None = None,
    ticksuffix: str | None = None,
    lang: str | None = None,
) -> go.Figure:
    """A choropleth of `frame[value_col]` over the features of `geojson` (a border file's URL,
    borders.url: plotly.js fetches it once and keeps it) whose id is `frame[location_col]`,
    with `frame[hover_col]` (text, may hold <br>) as the hover.

    MapLibre on the "white-bg" style: no tiles, no CDN topojson. `range_color` fixes the ends
    of the scale (default 0 to the largest value). `log_scale` colours skewed counts by
    log10(1 + value) and labels the colour bar with the counts themselves. Rows with a missing
    value are drawn grey, with their hover text. Works for countries and for Sweden's regions.

    Long on purpose: one Plotly figure (shapes, colour scale, hover, legend) whose parts share the
    same feature order.
    """
    lang = lang or state.language()
    has_value = frame[value_col].notna()
    values = frame.loc[has_value, value_col].astype(float)
    if range_color is not None:
        lo, hi = range_color
    else:
        lo, hi = 0.0, (max(float(values.max()), 1e-9) if len(values) else 1.0)
    colorbar: dict = {
        "title": {"text": value_label, "side": "top", "font": {"size": charts.FONT_SIZE}},
        "tickfont": {"size": charts.FONT_SIZE - 2},
        "orientation": "h",
        "x": 0.0,
        "xanchor": "left",
        "y": -0.02,
        "yanchor": "top",
        "len": 0.5,
        "thickness": 16,
    }
    if log_scale:
        z = [math.log10(1.0 + v) for v in values]
        lo, hi = math.log10(1.0 + max(lo, 0.0)), math.log10(1.0 + max(hi, 1.0))
        ticks = [v for v in LOG_TICKS if v <= 10**hi]
        colorbar["tickvals"] = [math.log10(1.0 + v) for v in ticks]
        colorbar["ticktext"] = [fmt.integer(v, lang) for v in ticks]
    else:
        z = list(values)
        colorbar["tickformat"] = tickformat
        colorbar["ticksuffix"] = ticksuffix
    fig = go.Figure()
    if (~has_value).any():
        missing = frame.loc[~has_value]
        fig.add_trace(
            go.Choroplethmap(
                geojson=geojson,
                locations=list(missing[location_col]),
                z=[0] * len(missing),
                colorscale=[[0, palette.NO_DATA], [1, palette.NO_DATA]],
                showscale=False,
                marker_line_width=0.6,
                marker_line_color=palette.BORDER,
                customdata=list(missing[hover_col]),
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Choroplethmap(
            geojson=geojson,
            locations=list(frame.loc[has_value, location_col]),
            z=z,
            zmin=lo,
            zmax=hi,
            colorscale=colorscale,
            marker_line_width=0.6,
            marker_line_color=palette.BORDER,
            marker_opacity=0.95,
            customdata=list(frame.loc[has_value, hover_col]),
            hovertemplate="%{customdata}<extra></extra>",
            colorbar=colorbar,
        )
    )
    fig.update_layout(
        map={"style": "white-bg", "center": center, "zoom": zoom},
        height=height,
        margin={"l": 0, "r": 0, "t": 0, "b": 80},
        font={"size": charts.FONT_SIZE, "family": charts.FONT_FAMILY, "color": charts.INK},
        separators=fmt.plotly_separators(lang),
        paper_bgcolor="white",
        hoverlabel={"font_size": charts.FONT_SIZE},
    )
    return fig


def country_choropleth(
    countries: pd.DataFrame, measure: str = "sites", lang: str | None = None
) -> go.Figure:
    """Sites per country (log colour scale), or each country's share of the selection's
    active-substance sites (a sites_per_country frame; measure 'sites' or 'api_share')."""
    lang = lang or state.language()
    frame = countries.copy()
    frame["hover"] = [
        translate(
            "supply.choropleth.hover",
            lang,
            country=html.escape(str(r.country_name)),
            n_sites=fmt.integer(r.n_sites, lang),
            n_api=fmt.integer(r.n_api_sites, lang),
            n_fpp=fmt.integer(r.n_fpp_sites, lang),
            n_packaging=fmt.integer(r.n_packaging_sites, lang),
            share=fmt.percent(r.share_of_api_sites, 1, lang),
        )
        for r in frame.itertuples()
    ]
    common = {
        "location_col": "country_iso2",
        "hover_col": "hover",
        "center": {"lat": 28.0, "lon": 12.0},
        "zoom": 0.95,
        "height": 560,
        "lang": lang,
    }
    if measure == "api_share":
        frame["percent"] = frame["share_of_api_sites"] * 100  # the colour bar reads in percent
        top = frame["percent"].max()
        upper = 100.0 if fmt.is_missing(top) else max(float(top), 1.0)
        return choropleth(
            borders.url("countries"),
            frame,
            value_col="percent",
            value_label=t("supply.choropleth.api_share"),
            colorscale=SHARE_BLUES,
            range_color=(0.0, upper),
            ticksuffix=charts.percent_suffix(lang),
            **common,
        )
    top = frame["n_sites"].max() if len(frame) else None
    upper = 1.0 if fmt.is_missing(top) else max(float(top), 1.0)
    return choropleth(
        borders.url("countries"),
        frame,
        value_col="n_sites",
        value_label=t("supply.choropleth.sites"),
        colorscale=COUNT_BLUES,
        range_color=(0.0, upper),
        log_scale=True,
        **common,
    )


def scaled_note(n_sites: int, n_cells: int, cell_deg: float) -> str:
    """The visible note for an aggregated map (every site is in a cell; none is dropped)."""
    return t(
        "supply.map.aggregated",
        n_sites=fmt.integer(n_sites),
        n_cells=fmt.integer(n_cells),
        limit=fmt.integer(POINT_LIMIT),
        cell=fmt.number(cell_deg, 1 if cell_deg % 1 else 0),
    )


def is_aggregated(n_sites: int) -> bool:
    """True when a selection of `n_sites` sites is drawn as grid cells."""
    return n_sites > POINT_LIMIT


def cell_size(view: str) -> float:
    return CELL_DEG.get(view, CELL_DEG["world"])
