-- Built at load time: per month, each region's latest report of each item as of the month's end,
-- so trend, heatmap and "changed target" queries read ~21 x 600 x 60 rows instead of the daily
-- stock table (~25 M). The rule (issue 13 defect 4, docs/method.md "Each region's latest
-- report"): a (month, region, item) stands on the last report dated on or before the month's
-- last day while that report is at most report_max_age_days() old then; a pair the region did
-- not report in the month keeps its earlier report (is_carried_forward), so a partly reported
-- month (a 5-row file for a new day) never empties the other pairs. No row: no usable report.
-- The rows come from a table macro, the one definition for both builds: the full build calls it
-- with no scope; a stock load recomputes only the months from `from_month` on for `in_regions`
-- (null: every region) and replaces those rows (db.refresh_stock_derived).
-- A row of a month from from_month on only stands on a report at most report_max_age_days()
-- before it, so the scoped build reads the stock from that far back, not all of it.
create or replace macro coverage_monthly_rows(from_month := null, in_regions := null) as table
with source as (
    select *
    from v_region_coverage
    where (in_regions is null or list_contains(in_regions, region_code))
        and (from_month is null
            or snapshot_date >= from_month::date - report_max_age_days())
),
ranked as (
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
    from source
),
month_last as (
    -- each month's last report per region and item
    select * exclude (rn) from ranked where rn = 1
),
months as (
    -- every region's months (a region without a report in one is carried forward into it)
    select distinct date_trunc('month', snapshot_date)::date as month
    from v_region_coverage
    where from_month is null or snapshot_date >= from_month::date - report_max_age_days()
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
        and (from_month is null or month >= from_month::date)
)
select * from final;

create or replace table agg_coverage_monthly as
select * from coverage_monthly_rows()
order by month, region_code, substance_id
