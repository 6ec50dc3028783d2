-- One row per month, region and item on the current priority list, reported or not: the base of
-- every coverage figure for a target the user chooses (map, heatmap, trend, region page). Each
-- pair holds the region's latest report as of the month's end, at most report_max_age_days() old.
create or replace view v_priority_cover_monthly as
select
    month,
    region_code,
    substance_id,
    category,
    atc_code,
    atc_l4,
    atc_l1,
    is_on_earlier_list,
    has_report,
    snapshot_date,
    is_carried_forward,
    report_age_days,
    quantity,
    daily_consumption,
    is_zero_consumption,
    is_zero_no_stock,
    days_of_cover,
    expiry_date,
    days_to_expiry,
    quantity_expiring_unused
from agg_priority_cover
