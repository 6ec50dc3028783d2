-- One row per region and system the region uses to secure supply (own stock, contracts, ...).
create or replace view v_region_supply_systems as
select region_code, system_name, system_kind, description
from region_supply_systems
order by region_code, system_kind, system_name
