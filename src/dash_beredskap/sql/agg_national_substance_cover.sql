-- Built at load time: per month and item, the regions' stock pooled: how many days all reported
-- stock would last at all reported normal consumption (as if it could be moved between regions).
-- The rows come from a table macro, the one definition for both builds: the full build calls it
-- with no scope; a stock load recomputes the months from `from_month` on (every region pools in
-- a month, so all of them) and replaces those rows (db.refresh_stock_derived).
create or replace macro national_substance_cover_rows(from_month := null) as table
with monthly as (
    select * from agg_coverage_monthly
    where from_month is null or month >= from_month::date
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
select * from final;

create or replace table agg_national_substance_cover as
select * from national_substance_cover_rows()
order by month, substance_id
