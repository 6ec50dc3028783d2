-- One row per stock snapshot: how many days the region's stock lasts at normal consumption.
create or replace view v_region_coverage as
with source as (
    select * from stock_snapshots
),
substance as (
    select substance_id, category from substances
),
final as (
    select
        s.snapshot_date,
        s.region_code,
        s.substance_id,
        p.category,
        s.quantity,
        s.daily_consumption,
        s.daily_consumption = 0 as is_zero_consumption,
        case when s.daily_consumption > 0 then s.quantity / s.daily_consumption end as days_of_cover,
        -- the agreements' 30 days (target_days' default); no consumption meets with stock only
        meets_target(
            true,
            s.daily_consumption = 0,
            case when s.daily_consumption > 0 then s.quantity / s.daily_consumption end,
            target_days(p.category),
            s.quantity
        )
            as meets_target
    from source s
    join substance p using (substance_id)
)
select * from final
