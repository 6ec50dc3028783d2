-- Every product for the pickers, with its list flag and score.
with source as (
    select * from substances
),
supply as (
    select substance_id, is_priority, vulnerability_score from v_substance_supply
),
final as (
    select
        s.substance_id,
        name_in($lang, s.name_sv, s.name_en) as substance_name,
        s.atc_code,
        s.category,
        v.is_priority,
        v.vulnerability_score
    from source s
    join supply v using (substance_id)
)
select * from final
order by substance_name, substance_id
