-- The stock a scenario starts from: each region's last reported stock and normal daily
-- consumption per item in the latest month (no row: the region did not report the item).
with monthly as (
    select * from v_region_coverage_monthly
),
latest as (
    select max(month) as month from monthly
),
final as (
    select m.region_code, m.substance_id, m.quantity, m.daily_consumption, m.snapshot_date
    from monthly m
    join latest using (month)
)
select * from final order by region_code, substance_id
