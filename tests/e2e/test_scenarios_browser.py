"""The scenario page in a real browser: build a scenario, save it, reload it by URL and see the
same headline; the method in Swedish and English; charts draw; nothing leaves localhost.

Saving writes the database, so this module runs its own server on its own copy of the demo
database (the session's shared server is left untouched).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dash_beredskap.ui.i18n import translate
from tests.e2e.conftest import StreamlitServer, copy_of_demo, start_server
from tests.e2e.test_browser import (
    chart_problems,
    full_page_screenshot,
    page_problems,
    query_of,
    wait_for_app,
    with_lang,
)

pytestmark = pytest.mark.e2e

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
HEADLINE = ".st-key-scenario_headline h3"
BUILT = "country:CN:2026-12-01:60"
NAME = "E2E Kina 60 dagar"
SAVED_ID = "e2e-kina-60-dagar"


@pytest.fixture(scope="module")
def streamlit_server(
    demo_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[StreamlitServer]:
    """This module's own server and database copy (overrides the session's for app_page)."""
    path = copy_of_demo(demo_file, tmp_path_factory.mktemp("scenario-db"))
    with start_server(path, tmp_path_factory.mktemp("scenario-server")) as server:
        yield server


def headline(page) -> str:
    page.locator(HEADLINE).first.wait_for(state="visible")
    return page.locator(HEADLINE).first.inner_text().strip()


def settle(page, timeout_ms: int = 60_000) -> None:
    page.wait_for_timeout(300)  # let the widget's message reach the server before waiting
    wait_for_app(page, timeout_ms)


def test_build_save_reload_by_url_same_headline(app_page, screenshot_dir):
    page = app_page.page
    base = app_page.base_url
    page.goto(f"{base}/scenarios?new=1")
    wait_for_app(page)
    assert not page_problems(page)

    # build: a country, picked by typing its name (type-ahead), for 60 days
    target = page.locator(".st-key-builder_target_country input").first
    target.click()
    target.fill("Kina")
    page.keyboard.press("Enter")
    settle(page)
    days = page.locator(".st-key-builder_days input").first
    days.fill("60")
    days.press("Tab")
    settle(page)
    page.locator(".st-key-builder_add button").first.click()
    settle(page)
    assert query_of(page.url).get("d") == BUILT, page.url
    built_headline = headline(page)
    assert built_headline.endswith(".") and "30" in built_headline

    # save it by name: the page calls the loader; the URL turns into ?scenario=<id>
    name = page.locator(".st-key-save_name input").first
    name.fill(NAME)
    name.press("Tab")
    settle(page)
    page.locator(".st-key-save_button button").first.click()
    settle(page)
    assert query_of(page.url).get("scenario") == SAVED_ID, page.url
    assert "d" not in query_of(page.url)
    success = translate("scenarios.save.done", "sv", name=NAME)
    assert page.get_by_text(success).count() == 1
    assert headline(page) == built_headline

    # reload by URL in a fresh tab: the saved scenario by id, and the built one by its d=
    fresh = page.context.new_page()
    fresh.goto(f"{base}/scenarios?scenario={SAVED_ID}")
    wait_for_app(fresh)
    assert headline(fresh) == built_headline
    assert not page_problems(fresh)
    fresh.goto(f"{base}/scenarios?d={BUILT}")
    wait_for_app(fresh)
    assert headline(fresh) == built_headline
    fresh.close()

    page.goto(f"{base}/scenarios?scenario={SAVED_ID}")
    wait_for_app(page)
    n_charts, problems = chart_problems(page)
    assert n_charts >= 2 and not problems, problems
    full_page_screenshot(page, screenshot_dir / "scenarios_saved.png")
    app_page.assert_offline()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_method_is_on_the_page_in_both_languages(app_page, lang):
    page = app_page.page
    page.goto(with_lang(f"{app_page.base_url}/scenarios", lang))
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    assert main.get_by_text(translate("scenarios.method.title", lang), exact=True).count() == 1
    body = main.inner_text()
    for paragraph in translate("scenarios.method.body", lang).split("\n\n"):
        lead = paragraph.split("**")[1]  # each paragraph starts with a bold lead-in
        assert lead in body, lead
    other = "en" if lang == "sv" else "sv"
    assert translate("scenarios.method.title", other) not in body
    app_page.assert_offline()


def test_example_page_with_a_comparison_draws_and_is_photographed(app_page, screenshot_dir):
    """The first example compared with the largest API maker: map, timeline and bars draw.
    The top of the page is the README's screenshot (BEREDSKAP_DOCS_SCREENSHOTS=1)."""
    page = app_page.page
    page.set_viewport_size({"width": 1400, "height": 1700})
    page.goto(
        f"{app_page.base_url}/scenarios?scenario=exempel-indien-90"
        "&vs=exempel-storsta-api-tillverkaren-182"
    )
    wait_for_app(page)
    assert not page_problems(page)
    n_charts, problems = chart_problems(page)
    assert n_charts == 3 and not problems, problems
    assert page.locator(".st-key-compare_a").count() == 1
    assert page.locator(".st-key-compare_b").count() == 1
    page.evaluate(
        "() => { for (const s of ['[data-testid=\"stMain\"]', "
        "'[data-testid=\"stAppViewContainer\"]']) { const e = document.querySelector(s); "
        "if (e) e.scrollTo(0, 0); } }"
    )
    page.wait_for_timeout(1500)
    targets = [screenshot_dir / "scenarios.png"]
    if os.environ.get("BEREDSKAP_DOCS_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        targets.append(DOCS_SCREENSHOTS / "scenarios.png")
    for target in targets:
        page.screenshot(path=str(target))
    app_page.assert_offline()
