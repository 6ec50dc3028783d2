-- v_region_costs for one region: year, kind (actual | planned), category, cost_sek.
with source as (
    select c.*
    from v_region_costs as c
    inner join chosen_region($region) using (region_code)
),

final as (
    select
        year,
        kind,
        category,
        cost_sek
    from source
)

select * from final
order by year, kind, category
