-- v_grant_region_totals with the short region name for chart labels.
with source as (
    select * from agg_grant_region_totals
),

final as (
    select
        *,
        region_short_name(region_name) as region_short_name
    from source
)

select * from final
order by region_code
