"""Question 3: where did the state money go? Grants allocated, requisitioned, used, repaid.

Each function runs sql/queries/grants/<its name>.sql. Money is in kronor (SEK, bigint) unless
the column says otherwise; `lang` picks the instrument's name ('en', else Swedish). A `region`
that is None means the first region by code (chosen_region in macros.sql); a `recipient` that
is None means every recipient.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from dash_beredskap.queries.binder import Connection, fetch


def grant_totals(con: Connection) -> pd.DataFrame:
    """v_grant_ledger summed over every instrument, year and recipient: one row of the four
    money columns, used_share = used / allocated (null when nothing is allocated), last_year."""
    return fetch(con, "grants/grant_totals")


def grants_by_instrument(
    con: Connection, lang: str = "sv", recipient: str | None = None
) -> pd.DataFrame:
    """v_grant_ledger summed per instrument (one row each, oldest first) with its name, year and
    recipient kind. recipient: a region code or 'SKR'."""
    return fetch(con, "grants/grants_by_instrument", lang=lang, recipient=recipient)


def grant_instruments_list(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """v_grant_instruments: one row per instrument with its facts and deadlines (dates), by
    year then id."""
    return fetch(con, "grants/grant_instruments_list", lang=lang)


def grant_timeline(con: Connection, lang: str = "sv", recipient: str | None = None) -> pd.DataFrame:
    """v_grant_ledger summed per year x instrument, by year, instrument year, id. Allocated
    counts in the instrument's year; the rest in the year each happened."""
    return fetch(con, "grants/grant_timeline", lang=lang, recipient=recipient)


def grant_region_instrument_totals(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """v_grant_ledger summed per region x instrument over all years (regions only, not SKR),
    with region_short_name; by region code, then instrument year."""
    return fetch(con, "grants/grant_region_instrument_totals", lang=lang)


def grant_region_totals(con: Connection) -> pd.DataFrame:
    """v_grant_region_totals: one row per region (by code), money to date and per inhabitant
    (population_ref_date says which population), with region_short_name."""
    return fetch(con, "grants/grant_region_totals")


def grant_key_instruments(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """v_grant_instruments: the instruments split among the regions by population share,
    newest first."""
    return fetch(con, "grants/grant_key_instruments", lang=lang)


def grant_allocation_key(con: Connection, instrument_id: str | None = None) -> pd.DataFrame:
    """v_grant_allocation_key of one instrument (None: the newest split by population), one
    row per region by code, with region_name."""
    return fetch(con, "grants/grant_allocation_key", instrument_id=instrument_id)


def grant_ledger_rows(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """v_grant_ledger row by row (instrument x year x recipient) with the instrument's and the
    recipient's names: what the ledger download holds."""
    return fetch(con, "grants/grant_ledger_rows", lang=lang)


def grant_reconciliation(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """v_grant_reconciliation with names: every inconsistency found, in the view's order (no
    rows when the books agree)."""
    return fetch(con, "grants/grant_reconciliation", lang=lang)


def grant_deadline_facts(
    con: Connection,
    as_of: date | None = None,
    lang: str = "sv",
    recipient: str | None = None,
) -> pd.DataFrame:
    """v_grant_deadlines (instrument x recipient x deadline, by date) with what is known on
    `as_of` (None: today) to judge each one.

    requisitioned_sek: requisitions dated on or before as_of; requisitioned_by_deadline_sek:
    ... and on or before the deadline; used_sek, use_reported: use of years before as_of's year
    (a year's use is known once it is over); repaid_sek: repayments on or before as_of. A money
    column is null when the instrument has no rows of that kind at all (not loaded):
    metrics.deadline_status then says 'unknown'. report_submitted_on: the recipient's
    submission in table reports of the report due on that date (null: none); reports_loaded:
    the instrument has any row in reports (issue 12, point 7: reports, not use, judge reports).
    """
    return fetch(con, "grants/grant_deadline_facts", as_of=as_of, lang=lang, recipient=recipient)


def government_dates(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Every date the government set, by date: the agreements' deadlines (source_kind
    'agreement', one row per instrument x deadline of v_grant_deadlines; recipient 'regions' or
    'skr') and the assignments' reporting dates (source_kind 'assignment', table assignments;
    responsible, due_precision 'day' or 'month', submitted_on if known). date_kind: the
    deadline kind or the report kind (monthly, partial, final, report); title in `lang`."""
    return fetch(con, "grants/government_dates", lang=lang)


def grant_region_choices(con: Connection) -> pd.DataFrame:
    """Table regions: region_code and region_name of every region, by code."""
    return fetch(con, "grants/grant_region_choices")


def grant_region_instruments(
    con: Connection, lang: str = "sv", region: str | None = None
) -> pd.DataFrame:
    """One region's money per instrument (v_grant_ledger summed over years) beside its
    distribution key (v_grant_allocation_key: population, share, computed amount); by year."""
    return fetch(con, "grants/grant_region_instruments", lang=lang, region=region)


def grant_region_cumulative(con: Connection, region: str | None = None) -> pd.DataFrame:
    """v_grant_ledger for one region ('SKR' too) per year with running totals (*_cum_sek):
    every year from the first movement to the last, so the lines have no gaps."""
    return fetch(con, "grants/grant_region_cumulative", region=region)


def grant_use_by_purpose(con: Connection, region: str | None = None) -> pd.DataFrame:
    """v_grant_use for one recipient ('SKR' too) summed per year x purpose over instruments."""
    return fetch(con, "grants/grant_use_by_purpose", region=region)


def region_costs_by_year(con: Connection, region: str | None = None) -> pd.DataFrame:
    """v_region_costs for one region: year, kind (actual | planned), category, cost_sek; by
    year, kind, category."""
    return fetch(con, "grants/region_costs_by_year", region=region)


def grant_agreement_dates(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table grant_instruments: the instruments paid to the regions, for the time axes, oldest
    first. marker_date: the usage start, else 1 January of the year (no signing date held)."""
    return fetch(con, "grants/grant_agreement_dates", lang=lang)
