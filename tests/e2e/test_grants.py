"""The grant pages in a real browser against `streamlit run` on the demo database.

The timeline draws; choosing a region updates the drill-down (heading, figures and chart data);
the ledger downloads as Excel and its totals are the figures the page shows; nothing leaves
localhost. Screenshots go to tests/e2e/screenshots/ (and to docs/screenshots/ for the README
when BEREDSKAP_DOCS_SCREENSHOTS=1).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from dash_beredskap.ui import fmt
from dash_beredskap.ui.i18n import translate
from tests.e2e.test_browser import (
    PLOTLY_DRAWN_JS,
    chart_problems,
    page_problems,
    wait_for_app,
    with_lang,
)

pytestmark = pytest.mark.e2e

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MONEY = ("col.allocated_sek", "col.requisitioned_sek", "col.used_sek", "col.repaid_sek")
SCREENSHOT_HEIGHT = 1800  # the top of the page: title, figures and the main charts

SCROLL_TO_TOP_JS = """() => {
  window.scrollTo(0, 0);
  for (const s of ['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]']) {
    const e = document.querySelector(s);
    if (e) e.scrollTo(0, 0);
  }
}"""

# The data of a Plotly chart as drawn in the browser: per trace, its name and the sum of its y
PLOTLY_DATA_JS = """(el) => {
  const plot = el.querySelector('.js-plotly-plot');
  return (plot && plot.data ? plot.data : []).map(t => ({
    name: t.name || '',
    sum: (t.y || []).reduce((a, v) => a + (typeof v === 'number' ? v : 0), 0),
  }));
}"""


def plain(text: str) -> str:
    """Figures as the browser gives them, with every kind of space made one plain space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def metric_values(page) -> list[str]:
    return [plain(v) for v in page.locator('[data-testid="stMetricValue"]').all_inner_texts()]


def save_screenshot(page, screenshot_dir: Path, name: str) -> None:
    """The top of the page, 1400 px wide, for the README; the harness's folder always."""
    size = page.viewport_size
    page.set_viewport_size({"width": 1400, "height": SCREENSHOT_HEIGHT})
    page.evaluate(SCROLL_TO_TOP_JS)
    page.wait_for_timeout(800)
    wait_for_app(page)
    targets = [screenshot_dir / f"{name}.png"]
    if os.environ.get("BEREDSKAP_DOCS_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        targets.append(DOCS_SCREENSHOTS / f"{name}.png")
    for target in targets:
        page.screenshot(path=str(target))
    page.set_viewport_size(size)


def test_timeline_draws_and_the_ledger_downloads_with_the_totals_shown(
    app_page, screenshot_dir, tmp_path
):
    page = app_page.page
    page.goto(app_page.base_url + "/grants")
    wait_for_app(page)
    assert not page_problems(page)

    timeline = page.locator('[data-testid="stPlotlyChart"]').first
    timeline.scroll_into_view_if_needed()
    page.wait_for_function(
        "(el) => el.querySelectorAll('.main-svg .trace.bars path').length > 20",
        arg=timeline.element_handle(),
        timeout=20_000,
    )
    drawn = timeline.evaluate(PLOTLY_DRAWN_JS)
    assert drawn["drawn"] > 20, drawn
    traces = timeline.evaluate(PLOTLY_DATA_JS)
    assert {t["name"] for t in traces} >= {"Civilt försvar 2018", "Läkemedel 2024"}
    n_charts, problems = chart_problems(page)
    assert n_charts >= 3 and not problems, problems

    shown = metric_values(page)[:4]
    assert all(v.endswith("mnkr") for v in shown), shown

    ledger_excel = page.locator(".st-key-grants_ledger_xlsx button").first
    ledger_excel.scroll_into_view_if_needed()
    with page.expect_download() as download:
        ledger_excel.click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.suffix == ".xlsx"
    ledger = pd.read_excel(path)
    columns = [translate("download.unit_sek", "sv", label=translate(k, "sv")) for k in MONEY]
    assert set(columns) <= set(ledger.columns), ledger.columns
    sums = [int(ledger[c].sum()) for c in columns]
    assert [plain(fmt.mnkr(s, lang="sv")) for s in sums] == shown
    assert len(ledger) > 300  # instrument x year x recipient

    page.goto(app_page.base_url + "/grants")
    wait_for_app(page)
    save_screenshot(page, screenshot_dir, "grants")
    app_page.assert_offline()


def test_choosing_a_region_updates_the_drill_down(app_page, screenshot_dir):
    page = app_page.page
    page.goto(app_page.base_url + "/grant_region")
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    assert main.get_by_role("heading", name="Region Stockholm", exact=True).count() == 1
    before_figures = metric_values(page)[:4]
    first_chart = page.locator('[data-testid="stPlotlyChart"]').first
    before_chart = first_chart.evaluate(PLOTLY_DATA_JS)

    # the way a person does it: open the region box, type, pick
    box = main.locator('[data-testid="stSelectbox"]').first
    box.click()
    page.keyboard.type("Gotland")
    page.get_by_role("option", name="Region Gotland").click()
    page.wait_for_url(re.compile(r"[?&]region=09\b"), timeout=30_000)
    wait_for_app(page)
    main.get_by_role("heading", name="Region Gotland", exact=True).wait_for(timeout=30_000)

    after_figures = metric_values(page)[:4]
    assert after_figures != before_figures
    after_chart = page.locator('[data-testid="stPlotlyChart"]').first.evaluate(PLOTLY_DATA_JS)
    assert [t["sum"] for t in after_chart] != [t["sum"] for t in before_chart]
    # Gotland is about 1/40 of Stockholm: its cumulative allocation is far smaller
    assert max(t["sum"] for t in after_chart) < max(t["sum"] for t in before_chart) / 10
    n_charts, problems = chart_problems(page)
    assert n_charts == 4 and not problems, problems
    assert not page_problems(page)
    save_screenshot(page, screenshot_dir, "grant_region")
    app_page.assert_offline()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_deadlines_as_of_a_date_draw(app_page, screenshot_dir, lang):
    page = app_page.page
    page.goto(with_lang(app_page.base_url + "/grant_deadlines?asof=2025-10-02", lang))
    wait_for_app(page)
    assert not page_problems(page)
    # every date the government set on one timeline, then on 2025-10-02 some deadlines have
    # passed and some are still to come: a chart each
    n_charts, problems = chart_problems(page)
    assert n_charts == 3 and not problems, problems
    overdue = translate("grants.status.overdue", lang)
    assert overdue in page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    if lang == "sv":
        save_screenshot(page, screenshot_dir, "grant_deadlines")
    app_page.assert_offline()
