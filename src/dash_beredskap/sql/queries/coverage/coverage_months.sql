-- Every month with a report, newest first: the month's last report and how many regions reported.
with source as (
    select * from v_priority_cover_monthly where has_report
),
final as (
    select
        month,
        max(snapshot_date) as snapshot_date,
        count(distinct region_code) as n_regions_reporting
    from source
    group by month
)
select * from final
order by month desc
