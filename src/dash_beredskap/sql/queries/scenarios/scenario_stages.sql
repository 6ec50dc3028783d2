-- The scenario engine's supply side before any disruption: per item and stage its sites,
-- those of capacity above 0, its capacity (unknown = 1) and the capacity where known.
with stages as (
    select * from agg_scenario_stages
),
final as (
    select substance_id, stage, n_sites, n_weighted, total, known_total, n_known
    from stages
)
select * from final order by substance_id, stage
