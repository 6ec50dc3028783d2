-- One region's preparedness costs per year: actual and planned, summed over categories.
with source as (
    select * from v_region_costs where region_code = $region
),
final as (
    select
        year,
        sum(cost_sek) filter (where kind = 'actual')::bigint as actual_sek,
        sum(cost_sek) filter (where kind = 'planned')::bigint as planned_sek
    from source
    group by year
)
select * from final
order by year
