-- The notices active on the as-of date D, counted: one row. With no notice at all the view has
-- no row to carry D, so D is then the newest stock report (as v_shortage_notices defines it).
with notices as (
    select * from v_shortage_notices
),
active as (
    select * from notices where is_active
),
as_of as (
    select coalesce(
        (select max(as_of_date) from notices),
        (select max(snapshot_date) from v_region_coverage_monthly)
    ) as as_of
),
final as (
    select
        (select as_of from as_of) as as_of,
        count(*) as n_active,
        count(*) filter (where kind = 'restnotering') as n_restnotering,
        count(*) filter (where kind = 'forsaljningsuppehall') as n_forsaljningsuppehall,
        count(*) filter (where is_on_priority_list) as n_on_priority_list
    from active
)
select * from final
