-- Built at load time (work at load time, not at view time): the national share per month at the
-- default targets (30 days, a minimum stock of 1 unit, every product group), which is what every
-- page shows first. Counted by the macro national_cover like any other target, so the rule keeps
-- its single home; coverage/national_cover_trend reads this table when the targets are the
-- defaults (the literals below) and calls the macro otherwise; coverage/coverage_months (its
-- months and reporting regions do not depend on the targets) always reads it.
create or replace table agg_national_cover_default as
select *
from national_cover(
    t_medicine := 30, t_device := 30, t_ppe := 30, m_medicine := 1, m_device := 1, m_ppe := 1
)
order by month
