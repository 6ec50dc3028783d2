-- Built at load time: per month, each region's latest report of each item as of the month's end,
-- so trend, heatmap and "changed target" queries read ~21 x 600 x 60 rows instead of the daily
-- stock table (~25 M). The rule (issue 13 defect 4, docs/method.md "Each region's latest
-- report"): a (month, region, item) stands on the last report dated on or before the month's
-- last day while that report is at most report_max_age_days() old then; a pair the region did
-- not report in the month keeps its earlier report (is_carried_forward), so a partly reported
-- month (a 5-row file for a new day) never empties the other pairs. No row: no usable report.
create or replace table agg_coverage_monthly as
with ranked as (
    select
        date_trunc('month', snapshot_date)::date as month,
        snapshot_date,
        region_code,
        substance_id,
        category,
        quantity,
        daily_consumption,
        is_zero_consumption,
        days_of_cover,
        expiry_date,
        days_to_expiry,
        quantity_expiring_unused,
        row_number() over (
            partition by region_code, substance_id, date_trunc('month', snapshot_date)
            order by snapshot_date desc
        ) as rn
    from v_region_coverage
),
month_last as (
    -- each month's last report per region and item
    select * exclude (rn) from ranked where rn = 1
),
months as (
    select distinct month from month_last
),
pairs as (
    -- every (region, item) from its first month on
    select region_code, substance_id, min(month) as first_month
    from month_last
    group by region_code, substance_id
),
grid as (
    select m.month, p.region_code, p.substance_id
    from pairs p
    join months m on m.month >= p.first_month
),
latest as (
    -- the newest month, at or before the grid month, with a report of the pair
    select g.month, r.* exclude (month), r.month as report_month
    from grid g
    asof join month_last r
        on r.region_code = g.region_code
        and r.substance_id = g.substance_id
        and g.month >= r.month
),
final as (
    select
        month,
        snapshot_date,
        region_code,
        substance_id,
        category,
        quantity,
        daily_consumption,
        is_zero_consumption,
        days_of_cover,
        expiry_date,
        days_to_expiry,
        quantity_expiring_unused,
        report_month < month as is_carried_forward,
        last_day(month) - snapshot_date as report_age_days
    from latest
    where last_day(month) - snapshot_date <= report_max_age_days()
)
select * from final
order by month, region_code, substance_id
