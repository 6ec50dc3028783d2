"""Statsbidrag: every krona from the state to the regions and SKR, allocation to repayment."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.grants import charts as grant_charts
from dash_beredskap.ui.grants import columns, sections, tables
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

# 1. state: the measure of the region charts (?measure=used) and the instrument whose key is
#    shown (?instrument=ok2024_lakemedel); defaults: allocated, the newest population split
lang = state.language()
key_instruments = data.run(queries.grants.grant_key_instruments, lang)
key_names = dict(
    zip(key_instruments["instrument_id"], key_instruments["instrument_name"], strict=True)
)

st.title(t("grants.title"))
st.markdown(t("grants.lede"))

# 2. data
totals = data.run(queries.grants.grant_totals).iloc[0]
reconciliation = data.run(queries.grants.grant_reconciliation, lang)
timeline = data.run(queries.grants.grant_timeline, lang)
instruments = data.run(queries.grants.grant_instruments_list, lang)
ledger = data.run(queries.grants.grant_ledger_rows, lang)

# 3. render
badge_column, _ = st.columns([3, 2])
with badge_column:
    sections.reconciliation_badge(len(reconciliation))
    badges.demo_badge("grants")
    sections.computed_badge()

sections.money_figures(totals)
last_year = totals["last_year"]
st.caption(
    t(
        "grants.totals.caption",
        last_year=fmt.MISSING if fmt.is_missing(last_year) else int(last_year),
    )
)

if timeline.empty:
    st.info(t("grants.empty"))
    st.stop()

st.subheader(t("grants.timeline.title"))
st.markdown(t("grants.timeline.sentence"))
charts.show(grant_charts.grant_timeline(timeline, lang), key="grants_timeline")
st.caption(t("grants.timeline.method"))
badges.demo_badge("grants")

st.subheader(t("grants.regions.title"))
measure_column, _ = st.columns([1, 2])
measure = state.select_param(
    t("grants.measure_label"),
    "measure",
    grant_charts.GRANT_MEASURES,
    default="allocated",
    format_func=lambda m: t(f"col.{m}_sek"),
    container=measure_column,
)
region_money = data.run(queries.grants.grant_region_instrument_totals, lang)
region_totals = data.run(queries.grants.grant_region_totals)
population_dates = region_totals["population_ref_date"].dropna()
left, right = st.columns(2)
with left:
    st.markdown(t("grants.regions.cumulative", measure=t(f"col.{measure}_sek")))
    charts.show(
        grant_charts.region_money_by_instrument(region_money, measure, lang), key="grants_regions"
    )
    st.caption(t("grants.regions.cumulative_method"))
with right:
    st.markdown(t("grants.regions.per_inhabitant", measure=t(f"col.{measure}_sek")))
    charts.show(
        grant_charts.region_money_per_inhabitant(region_totals, measure, lang),
        key="grants_per_capita",
    )
    st.caption(
        t(
            "grants.regions.per_inhabitant_method",
            date=fmt.day(population_dates.max()) if len(population_dates) else fmt.MISSING,
        )
    )
badges.demo_badge("grants")
nav.link("grant_region", t("grants.regions.link"))

st.subheader(t("grants.instruments.title"))
st.markdown(t("grants.instruments.sentence", n=fmt.integer(len(instruments))))
instrument_rows = tables.instrument_rows(instruments, lang)
show_table(instrument_rows, columns.INSTRUMENT_COLUMNS, height="all")
download_buttons(instrument_rows, columns.INSTRUMENT_COLUMNS, "statsbidrag", key="grants_instr")
st.caption(t("grants.instruments.method"))

st.subheader(t("grants.key.title"))
if key_names:
    key_column, _ = st.columns([2, 1])
    instrument = state.select_param(
        t("grants.key.instrument_label"),
        "instrument",
        list(key_names),
        default=next(iter(key_names)),
        format_func=key_names.__getitem__,
        container=key_column,
    )
    key = data.run(queries.grants.grant_allocation_key, instrument)
    chosen = key_instruments.set_index("instrument_id").loc[instrument]
    st.markdown(
        t(
            "grants.key.sentence",
            total=fmt.mnkr(chosen["total_sek"]),
            date=fmt.day(chosen["population_ref_date"]),
            n_published=fmt.integer(chosen["n_published"]),
            n_regions=fmt.integer(chosen["n_recipients"]),
        )
    )
    key_rows = tables.key_rows(key, lang)
    show_table(key_rows, columns.KEY_COLUMNS, height="all")
    download_buttons(
        key_rows, columns.KEY_COLUMNS, f"fordelningsnyckel_{instrument}", key="grants_key"
    )
    st.caption(t("grants.key.source", source=fmt.plain(chosen["source_document"])))
    st.caption(t("grants.key.method"))
else:
    st.info(t("grants.key.none"))

st.subheader(t("grants.recon.title"))
if reconciliation.empty:
    st.success(t("grants.recon.none"), icon=":material/check_circle:")
else:
    st.warning(
        t("grants.recon.sentence", n=fmt.integer(len(reconciliation))), icon=":material/warning:"
    )
    recon_rows = tables.reconciliation_rows(reconciliation, lang)
    show_table(recon_rows, columns.RECONCILIATION_COLUMNS)
    download_buttons(recon_rows, columns.RECONCILIATION_COLUMNS, "avstamning", key="grants_recon")
st.caption(t("grants.recon.method"))

st.subheader(t("grants.ledger.title"))
st.markdown(t("grants.ledger.sentence", n=fmt.integer(len(ledger))))
download_buttons(ledger, columns.LEDGER_COLUMNS, "statsbidrag_huvudbok", key="grants_ledger")
st.caption(t("grants.ledger.method"))
badges.demo_badge("grants")
