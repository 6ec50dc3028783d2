-- The notices active on the as-of date D, the item's name in the reader's language.
with notices as (
    select * from v_shortage_notices where is_active
),
items as (
    select substance_id, name_sv, name_en from substances
),
final as (
    select
        n.notice_id,
        n.substance_id,
        name_in($lang, s.name_sv, s.name_en) as substance_name,
        n.product_name,
        n.kind,
        n.start_date,
        n.expected_end_date,
        n.is_on_priority_list
    from notices n
    join items s using (substance_id)
)
select * from final
order by is_on_priority_list desc, start_date, substance_name, notice_id
