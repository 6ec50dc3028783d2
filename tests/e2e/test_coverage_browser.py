"""The coverage pages in a real browser (Debian chromium) against `streamlit run`, offline.

The Sweden map draws all 21 regions on a painted canvas; clicking a region opens its page;
changing the target changes the map's figures; the shortage list shows alternatives. (A stock
file loaded while the app runs moves the map: test_roles_concurrency_browser.py, on its live
database.)
"""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlparse

import pytest

from tests.e2e.test_browser import (
    HIDE_CONTROLS_CSS,
    chart_problems,
    distinct_colours,
    full_page_screenshot,
    page_problems,
    wait_for_app,
)

pytestmark = pytest.mark.e2e

MAP = '[data-testid="stPlotlyChart"]'
# The traces of the first Plotly chart as drawn: locations and values of every trace.
MAP_DATA_JS = """(el) => {
  const gd = el.querySelector('.js-plotly-plot');
  if (!gd || !gd.data) return null;
  return gd.data.map(t => ({type: t.type, locations: t.locations, z: t.z}));
}"""
# Where a (lon, lat) lies on the MapLibre canvas of the first map, in page pixels.
PROJECT_JS = """([lon, lat]) => {
  const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const sub = gd._fullLayout.map._subplot;
  const p = sub.map.project([lon, lat]);
  const box = sub.map.getContainer().getBoundingClientRect();
  return {x: box.left + p.x, y: box.top + p.y};
}"""
NORRBOTTEN = (20.5, 67.3)
DRAW_TIMEOUT_S = 20  # a point well inside Region Norrbotten (lon, lat)


def map_values(page) -> dict[str, float]:
    """County code -> the value the map draws (grey 'no report' regions too)."""
    chart = page.locator(MAP).first
    deadline = time.monotonic() + 20
    traces = None
    while time.monotonic() < deadline:
        traces = chart.evaluate(MAP_DATA_JS)
        if traces:
            break
        page.wait_for_timeout(250)
    assert traces, "the map has no Plotly data"
    out = {}
    for trace in traces:
        assert trace["type"] == "choroplethmap"
        out.update(zip(trace["locations"], trace["z"], strict=True))
    return out


def map_canvas_colours(page) -> int:
    chart = page.locator(MAP).first
    chart.scroll_into_view_if_needed()
    canvases = [
        c for c in chart.locator("canvas").all() if (c.bounding_box() or {}).get("width", 0) > 50
    ]
    assert canvases, "the map has no canvas"
    return max(distinct_colours(page, c, HIDE_CONTROLS_CSS) for c in canvases)


def open_coverage(app_page, query: str = ""):
    page = app_page.page
    page.goto(f"{app_page.base_url}/coverage{query}")
    wait_for_app(page)
    page.locator(MAP).first.locator("canvas").first.wait_for(state="attached", timeout=30_000)
    # WebGL draws after the script run: wait for a painted map rather than a fixed time
    deadline = time.monotonic() + DRAW_TIMEOUT_S
    while map_canvas_colours(page) <= 8 and time.monotonic() < deadline:
        page.wait_for_timeout(250)
    return page


def test_sweden_map_draws_all_21_regions(app_page, screenshot_dir) -> None:
    page = open_coverage(app_page)
    values = map_values(page)
    assert len(values) == 21
    assert set(values) == {
        "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18",
        "19", "20", "21", "22", "23", "24", "25",
    }  # fmt: skip
    assert map_canvas_colours(page) > 8, "the map canvas is blank"
    assert not page_problems(page)
    _, problems = chart_problems(page)
    assert not problems
    full_page_screenshot(page, screenshot_dir / "coverage_map_sv.png")
    app_page.assert_offline()


def test_clicking_a_region_opens_its_page(app_page) -> None:
    page = open_coverage(app_page)
    chart = page.locator(MAP).first
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    point = page.evaluate(PROJECT_JS, list(NORRBOTTEN))
    page.mouse.move(point["x"], point["y"])
    page.wait_for_timeout(300)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(lambda url: urlparse(url).path == "/region", timeout=30_000)
    wait_for_app(page)
    assert dict(parse_qsl(urlparse(page.url).query)).get("region") == "25"
    assert page.locator('[data-testid="stMain"] h2').first.inner_text().strip() == (
        "Region Norrbotten"
    )
    assert not page_problems(page)
    app_page.assert_offline()


def test_the_region_picker_opens_a_region_page(app_page) -> None:
    page = open_coverage(app_page)
    page.get_by_text("Till sidan för", exact=False).first.click()
    page.wait_for_url(lambda url: urlparse(url).path == "/region", timeout=30_000)
    wait_for_app(page)
    assert "region" in dict(parse_qsl(urlparse(page.url).query))
    assert not page_problems(page)
    app_page.assert_offline()


def test_changing_the_target_changes_the_maps_figures(app_page) -> None:
    page = open_coverage(app_page)
    before = map_values(page)
    box = page.get_by_role("spinbutton", name="Mål, dagar i lager")
    box.fill("60")
    box.press("Enter")
    page.wait_for_url(lambda url: dict(parse_qsl(urlparse(url).query)).get("target") == "60")
    wait_for_app(page)
    deadline = time.monotonic() + DRAW_TIMEOUT_S  # plotly redraws a moment after the run
    after = map_values(page)
    while after == before and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        after = map_values(page)
    assert set(after) == set(before)
    lower = [c for c in before if before[c] is not None and after[c] < before[c]]
    assert lower, "a longer target should lower some region's share"
    assert all(after[c] <= before[c] for c in before if before[c] is not None)
    assert map_canvas_colours(page) > 8
    app_page.assert_offline()


def test_shortage_list_shows_alternatives(app_page, screenshot_dir) -> None:
    page = app_page.page
    page.goto(f"{app_page.base_url}/shortages")
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    assert "aktiva notiser" in main.inner_text()
    # each notice's alternatives are listed under it, each with its national days of cover
    heading = main.get_by_text("Alternativ (samma ATC-grupp", exact=False)
    assert heading.count() > 0, "no notice lists alternatives"
    items = main.locator("li")
    assert items.count() > 0
    assert all(
        "dagar" in t or "förbrukning" in t or "rapport" in t for t in items.all_inner_texts()
    )
    _, problems = chart_problems(page)
    assert not problems and not page_problems(page)
    full_page_screenshot(page, screenshot_dir / "shortages_cards_sv.png")
    app_page.assert_offline()
