"""Presentation: the meeting's slides, one at a time (arrow keys) or all for print."""

import streamlit as st

from dash_beredskap.ui import nav, presentation, state
from dash_beredskap.ui.i18n import t

nav.require_router()  # first: a page never runs without app.py


# 1. state
lang = state.language()
printing = st.query_params.get(presentation.PRINT_PARAM) == "1"
number = presentation.slide_number()

# 2 + 3. data and render, slide by slide (each slide fetches what it shows, cached)
if not presentation.is_presenting():  # on the projector the slide's own title is enough
    st.title(t("presentation.title"))
if printing:
    st.html(presentation.PRINT_CSS)
    st.caption(t("presentation.print_intro"))
    nav.link("presentation", t("presentation.back_to_slides"), state.current_params())
    for n, key in enumerate(presentation.SLIDES, start=1):
        with st.container(key=f"print_slide_{n}"):
            presentation.show_slide(key, lang, chart_key=f"print_chart_{n}")
else:
    presentation.slide_nav(number)
    with st.container(key="slide"):
        presentation.show_slide(presentation.SLIDES[number - 1], lang, chart_key="slide_chart")
    st.caption(t("presentation.keys"))
    nav.link(
        "presentation",
        t("presentation.print_link"),
        {**state.current_params(), presentation.PRINT_PARAM: "1"},
    )
