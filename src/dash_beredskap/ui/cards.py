"""Headline figure cards: a number, one sentence, where it comes from, and where to read more."""

from __future__ import annotations

import re
from dataclasses import dataclass

import streamlit as st

from dash_beredskap.ui import badges, fmt, nav, state
from dash_beredskap.ui.i18n import translate

_NAME = re.compile(r"[a-z][a-z0-9_/]*")


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    delta: str | None = None
    delta_sign: int = 0  # +1 better, -1 worse, 0 no change / not applicable
    help: str | None = None


def share_change(value: str, label: str, change: float | None, help: str | None = None) -> Figure:
    """A share with its change in percentage points (rounded to 0.1: no change shows grey)."""
    if fmt.is_missing(change):
        return Figure(label, value, help=help)
    points = round(change * 100, 1)
    sign = 0 if points == 0 else (1 if points > 0 else -1)
    return Figure(label, value, delta=fmt.percent_points(change), delta_sign=sign, help=help)


def figure_card(
    figures: list[Figure],
    sentence: str,
    source: str,
    figure_kind: str,
    page_key: str,
    link_label: str,
    link_params: dict[str, str] | None = None,
) -> None:
    """One bordered card: the metric(s), a sentence, the source caption, badge and a link."""
    with st.container(border=True, height="stretch"):
        # Metrics as wide as their figures, side by side when they fit, else one under the other
        with st.container(horizontal=True, gap="medium"):
            for f in figures:
                arrow = {1: "up", -1: "down"}.get(f.delta_sign, "off")
                st.metric(
                    f.label,
                    f.value,
                    delta=f.delta,
                    delta_color="normal" if f.delta_sign else "off",
                    delta_arrow=arrow,
                    help=f.help,
                    width="content",
                )
        st.markdown(sentence)
        source_caption(source)
        badges.demo_badge(figure_kind)
        nav.link(page_key, link_label, link_params)


def source_caption(sources: str, note: str | None = None, lang: str | None = None) -> None:
    """'Källa: ' and the source, then an optional method sentence: the one caption every figure
    names its source with. Database names in `sources` ("v_x, grant_instruments") are set in
    code font (kept whole, read as names, not prose); words are shown as written."""
    names = [
        f"`{part}`" if _NAME.fullmatch(part) else part
        for part in (p.strip() for p in sources.split(","))
    ]
    text = translate("common.source", lang or state.language(), source=", ".join(names))
    st.caption(f"{text}. {note}" if note else text)
