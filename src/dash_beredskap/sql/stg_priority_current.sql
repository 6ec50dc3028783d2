-- Staging: the items on the current priority list (one row per item). Every query and table that
-- means "the priority list" reads this view, so "current" is decided here only.
create or replace view stg_priority_current as
with lists as (
    select * from priority_lists
),
items as (
    select * from priority_list_items
),
final as (
    select i.substance_id, i.list_version
    from items i
    join lists l using (list_version)
    where l.is_current
)
select * from final
