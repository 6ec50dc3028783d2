-- One row per substance: how many API sites and countries, HHI, top country and its share.
create or replace view v_supply_concentration as
select
    substance_id,
    n_api_sites,
    n_api_countries,
    hhi_api,
    top_api_country,
    top_api_country_share,
    single_country_api
from agg_supply_concentration
