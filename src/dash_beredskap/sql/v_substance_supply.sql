-- One row per substance: sites, countries, concentration, Nordic capacity, shortages and the
-- vulnerability score with every input visible.
create or replace view v_substance_supply as
select * from agg_substance_supply
