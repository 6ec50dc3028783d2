-- The systems one region uses to secure supply.
with final as (
    select system_name, system_kind, description
    from v_region_supply_systems
    where region_code = $region
)
select * from final
order by system_kind, system_name
