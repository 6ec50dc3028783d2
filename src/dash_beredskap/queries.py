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


def supply_concentration_current(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_supply_concentration for the substances on the current priority list.

    With substance names and the top country's name in `lang`; most concentrated first.
    """
    name = _NAME_SV_OR_EN.format(t="s")
    country = _NAME_SV_OR_EN.format(t="c")
    return _df(
        con,
        f"""
        with priority as ({_CURRENT_PRIORITY}),
        final as (
            select
                s.substance_id,
                {name} as substance_name,
                s.atc_code,
                s.category,
                v.n_api_sites,
                v.n_api_countries,
                v.hhi_api,
                v.top_api_country,
                {country} as top_api_country_name,
                v.top_api_country_share,
                v.single_country_api
            from priority p
            join substances s using (substance_id)
            join v_supply_concentration v using (substance_id)
            left join countries c on c.iso2 = v.top_api_country
        )
        select * from final
        order by hhi_api desc nulls last, n_api_sites, substance_name
        """,
        [lang, lang],
    )


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


def api_sites_by_country(con: Connection, lang: str = "sv", limit: int = 15) -> pd.DataFrame:
    """Tables sites + site_substances: API sites making a current priority substance, per country.

    n_api_sites counts each site once however many priority substances it makes;
    n_substances counts the priority substances with an API site in the country.
    The `limit` countries with most sites, most first.
    """
    country = _NAME_SV_OR_EN.format(t="c")
    return _df(
        con,
        f"""
        with priority as ({_CURRENT_PRIORITY}),
        api as (
            select s.site_id, s.country_iso2, ss.substance_id
            from sites s
            join site_substances ss using (site_id)
            semi join priority p on p.substance_id = ss.substance_id
            where s.site_type = 'api'
        ),
        final as (
            select
                a.country_iso2,
                {country} as country_name,
                count(distinct a.site_id) as n_api_sites,
                count(distinct a.substance_id) as n_substances
            from api a
            left join countries c on c.iso2 = a.country_iso2
            group by all
        )
        select * from final
        order by n_api_sites desc, country_name
        limit ?
        """,
        [lang, limit],
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


def grant_recipients(con: Connection) -> pd.DataFrame:
    """View v_grant_ledger: every recipient code with its name (regions first, then SKR)."""
    return _df(
        con,
        """
        with recipients as (
            select distinct region_code from v_grant_ledger
        )
        select
            x.region_code,
            coalesce(r.region_name, x.region_code) as recipient_name,
            r.region_code is null as is_skr_or_other
        from recipients x
        left join regions r using (region_code)
        order by is_skr_or_other, x.region_code
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


def grants_by_year(con: Connection, recipient: str | None = None) -> pd.DataFrame:
    """View v_grant_ledger summed per year (each movement in the year it happened), SEK.

    recipient: a region code or 'SKR'; None sums all recipients.
    """
    return _df(
        con,
        """
        select
            year,
            sum(allocated_sek)::bigint as allocated_sek,
            sum(requisitioned_sek)::bigint as requisitioned_sek,
            sum(used_sek)::bigint as used_sek,
            sum(repaid_sek)::bigint as repaid_sek
        from v_grant_ledger
        where (? is null or region_code = ?)
        group by year
        order by year
        """,
        [recipient, recipient],
    )


# ---- grants (issue 7): the grant tracker's pages. Money comes from v_grant_ledger (summed);
# the key, deadlines, reconciliation, use and the regions' own costs from their v_grant_* /
# v_region_* views. Every function works with only a connection (defaults: all recipients, the
# first region, today).

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
            i.population_ref_date, i.allocation_basis
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
    """Table substances: the ATC groups (levels 1-4) of the products, from their codes.

    atc_group is the code prefix (level 1 = 1 character, 2 = 3, 3 = 4, 4 = 5); n_substances
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
            atc_group,
            atc_level,
            n_substances,
            array_to_string(list_slice(names, 1, 3), ', ') as example_names
        from grouped
        order by atc_group
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
