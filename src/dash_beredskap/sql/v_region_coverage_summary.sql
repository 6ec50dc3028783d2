-- One row per snapshot date and region: the share of the current priority list held for >= 30 days.
create or replace view v_region_coverage_summary as
select
    snapshot_date,
    region_code,
    n_priority,
    n_reported,
    n_meeting_target,
    share_meeting_target
from agg_coverage_summary
