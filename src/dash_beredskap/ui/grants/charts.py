"""Charts of the grants pages: money per agreement, region and year; deadlines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from dash_beredskap.ui import fmt, palette, state
from dash_beredskap.ui.charts import (
    FONT_SIZE,
    INK,
    PRIMARY,
    SERIES_COLOURS,
    apply_layout,
)
from dash_beredskap.ui.i18n import t

MONEY_SERIES = (
    ("allocated_sek", "col.allocated_sek"),
    ("requisitioned_sek", "col.requisitioned_sek"),
    ("used_sek", "col.used_sek"),
    ("repaid_sek", "col.repaid_sek"),
)


# ---- grants (issue 7): the grant tracker's figures. Money is drawn in mnkr, labelled per
# language by fmt; instruments are coloured by family (the same name apart from its year:
# one hue, lighter for older years) so eleven instruments stay readable on a projector.
GRANT_MEASURES = ("allocated", "requisitioned", "used", "repaid")


STATUS_COLOURS = palette.STATUS
PART_COLOURS = palette.PARTS


_SHORT_NAMES = (
    # (phrase, short form), matched without regard to case; longest phrases first
    ("Tilläggsöverenskommelse om försörjningsberedskap för läkemedel", "Tillägg läkemedel"),
    ("Överenskommelse om försörjningsberedskap för läkemedel", "Läkemedel"),
    ("Överenskommelse om hälso- och sjukvårdens arbete med civilt försvar", "Civilt försvar"),
    (", SKR:s del", ", SKR"),
    ("Supplementary agreement on supply preparedness for medicines", "Suppl. medicines"),
    ("Agreement on supply preparedness for medicines", "Medicines"),
    ("Agreement on health care's work with civil defence", "Civil defence"),
    (", SKR's share", ", SKR"),
)


SHORT_NAME_MAX = 40


def short_instrument_name(name: str) -> str:
    """A legend-sized name: 'Överenskommelse om försörjningsberedskap för läkemedel 2024,
    SKR:s del' -> 'Läkemedel 2024, SKR'. Unknown names are kept, cut at SHORT_NAME_MAX."""
    short = name
    for phrase, replacement in _SHORT_NAMES:
        short = re.sub(re.escape(phrase), replacement, short, flags=re.IGNORECASE)
    short = re.sub(r"\s+", " ", short).strip()
    return short if len(short) <= SHORT_NAME_MAX else short[: SHORT_NAME_MAX - 1] + "…"


def _family(short_name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\b(19|20)\d{2}\b", "", short_name)).strip(" ,")


def instrument_colours(names: Sequence[str]) -> dict[str, str]:
    """A colour per instrument name (in the order given: oldest first): one colour-blind-safe
    hue per family, in lightness steps from pale (oldest) to full (newest)."""
    families: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        families.setdefault(_family(short_instrument_name(name)), []).append(name)
    colours = {}
    for i, members in enumerate(families.values()):
        hue = palette.FAMILY_HUES[i % len(palette.FAMILY_HUES)]
        colours.update(zip(members, palette.family_shades(hue, len(members)), strict=True))
    return colours


def _measure_label(measure: str) -> str:
    return t(f"col.{measure}_sek")


def grant_timeline(timeline: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """Money per year, one panel per measure (allocated, requisitioned, used, repaid), each
    stacked by instrument (a grant_timeline frame). Panels share both axes; stacking only
    within a measure, so no krona is counted twice."""
    from plotly.subplots import make_subplots

    lang = lang or state.language()
    years = [str(y) for y in sorted(timeline["year"].unique())]
    order = timeline.sort_values(["instrument_year", "instrument_id"])
    names = list(dict.fromkeys(order["instrument_name"]))
    colours = instrument_colours(names)
    fig = make_subplots(
        rows=2,
        cols=2,
        shared_xaxes=True,
        shared_yaxes=True,
        subplot_titles=[_measure_label(m) for m in GRANT_MEASURES],
        vertical_spacing=0.12,
        horizontal_spacing=0.04,
    )
    for i, measure in enumerate(GRANT_MEASURES):
        row, col = i // 2 + 1, i % 2 + 1
        column = f"{measure}_sek"
        for name in names:
            part = order[order["instrument_name"] == name]
            part = part[part[column] > 0]
            if part.empty:
                continue
            bar = _instrument_bar(part, name, measure, colours[name], lang)
            bar.showlegend = i == 0 or name not in _legend_names(fig)
            fig.add_trace(bar, row=row, col=col)
        fig.add_trace(_year_totals(timeline, column, lang), row=row, col=col)
    fig.update_layout(barmode="stack")
    fig.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=years,
        range=[-0.5, len(years) - 0.5],
        showgrid=False,
    )
    fig.update_yaxes(rangemode="tozero")
    fig.update_yaxes(title_text=t("unit.mnkr_axis"), col=1)
    top = timeline.groupby("year")[[f"{m}_sek" for m in GRANT_MEASURES]].sum().max().max()
    fig.update_yaxes(range=[0, (top or 1) / 1e6 * 1.15])
    fig.update_annotations(font={"size": FONT_SIZE, "color": INK})
    fig = apply_layout(fig, height=760, lang=lang)
    fig.update_layout(
        legend={"orientation": "h", "y": -0.08, "x": 0, "yanchor": "top"},
        margin={"l": 10, "r": 20, "t": 40, "b": 10},
    )
    return fig


def _instrument_bar(part: pd.DataFrame, name: str, measure: str, colour: str, lang: str) -> go.Bar:
    """One instrument's bars of `measure` per year (mnkr), hover in full kronor."""
    column = f"{measure}_sek"
    return go.Bar(
        x=[str(y) for y in part["year"]],
        y=[v / 1e6 for v in part[column]],
        name=short_instrument_name(name),
        legendgroup=name,
        marker_color=colour,
        customdata=[
            f"{name}<br>{_measure_label(measure)} {y}: {fmt.mnkr(v, lang=lang)}"
            for y, v in zip(part["year"], part[column], strict=True)
        ],
        hovertemplate="%{customdata}<extra></extra>",
    )


def _year_totals(timeline: pd.DataFrame, column: str, lang: str) -> go.Scatter:
    """The year's total of `column` (mnkr, no decimals) written above its stack."""
    totals = timeline.groupby("year")[column].sum()
    totals = totals[totals > 0]
    return go.Scatter(
        x=[str(y) for y in totals.index],
        y=[v / 1e6 for v in totals],
        mode="text",
        text=[fmt.number(v / 1e6, 0, lang) for v in totals],
        textposition="top center",
        textfont={"size": FONT_SIZE - 4, "color": INK},
        showlegend=False,
        hoverinfo="skip",
    )


def _legend_names(fig: go.Figure) -> set[str]:
    return {tr.legendgroup for tr in fig.data if tr.showlegend and tr.legendgroup}


def region_money_by_instrument(
    money: pd.DataFrame, measure: str, lang: str | None = None
) -> go.Figure:
    """One horizontal bar per region, stacked by instrument, of `measure` summed over all years
    (a grant_region_instrument_totals frame): the cumulative money to date. Largest on top."""
    lang = lang or state.language()
    column = f"{measure}_sek"
    order = money.sort_values(["instrument_year", "instrument_id"])
    names = list(dict.fromkeys(order["instrument_name"]))
    colours = instrument_colours(names)
    totals = money.groupby("region_short_name")[column].sum().sort_values(ascending=False)
    regions = list(totals.index)
    fig = go.Figure()
    for name in names:
        part = order[(order["instrument_name"] == name) & (order[column] > 0)]
        if part.empty:
            continue
        fig.add_trace(
            go.Bar(
                x=[v / 1e6 for v in part[column]],
                y=list(part["region_short_name"]),
                orientation="h",
                name=short_instrument_name(name),
                marker_color=colours[name],
                customdata=[
                    f"{r}<br>{name}<br>{_measure_label(measure)}: {fmt.mnkr(v, lang=lang)}"
                    for r, v in zip(part["region_name"], part[column], strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[v / 1e6 for v in totals],
            y=regions,
            mode="text",
            text=[" " + fmt.mnkr(v, lang=lang) for v in totals],
            textposition="middle right",
            textfont={"size": FONT_SIZE - 4, "color": INK},
            showlegend=False,
            hoverinfo="skip",
            cliponaxis=False,
        )
    )
    fig.update_layout(barmode="stack", showlegend=False)
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=regions,
        autorange="reversed",
        tickmode="array",
        tickvals=regions,
        showgrid=False,
    )
    top = totals.max() if len(totals) else 0
    fig.update_xaxes(range=[0, (top or 1) / 1e6 * 1.45], title_text=t("unit.mnkr_axis"))
    return apply_layout(fig, height=max(360, 30 * len(regions) + 110), lang=lang)


def region_money_per_inhabitant(
    totals: pd.DataFrame, measure: str, lang: str | None = None
) -> go.Figure:
    """Kronor per inhabitant of `measure` per region (a grant_region_totals frame), largest on
    top; a region without a population shows no bar."""
    lang = lang or state.language()
    column = f"{measure}_sek_per_inhabitant"
    data = totals.sort_values(column, ascending=False, na_position="last")
    values = [None if fmt.is_missing(v) else v for v in data[column]]
    fig = go.Figure(
        go.Bar(
            x=[v or 0 for v in values],
            y=list(data["region_short_name"]),
            orientation="h",
            marker_color=PRIMARY,
            text=[fmt.MISSING if v is None else fmt.number(v, 0, lang) for v in values],
            textposition="outside",
            cliponaxis=False,
            customdata=[
                t(
                    "grants.hover_per_inhabitant",
                    region=r.region_name,
                    measure=_measure_label(measure),
                    value=fmt.number(getattr(r, column), 1, lang),
                    population=fmt.integer(r.population, lang),
                    date=fmt.day(r.population_ref_date, lang),
                )
                for r in data.itertuples()
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    top = max([v for v in values if v is not None] + [1])
    labels = list(data["region_short_name"])
    fig.update_yaxes(autorange="reversed", showgrid=False, tickmode="array", tickvals=labels)
    fig.update_xaxes(range=[0, top * 1.2], title_text=t("grants.axis_per_inhabitant"))
    return apply_layout(fig, height=max(360, 30 * len(data) + 110), lang=lang)


def deadline_status_bars(summary: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """One bar per deadline (a metrics.summarise_deadlines frame, in its order, top first),
    split into recipients done, due, overdue and unknown."""
    lang = lang or state.language()
    labels = [
        f"{fmt.day(r.deadline_date, lang)} · {t(f'grants.kind.{r.deadline_kind}')}<br>"
        f"{short_instrument_name(r.instrument_name)}"
        for r in summary.itertuples()
    ]
    fig = go.Figure()
    for status, colour in STATUS_COLOURS.items():
        counts = list(summary[f"n_{status}"])
        label = t(f"grants.status.{status}")
        fig.add_trace(
            go.Bar(
                x=counts,
                y=labels,
                orientation="h",
                name=label,
                marker_color=colour,
                marker_pattern_shape=palette.STATUS_PATTERNS[status],
                marker_pattern_fgcolor=palette.STATUS_TEXT,
                text=[str(n) if n else "" for n in counts],
                textposition="inside",
                insidetextanchor="middle",
                textfont={"size": FONT_SIZE, "color": palette.STATUS_TEXT},
                customdata=[
                    f"{y.replace('<br>', ' · ')}<br>{label}: {n}"
                    for y, n in zip(labels, counts, strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(
        autorange="reversed", showgrid=False, categoryorder="array", categoryarray=labels
    )
    fig.update_xaxes(title_text=t("grants.axis_recipients"), rangemode="tozero")
    fig = apply_layout(fig, height=max(260, 56 * len(summary) + 130), lang=lang)
    fig.update_layout(
        legend={
            "orientation": "h",
            "y": 1.02,
            "x": 0,
            "yanchor": "bottom",
            "traceorder": "normal",
        },
        margin={"l": 10, "r": 30, "t": 50, "b": 10},
    )
    return fig


SOURCE_SYMBOLS = {"agreement": "circle", "assignment": "diamond"}
SOURCE_COLOURS = palette.SOURCE_KINDS


def government_timeline(rows: pd.DataFrame, as_of: date, lang: str | None = None) -> go.Figure:
    """Every date the government set on one time axis (a tables.government_date_rows frame):
    one row per agreement or assignment, a dot per date (agreements: circles; assignments:
    diamonds), a dotted line on `as_of`."""
    lang = lang or state.language()
    fig = go.Figure()
    order = list(dict.fromkeys(rows.sort_values("due_date")["row_label"]))
    for kind, symbol in SOURCE_SYMBOLS.items():
        part = rows[rows["source_kind"] == kind]
        if part.empty:
            continue
        hover = [
            f"{r.date_label} · {r.kind_label}<br>{r.title}<br>{r.who_label}"
            + (f"<br>{r.status_label}" if isinstance(r.status, str) else "")
            for r in part.itertuples()
        ]
        fig.add_trace(
            go.Scatter(
                x=list(part["due_date"]),
                y=list(part["row_label"]),
                mode="markers",
                name=t(f"grants.source_kind.{kind}"),
                marker={"symbol": symbol, "size": 12, "color": SOURCE_COLOURS[kind]},
                customdata=hover,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.add_vline(x=pd.Timestamp(as_of).timestamp() * 1000, line_dash="dot", line_color=INK)
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=order)
    fig = apply_layout(fig, height=max(280, 34 * len(order) + 140), lang=lang)
    fig.update_layout(
        legend={"orientation": "h", "y": 1.02, "x": 0, "yanchor": "bottom"},
        margin={"l": 10, "r": 30, "t": 50, "b": 10},
    )
    return fig


def region_cumulative(cumulative: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """Running totals per year of allocated, requisitioned, used and repaid for one recipient
    (a grant_region_cumulative frame), in mnkr."""
    lang = lang or state.language()
    fig = go.Figure()
    for i, measure in enumerate(GRANT_MEASURES):
        column = f"{measure}_cum_sek"
        label = _measure_label(measure)
        fig.add_trace(
            go.Scatter(
                x=[str(y) for y in cumulative["year"]],
                y=[v / 1e6 for v in cumulative[column]],
                mode="lines+markers",
                name=label,
                line={"color": SERIES_COLOURS[i], "width": 4, "dash": "dot" if i == 3 else None},
                marker={"size": 8},
                customdata=[
                    f"{y}: {label} {fmt.mnkr(v, lang=lang)}"
                    for y, v in zip(cumulative["year"], cumulative[column], strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.update_xaxes(type="category", showgrid=False)
    fig.update_yaxes(title_text=t("unit.mnkr_axis"), rangemode="tozero")
    return apply_layout(fig, height=440, lang=lang)


def stacked_years(
    frame: pd.DataFrame,
    part_column: str,
    value_column: str,
    part_labels: dict[str, str],
    colours: Sequence[str],
    lang: str | None = None,
    hatched: pd.Series | None = None,
    hatched_label: str = "",
) -> go.Figure:
    """Vertical bars per year stacked by `part_column` (its values labelled by part_labels),
    in mnkr; rows where `hatched` is true are drawn striped (plans, not outcomes), explained
    by a legend entry `hatched_label`. The legend (one entry a row) gets room below."""
    lang = lang or state.language()
    years = [str(y) for y in sorted(frame["year"].unique())]
    fig = go.Figure()
    for i, part in enumerate(dict.fromkeys(frame[part_column])):
        rows = frame[frame[part_column] == part]
        label = part_labels.get(part, str(part))
        stripes = hatched[rows.index] if hatched is not None else None
        fig.add_trace(
            go.Bar(
                x=[str(y) for y in rows["year"]],
                y=[v / 1e6 for v in rows[value_column]],
                name=label,
                marker_color=colours[i % len(colours)],
                marker_pattern_shape=(
                    ["/" if s else "" for s in stripes] if stripes is not None else None
                ),
                customdata=[
                    f"{y}: {label} {fmt.mnkr(v, lang=lang)}"
                    for y, v in zip(rows["year"], rows[value_column], strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    if hatched is not None and hatched.any() and hatched_label:
        fig.add_trace(
            go.Bar(
                x=[None],
                y=[None],
                name=hatched_label,
                marker_color="white",
                marker_line_color=INK,
                marker_pattern_shape="/",
                marker_pattern_fgcolor=INK,
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=years, showgrid=False)
    fig.update_yaxes(title_text=t("unit.mnkr_axis"), rangemode="tozero")
    n_entries = len(fig.data)
    fig = apply_layout(fig, height=380 + 27 * n_entries, lang=lang)
    fig.update_layout(
        legend={"orientation": "h", "y": -0.08, "yanchor": "top", "maxheight": 0.6},
        margin={"l": 10, "r": 30, "t": 20, "b": 10},
    )
    return fig
