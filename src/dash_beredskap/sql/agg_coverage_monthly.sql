-- Built at load time: the last snapshot of each month per region and item, so trend, heatmap and
-- "changed target" queries read ~21 x 600 x 60 rows instead of the daily stock table (~25 M).
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
)
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
    quantity_expiring_unused
from ranked
where rn = 1
order by month, region_code, substance_id
