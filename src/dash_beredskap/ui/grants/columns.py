"""The columns the grants pages show and export, in order, with their label keys and formats."""

from __future__ import annotations

from dash_beredskap.ui.tables import Column

MONEY_COLUMNS = [
    Column("allocated_sek", "col.allocated_sek", "mnkr"),
    Column("requisitioned_sek", "col.requisitioned_sek", "mnkr"),
    Column("used_sek", "col.used_sek", "mnkr"),
    Column("repaid_sek", "col.repaid_sek", "mnkr"),
]

# grants page: every instrument with its facts (a tables.instrument_rows frame)
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

# grants page: one instrument's distribution key (a tables.key_rows frame)
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

# grants page: the inconsistencies found (a tables.reconciliation_rows frame)
RECONCILIATION_COLUMNS = [
    Column("rule_label", "grants.col.rule", width="large"),
    Column("instrument_name", "col.instrument_name", width="large"),
    Column("recipient_name", "grants.col.recipient"),
    Column("year", "col.year"),
    Column("amount_sek", "grants.col.amount_sek", "int"),
    Column("limit_sek", "grants.col.limit_sek", "int"),
    Column("difference_sek", "grants.col.difference_sek", "int"),
]

# grants page: the ledger download (a queries.grants.grant_ledger_rows frame)
LEDGER_COLUMNS = [
    Column("instrument_id", "grants.col.instrument_id"),
    Column("instrument_name", "col.instrument_name"),
    Column("instrument_year", "col.instrument_year"),
    Column("year", "col.year"),
    Column("region_code", "grants.col.recipient_code"),
    Column("recipient_name", "grants.col.recipient"),
    *MONEY_COLUMNS,
]

# grant_region page: one region's money per instrument (a tables.with_short_names frame)
REGION_INSTRUMENT_COLUMNS = [
    Column("short_name", "col.instrument_name", width="medium"),
    Column("instrument_year", "col.instrument_year"),
    Column("allocated_sek", "col.allocated_sek", "mnkr"),
    Column("requisitioned_sek", "col.requisitioned_sek", "mnkr"),
    Column("used_sek", "col.used_sek", "mnkr"),
    Column("repaid_sek", "col.repaid_sek", "mnkr"),
    Column("population_share", "grants.col.population_share", "percent", decimals=2),
    Column("population", "grants.col.population", "int"),
    Column("population_ref_date", "grants.col.population_ref_date", "date"),
    Column("allocated_sek_per_inhabitant", "grants.col.sek_per_inhabitant", "number", 2),
]

# grant_region page: one region's deadlines (a tables.deadline_rows frame)
REGION_DEADLINE_COLUMNS = [
    Column("deadline_date", "grants.col.deadline_date", "date"),
    Column("kind_label", "grants.col.deadline_kind"),
    Column("instrument_name", "col.instrument_name"),
    Column("status_label", "grants.col.status"),
    Column("report_submitted_on", "grants.col.report_submitted_on", "date"),
]

# grant_deadlines page: every recipient's deadlines (a tables.deadline_rows frame)
STATUS_COLUMNS = [
    Column("deadline_date", "grants.col.deadline_date", "date"),
    Column("kind_label", "grants.col.deadline_kind"),
    Column("instrument_name", "col.instrument_name", width="large"),
    Column("recipient_name", "grants.col.recipient"),
    Column("status_label", "grants.col.status"),
    Column("requisitioned_sek", "col.requisitioned_sek", "int"),
    Column("used_sek", "col.used_sek", "int"),
    Column("repaid_sek", "col.repaid_sek", "int"),
    Column("report_submitted_on", "grants.col.report_submitted_on", "date"),
]

# deadlines page: every date the government set (a tables.government_date_rows frame)
GOVERNMENT_DATE_COLUMNS = [
    Column("date_label", "grants.col.deadline_date"),
    Column("kind_label", "grants.col.deadline_kind"),
    Column("source_label", "grants.col.source_kind"),
    Column("title", "grants.col.title", width="large"),
    Column("who_label", "grants.col.responsible"),
    Column("status_label", "grants.col.status"),
    Column("source", "grants.col.source_document", width="large"),
]
