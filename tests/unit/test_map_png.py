"""The site maps as PNG (ui.map_png): a real PNG of the stated size, each dot where the
projection puts its site and in its site type's colour, land drawn from the border files, and
no network touched while drawing."""

from __future__ import annotations

import io
import math
import socket

import pandas as pd
import pytest
from PIL import Image

from dash_beredskap.ui import map_png, maps

NOTE = "Demodata: syntetiska tillverkningsställen. Källa: v_site_map."
# Stockholm (API), Lyon (finished product), Mumbai (packaging): far apart at every view
SITES = pd.DataFrame(
    {
        "lon": [18.07, 4.84, 72.88],
        "lat": [59.33, 45.76, 19.08],
        "site_type": ["api", "fpp", "packaging"],
        "capacity_index": [4.0, 1.0, None],
        "n_selected_substances": [2, 1, 1],
    }
)


def draw(points: pd.DataFrame, view: str, **kw) -> Image.Image:
    content = map_png.site_map_png(points, view, "Tillverkningsställen", NOTE, **kw)
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(content))
    image.load()
    return image.convert("RGB")


def pixel_at(image: Image.Image, points: pd.DataFrame, view: str, lon: float, lat: float):
    """The pixel where the PNG's projection puts (lon, lat), computed from its parts."""
    area = map_png.map_area(image.size, len(map_png.footer_lines(NOTE, image.size[0])))
    proj = map_png.projection(map_png.view_box(points, view), area)
    x, y = proj.xy(lon, lat)
    return image.getpixel((round(x), round(y)))


def close(rgb: tuple[int, ...], expected: tuple[int, int, int], tol: int = 4) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(rgb, expected, strict=True))


@pytest.mark.parametrize("view", ["world", "nordic", "fit"])
def test_png_of_the_stated_size_with_each_site_in_its_colour(view: str) -> None:
    image = draw(SITES, view, lang="sv", counts={"api": 1, "fpp": 1, "packaging": 1})
    assert image.size == map_png.SIZE
    shown = SITES if view != "nordic" else SITES.head(1)  # Lyon and Mumbai are off the Nordic map
    for site in shown.itertuples():
        rgb = pixel_at(image, SITES, view, site.lon, site.lat)
        assert close(rgb, maps.SITE_TYPE_RGB[site.site_type]), (view, site.site_type, rgb)


def test_the_projection_is_equirectangular_and_fitted() -> None:
    """Independent check: in the world view a degree of longitude is as wide as a degree of
    latitude is tall, and the box's corners land on the area's edges."""
    area = (10.0, 20.0, 720.0, 284.0)
    proj = map_png.projection((-180.0, -58.0, 180.0, 84.0), area)
    x0, y0 = proj.xy(-180.0, 84.0)
    x1, y1 = proj.xy(180.0, -58.0)
    assert (x1 - x0) / 360 == pytest.approx((y1 - y0) / 142)
    assert x0 == pytest.approx(10.0) and x1 == pytest.approx(730.0)  # the width binds
    assert (y0 + y1) / 2 == pytest.approx(20.0 + 284.0 / 2)  # centred in the height
    nordic = map_png.projection((-25.0, 53.5, 35.0, 71.5), area)
    a, _ = nordic.xy(0.0, 62.5)
    b, _ = nordic.xy(1.0, 62.5)
    _, c = nordic.xy(0.0, 63.5)
    _, d = nordic.xy(0.0, 62.5)
    assert (b - a) / (d - c) == pytest.approx(math.cos(math.radians(62.5)))


def test_land_sea_and_the_nordic_highlight() -> None:
    """Land from the border files: central Sweden is highlighted in the Nordic view, plain land
    in the world view; the open sea is white."""
    empty = SITES.head(0)
    nordic = draw(empty, "nordic")
    assert close(pixel_at(nordic, empty, "nordic", 15.0, 62.5), maps.HIGHLIGHT_RGB)
    assert close(pixel_at(nordic, empty, "nordic", -10.0, 58.0), (255, 255, 255))  # the Atlantic
    world = draw(empty, "world")
    assert close(pixel_at(world, empty, "world", 100.0, 60.0), maps.LAND_RGB)  # Siberia
    assert close(pixel_at(world, empty, "world", -150.0, 0.0), (255, 255, 255))  # the Pacific


def test_grid_cells_take_their_most_common_type() -> None:
    cells = pd.DataFrame(
        {
            "lon": [10.5, 120.5],
            "lat": [50.5, 30.5],
            "main_site_type": ["fpp", "api"],
            "n_sites": [30_000, 10],
        }
    )
    image = draw(cells, "world", aggregated=True)
    assert close(pixel_at(image, cells, "world", 10.5, 50.5), maps.SITE_TYPE_RGB["fpp"])
    assert close(pixel_at(image, cells, "world", 120.5, 30.5), maps.SITE_TYPE_RGB["api"])


def test_drawing_touches_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every socket call fails: the PNG (fonts, borders and all) is still drawn."""
    map_png._rings.cache_clear()
    map_png._font_file.cache_clear()

    def refuse(*args, **kwargs):
        raise AssertionError("network access while drawing a map PNG")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    image = draw(SITES, "world", lang="en")
    assert image.size == map_png.SIZE


def test_the_footer_says_demo_only_for_demo_data() -> None:
    demo = map_png.note_text("map_png.source", True, "sv")
    real = map_png.note_text("map_png.source", False, "en")
    assert demo.startswith("Demodata") and "v_site_map" in demo
    assert "Demo" not in real and "Natural Earth" in real
