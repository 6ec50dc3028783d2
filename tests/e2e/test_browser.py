"""Browser tests against the real app: every page in both languages, charts, language, URL state.

Pages are discovered from the running app's navigation (whatever app.py hands to
st.navigation), so a new page is covered without touching this file.
"""

from __future__ import annotations

import base64
import re
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlparse, urlunparse

import pytest

from dash_beredskap import access
from dash_beredskap.ui.nav import PAGES
from tests.e2e.overflow import cut_texts

pytestmark = pytest.mark.e2e

LANGS = ("sv", "en")
FIT_VIEWPORT = {"width": 1280, "height": 720}  # a laptop on a projector: text must fit here
APP_RUN_TIMEOUT_MS = 60_000
SETTLE_S = 0.8  # the script must stay idle this long (st.rerun, query-param writes)
CHART_DRAW_TIMEOUT_S = 20

NAV_LINKS = (
    '[data-testid="stSidebarNav"] a[href], '
    'a[data-testid="stSidebarNavLink"][href], '
    '[data-testid="stTopNav"] a[href], '
    'a[data-testid="stTopNavLink"][href]'
)
CHARTS = '[data-testid="stPlotlyChart"], [data-testid="stDeckGlJsonChart"]'

# Is the app idle? stApp carries the script run state and the websocket connection state.
APP_IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  if (app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
  if (app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')) return false;
  if (document.querySelector('[data-testid="stStatusWidgetRunningManIcon"]')) return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  if (document.querySelector('[data-testid="stSpinner"]')) return false;
  return true;
}"""

# Plotly: does the chart's SVG hold at least one trace with a drawn shape?
PLOTLY_DRAWN_JS = """(el) => {
  const shapes = el.querySelectorAll(
    '.main-svg .trace path, .main-svg .trace rect, .main-svg .trace .point, ' +
    '.main-svg .trace text, .main-svg .pielayer .slice path'
  );
  let drawn = 0;
  for (const s of shapes) {
    const d = s.getAttribute('d');
    if (s.tagName.toLowerCase() === 'path' && (!d || d === 'M0,0Z' || d.length < 4)) continue;
    const box = s.getBoundingClientRect();
    if (box.width > 0 || box.height > 0) drawn += 1;
  }
  return {
    drawn,
    traces: el.querySelectorAll('.main-svg .trace').length,
    canvases: el.querySelectorAll('canvas').length,
  };
}"""

# Count distinct colours of a PNG (base64) by decoding it in the browser (no Pillow needed).
DISTINCT_COLOURS_JS = """async (b64) => {
  const img = new Image();
  img.src = 'data:image/png;base64,' + b64;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.naturalWidth; c.height = img.naturalHeight;
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const px = ctx.getImageData(0, 0, c.width, c.height).data;
  const seen = new Set();
  for (let i = 0; i < px.length; i += 4) {
    seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    if (seen.size > 64) break;
  }
  return seen.size;
}"""


# Overlays that would make a blank chart look drawn in a pixel count.
HIDE_CONTROLS_CSS = (
    '[data-testid="stElementToolbar"], .modebar-container, .maplibregl-control-container, '
    ".mapboxgl-control-container, .maplibregl-ctrl, .mapboxgl-ctrl, .deck-tooltip, "
    '[data-testid="stDeckGlJsonChartZoomButton"], .deck-widget-container '
    "{ visibility: hidden !important; }\n"
)
HIDE_BASEMAP_CSS = ".maplibregl-canvas, .mapboxgl-canvas { visibility: hidden !important; }\n"


@dataclass(frozen=True)
class NavPage:
    name: str  # for screenshots: "start" for the default page, else its url path
    path: str  # URL path as the app links it, e.g. "/" or "/karta"
    label: str  # link text in the language it was read in


def with_lang(url: str, lang: str) -> str:
    """Return url with lang=<lang> (Swedish is the default, so it is dropped for sv)."""
    parts = urlparse(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "lang"]
    if lang != "sv":
        query.append(("lang", lang))
    return urlunparse(parts._replace(query=urlencode(query)))


def query_of(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlparse(url).query, keep_blank_values=True))


def wait_for_app(page, timeout_ms: int = APP_RUN_TIMEOUT_MS) -> None:
    """Wait until the script run has finished and stays finished, then for charts to appear."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        remaining_ms = max(1_000, int((deadline - time.monotonic()) * 1000))
        page.wait_for_function(APP_IDLE_JS, timeout=remaining_ms, polling=100)
        time.sleep(SETTLE_S)
        if page.evaluate(APP_IDLE_JS):
            break
        if time.monotonic() > deadline:
            raise AssertionError(f"app still running after {timeout_ms} ms: {page.url}")
    # Not "networkidle": deck.gl keeps a worker blob request open forever (seen: 15 s lost per map).
    page.wait_for_load_state("load")
    for chart in page.locator('[data-testid="stPlotlyChart"]').all():
        chart.locator(".main-svg").first.wait_for(state="attached", timeout=30_000)


def page_problems(page) -> list[str]:
    """What a person would call broken on the page now on screen."""
    problems = []
    n_exceptions = page.locator('[data-testid="stException"]').count()
    if n_exceptions:
        first = page.locator('[data-testid="stException"]').first.inner_text()[:1200]
        problems.append(f"{n_exceptions} st.exception box(es), first:\n{first}")
    body = page.locator("body").inner_text()
    if "Traceback" in body and not n_exceptions:  # an exception box shows its own traceback
        at = body.index("Traceback")
        problems.append(f"'Traceback' on the page:\n{body[at : at + 1500]}")
    if re.search(r"Page not found", body):
        problems.append("Streamlit's 'Page not found' dialog is showing")
    main = page.locator('[data-testid="stMain"]')
    if main.count() and not main.first.inner_text().strip():
        problems.append("the main area is empty")
    return problems


def discover_pages(page, base_url: str, lang: str) -> list[NavPage]:
    """Open the start page and read the navigation the app gave st.navigation."""
    page.goto(with_lang(base_url + "/", lang))
    wait_for_app(page)
    more = page.locator('[data-testid="stSidebarNavViewButton"]')
    if more.count() and "more" in more.first.inner_text().lower():
        more.first.click()
        page.wait_for_timeout(300)
    found: dict[str, NavPage] = {}
    for link in page.locator(NAV_LINKS).all():
        href = link.get_attribute("href") or ""
        absolute = urljoin(base_url + "/", href)
        parts = urlparse(absolute)
        if parts.hostname not in ("127.0.0.1", "localhost"):
            continue
        path = parts.path or "/"
        if path in found:
            continue
        name = path.strip("/").replace("/", "_") or "start"
        found[path] = NavPage(name=name, path=path, label=link.inner_text().strip())
    if "/" not in found:
        found = {"/": NavPage(name="start", path="/", label=""), **found}
    return list(found.values())


def full_page_screenshot(page, path) -> None:
    """Streamlit scrolls inside stMain, not the document: grow the viewport to fit, then shoot."""
    size = page.viewport_size
    height = page.evaluate(
        """() => {
          const sel = ['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]',
                       '[data-testid="stSidebarContent"]'];
          let h = document.documentElement.scrollHeight;
          for (const s of sel) {
            const e = document.querySelector(s);
            if (e) h = Math.max(h, e.scrollHeight);
          }
          return h;
        }"""
    )
    tall = min(max(size["height"], int(height) + 40), 8_000)
    if tall > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": tall})
        page.wait_for_timeout(500)
    page.screenshot(path=str(path), full_page=True)
    if tall > size["height"]:
        page.set_viewport_size(size)


def distinct_colours(page, locator, hide_css: str = "") -> int:
    """Distinct colours in the element's screenshot (capped at 65); 1 means blank."""
    png = locator.screenshot(style=hide_css or None, animations="disabled")
    return page.evaluate(DISTINCT_COLOURS_JS, base64.b64encode(png).decode("ascii"))


def chart_problems(page) -> tuple[int, list[str]]:
    """Every Plotly chart has a drawn trace (SVG) or a painted canvas; every map paints pixels."""
    problems = []
    charts = page.locator(CHARTS).all()
    for i, chart in enumerate(charts):
        chart.scroll_into_view_if_needed()
        testid = chart.get_attribute("data-testid")
        deadline = time.monotonic() + CHART_DRAW_TIMEOUT_S
        ok, detail = False, ""
        while time.monotonic() < deadline:
            if testid == "stPlotlyChart":
                info = chart.evaluate(PLOTLY_DRAWN_JS)
                detail = f"{info}"
                if info["drawn"] > 0:
                    ok = True
                    break
                # Map traces (choropleth_map, scatter_map) draw on a MapLibre canvas.
                canvases = [
                    c
                    for c in chart.locator("canvas").all()
                    if (c.bounding_box() or {}).get("width", 0) > 10
                ]
                if any(distinct_colours(page, c, HIDE_CONTROLS_CSS) > 2 for c in canvases):
                    ok = True
                    break
            else:  # deck.gl: hide the base map and controls; what is left is the layers
                n = distinct_colours(page, chart, HIDE_CONTROLS_CSS + HIDE_BASEMAP_CSS)
                detail = f"{n} distinct colours in the deck.gl layers"
                if n > 2:
                    ok = True
                    break
            page.wait_for_timeout(500)
        if not ok:
            problems.append(f"chart #{i} ({testid}) did not draw: {detail}")
    return len(charts), problems


def english_option(page):
    """The sidebar's language switch option for English (segmented control, radio or button)."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    name = re.compile(r"^\s*(en|english)\s*$", re.IGNORECASE)
    return (
        sidebar.get_by_role("radio", name=name)
        .or_(sidebar.get_by_role("button", name=name))
        .or_(sidebar.get_by_role("option", name=name))
        .first
    )


def h1_text(page) -> str:
    heading = page.locator('[data-testid="stMain"] h1')
    if heading.count():
        return heading.first.inner_text().strip()
    return page.title()


def wait_for_heading(page, expected: str, timeout_s: float = 30) -> str:
    """Poll the heading until it reads `expected` (a rerun may still be swapping elements)."""
    deadline = time.monotonic() + timeout_s
    heading = h1_text(page)
    while heading != expected and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        heading = h1_text(page)
    return heading


@pytest.fixture(scope="module")
def nav_pages(browser, streamlit_server) -> dict[str, list[NavPage]]:
    """The pages the app lists in its navigation, read once per language."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        return {lang: discover_pages(page, streamlit_server.url, lang) for lang in LANGS}
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_renders(app_page, nav_pages, screenshot_dir, lang):
    """Start page and every navigation page at a laptop on a projector (1280x720): runs, no
    exception, no cut text (issue 14; test_fit_browser.py measures dense pages at 1920x1080),
    charts draw, no request leaves."""
    page = app_page.page
    page.set_viewport_size(FIT_VIEWPORT)
    pages = nav_pages[lang]
    assert pages, "no pages found in the navigation"
    # every page the server's role (official, the local default) may open is in the navigation
    expected = {
        "/" if p.default else f"/{p.url_path}" for p in PAGES if access.may_open("official", p.key)
    }
    missing = expected - {p.path for p in pages}
    assert not missing, f"pages the official may open are not in the navigation: {missing}"
    failures = []
    for nav in pages:
        url = with_lang(app_page.base_url + nav.path, lang)
        page.goto(url)
        try:
            wait_for_app(page)
        except Exception as exc:
            failures.append(f"{nav.path} [{lang}]: did not finish running: {exc}")
            continue
        problems = page_problems(page)
        problems += [f"cut text: {c}" for c in cut_texts(page)]
        _, chart_issues = chart_problems(page)
        problems += chart_issues
        full_page_screenshot(page, screenshot_dir / f"{nav.name}_{lang}.png")
        if lang != "sv" and query_of(page.url).get("lang") != lang:
            problems.append(f"lang={lang} was dropped from the URL: {page.url}")
        failures += [f"{nav.path} [{lang}]: {p}" for p in problems]
    if app_page.page_errors:
        failures.append("uncaught JavaScript errors:\n  " + "\n  ".join(app_page.page_errors))
    if app_page.external_requests:
        failures.append(app_page.offline_message())
    app_page.offline_checked = True
    assert not failures, "\n\n".join(failures)


def test_start_page_charts_draw(app_page):
    """Each chart on the start page shows data: Plotly traces have drawn shapes, maps paint."""
    page = app_page.page
    page.goto(app_page.base_url + "/")
    wait_for_app(page)
    n_charts, problems = chart_problems(page)
    if n_charts == 0:
        pytest.skip("the start page has no Plotly or deck.gl chart")
    assert not problems, "\n".join(problems)
    app_page.assert_offline()


def test_language_switch_changes_visible_text(app_page, nav_pages):
    """?lang=en turns the Swedish start page English: heading and navigation labels change."""
    page = app_page.page
    page.goto(app_page.base_url + "/")
    wait_for_app(page)
    sv_heading = h1_text(page)
    sv_html_text = page.locator('[data-testid="stMain"]').inner_text()

    page.goto(with_lang(app_page.base_url + "/", "en"))
    wait_for_app(page)
    en_heading = h1_text(page)
    en_html_text = page.locator('[data-testid="stMain"]').inner_text()

    assert sv_heading and en_heading, "the start page has no heading"
    assert sv_heading != en_heading, f"heading is the same in both languages: {sv_heading!r}"
    assert sv_html_text != en_html_text
    sv_labels = [p.label for p in nav_pages["sv"] if p.label]
    en_labels = [p.label for p in nav_pages["en"] if p.label]
    if len(sv_labels) > 1:
        assert sv_labels != en_labels, f"navigation labels did not change: {sv_labels}"

    # The way a person does it: the language switch in the sidebar (an "en"/"English" option).
    page.goto(app_page.base_url + "/")
    wait_for_app(page)
    switch = english_option(page)
    if switch.count():
        switch.click()
        page.wait_for_url(re.compile(r"[?&]lang=en\b"), timeout=30_000)
        wait_for_app(page)
        heading = wait_for_heading(page, en_heading)
        assert heading == en_heading, (
            f"the language switch did not turn the page English: {heading!r}"
        )
    app_page.assert_offline()


def test_query_params_survive_page_change(app_page, nav_pages):
    """Open the start page with ?lang=en, click another page in the navigation: still English."""
    page = app_page.page
    others = [p for p in nav_pages["en"] if p.path != "/"]
    if not others:
        pytest.skip("the app has only one page")
    target = others[0]

    # What the target page looks like when opened directly in English.
    page.goto(with_lang(app_page.base_url + target.path, "en"))
    wait_for_app(page)
    expected_heading = h1_text(page)

    page.goto(with_lang(app_page.base_url + "/", "en"))
    wait_for_app(page)
    more = page.locator('[data-testid="stSidebarNavViewButton"]')
    if more.count() and "more" in more.first.inner_text().lower():
        more.first.click()
    links = [
        link
        for link in page.locator(NAV_LINKS).all()
        if urlparse(urljoin(app_page.base_url + "/", link.get_attribute("href") or "")).path
        == target.path
    ]
    assert links, f"no navigation link to {target.path}"
    links[0].click()
    page.wait_for_url(re.compile(re.escape(target.path) + r"(\?|$)"), timeout=30_000)
    wait_for_app(page)

    assert urlparse(page.url).path == target.path
    assert query_of(page.url).get("lang") == "en", f"lang=en lost on page change: {page.url}"
    heading = wait_for_heading(page, expected_heading)
    assert heading == expected_heading, f"the page after the click is not in English: {heading!r}"
    assert not page_problems(page)
    app_page.assert_offline()
