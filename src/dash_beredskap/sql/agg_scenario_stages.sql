-- Built at load time: per (item, stage) every site the scenario engine counts, in all: sites,
-- sites that weigh something (capacity above 0), capacity (unknown = 1) and the capacity where
-- known. A scenario then needs only the links its shocks hit (scenarios/scenario_supply_hits);
-- what is left is these totals less the hits.
create or replace table agg_scenario_stages as
with links as (
    select * from agg_scenario_links
),
final as (
    select
        substance_id,
        stage,
        count(*)::bigint as n_sites,
        count(*) filter (where weight > 0)::bigint as n_weighted,
        sum(weight)::double as total,
        coalesce(sum(known_capacity), 0)::double as known_total,
        count(known_capacity)::bigint as n_known
    from links
    group by substance_id, stage
)
select * from final order by substance_id, stage
