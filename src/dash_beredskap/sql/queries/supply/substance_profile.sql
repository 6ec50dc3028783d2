-- One substance's supply row (none for an unknown id).
with source as (
    select * from supply_rows($lang)
),
final as (
    select * from source where substance_id = $substance_id
)
select * from final
