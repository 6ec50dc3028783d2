-- Built at load time: per month and item, the regions' stock pooled: how many days all reported
-- stock would last at all reported normal consumption (as if it could be moved between regions).
create or replace table agg_national_substance_cover as
with monthly as (
    select * from agg_coverage_monthly
),
summed as (
    -- sums in region order, so the result does not depend on the order of a parallel float sum
    select
        month,
        substance_id,
        count(*) as n_regions_reporting,
        sum(quantity order by region_code) as quantity_total,
        sum(daily_consumption order by region_code) as daily_consumption_total
    from monthly
    group by month, substance_id
),
final as (
    select
        month,
        substance_id,
        n_regions_reporting,
        quantity_total,
        daily_consumption_total,
        case when daily_consumption_total > 0 then quantity_total / daily_consumption_total end
            as national_days_of_cover,
        daily_consumption_total = 0 as is_zero_consumption
    from summed
)
select * from final
order by month, substance_id
