-- The current priority list against its API sites, one row (question 1's headline).
with priority as (
    select substance_id from stg_priority_current
),
concentration as (
    select * from v_supply_concentration
),
final as (
    select
        count(*) as n_priority,
        count(*) filter (where c.n_api_sites > 0) as n_with_api_sites,
        count(*) filter (where c.single_country_api) as n_single_country
    from priority p
    left join concentration c using (substance_id)
)
select * from final
