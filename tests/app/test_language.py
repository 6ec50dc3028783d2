"""One language at a time: every page in Swedish holds none of the English words seen on it
before (Streamlit's and plotly's own, title-cased substance names, untranslated sentences), and
every page in English none of a list of Swedish-only words."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap import demo
from dash_beredskap.ui import nav
from dash_beredskap.ui.texts.about import source_and_licence
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


SWEDISH_IN_SOURCES = re.compile(r"\b(och|inte|syntetiska|verkliga|påhittade|avsnitt|källa)\b", re.I)


def test_english_om_data_has_the_demo_builds_sources_in_english() -> None:
    """Every data set the demo build writes has an English source and licence (data_sources
    stores Swedish); a loaded file keeps its own text."""
    rows = demo._data_sources(7, date(2026, 11, 1), defaultdict(lambda: 3))
    assert any(SWEDISH_IN_SOURCES.search(s) for s in rows["source"])  # the test can fail
    for r in rows.itertuples():
        provenance = "synthetic" if r.is_synthetic else "computed" if r.is_computed else "real"
        source, licence = source_and_licence(r.dataset, provenance, True, r.source, r.licence, "en")
        assert not SWEDISH_IN_SOURCES.search(f"{source} {licence}"), r.dataset
        assert source_and_licence(r.dataset, provenance, True, r.source, r.licence, "sv") == (
            r.source,
            r.licence,
        )
    loaded = ("stock", "real", False, "Region Skånes lagerfil", "egen")
    assert source_and_licence(*loaded, "en") == ("Region Skånes lagerfil", "egen")
