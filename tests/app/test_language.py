"""One language at a time: every page in Swedish holds none of the English words seen on it
before (Streamlit's and plotly's own, title-cased substance names, untranslated sentences), and
every page in English none of a list of Swedish-only words."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap.ui import nav
from tests.app.test_pages import open_app

ENGLISH_SEEN_IN_SWEDISH = (
    "Choose options", "Choose an option", "Select all", "Factor Viii", "Antithrombin Iii",
    "Bcg Vaccine", "one row per", "One row per", "Download", "sales suspension",
    "manufacturing site", " items", " countries", "Source:", "Demo data", "1 länder",
    "1 poster", "1 aktiva",
)  # fmt: skip
SWEDISH_SEEN_IN_ENGLISH = (
    "Välj", "Ladda ned", "Källa:", "Demodata", " poster", " länder", "tillverkningsställ",
    "försäljningsuppehåll", "En rad per", "Syntetisk", "Verklig", "Beräknad", "mnkr",
    "1 sales suspensions", "1 countries", "1 items",
)  # fmt: skip


def page_text(at: AppTest) -> str:
    """What a reader sees: headings, text, captions, figures, widget labels and placeholders,
    table headers and chart figures (labels, ticks, hover texts; not the config)."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value} {m.delta or ''}" for m in at.metric]
    for kind in ("selectbox", "multiselect", "radio", "toggle", "number_input", "date_input"):
        for widget in getattr(at, kind):
            parts.append(widget.label)
            parts.append(getattr(widget.proto, "placeholder", ""))
            parts += [str(o) for o in getattr(widget, "options", [])]
    parts += [str(b.label) for b in at.button]
    parts += [" ".join(map(str, df.value.columns)) for df in at.dataframe]
    parts += [
        json.dumps(json.loads(c.proto.spec), ensure_ascii=False) for c in at.get("plotly_chart")
    ]
    return "\n".join(parts)


PAGES = [p.path for p in nav.PAGES]


@pytest.mark.parametrize("page", PAGES)
def test_swedish_page_has_no_english_words(app_db, page: str, monkeypatch) -> None:
    monkeypatch.setenv("BEREDSKAP_ROLE", "admin")  # the role that opens every page
    text = page_text(open_app("sv", page))
    assert text.strip()
    assert [w for w in ENGLISH_SEEN_IN_SWEDISH if w in text] == []


@pytest.mark.parametrize("page", PAGES)
def test_english_page_has_no_swedish_only_words(app_db, page: str, monkeypatch) -> None:
    monkeypatch.setenv("BEREDSKAP_ROLE", "admin")  # the role that opens every page
    text = page_text(open_app("en", page))
    assert [w for w in SWEDISH_SEEN_IN_ENGLISH if w in text] == []
