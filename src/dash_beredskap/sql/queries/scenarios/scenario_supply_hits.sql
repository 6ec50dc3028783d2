-- The sites one scenario stops, per (item, stage) and the set of its disruptions that stop
-- them, as a bit mask (bit i: disruption i of $kinds/$targets, the scenario's disruptions in
-- order). Per group: sites, sites that weigh something, capacity (unknown = 1) and the
-- capacity where known. Only the links a shock names are read (one equi-join per kind of
-- target, none for a kind the scenario does not name); the sites no shock names are
-- agg_scenario_stages less these. The table is named in each part, not as one CTE read
-- several times, which DuckDB would copy whole.
with shocks as (
    select
        i - 1 as bit,
        ($kinds::varchar[])[i] as kind,
        ($targets::varchar[])[i] as target
    from range(1, len($kinds::varchar[]) + 1) as r(i)
),
hits as (
    select l.substance_id, l.stage, l.site_id, l.weight, l.known_capacity, s.bit
    from agg_scenario_links l join shocks s on s.target = l.country_iso2
    where s.kind = 'country'
    union all
    select l.substance_id, l.stage, l.site_id, l.weight, l.known_capacity, s.bit
    from agg_scenario_links l join shocks s on s.target = l.company_id
    where s.kind = 'company'
    union all
    select l.substance_id, l.stage, l.site_id, l.weight, l.known_capacity, s.bit
    from agg_scenario_links l join shocks s on s.target = l.site_id
    where s.kind = 'site'
    union all
    select l.substance_id, l.stage, l.site_id, l.weight, l.known_capacity, s.bit
    from agg_scenario_links l join shocks s on s.target = l.eu_group
    where s.kind = 'country_group'
    union all
    select l.substance_id, l.stage, l.site_id, l.weight, l.known_capacity, s.bit
    from agg_scenario_links l join shocks s on s.target = l.nordic_group
    where s.kind = 'country_group'
),
masked as (
    select
        substance_id,
        stage,
        site_id,
        any_value(weight) as weight,
        any_value(known_capacity) as known_capacity,
        bit_or(1::bigint << bit) as mask
    from hits
    group by substance_id, stage, site_id
),
final as (
    select
        substance_id,
        stage,
        mask,
        count(*)::bigint as n_sites,
        count(*) filter (where weight > 0)::bigint as n_weighted,
        sum(weight)::double as total,
        coalesce(sum(known_capacity), 0)::double as known_total,
        count(known_capacity)::bigint as n_known
    from masked
    group by substance_id, stage, mask
)
select * from final order by substance_id, stage, mask
