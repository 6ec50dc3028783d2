"""The projector layout (ui.charts.apply_layout) on a figure with subplots: every axis gets it,
the figure's own settings stay, and the layout's values win where both set one."""

from __future__ import annotations

from plotly.subplots import make_subplots

from dash_beredskap.ui import charts, fmt


def test_projector_layout_reaches_every_axis_and_keeps_the_figure_own_settings() -> None:
    fig = make_subplots(rows=1, cols=2)
    fig.add_bar(x=[1, 2], y=[3, 4], row=1, col=1)
    fig.add_bar(x=[1, 2], y=[5, 6], row=1, col=2)
    fig.update_xaxes(range=[0, 5], row=1, col=2)
    fig.update_layout(title_text="Titel", font_color="red", legend_title_text="Serie")
    domain = fig.layout.xaxis2.domain

    charts.apply_layout(fig, 321, "sv")

    layout = fig.layout
    assert layout.height == 321 and layout.bargap == 0.25
    assert layout.separators == fmt.plotly_separators("sv")
    assert layout.title.text == "Titel" and layout.legend.title.text == "Serie"
    assert layout.font.color == charts.INK and layout.font.size == charts.FONT_SIZE
    assert layout.hoverlabel.font.size == charts.FONT_SIZE
    for axis in (layout.xaxis, layout.xaxis2):
        assert axis.gridcolor == charts.GRID and axis.zeroline is False
        assert tuple(axis.autotickangles) == (0, 30, 45)
    for axis in (layout.yaxis, layout.yaxis2):
        assert axis.gridcolor == charts.GRID and axis.automargin is True
        assert axis.autotickangles is None
    assert tuple(layout.xaxis2.range) == (0, 5) and layout.xaxis2.domain == domain
    assert layout.xaxis2.tickfont.size == charts.FONT_SIZE
