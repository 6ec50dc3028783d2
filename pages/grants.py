"""Statsbidrag: every krona from the state to the regions and SKR, allocation to repayment."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import badges, charts, data, fmt, nav, state
from dash_beredskap.ui.grants import charts as grant_charts
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

nav.require_router()  # first: a page never runs without app.py

MONEY_COLUMNS = [
    Column("allocated_sek", "col.allocated_sek", "mnkr"),
    Column("requisitioned_sek", "col.requisitioned_sek", "mnkr"),
    Column("used_sek", "col.used_sek", "mnkr"),
    Column("repaid_sek", "col.repaid_sek", "mnkr"),
]
INSTRUMENT_COLUMNS = [
    Column("short_name", "col.instrument_name", width="medium"),
    Column("year", "col.instrument_year"),
    Column("recipient_label", "grants.col.recipient"),
    Column("total_sek", "grants.col.total_sek", "mnkr"),
    Column("key_label", "grants.col.distribution_key"),
    Column("population_ref_date", "grants.col.population_ref_date", "date"),
    Column("requisition_deadline", "grants.col.requisition_deadline", "date"),
    Column("usage_start", "grants.col.usage_start", "date"),
    Column("usage_end", "grants.col.usage_end", "date"),
    Column("repayment_deadline", "grants.col.repayment_deadline", "date"),
    Column("report_deadline", "grants.col.report_deadline", "date"),
    Column("allocated_sek", "col.allocated_sek", "mnkr"),
    Column("basis_label", "grants.col.basis"),
    Column("instrument_name", "grants.col.full_name", width="large"),
    Column("source_document", "grants.col.source_document", width="large"),
]
KEY_COLUMNS = [
    Column("region_name", "col.region_name"),
    Column("population", "grants.col.population", "int"),
    Column("population_share", "grants.col.population_share", "percent", decimals=2),
    Column("allocated_sek", "grants.col.allocated_kr", "int"),
    Column("basis_label", "grants.col.basis"),
    Column("computed_sek", "grants.col.computed_sek", "int"),
    Column("difference_sek", "grants.col.difference_sek", "int"),
    Column("allocated_sek_per_inhabitant", "grants.col.sek_per_inhabitant", "number", 2),
]
RECONCILIATION_COLUMNS = [
    Column("rule_label", "grants.col.rule", width="large"),
    Column("instrument_name", "col.instrument_name", width="large"),
    Column("recipient_name", "grants.col.recipient"),
    Column("year", "col.year"),
    Column("amount_sek", "grants.col.amount_sek", "int"),
    Column("limit_sek", "grants.col.limit_sek", "int"),
    Column("difference_sek", "grants.col.difference_sek", "int"),
]
LEDGER_COLUMNS = [
    Column("instrument_id", "grants.col.instrument_id"),
    Column("instrument_name", "col.instrument_name"),
    Column("instrument_year", "col.instrument_year"),
    Column("year", "col.year"),
    Column("region_code", "grants.col.recipient_code"),
    Column("recipient_name", "grants.col.recipient"),
    *MONEY_COLUMNS,
]

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
    if len(reconciliation):
        st.badge(
            t("grants.recon.badge_problems", n=fmt.integer(len(reconciliation)))
            if len(reconciliation) > 1
            else t("grants.recon.badge_problem"),
            icon=":material/warning:",
            color="red",
        )
    else:
        st.badge(t("grants.recon.badge_ok"), icon=":material/check_circle:", color="green")
    badges.demo_badge("grants")

figures = st.columns(4)
for column, (name, label_key) in zip(figures, grant_charts.MONEY_SERIES, strict=True):
    column.metric(t(label_key), fmt.mnkr(totals[name]))
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
show_table(
    instruments.assign(
        short_name=instruments["instrument_name"].map(grant_charts.short_instrument_name),
        recipient_label=instruments["recipient"].map(lambda r: t(f"grants.recipient.{r}")),
        key_label=instruments["distribution_key"].map(lambda k: t(f"grants.key.{k}")),
        basis_label=instruments["allocation_basis"].map(
            lambda b: t(f"grants.basis.{b}") if isinstance(b, str) else fmt.MISSING
        ),
    ),
    INSTRUMENT_COLUMNS,
    height="all",
)
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
    show_table(
        key.assign(
            basis_label=key["basis"].map(
                lambda b: t(f"grants.basis.{b}") if isinstance(b, str) else fmt.MISSING
            )
        ),
        KEY_COLUMNS,
        height="all",
    )
    download_buttons(key, KEY_COLUMNS, f"fordelningsnyckel_{instrument}", key="grants_key")
    st.caption(t("grants.key.source", source=chosen["source_document"]))
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
    show_table(
        reconciliation.assign(
            rule_label=reconciliation["rule"].map(lambda r: t(f"grants.rule.{r}"))
        ),
        RECONCILIATION_COLUMNS,
    )
st.caption(t("grants.recon.method"))

st.subheader(t("grants.ledger.title"))
st.markdown(t("grants.ledger.sentence", n=fmt.integer(len(ledger))))
download_buttons(ledger, LEDGER_COLUMNS, "statsbidrag_huvudbok", key="grants_ledger")
st.caption(t("grants.ledger.method"))
badges.demo_badge("grants")
