-- One substance in all 21 regions on the latest snapshot date (month-end rows only).
with latest as (
    select max(snapshot_date) as snapshot_date from agg_coverage_summary
),
substance as (
    select category from substances where substance_id = $substance_id
),
cover as (
    select m.region_code, m.days_of_cover, m.is_zero_consumption, m.quantity
    from v_region_coverage_monthly m, latest l
    where m.month = date_trunc('month', l.snapshot_date)::date
      and m.snapshot_date = l.snapshot_date
      and m.substance_id = $substance_id
),
final as (
    select
        (select snapshot_date from latest) as snapshot_date,
        r.region_code,
        r.region_name,
        region_short_name(r.region_name) as region_short_name,
        c.region_code is not null as has_report,
        c.days_of_cover,
        coalesce(c.is_zero_consumption, false) as is_zero_consumption,
        -- no report: null, shown as its own state
        case when c.region_code is not null then meets_target(
            true,
            c.is_zero_consumption,
            c.days_of_cover,
            target_days((select category from substance)),
            c.quantity
        ) end as meets_target
    from regions r
    left join cover c using (region_code)
)
select * from final
order by has_report desc, days_of_cover desc nulls last, region_name
