-- Every priority list version with its item count.
with lists as (
    select * from priority_lists
),
items as (
    select * from priority_list_items
),
final as (
    select
        l.list_version,
        l.title,
        l.published_on,
        l.is_current,
        count(i.substance_id) as n_items
    from lists l
    left join items i using (list_version)
    group by all
)
select * from final
order by is_current desc, published_on desc, list_version
