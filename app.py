"""Beredskapsläget: the router. Language from the URL, the role's page list, the shared sidebar.

Pages live in pages/ and are registered in dash_beredskap.ui.nav; this file holds no figures.
Run: `streamlit run app.py` (the database: $BEREDSKAP_DB or data/beredskap.duckdb).
"""

from pathlib import Path

import streamlit as st

from dash_beredskap.ui import access, nav, presentation, shell, state
from dash_beredskap.ui.i18n import t

# 1. language (?lang=sv|en, bound to the switch so it survives page changes)
state.language_switch(st.sidebar, t("sidebar.language"))

# 2. the session's role (local mode: a setting; production: login) and the pages it may open:
# a page left out cannot be opened by URL either
who = access.session()
pages = access.allowed_pages(nav.navigation_pages(), who.role)
page = st.navigation(pages, position="sidebar", expanded=True)  # no "View more"
st.set_page_config(
    page_title=f"{page.title} · {t('app.name')}",
    page_icon=str(Path(__file__).parent / "static" / "favicon.png"),  # local: no icon CDN
    layout="wide",
)

# 3. the database, presentation mode (?present=1, a switch on every page), then the page
problem = shell.check_database()
if problem is not None:
    shell.database_error(problem)
    st.stop()
shell.apply_style()
presentation.present_switch(st.sidebar)
access.sidebar_badge(who)
shell.sidebar_footer()
page.run()
