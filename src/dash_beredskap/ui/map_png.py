"""The site maps as PNG, drawn on the server with Pillow: no browser, no tiles, no network.

The pydeck maps have no camera button (plotly's modebar draws its PNG in the browser; deck.gl
has nothing like it), so the "PNG" download next to a site map is drawn here from the same
frame: the country borders from static/borders/ (countries.json, and nordic.json highlighted
in the Nordic view) as outlines in an equirectangular projection fitted to the view, the sites
(or grid cells) as dots in the map's colours and sizes, a legend line, and a footer with the
demo-data note and the source. `site_map_png` is pure (frame in, bytes out); `download_button`
offers it, built only when clicked and only to a role that may export what is on screen.
"""

from __future__ import annotations

import io
import json
import math
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import streamlit as st
from PIL import Image, ImageDraw, ImageFont

from dash_beredskap import borders
from dash_beredskap.ui import access, badges, fmt, maps, state
from dash_beredskap.ui.i18n import t, translate
from dash_beredskap.ui.tables import file_name

SIZE = (1600, 1000)  # pixels of the PNG
SUPERSAMPLE = 2  # drawn at twice the size and scaled down: smooth edges without antialiasing
RADIUS_SCALE = 1.4  # the map's dot radii are for a ~1000 px wide screen map; this one is wider
INK = (27, 42, 58)
MUTED = (74, 90, 106)
HEADER_PX, LEGEND_PX, LINE_PX, MARGIN_PX = 76, 54, 26, 24
# lon_min, lat_min, lon_max, lat_max of each fixed view (what the screen map shows of land)
BOXES: dict[str, tuple[float, float, float, float]] = {
    "world": (-180.0, -58.0, 180.0, 84.0),
    "nordic": (-25.0, 53.5, 35.0, 71.5),
}
FIT_MIN_SPAN = (8.0, 5.0)  # degrees: a 'fit' view of one site still shows its surroundings


@dataclass(frozen=True)
class Projection:
    """Equirectangular, true to scale at `lat0`, the box fitted and centred in an area."""

    lon0: float
    lat0: float
    scale: float  # pixels per degree of latitude
    x0: float  # pixel of (lon0, lat0)
    y0: float

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        x = self.x0 + (lon - self.lon0) * self.scale * math.cos(math.radians(self.lat0))
        return x, self.y0 - (lat - self.lat0) * self.scale


def view_box(points: pd.DataFrame, view: str) -> tuple[float, float, float, float]:
    """The view's box; for 'fit', the points' bounding box with a margin (the world if none)."""
    if view != "fit":
        return BOXES.get(view, BOXES["world"])
    if not len(points):
        return BOXES["world"]
    lon_min, lon_max = float(points["lon"].min()), float(points["lon"].max())
    lat_min, lat_max = float(points["lat"].min()), float(points["lat"].max())
    half_lon = max((lon_max - lon_min) * 0.6, FIT_MIN_SPAN[0] / 2)
    half_lat = max((lat_max - lat_min) * 0.6, FIT_MIN_SPAN[1] / 2)
    mid_lon, mid_lat = (lon_min + lon_max) / 2, (lat_min + lat_max) / 2
    return (
        max(mid_lon - half_lon, -180.0),
        max(mid_lat - half_lat, -85.0),
        min(mid_lon + half_lon, 180.0),
        min(mid_lat + half_lat, 85.0),
    )


def projection(
    box: tuple[float, float, float, float], area: tuple[float, float, float, float]
) -> Projection:
    """The projection that fits `box` (degrees) into `area` (left, top, width, height pixels)."""
    lon_min, lat_min, lon_max, lat_max = box
    left, top, width, height = area
    lat0 = 0.0 if lat_max - lat_min > 90 else (lat_min + lat_max) / 2  # the world: plate carrée
    cos0 = math.cos(math.radians(lat0))
    scale = min(width / ((lon_max - lon_min) * cos0), height / (lat_max - lat_min))
    lon_mid, lat_mid = (lon_min + lon_max) / 2, (lat_min + lat_max) / 2
    x_mid, y_mid = left + width / 2, top + height / 2
    return Projection(
        lon0=lon_mid, lat0=lat0, scale=scale, x0=x_mid, y0=y_mid - (lat0 - lat_mid) * scale
    )


def map_area(
    size: tuple[int, int] = SIZE, footer_lines: int = 2
) -> tuple[float, float, float, float]:
    """Where the map is drawn in a PNG of `size` (below the title, above legend and footer)."""
    width, height = size
    bottom = LEGEND_PX + footer_lines * LINE_PX + MARGIN_PX
    return (MARGIN_PX, HEADER_PX, width - 2 * MARGIN_PX, height - HEADER_PX - bottom)


Ring = tuple[tuple[float, float, float, float], tuple[tuple[float, float], ...]]


@cache
def _rings(name: str) -> tuple[Ring, ...]:
    """Every ring of a border file ('countries' or 'nordic') with its bounding box, read once
    per process."""
    collection = json.loads((borders.STATIC_DIR / borders.FILES[name]).read_text("utf-8"))
    rings = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        for polygon in polygons:
            for ring in polygon:
                xs, ys = [p[0] for p in ring], [p[1] for p in ring]
                bbox = (min(xs), min(ys), max(xs), max(ys))
                rings.append((bbox, tuple((x, y) for x, y in ring)))
    return tuple(rings)


@cache
def _font_file() -> Path | None:
    """Source Sans, the app's own type, as Streamlit ships it (a woff2 whose name carries a
    hash, so found by pattern): local, and with å, ä, ö, which Pillow's built-in font lacks."""
    media = Path(st.__file__).parent / "static" / "static" / "media"
    return next(iter(sorted(media.glob("SourceSansVF-Upright*.woff2"))), None)


def _font(size: int, weight: int = 400) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The type at `size` px of the final PNG and `weight` (the variable font's default is
    its lightest, 200); Pillow's own font if Streamlit's were gone."""
    path = _font_file()
    if path is None:
        return ImageFont.load_default(size=size * SUPERSAMPLE)
    font = ImageFont.truetype(str(path), size * SUPERSAMPLE)
    font.set_variation_by_axes([weight])
    return font


def footer_lines(note: str, width: int = SIZE[0]) -> list[str]:
    """The footer's note wrapped to the PNG's width (about 11 px a character at 18 px)."""
    return textwrap.wrap(note, width=max((width - 2 * MARGIN_PX) // 9, 20)) or [""]


def _draw_borders(
    draw: ImageDraw.ImageDraw, proj: Projection, view: str, box: tuple[float, float, float, float]
) -> None:
    """Land and borders; rings wholly outside the view (with a margin) are skipped."""
    k = SUPERSAMPLE
    lon_min, lat_min, lon_max, lat_max = box
    pad = max(lon_max - lon_min, lat_max - lat_min) * 0.5
    layers = [("countries", maps.LAND_RGB, maps.BORDER_RGB, 1)]
    if view == "nordic":
        layers.append(("nordic", maps.HIGHLIGHT_RGB, (90, 105, 120), 2))
    for name, fill, line, width in layers:
        for (x0, y0, x1, y1), ring in _rings(name):
            if x1 < lon_min - pad or x0 > lon_max + pad or y1 < lat_min - pad or y0 > lat_max + pad:
                continue
            xy = [tuple(c * k for c in proj.xy(lon, lat)) for lon, lat in ring]
            if len(xy) >= 3:
                # the outline as a line: polygon(width>1) makes a mask image per ring (slow)
                draw.polygon(xy, fill=fill)
                draw.line([*xy, xy[0]], fill=line, width=width * k)


def _draw_dots(
    draw: ImageDraw.ImageDraw,
    proj: Projection,
    points: pd.DataFrame,
    aggregated: bool,
    size_by: str,
) -> None:
    if not len(points):
        return
    k = SUPERSAMPLE
    type_col = "main_site_type" if aggregated else "site_type"
    radius = maps.dot_radius(points, aggregated=aggregated, size_by=size_by) * RADIUS_SCALE * k
    frame = points.assign(_r=radius)
    for site_type in reversed(maps.SITE_TYPES):  # active-substance sites on top, as on screen
        part = frame.loc[frame[type_col] == site_type]
        rgb = maps.SITE_TYPE_RGB[site_type]
        for lon, lat, r in zip(part["lon"], part["lat"], part["_r"], strict=True):
            x, y = proj.xy(float(lon), float(lat))
            x, y = x * k, y * k
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rgb, outline=(255, 255, 255), width=k)


def _draw_legend(
    draw: ImageDraw.ImageDraw, top: float, counts: dict[str, int] | None, lang: str
) -> None:
    k = SUPERSAMPLE
    font = _font(20)
    x = MARGIN_PX * k
    y = (top + LEGEND_PX / 2) * k
    for site_type in maps.SITE_TYPES:
        label = maps.site_type_label(site_type, lang)
        if counts is not None:
            label += f"  {fmt.integer(counts.get(site_type, 0), lang)}"
        r = 9 * k
        draw.ellipse((x, y - r, x + 2 * r, y + r), fill=maps.SITE_TYPE_RGB[site_type])
        x += 2 * r + 8 * k
        draw.text((x, y), label, fill=INK, font=font, anchor="lm")
        x += draw.textlength(label, font=font) + 36 * k


def site_map_png(
    points: pd.DataFrame,
    view: str,
    title: str,
    note: str,
    *,
    lang: str = "sv",
    aggregated: bool = False,
    size_by: str = "capacity",
    counts: dict[str, int] | None = None,
    size: tuple[int, int] = SIZE,
) -> bytes:
    """A site map as PNG bytes: `points` is the frame the map draws (site_map_points, or
    site_map_cells when `aggregated`), `view` 'world', 'nordic' or 'fit'; `title` on top, a
    legend line (site types, with `counts` if given) and `note` (demo note, source) below."""
    width, height = size
    k = SUPERSAMPLE
    lines = footer_lines(note, width)
    area = map_area(size, len(lines))
    box = view_box(points, view)
    proj = projection(box, area)
    image = Image.new("RGB", (width * k, height * k), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    _draw_borders(draw, proj, view, box)
    _draw_dots(draw, proj, points, aggregated, size_by)
    # the title and the bands below are drawn over anything that spills out of the map area
    draw.rectangle((0, 0, width * k, HEADER_PX * k), fill=(255, 255, 255))
    draw.text((MARGIN_PX * k, HEADER_PX / 2 * k), title, fill=INK, font=_font(32, 600), anchor="lm")
    below = area[1] + area[3]
    draw.rectangle((0, below * k, width * k, height * k), fill=(255, 255, 255))
    _draw_legend(draw, below, counts, lang)
    small = _font(18)
    for i, line in enumerate(lines):
        y = (below + LEGEND_PX + (i + 0.5) * LINE_PX) * k
        draw.text((MARGIN_PX * k, y), line, fill=MUTED, font=small, anchor="lm")
    out = io.BytesIO()
    image.resize(size, Image.Resampling.LANCZOS).save(out, format="PNG")
    return out.getvalue()


def note_text(source_key: str, demo: bool, lang: str) -> str:
    """The footer: the demo-data note when the sites are synthetic, then the source."""
    parts = [translate("map_png.demo", lang)] if demo else []
    parts.append(translate(source_key, lang))
    return " ".join(parts)


def download_button(
    points: pd.DataFrame,
    *,
    view: str,
    title: str,
    file_stem: str,
    key: str,
    aggregated: bool = False,
    size_by: str = "capacity",
    counts: dict[str, int] | None = None,
) -> None:
    """The "PNG" button under a site map: the PNG is drawn only when clicked, with this run's
    language and choices; none for a role that may not export what is on screen. `title` is
    plain text (drawn as is; made inert for the markdown tooltip here)."""
    if not access.may_export("screen"):
        return
    lang = state.language()
    note = note_text("map_png.source", badges.is_demo("supply"), lang)
    audited = access.export_recorder(file_stem)
    st.download_button(
        t("download.png"),
        data=lambda: audited(
            "png",
            site_map_png(
                points,
                view,
                title,
                note,
                lang=lang,
                aggregated=aggregated,
                size_by=size_by,
                counts=counts,
            ),
        ),
        file_name=f"{file_name(file_stem)}.png",
        mime="image/png",
        icon=":material/download:",
        help=t("download.png_help", title=fmt.plain(title)),
        on_click="ignore",
        key=f"{key}_png",
    )
