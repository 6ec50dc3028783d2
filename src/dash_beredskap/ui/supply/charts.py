"""Charts of the supply pages: the vulnerability score's parts, a substance's regional cover."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dash_beredskap.ui import fmt, state
from dash_beredskap.ui.charts import (
    FONT_SIZE,
    GRID,
    INK,
    MUTED,
    PRIMARY,
    SERIES_COLOURS,
    apply_layout,
)
from dash_beredskap.ui.i18n import t

SCORE_PARTS = (
    ("points_concentration", "score_concentration", "supply.score.part.concentration", 35),
    ("points_few_sources", "score_few_sources", "supply.score.part.few_sources", 25),
    ("points_outside_eu_eea", "score_outside_eu_eea", "supply.score.part.outside_eu_eea", 25),
    ("points_shortage_history", "score_shortage_history", "supply.score.part.shortage", 15),
)


def score_parts(profile: pd.Series, lang: str | None = None) -> go.Figure:
    """The four parts of one substance's vulnerability score (a substance_profile row): each
    bar its points next to the most it can give, so the bars add up to the score."""
    lang = lang or state.language()
    labels, points, most, texts, hovers = [], [], [], [], []
    for points_col, score_col, label_key, weight in SCORE_PARTS:
        label = t(label_key)
        labels.append(label)
        points.append(profile[points_col])
        most.append(weight)
        texts.append(
            t(
                "supply.score.bar_text",
                points=fmt.number(profile[points_col], 1, lang),
                most=fmt.integer(weight, lang),
            )
        )
        hovers.append(
            t(
                "supply.score.bar_hover",
                part=label,
                value=fmt.number(profile[score_col], 2, lang),
                weight=fmt.integer(weight, lang),
                points=fmt.number(profile[points_col], 1, lang),
            )
        )
    fig = go.Figure(
        [
            go.Bar(
                x=most,
                y=labels,
                orientation="h",
                marker_color=GRID,
                hoverinfo="skip",
                showlegend=False,
            ),
            go.Bar(
                x=points,
                y=labels,
                orientation="h",
                marker_color=PRIMARY,
                text=texts,
                textposition="outside",
                cliponaxis=False,
                customdata=hovers,
                hovertemplate="%{customdata}<extra></extra>",
                showlegend=False,
            ),
        ]
    )
    fig.update_layout(barmode="overlay")
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(range=[0, 48], dtick=5)
    return apply_layout(fig, height=260, lang=lang)


def region_days(cover: pd.DataFrame, target_days: int = 30, lang: str | None = None) -> go.Figure:
    """Days of cover per region for one item (a substance_region_cover frame, in its order),
    with the target as a line; no report and no consumption are written out, not drawn as 0."""
    lang = lang or state.language()
    values, texts, hovers, colours = [], [], [], []
    for r in cover.itertuples():
        if not r.has_report:
            values.append(0)
            texts.append(t("coverage.no_report"))
            colours.append(MUTED)
            hovers.append(t("supply.cover.hover_no_report", region=r.region_name))
        elif r.is_zero_consumption:
            values.append(0)
            texts.append(t("supply.cover.zero_use"))
            colours.append(MUTED)
            hovers.append(t("supply.cover.hover_zero_use", region=r.region_name))
        else:
            values.append(r.days_of_cover)
            texts.append(fmt.number(r.days_of_cover, 0, lang))
            colours.append(PRIMARY if r.meets_target else SERIES_COLOURS[3])
            hovers.append(
                t(
                    "supply.cover.hover",
                    region=r.region_name,
                    days=fmt.number(r.days_of_cover, 1, lang),
                )
            )
    fig = go.Figure(
        go.Bar(
            x=values,
            y=list(cover["region_short_name"]),
            orientation="h",
            marker_color=colours,
            text=texts,
            textposition="outside",
            cliponaxis=False,
            customdata=hovers,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    top = max([v for v in values if v] + [target_days * 2])
    fig.add_vline(x=target_days, line_color=INK, line_dash="dash", line_width=2)
    fig.add_annotation(
        x=target_days,
        y=1.0,
        yref="paper",
        yanchor="bottom",
        text=t("supply.cover.target", days=target_days),
        showarrow=False,
        font={"size": FONT_SIZE - 2, "color": INK},
    )
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(range=[0, top * 1.15], title_text=t("supply.cover.axis"))
    fig = apply_layout(fig, height=max(300, 30 * len(cover) + 90), lang=lang)
    fig.update_layout(margin={"l": 10, "r": 30, "t": 40, "b": 10})
    return fig
