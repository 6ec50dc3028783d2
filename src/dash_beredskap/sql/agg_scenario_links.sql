-- Built at load time: the scenario engine's supply side, one row per (item, site) of the
-- stages it models (active substance, finished product; packaging is not modelled) with what
-- a disruption can name (the site, its company, its country and the country's two groups) and
-- the site's weight: its capacity (unknown = 1, a typical site) and, apart, the capacity where
-- it is known. Read by the query scenarios/scenario_supply, which keeps only the links the
-- scenario's shocks hit, so no view moves every link (~400 000 at national scale) to Python.
create or replace table agg_scenario_links as
with links as (
    select * from site_substances
),
sites as (
    select * from sites
),
countries as (
    select * from countries
),
final as (
    select
        l.substance_id,
        s.site_type as stage,
        l.site_id,
        s.company_id,
        s.country_iso2,
        case when c.is_eu_eea then 'eu_eea' else 'non_eu_eea' end as eu_group,
        case when c.is_nordic then 'nordic' else 'non_nordic' end as nordic_group,
        coalesce(s.capacity_index, 1.0) as weight,  -- never below 0 (schema.sql checks it)
        s.capacity_index as known_capacity
    from links l
    join sites s using (site_id)
    join countries c on c.iso2 = s.country_iso2
    where s.site_type in ('api', 'fpp')
)
select * from final order by substance_id, stage, site_id
