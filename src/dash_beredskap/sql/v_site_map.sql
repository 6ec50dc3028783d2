-- One row per manufacturing site, ready for the map.
create or replace view v_site_map as
select * from agg_site_summary
