"""Statsbidrag: state money allocated, requisitioned, used and repaid, per instrument and year."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

ALL = "all"
MONEY_COLUMNS = [
    Column("allocated_sek", "col.allocated_sek", "mnkr"),
    Column("requisitioned_sek", "col.requisitioned_sek", "mnkr"),
    Column("used_sek", "col.used_sek", "mnkr"),
    Column("repaid_sek", "col.repaid_sek", "mnkr"),
]
INSTRUMENT_COLUMNS = [
    Column("instrument_name", "col.instrument_name"),
    Column("instrument_year", "col.instrument_year"),
    *MONEY_COLUMNS,
]
YEAR_COLUMNS = [Column("year", "col.year"), *MONEY_COLUMNS]

# 1. state: the recipient (?region=01 | SKR, default all)
lang = state.language()
recipients = data.run(queries.grant_recipients)
names = dict(zip(recipients["region_code"], recipients["recipient_name"], strict=True))

st.title(t("grants.title"))
filter_column, _ = st.columns([1, 2])
region = state.select_param(
    t("grants.region_label"),
    "region",
    [ALL, *names],
    default=ALL,
    format_func=lambda code: t("grants.all_recipients") if code == ALL else names[code],
    container=filter_column,
)
recipient = None if region == ALL else region

# 2. data
by_instrument = data.run(queries.grants_by_instrument, lang, recipient)
by_year = data.run(queries.grants_by_year, recipient)

# 3. render
who = t("grants.all_recipients") if recipient is None else names[recipient]
st.markdown(t("grants.intro"))

st.subheader(t("grants.year.title", who=who))
charts.show(charts.money_by_year(by_year, lang), key="grants_year")
st.caption(t("common.source", source="v_grant_ledger"))
badges.demo_badge("grants")
download_buttons(by_year, YEAR_COLUMNS, f"statsbidrag_per_ar_{region}", key="grants_year")

st.subheader(t("grants.instrument.title", who=who))
show_table(by_instrument, INSTRUMENT_COLUMNS, height="all")
download_buttons(
    by_instrument, INSTRUMENT_COLUMNS, f"statsbidrag_per_instrument_{region}", key="grants_instr"
)

st.caption(t("common.source", source="v_grant_ledger + grant_instruments"))
badges.demo_badge("grants")
st.caption(t("grants.method"))
