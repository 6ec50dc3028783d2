"""A deep link into a freshly started server still goes through app.py (the router).

With a pages/ folder, Streamlit 1.67 starts in its legacy multipage mode, in which the first
request of a new server process for /coverage would run pages/coverage.py alone: no language
switch, no database check, no page list. ui.nav.require_router() sends it back through app.py.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import VIEWPORT, start_server
from tests.e2e.test_browser import h1_text, page_problems, wait_for_app

pytestmark = pytest.mark.e2e


def test_first_request_deep_link_runs_the_router(browser, demo_db, tmp_path) -> None:
    with start_server(demo_db, tmp_path) as server:  # nobody has opened "/" on this server
        context = browser.new_context(viewport=VIEWPORT)
        try:
            page = context.new_page()
            page.goto(f"{server.url}/coverage?lang=en")
            wait_for_app(page)
            assert h1_text(page) == "Coverage"
            sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
            # the language switch and the database footer are drawn by app.py only
            assert "Language" in sidebar, sidebar
            assert "schema version" in sidebar, sidebar
            assert "/coverage" in page.url and "lang=en" in page.url
            assert not page_problems(page)
        finally:
            context.close()
