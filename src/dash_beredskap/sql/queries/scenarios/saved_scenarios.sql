-- Every saved scenario with its number of disruptions; examples first, then oldest first.
with saved as (
    select * from scenarios
),
disruptions as (
    select * from scenario_disruptions
),
counted as (
    select scenario_id, count(*) as n_disruptions
    from disruptions
    group by scenario_id
),
final as (
    select
        s.scenario_id,
        s.name,
        s.description,
        s.created_at,
        s.is_example,
        coalesce(n.n_disruptions, 0) as n_disruptions
    from saved s
    left join counted n using (scenario_id)
)
select * from final order by is_example desc, created_at, scenario_id
