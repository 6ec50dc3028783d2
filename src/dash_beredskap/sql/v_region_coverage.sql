-- One row per stock snapshot: how many days the region's stock lasts at normal consumption,
-- counted only up to the stock's expiry date (macros usable_days, expiring_unused: issue 12).
create or replace view v_region_coverage as
with source as (
    select
        *,
        days_to_expiry(snapshot_date, expiry_date) as days_to_expiry,
        usable_days(
            case when daily_consumption > 0 then quantity / daily_consumption end,
            days_to_expiry(snapshot_date, expiry_date)
        ) as days_of_cover
    from stock_snapshots
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
        s.days_of_cover,
        -- the agreements' 30 days (target_days' default); no consumption meets with stock only
        meets_target(
            true,
            s.daily_consumption = 0,
            s.days_of_cover,
            target_days(p.category),
            s.quantity
        )
            as meets_target,
        s.expiry_date,
        s.days_to_expiry,
        expiring_unused(s.quantity, s.daily_consumption, s.days_to_expiry)
            as quantity_expiring_unused
    from source s
    join substance p using (substance_id)
)
select * from final
