-- One row per shortage notice, with whether it is active on the data's as-of date (the newest
-- stock report; with none, the newest notice update) and whether it hits the priority list.
-- The one home of the as-of date D and of its month, the month whose cover figures the shortage
-- page shows.
create or replace view v_shortage_notices as
with notices as (
    select * from shortages
),
as_of as (
    select coalesce(
        (select max(snapshot_date) from agg_coverage_monthly),
        (select max(updated_on) from notices)
    ) as as_of_date
),
final as (
    select
        sh.notice_id,
        sh.substance_id,
        sh.product_name,
        sh.kind,
        sh.start_date,
        sh.expected_end_date,
        sh.resolved_date,
        sh.updated_on,
        s.category,
        s.atc_l4,
        sh.substance_id in (select substance_id from stg_priority_current) as is_on_priority_list,
        a.as_of_date,
        date_trunc('month', a.as_of_date)::date as as_of_month,
        shortage_is_active(sh.start_date, sh.resolved_date, a.as_of_date) as is_active
    from notices sh
    join substances s using (substance_id)
    cross join as_of a
)
select * from final
order by start_date, notice_id
