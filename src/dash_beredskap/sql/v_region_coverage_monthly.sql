-- One row per month, region and item: the month's last snapshot, for any target the user picks.
create or replace view v_region_coverage_monthly as
select * from agg_coverage_monthly
