-- Protective equipment, apart from the priority list's target (macro counts_for_list_target):
-- the regions' wider preparedness (the 2022 assignment: "läkemedel, medicinteknik och personlig
-- skyddsutrustning"). Per month with a report (or only $month; null: all) and region (all 21):
-- PPE items reported, their stock, median days of cover and how many hold $t_ppe days.
with ppe as (
    select substance_id from substances where category = 'ppe'
),
months as (
    select distinct month from agg_coverage_monthly
    where $month::date is null or month = cover_month($month)
),
grid as (
    select m.month, r.region_code, r.region_name, p.substance_id
    from months m
    cross join regions r
    cross join ppe p
),
judged as (
    select
        g.month,
        g.region_code,
        g.region_name,
        c.substance_id is not null as has_report,
        c.quantity,
        c.days_of_cover,
        meets_target(
            c.substance_id is not null, c.is_zero_consumption, c.days_of_cover, $t_ppe, c.quantity,
            min_stock := $m_ppe
        ) as is_meeting
    from grid g
    left join agg_coverage_monthly c
        on c.month = g.month
        and c.region_code = g.region_code
        and c.substance_id = g.substance_id
),
final as (
    select
        month,
        region_code,
        any_value(region_name) as region_name,
        region_short_name(any_value(region_name)) as region_short_name,
        count(*) as n_items,
        count(*) filter (where has_report) as n_reported,
        sum(quantity) as quantity,
        median(days_of_cover) as median_days_of_cover,
        count(*) filter (where is_meeting) as n_meeting_target,
        case when count(*) filter (where has_report) > 0
            then count(*) filter (where is_meeting) / count(*) end as share_meeting_target
    from judged
    group by month, region_code
)
select * from final
order by month, region_code
