"""Shortage notices (restnoteringar) against the regions' stock."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dash_beredskap.metrics import DEFAULT_TARGETS, Targets
from dash_beredskap.queries._inline import (
    _CURRENT_PRIORITY,
    _NAME_SV_OR_EN,
    _SHORTAGE_AS_OF,
    _TARGET_DAYS,
    Connection,
    _cover_df,
    _df,
    _named_df,
)


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
