"""Browser tests of the supply pages (Tillverkning, Substans, Företag) against the real app.

Maps must draw with nothing leaving localhost: a map element's screenshot is decoded here (PNG
through the standard library's zlib, pixels in numpy; no Pillow) and must show pixel variance
and the colours of what it draws (site dots, Nordic highlight, choropleth blues).

Screenshots go to tests/e2e/screenshots/; with BEREDSKAP_UPDATE_SCREENSHOTS=1 also to
docs/screenshots/ (the README's pictures).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import numpy as np
import pytest

from dash_beredskap import queries
from dash_beredskap.queries.supply import SupplySelection
from tests.e2e.conftest import (
    PROJECT_ROOT,
    StreamlitServer,
    copy_of_demo,
    run_cli,
    start_server,
)
from tests.e2e.test_browser import (
    HIDE_BASEMAP_CSS,
    HIDE_CONTROLS_CSS,
    chart_problems,
    full_page_screenshot,
    page_problems,
    wait_for_app,
)

pytestmark = pytest.mark.e2e

DOCS_SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
DECK = '[data-testid="stDeckGlJsonChart"]'
PLOTLY = '[data-testid="stPlotlyChart"]'
GRID_ROWS_JS = """() => [
  ...document.querySelectorAll('[data-testid="stDataFrame"] [aria-rowcount]')
].map(e => Number(e.getAttribute('aria-rowcount')) - 1)"""  # minus the header row
DRAW_TIMEOUT_S = 25

API_RGB = (213, 94, 0)
FPP_RGB = (0, 114, 178)
PACKAGING_RGB = (0, 158, 115)
NORDIC_RGB = (214, 226, 239)
DARK_BLUE_RGB = (11, 74, 134)  # the top of the choropleth scale


# ------------------------------------------------------------------ PNG pixels, stdlib only


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def png_pixels(png: bytes) -> np.ndarray:
    """An 8-bit RGB or RGBA PNG (what Chromium writes) as a height x width x channels array."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows = np.zeros((height, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.int64)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=start + 1).astype(np.int64)
        if kind == 0:
            out = line
        elif kind == 1:  # Sub: a running sum per channel
            out = np.cumsum(line.reshape(-1, bpp), axis=0).reshape(-1) % 256
        elif kind == 2:  # Up
            out = (line + prev) % 256
        else:  # Average or Paeth: each byte depends on the one just decoded
            out_list = [0] * stride
            up = prev.tolist()
            cur = line.tolist()
            for i in range(stride):
                left = out_list[i - bpp] if i >= bpp else 0
                if kind == 3:
                    value = cur[i] + ((left + up[i]) >> 1)
                else:
                    upleft = up[i - bpp] if i >= bpp else 0
                    value = cur[i] + _paeth(left, up[i], upleft)
                out_list[i] = value & 0xFF
            out = np.array(out_list, dtype=np.int64)
        rows[y] = out
        prev = out
    return rows.reshape(height, width, bpp)


def colour_share(pixels: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 40) -> float:
    """Share of the pixels within `tolerance` (per channel) of `rgb`."""
    diff = np.abs(pixels[:, :, :3].astype(np.int16) - np.array(rgb, dtype=np.int16))
    return float((diff.max(axis=2) <= tolerance).mean())


LAND_RGB = (236, 239, 243)
DOT_ALPHA = 200 / 255  # ui.maps draws dots at alpha 200 over the land


def dot_colours(rgb: tuple[int, int, int]) -> list[tuple[int, int, int]]:
    """A dot's colour alone, over another dot (near pure) and over land (blended)."""
    pairs = zip(rgb, LAND_RGB, strict=True)
    over_land = tuple(round(DOT_ALPHA * c + (1 - DOT_ALPHA) * g) for c, g in pairs)
    return [rgb, over_land]


def dot_share(pixels: np.ndarray, rgb: tuple[int, int, int]) -> float:
    """Share of the pixels in the colour of a site type's dots."""
    return sum(colour_share(pixels, c, 25) for c in dot_colours(rgb))


def site_dots(pixels: np.ndarray) -> float:
    """Share of the pixels in a site type's colour (dots of any type)."""
    return sum(dot_share(pixels, rgb) for rgb in (API_RGB, FPP_RGB, PACKAGING_RGB))


def element_pixels(locator, hide_css: str = "") -> np.ndarray:
    png = locator.screenshot(style=hide_css or None, animations="disabled")
    return png_pixels(png)


def wait_for_pixels(locator, check, hide_css: str, what: str) -> np.ndarray:
    """Screenshot the element until `check(pixels)` holds (WebGL draws a little after load)."""
    deadline = time.monotonic() + DRAW_TIMEOUT_S
    while True:
        pixels = element_pixels(locator, hide_css)
        if check(pixels):
            return pixels
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{what} did not draw: pixel std {pixels[:, :, :3].std():.1f}, "
                f"{len(np.unique(pixels[:, :, :3].reshape(-1, 3), axis=0))} colours"
            )
        time.sleep(0.5)


def open_page(app_page, path: str):
    page = app_page.page
    page.goto(app_page.base_url + path)
    wait_for_app(page)
    assert not page_problems(page), page_problems(page)
    return page


def save_screenshot(page, screenshot_dir: Path, name: str) -> None:
    full_page_screenshot(page, screenshot_dir / f"{name}.png")
    if os.environ.get("BEREDSKAP_UPDATE_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(screenshot_dir / f"{name}.png", DOCS_SCREENSHOTS / f"{name}.png")


def test_png_decoder_reads_what_chromium_writes() -> None:
    # a 2 x 2 RGB image, rows filtered with Sub and Paeth, built by hand
    rows = [(1, bytes([10, 20, 30, 5, 5, 5])), (4, bytes([1, 1, 1, 2, 2, 2]))]
    raw = b"".join(bytes([kind]) + line for kind, line in rows)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", 0)

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    pixels = png_pixels(png)
    assert pixels[0].tolist() == [[10, 20, 30], [15, 25, 35]]
    # Paeth: first pixel predicts from above (10,20,30); second from left/up/upleft
    assert pixels[1, 0].tolist() == [11, 21, 31]
    assert pixels[1, 1].tolist() == [17, 27, 37]


# ------------------------------------------------------------------ the maps draw


def test_world_map_draws_sites_offline(app_page, screenshot_dir) -> None:
    page = open_page(app_page, "/manufacturing")
    deck = page.locator(DECK).first
    deck.scroll_into_view_if_needed()
    pixels = wait_for_pixels(
        deck,
        lambda px: px[:, :, :3].std() > 10 and dot_share(px, API_RGB) > 0.0005,
        HIDE_CONTROLS_CSS + HIDE_BASEMAP_CSS,
        "the world map",
    )
    assert dot_share(pixels, FPP_RGB) > 0  # finished-product dots too
    n_charts, problems = chart_problems(page)
    assert n_charts >= 2 and not problems, problems  # the map and the choropleth
    save_screenshot(page, screenshot_dir, "manufacturing")
    app_page.assert_offline()


def test_nordic_view_draws_and_lists_gaps(app_page, screenshot_dir) -> None:
    page = open_page(app_page, "/manufacturing?view=nordic")
    deck = page.locator(DECK).first
    pixels = wait_for_pixels(
        deck,
        lambda px: colour_share(px, NORDIC_RGB, 6) > 0.05 and px[:, :, :3].std() > 10,
        HIDE_CONTROLS_CSS + HIDE_BASEMAP_CSS,
        "the Nordic map",
    )
    assert site_dots(pixels) > 0.0005  # Nordic sites on top of the highlighted countries
    rows = page.evaluate(GRID_ROWS_JS)
    assert len(rows) == 2 and all(n > 0 for n in rows)  # capacity table and gap list
    assert "Gaplistan" in page.locator('[data-testid="stMain"]').inner_text()
    save_screenshot(page, screenshot_dir, "manufacturing_nordic")
    app_page.assert_offline()


def test_country_choropleth_draws(app_page) -> None:
    page = open_page(app_page, "/manufacturing")
    chart = page.locator(PLOTLY).first
    chart.scroll_into_view_if_needed()
    canvas = chart.locator("canvas").first
    pixels = wait_for_pixels(
        canvas,
        lambda px: px[:, :, :3].std() > 10 and colour_share(px, DARK_BLUE_RGB, 30) > 0.001,
        HIDE_CONTROLS_CSS,
        "the choropleth",
    )
    assert colour_share(pixels, (238, 241, 244), 4) > 0.05  # countries with no site: grey
    app_page.assert_offline()


# ------------------------------------------------------------------ a light page


BORDERS = "/app/static/borders/"
MAX_RERUN_BYTES = 1_000_000


def test_a_filter_change_sends_little_and_never_the_borders(app_page) -> None:
    """The borders are static files fetched once; a filter change sends only the new points and
    values (it sent 9 MB before), and both maps still draw offline."""
    page = app_page.page
    received = [0]
    border_requests: list[str] = []

    def count(payload: str | bytes) -> None:
        received[0] += len(payload)

    page.on("websocket", lambda ws: ws.on("framereceived", count))
    page.on("request", lambda r: border_requests.append(r.url) if BORDERS in r.url else None)
    page = open_page(app_page, "/manufacturing")
    deck = page.locator(DECK).first
    wait_for_pixels(
        deck,
        lambda px: px[:, :, :3].std() > 10 and dot_share(px, API_RGB) > 0.0005,
        HIDE_CONTROLS_CSS + HIDE_BASEMAP_CSS,
        "the world map",
    )
    assert any(u.endswith("/countries.json") for u in border_requests), border_requests
    first_load = received[0]
    received[0], border_requests[:] = 0, []
    area = page.locator('[data-testid="stSelectbox"]').filter(has_text="Land eller landgrupp")
    area.locator("input").first.click()
    page.get_by_role("option", name="EU/EES", exact=True).click()
    page.wait_for_url(re.compile(r"[?&]area=eu_eea\b"), timeout=30_000)
    wait_for_app(page)
    pixels = wait_for_pixels(
        deck,
        lambda px: px[:, :, :3].std() > 10 and site_dots(px) > 0.0005,
        HIDE_CONTROLS_CSS + HIDE_BASEMAP_CSS,
        "the world map after the change",
    )
    assert colour_share(pixels, LAND_RGB, 4) > 0.05  # the borders are still drawn
    assert 0 < received[0] < MAX_RERUN_BYTES, (first_load, received[0])
    assert not border_requests, border_requests  # cached in the page: not fetched again
    chart = page.locator(PLOTLY).first
    chart.scroll_into_view_if_needed()
    wait_for_pixels(
        chart.locator("canvas").first,
        lambda px: px[:, :, :3].std() > 10 and colour_share(px, DARK_BLUE_RGB, 30) > 0.001,
        HIDE_CONTROLS_CSS,
        "the choropleth after the change",
    )
    app_page.assert_offline()


# ------------------------------------------------------------------ filters, table, download


def test_a_filter_change_changes_the_table_and_the_url(app_page) -> None:
    page = open_page(app_page, "/manufacturing")
    before = page.evaluate(GRID_ROWS_JS)[0]
    atc = page.locator('[data-testid="stSelectbox"]').filter(has_text="ATC-grupp")
    atc.locator("input").first.click()
    page.keyboard.type("N01AX")  # type-ahead: the options narrow as one types
    option = "N01AX Other general anesthetics (nivå 4)"  # code, ATC group name, level
    page.locator('[role="option"]').filter(has_text=option).first.click()
    page.wait_for_url(re.compile(r"[?&]atc=N01AX\b"), timeout=30_000)
    wait_for_app(page)
    deadline = time.monotonic() + 20
    after = page.evaluate(GRID_ROWS_JS)[0]
    while after == before and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        after = page.evaluate(GRID_ROWS_JS)[0]
    assert 0 < after < before, (before, after)
    assert f"{after} substanser" in page.locator('[data-testid="stMain"]').inner_text()
    app_page.assert_offline()


def test_download_yields_the_tables_rows(app_page, tmp_path) -> None:
    page = open_page(app_page, "/manufacturing?focus=high")
    n_rows = page.evaluate(GRID_ROWS_JS)[0]
    assert n_rows > 0
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile(r"^CSV$")).first.click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.name == "sarbarhet.csv"
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["Substans", "ATC-kod", "Sårbarhet (0–100)"]
    assert len(rows) - 1 == n_rows
    scores = [float(r[2].replace(",", ".")) for r in rows[1:]]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 50  # the focus held
    app_page.assert_offline()


# ------------------------------------------------------------------ Substans, Företag


@pytest.mark.parametrize(
    ("name", "path"), [("substance", "/substance"), ("companies", "/companies")]
)
def test_substance_and_company_pages_draw(app_page, screenshot_dir, name, path) -> None:
    page = open_page(app_page, path)
    deck = page.locator(DECK).first
    wait_for_pixels(
        deck,
        lambda px: px[:, :, :3].std() > 10 and site_dots(px) > 0.0001,
        HIDE_CONTROLS_CSS + HIDE_BASEMAP_CSS,
        f"the {name} map",
    )
    _, problems = chart_problems(page)
    assert not problems, problems
    save_screenshot(page, screenshot_dir, name)
    app_page.assert_offline()


# ------------------------------------------------------------------ a loaded sites file


@pytest.fixture(scope="module")
def loaded_server(demo_file: Path, tmp_path_factory) -> Iterator[StreamlitServer]:
    """A second server on a copy of the demo database with data/examples/sites.csv loaded
    through `beredskap load sites` (the session's database stays as built)."""
    folder = tmp_path_factory.mktemp("e2e-loaded")
    db_path = copy_of_demo(demo_file, folder)
    example = PROJECT_ROOT / "data" / "examples" / "sites.csv"
    run_cli("load", "sites", str(example), "--db", str(db_path))
    with start_server(db_path, folder) as server:
        yield server


def _n_selected(db_path: Path, selection) -> int:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return int(queries.supply.site_selection_summary(con, selection).iloc[0]["n_sites"])
    finally:
        con.close()


def test_loaded_sites_show_on_the_map(browser, demo_file, loaded_server) -> None:
    # the example's packaging site in Pune makes midazolam
    con = duckdb.connect(str(demo_file), read_only=True)
    try:
        current = queries.supply.priority_list_options(con)["list_version"].iloc[0]
    finally:
        con.close()
    selection = SupplySelection(
        substance="N05CD08", site_type="packaging", area="IN", list_version=current
    )
    before = _n_selected(demo_file, selection)
    after = _n_selected(loaded_server.db_path, selection)
    assert after == before + 1
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.goto(loaded_server.url + "/manufacturing?substance=N05CD08&type=packaging&area=IN")
        wait_for_app(page)
        text = page.locator('[data-testid="stMain"]').inner_text()
        noun = "tillverkningsställe" if after == 1 else "tillverkningsställen"
        assert f"Urvalet: {after} {noun}" in text, text[:600]
        wait_for_pixels(
            page.locator(DECK).first,
            lambda px: dot_share(px, PACKAGING_RGB) > 0.00002,
            HIDE_CONTROLS_CSS + HIDE_BASEMAP_CSS,
            "the loaded site",
        )
    finally:
        context.close()
