-- Built at load time (work at load time, not at view time): each region's share per month at the
-- default targets (30 days, a minimum stock of 1 unit, every product group), which is what every
-- page shows first. Counted by the macro region_cover like any other target, so the rule keeps
-- its single home; coverage/region_cover_on and region_cover_trend read this table when the
-- targets are the defaults (the literals below) and call the macro otherwise.
create or replace table agg_region_cover_default as
select *
from region_cover(
    t_medicine := 30, t_device := 30, t_ppe := 30, m_medicine := 1, m_device := 1, m_ppe := 1
)
order by month, region_code
