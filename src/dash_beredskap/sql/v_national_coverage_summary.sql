-- One row per month with a report in it: all regions together, each on its latest report as of
-- the month (at most report_max_age_days() old), at the agreements' 30 days. The share
-- is over (region, priority item) pairs, so each region weighs by the list, not by its
-- population. Counted once, by the macro national_cover (macros_coverage.sql).
create or replace view v_national_coverage_summary as
with source as (
    select * from national_cover()
),
final as (
    select
        month,
        snapshot_date,
        oldest_report_date,
        n_regions_reporting,
        n_regions_with_report,
        n_regions,
        n_priority,
        n_meeting_target,
        share_meeting_target
    from source
)
select * from final
order by month
