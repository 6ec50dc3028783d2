"""Exponering: per region, the priority items that are both below the target and made in few
places, ranked by a measure written out on the page."""

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage import columns
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

# 1. state: the report (?date=), the targets, the region (?region=, default all)
lang = state.language()
st.title(t("exposure.title"))
months = cc.month_choices()
if months.empty:
    st.info(t("overview.no_snapshot"))
    st.stop()
choices = data.run(queries.coverage.region_choices)
col_date, col_target, col_region = st.columns(3, gap="medium")
month, chosen = cc.month_control(months, t("coverage.date_label"), container=col_date)
with col_target:
    targets = cc.targets_control()
region = cc.region_control(
    choices,
    t("exposure.region"),
    container=col_region,
    with_none=True,
    none_key="coverage.every_region",
)
target_text = cc.describe_targets(targets)

# 2. data
items = data.run(queries.coverage.priority_items_cover, month, targets, lang, None)
exposed = cc.with_category_labels(metrics.exposure_scores(items))
ranking = metrics.rank_regions_by_exposure(items, exposed)
shown = exposed if region is None else exposed[exposed["region_code"] == region]

# 3. render
st.markdown(t("exposure.intro", target=target_text))
st.info(
    t("exposure.measure", high_hhi=fmt.number(metrics.HIGH_HHI, 1)),
    icon=":material/functions:",
)
st.subheader(t("exposure.ranking.title", date=fmt.day(chosen), target=target_text))
charts.show(cover_charts.exposure_bars(ranking), key="exposure_ranking")
cc.source_caption("v_priority_cover_monthly, v_substance_supply", t("exposure.method"))
badges.demo_badge("coverage", "supply")
download_buttons(ranking, columns.EXPOSURE_RANKING, f"exponering_regioner_{chosen}", key="exp_rank")

who = (
    t("coverage.all_regions")
    if region is None
    else choices.set_index("region_code").at[region, "region_name"]
)
st.subheader(t("exposure.items.title", who=fmt.plain(who), n=fmt.integer(len(shown))))
if shown.empty:
    st.success(t("exposure.items.none"))
else:
    show_table(shown, columns.EXPOSED, height=560)
download_buttons(shown, columns.EXPOSED, f"exponering_poster_{chosen}", key="exp_items")
if region is not None:
    nav.link(
        "region",
        t("coverage.open_region_link", region=fmt.plain(who)),
        {"region": region, "date": chosen, **cc.target_params(targets)},
    )
st.caption(t("coverage.method.general"))
