"""Question 2: are the regions covered? Stock against the target, per region, group and month."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dash_beredskap.metrics import DEFAULT_TARGETS, Targets
from dash_beredskap.queries._inline import (
    _CHOSEN_REGION,
    _CURRENT_PRIORITY,
    _MEETS,
    _SHORT_NAME,
    _TARGET_DAYS,
    Connection,
    _cover_df,
    _df,
    _named_df,
)


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
