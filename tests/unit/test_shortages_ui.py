"""The shortage page's pure parts (ui/coverage/shortages.py), outside Streamlit: Swedish texts."""

from __future__ import annotations

import pandas as pd

from dash_beredskap.ui.coverage import shortages as sh
from dash_beredskap.ui.i18n import translate

NOTICES = pd.DataFrame(
    {
        "notice_id": ["n1", "n2"],
        "substance_id": ["A", "M"],
        "substance_name": ["Propofol", "Morfin"],
        "product_name": ["Propofol 10 mg/ml", "Morfin 10 mg/ml"],
        "kind": ["restnotering", "forsaljningsuppehall"],
    }
)
ALTERNATIVES = pd.DataFrame(
    {
        "substance_id": ["A", "A"],
        "alternative_name": ["Ketamin", "Tiopental"],
        "national_days_of_cover": [41.6, None],
        "is_zero_consumption": [False, False],
        "n_regions_below": [7, 0],
        "n_regions_reporting": [20, 0],
        "is_in_shortage": [False, True],
    }
)


def test_kind_and_change_labels() -> None:
    labelled = sh.with_kind_labels(NOTICES)
    assert list(labelled["kind_label"]) == ["Restnotering", "Försäljningsuppehåll"]
    feed = sh.with_feed_labels(pd.DataFrame({"change_kind": ["new", "resolved", "other"]}))
    assert list(feed["change_label"]) == ["Ny", "Löst", "other"]  # unknown codes as they are


def test_notice_table_writes_each_alternative_with_its_cover() -> None:
    table = sh.notice_table(NOTICES, ALTERNATIVES)
    ketamin = translate(
        "shortages.alt.text",
        "sv",
        name="Ketamin",
        days="42 dagar",
        n_below="7",
        n_reporting="20",
        extra="",
    )
    tiopental = translate(
        "shortages.alt.text",
        "sv",
        name="Tiopental",
        days=translate("coverage.no_report", "sv"),
        n_below="0",
        n_reporting="0",
        extra=translate("shortages.alt.in_shortage", "sv"),
    )
    assert table.loc[0, "alternatives_text"] == f"{ketamin}; {tiopental}"
    assert table.loc[1, "alternatives_text"] == translate("shortages.alt.none", "sv")
    assert list(table["kind_label"]) == ["Restnotering", "Försäljningsuppehåll"]


def test_notice_labels_in_the_frames_order() -> None:
    assert sh.notice_labels(NOTICES) == {
        "n1": "Propofol · Propofol 10 mg/ml (n1)",
        "n2": "Morfin · Morfin 10 mg/ml (n2)",
    }


def test_a_card_names_eight_regions_and_counts_the_rest() -> None:
    names = [f"R{i}" for i in range(11)]
    shown = ", ".join(names[: sh.CARD_REGIONS])
    assert sh._first_names(names) == translate("shortages.card.more", "sv", names=shown, n="3")
    assert sh._first_names(names[:2]) == "R0, R1"
    assert sh._first_names(None) == sh._first_names([]) != ""
