-- Every month with a report in it, newest first: the month's last report, the regions that
-- reported in the month itself and the regions with a usable report (in it or carried forward).
with source as (
    select * from v_priority_cover_monthly where has_report
),
final as (
    select
        month,
        max(snapshot_date) as snapshot_date,
        count(distinct region_code) filter (where not is_carried_forward) as n_regions_reporting,
        count(distinct region_code) as n_regions_with_report
    from source
    group by month
    having count(*) filter (where not is_carried_forward) > 0
)
select * from final
order by month desc
