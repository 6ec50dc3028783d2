"""Region: one region on one screen: where it is, how much of the list it holds and its rank,
what is furthest below the target, its product groups, trend, supply systems, costs and grants."""

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import data, nav, state
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.coverage import sections
from dash_beredskap.ui.i18n import t

nav.require_router()  # first: a page never runs without app.py
coverage = queries.coverage

# 1. state: the region (?region=), the report (?date=), the targets (?target=...)
lang = state.language()
st.title(t("region.title"))
months = cc.month_choices()
if months.empty:
    st.info(t("overview.no_snapshot"))
    st.stop()
col_region, col_date, col_target = st.columns([1, 1, 1], gap="medium")
region = cc.region_control(
    data.run(coverage.region_choices), t("region.choose"), container=col_region
)
month, chosen = cc.month_control(months, t("coverage.date_label"), container=col_date)
with col_target:
    targets = cc.targets_control()
target_text = cc.describe_targets(targets)

# 2. data
regions = data.run(coverage.region_cover_on, month, targets)
short_name = str(regions.set_index("region_code").at[region, "region_short_name"])
items = cc.with_category_labels(
    data.run(coverage.priority_items_cover, month, targets, lang, region)
)
gaps = metrics.rank_gaps(items)
expiring = data.run(coverage.expiring_stock, month, lang, region)
categories = cc.with_category_labels(
    data.run(coverage.region_category_cover, month, targets, region)
)

national = data.run(coverage.national_cover_trend, targets)
trend = data.run(coverage.region_cover_trend, targets, region)
agreements = data.run(queries.grants.grant_agreement_dates, lang)
systems = cc.with_system_labels(data.run(coverage.region_supply_systems, region))
cost_rows = data.run(queries.grants.region_costs_by_year, region)
grants = data.run(queries.grants.grants_by_instrument, lang, region)

# 3. render
sections.region_head(regions, region, categories, len(gaps), target_text, chosen)
sections.region_gaps(items, gaps, region, target_text, chosen)
sections.region_expiring(expiring, region, chosen)
sections.region_trend(national, trend, agreements, region, short_name, target_text)
sections.region_systems(systems, region)
sections.region_costs(cost_rows, region)
sections.region_grants(grants, region, short_name)
st.caption(t("coverage.method.general"))
