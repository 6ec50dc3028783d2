"""Täckning: which regions hold the priority list for the target number of days, of what, how
that changes, and how it compares with the Nordic neighbours' rules."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import data, nav, state
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.coverage import sections
from dash_beredskap.ui.i18n import t

nav.require_router()  # first: a page never runs without app.py
coverage = queries.coverage

# 1. state: the report (?date=), the targets (?target=, ?target_<group>=), the section (?view=)
lang = state.language()
st.title(t("coverage.title"))
months = cc.month_choices()
if months.empty:
    st.info(t("overview.no_snapshot"))
    st.stop()
month, chosen, targets, view = sections.page_controls(months)
target_text = cc.describe_targets(targets)
carry = {"date": chosen, **cc.target_params(targets), **state.current_params()}

# 2. data: the headline every section shows
regions = data.run(coverage.region_cover_on, month, targets)
national = data.run(coverage.national_cover_trend, targets)

# 3. render: the headline, then the section with its own settings and data
sections.headline(cc.rows_of_month(national, month), target_text)
if view == "map":
    sections.share_map(regions, target_text, chosen, carry)

elif view == "groups":
    g1, g2, g3 = st.columns(3)
    group_by = sections.group_by_control(g1)
    outer = data.run(coverage.cover_by_group, month, targets, group_by, None, lang)
    group, measure = sections.group_controls(outer, lang, (g2, g3))
    cells = (
        outer
        if group == "all"
        else data.run(coverage.cover_by_group, month, targets, group_by, group, lang)
    )
    sections.groups(cells, group, measure, target_text, chosen, lang)

elif view == "trend":
    highlight = cc.region_control(
        regions.sort_values("region_code"),
        t("coverage.trend.highlight"),
        container=st.columns(3)[0],
        with_none=True,
    )
    sections.trend(
        national,
        data.run(coverage.region_cover_trend, targets, None),
        data.run(queries.grants.grant_agreement_dates, lang),
        highlight,
        target_text,
    )

elif view == "compare":
    month_then, chosen_then, region = sections.compare_controls(months, chosen, regions)
    compared = data.run(coverage.cover_compare_regions, month, month_then, targets)
    changes = data.run(coverage.cover_changes, month, month_then, targets, region, lang)
    who = sections.region_name(regions, region) or t("coverage.all_regions")
    sections.compare(compared, chosen_then, chosen, target_text)
    sections.compare_items(changes, who, chosen_then, chosen)

elif view == "capita":
    items = data.run(coverage.priority_items, lang)
    substance = sections.substance_control(items)
    per_capita = data.run(coverage.substance_per_capita, month, substance)
    name = items.set_index("substance_id").at[substance, "substance_name"]
    sections.capita(per_capita, name, substance, chosen)

elif view == "ppe":
    sections.ppe(data.run(coverage.ppe_cover, None, targets), month, chosen, targets)

else:  # nordic
    rules, region = sections.nordic_controls(regions, lang)
    curve = data.run(coverage.cover_distribution, month, None)
    region_curve = data.run(coverage.cover_distribution, month, region) if region else None
    sections.nordic(
        curve, region_curve, sections.region_name(regions, region), rules, targets, chosen
    )

st.caption(t("coverage.method.general"))
