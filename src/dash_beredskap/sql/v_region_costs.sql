-- One row per region, year, kind (actual or planned) and category: what the regions spend or
-- plan to spend on supply preparedness themselves, beside the state's money.
create or replace view v_region_costs as
with final as (
    select region_code, year, kind, category, cost_sek
    from region_costs
)
select * from final order by region_code, year, kind, category
