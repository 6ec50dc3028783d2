-- Built at load time (work at load time, not at view time): v_grant_region_totals as a table, every
-- region's money to date and per inhabitant. The rule lives in the view alone; the page queries
-- read this copy, so a view does not re-plan its views and joins on every page view (grant data is
-- small: the cost was planning, not data). Rebuilt with the views whenever a grant file is loaded.
create or replace table agg_grant_region_totals as
select * from v_grant_region_totals
