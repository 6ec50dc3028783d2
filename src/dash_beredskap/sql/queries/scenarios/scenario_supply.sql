-- The scenario engine's supply side for one scenario: per (item, stage) its sites grouped by
-- which of the scenario's disruptions stop them, as a bit mask (bit i: disruption i of
-- $kinds/$targets, the scenario's disruptions in order; 0: none stops the site). Per group:
-- sites, capacity (unknown = 1) and the capacity where known. Only the links a shock hits
-- are matched one by one; the rest are counted per item and stage.
with links as (
    select * from agg_scenario_links
),
shocks as (
    select
        i - 1 as bit,
        ($kinds::varchar[])[i] as kind,
        ($targets::varchar[])[i] as target
    from range(1, len($kinds::varchar[]) + 1) as r(i)
),
hits as (
    select l.substance_id, l.site_id, s.bit
    from links l join shocks s on s.kind = 'country' and s.target = l.country_iso2
    union all
    select l.substance_id, l.site_id, s.bit
    from links l join shocks s on s.kind = 'company' and s.target = l.company_id
    union all
    select l.substance_id, l.site_id, s.bit
    from links l join shocks s on s.kind = 'site' and s.target = l.site_id
    union all
    select l.substance_id, l.site_id, s.bit
    from links l join shocks s on s.kind = 'country_group' and s.target = l.eu_group
    union all
    select l.substance_id, l.site_id, s.bit
    from links l join shocks s on s.kind = 'country_group' and s.target = l.nordic_group
),
masks as (
    select substance_id, site_id, bit_or(1::bigint << bit) as mask
    from hits
    group by substance_id, site_id
),
final as (
    select
        l.substance_id,
        l.stage,
        coalesce(m.mask, 0)::bigint as mask,
        count(*)::bigint as n_sites,
        sum(l.weight)::double as total,
        coalesce(sum(l.known_capacity), 0)::double as known_total,
        count(l.known_capacity)::bigint as n_known
    from links l
    left join masks m using (substance_id, site_id)
    group by l.substance_id, l.stage, coalesce(m.mask, 0)
)
select * from final order by substance_id, stage, mask
