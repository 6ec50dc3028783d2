-- One row per month and region with a usable report (its latest report of each item as of the
-- month, at most report_max_age_days() old): the share of the current priority list held for
-- the agreements' 30 days. Counted once, by the macro region_cover (macros_coverage.sql),
-- which the app's coverage pages call with the user's targets.
create or replace view v_region_coverage_summary as
with source as (
    select * from region_cover()
),
final as (
    select
        month,
        last_report_date as snapshot_date,
        oldest_report_date,
        region_code,
        n_priority,
        n_reported,
        n_reported_in_month,
        n_meeting_target,
        share_meeting_target
    from source
    where n_reported > 0
)
select * from final
order by month, region_code
