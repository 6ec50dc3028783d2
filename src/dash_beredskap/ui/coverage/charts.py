"""The coverage pages' charts: bars, heatmaps, trends and curves readable on a projector.

Presentation only: every value plotted comes from a named query (or a metrics function) and is
only scaled to percent, capped for the colour scale or formatted here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dash_beredskap import metrics
from dash_beredskap.ui import charts, fmt, palette, state
from dash_beredskap.ui.coverage import region_map as region_map
from dash_beredskap.ui.i18n import t, translate

# the colours live in ui/palette.py (colour-blind-safe, text contrast checked by a test)
BELOW = palette.BELOW  # below the target: warm
ABOVE = palette.ABOVE  # above: the project's blue
NEUTRAL = palette.NEUTRAL
NO_REPORT = palette.NO_DATA
ACCENT = palette.ACCENT  # a highlighted region
REGION_LINE = palette.REGION_LINE
# Sweden's own target and the neighbours' rules: their colours never mean "good" or "bad"
SWEDEN = palette.DARK
COUNTRY_COLOURS = palette.COUNTRY_COLOURS
DAYS_SCALE = palette.DAYS_SCALE


def _lang(lang: str | None) -> str:
    return lang or state.language()


def _pct(values: Sequence) -> list[float | None]:
    return [None if fmt.is_missing(v) else float(v) * 100 for v in values]


# ------------------------------------------------------------------ region bars


def region_share_bars(
    regions: pd.DataFrame, target_text: str, lang: str | None = None
) -> go.Figure:
    """The regions' shares meeting the target as bars, in the frame's order (best first)."""
    lang = _lang(lang)
    shares = regions["share_meeting_target"]
    return charts.share_bars(
        labels=regions["region_short_name"],
        shares=shares,
        texts=[
            translate("coverage.no_report", lang) if fmt.is_missing(v) else fmt.percent(v, 1, lang)
            for v in shares
        ],
        hovers=[region_map.share_hover(r, target_text, lang) for r in regions.itertuples()],
        lang=lang,
        bar_px=29,
        dtick=25,
    )


# ------------------------------------------------------------------ heatmap


MAX_HEAT_COLUMNS = 30  # more items than this in one group: the lowest shares are shown


def _cell_labels(
    x: Sequence[str], y: Sequence[str], z: list[list], text: list[list], zmax: float, dark
) -> go.Scatter:
    """The numbers in a heatmap's cells as a text layer (white on dark cells)."""
    xs, ys, labels, colours = [], [], [], []
    for j, row in enumerate(z):
        for i, value in enumerate(row):
            label = text[j][i]
            if not label:
                continue
            xs.append(x[i])
            ys.append(y[j])
            labels.append(label)
            share = None if value is None else float(value) / zmax
            colours.append(palette.ON_DARK if share is not None and dark(share) else charts.INK)
    return go.Scatter(
        x=xs,
        y=ys,
        mode="text",
        text=labels,
        textfont={"size": charts.FONT_SIZE - 4, "color": colours},
        hoverinfo="skip",
        showlegend=False,
    )


def group_label(key: str, lang: str, item_name: object = None) -> str:
    """An ATC main group ('N: Nervsystemet'), a product group, or an item's name."""
    if isinstance(item_name, str) and item_name:
        return item_name
    if key in metrics.CATEGORIES:
        return translate(f"coverage.category.{key}", lang)
    if key == "?":
        return translate("coverage.atc1.unknown", lang)
    return f"{key}: {translate(f'coverage.atc1.{key}', lang)}"


def heatmap_cells(cells: pd.DataFrame, measure: str, lang: str) -> pd.DataFrame:
    """A cover_by_group frame with the value to colour (`z`), its text and its hover."""
    frame = cells.copy()
    frame["label"] = [group_label(r.group_key, lang, r.item_name) for r in frame.itertuples()]
    z, text, hover = [], [], []
    for r in frame.itertuples():
        region = html.escape(str(r.region_short_name))
        label = html.escape(str(r.label))
        if r.n_reported == 0:
            z.append(None)
            text.append(fmt.MISSING)
            hover.append(
                translate("coverage.heat.hover_no_report", lang, region=region, group=label)
            )
            continue
        days = r.median_days
        if measure == "days":
            no_stock = getattr(r, "n_zero_no_stock", 0) or 0
            if fmt.is_missing(days) and no_stock == r.n_reported:
                # no consumption and nothing in stock: its own state, not covered
                z.append(0.0)
                text.append(translate("coverage.zero_no_stock_short", lang))
            elif fmt.is_missing(days):  # every reported item has zero consumption, with stock
                z.append(2.0 * r.target_days)
                text.append(translate("coverage.zero_use_short", lang))
            else:
                z.append(min(float(days), 2.0 * r.target_days))
                text.append(fmt.integer(days, lang))
        else:
            z.append(float(r.share_meeting_target) * 100)
            text.append(fmt.percent(r.share_meeting_target, 0, lang))
        hover.append(
            translate(
                "coverage.heat.hover",
                lang,
                region=region,
                group=label,
                share=fmt.percent(r.share_meeting_target, 1, lang),
                n_meeting=fmt.integer(r.n_meeting_target, lang),
                n_items=fmt.integer(r.n_items, lang),
                n_reported=fmt.integer(r.n_reported, lang),
                days=fmt.number(days, 1, lang),
                target=fmt.integer(r.target_days, lang),
            )
        )
    frame["z"], frame["text"], frame["hover"] = z, text, hover
    return frame


def is_heat_truncated(cells: pd.DataFrame) -> bool:
    """True when group_heatmap shows only the MAX_HEAT_COLUMNS columns with the lowest share."""
    return cells["group_key"].nunique() > MAX_HEAT_COLUMNS


def _heat_order(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The heatmap's rows (regions, best share first) and columns (groups, best share first;
    with more than MAX_HEAT_COLUMNS, the weakest MAX_HEAT_COLUMNS of them)."""
    rows = (
        frame[["region_code", "region_short_name", "region_share"]]
        .drop_duplicates("region_code")
        .sort_values(["region_share", "region_code"], ascending=[False, True])
    )
    cols = (
        frame[["group_key", "label", "group_share"]]
        .drop_duplicates("group_key")
        .sort_values(["group_share", "group_key"], ascending=[False, True])
    )
    if len(cols) > MAX_HEAT_COLUMNS:
        cols = cols.sort_values(["group_share", "group_key"]).head(MAX_HEAT_COLUMNS)
        cols = cols.sort_values(["group_share", "group_key"], ascending=[False, True])
    return rows, cols


def _heat_colours(frame: pd.DataFrame, measure: str, lang: str) -> tuple[dict, dict]:
    """The colour scale and the colour bar of the heatmap: share 0-100 %, or days diverging
    around the target (capped at twice it)."""
    if measure == "days":
        target = float(frame["target_days"].max()) if len(frame) else 30.0
        ticks = [0, target / 2, target, 1.5 * target, 2 * target]
        colour = {"colorscale": DAYS_SCALE, "zmin": 0.0, "zmax": 2.0 * target}
        bar = {
            "title": {"text": translate("coverage.heat.legend_days", lang), "side": "right"},
            "tickvals": ticks,
            "ticktext": [
                fmt.integer(v, lang) + (" +" if i == 4 else "") for i, v in enumerate(ticks)
            ],
        }
    else:
        colour = {"colorscale": region_map.SHARE_SCALE, "zmin": 0.0, "zmax": 100.0}
        bar = {
            "title": {"text": translate("coverage.heat.legend_share", lang), "side": "right"},
            "ticksuffix": charts.percent_suffix(lang),
            "dtick": 20,
        }
    return colour, bar


def group_heatmap(
    cells: pd.DataFrame, measure: str = "share", lang: str | None = None
) -> go.Figure:
    """Regions (rows, best share on top) x groups (columns, best share on the left).

    measure 'share': share of the cell's items meeting the target, 0-100 %; 'days': the median
    days of cover, diverging around the target (red below, blue above, capped at twice it).
    Cells without a report are grey.

    Long on purpose: one Plotly heatmap whose cells, texts and colours share one order.
    """
    lang = _lang(lang)
    frame = heatmap_cells(cells, measure, lang)
    rows, cols = _heat_order(frame)
    grid = frame.set_index(["region_code", "group_key"])

    def cell(field: str, region: str, group: str) -> object:
        key = (region, group)
        return grid.at[key, field] if key in grid.index else None

    z = [[cell("z", r, g) for g in cols["group_key"]] for r in rows["region_code"]]
    text = [[cell("text", r, g) or "" for g in cols["group_key"]] for r in rows["region_code"]]
    hover = [[cell("hover", r, g) or "" for g in cols["group_key"]] for r in rows["region_code"]]
    many = len(cols) > 18
    if many:  # short cell numbers where the cells are narrow
        text = [[v.replace("\u00a0%", "").replace("%", "") for v in row] for row in text]
    colour, bar = _heat_colours(frame, measure, lang)
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=list(cols["label"]),
            y=list(rows["region_short_name"]),
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            hoverongaps=True,
            xgap=2,
            ygap=2,
            colorbar={**bar, "thickness": 18, "tickfont": {"size": charts.FONT_SIZE - 2}},
            **colour,
        )
    )
    zmax = colour["zmax"]
    dark = (lambda v: v < 0.18 or v > 0.8) if measure == "days" else (lambda v: v > 0.68)
    labels = _cell_labels(list(cols["label"]), list(rows["region_short_name"]), z, text, zmax, dark)
    if many:
        labels.textfont.size = charts.FONT_SIZE - 7
    fig.add_trace(labels)
    x_labels, y_labels = list(cols["label"]), list(rows["region_short_name"])
    # every label shown (Plotly would skip some when crowded); room on top for turned labels
    fig.update_yaxes(
        autorange="reversed",
        showgrid=False,
        type="category",
        tickmode="array",
        tickvals=y_labels,
    )
    fig.update_xaxes(
        side="top",
        showgrid=False,
        type="category",
        tickangle=-90 if len(cols) > 6 else 0,
        tickfont={"size": charts.FONT_SIZE - (5 if many else 2)},
        tickmode="array",
        tickvals=x_labels,
    )
    longest = max((len(x) for x in x_labels), default=0) if len(cols) > 6 else 2
    label_px = int(longest * (charts.FONT_SIZE - (5 if many else 2)) * 0.55) + 30
    charts.apply_layout(fig, height=34 * len(rows) + label_px + 40, lang=lang)
    fig.update_layout(plot_bgcolor=NO_REPORT, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return fig


# ------------------------------------------------------------------ trend


def _agreement_markers(
    fig: go.Figure, agreements: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp, lang: str
) -> None:
    """A dotted line and a labelled marker at each grant agreement date within first..last.

    Lines and labels go into the layout in one update and the markers into one trace: Plotly's
    add_vline / add_annotation validate the whole layout on every call."""
    if agreements.empty:
        return
    frame = agreements.copy()
    frame["marker_date"] = pd.to_datetime(frame["marker_date"])
    frame = frame[(frame["marker_date"] >= first) & (frame["marker_date"] <= last)]
    days, hovers, shapes, labels = [], [], [], []
    for day, group in frame.groupby("marker_date", sort=True):
        names = "<br>".join(
            f"{html.escape(str(r.instrument_name))}: {fmt.mnkr(r.total_sek, lang)}"
            for r in group.itertuples()
        )
        total = fmt.mnkr(group["total_sek"].sum(), lang)
        days.append(day)
        hovers.append(translate("coverage.trend.agreement_hover", lang, names=names))
        # what fig.add_vline draws: the full height of the plot at x = day
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "y domain",
                "x0": day,
                "x1": day,
                "y0": 0,
                "y1": 1,
                "line": {"color": palette.AGREEMENT_LINE, "dash": "dot", "width": 2},
            }
        )
        labels.append(
            {
                "x": day,
                "y": 1.0,
                "yref": "paper",
                "text": translate(
                    "coverage.trend.agreement_label", lang, year=day.year, total=total
                ),
                "showarrow": False,
                "xanchor": "left",
                "yanchor": "bottom",
                "font": {"size": charts.FONT_SIZE - 3, "color": palette.AGREEMENT_TEXT},
                "bgcolor": palette.LABEL_BACKGROUND,
            }
        )
    if not days:
        return
    fig.update_layout(
        shapes=[*fig.layout.shapes, *shapes], annotations=[*fig.layout.annotations, *labels]
    )
    fig.add_trace(
        go.Scatter(
            x=days,
            y=[100] * len(days),
            mode="markers",
            marker={"symbol": "triangle-down", "size": 14, "color": palette.AGREEMENT_LINE},
            customdata=hovers,
            hovertemplate="%{customdata}<extra></extra>",
            showlegend=False,
        )
    )


def cover_trend(
    national: pd.DataFrame,
    regions: pd.DataFrame,
    agreements: pd.DataFrame,
    highlight: str | None = None,
    lang: str | None = None,
    height: int = 500,
    show_regions: bool = True,
) -> go.Figure:
    """The national share meeting the target per month (thick), each region (thin grey, one
    highlighted), and the grant agreements to the regions as dotted lines.

    Long on purpose: one figure whose traces, annotations and axes share the same order and
    labels; split, each part would need them passed in."""
    lang = _lang(lang)
    months = (
        pd.to_datetime(national["month"]) if len(national) else pd.Series(dtype="datetime64[ns]")
    )
    region_lines = []
    if show_regions and len(regions):
        for code, part in regions.groupby("region_code", sort=True):
            if code == highlight:
                continue
            name = str(part["region_short_name"].iloc[0])
            region_lines.append(
                go.Scatter(
                    x=pd.to_datetime(part["month"]),
                    y=_pct(part["share_meeting_target"]),
                    mode="lines",
                    line={"color": REGION_LINE, "width": 1.3},
                    name=name,
                    showlegend=False,
                    customdata=[
                        f"{html.escape(name)}: {fmt.percent(v, 1, lang)}"
                        for v in part["share_meeting_target"]
                    ],
                    hovertemplate="%{customdata}<extra></extra>",
                )
            )
    fig = go.Figure(data=region_lines)  # one validation for every thin line, not one each
    fig.add_trace(
        go.Scatter(
            x=months,
            y=_pct(national["share_meeting_target"]),
            mode="lines+markers",
            line={"color": charts.PRIMARY, "width": 4},
            marker={"size": 6},
            name=translate("coverage.trend.national", lang),
            customdata=[
                translate(
                    "coverage.trend.hover_national",
                    lang,
                    date=fmt.day(r.snapshot_date, lang),
                    share=fmt.percent(r.share_meeting_target, 1, lang),
                    n_meeting=fmt.integer(r.n_meeting_target, lang),
                    n_pairs=fmt.integer(r.n_pairs, lang),
                )
                for r in national.itertuples()
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    if highlight is not None and len(regions):
        part = regions[regions["region_code"] == highlight]
        if len(part):
            name = str(part["region_short_name"].iloc[0])
            fig.add_trace(
                go.Scatter(
                    x=pd.to_datetime(part["month"]),
                    y=_pct(part["share_meeting_target"]),
                    mode="lines+markers",
                    line={"color": ACCENT, "width": 4},
                    marker={"size": 6},
                    name=name,
                    customdata=[
                        f"{html.escape(name)}, {fmt.day(m, lang)}: {fmt.percent(v, 1, lang)}"
                        for m, v in zip(part["month"], part["share_meeting_target"], strict=True)
                    ],
                    hovertemplate="%{customdata}<extra></extra>",
                )
            )
    if len(months):
        _agreement_markers(fig, agreements, months.min(), months.max(), lang)
    fig.update_yaxes(range=[0, 104], ticksuffix=charts.percent_suffix(lang), dtick=25)
    fig.update_xaxes(tickformat="%Y", dtick="M12", showgrid=True)
    charts.apply_layout(fig, height=height, lang=lang)
    fig.update_layout(margin={"l": 10, "r": 30, "t": 40, "b": 10}, hovermode="closest")
    return fig


# ------------------------------------------------------------------ Nordic comparison


def rule_label(key: str, lang: str) -> str:
    """'Finland, vårdenheter: 3 månader (90 dagar)' and the like, from the translation table."""
    rule = metrics.nordic_rule(key)
    days = fmt.integer(rule.days, lang)
    if rule.days_high:
        days = f"{days}–{fmt.integer(rule.days_high, lang)}"
    return translate(f"coverage.nordic.{key}", lang, days=days)


def cover_curve(
    national: pd.DataFrame,
    region: pd.DataFrame | None,
    region_name: str | None,
    rules: Sequence[str],
    target_days: int,
    lang: str | None = None,
) -> go.Figure:
    """The share of the list held for at least x days, x = 0..365 (cover_distribution frames),
    with Sweden's target and the chosen neighbours' rules as labelled vertical lines.

    Long on purpose: one figure whose traces, annotations and axes share the same order and
    labels; split, each part would need them passed in."""
    lang = _lang(lang)
    fig = go.Figure()

    def curve(frame: pd.DataFrame, name: str, colour: str) -> None:
        fig.add_trace(
            go.Scatter(
                x=list(frame["days"]),
                y=_pct(frame["share_at_least"]),
                mode="lines",
                line={"color": colour, "width": 4},
                name=name,
                customdata=[
                    translate(
                        "coverage.nordic.hover",
                        lang,
                        name=html.escape(name),
                        share=fmt.percent(s, 1, lang),
                        days=fmt.integer(d, lang),
                    )
                    for d, s in zip(frame["days"], frame["share_at_least"], strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )

    curve(national, translate("coverage.trend.national", lang), charts.PRIMARY)
    if region is not None and region_name:
        curve(region, region_name, ACCENT)

    levels = [0.98, 0.88, 0.78, 0.68]
    fig.add_vline(x=target_days, line_color=SWEDEN, line_width=3)
    fig.add_annotation(
        x=target_days,
        y=0.06,
        yref="paper",
        text=translate("coverage.nordic.sweden", lang, days=fmt.integer(target_days, lang)),
        showarrow=False,
        xanchor="left",
        font={"size": charts.FONT_SIZE - 2, "color": SWEDEN},
        bgcolor=palette.LABEL_BACKGROUND,
    )
    for i, key in enumerate(rules):
        rule = metrics.nordic_rule(key)
        colour = COUNTRY_COLOURS.get(rule.country, palette.OTHER_COUNTRY)
        if rule.days_high:
            fig.add_vrect(
                x0=rule.days, x1=rule.days_high, fillcolor=colour, opacity=0.08, line_width=0
            )
        for x in (rule.days, rule.days_high) if rule.days_high else (rule.days,):
            fig.add_vline(x=x, line_color=colour, line_dash="dash", line_width=2)
        fig.add_annotation(
            x=rule.days,
            y=levels[i % len(levels)],
            yref="paper",
            text=rule_label(key, lang),
            showarrow=False,
            xanchor="left",
            font={"size": charts.FONT_SIZE - 4, "color": colour},
            bgcolor=palette.LABEL_BACKGROUND,
        )
    fig.update_yaxes(range=[0, 102], ticksuffix=charts.percent_suffix(lang), dtick=25)
    fig.update_xaxes(
        range=[0, metrics.TARGET_MAX_DAYS],
        dtick=30,
        title_text=translate("coverage.nordic.x_axis", lang),
    )
    charts.apply_layout(fig, height=520, lang=lang)
    fig.update_layout(legend={"orientation": "h", "y": -0.2})
    return fig


# ------------------------------------------------------------------ two dates


def compare_dumbbell(
    compare: pd.DataFrame, then_text: str, now_text: str, lang: str | None = None
) -> go.Figure:
    """Each region's share then (grey) and now (blue or red: up or down), largest fall on top
    (a cover_compare_regions frame, in its order).

    Long on purpose: one figure whose traces, annotations and axes share the same order and
    labels; split, each part would need them passed in."""
    lang = _lang(lang)
    frame = compare.copy()
    labels = list(frame["region_short_name"])
    then = _pct(frame["share_then"])
    now = _pct(frame["share_now"])
    hovers = [
        translate(
            "coverage.compare.hover",
            lang,
            region=html.escape(str(r.region_name)),
            then=then_text,
            now=now_text,
            share_then=fmt.percent(r.share_then, 1, lang),
            share_now=fmt.percent(r.share_now, 1, lang),
            change=fmt.percent_points(r.change_share, 1, lang),
            n_improved=fmt.integer(r.n_improved, lang),
            n_worsened=fmt.integer(r.n_worsened, lang),
        )
        for r in frame.itertuples()
    ]
    fig = go.Figure()
    for label, a, b in zip(labels, then, now, strict=True):
        if a is None or b is None:
            continue
        fig.add_trace(
            go.Scatter(
                x=[a, b],
                y=[label, label],
                mode="lines",
                line={"color": BELOW if b < a else ABOVE, "width": 5},
                showlegend=False,
                hoverinfo="skip",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=then,
            y=labels,
            mode="markers",
            marker={"size": 14, "color": palette.MUTED},
            name=then_text,
            customdata=hovers,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=now,
            y=labels,
            mode="markers",
            marker={
                "size": 16,
                "color": [
                    BELOW if (a is not None and b is not None and b < a) else ABOVE
                    for a, b in zip(then, now, strict=True)
                ],
            },
            name=now_text,
            customdata=hovers,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", showgrid=False, type="category")
    fig.update_xaxes(range=[0, 100], ticksuffix=charts.percent_suffix(lang), dtick=25)
    charts.apply_layout(fig, height=max(420, 30 * len(labels) + 110), lang=lang)
    fig.update_layout(legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0})
    return fig


# ------------------------------------------------------------------ region page


def category_bars(categories: pd.DataFrame, region_name: str, lang: str | None = None) -> go.Figure:
    """Per product group: the region's share meeting its target beside the national share."""
    lang = _lang(lang)
    names = [translate(f"coverage.category.{c}", lang) for c in categories["category"]]
    national_label = translate("coverage.trend.national", lang)
    fig = go.Figure()
    for label, column, colour in (
        (region_name, "share_meeting_target", ACCENT),
        (national_label, "national_share", charts.PRIMARY),
    ):
        values = categories[column]
        fig.add_trace(
            go.Bar(
                y=names,
                x=[0 if v is None else v for v in _pct(values)],
                orientation="h",
                name=label,
                marker_color=colour,
                text=[
                    translate("coverage.no_report", lang)
                    if fmt.is_missing(v)
                    else fmt.percent(v, 0, lang)
                    for v in values
                ],
                textposition="outside",
                cliponaxis=False,
                customdata=[
                    f"{html.escape(label)}, {n}: {fmt.percent(v, 1, lang)}"
                    for n, v in zip(names, values, strict=True)
                ],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    fig.update_layout(barmode="group")
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(range=[0, 118], ticksuffix=charts.percent_suffix(lang), dtick=25)
    charts.apply_layout(fig, height=330, lang=lang)
    fig.update_layout(legend={"orientation": "h", "y": -0.18})
    return fig


TOP_GAPS = 15


def gap_bars(gaps: pd.DataFrame, lang: str | None = None, top: int = TOP_GAPS) -> go.Figure:
    """The `top` largest weighted gaps (a metrics.rank_gaps frame), largest on top."""
    lang = _lang(lang)
    frame = gaps.head(top)
    fig = go.Figure(
        go.Bar(
            x=list(frame["weighted_gap"]),
            y=list(frame["substance_name"]),
            orientation="h",
            marker_color=BELOW,
            text=[
                translate(
                    "coverage.gaps.bar_text",
                    lang,
                    days=fmt.number(r.days_of_cover, 0, lang),
                    target=fmt.integer(r.target_days, lang),
                )
                for r in frame.itertuples()
            ],
            textposition="outside",
            cliponaxis=False,
            customdata=[
                translate(
                    "coverage.gaps.hover",
                    lang,
                    name=html.escape(str(r.substance_name)),
                    days=fmt.number(r.days_of_cover, 1, lang),
                    target=fmt.integer(r.target_days, lang),
                    short=fmt.number(r.days_short, 1, lang),
                    importance=fmt.number(r.importance, 2, lang),
                    gap=fmt.number(r.weighted_gap, 1, lang),
                )
                for r in frame.itertuples()
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    top_value = float(frame["weighted_gap"].max()) if len(frame) else 1.0
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(
        range=[0, top_value * 1.45], title_text=translate("coverage.gaps.x_axis", lang)
    )
    return charts.apply_layout(fig, height=max(300, 34 * len(frame) + 90), lang=lang)


def costs_bars(costs: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """Actual and planned preparedness costs per year (a metrics.costs_per_year frame), mnkr."""
    lang = _lang(lang)
    years = [str(y) for y in costs["year"]]
    series = []
    for column, key in (
        ("actual_sek", "coverage.costs.actual"),
        ("planned_sek", "coverage.costs.planned"),
    ):
        label = translate(key, lang)
        values = [None if fmt.is_missing(v) else float(v) / 1e6 for v in costs[column]]
        hovers = [
            f"{y}: {label} {fmt.mnkr(v, lang)}" for y, v in zip(years, costs[column], strict=True)
        ]
        series.append((label, values, hovers))
    return charts.grouped_bars(years, series, y_title=translate("unit.mnkr_axis", lang), lang=lang)


def per_capita_bars(frame: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """Stock per 100 000 inhabitants per region (a substance_per_capita frame, in its order),
    with the pooled national figure as a line. No report: a grey label, no bar."""
    lang = _lang(lang)
    values = frame["stock_per_100k"]
    fig = go.Figure(
        go.Bar(
            x=[0 if fmt.is_missing(v) else float(v) for v in values],
            y=list(frame["region_short_name"]),
            orientation="h",
            marker_color=charts.PRIMARY,
            text=[
                translate("coverage.no_report", lang)
                if not r.has_report
                else fmt.number(r.stock_per_100k, 1, lang)
                for r in frame.itertuples()
            ],
            textposition="outside",
            cliponaxis=False,
            customdata=[
                translate(
                    "coverage.capita.hover",
                    lang,
                    region=html.escape(str(r.region_name)),
                    per_100k=fmt.number(r.stock_per_100k, 1, lang),
                    quantity=fmt.number(r.quantity, 0, lang),
                    population=fmt.integer(r.population, lang),
                    days=fmt.number(r.days_of_cover, 1, lang),
                )
                if r.has_report
                else translate(
                    "coverage.hover.no_report", lang, region=html.escape(str(r.region_name))
                )
                for r in frame.itertuples()
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    national = frame["national_stock_per_100k"].dropna()
    top = float(values.max()) if values.notna().any() else 1.0
    if len(national):
        value = float(national.iloc[0])
        fig.add_vline(x=value, line_color=SWEDEN, line_dash="dash", line_width=2)
        fig.add_annotation(
            x=value,
            y=1.0,
            yref="paper",
            yanchor="bottom",
            text=translate("coverage.capita.national", lang, value=fmt.number(value, 1, lang)),
            showarrow=False,
            font={"size": charts.FONT_SIZE - 3},
        )
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(range=[0, top * 1.25])
    charts.apply_layout(fig, height=max(420, 29 * len(frame) + 90), lang=lang)
    fig.update_layout(margin={"l": 10, "r": 30, "t": 40, "b": 10})
    return fig


def exposure_bars(ranking: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """Each region's exposure (a metrics.rank_regions_by_exposure frame), most exposed on top."""
    lang = _lang(lang)
    fig = go.Figure(
        go.Bar(
            x=[0 if fmt.is_missing(v) else float(v) for v in ranking["exposure_sum"]],
            y=list(ranking["region_short_name"]),
            orientation="h",
            marker_color=BELOW,
            text=[
                translate("coverage.no_report", lang)
                if fmt.is_missing(r.exposure_sum)
                else translate(
                    "coverage.exposure.bar_text"
                    if r.has_report
                    else "coverage.exposure.bar_text_no_report",
                    lang,
                    value=fmt.number(r.exposure_sum, 0, lang),
                    n=fmt.integer(r.n_exposed, lang),
                )
                for r in ranking.itertuples()
            ],
            textposition="outside",
            cliponaxis=False,
            customdata=[
                translate(
                    "coverage.exposure.hover",
                    lang,
                    region=html.escape(str(r.region_name)),
                    value=fmt.number(r.exposure_sum, 1, lang),
                    n=fmt.integer(r.n_exposed, lang),
                    n_reported=fmt.integer(r.n_reported, lang),
                    n_items=fmt.integer(r.n_items, lang),
                )
                for r in ranking.itertuples()
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    values = ranking["exposure_sum"].dropna()
    top = float(values.max()) if len(values) and values.max() > 0 else 1.0
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(range=[0, top * 1.35], title_text=translate("coverage.exposure.x_axis", lang))
    return charts.apply_layout(fig, height=max(420, 29 * len(ranking) + 100), lang=lang)


# ------------------------------------------------------------------ shortages


def shortage_heat(detail: pd.DataFrame, lang: str | None = None) -> go.Figure:
    """Days of cover of the item in shortage (top row) and its alternatives, per region, with
    the pooled national figure first (a shortage_cover_detail frame). Red below the target,
    blue above; grey = no report.

    Long on purpose: one figure whose traces, annotations and axes share the same order and
    labels; split, each part would need them passed in."""
    lang = _lang(lang)
    national_label = translate("coverage.shortages.national_column", lang)
    items = detail.drop_duplicates("item_id")[["item_id", "item_name", "is_alternative"]]
    regions = detail.drop_duplicates("region_code")[["region_code", "region_short_name"]]
    target = float(detail["target_days"].max()) if len(detail) else 30.0
    columns = [national_label, *regions["region_short_name"]]
    z, text, hover = [], [], []
    for item in items.itertuples():
        part = detail[detail["item_id"] == item.item_id]
        row_z, row_text, row_hover = [], [], []
        national = part["national_days_of_cover"].iloc[0]
        name = html.escape(str(item.item_name))
        cells = [(national_label, True, False, national)] + [
            (r.region_short_name, r.has_report, r.is_zero_consumption, r.days_of_cover)
            for r in part.itertuples()
        ]
        for column, has_report, zero, days in cells:
            if not has_report or (fmt.is_missing(days) and not zero):
                row_z.append(None)
                row_text.append(fmt.MISSING)
                row_hover.append(
                    translate("coverage.heat.hover_no_report", lang, region=column, group=name)
                )
            elif zero:
                row_z.append(2 * target)
                row_text.append(translate("coverage.zero_use_short", lang))
                row_hover.append(
                    translate("coverage.shortages.hover_zero", lang, region=column, item=name)
                )
            else:
                row_z.append(min(float(days), 2 * target))
                row_text.append(fmt.integer(days, lang))
                row_hover.append(
                    translate(
                        "coverage.shortages.hover_days",
                        lang,
                        region=column,
                        item=name,
                        days=fmt.number(days, 1, lang),
                        target=fmt.integer(target, lang),
                    )
                )
        z.append(row_z)
        text.append(row_text)
        hover.append(row_hover)
    labels = [
        (translate("coverage.shortages.alt_prefix", lang) if r.is_alternative else "")
        + str(r.item_name)
        for r in items.itertuples()
    ]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=columns,
            y=labels,
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            hoverongaps=True,
            colorscale=DAYS_SCALE,
            zmin=0,
            zmax=2 * target,
            xgap=2,
            ygap=2,
            colorbar={
                "title": {"text": translate("coverage.heat.legend_days", lang), "side": "right"},
                "thickness": 16,
                "tickfont": {"size": charts.FONT_SIZE - 3},
            },
        )
    )
    fig.add_trace(_cell_labels(columns, labels, z, text, 2 * target, lambda v: v < 0.18 or v > 0.8))
    fig.update_yaxes(
        autorange="reversed", type="category", showgrid=False, tickmode="array", tickvals=labels
    )
    fig.update_xaxes(
        side="top",
        type="category",
        tickangle=-45,
        showgrid=False,
        tickmode="array",
        tickvals=columns,
    )
    charts.apply_layout(fig, height=max(260, 44 * len(items) + 190), lang=lang)
    fig.update_layout(plot_bgcolor=NO_REPORT, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return fig


def region_coverage(
    regions: pd.DataFrame, lang: str | None = None, compact: bool = False
) -> go.Figure:
    """Share of the priority list held for 30 days per region (a region_cover_on frame)."""
    shares = regions["share_meeting_target"]
    return charts.share_bars(
        labels=regions["region_short_name"],
        shares=shares,
        texts=[t("coverage.no_report") if fmt.is_missing(v) else fmt.percent(v) for v in shares],
        hovers=[
            t(
                "coverage.hover_region",
                region=r.region_name,
                share=fmt.percent(r.share_meeting_target),
                n_meeting=fmt.integer(r.n_meeting_target),
                n_priority=fmt.integer(r.n_priority),
            )
            for r in regions.itertuples()
        ],
        lang=lang,
        bar_px=28 if compact else 34,
        dtick=50 if compact else 25,
    )


def region_share_trend(
    trend: pd.DataFrame, national: pd.DataFrame, region_label: str, lang: str | None = None
) -> go.Figure:
    """A region's share of the priority list meeting the target per month (a
    region_cover_trend frame), with the national share (national_cover_trend) dashed behind."""
    lang = lang or state.language()
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=pd.to_datetime(national["month"]),
            y=_pct(national["share_meeting_target"]),
            mode="lines",
            name=t("grants.coverage_national"),
            line={"color": charts.MUTED, "width": 3, "dash": "dash"},
            hovertemplate="%{x|%Y-%m}: %{y:.1f}<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=pd.to_datetime(trend["month"]),
            y=_pct(trend["share_meeting_target"]),
            mode="lines+markers",
            name=region_label,
            line={"color": charts.PRIMARY, "width": 4},
            marker={"size": 6},
            customdata=[
                f"{pd.Timestamp(m):%Y-%m}: "
                + (t("coverage.no_report") if fmt.is_missing(s) else fmt.percent(s, lang=lang))
                for m, s in zip(trend["month"], trend["share_meeting_target"], strict=True)
            ],
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    fig.update_yaxes(range=[0, 100], ticksuffix=charts.percent_suffix(lang), dtick=25)
    fig.update_xaxes(tickformat="%Y", showgrid=False)
    return charts.apply_layout(fig, height=440, lang=lang)
