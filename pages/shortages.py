"""Restnoteringar: the active shortage notices, the regions that hold too little of each item,
its treatment alternatives with their stock, and what changed since a chosen date."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

NOTICE_COLUMNS = [
    Column("substance_name", "col.substance_name"),
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("n_regions_below", "col.cover_n_regions_below", "int"),
    Column("n_regions_no_report", "col.cover_n_regions_no_report", "int"),
    Column("regions_below", "col.cover_regions_below", width="large"),
    Column("alternatives_text", "col.cover_alternatives", width="large"),
]
ALTERNATIVE_COLUMNS = [
    Column("substance_id", "col.cover_substance_id"),
    Column("alternative_name", "col.cover_alternative"),
    Column("alternative_atc_code", "col.atc_code"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
    Column("is_in_shortage", "col.cover_in_shortage", "bool"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("n_regions_reporting", "col.cover_n_regions_reporting", "int"),
    Column("n_regions_below", "col.cover_n_regions_below", "int"),
]
DETAIL_COLUMNS = [
    Column("item_name", "col.substance_name"),
    Column("is_alternative", "col.cover_is_alternative", "bool"),
    Column("region_code", "col.region_code"),
    Column("region_short_name", "col.region_name"),
    Column("has_report", "col.cover_has_report", "bool"),
    Column("days_of_cover", "col.cover_days", "number"),
    Column("is_zero_consumption", "col.cover_zero_use", "bool"),
    Column("meets_target", "col.cover_meets_target", "bool"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
]
FEED_COLUMNS = [
    Column("change_label", "col.cover_change_kind"),
    Column("change_date", "col.cover_change_date", "date"),
    Column("substance_name", "col.substance_name"),
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("resolved_date", "col.cover_resolved_date", "date"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
]

# 1. state: only the priority list (?priority=1), the targets, the notice (?notice=), ?since=
lang = state.language()
st.title(t("shortages.title"))
col_filter, col_target = st.columns([2, 1], gap="large")
only_priority = state.toggle_param(
    t("shortages.only_priority"), "priority", container=col_filter, help=t("shortages.only_help")
)
with col_target:
    targets = cc.targets_control()
target_text = cc.describe_targets(targets)

# 2. data
notices = data.run(queries.shortages.active_notices_cover, targets, lang, only_priority)
alternatives = data.run(queries.shortages.notice_alternatives, targets, lang, only_priority)
notices = cc.with_alternatives_text(cc.with_kind_labels(notices), alternatives)

# 3. render
as_of = notices["as_of_date"].iloc[0] if len(notices) else None
st.markdown(t("shortages.intro", target=target_text))
st.subheader(
    t("shortages.active.title", n=fmt.integer(len(notices)), date=fmt.day(as_of))
    if as_of is not None
    else t("shortages.active.none")
)
cc.notice_cards(notices, alternatives)
cc.source_caption(
    "v_shortage_notices, v_region_coverage_monthly, v_national_substance_cover, "
    "v_treatment_alternatives",
    t("shortages.method", target=target_text),
)
badges.demo_badge("shortages", "coverage")
with st.expander(t("shortages.table.title")):
    show_table(notices, NOTICE_COLUMNS, height=420)
    show_table(alternatives, ALTERNATIVE_COLUMNS, height=320)
download_buttons(notices, NOTICE_COLUMNS, "aktiva_restnoteringar", key="sh_notices")
download_buttons(alternatives, ALTERNATIVE_COLUMNS, "behandlingsalternativ", key="sh_alts")

if len(notices):
    labels = {
        r.notice_id: f"{r.substance_name} · {r.product_name} ({r.notice_id})"
        for r in notices.itertuples()
    }
    notice = state.select_param(
        t("shortages.detail.choose"),
        "notice",
        list(labels),
        default=next(iter(labels)),
        format_func=labels.get,
        container=st.columns([2, 1])[0],
    )
    chosen = notices.set_index("notice_id").loc[notice]
    detail = data.run(
        queries.shortages.shortage_cover_detail, chosen["substance_id"], targets, lang
    )
    st.subheader(t("shortages.detail.title", item=chosen["substance_name"]))
    charts.show(cover_charts.shortage_heat(detail), key="shortage_heat")
    cc.source_caption(
        "v_region_coverage_monthly, v_national_substance_cover, v_treatment_alternatives",
        t("shortages.detail.method"),
    )
    badges.demo_badge("coverage")
    download_buttons(detail, DETAIL_COLUMNS, f"restnotering_{notice}_per_region", key="sh_detail")

st.divider()
st.subheader(t("shortages.feed.title"))
period = data.run(queries.shortages.shortage_feed_counts, None, only_priority).iloc[0]
if fmt.is_missing(period["as_of"]):
    st.info(t("shortages.feed.none"))
else:
    since = state.date_param(
        t("shortages.feed.since"),
        "since",
        default=cc.as_date(period["since"]),
        low=cc.FEED_EARLIEST,
        high=cc.as_date(period["as_of"]),
        container=st.columns(3)[0],
    )
    counts = data.run(queries.shortages.shortage_feed_counts, since, only_priority).iloc[0]
    feed = cc.with_feed_labels(
        cc.with_kind_labels(data.run(queries.shortages.shortage_feed, since, lang, only_priority))
    )
    f1, f2, f3 = st.columns(3)
    f1.metric(t("shortages.feed.new"), fmt.integer(counts["n_new"]))
    f2.metric(t("shortages.feed.updated"), fmt.integer(counts["n_updated"]))
    f3.metric(t("shortages.feed.resolved"), fmt.integer(counts["n_resolved"]))
    st.markdown(t("shortages.feed.sentence", since=fmt.day(since), as_of=fmt.day(counts["as_of"])))
    if feed.empty:
        st.info(t("shortages.feed.none"))
    else:
        show_table(feed, FEED_COLUMNS, height="all" if len(feed) <= 15 else 560)
    cc.source_caption("v_shortage_notices", t("shortages.feed.method"))
    badges.demo_badge("shortages")
    download_buttons(feed, FEED_COLUMNS, f"restnoteringar_forandringar_{since}", key="sh_feed")
