"""Presentation mode: each slide's headline sentence against figures from the base tables."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dash_beredskap.ui import fmt, presentation
from dash_beredskap.ui.i18n import translate
from tests.app.conftest import open_page

PAGE = "pages/presentation.py"
LANGS = ("sv", "en")


def headline(at) -> str:
    """The slide's headline: the first level-3 markdown."""
    return next(m.value for m in at.markdown if m.value.startswith("### "))[4:]


@pytest.mark.parametrize("lang", LANGS)
def test_the_situation_slide_states_the_national_share_and_its_change(app_db, lang) -> None:
    e = app_db.expected
    text = headline(open_page(PAGE, lang))
    assert fmt.percent(e.share_latest, lang=lang) in text
    assert fmt.percent_points(e.share_latest - e.share_previous, lang=lang) in text
    assert fmt.month(e.latest, lang) in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_map_slide_names_the_best_and_worst_region_and_the_missing(app_db, lang) -> None:
    shares = {k: v for k, v in app_db.expected.region_shares.items() if v is not None}
    best, worst = max(shares.values()), min(shares.values())
    at_best = sorted(k for k, v in shares.items() if v == best)
    at_worst = sorted(k for k, v in shares.items() if v == worst)
    n_missing = len(app_db.expected.region_shares) - len(shares)
    text = headline(open_page(PAGE, lang, slide="2"))
    assert f"{fmt.percent(best, lang=lang)} ({at_best[0]}" in text
    assert f"{fmt.percent(worst, lang=lang)} ({at_worst[0]}" in text
    if len(at_best) > 2:
        assert translate("presentation.and_more", lang, names="", n=len(at_best) - 2)[2:] in text
    assert translate("presentation.headline.map_no_report", lang, n=n_missing, total=21) in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_supply_slide_counts_single_country_substances(app_db, lang) -> None:
    e = app_db.expected
    text = headline(open_page(PAGE, lang, slide="4"))
    assert text == translate(
        "presentation.headline.supply",
        lang,
        n_single=fmt.integer(e.n_single_country, lang),
        n_known=fmt.integer(e.n_with_api_sites, lang),
    )


def test_the_grants_slide_sums_every_grant(app_db) -> None:
    e = app_db.expected
    text = headline(open_page(PAGE, "sv", slide="5"))
    assert fmt.mnkr(e.allocated_sek, lang="sv") in text
    assert fmt.mnkr(e.used_sek, lang="sv") in text
    assert fmt.percent(e.used_sek / e.allocated_sek, lang="sv") in text
    assert fmt.mnkr(e.repaid_sek, lang="sv") in text


def test_the_gaps_slide_counts_regions_below_the_target_per_item(app_db) -> None:
    at = open_page(PAGE, "sv", slide="3")
    (bars,) = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    shown = bars["data"][0]
    assert len(shown["y"]) >= 1
    assert all(0 <= x <= 100 for x in shown["x"])
    assert headline(at)


def test_next_and_previous_step_through_every_slide(app_db) -> None:
    at = open_page(PAGE, "en")
    seen = [headline(at)]
    for _ in range(len(presentation.SLIDES) - 1):
        at.button(key="slide_next").click().run()
        seen.append(at.header[0].value)
    titles = [translate(f"presentation.slide.{k}", "en") for k in presentation.SLIDES]
    assert seen[1:] == titles[1:]
    assert at.button(key="slide_next").disabled
    at.button(key="slide_prev").click().run()
    assert at.header[0].value == titles[-2]


def test_the_print_version_shows_every_slide(app_db) -> None:
    at = open_page(PAGE, "sv", print="1")
    titles = [h.value for h in at.header]
    assert titles == [translate(f"presentation.slide.{k}", "sv") for k in presentation.SLIDES]


def test_present_mode_offers_an_exit_on_every_page(app_db) -> None:
    at = open_page("pages/coverage.py", "sv", present="1")
    assert at.button(key="present_exit")
    at.button(key="present_exit").click().run()
    assert "present" not in at.query_params


# ------------------------------------------------------------------ the pure sentences


def test_gaps_by_item_counts_reported_items_below_target_only() -> None:
    items = pd.DataFrame(
        {
            "region_code": ["01", "02", "03", "01", "02", "03"],
            "substance_id": ["A", "A", "A", "B", "B", "B"],
            "substance_name": ["Alfa"] * 3 + ["Beta"] * 3,
            "has_report": [True, True, False, True, True, True],
            "is_meeting": [False, False, False, True, False, True],
        }
    )
    gaps = presentation.gaps_by_item(items)
    assert gaps[["substance_id", "n_below", "n_regions"]].values.tolist() == [
        ["A", 2, 3],  # the region without a report is not "below"
        ["B", 1, 3],
    ]
    assert presentation.gaps_sentence(gaps, "en") == translate(
        "presentation.headline.gaps", "en", n="1", item="Alfa", k="2", total="3"
    )
