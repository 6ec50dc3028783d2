-- The items on the current priority list, by name in the reader's language (for pickers).
with final as (
    select
        s.substance_id,
        name_in($lang, s.name_sv, s.name_en) as substance_name,
        s.category,
        s.atc_code
    from substances s
    semi join stg_priority_current p on p.substance_id = s.substance_id
)
select * from final
order by substance_name, substance_id
