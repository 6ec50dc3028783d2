"""Restnoteringar through AppTest on the hand-made database of tests/unit/coverage_db.py: the
chosen notice, a target per product group and the feed, each against figures worked out there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dash_beredskap.ui import data, fmt
from dash_beredskap.ui.i18n import translate
from tests.app.conftest import open_page
from tests.unit import coverage_db as h


@pytest.fixture(scope="module")
def cover_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return h.build(tmp_path_factory.mktemp("shortages-app") / "cover.duckdb")


@pytest.fixture()
def cover_db(cover_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BEREDSKAP_DB", str(cover_path))
    data.close_all()
    yield cover_path
    data.close_all()


def heat(at) -> dict:
    fig = json.loads(at.get("plotly_chart")[0].proto.spec)
    return next(t for t in fig["data"] if t["type"] == "heatmap")


def below(sid: str, target: int) -> list[str]:
    c = h.cover()
    hit = [
        (c[(h.NOV, x, sid)].days, x)
        for x in h.CODES
        if c[(h.NOV, x, sid)].has_report
        and not c[(h.NOV, x, sid)].zero
        and c[(h.NOV, x, sid)].days < target
    ]
    return [h.NAMES[x].removeprefix("Region ") for _, x in sorted(hit)]


def test_the_chosen_notice_shows_its_item_and_alternative_per_region(cover_db) -> None:
    at = open_page("pages/shortages.py", "en", notice="n2")
    cells = heat(at)
    alt = translate("coverage.shortages.alt_prefix", "en")
    assert cells["y"] == ["Morphine", f"{alt}Oxycodone"]  # M, then its ATC level-4 alternative
    assert len(cells["x"]) == 22
    pooled = h.pooled_days(h.NOV, "M")
    assert cells["z"][0][0] == pytest.approx(min(pooled, 2 * 30))  # the national column first


def test_a_target_per_group_changes_the_cards(cover_db) -> None:
    at = open_page("pages/shortages.py", target_medicine="45")
    body = "\n".join(m.value for m in at.markdown)
    names = below("A", 45)
    shown = ", ".join(names[:8])
    if len(names) > 8:
        shown = translate("shortages.card.more", "sv", names=shown, n=str(len(names) - 8))
    card = translate(
        "shortages.card.cover",
        "sv",
        national=translate("coverage.days", "sv", days=fmt.integer(h.pooled_days(h.NOV, "A"))),
        n_below=fmt.integer(len(names)),
        n_reporting=fmt.integer(sum(h.cover()[(h.NOV, x, "A")].has_report for x in h.CODES)),
        target="45",
        regions=shown,
        n_no_report=fmt.integer(21 - sum(h.cover()[(h.NOV, x, "A")].has_report for x in h.CODES)),
    )
    assert card in body


def test_the_feed_with_only_the_priority_list(cover_db) -> None:
    at = open_page("pages/shortages.py", "en", since="2025-01-01", priority="1")
    shown = {m.label: m.value for m in at.metric}
    # n1, n2 new; n4 and n5 resolved; n3 is for an item off the list
    assert shown[translate("shortages.feed.new", "en")] == "2"
    assert shown[translate("shortages.feed.updated", "en")] == "0"
    assert shown[translate("shortages.feed.resolved", "en")] == "2"
    feed = at.dataframe[-1].value
    assert sorted(feed.iloc[:, 0]) == ["New", "New", "Resolved", "Resolved"]


def test_only_the_most_pressing_notices_are_cards(cover_db, monkeypatch) -> None:
    """A national feed has hundreds of active notices: cards for the first MAX_CARDS (the
    frame's order), the count in a caption, and every notice still in the table."""
    from dash_beredskap.ui.coverage import shortages as sh

    def card_heads(at) -> list[str]:
        return [m.value for m in at.markdown if m.value.startswith("**") and " · " in m.value]

    every = card_heads(open_page("pages/shortages.py"))
    n = len(every)
    assert n >= 2  # the hand-made database has several active notices
    monkeypatch.setattr(sh, "MAX_CARDS", 1)
    at = open_page("pages/shortages.py")
    assert card_heads(at) == every[:1]
    caption = translate("shortages.cards.first", "sv", shown="1", n=fmt.integer(n))
    assert caption in [c.value for c in at.caption]
    notices = at.dataframe[0].value  # the table of every active notice
    assert len(notices) == n
