"""Every text fits (issue 14): no cut figure, label, link, button or axis tick on any page.

Every page in both languages is measured at a laptop on a projector (1280x720) by
test_browser.py's test_every_page_renders, in the same visit that checks the page runs and its
charts draw. Here the densest pages (most figures side by side, the widest tables and charts)
are measured again on a desktop screen (1920x1080), where columns and charts grow and plotly
places its ticks anew. One browser context serves all of them; a failure names the page,
language, size, element and text.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from dash_beredskap.ui import nav
from tests.e2e.conftest import LOCAL_HOSTS
from tests.e2e.overflow import cut_texts
from tests.e2e.test_browser import page_problems, wait_for_app

pytestmark = pytest.mark.e2e

SIZES = {"1920x1080": {"width": 1920, "height": 1080}}  # 1280x720: test_every_page_renders
LANGS = ("sv", "en")
# the pages with the most figures side by side: headline cards, maps, charts and wide tables
DENSE_PAGES = ("overview", "coverage", "region", "grants")


@pytest.fixture(scope="module", params=list(SIZES))
def sized_page(request, browser) -> Iterator[tuple[str, object, list[str]]]:
    """One browser page at a screen size, reused by every page and language at that size."""
    context = browser.new_context(
        viewport=SIZES[request.param], locale="sv-SE", timezone_id="Europe/Stockholm"
    )
    context.set_default_timeout(30_000)
    context.set_default_navigation_timeout(60_000)
    page = context.new_page()
    external: list[str] = []

    def on_request(req) -> None:
        url = urlparse(req.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOCAL_HOSTS:
            external.append(req.url)

    page.on("request", on_request)
    try:
        yield request.param, page, external
    finally:
        context.close()


def _url(base_url: str, spec: nav.PageSpec, lang: str) -> str:
    path = "" if spec.default else spec.url_path  # the default page lives at the root
    return f"{base_url}/{path}" + ("?lang=en" if lang == "en" else "")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", DENSE_PAGES)  # each opened by the e2e server's role (official)
def test_no_text_is_cut(sized_page, streamlit_server, key: str, lang: str) -> None:
    size, page, external = sized_page
    page.goto(_url(streamlit_server.url, nav.spec(key), lang))
    wait_for_app(page)
    broken = page_problems(page)
    assert not broken, f"{key} {lang} {size}: " + "\n".join(broken)
    cut = cut_texts(page)
    assert not cut, f"{key} {lang} {size}: {len(cut)} cut text(s):\n  " + "\n  ".join(cut)
    assert not external, f"requests left localhost: {sorted(set(external))}"
