-- The chosen substances (substance filters only) with no Nordic site of any type.
with source as (
    select * from supply_rows($lang)
),
chosen as (
    select * from chosen_substances($sel_substance, $sel_atc, $sel_list_version)
),
final as (
    select v.*
    from source v
    semi join chosen s on s.substance_id = v.substance_id
    where v.n_nordic_sites = 0
)
select * from final
order by vulnerability_score desc, substance_name, substance_id
