"""A scenario name in the URL that looks like a Markdown link and image (issue 13, defect 3):
the browser shows it as text, renders no link to the outside and fetches nothing from there."""

from __future__ import annotations

from urllib.parse import urlencode, urlparse

import pytest

from tests.e2e.conftest import LOCAL_HOSTS
from tests.e2e.test_browser import page_problems, wait_for_app

pytestmark = pytest.mark.e2e

HOSTILE = "[Logga in här](https://evil.example/login) ![px](http://evil.example/px.png)"
OUTSIDE = ("http:", "https:", "//")


def test_a_hostile_scenario_name_in_the_url_is_text(app_page) -> None:
    page = app_page.page
    query = urlencode({"d": "country:CN:2026-12-01:60", "name": HOSTILE, "lang": "en"})
    page.goto(f"{app_page.base_url}/scenarios?{query}")
    wait_for_app(page)
    assert not page_problems(page)
    page.wait_for_timeout(1_000)  # an image would be requested by now

    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert [h for h in links if urlparse(h).hostname not in LOCAL_HOSTS] == []
    sources = page.eval_on_selector_all("img", "els => els.map(e => e.getAttribute('src'))")
    outside = [
        s
        for s in sources
        if s and s.startswith(OUTSIDE) and urlparse(s).hostname not in LOCAL_HOSTS
    ]
    assert outside == []
    main = page.locator('[data-testid="stMain"]').inner_text().replace("\u2060", "")
    assert f"«{HOSTILE}»" in main  # the name, shown as the characters it is
    app_page.assert_offline()
