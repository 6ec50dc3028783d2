"""Scenarier: what if a country, a company or a site stops delivering? Pick or build a
scenario, see which regions run out of what and when, save it, share it, compare two."""

import streamlit as st

from dash_beredskap.ui import badges, charts, fmt, nav
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.scenarios import charts as sch
from dash_beredskap.ui.scenarios import columns as cols
from dash_beredskap.ui.scenarios import controls as ctl
from dash_beredskap.ui.scenarios import loaders
from dash_beredskap.ui.tables import download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

# 1. state: the scenario (?scenario= | ?d=&name= | ?new=1) and the comparison (?vs=)
st.title(t("scenarios.title"))
opts = loaders.load_options()
if opts.stock_date is None:
    st.info(t("scenarios.no_stock"))
    st.stop()
chosen = ctl.chosen_scenario(opts)
st.markdown(t("scenarios.intro", date=fmt.day(opts.stock_date)))
badges.demo_badge("scenarios")
ctl.flash_messages()
if chosen.problem:
    st.warning(chosen.problem, icon=":material/link_off:")
ctl.picker(opts, chosen)
if chosen.scenario.description:
    st.caption(fmt.plain(chosen.scenario.description))
if chosen.saved_id is not None:
    ctl.disruption_list(opts, chosen)
with st.expander(
    t("scenarios.builder.title"), expanded=chosen.saved_id is None, icon=":material/build:"
):
    ctl.builder(opts, chosen, loaders.search_targets)
    st.markdown(f"#### {t('scenarios.save.title')}")
    ctl.save_form(opts, chosen)
    st.markdown(f"#### {t('scenarios.share.title')}")
    st.caption(t("scenarios.share.body"))
    st.code(ctl.share_query(chosen), language=None)

if not chosen.scenario.disruptions:
    st.info(t("scenarios.empty"), icon=":material/info:")
    st.subheader(t("scenarios.method.title"))
    st.markdown(t("scenarios.method.body"))
    st.stop()

# 2. data: the engine's result for this scenario (and the one compared with)
result = loaders.result_of(chosen.scenario)
views = loaders.views_of(chosen.scenario, result, opts)
risk, regions, alternatives = views.risk, views.regions, views.alternatives

# 3. render
sch.headline(result, chosen.scenario, key="scenario_headline")
st.caption(t("scenarios.source"))

map_col, timeline_col = st.columns([2, 3], gap="large")
with map_col:
    st.subheader(t("scenarios.map.title"))
    sch.show_map(views.region_map, key="scenario_map")
    st.caption(t("scenarios.map.caption"))
with timeline_col:
    st.subheader(t("scenarios.timeline.title"))
    timeline = views.timeline
    if timeline is None:
        st.success(t("scenarios.timeline.none"))
    else:
        charts.show(timeline, key="scenario_timeline")
        st.caption(t("scenarios.timeline.caption", days=result.headline["within_days"]))

st.subheader(t("scenarios.risk.title", n=fmt.integer(len(risk))))
st.caption(t("scenarios.risk.sentence"))
if risk.empty:
    st.success(t("scenarios.risk.none"))
else:
    show_table(risk, cols.RISK_SHOWN, height=420)
download_buttons(risk, cols.RISK_COLUMNS, "scenario_substanser", key="scenario_risk")

st.subheader(t("scenarios.regions.title"))
show_table(regions, cols.REGION_COLUMNS, height="all")
download_buttons(regions, cols.REGION_COLUMNS, "scenario_regioner", key="scenario_regions")

st.caption(t("scenarios.region_items.download"))
download_buttons(
    views.region_items, cols.REGION_ITEM_COLUMNS, "scenario_region_substans", key="scenario_pairs"
)

st.subheader(t("scenarios.alternatives.title"))
st.info(t("scenarios.alternatives.note"), icon=":material/info:")
if alternatives.empty:
    st.caption(t("scenarios.alternatives.none"))
else:
    show_table(alternatives, cols.ALTERNATIVE_COLUMNS, height=360)
download_buttons(
    alternatives, cols.ALTERNATIVE_COLUMNS, "scenario_alternativ", key="scenario_alternatives"
)

st.subheader(t("scenarios.compare.title"))
versus = ctl.compare_choice(opts, chosen)
if versus is not None:
    other = opts.scenarios[versus]
    result_b = loaders.result_of(other)
    side_a, side_b = st.columns(2)
    with side_a:
        sch.compare_side(result, chosen.scenario, "A", key="compare_a")
    with side_b:
        sch.compare_side(result_b, other, "B", key="compare_b")
    summary = sch.compare_frame(result, result_b)
    show_table(summary, cols.COMPARE_COLUMNS, height="all")
    download_buttons(summary, cols.COMPARE_COLUMNS, "scenario_sammanfattning", key="scenario_sum")
    st.markdown(f"**{t('scenarios.compare.chart')}**")
    by_region = sch.compare_region_frame(result, result_b, opts)
    charts.show(
        sch.compare_bars(by_region, opts, chosen.scenario.name, other.name), key="scenario_vs"
    )
    download_buttons(
        by_region, cols.COMPARE_REGION_COLUMNS, "scenario_jamforelse", key="scenario_compare"
    )

st.subheader(t("scenarios.method.title"))
st.markdown(t("scenarios.method.body"))
