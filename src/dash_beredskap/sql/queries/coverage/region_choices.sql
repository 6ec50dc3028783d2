-- Every region's code, name and short name, by code.
with final as (
    select region_code, region_name, region_short_name(region_name) as region_short_name
    from regions
)
select * from final
order by region_code
