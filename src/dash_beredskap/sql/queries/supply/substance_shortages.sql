-- Every shortage notice for one substance, active or not as of the latest snapshot date.
with as_of as (
    -- the newest month-end snapshot; with none, the newest shortage update
    select coalesce(
        (select max(snapshot_date) from agg_coverage_monthly),
        (select max(updated_on) from shortages)
    ) as as_of
),
source as (
    select * from shortages where substance_id = $substance_id
),
final as (
    select
        sh.notice_id,
        sh.product_name,
        sh.kind,
        sh.start_date,
        sh.expected_end_date,
        sh.resolved_date,
        sh.start_date <= a.as_of
            and (sh.resolved_date is null or sh.resolved_date > a.as_of) as is_active
    from source sh, as_of a
)
select * from final
order by start_date desc, notice_id
