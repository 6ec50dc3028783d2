-- One row per month, region and item with a usable report: its latest report as of the month
-- (agg_coverage_monthly: in the month or carried forward), for any target the user picks.
create or replace view v_region_coverage_monthly as
select * from agg_coverage_monthly
