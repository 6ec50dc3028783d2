"""Presentation mode: large type, no sidebar or controls, and the meeting's sequence of slides.

`?present=1` (the sidebar switch on every page) restyles any page for a projector: sidebar,
toolbar and widgets hidden, type large enough to read from the back of a room at 1280x720.
The Presentation page steps through SLIDES (`?slide=1..6`, next/previous buttons, arrow keys);
`?print=1` shows every slide, one a printed page, for those who were not in the room.

Each slide has one headline sentence computed from the data by a pure function below
(`*_sentence`: frames in, text out, no Streamlit), so the sentence and the figure never
disagree. `load_*` are the only places here that call the queries (through the cache).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, palette, state
from dash_beredskap.ui.cards import source_caption
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.coverage import region_map
from dash_beredskap.ui.coverage.headline import reports_text
from dash_beredskap.ui.grants import charts as grant_charts
from dash_beredskap.ui.i18n import translate
from dash_beredskap.ui.scenarios import charts as scenario_charts
from dash_beredskap.ui.scenarios import loaders

PRESENT_PARAM = "present"
SLIDE_PARAM = "slide"
PRINT_PARAM = "print"
SLIDES = ("situation", "map", "gaps", "supply", "grants", "scenario")
TOP_N = 10
SLIDE_FIGURES = {  # the ui.badges figure each slide shows (its demo badge)
    "situation": "coverage",
    "map": "coverage",
    "gaps": "coverage",
    "supply": "supply",
    "grants": "grants",
    "scenario": "scenarios",
}

# Sidebar, header, toolbar and every input widget hidden; the slide buttons and the exit button
# (keyed containers) stay. Sizes in rem scale with the root size, set for a 1280x720 projector.
PRESENT_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
.stSelectbox, .stMultiSelect, .stNumberInput, .stDateInput, .stTextInput, .stCheckbox,
.stButtonGroup, .stDownloadButton, .stExpander, .stPageLink { display: none !important; }
html { font-size: 20px; }
.stMainBlockContainer { max-width: 100% !important; padding: 1rem 2.5rem 2rem !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {
    font-size: 1rem !important; color: INK !important; }
[data-testid="stMarkdownContainer"] p { font-size: 1.15rem; line-height: 1.45; }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * {
    white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }
</style>
""".replace("INK", palette.INK)  # captions in full ink on a projector

# One slide a printed page; no navigation on paper.
PRINT_CSS = """
<style>
@media print {
  section[data-testid="stSidebar"], header[data-testid="stHeader"], .stButton,
  .stPageLink { display: none !important; }
  [class*="st-key-print_slide_"] { break-after: page; }
}
</style>
"""


@dataclass(frozen=True)
class Slide:
    key: str
    headline: str


def is_presenting() -> bool:
    """True when the URL asks for presentation mode (?present=1)."""
    return st.query_params.get(PRESENT_PARAM) == "1"


def present_switch(container: object) -> bool:
    """The sidebar switch (every page): on adds ?present=1 and restyles the page for a projector;
    in presentation mode the sidebar is hidden, so an exit button (Esc) takes its place."""
    on = state.toggle_param(
        translate("presentation.switch", state.language()),
        PRESENT_PARAM,
        container=container,
        help=translate("presentation.switch_help", state.language()),
    )
    if on:
        st.html(PRESENT_CSS)
        st.button(
            translate("presentation.exit", state.language()),
            key="present_exit",
            shortcut="Esc",
            icon=":material/close:",
            on_click=state.write_param,
            args=(PRESENT_PARAM, None),
        )
    return on


def slide_number() -> int:
    """The slide in the URL (1-based), else 1."""
    options = [str(n) for n in range(1, len(SLIDES) + 1)]
    return int(state.read_param(SLIDE_PARAM, options, "1"))


def slide_nav(number: int) -> None:
    """Previous / counter / next, with the arrow keys as shortcuts."""
    lang = state.language()
    back, counter, forward = st.columns([1, 2, 1], vertical_alignment="center")
    back.button(
        translate("presentation.previous", lang),
        key="slide_prev",
        shortcut="Left",
        disabled=number <= 1,
        icon=":material/arrow_back:",
        width="stretch",
        on_click=_go,
        args=(number - 1,),
    )
    counter.markdown(
        translate("presentation.counter", lang, n=number, total=len(SLIDES)),
        text_alignment="center",
    )
    forward.button(
        translate("presentation.next", lang),
        key="slide_next",
        shortcut="Right",
        disabled=number >= len(SLIDES),
        icon=":material/arrow_forward:",
        width="stretch",
        on_click=_go,
        args=(number + 1,),
    )


def _go(number: int) -> None:
    """Button callback: the slide goes into the URL before the page runs again."""
    state.write_param(SLIDE_PARAM, None if number == 1 else str(number))


# ------------------------------------------------------------------ headline sentences (pure)


def situation_sentence(headline: pd.Series | None, target_days: int, lang: str) -> str:
    """The national share of the latest month, its change on a year before if known, and what it
    rests on (regions with a report, the oldest report used)."""
    if headline is None:
        return translate("overview.no_snapshot", lang)
    values = {
        "share": fmt.percent(headline["share_meeting_target"], lang=lang),
        "target": fmt.integer(target_days, lang),
        "month": fmt.month(headline["month"], lang),
    }
    basis = reports_text(headline, lang)
    if fmt.is_missing(headline.get("change_share")):
        return translate("presentation.headline.situation", lang, **values) + " " + basis
    change = fmt.percent_points(headline["change_share"], lang=lang)
    sentence = translate("presentation.headline.situation_change", lang, change=change, **values)
    return sentence + " " + basis


def map_sentence(regions: pd.DataFrame, lang: str) -> str:
    """The best and the worst region of a region_cover_on frame, and how many did not report."""
    reported = regions.dropna(subset=["share_meeting_target"]).sort_values(
        "share_meeting_target", ascending=False
    )
    total = len(regions)
    n_missing = total - len(reported)
    no_report = (
        translate("presentation.headline.map_no_report", lang, n=n_missing, total=total)
        if n_missing
        else translate("presentation.headline.map_all_reported", lang, total=total)
    )
    if reported.empty:
        return no_report
    best, worst = reported["share_meeting_target"].iloc[[0, -1]]
    return translate(
        "presentation.headline.map",
        lang,
        best=_names_at(reported, best, lang),
        best_share=fmt.percent(best, lang=lang),
        worst=_names_at(reported, worst, lang),
        worst_share=fmt.percent(worst, lang=lang),
        no_report=no_report,
    )


def _names_at(regions: pd.DataFrame, share: float, lang: str, most: int = 2) -> str:
    """The regions at exactly `share` (ties named together), by name; 'A, B and 3 more'."""
    found = regions.loc[regions["share_meeting_target"] == share, "region_name"]
    names = [fmt.plain(n) for n in sorted(found)]
    if len(names) <= most:
        return ", ".join(names)
    shown = ", ".join(names[:most])
    return translate("presentation.and_more", lang, names=shown, n=len(names) - most)


def gaps_by_item(items: pd.DataFrame) -> pd.DataFrame:
    """Per priority item: n_below = regions that reported it below the target (no report is not
    counted as below), n_regions; most regions below first. `items`: a priority_items_cover
    frame with has_report and is_meeting (both from the SQL rule)."""
    frame = items.assign(
        is_below=items["has_report"].astype(bool) & ~items["is_meeting"].astype(bool)
    )
    out = (
        frame.groupby(["substance_id", "substance_name"], as_index=False)
        .agg(n_below=("is_below", "sum"), n_regions=("region_code", "nunique"))
        .sort_values(["n_below", "substance_name"], ascending=[False, True])
    )
    return out.reset_index(drop=True)


def gaps_sentence(gaps: pd.DataFrame, lang: str) -> str:
    """How many items are below the target in at least half of the regions, and the worst."""
    if gaps.empty:
        return translate("presentation.headline.gaps_none", lang)
    half = math.ceil(gaps["n_regions"].max() / 2)
    wide = gaps[gaps["n_below"] >= half]
    if wide.empty:
        return translate("presentation.headline.gaps_none", lang)
    worst = wide.iloc[0]
    return translate(
        "presentation.headline.gaps",
        lang,
        n=fmt.integer(len(wide), lang),
        item=fmt.plain(worst["substance_name"]),
        k=fmt.integer(worst["n_below"], lang),
        total=fmt.integer(worst["n_regions"], lang),
    )


def supply_sentence(summary: pd.Series, lang: str) -> str:
    """Priority substances whose active-substance sites are all in one country."""
    return translate(
        "presentation.headline.supply",
        lang,
        n_single=fmt.integer(summary["n_single_country"], lang),
        n_known=fmt.integer(summary["n_with_api_sites"], lang),
    )


def grants_sentence(totals: pd.Series, lang: str) -> str:
    """Allocated, used (share) and repaid over every grant since 2018."""
    return translate(
        "presentation.headline.grants",
        lang,
        allocated=fmt.mnkr(totals["allocated_sek"], lang=lang),
        used=fmt.mnkr(totals["used_sek"], lang=lang),
        share=fmt.percent(totals["used_share"], lang=lang),
        repaid=fmt.mnkr(totals["repaid_sek"], lang=lang),
    )


# ------------------------------------------------------------------ data per slide


def load_situation() -> tuple[pd.Series | None, pd.DataFrame]:
    """The national headline (year on year) and every region, latest month, default target."""
    headline = metrics.year_on_year(data.run(queries.coverage.national_cover_trend))
    return headline, data.run(queries.coverage.region_cover_on)


def load_gaps(lang: str) -> pd.DataFrame:
    """gaps_by_item over the latest month at the default target."""
    items = data.run(queries.coverage.priority_items_cover, None, metrics.DEFAULT_TARGETS, lang)
    return gaps_by_item(items)


def load_supply(lang: str) -> tuple[pd.Series, pd.DataFrame]:
    """The single-country summary and the most vulnerable priority substances."""
    summary = data.run(queries.supply.single_country_api_summary).iloc[0]
    table = data.run(queries.supply.vulnerability_table, queries.supply.ALL_SITES, lang)
    return summary, table[table["is_priority"]].nlargest(TOP_N, "vulnerability_score")


def load_grants(lang: str) -> tuple[pd.Series, pd.DataFrame]:
    """Every grant summed, and the money per year and agreement."""
    return (
        data.run(queries.grants.grant_totals).iloc[0],
        data.run(queries.grants.grant_timeline, lang),
    )


# ------------------------------------------------------------------ drawing one slide


def show_slide(key: str, lang: str, chart_key: str) -> None:
    """The slide `key`: its title, its headline sentence, one figure, source and demo badge."""

    st.header(translate(f"presentation.slide.{key}", lang))
    if key in ("situation", "map"):
        headline, regions = load_situation()
        if key == "situation":
            _headline(situation_sentence(headline, metrics.DEFAULT_TARGET_DAYS, lang))
            charts.show(cover_charts.region_coverage(regions, lang), key=chart_key)
        else:
            _headline(map_sentence(regions, lang))
            target = cc.describe_targets(metrics.DEFAULT_TARGETS)
            region_map.show_static(region_map.sweden_share_map(regions, target, lang), chart_key)
        _source("v_national_coverage_summary, v_region_coverage_summary", lang)
    elif key == "gaps":
        gaps = load_gaps(lang)
        _headline(gaps_sentence(gaps, lang))
        charts.show(_gap_bars(gaps.head(TOP_N), lang), key=chart_key)
        _source("v_priority_cover_monthly", lang)
    elif key == "supply":
        summary, top = load_supply(lang)
        _headline(supply_sentence(summary, lang))
        charts.show(_score_bars(top, lang), key=chart_key)
        _source("v_supply_concentration, v_substance_supply", lang)
    elif key == "grants":
        totals, timeline = load_grants(lang)
        _headline(grants_sentence(totals, lang))
        charts.show(grant_charts.grant_timeline(timeline, lang), key=chart_key)
        _source("v_grant_ledger", lang)
    else:
        _show_scenario(chart_key, lang)
    badges.demo_badge(SLIDE_FIGURES[key])


def _headline(sentence: str) -> None:
    st.markdown(f"### {sentence}")


def _source(views: str, lang: str) -> None:
    source_caption(views, lang=lang)


def _gap_bars(gaps: pd.DataFrame, lang: str) -> go.Figure:
    shares = (gaps["n_below"] / gaps["n_regions"]).tolist()
    texts = [
        f"{fmt.integer(k, lang)} / {fmt.integer(n, lang)}"
        for k, n in zip(gaps["n_below"], gaps["n_regions"], strict=True)
    ]
    labels = gaps["substance_name"].tolist()
    return charts.share_bars(labels, shares, texts, texts, lang=lang)


def _score_bars(top: pd.DataFrame, lang: str) -> go.Figure:
    scores = top["vulnerability_score"].tolist()
    texts = [fmt.integer(round(s), lang) for s in scores]
    return charts.share_bars(
        top["substance_name"].tolist(), [s / 100 for s in scores], texts, texts, lang=lang
    )


def _show_scenario(chart_key: str, lang: str) -> None:
    options = loaders.load_options()
    if not options.scenarios or options.stock_date is None:
        _headline(translate("presentation.headline.scenario_none", lang))
        return
    scenario = next(iter(options.scenarios.values()))
    scenario_charts.headline(loaders.result_of(scenario), scenario, key=chart_key)
