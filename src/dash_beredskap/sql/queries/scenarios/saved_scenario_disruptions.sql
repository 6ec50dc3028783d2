-- Every disruption of every saved scenario, in its scenario's order.
with disruptions as (
    select * from scenario_disruptions
),
final as (
    select scenario_id, seq, kind, target, start_date, duration_days, share, factor
    from disruptions
)
select * from final order by scenario_id, seq
