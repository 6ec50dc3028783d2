-- Every month with a report in it, newest first: the month's last report, the regions that
-- reported in the month itself and the regions with a usable report (in it or carried forward).
-- Counted at load time by the macro national_cover (agg_national_cover_default): none of these
-- columns depends on the targets, and it keeps only the months with a report in them.
with source as (
    select * from agg_national_cover_default
),
final as (
    select
        month,
        snapshot_date,
        n_regions_reporting,
        n_regions_with_report
    from source
)
select * from final
order by month desc
