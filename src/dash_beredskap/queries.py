"""Every SELECT the app runs, one named function each (no Streamlit here).

Each function takes an open connection or cursor and plain parameters, binds the parameters
with `?` and returns a DataFrame. Identifiers never come from the caller. The docstring names
the public view (or base table) a figure comes from, so the page that shows it can say so.

The app calls these through `ui.data.run(query, *params)`, which caches results per
(query name, parameters, database file version).
"""

from __future__ import annotations

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
# (resolved_date null, or after D). D is the newest stock snapshot; with no snapshot at all,
# the newest shortage update stands in.
_SHORTAGE_AS_OF = """
    select coalesce(
        (select max(snapshot_date) from stock_snapshots),
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
