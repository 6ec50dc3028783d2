-- The stock a scenario starts from: each region's last reported stock and normal daily
-- consumption per item in the latest month (no row: the region did not report the item).
-- The view is read once per part (not as one CTE read twice, which DuckDB would copy whole).
with latest as (
    select max(month) as month from v_region_coverage_monthly
),
final as (
    select m.region_code, m.substance_id, m.quantity, m.daily_consumption, m.snapshot_date
    from v_region_coverage_monthly m
    where m.month = (select month from latest)
)
select * from final order by region_code, substance_id
