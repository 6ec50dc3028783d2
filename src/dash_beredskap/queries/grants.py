"""Question 3: where did the state money go? Grants allocated, requisitioned, used, repaid."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dash_beredskap.queries._inline import (
    _CHOSEN_REGION,
    _NAME_SV_OR_EN,
    _REGION_SHORT,
    Connection,
    _df,
)


def grant_totals(con: Connection) -> pd.DataFrame:
    """View v_grant_ledger summed over every instrument, year and recipient (SEK), one row.

    used_share = used / allocated (null when nothing is allocated).
    """
    return _df(
        con,
        """
        select
            coalesce(sum(allocated_sek), 0)::bigint as allocated_sek,
            coalesce(sum(requisitioned_sek), 0)::bigint as requisitioned_sek,
            coalesce(sum(used_sek), 0)::bigint as used_sek,
            coalesce(sum(repaid_sek), 0)::bigint as repaid_sek,
            sum(used_sek) / nullif(sum(allocated_sek), 0) as used_share,
            max(year) as last_year
        from v_grant_ledger
        """,
    )


def grants_by_instrument(
    con: Connection, lang: str = "sv", recipient: str | None = None
) -> pd.DataFrame:
    """View v_grant_ledger summed per instrument (names from grant_instruments), SEK.

    recipient: a region code or 'SKR'; None sums all recipients.
    """
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        with ledger as (
            select * from v_grant_ledger where (? is null or region_code = ?)
        ),
        final as (
            select
                i.instrument_id,
                {name} as instrument_name,
                i.year as instrument_year,
                i.recipient as instrument_recipient,
                sum(l.allocated_sek)::bigint as allocated_sek,
                sum(l.requisitioned_sek)::bigint as requisitioned_sek,
                sum(l.used_sek)::bigint as used_sek,
                sum(l.repaid_sek)::bigint as repaid_sek
            from ledger l
            join grant_instruments i using (instrument_id)
            group by all
        )
        select * from final
        order by instrument_year, instrument_id
        """,
        [recipient, recipient, lang],
    )


def grant_instruments_list(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_grant_instruments: every instrument with its facts, oldest first.

    instrument_name in `lang`; total_sek and allocated_sek in kronor; the deadlines as dates.
    """
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        select
            i.instrument_id,
            {name} as instrument_name,
            i.year,
            i.recipient,
            i.total_sek,
            i.distribution_key,
            i.population_ref_date,
            i.requisition_deadline,
            i.usage_start,
            i.usage_end,
            i.repayment_deadline,
            i.report_deadline,
            i.source_document,
            i.n_recipients,
            i.n_published,
            i.allocated_sek,
            i.allocation_basis
        from v_grant_instruments i
        order by i.year, i.instrument_id
        """,
        [lang],
    )


def grant_timeline(con: Connection, lang: str = "sv", recipient: str | None = None) -> pd.DataFrame:
    """View v_grant_ledger summed per year and instrument (SEK), oldest first.

    Allocated counts in the instrument's year; requisitioned, used and repaid in the year each
    happened. recipient: a region code or 'SKR'; None sums all recipients.
    """
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        with ledger as (
            select * from v_grant_ledger where (?::varchar is null or region_code = ?)
        )
        select
            l.year,
            l.instrument_id,
            {name} as instrument_name,
            i.year as instrument_year,
            sum(l.allocated_sek)::bigint as allocated_sek,
            sum(l.requisitioned_sek)::bigint as requisitioned_sek,
            sum(l.used_sek)::bigint as used_sek,
            sum(l.repaid_sek)::bigint as repaid_sek
        from ledger l
        join grant_instruments i using (instrument_id)
        group by all
        order by l.year, i.year, l.instrument_id
        """,
        [recipient, recipient, lang],
    )


def grant_region_instrument_totals(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_grant_ledger summed per region and instrument over all years (SEK).

    Regions only (not SKR); region_short_name drops "Region ". Ordered by region code, then
    instrument year.
    """
    name = _NAME_SV_OR_EN.format(t="i")
    short = _REGION_SHORT.format(t="r")
    return _df(
        con,
        f"""
        select
            l.region_code,
            r.region_name,
            {short} as region_short_name,
            l.instrument_id,
            {name} as instrument_name,
            i.year as instrument_year,
            sum(l.allocated_sek)::bigint as allocated_sek,
            sum(l.requisitioned_sek)::bigint as requisitioned_sek,
            sum(l.used_sek)::bigint as used_sek,
            sum(l.repaid_sek)::bigint as repaid_sek
        from v_grant_ledger l
        join regions r using (region_code)
        join grant_instruments i using (instrument_id)
        group by all
        order by l.region_code, i.year, l.instrument_id
        """,
        [lang],
    )


def grant_region_totals(con: Connection) -> pd.DataFrame:
    """View v_grant_region_totals: per region, money to date and per inhabitant (latest
    population; population_ref_date says which). region_short_name drops "Region "."""
    short = _REGION_SHORT.format(t="v")
    return _df(
        con,
        f"""
        select v.*, {short} as region_short_name
        from v_grant_region_totals v
        order by v.region_code
        """,
    )


def grant_key_instruments(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_grant_instruments: the instruments split by population share, newest first."""
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        select i.instrument_id, {name} as instrument_name, i.year, i.total_sek,
            i.population_ref_date, i.allocation_basis, i.n_recipients, i.n_published,
            i.source_document
        from v_grant_instruments i
        where i.recipient = 'regions' and i.distribution_key = 'population'
        order by i.year desc, i.instrument_id desc
        """,
        [lang],
    )


def grant_allocation_key(con: Connection, instrument_id: str | None = None) -> pd.DataFrame:
    """View v_grant_allocation_key for one instrument (None: the newest split by population),
    with region names; by region code."""
    return _df(
        con,
        """
        with chosen as (
            select coalesce(?::varchar, (
                select instrument_id from v_grant_instruments
                where recipient = 'regions' and distribution_key = 'population'
                order by year desc, instrument_id desc
                limit 1
            )) as instrument_id
        )
        select k.*, coalesce(r.region_name, k.region_code) as region_name
        from v_grant_allocation_key k
        join chosen using (instrument_id)
        left join regions r using (region_code)
        order by k.region_code
        """,
        [instrument_id],
    )


def grant_ledger_rows(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_grant_ledger row by row (instrument x year x recipient, SEK), with the
    instrument's and the recipient's names: what the ledger download holds."""
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        select
            l.instrument_id,
            {name} as instrument_name,
            i.year as instrument_year,
            l.year,
            l.region_code,
            coalesce(r.region_name, l.region_code) as recipient_name,
            l.allocated_sek,
            l.requisitioned_sek,
            l.used_sek,
            l.repaid_sek
        from v_grant_ledger l
        join grant_instruments i using (instrument_id)
        left join regions r using (region_code)
        order by i.year, l.instrument_id, l.year, l.region_code
        """,
        [lang],
    )


def grant_reconciliation(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_grant_reconciliation with the instrument's and recipient's names: every
    inconsistency found (no rows when the books agree)."""
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        select
            v.rule,
            v.instrument_id,
            {name} as instrument_name,
            v.region_code,
            coalesce(r.region_name, v.region_code) as recipient_name,
            v.year,
            v.amount_sek,
            v.limit_sek,
            v.difference_sek
        from v_grant_reconciliation v
        join grant_instruments i using (instrument_id)
        left join regions r using (region_code)
        """,
        [lang],
    )


def grant_deadline_facts(
    con: Connection,
    as_of: date | None = None,
    lang: str = "sv",
    recipient: str | None = None,
) -> pd.DataFrame:
    """View v_grant_deadlines with what is known on `as_of` (None: today) to judge each one.

    Per instrument x recipient x deadline: requisitioned_sek (requisitions dated on or before
    as_of), requisitioned_by_deadline_sek (... and on or before the deadline), used_sek and
    use_reported (use reported for years before as_of's year: a year's use is known once the
    year is over), repaid_sek (repayments dated on or before as_of). A money column is null
    when the instrument has no rows of that kind at all (not loaded): metrics.deadline_status
    then says 'unknown'. recipient: a region code or 'SKR'; None: all.
    """
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        with params as (
            select coalesce(?::date, current_date) as as_of
        ),
        deadlines as (
            select * from v_grant_deadlines where (?::varchar is null or region_code = ?)
        ),
        requisitioned as (
            select
                d.instrument_id, d.region_code, d.deadline_kind,
                coalesce(sum(q.amount_sek) filter (where q.requisitioned_on <= p.as_of), 0)
                    as requisitioned_sek,
                coalesce(sum(q.amount_sek) filter (
                    where q.requisitioned_on <= least(p.as_of, d.deadline_date)
                ), 0) as requisitioned_by_deadline_sek
            from deadlines d
            cross join params p
            left join grant_requisitions q
                on q.instrument_id = d.instrument_id and q.recipient_code = d.region_code
            group by all
        ),
        used as (
            select
                d.instrument_id, d.region_code, d.deadline_kind,
                coalesce(sum(u.used_sek), 0) as used_sek,
                count(u.used_sek) > 0 as use_reported
            from deadlines d
            cross join params p
            left join grant_use u
                on u.instrument_id = d.instrument_id and u.recipient_code = d.region_code
                and u.year < year(p.as_of)
            group by all
        ),
        repaid as (
            select
                d.instrument_id, d.region_code, d.deadline_kind,
                coalesce(sum(x.amount_sek) filter (where x.repaid_on <= p.as_of), 0)
                    as repaid_sek
            from deadlines d
            cross join params p
            left join grant_repayments x
                on x.instrument_id = d.instrument_id and x.recipient_code = d.region_code
            group by all
        ),
        final as (
            select
                d.instrument_id,
                {name} as instrument_name,
                d.instrument_year,
                d.region_code,
                coalesce(r.region_name, d.region_code) as recipient_name,
                d.deadline_kind,
                d.deadline_date,
                d.usage_end,
                (select as_of from params) as as_of,
                case when d.instrument_id in (select instrument_id from grant_requisitions)
                    then q.requisitioned_sek end::bigint as requisitioned_sek,
                case when d.instrument_id in (select instrument_id from grant_requisitions)
                    then q.requisitioned_by_deadline_sek end::bigint
                    as requisitioned_by_deadline_sek,
                case when d.instrument_id in (select instrument_id from grant_use)
                    then u.used_sek end::bigint as used_sek,
                u.use_reported,
                case when d.instrument_id in (select instrument_id from grant_repayments)
                    then x.repaid_sek end::bigint as repaid_sek
            from deadlines d
            join grant_instruments i using (instrument_id)
            left join regions r using (region_code)
            join requisitioned q using (instrument_id, region_code, deadline_kind)
            join used u using (instrument_id, region_code, deadline_kind)
            join repaid x using (instrument_id, region_code, deadline_kind)
        )
        select * from final
        order by deadline_date, instrument_id, deadline_kind, region_code
        """,
        [as_of, recipient, recipient, lang],
    )


def grant_region_choices(con: Connection) -> pd.DataFrame:
    """Table regions: code and name of every region, by code (the drill-down's choices)."""
    return _df(con, "select region_code, region_name from regions order by region_code")


def grant_region_instruments(
    con: Connection, lang: str = "sv", region: str | None = None
) -> pd.DataFrame:
    """One region's money per instrument (v_grant_ledger summed over years, SEK) beside its
    distribution key (v_grant_allocation_key: population, share, computed amount). region:
    a county code (None: the first region)."""
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        with chosen as ({_CHOSEN_REGION}),
        sums as (
            select
                l.instrument_id,
                sum(l.allocated_sek)::bigint as allocated_sek,
                sum(l.requisitioned_sek)::bigint as requisitioned_sek,
                sum(l.used_sek)::bigint as used_sek,
                sum(l.repaid_sek)::bigint as repaid_sek
            from v_grant_ledger l
            join chosen using (region_code)
            group by l.instrument_id
        )
        select
            s.instrument_id,
            {name} as instrument_name,
            i.year as instrument_year,
            i.distribution_key,
            s.allocated_sek,
            s.requisitioned_sek,
            s.used_sek,
            s.repaid_sek,
            k.population_ref_date,
            k.population,
            k.population_share,
            k.computed_sek,
            k.basis,
            k.allocated_sek_per_inhabitant
        from sums s
        join grant_instruments i using (instrument_id)
        left join v_grant_allocation_key k
            on k.instrument_id = s.instrument_id
            and k.region_code = (select region_code from chosen)
        order by i.year, s.instrument_id
        """,
        [region, lang],
    )


def grant_region_cumulative(con: Connection, region: str | None = None) -> pd.DataFrame:
    """View v_grant_ledger for one region per year, with running totals (SEK): every year from
    the first movement to the last, so the cumulative lines have no gaps. region: a county
    code or 'SKR' (None: the first region)."""
    return _df(
        con,
        f"""
        with chosen as ({_CHOSEN_REGION}),
        ledger as (
            select l.* from v_grant_ledger l join chosen using (region_code)
        ),
        years as (
            select unnest(range(min(year), max(year) + 1)) as year from ledger
        ),
        by_year as (
            select
                y.year,
                coalesce(sum(l.allocated_sek), 0)::bigint as allocated_sek,
                coalesce(sum(l.requisitioned_sek), 0)::bigint as requisitioned_sek,
                coalesce(sum(l.used_sek), 0)::bigint as used_sek,
                coalesce(sum(l.repaid_sek), 0)::bigint as repaid_sek
            from years y
            left join ledger l using (year)
            group by y.year
        )
        select
            year,
            allocated_sek,
            requisitioned_sek,
            used_sek,
            repaid_sek,
            sum(allocated_sek) over (order by year)::bigint as allocated_cum_sek,
            sum(requisitioned_sek) over (order by year)::bigint as requisitioned_cum_sek,
            sum(used_sek) over (order by year)::bigint as used_cum_sek,
            sum(repaid_sek) over (order by year)::bigint as repaid_cum_sek
        from by_year
        order by year
        """,
        [region],
    )


def grant_use_by_purpose(con: Connection, region: str | None = None) -> pd.DataFrame:
    """View v_grant_use for one recipient summed per year and purpose over instruments (SEK).
    region: a county code or 'SKR' (None: the first region)."""
    return _df(
        con,
        f"""
        with chosen as ({_CHOSEN_REGION})
        select u.year, u.purpose, sum(u.used_sek)::bigint as used_sek
        from v_grant_use u
        join chosen using (region_code)
        group by all
        order by u.year, u.purpose
        """,
        [region],
    )


def region_costs_by_year(con: Connection, region: str | None = None) -> pd.DataFrame:
    """View v_region_costs for one region: year, kind (actual | planned), category, cost_sek.
    region: a county code (None: the first region)."""
    return _df(
        con,
        f"""
        with chosen as ({_CHOSEN_REGION})
        select c.year, c.kind, c.category, c.cost_sek
        from v_region_costs c
        join chosen using (region_code)
        order by c.year, c.kind, c.category
        """,
        [region],
    )


def grant_agreement_dates(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table grant_instruments: the instruments paid to the regions, for the time axes.

    marker_date: the start of the instrument's usage period, else 1 January of its year (the
    database holds no signing date). Oldest first.
    """
    name = _NAME_SV_OR_EN.format(t="i")
    return _df(
        con,
        f"""
        select
            coalesce(i.usage_start, make_date(i.year, 1, 1)) as marker_date,
            i.instrument_id,
            {name} as instrument_name,
            i.year,
            i.total_sek
        from grant_instruments i
        where i.recipient = 'regions'
        order by marker_date, i.instrument_id
        """,
        [lang],
    )
