"""The scenario page's figures: headline, Sweden map, stock-out timeline, ranked tables and the
comparison. Presentation only: every number comes from the engine (scenarios.py); this module
picks colours, writes labels and hover texts, and joins names to codes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dash_beredskap import borders
from dash_beredskap import scenarios as sc
from dash_beredskap.ui import charts, fmt, maps, palette, state
from dash_beredskap.ui.i18n import t, translate
from dash_beredskap.ui.scenarios.controls import Options

SWEDEN_CENTER = {"lat": 62.6, "lon": 17.4}
SWEDEN_ZOOM = 3.6
MAP_HEIGHT = 640
# early shortage dark red -> late light yellow; told apart by lightness too (colour-blind safe)
EARLY, HALF_TARGET, AT_TARGET, LATE = (
    palette.EARLY,
    palette.HALF_TARGET,
    palette.AT_TARGET,
    palette.LATE,
)


def early_to_late(duration_days: int, within_days: int) -> list[list[float | str]]:
    """The map's colour scale over 0..duration: most of the change falls in the first month
    (the target), so regions that run out in week one and week three look different."""
    w = min(within_days / max(duration_days, 1), 1.0)
    if w >= 1.0:
        return [[0.0, EARLY], [0.5, HALF_TARGET], [1.0, AT_TARGET]]
    return [[0.0, EARLY], [w / 2, HALF_TARGET], [w, AT_TARGET], [1.0, LATE]]


# white, dark edge: not grey ("fine")
NO_REPORT_FILL, NO_REPORT_LINE = palette.BACKGROUND, palette.NO_REPORT_LINE
DOT = palette.DOT
A_COLOUR, B_COLOUR = palette.SCENARIO_A, palette.SCENARIO_B


def headline_sentence(result: sc.ScenarioResult) -> str:
    """'Minskad tillgång: 14 prioriterade substanser förlorar alla källor; 21 regioner får slut
    ... 30 dagar; 1 region har ingen lagerrapport.' The first words say what the scenario does
    (supply cut, demand rise or both); regions with no report are counted apart."""
    h = result.headline
    sentence = t(
        "scenarios.headline.sentence",
        pressure=t(f"scenarios.pressure.{result.pressure}"),
        no_source=t("scenarios.headline.no_source", n=fmt.integer(h["n_priority_no_source"])),
        regions=t(
            "scenarios.headline.regions",
            n=fmt.integer(h["n_regions_running_out_within"]),
            days=fmt.integer(h["within_days"]),
        ),
    )
    if h.get("n_regions_no_report", 0):
        sentence += " " + t("scenarios.headline.no_report", n=fmt.integer(h["n_regions_no_report"]))
    return sentence


def headline(result: sc.ScenarioResult, scenario: sc.Scenario, key: str) -> None:
    """The sentence, what it rests on, and the four figures, readable from the back row."""
    h = result.headline
    days = fmt.integer(h["within_days"])
    with st.container(key=key):
        st.markdown(f"### {headline_sentence(result)}")
        st.markdown(
            t(
                "scenarios.headline.detail",
                name=fmt.plain(scenario.name),
                start=fmt.day(result.start),
                end=fmt.day(result.end),
                days=fmt.integer(result.duration_days),
                reduced=fmt.integer(h["n_priority_reduced"]),
                running_out=fmt.integer(h["n_priority_running_out"]),
                n_priority=fmt.integer(h["n_priority"]),
                regions_any=fmt.integer(h["n_regions_running_out"]),
                n_regions=fmt.integer(h["n_regions"]),
            )
        )
        st.markdown(t(f"scenarios.pressure.{result.pressure}_detail"))
        if h.get("n_regions_no_report", 0) or h.get("n_regions_partly_reported", 0):
            st.markdown(
                t(
                    "scenarios.headline.reports",
                    no_report=fmt.integer(h.get("n_regions_no_report", 0)),
                    partly=fmt.integer(h.get("n_regions_partly_reported", 0)),
                )
            )
        figures = (
            ("no_source", h["n_priority_no_source"], {}),
            ("reduced", h["n_priority_reduced"], {}),
            ("running_out", h["n_priority_running_out"], {}),
            ("regions_within", h["n_regions_running_out_within"], {"days": days}),
        )
        for col, (name, value, fields) in zip(st.columns(4), figures, strict=True):
            col.metric(
                t(f"scenarios.metric.{name}", **fields),
                fmt.integer(value),
                help=t(f"scenarios.metric.{name}_help", **fields),
                border=True,
            )


def compare_side(result: sc.ScenarioResult, scenario: sc.Scenario, letter: str, key: str) -> None:
    """One side of the comparison: the scenario's name, its sentence and four figures."""
    h = result.headline
    days = fmt.integer(h["within_days"])
    with st.container(key=key, border=True):
        st.markdown(f"#### {letter} · {fmt.plain(scenario.name)}")
        st.markdown(headline_sentence(result))
        figures = (
            ("no_source", h["n_priority_no_source"], {}),
            ("reduced", h["n_priority_reduced"], {}),
            ("running_out", h["n_priority_running_out"], {}),
            ("regions_within", h["n_regions_running_out_within"], {"days": days}),
        )
        cols = st.columns(2)
        for i, (name, value, fields) in enumerate(figures):
            cols[i % 2].metric(t(f"scenarios.metric.{name}", **fields), fmt.integer(value))


# ------------------------------------------------------------------ the map


def _region_names(opts: Options, short: bool = False) -> dict[str, str]:
    column = "region_short_name" if short else "region_name"
    return dict(zip(opts.regions["region_code"], opts.regions[column], strict=True))


def region_map(result: sc.ScenarioResult, opts: Options, lang: str | None = None) -> go.Figure:
    """Sweden's regions coloured by the first day a priority substance runs out (grey: none
    before the scenario ends; white with a dark edge: no report, so not judged).

    Long on purpose: one Plotly figure whose layers share the regions' order.
    """
    lang = lang or state.language()
    names = _region_names(opts)
    frame = result.regions.copy()
    days = fmt.integer(result.headline["within_days"], lang)
    hovers = []
    for r in frame.itertuples():
        region = html.escape(names.get(r.region_code, r.region_code))
        if r.region_state == sc.REGION_NO_REPORT:
            hovers.append(t("scenarios.map.hover_no_report", region=region))
        elif fmt.is_missing(r.first_stockout_day):
            hovers.append(t("scenarios.map.hover_none", region=region))
        else:
            hovers.append(
                t(
                    "scenarios.map.hover",
                    region=region,
                    date=fmt.day(r.first_stockout_date, lang),
                    day=fmt.number(r.first_stockout_day, 0, lang),
                    n=fmt.integer(r.n_running_out, lang),
                    n_within=fmt.integer(r.n_running_out_within, lang),
                    days=days,
                )
            )
    frame["hover"] = hovers
    fig = maps.choropleth(
        borders.url("regions"),
        frame,
        location_col="region_code",
        value_col="first_stockout_day",
        hover_col="hover",
        value_label=t("scenarios.map.legend"),
        center=SWEDEN_CENTER,
        zoom=SWEDEN_ZOOM,
        height=MAP_HEIGHT,
        colorscale=early_to_late(result.duration_days, result.headline["within_days"]),
        range_color=(0.0, float(max(result.duration_days, 1))),
        lang=lang,
    )
    fig.data[-1].colorbar.update(len=0.9, thickness=20, tickfont={"size": charts.FONT_SIZE})
    fig.update_traces(marker_line_color=palette.BACKGROUND, marker_line_width=1.0)
    no_report = frame[frame["region_state"] == sc.REGION_NO_REPORT]
    if len(no_report):  # drawn over the grey "nothing runs out": not judged, not fine
        fig.add_trace(
            go.Choroplethmap(
                geojson=borders.url("regions"),
                locations=list(no_report["region_code"]),
                z=[0] * len(no_report),
                colorscale=[[0, NO_REPORT_FILL], [1, NO_REPORT_FILL]],
                showscale=False,
                marker_line_width=2.5,
                marker_line_color=NO_REPORT_LINE,
                customdata=list(no_report["hover"]),
                hovertemplate="%{customdata}<extra></extra>",
                name=t("scenarios.region_state.no_report"),
            )
        )
    fig.update_layout(dragmode=False)
    return fig


def show_map(fig: go.Figure, key: str) -> None:
    st.plotly_chart(
        fig,
        width="stretch",
        theme=None,
        config=charts.config(png_name=key, scrollZoom=False),
        key=key,
    )


# ------------------------------------------------------------------ the timeline


def _day_lines(fig: go.Figure, result: sc.ScenarioResult) -> None:
    """The timeline's dashed line at the target's day count (if within the scenario) and the
    solid one at the scenario's end, each labelled at the top."""
    within = result.date_of(result.headline["within_days"])
    lines = [
        (within, "dash", t("scenarios.timeline.within", days=result.headline["within_days"])),
        (result.date_of(result.duration_days), "solid", t("scenarios.timeline.end")),
    ]
    for x, dash, label in lines:
        if x is None or (dash == "dash" and result.headline["within_days"] > result.duration_days):
            continue
        fig.add_shape(
            type="line",
            x0=x,
            x1=x,
            y0=0,
            y1=1,
            yref="paper",
            line={"color": charts.INK, "width": 2, "dash": dash},
        )
        fig.add_annotation(
            x=x,
            y=1.0,
            yref="paper",
            text=label,
            showarrow=False,
            yanchor="bottom",
            xanchor="center" if dash == "dash" else "right",
            font={"size": charts.FONT_SIZE - 2},
        )


def timeline(
    result: sc.ScenarioResult, opts: Options, names: dict[str, str], lang: str | None = None
) -> go.Figure | None:
    """One row per region (first shortage at the top), a dot per priority substance on the
    day it runs out; a dashed line at the target's day count and a solid one at the end."""
    lang = lang or state.language()
    outs = sc.stockouts(result)
    if outs.empty:
        return None
    regions = _region_names(opts, short=True)
    order = result.regions.dropna(subset=["first_stockout_day"]).sort_values(
        ["first_stockout_day", "region_code"]
    )
    labels = [regions.get(c, c) for c in order["region_code"]]
    y = _once(outs["region_code"], lambda code: regions.get(code, code))
    # the hover text's parts per dot as columns of customdata, filled in by plotly's
    # hovertemplate: one text and one Babel format per distinct value, not per dot (tens of
    # thousands of dots at national scale)
    parts = np.column_stack(
        [
            _once(outs["substance_id"], lambda sid: html.escape(names.get(sid, sid))),
            _once(outs["region_code"], lambda code: html.escape(regions.get(code, code))),
            _once(outs["stockout_date"], lambda d: fmt.day(d, lang)),
            _once(outs["stockout_day"].round(), lambda d: fmt.number(d, 0, lang)),
        ]
    )
    hover = translate(
        "scenarios.timeline.hover",
        lang,
        substance="%{customdata[0]}",
        region="%{customdata[1]}",
        date="%{customdata[2]}",
        day="%{customdata[3]}",
    )
    fig = go.Figure(
        go.Scatter(
            x=outs["stockout_date"].to_numpy(),
            y=np.array(y, dtype=object),
            mode="markers",
            marker={"size": 10, "color": DOT, "opacity": 0.55, "line": {"width": 0}},
            customdata=parts,
            hovertemplate=hover + "<extra></extra>",
            showlegend=False,
        )
    )
    _day_lines(fig, result)
    fig.update_yaxes(
        categoryorder="array", categoryarray=labels, autorange="reversed", showgrid=True
    )
    fig.update_xaxes(
        title_text=t("scenarios.timeline.axis"),
        range=[result.date_of(-2), result.date_of(result.duration_days + 4)],
    )
    fig = charts.apply_layout(fig, height=max(360, 30 * len(labels) + 130), lang=lang)
    fig.update_layout(margin={"l": 10, "r": 30, "t": 40, "b": 10})
    return fig


# ------------------------------------------------------------------ the comparison


def compare_bars(
    frame: pd.DataFrame, opts: Options, name_a: str, name_b: str, lang: str | None = None
) -> go.Figure:
    """Per region, priority substances running out under A and under B, side by side."""
    lang = lang or state.language()
    regions = _region_names(opts, short=True)
    labels = [regions.get(c, c) for c in frame["region_code"]]
    fig = go.Figure()
    for name, column, colour in (
        (name_a, "n_running_out_a", A_COLOUR),
        (name_b, "n_running_out_b", B_COLOUR),
    ):
        fig.add_trace(
            go.Bar(
                y=labels,
                x=list(frame[column]),
                name=html.escape(name),  # plotly reads legend text as HTML
                orientation="h",
                marker_color=colour,
                customdata=[
                    f"{html.escape(label)}<br>{html.escape(name)}: {fmt.integer(v, lang)}"
                    for label, v in zip(labels, frame[column], strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.update_layout(barmode="group", bargroupgap=0.05)
    fig.update_yaxes(autorange="reversed", showgrid=False, type="category")
    fig.update_xaxes(rangemode="tozero")
    fig = charts.apply_layout(fig, height=40 * len(labels) + 160, lang=lang)
    fig.update_layout(legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0})
    return fig


# ------------------------------------------------------------------ table frames


def substance_names(result: sc.ScenarioResult) -> dict[str, str]:
    s = result.substances
    return dict(zip(s["substance_id"], s["substance_name"], strict=True))


def _once(values: pd.Series, label: Callable[[Any], str]) -> list[str]:
    """`label` of each value, computed once per distinct value: a text or a Babel format per
    row costs seconds over the tens of thousands of rows of a national scenario."""
    plain = values.to_numpy(dtype=object)  # iterating an Arrow-backed column is slow
    memo = {v: label(v) for v in pd.unique(plain)}
    return [memo[v] for v in plain]


def risk_frame(result: sc.ScenarioResult) -> pd.DataFrame:
    """The ranked substances at risk, with their status in words."""
    out = sc.substances_at_risk(result)
    return out.assign(
        status_label=_once(out["status"], lambda s: t(f"scenarios.status.{s}")),
        api_left_of=_left_of(out["n_api_sites_left"], out["n_api_sites"]),
        fpp_left_of=_left_of(out["n_fpp_sites_left"], out["n_fpp_sites"]),
    )


def _left_of(left: pd.Series, total: pd.Series) -> list[str]:
    """'3 av 8' per row; a dash where the stage has no known site."""
    lang = state.language()
    pairs = pd.Series(
        list(zip(left.fillna(0).astype(int), total.fillna(0).astype(int), strict=True))
    )

    def label(pair: tuple[int, int]) -> str:
        k, n = pair
        if not n:
            return fmt.MISSING
        return translate(
            "scenarios.left_of", lang, left=fmt.integer(k, lang), n=fmt.integer(n, lang)
        )

    return _once(pairs, label)


def regions_frame(result: sc.ScenarioResult, opts: Options) -> pd.DataFrame:
    """Per region, earliest shortage first, then regions with no report (their own state),
    then partly reported, then those that hold."""
    names = _region_names(opts)
    rank = {s: i for i, s in enumerate(sc.REGION_STATES)}
    out = result.regions.assign(
        region_name=_once(result.regions["region_code"], lambda c: names.get(c, c)),
        region_state_label=_once(
            result.regions["region_state"], lambda s: t(f"scenarios.region_state.{s}")
        ),
        _rank=result.regions["region_state"].map(rank),
    )
    out = out.sort_values(["_rank", "first_stockout_day", "region_code"], na_position="last")
    return out.drop(columns="_rank")


def region_items_frame(result: sc.ScenarioResult, opts: Options) -> pd.DataFrame:
    """Every region x priority substance: cover at the start, the day it runs out, what is left."""
    names = substance_names(result)
    regions = _region_names(opts)
    ri = result.regions_items[result.regions_items["is_priority"]]
    return ri.assign(
        region_name=ri["region_code"].map(regions).fillna(ri["region_code"]),
        substance_name=ri["substance_id"].map(names).fillna(ri["substance_id"]),
        status_label=_once(ri["status"], lambda s: t(f"scenarios.status.{s}")),
    )


def alternatives_frame(result: sc.ScenarioResult, opts: Options) -> pd.DataFrame:
    """Each alternative for a substance that runs out in a region, with names and the day."""
    names = substance_names(result)
    regions = _region_names(opts)
    alt = result.alternatives.merge(
        result.regions_items[["region_code", "substance_id", "stockout_date"]],
        on=["region_code", "substance_id"],
    )
    return alt.assign(
        region_name=_once(alt["region_code"], lambda c: regions.get(c, c)),
        substance_name=_once(alt["substance_id"], lambda s: names.get(s, s)),
        alternative_name=_once(alt["alternative_id"], lambda s: names.get(s, s)),
    )


def compare_frame(a: sc.ScenarioResult, b: sc.ScenarioResult) -> pd.DataFrame:
    out = sc.compare_headlines(a, b)
    return out.assign(measure=[t(f"scenarios.compare.key.{k}") for k in out["key"]])


def compare_region_frame(a: sc.ScenarioResult, b: sc.ScenarioResult, opts: Options) -> pd.DataFrame:
    names = _region_names(opts)
    out = sc.compare_regions(a, b)
    return out.assign(region_name=[names.get(c, c) for c in out["region_code"]])
