-- Built at load time (work at load time, not at view time): one row per snapshot date and region,
-- over the current priority list's medicines and devices (macro counts_for_list_target). A priority substance the region did not report counts in
-- n_priority but neither in n_reported nor in n_meeting_target ("no report" is not "zero days").
-- The rows come from a table macro, the one definition for both builds: the full build calls it
-- with no scope; a stock load recomputes only the days from `from_month` on for `in_regions`
-- (null: every region) and replaces those rows (db.refresh_stock_derived).
create or replace macro coverage_summary_rows(from_month := null, in_regions := null) as table
with priority as (
    select i.substance_id
    from priority_list_items i
    join priority_lists l using (list_version)
    join substances s using (substance_id)
    where l.is_current and counts_for_list_target(s.category)
),
n_list as (
    select count(*) as n_priority from priority
),
reported as (
    select c.snapshot_date, c.region_code, c.meets_target
    from v_region_coverage c
    semi join priority p on c.substance_id = p.substance_id
    where (from_month is null or c.snapshot_date >= from_month::date)
        and (in_regions is null or list_contains(in_regions, c.region_code))
),
final as (
    select
        snapshot_date,
        region_code,
        any_value(n_list.n_priority) as n_priority,
        count(*) as n_reported,
        count(*) filter (where meets_target) as n_meeting_target
    from reported, n_list
    group by snapshot_date, region_code
)
select
    *,
    case when n_priority > 0 then n_meeting_target / n_priority end as share_meeting_target
from final;

create or replace table agg_coverage_summary as
select * from coverage_summary_rows()
order by snapshot_date, region_code
