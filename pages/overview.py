"""Lägesbild: the headline figures, each with one sentence, its source and a link onwards."""

import streamlit as st

from dash_beredskap import metrics, queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.cards import Figure, figure_card, share_change, source_caption
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage.headline import reports_text
from dash_beredskap.ui.i18n import t

nav.require_router()  # first: a page never runs without app.py


# 1. state
lang = state.language()

# 2. data
cov = metrics.year_on_year(data.run(queries.coverage.national_cover_trend))
regions = data.run(queries.coverage.region_cover_on)
supply = data.run(queries.supply.single_country_api_summary).iloc[0]
grants = data.run(queries.grants.grant_totals).iloc[0]
shortages = data.run(queries.shortages.active_shortage_summary).iloc[0]

# 3. render
st.title(t("overview.title"))
if cov is None:
    st.info(t("overview.no_snapshot"))
    st.stop()
has_prev = not fmt.is_missing(cov["prev_snapshot_date"])
st.caption(t("overview.as_of", date=fmt.day(cov["snapshot_date"])))

cards, by_region = st.columns([5, 4], gap="large")
row_1 = cards.columns(2)
row_2 = cards.columns(2)
with row_1[0]:
    figure_card(
        [
            share_change(
                fmt.percent(cov["share_meeting_target"]),
                t("overview.coverage.label"),
                cov["change_share"] if has_prev else None,
                help=t("overview.coverage.help"),
            )
        ],
        sentence=t(
            "overview.coverage.sentence" if has_prev else "overview.coverage.sentence_no_prev",
            n_meeting=fmt.integer(cov["n_meeting_target"]),
            n_pairs=fmt.integer(cov["n_pairs"]),
            prev=fmt.day(cov["prev_snapshot_date"]),
        )
        + " "
        + reports_text(cov, lang),
        source="v_national_coverage_summary",
        figure_kind="coverage",
        page_key="coverage",
        link_label=t("overview.coverage.link"),
    )

with row_1[1]:
    figure_card(
        [Figure(t("overview.supply.label"), fmt.integer(supply["n_single_country"]))],
        sentence=t(
            "overview.supply.sentence",
            n_known=fmt.integer(supply["n_with_api_sites"]),
            n_priority=fmt.integer(supply["n_priority"]),
        ),
        source="v_supply_concentration",
        figure_kind="supply",
        page_key="manufacturing",
        link_label=t("overview.supply.link"),
    )

with row_2[0]:
    figure_card(
        [
            Figure(t("overview.grants.allocated"), fmt.mnkr(grants["allocated_sek"])),
            Figure(t("overview.grants.used"), fmt.mnkr(grants["used_sek"])),
        ],
        sentence=t(
            "overview.grants.sentence",
            share=fmt.percent(grants["used_share"]),
            repaid=fmt.mnkr(grants["repaid_sek"]),
        ),
        source="v_grant_ledger",
        figure_kind="grants",
        page_key="grants",
        link_label=t("overview.grants.link"),
    )

with row_2[1]:
    figure_card(
        [Figure(t("overview.shortages.label"), fmt.integer(shortages["n_active"]))],
        sentence=t(
            "overview.shortages.sentence",
            n_priority=fmt.integer(shortages["n_on_priority_list"]),
            n_sales=fmt.integer(shortages["n_forsaljningsuppehall"]),
            date=fmt.day(shortages["as_of"]),
        ),
        source=t("overview.shortages.source"),
        figure_kind="shortages",
        page_key="shortages",
        link_label=t("overview.shortages.link"),
    )

with by_region:
    st.subheader(t("overview.regions.title"))
    st.markdown(t("overview.regions.sentence", date=fmt.day(cov["snapshot_date"])))
    charts.show(cover_charts.region_coverage(regions, lang, compact=True), key="overview_regions")
    source_caption("v_region_coverage_summary")
    badges.demo_badge("coverage")
    nav.link("coverage", t("overview.coverage.link"))
