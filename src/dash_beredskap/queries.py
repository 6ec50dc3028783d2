"""Every SELECT the app runs, one named function each (no Streamlit here).

Each function takes an open connection or cursor and plain parameters, binds the parameters
with `?` and returns a DataFrame. Identifiers never come from the caller. The docstring names
the public view (or base table) a figure comes from, so the page that shows it can say so.

The app calls these through `ui.data.run(query, *params)`, which caches results per
(query name, parameters, database file version).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

import duckdb
import pandas as pd

from dash_beredskap.metrics import DEFAULT_TARGETS, Targets

Connection = duckdb.DuckDBPyConnection

# The language picks a name column through a bound value, never by building SQL text.
_NAME_SV_OR_EN = "case when ? = 'en' then {t}.name_en else {t}.name_sv end"

_CURRENT_PRIORITY = """
    select i.substance_id
    from priority_list_items i
    join priority_lists l using (list_version)
    where l.is_current
"""

# "Active as of the latest snapshot date" D: started on or before D and not resolved by D
# (resolved_date null, or after D). D is the newest stock snapshot (read from the month-end
# table built at load time, not the raw stock table); with no snapshot, the newest shortage
# update stands in.
_SHORTAGE_AS_OF = """
    select coalesce(
        (select max(snapshot_date) from agg_coverage_monthly),
        (select max(updated_on) from shortages)
    ) as as_of
"""


def _df(con: Connection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


# ------------------------------------------------------------------ the file itself


def schema_info(con: Connection) -> pd.DataFrame:
    """One row: the schema version stamped in the file and when the file was created."""
    return _df(
        con,
        "select version as schema_version, created_at from schema_version "
        "order by version desc limit 1",
    )


def data_sources(con: Connection) -> pd.DataFrame:
    """Table data_sources: every data set built or loaded, real or synthetic, newest first."""
    return _df(
        con,
        """
        select dataset, title, is_synthetic, source, licence, loaded_at, n_rows, file_name
        from data_sources
        order by dataset, loaded_at desc
        """,
    )


def public_views(con: Connection) -> pd.DataFrame:
    """The public views (v_*) present in the file, by name: the analyst's contract."""
    return _df(
        con,
        r"""
        select view_name
        from duckdb_views()
        where not internal and schema_name = 'main' and view_name like 'v\_%' escape '\'
        order by view_name
        """,
    )


# ------------------------------------------------------------------ coverage


def national_coverage_headline(con: Connection) -> pd.DataFrame:
    """View v_national_coverage_summary: the latest snapshot and the one a year before it.

    One row (none when there is no snapshot). "A year before" is the newest snapshot on or
    before the same calendar date one year earlier; its columns are null if there is none.
    n_pairs = n_priority x n_regions, the (region, item) pairs the share is taken over;
    change_share = share_meeting_target - prev_share_meeting_target (0..1 units).
    """
    return _df(
        con,
        """
        with summary as (
            select * from v_national_coverage_summary
        ),
        latest as (
            select * from summary order by snapshot_date desc limit 1
        ),
        previous as (
            select s.snapshot_date, s.share_meeting_target
            from summary s, latest
            where s.snapshot_date <= (latest.snapshot_date - interval 1 year)::date
            order by s.snapshot_date desc
            limit 1
        ),
        final as (
            select
                latest.snapshot_date,
                latest.share_meeting_target,
                latest.n_meeting_target,
                latest.n_priority,
                latest.n_regions,
                latest.n_regions_reporting,
                latest.n_priority * latest.n_regions as n_pairs,
                previous.snapshot_date as prev_snapshot_date,
                previous.share_meeting_target as prev_share_meeting_target,
                latest.share_meeting_target - previous.share_meeting_target as change_share
            from latest
            left join previous on true
        )
        select * from final
        """,
    )


def national_coverage_trend(con: Connection) -> pd.DataFrame:
    """View v_national_coverage_summary: one row per snapshot date, oldest first."""
    return _df(
        con,
        """
        select snapshot_date, share_meeting_target, n_meeting_target, n_priority, n_regions,
            n_priority * n_regions as n_pairs, n_regions_reporting
        from v_national_coverage_summary
        order by snapshot_date
        """,
    )


def coverage_snapshot_dates(con: Connection) -> pd.DataFrame:
    """View v_national_coverage_summary: every snapshot date, newest first."""
    return _df(
        con,
        "select snapshot_date from v_national_coverage_summary order by snapshot_date desc",
    )


def region_coverage_on(con: Connection, snapshot_date: date | None = None) -> pd.DataFrame:
    """View v_region_coverage_summary on one snapshot date (None: the latest), all 21 regions.

    A region with no report on the date keeps its row with null figures (no report is not
    zero). region_short_name drops the leading "Region " for chart labels. Sorted by share
    meeting the 30-day target, highest first, no report last.
    """
    return _df(
        con,
        """
        with on_date as (
            select coalesce(?, (select max(snapshot_date) from v_region_coverage_summary))
                as snapshot_date
        ),
        summary as (
            select s.*
            from v_region_coverage_summary s
            join on_date d using (snapshot_date)
        ),
        final as (
            select
                (select snapshot_date from on_date) as snapshot_date,
                r.region_code,
                r.region_name,
                regexp_replace(r.region_name, '^Region ', '') as region_short_name,
                s.n_priority,
                s.n_reported,
                s.n_meeting_target,
                s.share_meeting_target
            from regions r
            left join summary s using (region_code)
        )
        select * from final
        order by share_meeting_target desc nulls last, region_name
        """,
        [snapshot_date],
    )


# ------------------------------------------------------------------ manufacturing


def single_country_api_summary(con: Connection) -> pd.DataFrame:
    """View v_supply_concentration over the current priority list, one row.

    n_priority: items on the list; n_with_api_sites: of those, items with at least one known
    active-substance (API) site; n_single_country: items whose API sites are all in one country.
    """
    return _df(
        con,
        f"""
        with priority as ({_CURRENT_PRIORITY})
        select
            count(*) as n_priority,
            count(*) filter (where v.n_api_sites > 0) as n_with_api_sites,
            count(*) filter (where v.single_country_api) as n_single_country
        from priority p
        left join v_supply_concentration v using (substance_id)
        """,
    )


# ------------------------------------------------------------------ shortages


def active_shortage_summary(con: Connection) -> pd.DataFrame:
    """Table shortages: notices active on the latest snapshot date, one row.

    Active on date D (as_of): start_date <= D and (resolved_date is null or resolved_date > D).
    n_on_priority_list counts the active notices for substances on the current priority list.
    """
    return _df(
        con,
        f"""
        with as_of as ({_SHORTAGE_AS_OF}),
        priority as ({_CURRENT_PRIORITY}),
        active as (
            select sh.*
            from shortages sh, as_of
            where sh.start_date <= as_of.as_of
              and (sh.resolved_date is null or sh.resolved_date > as_of.as_of)
        )
        select
            (select as_of from as_of) as as_of,
            count(*) as n_active,
            count(*) filter (where kind = 'restnotering') as n_restnotering,
            count(*) filter (where kind = 'forsaljningsuppehall') as n_forsaljningsuppehall,
            count(*) filter (where substance_id in (select substance_id from priority))
                as n_on_priority_list
        from active
        """,
    )


def active_shortages(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table shortages: the notices active on the latest snapshot date (see the summary)."""
    name = _NAME_SV_OR_EN.format(t="s")
    return _df(
        con,
        f"""
        with as_of as ({_SHORTAGE_AS_OF}),
        priority as ({_CURRENT_PRIORITY}),
        final as (
            select
                sh.notice_id,
                sh.substance_id,
                {name} as substance_name,
                sh.product_name,
                sh.kind,
                sh.start_date,
                sh.expected_end_date,
                sh.substance_id in (select substance_id from priority) as is_on_priority_list
            from shortages sh
            join substances s using (substance_id), as_of
            where sh.start_date <= as_of.as_of
              and (sh.resolved_date is null or sh.resolved_date > as_of.as_of)
        )
        select * from final
        order by is_on_priority_list desc, start_date, substance_name, notice_id
        """,
        [lang],
    )


# ------------------------------------------------------------------ grants


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


_REGION_SHORT = "regexp_replace({t}.region_name, '^Region ', '')"
_CHOSEN_REGION = (
    "select coalesce(?::varchar, (select min(region_code) from regions)) as region_code"
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


def coverage_trend_of_region(con: Connection, region: str | None = None) -> pd.DataFrame:
    """Views v_region_coverage_summary (the region) and v_national_coverage_summary (all
    regions) per snapshot date: the share of the priority list held for 30 days, 0..1.
    region: a county code (None: the first region)."""
    return _df(
        con,
        f"""
        with chosen as ({_CHOSEN_REGION})
        select
            s.snapshot_date,
            s.share_meeting_target,
            s.n_meeting_target,
            s.n_priority,
            n.share_meeting_target as national_share_meeting_target
        from v_region_coverage_summary s
        join chosen using (region_code)
        left join v_national_coverage_summary n using (snapshot_date)
        order by s.snapshot_date
        """,
        [region],
    )


# ---- manufacturing and supply
# The supply pages filter by a SupplySelection. Every filter is a bound named value ($name);
# None means "all". Substance filters (substance, atc, list_version) choose substances; site
# filters (site_type, area, vital, company) choose sites; a site is in the selection when it
# passes the site filters and makes at least one chosen substance.


@dataclass(frozen=True)
class SupplySelection:
    """What the map, the country figures and the tables show (None: no filter).

    substance: a substance_id. atc: an ATC code prefix, level 1-4 (1, 3, 4 or 5 characters;
    products without an ATC code drop out). list_version: substances on that priority list.
    site_type: api | fpp | packaging. area: 'eu_eea', 'nordic', 'rest' (outside the EU/EEA)
    or an ISO alpha-2 country code. vital: the company's vital-importance flag. company: a
    company_id.
    """

    substance: str | None = None
    atc: str | None = None
    list_version: str | None = None
    site_type: str | None = None
    area: str | None = None
    vital: bool | None = None
    company: str | None = None

    def params(self) -> dict[str, object]:
        return {f"sel_{k}": v for k, v in asdict(self).items()}


ALL_SITES = SupplySelection()

_NAMED_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")


def _named_df(con: Connection, sql: str, values: dict[str, object]) -> pd.DataFrame:
    """Run `sql` with the named values it uses (DuckDB refuses values a query does not use)."""
    used = set(_NAMED_PARAM.findall(sql))
    return con.execute(sql, {k: v for k, v in values.items() if k in used}).df()


_CHOSEN_SUBSTANCES = """
    select s.substance_id
    from substances s
    where ($sel_substance is null or s.substance_id = $sel_substance)
      and ($sel_atc is null or starts_with(s.atc_code, $sel_atc))
      and ($sel_list_version is null or s.substance_id in (
            select substance_id from priority_list_items where list_version = $sel_list_version
          ))
"""

# Sites of v_site_map in the selection, with how many chosen substances each makes.
_SELECTED_SITES = f"""
    chosen_substances as ({_CHOSEN_SUBSTANCES}),
    chosen_links as (
        select ss.site_id, count(*) as n_selected_substances
        from site_substances ss
        semi join chosen_substances c on c.substance_id = ss.substance_id
        group by ss.site_id
    ),
    selected as (
        select
            m.*,
            case when $lang = 'en' then m.country_name_en else m.country_name_sv end
                as country_name,
            case when $lang = 'en' then m.substance_names_en else m.substance_names end
                as substance_names_lang,
            l.n_selected_substances
        from v_site_map m
        join chosen_links l using (site_id)
        where ($sel_site_type is null or m.site_type = $sel_site_type)
          and ($sel_area is null
               or ($sel_area = 'eu_eea' and m.is_eu_eea)
               or ($sel_area = 'nordic' and m.is_nordic)
               or ($sel_area = 'rest' and not m.is_eu_eea)
               or m.country_iso2 = $sel_area)
          and ($sel_vital is null or m.is_vital = $sel_vital)
          and ($sel_company is null or m.company_id = $sel_company)
    )
"""


def supply_substance_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table substances with view v_substance_supply: every product, for the pickers.

    substance_name in `lang`; is_priority: on the current list. Sorted by name.
    """
    return _named_df(
        con,
        """
        select
            s.substance_id,
            case when $lang = 'en' then s.name_en else s.name_sv end as substance_name,
            s.atc_code,
            s.category,
            v.is_priority,
            v.vulnerability_score
        from substances s
        join v_substance_supply v using (substance_id)
        order by substance_name, s.substance_id
        """,
        {"lang": lang},
    )


def atc_group_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Tables substances + atc_groups: the ATC groups (levels 1-4) of the products.

    group_name is the group's English ATC name ('' if unknown); atc_group is the code prefix
    (level 1 = 1 character, 2 = 3, 3 = 4, 4 = 5); n_substances
    counts the products in it; example_names lists up to three of their names in `lang`.
    Sorted by code, so a group follows its parent.
    """
    return _named_df(
        con,
        """
        with levels as (
            select * from (values (1, 1), (2, 3), (3, 4), (4, 5)) as l(atc_level, n_chars)
        ),
        grouped as (
            select
                left(s.atc_code, l.n_chars) as atc_group,
                l.atc_level,
                count(*) as n_substances,
                list(case when $lang = 'en' then s.name_en else s.name_sv end
                     order by s.name_sv) as names
            from substances s
            cross join levels l
            where s.atc_code is not null and length(s.atc_code) >= l.n_chars
            group by all
        )
        select
            g.atc_group,
            g.atc_level,
            coalesce(a.name_en, '') as group_name,
            g.n_substances,
            array_to_string(list_slice(g.names, 1, 3), ', ') as example_names
        from grouped g
        left join atc_groups a on a.atc_code = g.atc_group
        order by g.atc_group
        """,
        {"lang": lang},
    )


def priority_list_options(con: Connection) -> pd.DataFrame:
    """Table priority_lists: every list version with its item count, the current one first."""
    return _df(
        con,
        """
        select
            l.list_version,
            l.title,
            l.published_on,
            l.is_current,
            count(i.substance_id) as n_items
        from priority_lists l
        left join priority_list_items i using (list_version)
        group by all
        order by l.is_current desc, l.published_on desc, l.list_version
        """,
    )


def site_country_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_site_map: the countries that have a site, with their site count, by name."""
    return _named_df(
        con,
        """
        select
            country_iso2,
            any_value(case when $lang = 'en' then country_name_en else country_name_sv end)
                as country_name,
            count(*) as n_sites
        from v_site_map
        group by country_iso2
        order by country_name, country_iso2
        """,
        {"lang": lang},
    )


def site_selection_summary(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: the selection in numbers, one row.

    n_sites, n_countries, n_companies, n_cities (distinct country and city), sites per type,
    and n_substances: the chosen substances made at a selected site.
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES},
        made as (
            select count(distinct ss.substance_id) as n_substances
            from site_substances ss
            semi join selected s on s.site_id = ss.site_id
            semi join chosen_substances c on c.substance_id = ss.substance_id
        )
        select
            count(*) as n_sites,
            count(distinct country_iso2) as n_countries,
            count(distinct company_id) as n_companies,
            count(distinct (country_iso2, city)) as n_cities,
            count(*) filter (where site_type = 'api') as n_api_sites,
            count(*) filter (where site_type = 'fpp') as n_fpp_sites,
            count(*) filter (where site_type = 'packaging') as n_packaging_sites,
            any_value(made.n_substances) as n_substances
        from selected, made
        """,
        {**selection.params(), "lang": lang},
    )


def site_map_points(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: one row per site in the selection, for the map and its tooltip.

    n_selected_substances: the chosen substances the site makes; substance_names: every
    substance it makes, in `lang`. Every selected site, no limit: check the count with
    site_selection_summary first and use site_map_cells for large selections.
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES}
        select
            site_id, company_id, company_name, is_vital, site_type, country_iso2,
            country_name, city, lat, lon, capacity_index, n_substances,
            n_priority_substances, n_selected_substances,
            substance_names_lang as substance_names
        from selected
        order by site_id
        """,
        {**selection.params(), "lang": lang},
    )


def site_map_cells(
    con: Connection,
    selection: SupplySelection = ALL_SITES,
    lang: str = "sv",
    cell_deg: float = 1.0,
) -> pd.DataFrame:
    """View v_site_map aggregated to a grid of `cell_deg` x `cell_deg` degrees: every site of
    the selection counted in exactly one cell (for maps of more points than a browser draws).

    lat/lon: the mean position of the cell's sites; n_sites and per type; main_site_type: the
    most common type (ties: api, fpp, packaging); top_city/top_country: the place with most
    sites (ties: alphabetical); n_cities, n_countries, n_companies; capacity_index_sum over
    the sites with a known capacity.
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES},
        placed as (
            select
                *,
                floor(lat / $cell_deg)::bigint as cell_y,
                floor(lon / $cell_deg)::bigint as cell_x
            from selected
        ),
        places as (
            select cell_y, cell_x, city, country_name, count(*) as n
            from placed
            group by all
        ),
        top_place as (
            select
                cell_y,
                cell_x,
                first(city order by n desc, city, country_name) as top_city,
                first(country_name order by n desc, city, country_name) as top_country,
                count(*) as n_cities
            from places
            group by cell_y, cell_x
        ),
        cells as (
            select
                cell_y,
                cell_x,
                avg(lat) as lat,
                avg(lon) as lon,
                count(*) as n_sites,
                count(*) filter (where site_type = 'api') as n_api_sites,
                count(*) filter (where site_type = 'fpp') as n_fpp_sites,
                count(*) filter (where site_type = 'packaging') as n_packaging_sites,
                count(distinct country_iso2) as n_countries,
                count(distinct company_id) as n_companies,
                sum(capacity_index) as capacity_index_sum
            from placed
            group by cell_y, cell_x
        ),
        final as (
            select
                c.*,
                case
                    when c.n_api_sites >= c.n_fpp_sites
                        and c.n_api_sites >= c.n_packaging_sites then 'api'
                    when c.n_fpp_sites >= c.n_packaging_sites then 'fpp'
                    else 'packaging'
                end as main_site_type,
                t.top_city,
                t.top_country,
                t.n_cities
            from cells c
            join top_place t using (cell_y, cell_x)
        )
        select * from final
        order by n_sites desc, cell_y, cell_x
        """,
        {**selection.params(), "lang": lang, "cell_deg": cell_deg},
    )


def sites_per_country(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map per country, for the choropleth: every country with a shape, also those
    with no site in the selection (zeros).

    share_of_api_sites = the country's active-substance (API) sites / all API sites in the
    selection (0..1; null when the selection has no API site).
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES},
        by_country as (
            select
                country_iso2,
                count(*) as n_sites,
                count(*) filter (where site_type = 'api') as n_api_sites,
                count(*) filter (where site_type = 'fpp') as n_fpp_sites,
                count(*) filter (where site_type = 'packaging') as n_packaging_sites
            from selected
            group by country_iso2
        ),
        totals as (
            select sum(n_api_sites) as total_api_sites from by_country
        ),
        final as (
            select
                c.iso2 as country_iso2,
                case when $lang = 'en' then c.name_en else c.name_sv end as country_name,
                c.is_eu_eea,
                c.is_nordic,
                coalesce(b.n_sites, 0)::bigint as n_sites,
                coalesce(b.n_api_sites, 0)::bigint as n_api_sites,
                coalesce(b.n_fpp_sites, 0)::bigint as n_fpp_sites,
                coalesce(b.n_packaging_sites, 0)::bigint as n_packaging_sites,
                coalesce(b.n_api_sites, 0) / nullif(t.total_api_sites, 0) as share_of_api_sites
            from countries c
            semi join shapes sh on sh.layer = 'countries' and sh.code = c.iso2
            left join by_country b on b.country_iso2 = c.iso2
            cross join totals t
        )
        select * from final
        order by n_sites desc, country_name
        """,
        {**selection.params(), "lang": lang},
    )


def shapes(con: Connection, layer: str = "countries") -> pd.DataFrame:
    """Table shapes: one GeoJSON geometry (RFC 7946, WGS84) per code of `layer`.

    layer 'countries': code = ISO alpha-2; 'regions': code = county code.
    """
    return _df(
        con,
        "select code, geojson from shapes where layer = ? order by code",
        [layer],
    )


_SUPPLY_COLUMNS = """
    v.substance_id,
    case when $lang = 'en' then v.name_en else v.name_sv end as substance_name,
    v.atc_code,
    v.atc_l4,
    v.category,
    v.is_priority,
    v.source_stage,
    v.n_source_sites,
    v.n_source_countries,
    v.n_source_companies,
    v.hhi_source,
    v.eu_eea_share_source,
    v.n_fpp_sites,
    v.n_nordic_sites,
    v.n_nordic_api_sites,
    v.n_nordic_fpp_sites,
    v.n_swedish_sites,
    v.n_active_shortages,
    v.n_shortages_3y,
    v.score_concentration,
    v.score_few_sources,
    v.score_outside_eu_eea,
    v.score_shortage_history,
    v.points_concentration,
    v.points_few_sources,
    v.points_outside_eu_eea,
    v.points_shortage_history,
    v.vulnerability_score,
    v.has_no_known_source,
    c.n_api_sites,
    c.n_api_countries,
    c.hhi_api,
    c.top_api_country,
    case when $lang = 'en' then k.name_en else k.name_sv end as top_api_country_name,
    c.top_api_country_share,
    c.single_country_api
"""


VULNERABILITY_FOCUS = ("all", "high", "shortage", "one_country", "outside_eu_eea", "no_source")
HIGH_SCORE = 50  # "high vulnerability": a score of at least this


def vulnerability_table(
    con: Connection,
    selection: SupplySelection = ALL_SITES,
    lang: str = "sv",
    focus: str = "all",
) -> pd.DataFrame:
    """Views v_substance_supply and v_supply_concentration: one row per chosen substance.

    Only the substance filters of `selection` apply (substance, atc, list_version): the score
    is a property of the whole supply chain, and a substance must not drop out of the table
    because a site filter hides its sites. `focus` narrows the rows: 'high' (score >=
    HIGH_SCORE), 'shortage' (an active notice), 'one_country' (all source-stage sites in one
    country), 'outside_eu_eea' (no source-stage site in the EU/EEA, or none known),
    'no_source' (no known source-stage site); 'all' keeps every row. Most vulnerable first.
    """
    return _named_df(
        con,
        f"""
        with chosen_substances as ({_CHOSEN_SUBSTANCES})
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        semi join chosen_substances s on s.substance_id = v.substance_id
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where $focus = 'all'
           or ($focus = 'high' and v.vulnerability_score >= $high_score)
           or ($focus = 'shortage' and v.n_active_shortages > 0)
           or ($focus = 'one_country' and v.n_source_countries = 1)
           or ($focus = 'outside_eu_eea' and coalesce(v.eu_eea_share_source, 0) = 0)
           or ($focus = 'no_source' and v.has_no_known_source)
        order by v.vulnerability_score desc, substance_name, v.substance_id
        """,
        {**selection.params(), "lang": lang, "focus": focus, "high_score": HIGH_SCORE},
    )


_NORDIC_BY_SUBSTANCE = """
    nordic_sites as (
        select
            ss.substance_id,
            count(*) filter (where s.country_iso2 = 'SE') as n_sites_se,
            count(*) filter (where s.country_iso2 = 'NO') as n_sites_no,
            count(*) filter (where s.country_iso2 = 'DK') as n_sites_dk,
            count(*) filter (where s.country_iso2 = 'FI') as n_sites_fi,
            count(*) filter (where s.country_iso2 = 'IS') as n_sites_is,
            sum(s.capacity_index) as nordic_capacity_index_sum
        from site_substances ss
        join v_site_map s using (site_id)
        where s.is_nordic
        group by ss.substance_id
    )
"""


def nordic_capacity(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """Views v_substance_supply and v_site_map: the chosen substances that have at least one
    Nordic site (SE, NO, DK, FI, IS), with the Nordic sites per type and per country.

    Only the substance filters of `selection` apply. nordic_capacity_index_sum: the capacity
    index summed over the Nordic sites with a known capacity. Most Nordic sites first.
    """
    return _named_df(
        con,
        f"""
        with chosen_substances as ({_CHOSEN_SUBSTANCES}),
        {_NORDIC_BY_SUBSTANCE}
        select
            v.substance_id,
            case when $lang = 'en' then v.name_en else v.name_sv end as substance_name,
            v.atc_code,
            v.category,
            v.n_nordic_sites,
            v.n_nordic_api_sites,
            v.n_nordic_fpp_sites,
            v.n_swedish_sites,
            n.n_sites_se,
            n.n_sites_no,
            n.n_sites_dk,
            n.n_sites_fi,
            n.n_sites_is,
            n.nordic_capacity_index_sum,
            v.n_source_sites,
            v.vulnerability_score
        from v_substance_supply v
        semi join chosen_substances s on s.substance_id = v.substance_id
        join nordic_sites n using (substance_id)
        where v.n_nordic_sites > 0
        order by v.n_nordic_sites desc, substance_name, v.substance_id
        """,
        {**selection.params(), "lang": lang},
    )


def nordic_gaps(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_substance_supply: the gap list, the chosen substances with no Nordic site of any
    type (with the current list chosen, exactly is_nordic_gap). Only the substance filters
    apply. Most vulnerable first, with where they are made instead.
    """
    return _named_df(
        con,
        f"""
        with chosen_substances as ({_CHOSEN_SUBSTANCES})
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        semi join chosen_substances s on s.substance_id = v.substance_id
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where v.n_nordic_sites = 0
        order by v.vulnerability_score desc, substance_name, v.substance_id
        """,
        {**selection.params(), "lang": lang},
    )


def nordic_summary(con: Connection, list_version: str | None = None) -> pd.DataFrame:
    """View v_substance_supply over the substances of `list_version` (None: all), one row.

    n_items; n_with_nordic_site / n_with_swedish_site: items with at least one site of any
    type in the Nordic countries / in Sweden; n_gaps: items with no Nordic site.
    """
    return _df(
        con,
        """
        select
            count(*) as n_items,
            count(*) filter (where v.n_nordic_sites > 0) as n_with_nordic_site,
            count(*) filter (where v.n_swedish_sites > 0) as n_with_swedish_site,
            count(*) filter (where v.n_nordic_sites = 0) as n_gaps
        from v_substance_supply v
        where ?::varchar is null or v.substance_id in (
            select substance_id from priority_list_items where list_version = ?::varchar
        )
        """,
        [list_version, list_version],
    )


def substance_profile(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """Views v_substance_supply and v_supply_concentration for one substance (one row, or none
    for an unknown id): every input of its score, its points and the score itself."""
    return _named_df(
        con,
        f"""
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where v.substance_id = $substance_id
        """,
        {"lang": lang, "substance_id": substance_id},
    )


def substance_countries(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: where one substance is made, per country and site type; most first."""
    return _named_df(
        con,
        """
        select
            m.country_iso2,
            any_value(case when $lang = 'en' then m.country_name_en else m.country_name_sv end)
                as country_name,
            any_value(m.is_eu_eea) as is_eu_eea,
            any_value(m.is_nordic) as is_nordic,
            count(*) as n_sites,
            count(*) filter (where m.site_type = 'api') as n_api_sites,
            count(*) filter (where m.site_type = 'fpp') as n_fpp_sites,
            count(*) filter (where m.site_type = 'packaging') as n_packaging_sites,
            count(distinct m.company_id) as n_companies
        from v_site_map m
        semi join site_substances ss
            on ss.site_id = m.site_id and ss.substance_id = $substance_id
        group by m.country_iso2
        order by n_sites desc, country_name
        """,
        {"lang": lang, "substance_id": substance_id},
    )


def substance_companies(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map with v_substance_supply: the companies making one substance.

    is_source: the company has a site at the substance's source stage (api for medicines, fpp
    otherwise); is_sole_source / is_one_of_two: it is the only / one of two such companies.
    site_types and countries list its sites for this substance. Sources first.
    """
    return _named_df(
        con,
        """
        with supply as (
            select source_stage, n_source_companies
            from v_substance_supply
            where substance_id = $substance_id
        ),
        sites as (
            select m.*
            from v_site_map m
            semi join site_substances ss
                on ss.site_id = m.site_id and ss.substance_id = $substance_id
        ),
        final as (
            select
                s.company_id,
                any_value(s.company_name) as company_name,
                any_value(s.is_vital) as is_vital,
                count(*) as n_sites,
                string_agg(distinct s.site_type, ', ' order by s.site_type) as site_types,
                string_agg(
                    distinct case when $lang = 'en' then s.country_name_en
                                  else s.country_name_sv end,
                    ', '
                ) as countries,
                bool_or(s.site_type = p.source_stage) as is_source,
                p.n_source_companies
            from sites s, supply p
            group by s.company_id, p.n_source_companies
        )
        select
            *,
            is_source and n_source_companies = 1 as is_sole_source,
            is_source and n_source_companies = 2 as is_one_of_two
        from final
        order by is_source desc, n_sites desc, company_name, company_id
        """,
        {"lang": lang, "substance_id": substance_id},
    )


def substance_shortages(con: Connection, substance_id: str | None = None) -> pd.DataFrame:
    """Table shortages: every notice for one substance, newest first, with is_active as of the
    latest snapshot date (started by then and not resolved by then)."""
    return _df(
        con,
        f"""
        with as_of as ({_SHORTAGE_AS_OF})
        select
            sh.notice_id,
            sh.product_name,
            sh.kind,
            sh.start_date,
            sh.expected_end_date,
            sh.resolved_date,
            sh.start_date <= a.as_of
                and (sh.resolved_date is null or sh.resolved_date > a.as_of) as is_active
        from shortages sh, as_of a
        where sh.substance_id = ?
        order by sh.start_date desc, sh.notice_id
        """,
        [substance_id],
    )


def substance_region_cover(con: Connection, substance_id: str | None = None) -> pd.DataFrame:
    """View v_region_coverage_monthly on the latest snapshot date, for one substance: all 21
    regions (a region without a report that day keeps its row, with has_report false).

    Reads the month-end rows of the latest month (agg_coverage_monthly), never the whole
    stock table. meets_target: days_of_cover >= 30, or zero normal consumption.
    """
    return _df(
        con,
        """
        with latest as (
            select max(snapshot_date) as snapshot_date from agg_coverage_summary
        ),
        cover as (
            select m.region_code, m.days_of_cover, m.is_zero_consumption
            from v_region_coverage_monthly m, latest l
            where m.month = date_trunc('month', l.snapshot_date)::date
              and m.snapshot_date = l.snapshot_date
              and m.substance_id = ?
        )
        select
            (select snapshot_date from latest) as snapshot_date,
            r.region_code,
            r.region_name,
            regexp_replace(r.region_name, '^Region ', '') as region_short_name,
            c.region_code is not null as has_report,
            c.days_of_cover,
            coalesce(c.is_zero_consumption, false) as is_zero_consumption,
            case when c.region_code is null then null
                 else c.is_zero_consumption or c.days_of_cover >= 30 end as meets_target
        from regions r
        left join cover c using (region_code)
        order by has_report desc, c.days_of_cover desc nulls last, r.region_name
        """,
        [substance_id],
    )


def substance_alternatives(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """Views v_substance_supply and v_supply_concentration: the other substances in the same
    ATC level-4 group (the treatment alternatives), each with its own concentration and score.
    Least vulnerable first: the most robust alternative on top."""
    return _named_df(
        con,
        f"""
        with own as (
            select atc_l4 from substances where substance_id = $substance_id
        )
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where v.atc_l4 = (select atc_l4 from own)
          and v.substance_id <> $substance_id
        order by v.vulnerability_score, substance_name, v.substance_id
        """,
        {"lang": lang, "substance_id": substance_id},
    )


COMPANY_SHOW = ("all", "vital", "few_sources", "unflagged")


def company_importance(con: Connection, lang: str = "sv", show: str = "all") -> pd.DataFrame:
    """View v_company_importance with the head-office country's name, in its ranking order
    (sole-source items, then one-of-two items, then priority items).

    show: 'all'; 'vital' (flagged); 'few_sources' (the only or one of two sources of at least
    one priority item); 'unflagged' (is_sole_source_unflagged).
    """
    return _named_df(
        con,
        """
        select
            v.*,
            case when $lang = 'en' then c.name_en else c.name_sv end as hq_country_name
        from v_company_importance v
        left join countries c on c.iso2 = v.hq_country_iso2
        where $show = 'all'
           or ($show = 'vital' and v.is_vital)
           or ($show = 'few_sources' and v.n_sole_source + v.n_one_of_two > 0)
           or ($show = 'unflagged' and v.is_sole_source_unflagged)
        order by v.n_sole_source desc, v.n_one_of_two desc, v.n_priority_items desc,
            v.company_name, v.company_id
        """,
        {"lang": lang, "show": show},
    )


def company_importance_summary(con: Connection) -> pd.DataFrame:
    """View v_company_importance, one row: n_companies, n_vital (flagged), n_sole_source (the
    only source of at least one priority item), n_few_sources (the only or one of two),
    n_sole_source_unflagged."""
    return _df(
        con,
        """
        select
            count(*) as n_companies,
            count(*) filter (where is_vital) as n_vital,
            count(*) filter (where n_sole_source > 0) as n_sole_source,
            count(*) filter (where n_sole_source + n_one_of_two > 0) as n_few_sources,
            count(*) filter (where is_sole_source_unflagged) as n_sole_source_unflagged
        from v_company_importance
        """,
    )


def company_substances(
    con: Connection, company_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_substance_supply with table site_substances: what one company makes.

    One row per substance: its site types at this company, whether the company is a source
    (a site at the substance's source stage), how many companies are sources, and the score.
    Sole-source priority items first.
    """
    return _named_df(
        con,
        """
        with made as (
            select
                ss.substance_id,
                string_agg(distinct s.site_type, ', ' order by s.site_type) as site_types,
                list(distinct s.site_type) as types,
                count(*) as n_sites
            from site_substances ss
            join sites s using (site_id)
            where s.company_id = $company_id
            group by ss.substance_id
        ),
        final as (
            select
                v.substance_id,
                case when $lang = 'en' then v.name_en else v.name_sv end as substance_name,
                v.atc_code,
                v.is_priority,
                m.site_types,
                m.n_sites,
                list_contains(m.types, v.source_stage) as is_source,
                v.n_source_companies,
                v.vulnerability_score
            from made m
            join v_substance_supply v using (substance_id)
        )
        select
            * exclude (n_source_companies),
            case when is_source then n_source_companies end as n_source_companies,
            is_source and n_source_companies = 1 as is_sole_source,
            is_source and n_source_companies = 2 as is_one_of_two
        from final
        order by is_priority desc, is_sole_source desc, is_one_of_two desc,
            vulnerability_score desc, substance_name
        """,
        {"lang": lang, "company_id": company_id},
    )


# ---- coverage and shortages (issue 6)
# Every figure below comes from v_priority_cover_monthly (month x region x priority item,
# reported or not, built at load time from v_region_coverage) or from views over the same
# monthly reports (v_region_coverage_monthly, v_national_substance_cover), never from the stock
# table. `month` is the first day of a month; a month shows each region's last report in it.
# Targets are bound as $t_medicine, $t_device, $t_ppe (metrics.Targets.params()).

_TARGET_DAYS = (
    "case {t}.category when 'medicine' then $t_medicine when 'device' then $t_device "
    "else $t_ppe end"
)
# A reported item meets its group's target; zero normal consumption meets any target.
_MEETS = (
    "({t}.has_report and ({t}.is_zero_consumption or {t}.days_of_cover >= " + _TARGET_DAYS + "))"
)
_SHORT_NAME = "regexp_replace({t}.region_name, '^Region ', '')"


def _cover_df(
    con: Connection, sql: str, values: dict[str, object], targets: Targets | None = None
) -> pd.DataFrame:
    return _named_df(con, sql, {**values, **(targets or DEFAULT_TARGETS).params()})


def coverage_months(con: Connection) -> pd.DataFrame:
    """View v_priority_cover_monthly: every month with a report, newest first.

    snapshot_date: the month's last report (the date shown and kept in the URL);
    n_regions_reporting: regions with at least one priority item reported in the month.
    """
    return _df(
        con,
        """
        select
            month,
            max(snapshot_date) as snapshot_date,
            count(distinct region_code) as n_regions_reporting
        from v_priority_cover_monthly
        where has_report
        group by month
        order by month desc
        """,
    )


def region_cover_on(
    con: Connection, month: date | None = None, targets: Targets = DEFAULT_TARGETS
) -> pd.DataFrame:
    """View v_priority_cover_monthly for one month (None: the latest), all 21 regions.

    share_meeting_target = n_meeting_target / n_priority (items on the current list); null when
    the region reported nothing that month ("no report", never 0 %); n_no_report = items not
    reported. rank: 1 = the highest
    share among the regions that reported (ties share a rank); n_ranked: how many reported.
    prev_*: the month before with any report; change_share = share - prev_share (0..1 units).
    Sorted by share, highest first, no report last.
    """
    meets = _MEETS.format(t="c")
    return _cover_df(
        con,
        f"""
        with months as (
            select distinct month from v_priority_cover_monthly where has_report
        ),
        chosen as (
            select coalesce($month::date, (select max(month) from months)) as month
        ),
        previous as (
            select max(m.month) as month from months m, chosen c where m.month < c.month
        ),
        per_region as (
            select
                c.month,
                c.region_code,
                count(*) as n_priority,
                count(*) filter (where c.has_report) as n_reported,
                count(*) filter (where {meets}) as n_meeting_target,
                max(c.snapshot_date) as last_report_date
            from v_priority_cover_monthly c
            where c.month in ((select month from chosen), (select month from previous))
            group by c.month, c.region_code
        ),
        shares as (
            select
                *,
                case when n_reported > 0 then n_meeting_target / n_priority end
                    as share_meeting_target
            from per_region
        ),
        joined as (
            select
                (select month from chosen) as month,
                r.region_code,
                r.region_name,
                {_SHORT_NAME.format(t="r")} as region_short_name,
                coalesce(s.n_priority, p.n_priority) as n_priority,
                coalesce(s.n_reported, 0) as n_reported,
                coalesce(s.n_priority, p.n_priority) - coalesce(s.n_reported, 0) as n_no_report,
                s.n_meeting_target,
                s.share_meeting_target,
                s.last_report_date,
                (select month from previous) as prev_month,
                p.share_meeting_target as prev_share_meeting_target,
                s.share_meeting_target - p.share_meeting_target as change_share
            from regions r
            left join shares s
                on s.region_code = r.region_code and s.month = (select month from chosen)
            left join shares p
                on p.region_code = r.region_code and p.month = (select month from previous)
        )
        select
            *,
            case when share_meeting_target is not null then
                rank() over (order by share_meeting_target desc nulls last) end as rank,
            count(share_meeting_target) over () as n_ranked
        from joined
        order by share_meeting_target desc nulls last, region_name
        """,
        {"month": month},
        targets,
    )


def national_cover_trend(con: Connection, targets: Targets = DEFAULT_TARGETS) -> pd.DataFrame:
    """View v_priority_cover_monthly, all regions, per month (oldest first).

    share_meeting_target = (region, item) pairs meeting the target / (items x regions): a
    region that did not report counts as not meeting, as in v_national_coverage_summary.
    change_share: the change from the month before with a report (0..1 units).
    """
    meets = _MEETS.format(t="c")
    return _cover_df(
        con,
        f"""
        with per_month as (
            select
                c.month,
                max(c.snapshot_date) as snapshot_date,
                count(*) as n_pairs,
                count(distinct c.region_code) as n_regions,
                count(distinct c.region_code) filter (where c.has_report)
                    as n_regions_reporting,
                count(*) filter (where {meets}) as n_meeting_target
            from v_priority_cover_monthly c
            group by c.month
        )
        select
            *,
            n_meeting_target / n_pairs as share_meeting_target,
            n_meeting_target / n_pairs
                - lag(n_meeting_target / n_pairs) over (order by month) as change_share
        from per_month
        where n_regions_reporting > 0
        order by month
        """,
        {},
        targets,
    )


def region_cover_trend(
    con: Connection, targets: Targets = DEFAULT_TARGETS, region: str | None = None
) -> pd.DataFrame:
    """View v_priority_cover_monthly per month and region (one region, or all with None).

    share_meeting_target is null in a month the region reported nothing. Oldest first.
    """
    meets = _MEETS.format(t="c")
    return _cover_df(
        con,
        f"""
        with per_month as (
            select
                c.month,
                c.region_code,
                count(*) as n_priority,
                count(*) filter (where c.has_report) as n_reported,
                count(*) filter (where {meets}) as n_meeting_target
            from v_priority_cover_monthly c
            where $region::varchar is null or c.region_code = $region::varchar
            group by c.month, c.region_code
        )
        select
            p.month,
            p.region_code,
            r.region_name,
            {_SHORT_NAME.format(t="r")} as region_short_name,
            p.n_priority,
            p.n_reported,
            p.n_meeting_target,
            case when p.n_reported > 0 then p.n_meeting_target / p.n_priority end
                as share_meeting_target
        from per_month p
        join regions r using (region_code)
        order by p.month, p.region_code
        """,
        {"region": region},
        targets,
    )


# The heatmap's column: ATC level 1 for medicines (devices and protective equipment as their own
# columns), the product group, or, inside one chosen group, each item.
_GROUP_KEY = """
    case
        when $group_by = 'category' then c.category
        when c.category = 'medicine' then coalesce(c.atc_l1, '?')
        else c.category
    end
"""
GROUP_BYS = ("atc1", "category")


def cover_by_group(
    con: Connection,
    month: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
    group_by: str = "atc1",
    group: str | None = None,
    lang: str = "sv",
) -> pd.DataFrame:
    """View v_priority_cover_monthly for one month: region x group (or region x item when
    `group` is one of the groups), for the heatmap.

    group_by: 'atc1' (ATC level 1; devices and PPE as 'device', 'ppe') or 'category'.
    Per cell: n_items, n_reported, n_meeting_target; share_meeting_target =
    n_meeting_target / n_items (null without any report); median_days = the median days of
    cover of the reported items with consumption (null if none); n_zero_consumption.
    Ordering values (higher = better): region_share over all shown items, group_share over
    all regions (no report counts as not meeting).
    """
    meets = _MEETS.format(t="c")
    target = _TARGET_DAYS.format(t="c")
    return _cover_df(
        con,
        f"""
        with chosen as (
            select coalesce($month::date,
                (select max(month) from v_priority_cover_monthly where has_report)) as month
        ),
        items as (
            select
                c.*,
                {_GROUP_KEY} as group_key_outer,
                {target} as target_days,
                {meets} as is_meeting
            from v_priority_cover_monthly c
            where c.month = (select month from chosen)
        ),
        shown as (
            select
                i.*,
                case when $group::varchar is null then i.group_key_outer
                     else i.substance_id end as group_key
            from items i
            where $group::varchar is null or i.group_key_outer = $group::varchar
        ),
        cells as (
            select
                region_code,
                group_key,
                count(*) as n_items,
                count(*) filter (where has_report) as n_reported,
                count(*) filter (where is_meeting) as n_meeting_target,
                count(*) filter (where has_report and is_zero_consumption)
                    as n_zero_consumption,
                median(days_of_cover) filter (where has_report and not is_zero_consumption)
                    as median_days,
                any_value(target_days) as target_days
            from shown
            group by region_code, group_key
        ),
        region_order as (
            select region_code, count(*) filter (where is_meeting) / count(*) as region_share
            from shown group by region_code
        ),
        group_order as (
            select group_key, count(*) filter (where is_meeting) / count(*) as group_share
            from shown group by group_key
        )
        select
            (select month from chosen) as month,
            c.region_code,
            {_SHORT_NAME.format(t="r")} as region_short_name,
            c.group_key,
            case when $group::varchar is null then null
                 when $lang = 'en' then s.name_en else s.name_sv end as item_name,
            c.n_items,
            c.n_reported,
            c.n_meeting_target,
            case when c.n_reported > 0 then c.n_meeting_target / c.n_items end
                as share_meeting_target,
            c.median_days,
            c.n_zero_consumption,
            c.target_days,
            o.region_share,
            g.group_share
        from cells c
        join regions r using (region_code)
        join region_order o using (region_code)
        join group_order g using (group_key)
        left join substances s on s.substance_id = c.group_key
        order by o.region_share desc, r.region_code, g.group_share, c.group_key
        """,
        {"month": month, "group_by": group_by, "group": group, "lang": lang},
        targets,
    )


COVER_CURVE_MAX_DAYS = 365


def cover_distribution(
    con: Connection, month: date | None = None, region: str | None = None
) -> pd.DataFrame:
    """View v_priority_cover_monthly for one month: for every whole number of days 0..365, the
    share of the priority list held for at least that long (all regions: share of the
    (region, item) pairs; or one region). Zero consumption counts at every length; no report
    never does. share_at_least at 30 = the share meeting a 30-day target.
    """
    return _named_df(
        con,
        f"""
        with chosen as (
            select coalesce($month::date,
                (select max(month) from v_priority_cover_monthly where has_report)) as month
        ),
        items as (
            select c.has_report, c.is_zero_consumption, c.days_of_cover
            from v_priority_cover_monthly c
            where c.month = (select month from chosen)
              and ($region::varchar is null or c.region_code = $region::varchar)
        ),
        n as (
            select count(*) as n_items from items
        ),
        buckets as (
            -- whole days held (days >= d exactly when floor(days) >= d for a whole d)
            select
                case when is_zero_consumption then {COVER_CURVE_MAX_DAYS}
                     else least(floor(days_of_cover), {COVER_CURVE_MAX_DAYS}) end as b,
                count(*) as n
            from items
            where has_report and (is_zero_consumption or days_of_cover is not null)
            group by 1
        ),
        grid as (
            select unnest(range(0, {COVER_CURVE_MAX_DAYS} + 1)) as days
        )
        select
            g.days,
            coalesce(sum(b.n) filter (where b.b >= g.days), 0)::bigint as n_at_least,
            any_value(n.n_items) as n_items,
            case when any_value(n.n_items) > 0
                then coalesce(sum(b.n) filter (where b.b >= g.days), 0) / any_value(n.n_items)
            end as share_at_least
        from grid g
        cross join n
        left join buckets b on true
        group by g.days
        order by g.days
        """,
        {"month": month, "region": region},
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


_CHANGE_STATUS = """
    case
        when n.has_report and p.has_report then
            case when n.is_meeting and not p.is_meeting then 'improved'
                 when p.is_meeting and not n.is_meeting then 'worsened'
                 when n.is_meeting then 'still_meeting'
                 else 'still_below' end
        when p.has_report then 'no_report_now'
        when n.has_report then 'no_report_then'
        else 'no_report'
    end
"""


def cover_changes(
    con: Connection,
    month: date | None = None,
    month_then: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
    region: str | None = None,
    lang: str = "sv",
) -> pd.DataFrame:
    """View v_priority_cover_monthly at two months: each (region, item) then and now.

    status: improved (below then, meeting now), worsened (meeting then, below now),
    still_meeting, still_below, no_report_now, no_report_then, no_report. change_days =
    days now - days then (both reported with consumption). region: one county code or None.
    Changed items first, the largest fall in days first.
    """
    meets = _MEETS.format(t="c")
    target = _TARGET_DAYS.format(t="c")
    return _cover_df(
        con,
        f"""
        with items as (
            select c.*, {meets} as is_meeting, {target} as target_days
            from v_priority_cover_monthly c
            where c.month in ($month::date, $month_then::date)
              and ($region::varchar is null or c.region_code = $region::varchar)
        ),
        final as (
            select
                n.region_code,
                {_SHORT_NAME.format(t="r")} as region_short_name,
                n.substance_id,
                case when $lang = 'en' then s.name_en else s.name_sv end as substance_name,
                n.category,
                n.target_days,
                p.has_report as has_report_then,
                p.is_zero_consumption as is_zero_consumption_then,
                p.days_of_cover as days_then,
                p.is_meeting as meets_then,
                n.has_report as has_report_now,
                n.is_zero_consumption as is_zero_consumption_now,
                n.days_of_cover as days_now,
                n.is_meeting as meets_now,
                n.days_of_cover - p.days_of_cover as change_days,
                {_CHANGE_STATUS} as status
            from items n
            join items p
                on p.region_code = n.region_code and p.substance_id = n.substance_id
                and p.month = $month_then::date
            join regions r on r.region_code = n.region_code
            join substances s on s.substance_id = n.substance_id
            where n.month = $month::date
        )
        select * from final
        order by status in ('improved', 'worsened') desc, status = 'worsened' desc,
            change_days nulls last, region_code, substance_name
        """,
        {"month": month, "month_then": month_then, "region": region, "lang": lang},
        targets,
    )


def cover_compare_regions(
    con: Connection,
    month: date | None = None,
    month_then: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
) -> pd.DataFrame:
    """View v_priority_cover_monthly at two months, per region (all 21).

    share_then / share_now: share of the list meeting the target (null without any report);
    change_share = now - then; n_improved, n_worsened: items that crossed the target upwards
    or downwards (see cover_changes). Sorted by change_share, largest fall first.
    """
    meets = _MEETS.format(t="c")
    return _cover_df(
        con,
        f"""
        with items as (
            select c.month, c.region_code, c.substance_id, c.has_report, {meets} as is_meeting
            from v_priority_cover_monthly c
            where c.month in ($month::date, $month_then::date)
        ),
        pairs as (
            select
                n.region_code,
                n.has_report as now_reported,
                p.has_report as then_reported,
                n.is_meeting as now_meeting,
                p.is_meeting as then_meeting
            from items n
            join items p
                on p.region_code = n.region_code and p.substance_id = n.substance_id
                and p.month = $month_then::date
            where n.month = $month::date
        ),
        per_region as (
            select
                region_code,
                count(*) as n_priority,
                count(*) filter (where then_reported) as n_reported_then,
                count(*) filter (where now_reported) as n_reported_now,
                count(*) filter (where then_meeting) as n_meeting_then,
                count(*) filter (where now_meeting) as n_meeting_now,
                count(*) filter (where now_reported and then_reported
                                 and now_meeting and not then_meeting) as n_improved,
                count(*) filter (where now_reported and then_reported
                                 and then_meeting and not now_meeting) as n_worsened
            from pairs
            group by region_code
        ),
        final as (
            select
                r.region_code,
                r.region_name,
                {_SHORT_NAME.format(t="r")} as region_short_name,
                p.n_priority,
                case when p.n_reported_then > 0 then p.n_meeting_then / p.n_priority end
                    as share_then,
                case when p.n_reported_now > 0 then p.n_meeting_now / p.n_priority end
                    as share_now,
                p.n_improved,
                p.n_worsened
            from regions r
            left join per_region p using (region_code)
        )
        select *, share_now - share_then as change_share
        from final
        order by change_share nulls last, region_name
        """,
        {"month": month, "month_then": month_then},
        targets,
    )


def priority_items(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table substances: the items on the current priority list, by name (for pickers)."""
    return _named_df(
        con,
        f"""
        with priority as ({_CURRENT_PRIORITY})
        select
            s.substance_id,
            case when $lang = 'en' then s.name_en else s.name_sv end as substance_name,
            s.category,
            s.atc_code
        from substances s
        semi join priority p on p.substance_id = s.substance_id
        order by substance_name, s.substance_id
        """,
        {"lang": lang},
    )


PER_INHABITANTS = 100_000


def substance_per_capita(
    con: Connection, month: date | None = None, substance_id: str | None = None
) -> pd.DataFrame:
    """View v_region_coverage_monthly for one item and month, all 21 regions, per inhabitant.

    population: the region's newest figure in region_population (population_ref_date).
    stock_per_100k = quantity / population x 100 000 (in the item's unit, e.g. DDD);
    consumption_per_100k likewise; days_of_cover as reported. national_*: all reporting
    regions pooled (their stock / their population). No report: null figures.
    """
    return _named_df(
        con,
        f"""
        with chosen as (
            select coalesce($month::date,
                (select max(month) from v_region_coverage_monthly)) as month
        ),
        population as (
            select region_code, arg_max(population, ref_date) as population,
                max(ref_date) as population_ref_date
            from region_population
            group by region_code
        ),
        cover as (
            select m.*
            from v_region_coverage_monthly m
            where m.month = (select month from chosen) and m.substance_id = $substance_id
        ),
        final as (
            select
                (select month from chosen) as month,
                r.region_code,
                r.region_name,
                {_SHORT_NAME.format(t="r")} as region_short_name,
                p.population,
                p.population_ref_date,
                c.region_code is not null as has_report,
                c.quantity,
                c.daily_consumption,
                c.days_of_cover,
                coalesce(c.is_zero_consumption, false) as is_zero_consumption,
                c.quantity / p.population * {PER_INHABITANTS} as stock_per_100k,
                c.daily_consumption / p.population * {PER_INHABITANTS} as consumption_per_100k
            from regions r
            left join population p using (region_code)
            left join cover c using (region_code)
        )
        select
            *,
            sum(quantity) over () / sum(population) filter (where has_report) over ()
                * {PER_INHABITANTS} as national_stock_per_100k
        from final
        order by stock_per_100k desc nulls last, region_name
        """,
        {"month": month, "substance_id": substance_id},
    )


def priority_items_cover(
    con: Connection, month: date | None = None, lang: str = "sv", region: str | None = None
) -> pd.DataFrame:
    """Views v_priority_cover_monthly, v_substance_supply, v_national_substance_cover and
    v_shortage_notices for one month: every (region, priority item), reported or not, with
    what the gap list and the exposure ranking weigh (target-free: metrics.rank_gaps and
    metrics.exposure_scores apply the targets). region: one county code, or None for all.
    """
    return _named_df(
        con,
        """
        with chosen as (
            select coalesce($month::date,
                (select max(month) from v_priority_cover_monthly where has_report)) as month
        ),
        active as (
            select substance_id, count(*) as n_active_notices
            from v_shortage_notices where is_active group by substance_id
        )
        select
            c.month,
            c.region_code,
            r.region_name,
            regexp_replace(r.region_name, '^Region ', '') as region_short_name,
            c.substance_id,
            case when $lang = 'en' then v.name_en else v.name_sv end as substance_name,
            c.category,
            c.atc_code,
            c.is_on_earlier_list,
            c.has_report,
            c.snapshot_date,
            c.quantity,
            c.daily_consumption,
            c.is_zero_consumption,
            c.days_of_cover,
            n.national_days_of_cover,
            v.vulnerability_score,
            v.n_source_sites,
            v.n_source_countries,
            v.hhi_source,
            v.source_stage,
            k.top_api_country,
            coalesce(a.n_active_notices, 0) as n_active_notices
        from v_priority_cover_monthly c
        join regions r using (region_code)
        join v_substance_supply v using (substance_id)
        left join v_supply_concentration k using (substance_id)
        left join v_national_substance_cover n
            on n.month = c.month and n.substance_id = c.substance_id
        left join active a on a.substance_id = c.substance_id
        where c.month = (select month from chosen)
          and ($region::varchar is null or c.region_code = $region::varchar)
        order by c.region_code, substance_name, c.substance_id
        """,
        {"month": month, "lang": lang, "region": region},
    )


def region_category_cover(
    con: Connection,
    month: date | None = None,
    targets: Targets = DEFAULT_TARGETS,
    region: str | None = None,
) -> pd.DataFrame:
    """View v_priority_cover_monthly for one month, per product group: the region's share of
    the group meeting its target (null without any report in the group) beside the national
    share over all (region, item) pairs of the group. target_days: the group's target."""
    meets = _MEETS.format(t="c")
    target = _TARGET_DAYS.format(t="c")
    return _cover_df(
        con,
        f"""
        with chosen as (
            select coalesce($month::date,
                (select max(month) from v_priority_cover_monthly where has_report)) as month
        ),
        items as (
            select c.*, {meets} as is_meeting, {target} as target_days
            from v_priority_cover_monthly c
            where c.month = (select month from chosen)
        ),
        national as (
            select category, count(*) filter (where is_meeting) / count(*) as national_share
            from items group by category
        ),
        own as (
            select
                category,
                count(*) as n_items,
                count(*) filter (where has_report) as n_reported,
                count(*) filter (where is_meeting) as n_meeting_target,
                any_value(target_days) as target_days
            from items
            where region_code = $region::varchar
            group by category
        )
        select
            o.category,
            o.target_days,
            o.n_items,
            o.n_reported,
            o.n_meeting_target,
            case when o.n_reported > 0 then o.n_meeting_target / o.n_items end
                as share_meeting_target,
            n.national_share
        from own o
        join national n using (category)
        order by case o.category when 'medicine' then 1 when 'device' then 2 else 3 end
        """,
        {"month": month, "region": region},
        targets,
    )


def region_choices(con: Connection) -> pd.DataFrame:
    """Table regions: every region's code, name and short name, by code."""
    return _df(
        con,
        f"""
        select region_code, region_name, {_SHORT_NAME.format(t="r")} as region_short_name
        from regions r
        order by region_code
        """,
    )


def region_supply_systems(con: Connection, region: str | None = None) -> pd.DataFrame:
    """View v_region_supply_systems: the systems one region uses to secure supply."""
    return _df(
        con,
        """
        select system_name, system_kind, description
        from v_region_supply_systems
        where region_code = ?
        order by system_kind, system_name
        """,
        [region],
    )


def region_costs_per_year(con: Connection, region: str | None = None) -> pd.DataFrame:
    """View v_region_costs for one region: per year the actual and the planned preparedness
    costs summed over categories (SEK; null where none of that kind is reported)."""
    return _df(
        con,
        """
        select
            year,
            sum(cost_sek) filter (where kind = 'actual')::bigint as actual_sek,
            sum(cost_sek) filter (where kind = 'planned')::bigint as planned_sek
        from v_region_costs
        where region_code = ?
        group by year
        order by year
        """,
        [region],
    )


def _coverage_month_of_as_of() -> str:
    return "(select date_trunc('month', max(as_of_date))::date from v_shortage_notices)"


def active_notices_cover(
    con: Connection,
    targets: Targets = DEFAULT_TARGETS,
    lang: str = "sv",
    only_priority: bool = False,
) -> pd.DataFrame:
    """View v_shortage_notices (active on the as-of date) with the item's cover in that month
    (v_region_coverage_monthly, v_national_substance_cover): national_days_of_cover (pooled),
    n_regions_below (reported and below the item's target), n_regions_no_report,
    regions_below (their short names, fewest days first; regions_below_list as a list) and
    n_alternatives (other items of its
    ATC level-4 group). only_priority: only notices for items on the current list.
    Priority items first, then the most regions below target.
    """
    target = _TARGET_DAYS.format(t="s")
    return _cover_df(
        con,
        f"""
        with month as (select {_coverage_month_of_as_of()} as month),
        active as (
            select n.*
            from v_shortage_notices n
            where n.is_active and (not $only_priority or n.is_on_priority_list)
        ),
        regional as (
            select
                m.substance_id,
                m.region_code,
                m.days_of_cover,
                m.is_zero_consumption,
                {target} as target_days
            from v_region_coverage_monthly m
            join substances s using (substance_id)
            where m.month = (select month from month)
              and m.substance_id in (select substance_id from active)
        ),
        per_item as (
            select
                g.substance_id,
                count(*) as n_regions_reporting,
                count(*) filter (where not g.is_zero_consumption
                                 and g.days_of_cover < g.target_days) as n_regions_below,
                list(
                    regexp_replace(r.region_name, '^Region ', '')
                    order by g.days_of_cover, g.region_code
                ) filter (where not g.is_zero_consumption and g.days_of_cover < g.target_days)
                    as regions_below_list
            from regional g
            join regions r using (region_code)
            group by g.substance_id
        ),
        alternatives as (
            select substance_id, count(*) as n_alternatives
            from v_treatment_alternatives group by substance_id
        )
        select
            a.notice_id,
            a.substance_id,
            case when $lang = 'en' then s.name_en else s.name_sv end as substance_name,
            a.product_name,
            a.kind,
            a.start_date,
            a.expected_end_date,
            a.updated_on,
            a.is_on_priority_list,
            a.category,
            a.atc_l4,
            {target} as target_days,
            a.as_of_date,
            n.national_days_of_cover,
            coalesce(n.is_zero_consumption, false) as is_zero_consumption,
            coalesce(p.n_regions_reporting, 0) as n_regions_reporting,
            coalesce(p.n_regions_below, 0) as n_regions_below,
            (select count(*) from regions) - coalesce(p.n_regions_reporting, 0)
                as n_regions_no_report,
            array_to_string(p.regions_below_list, ', ') as regions_below,
            p.regions_below_list,
            coalesce(x.n_alternatives, 0) as n_alternatives
        from active a
        join substances s using (substance_id)
        left join v_national_substance_cover n
            on n.substance_id = a.substance_id and n.month = (select month from month)
        left join per_item p on p.substance_id = a.substance_id
        left join alternatives x on x.substance_id = a.substance_id
        order by a.is_on_priority_list desc, n_regions_below desc, a.start_date,
            substance_name, a.notice_id
        """,
        {"lang": lang, "only_priority": only_priority},
        targets,
    )


def notice_alternatives(
    con: Connection,
    targets: Targets = DEFAULT_TARGETS,
    lang: str = "sv",
    only_priority: bool = False,
) -> pd.DataFrame:
    """View v_treatment_alternatives for the items with an active notice: each alternative with
    its national days of cover (v_national_substance_cover, pooled), the regions reporting it,
    the regions below its target, whether it is on the list and whether it is itself in
    shortage. The best-stocked alternative first."""
    target = _TARGET_DAYS.format(t="s")
    return _cover_df(
        con,
        f"""
        with month as (select {_coverage_month_of_as_of()} as month),
        active_items as (
            select distinct substance_id
            from v_shortage_notices
            where is_active and (not $only_priority or is_on_priority_list)
        ),
        in_shortage as (
            select distinct substance_id from v_shortage_notices where is_active
        ),
        priority as ({_CURRENT_PRIORITY}),
        regional as (
            select
                m.substance_id,
                count(*) as n_regions_reporting,
                count(*) filter (where not m.is_zero_consumption
                                 and m.days_of_cover < {target}) as n_regions_below
            from v_region_coverage_monthly m
            join substances s using (substance_id)
            where m.month = (select month from month)
            group by m.substance_id
        )
        select
            t.substance_id,
            t.alternative_id,
            case when $lang = 'en' then s.name_en else s.name_sv end as alternative_name,
            s.atc_code as alternative_atc_code,
            s.category,
            s.substance_id in (select substance_id from priority) as is_on_priority_list,
            s.substance_id in (select substance_id from in_shortage) as is_in_shortage,
            {target} as target_days,
            n.national_days_of_cover,
            coalesce(n.is_zero_consumption, false) as is_zero_consumption,
            coalesce(g.n_regions_reporting, 0) as n_regions_reporting,
            coalesce(g.n_regions_below, 0) as n_regions_below
        from v_treatment_alternatives t
        semi join active_items a on a.substance_id = t.substance_id
        join substances s on s.substance_id = t.alternative_id
        left join v_national_substance_cover n
            on n.substance_id = t.alternative_id and n.month = (select month from month)
        left join regional g on g.substance_id = t.alternative_id
        order by t.substance_id, n.national_days_of_cover desc nulls last, alternative_name
        """,
        {"lang": lang, "only_priority": only_priority},
        targets,
    )


def shortage_cover_detail(
    con: Connection,
    substance_id: str | None = None,
    targets: Targets = DEFAULT_TARGETS,
    lang: str = "sv",
) -> pd.DataFrame:
    """View v_region_coverage_monthly in the as-of month for one item and its ATC level-4
    alternatives (v_treatment_alternatives), all 21 regions each (no report kept as a row with
    has_report false), with the item's pooled national days (v_national_substance_cover).
    meets_target: null without report. The item itself first, then alternatives by name."""
    target = _TARGET_DAYS.format(t="s")
    return _cover_df(
        con,
        f"""
        with month as (select {_coverage_month_of_as_of()} as month),
        items as (
            select $substance_id::varchar as item_id, false as is_alternative
            union all
            select alternative_id, true
            from v_treatment_alternatives where substance_id = $substance_id::varchar
        ),
        grid as (
            select i.item_id, i.is_alternative, r.region_code, r.region_name
            from items i cross join regions r
        )
        select
            g.item_id,
            case when $lang = 'en' then s.name_en else s.name_sv end as item_name,
            g.is_alternative,
            {target} as target_days,
            g.region_code,
            regexp_replace(g.region_name, '^Region ', '') as region_short_name,
            m.region_code is not null as has_report,
            m.days_of_cover,
            coalesce(m.is_zero_consumption, false) as is_zero_consumption,
            case when m.region_code is null then null
                 else m.is_zero_consumption or m.days_of_cover >= {target} end as meets_target,
            n.national_days_of_cover
        from grid g
        join substances s on s.substance_id = g.item_id
        left join v_region_coverage_monthly m
            on m.substance_id = g.item_id and m.region_code = g.region_code
            and m.month = (select month from month)
        left join v_national_substance_cover n
            on n.substance_id = g.item_id and n.month = (select month from month)
        order by g.is_alternative, item_name, g.item_id, g.region_code
        """,
        {"substance_id": substance_id, "lang": lang},
        targets,
    )


FEED_KINDS = ("new", "updated", "resolved")


# The shortage feed's one rule, shared by the list and its counts: in the period from $since
# (default: 30 days before the as-of date) to the as-of date, a notice is 'resolved' if it was
# resolved then, else 'new' if it started then, else 'updated' if it was updated then.
_SHORTAGE_CHANGES = """
    period as (
        select
            coalesce($since::date, (max(as_of_date) - interval 30 day)::date) as since,
            max(as_of_date) as as_of
        from v_shortage_notices
    ),
    classified as (
        select
            n.*,
            case
                when n.resolved_date between p.since and p.as_of then 'resolved'
                when n.start_date between p.since and p.as_of then 'new'
                when n.updated_on between p.since and p.as_of then 'updated'
            end as change_kind,
            p.since
        from v_shortage_notices n, period p
        where not $only_priority or n.is_on_priority_list
    )
"""


def shortage_feed(
    con: Connection, since: date | None = None, lang: str = "sv", only_priority: bool = False
) -> pd.DataFrame:
    """View v_shortage_notices: what changed from `since` up to the as-of date, newest first.

    change_kind: 'resolved' (resolved_date in the period), else 'new' (start_date in the
    period), else 'updated' (updated_on in the period). change_date: that date. Notices with
    no change in the period are left out. since None: 30 days before the as-of date.
    """
    return _named_df(
        con,
        f"""
        with {_SHORTAGE_CHANGES}
        select
            c.change_kind,
            case c.change_kind when 'resolved' then c.resolved_date
                               when 'new' then c.start_date else c.updated_on end
                as change_date,
            c.notice_id,
            c.substance_id,
            case when $lang = 'en' then s.name_en else s.name_sv end as substance_name,
            c.product_name,
            c.kind,
            c.start_date,
            c.expected_end_date,
            c.resolved_date,
            c.updated_on,
            c.is_on_priority_list,
            c.is_active,
            c.since,
            c.as_of_date
        from classified c
        join substances s using (substance_id)
        where c.change_kind is not null
        order by change_date desc, c.notice_id
        """,
        {"since": since, "lang": lang, "only_priority": only_priority},
    )


def shortage_feed_counts(
    con: Connection, since: date | None = None, only_priority: bool = False
) -> pd.DataFrame:
    """shortage_feed counted: one row with n_new, n_updated, n_resolved, since and as_of."""
    return _named_df(
        con,
        f"""
        with {_SHORTAGE_CHANGES}
        select
            count(*) filter (where change_kind = 'new') as n_new,
            count(*) filter (where change_kind = 'updated') as n_updated,
            count(*) filter (where change_kind = 'resolved') as n_resolved,
            (select since from period) as since,
            (select as_of from period) as as_of
        from classified
        """,
        {"since": since, "only_priority": only_priority},
    )


# ------------------------------------------------------------------ disruption scenarios (issue 8)
# The engine (scenarios.py) takes these frames as they are. None of them reads stock_snapshots:
# the stock is the latest month of agg_coverage_monthly (built at load time).


def scenario_links(con: Connection) -> pd.DataFrame:
    """Tables site_substances, sites and countries: one row per (site, item) with the site's
    company, country (EU/EEA, Nordic), type and capacity; the scenario engine's supply side."""
    return _df(
        con,
        """
        select ss.substance_id, s.site_id, s.company_id, s.country_iso2, c.is_eu_eea,
               c.is_nordic, s.site_type, s.capacity_index
        from site_substances ss
        join sites s using (site_id)
        join countries c on c.iso2 = s.country_iso2
        order by ss.substance_id, s.site_id
        """,
    )


def scenario_stock(con: Connection) -> pd.DataFrame:
    """View v_region_coverage_monthly, its latest month: each region's last reported stock and
    normal daily consumption per item (no row: the region did not report the item)."""
    return _df(
        con,
        """
        select region_code, substance_id, quantity, daily_consumption, snapshot_date
        from v_region_coverage_monthly
        where month = (select max(month) from v_region_coverage_monthly)
        order by region_code, substance_id
        """,
    )


def scenario_items(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_substance_supply: every item with its name, ATC codes, category and whether it
    is on the current priority list."""
    return _df(
        con,
        f"""
        select substance_id, {_NAME_SV_OR_EN.format(t="v")} as substance_name, atc_code,
               atc_l4, category, is_priority
        from v_substance_supply v
        order by substance_id
        """,
        [lang],
    )


def saved_scenarios(con: Connection) -> pd.DataFrame:
    """Table scenarios: every saved scenario with its number of disruptions; examples first."""
    return _df(
        con,
        """
        select s.scenario_id, s.name, s.description, s.created_at, s.is_example,
               count(d.seq) as n_disruptions
        from scenarios s
        left join scenario_disruptions d using (scenario_id)
        group by all
        order by s.is_example desc, s.created_at, s.scenario_id
        """,
    )


def saved_scenario_disruptions(con: Connection) -> pd.DataFrame:
    """Table scenario_disruptions: every disruption of every saved scenario, in order."""
    return _df(
        con,
        """
        select scenario_id, seq, kind, target, start_date, duration_days, share
        from scenario_disruptions
        order by scenario_id, seq
        """,
    )


def scenario_country_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table countries: every country by name, with its manufacturing sites (0 if none)."""
    return _df(
        con,
        f"""
        select c.iso2 as country_iso2, {_NAME_SV_OR_EN.format(t="c")} as country_name,
               c.is_eu_eea, c.is_nordic, count(s.site_id) as n_sites
        from countries c
        left join sites s on s.country_iso2 = c.iso2
        group by all
        order by country_name, country_iso2
        """,
        [lang],
    )


def scenario_company_options(con: Connection) -> pd.DataFrame:
    """Tables companies and sites: every company by name, with its sites and the items they
    make."""
    return _df(
        con,
        """
        select co.company_id, co.company_name, count(distinct s.site_id) as n_sites,
               count(distinct ss.substance_id) as n_substances
        from companies co
        left join sites s using (company_id)
        left join site_substances ss using (site_id)
        group by all
        order by co.company_name, co.company_id
        """,
    )


def scenario_site_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Tables sites, companies and countries: every site with its company, type and place."""
    return _df(
        con,
        f"""
        select s.site_id, co.company_name, s.site_type, s.city,
               {_NAME_SV_OR_EN.format(t="c")} as country_name
        from sites s
        join companies co using (company_id)
        join countries c on c.iso2 = s.country_iso2
        order by co.company_name, s.site_id
        """,
        [lang],
    )
