"""Presentation mode in a real browser at 1280x720 (a laptop on a projector).

The sequence is stepped with the arrow keys; the sidebar never shows; no text of a slide is cut
(an element whose text is wider than its box); every slide is one printed page.
"""

from __future__ import annotations

import re

import pytest

from dash_beredskap.ui import presentation
from dash_beredskap.ui.i18n import translate
from tests.e2e.overflow import cut_texts
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

PROJECTOR = {"width": 1280, "height": 720}


def _slide_title(page) -> str:
    return page.locator('[data-testid="stMain"] h2').first.inner_text().strip()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_slides_step_with_the_arrow_keys_without_sidebar_or_cut_text(
    app_page, lang: str
) -> None:
    page = app_page.page
    page.set_viewport_size(PROJECTOR)
    query = "present=1" + ("&lang=en" if lang == "en" else "")
    page.goto(f"{app_page.base_url}/presentation?{query}")
    wait_for_app(page)
    titles = [translate(f"presentation.slide.{k}", lang) for k in presentation.SLIDES]
    for n, title in enumerate(titles, start=1):
        assert _slide_title(page).startswith(title), (n, _slide_title(page))
        assert not page.locator('[data-testid="stSidebar"]').is_visible()
        assert cut_texts(page) == [], (n, cut_texts(page))
        if n < len(titles):
            page.locator("body").press("ArrowRight")
            page.wait_for_function(
                "t => document.querySelector('[data-testid=\"stMain\"] h2')"
                "?.innerText.startsWith(t)",
                arg=titles[n],
                timeout=60_000,
            )
            wait_for_app(page)
    page.locator("body").press("ArrowLeft")
    page.wait_for_function(
        "t => document.querySelector('[data-testid=\"stMain\"] h2')?.innerText.startsWith(t)",
        arg=titles[-2],
        timeout=60_000,
    )
    app_page.assert_offline()


def test_the_printable_version_is_one_slide_a_page(app_page, tmp_path) -> None:
    page = app_page.page
    page.goto(f"{app_page.base_url}/presentation?print=1")
    wait_for_app(page)
    slides = page.locator('[class*="st-key-print_slide_"]')
    assert slides.count() == len(presentation.SLIDES)
    pdf = tmp_path / "slides.pdf"
    page.pdf(path=str(pdf), format="A4", landscape=True)
    n_pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))
    assert n_pages >= len(presentation.SLIDES)
    app_page.assert_offline()
