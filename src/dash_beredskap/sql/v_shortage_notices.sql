-- One row per shortage notice, with whether it is active on the data's as-of date (the newest
-- stock report; with none, the newest notice update) and whether it hits the priority list.
create or replace view v_shortage_notices as
with as_of as (
    select coalesce(
        (select max(snapshot_date) from agg_coverage_monthly),
        (select max(updated_on) from shortages)
    ) as as_of_date
),
priority as (
    select i.substance_id
    from priority_list_items i
    join priority_lists l using (list_version)
    where l.is_current
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
        sh.substance_id in (select substance_id from priority) as is_on_priority_list,
        a.as_of_date,
        sh.start_date <= a.as_of_date
            and (sh.resolved_date is null or sh.resolved_date > a.as_of_date) as is_active
    from shortages sh
    join substances s using (substance_id)
    cross join as_of a
)
select * from final
order by start_date, notice_id
