-- The other substances in the same ATC level-4 group, least vulnerable first.
with own as (
    select atc_l4 from substances where substance_id = $substance_id
),
source as (
    select * from supply_rows($lang)
),
final as (
    select v.*
    from source v
    where v.atc_l4 = (select atc_l4 from own)
      and v.substance_id <> $substance_id
)
select * from final
order by vulnerability_score, substance_name, substance_id
