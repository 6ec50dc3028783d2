"""Restnoteringar: the active shortage notices, the regions that hold too little of each item,
its treatment alternatives with their stock, and what changed since a chosen date."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import data, fmt, nav, state
from dash_beredskap.ui.coverage import controls as cc
from dash_beredskap.ui.coverage import shortages as sh
from dash_beredskap.ui.i18n import t

nav.require_router()  # first: a page never runs without app.py

# 1. state: only the priority list (?priority=1), the targets
lang = state.language()
st.title(t("shortages.title"))
col_filter, col_target = st.columns([2, 1], gap="large")
only_priority = state.toggle_param(
    t("shortages.only_priority"), "priority", container=col_filter, help=t("shortages.only_help")
)
with col_target:
    targets = cc.targets_control()
target_text = cc.describe_targets(targets)

# 2. data: the active notices with their cover, their alternatives, the feed's default period
notices = data.run(queries.shortages.active_notices_cover, targets, lang, only_priority)
alternatives = data.run(queries.shortages.notice_alternatives, targets, lang, only_priority)
period = data.run(queries.shortages.shortage_feed_counts, None, only_priority).iloc[0]
notices = sh.notice_table(notices, alternatives)

# 3. render: the active notices
sh.active_section(notices, alternatives, target_text)

# one notice (?notice=) per region, with its alternatives
if len(notices):
    labels = sh.notice_labels(notices)
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
    sh.detail_section(detail, chosen["substance_name"], notice)

# what changed since ?since= (default: 30 days before the as-of date)
st.divider()
st.subheader(t("shortages.feed.title"))
if fmt.is_missing(period["as_of"]):
    st.info(t("shortages.feed.none"))
else:
    since = state.date_param(
        t("shortages.feed.since"),
        "since",
        default=sh.as_date(period["since"]),
        low=sh.FEED_EARLIEST,
        high=sh.as_date(period["as_of"]),
        container=st.columns(3)[0],
    )
    # the default period is the one already counted: no second round trip for the same rows
    is_default = since == sh.as_date(period["since"])
    counts = (
        period
        if is_default
        else data.run(queries.shortages.shortage_feed_counts, since, only_priority).iloc[0]
    )
    feed = data.run(
        queries.shortages.shortage_feed, None if is_default else since, lang, only_priority
    )
    sh.feed_section(counts, feed, since)
