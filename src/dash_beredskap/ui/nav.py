"""The page registry: one table of pages, read by app.py (st.navigation) and by page links.

Paths are relative to app.py. url_path is the file's stem, fixed (not translated), so a link
means the same page in both languages. Every file in pages/ must be listed here (a test checks
it), and only pages listed here can be opened, also by URL.

Every page script starts with `require_router()`. Streamlit 1.67 treats a folder called `pages`
beside the entry script as its legacy (v1) multipage layout until app.py has called
st.navigation once in the server process: until then a deep link such as /about would run
pages/about.py alone, skipping app.py (no language switch, no database check, no page list).
See `PagesManager.uses_pages_directory` and `_mpa_v1` in streamlit.runtime.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dash_beredskap.ui.i18n import t


@dataclass(frozen=True)
class PageSpec:
    key: str
    path: str  # relative to app.py
    title_key: str  # i18n key of the page title (navigation and heading)
    section_key: str  # i18n key of the navigation section
    default: bool = False

    @property
    def url_path(self) -> str:
        return Path(self.path).stem


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview",
        "pages/overview.py",
        "overview.title",
        "nav.section.situation",
        default=True,
    ),
    PageSpec(
        "presentation",
        "pages/presentation.py",
        "presentation.title",
        "nav.section.situation",
    ),
    PageSpec(
        "manufacturing",
        "pages/manufacturing.py",
        "manufacturing.title",
        "nav.section.supply",
    ),
    PageSpec(
        "public_supply",
        "pages/public_supply.py",
        "public_supply.title",
        "nav.section.supply",
    ),
    PageSpec(
        "substance",
        "pages/substance.py",
        "substance.title",
        "nav.section.supply",
    ),
    PageSpec(
        "companies",
        "pages/companies.py",
        "companies.title",
        "nav.section.supply",
    ),
    PageSpec(
        "coverage",
        "pages/coverage.py",
        "coverage.title",
        "nav.section.coverage",
    ),
    PageSpec("region", "pages/region.py", "region.title", "nav.section.coverage"),
    PageSpec("shortages", "pages/shortages.py", "shortages.title", "nav.section.coverage"),
    PageSpec("exposure", "pages/exposure.py", "exposure.title", "nav.section.coverage"),
    PageSpec(
        "grants",
        "pages/grants.py",
        "grants.title",
        "nav.section.grants",
    ),
    PageSpec(
        "grant_region",
        "pages/grant_region.py",
        "grant_region.title",
        "nav.section.grants",
    ),
    PageSpec(
        "grant_deadlines",
        "pages/grant_deadlines.py",
        "grant_deadlines.title",
        "nav.section.grants",
    ),
    PageSpec("scenarios", "pages/scenarios.py", "scenarios.title", "nav.section.what_if"),
    PageSpec(
        "about",
        "pages/about.py",
        "about.title",
        "nav.section.about",
    ),
    PageSpec("admin", "pages/admin.py", "admin.title", "nav.section.about"),  # admin only
)

_BY_KEY = {p.key: p for p in PAGES}


def spec(key: str) -> PageSpec:
    """The registered page called `key` (KeyError if there is none)."""
    return _BY_KEY[key]


def navigation_pages() -> dict[str, list]:
    """st.Page objects grouped by translated section title, in registry order."""
    sections: dict[str, list] = {}
    for p in PAGES:
        # No icon: the frontend turns a page's Material icon into the tab's favicon and fetches
        # it from fonts.gstatic.com, which an offline site cannot reach.
        page = st.Page(p.path, title=t(p.title_key), url_path=p.url_path, default=p.default)
        sections.setdefault(t(p.section_key), []).append(page)
    return sections


def link(key: str, label: str, params: dict[str, str] | None = None) -> None:
    """A link to the page `key`, carrying `params` in its URL (the language is kept anyway);
    none when the session's role may not open that page."""
    from dash_beredskap.ui import access  # it imports this module

    if not access.may_open(key):
        return
    p = spec(key)
    st.page_link(p.path, label=label, icon=":material/arrow_forward:", query_params=params or None)


def require_router() -> None:
    """Send a page that Streamlit ran without app.py back through the router.

    Only the first deep link after a server start can arrive here in legacy mode. Leaving that
    mode and rerunning makes the same request run app.py, like every other one.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
