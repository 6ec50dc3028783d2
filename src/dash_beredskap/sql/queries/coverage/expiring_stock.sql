-- The stock of one region that expires before it would be used (short shelf life, issue 12),
-- in the month shown (macro cover_month): the month's last report of each item whose
-- quantity_expiring_unused > 0 (macro expiring_unused in v_region_coverage), with its days of
-- stock at normal consumption against the days to its expiry date, most units lost first.
with stock as (
    select *
    from v_region_coverage_monthly
    where region_code = $region
        and month = cover_month($month)
        and quantity_expiring_unused > 0
),
final as (
    select
        c.substance_id,
        name_in($lang, p.name_sv, p.name_en) as substance_name,
        c.category,
        c.snapshot_date,
        c.expiry_date,
        c.quantity,
        c.daily_consumption,
        case when c.daily_consumption > 0 then c.quantity / c.daily_consumption end
            as days_of_stock,
        c.days_to_expiry,
        c.days_of_cover,
        c.quantity_expiring_unused
    from stock c
    join substances p using (substance_id)
)
select * from final
order by quantity_expiring_unused desc, substance_id
