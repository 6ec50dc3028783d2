-- Every item with its name in $lang, ATC codes, category and whether it is on the current
-- priority list.
with supply as (
    select * from v_substance_supply
),
final as (
    select
        substance_id,
        name_in($lang, name_sv, name_en) as substance_name,
        atc_code,
        atc_l4,
        category,
        is_priority
    from supply
)
select * from final order by substance_id
